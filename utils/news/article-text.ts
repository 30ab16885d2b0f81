import { Tokenizer } from 'htmlparser2';

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
 * and the paragraphs, one block per line, inside `<article>` when the page has one. htmlparser2's
 * tokenizer decodes entities, knows that script and style hold raw text, and tolerates broken
 * markup; nothing is ever rendered or executed.
 *
 * The tokenizer, not htmlparser2's `Parser`: the parser keeps its open elements in an array it
 * `unshift`s, so a page of 200k unclosed `<div>`s took 46 s (issue 11). Here nesting is only counted,
 * and every step is linear in the page.
 */
export function extractArticleText(html: string): string {
  const all: string[] = [];
  const inArticle: string[] = [];
  let allLength = 0;
  let articleLength = 0;
  let skipDepth = 0;
  let articleDepth = 0;
  let line = '';
  let tagName = '';

  const endLine = () => {
    if (line === '') return;
    const text = line.replace(/\s+/g, ' ').trim();
    line = '';
    if (!text) return;
    // Past a page's worth of text, the rest can't matter.
    if (allLength < MAX_TEXT_LENGTH) {
      all.push(text);
      allLength += text.length + 1;
    }
    if (articleDepth > 0 && articleLength < MAX_TEXT_LENGTH) {
      inArticle.push(text);
      articleLength += text.length + 1;
    }
  };
  const addText = (text: string) => {
    if (skipDepth === 0 && line.length < MAX_TEXT_LENGTH) line += text;
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        // The line so far belongs to what came before this element.
        if (BLOCKS.has(tagName)) endLine();
        if (SKIPPED.has(tagName)) skipDepth += 1;
        if (tagName === 'article') articleDepth += 1;
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (BLOCKS.has(name)) endLine();
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
      },
      ontext(start, end) {
        addText(html.slice(start, end));
      },
      ontextentity(codepoint) {
        addText(String.fromCodePoint(codepoint));
      },
      onselfclosingtag() {
        // HTML ignores `/>` on ordinary elements: `<nav/>` still opens a nav.
      },
      onopentagend() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  endLine();

  const lines = inArticle.length > 0 ? inArticle : all;
  return lines.join('\n').slice(0, MAX_TEXT_LENGTH);
}
