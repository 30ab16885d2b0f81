/**
 * The verdict's matching text: headlines and article prose reduced to one plain form, so the phrase
 * tables stay simple. Feeds mix typographic and straight quotes, full-width characters, accents
 * ("Shōgun") and every kind of dash.
 *
 * Not to be confused with the two other text forms: `cleanPageText` (utils/services/clean-title.ts)
 * tidies strings read off a streaming page (entities, zero-width characters) and keeps them
 * readable; `titleMatchKey` (utils/text/title-match-key.ts) is the key two show names compare
 * equal by. This one keeps words and their positions, for reading sentences.
 */

/** Typographic single quotes, primes and backticks all act as apostrophes or single quotes. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
/** Hyphens, en and em dashes, the minus sign: feeds use them interchangeably as separators. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * NFKC, plain quotes and dashes, diacritics folded ("Shōgun" → "Shogun"), whitespace collapsed.
 * Letter case is kept: publisher detection and article prose need it.
 */
export function normalizeUnicode(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .normalize('NFKC')
    .replace(DASHES, '-')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "&" read as "and" ("Law & Order" and "Law and Order" are the same title), letter case kept. */
export function toCasedMatchingText(text: string): string {
  return normalizeUnicode(text)
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form all matching works on: normalised, "&" as "and", lower case. */
export function toMatchingText(text: string): string {
  return toCasedMatchingText(text).toLowerCase();
}

export interface Token {
  text: string;
  /** The token without apostrophes: "grey's" and "greys" compare equal. */
  key: string;
  start: number;
  end: number;
}

/** Words and numbers, keeping inner apostrophes ("won't", "grey's") inside the word. */
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    key: match[0].replace(/'/g, ''),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * A title's words, each as its key (matching text, no apostrophes), for finding it word by word in
 * a headline: punctuation differences ("9-1-1", "Grey's") do not matter.
 */
export function titleWords(title: string): string[] {
  return tokenize(toMatchingText(title)).map((token) => token.key);
}
