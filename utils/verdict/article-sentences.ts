/**
 * Splits article prose into sentences: at line breaks (headings and paragraphs stand alone)
 * and after ". ", "! ", "? " when a capital letter or quote follows, except after the
 * abbreviations prose is full of ("Dr. Burke", "Nov. 8", "Mr. Robot").
 */

export interface Sentence {
  text: string;
  index: number;
}

const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|Vol|Inc|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|[A-Z])\.$/;
const SENTENCE_END = /[.!?]["')\]]?\s+(?=["'(\p{Lu}])/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      const candidate = line.slice(start, match.index + 1);
      if (ABBREVIATION.test(candidate)) continue;
      pushSentence(sentences, line, start, match.index + match[0].trimEnd().length, offset);
      start = match.index + match[0].length;
    }
    pushSentence(sentences, line, start, line.length, offset);
    offset += line.length + 1;
  }
  return sentences;
}

function pushSentence(sentences: Sentence[], line: string, start: number, end: number, offset: number): void {
  const raw = line.slice(start, end);
  const text = raw.trim();
  if (text) sentences.push({ text, index: offset + start + raw.indexOf(text) });
}
