import { Parser } from 'htmlparser2';

/** Elements whose text is never the article: code, navigation, chrome around the story. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
]);
/** Elements that end a line of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'section',
  'article',
  'blockquote',
  'tr',
  'figcaption',
]);

/** A page's worth of text; an article is a few thousand words. */
const MAX_TEXT_LENGTH = 200_000;

/**
 * The readable text of an article page, without a DOM (the service worker has none): the headline
 * and the paragraphs, one block per line, inside `<article>` when the page has one. htmlparser2
 * decodes entities and tolerates broken markup; nothing is ever rendered or executed.
 */
export function extractArticleText(html: string): string {
  const all: string[] = [];
  const inArticle: string[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let line = '';

  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (!text) return;
    all.push(text);
    if (articleDepth > 0) inArticle.push(text);
  };

  const parser = new Parser(
    {
      onopentag(name) {
        // The line so far belongs to what came before this element.
        if (BLOCKS.has(name)) endLine();
        if (SKIPPED.has(name)) skipDepth += 1;
        if (name === 'article') articleDepth += 1;
      },
      ontext(text) {
        if (skipDepth === 0 && line.length < MAX_TEXT_LENGTH) line += text;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) endLine();
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();

  const lines = inArticle.length > 0 ? inArticle : all;
  return lines.join('\n').slice(0, MAX_TEXT_LENGTH);
}
