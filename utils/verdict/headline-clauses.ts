import { SHOW, TITLE } from './show-mentions';

/**
 * Splits a marked headline into clauses, so each verdict goes with the titles in its own clause:
 * "SHOW renewed for season 21, TITLE canceled at abc" is a renewal for SHOW.
 */

export interface RawClause {
  text: string;
  /** The clause (or the sentence it belongs to) ended with "?". */
  question: boolean;
  /** What ended the clause: "," continues a list, anything else ends it. */
  endedBy: string;
}

/** Punctuation that ends a clause. Commas only when followed by a space ("1,500" stays whole). */
const PUNCTUATION_BREAK = /[;!?]|\.(?=\s|$)|:(?=\s)|,(?=\s)|\s(?:--?|\|)\s/g;

/** Verbs that start a second clause after "and": "netflix renews A and cancels B". */
const VERB_AFTER_AND =
  "cancels|renews|axes|orders|picks|saves|revives|rescues|drops|scraps|gets|lands|moves|ends|sets|confirms|announces|reveals|won't|wont|will|is|has|heads";

/** Word breaks; the word stays at the start of the next clause (it still reads as context there). */
const WORD_BREAK = new RegExp(
  `\\s(?=(?:as|while|but|amid|plus|whereas|meanwhile)\\s)|\\s(?=and\\s(?:${SHOW}|${TITLE}|(?:${VERB_AFTER_AND})\\b))|\\s(?=(?:after|following)\\s(?:${SHOW}|${TITLE}))`,
  'g',
);

export function splitClauses(text: string): RawClause[] {
  const clauses: RawClause[] = [];
  let last = 0;
  const push = (segment: string, question: boolean, endedBy: string) => {
    const parts = segment.split(WORD_BREAK).filter((part) => part.trim());
    parts.forEach((part, i) => {
      clauses.push({ text: part.trim(), question, endedBy: i === parts.length - 1 ? endedBy : ' ' });
    });
  };
  for (const match of text.matchAll(PUNCTUATION_BREAK)) {
    push(text.slice(last, match.index), match[0] === '?', match[0].trim());
    last = match.index + match[0].length;
  }
  push(text.slice(last), false, '');
  return clauses;
}
