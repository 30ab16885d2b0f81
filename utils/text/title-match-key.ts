/**
 * A show name's match key: the form in which a page's title and TVmaze's name compare equal when they
 * name the same show (matching, the trade index by title, the news search's title check):
 * "Grey's Anatomy" / "Greys Anatomy", "9-1-1" / "911", "Law & Order: SVU" / "Law and Order SVU",
 * "The Office" / "Office", "Élite" / "Elite", "Shameless (US)" / "Shameless".
 *
 * Choices, in order:
 * 1. NFKD, then drop the combining diacritics (U+0300–U+036F and their extension blocks): folds
 *    "é" → "e" and compatibility forms (full-width letters, ligatures, superscripts) to plain letters
 *    and digits. Only those blocks: other combining marks are letters' vowel signs (Devanagari) or
 *    voicing marks (kana ゲ ≠ ケ), and removing them would change the word. NFC recomposes the rest.
 * 2. Lowercase (locale-independent: a Turkish "I" must not depend on the browser's locale).
 * 3. Letters NFKD leaves whole are spelled out: ß → ss, æ → ae, œ → oe, ø → o, đ/ð → d, ł → l, þ → th.
 * 4. A trailing disambiguator in parentheses, a year or a 2–3 letter country code ("(2005)", "(US)"),
 *    is dropped: sites add them to tell same-titled shows apart, and the matcher does that with the
 *    premiere year and network instead.
 * 5. "&" and a spaced "+" become "and" ("Love, Death + Robots" = "Love, Death & Robots").
 * 6. Apostrophes, periods, asterisks and in-word hyphens are removed without a space, because they sit
 *    inside words and acronyms: "grey's" → "greys", "9-1-1" → "911", "S.W.A.T." → "swat", "M*A*S*H" → "mash".
 *    En and em dashes separate words, so they become spaces like other punctuation.
 * 7. Every other run of characters that are not letters, marks or digits becomes one space
 *    (every script's letters are kept).
 * 8. A leading "the " is dropped (TVmaze and the services disagree about it); "a"/"an" are kept because
 *    they change meaning more often ("A Series of Unfortunate Events" vs "Series of …" rarely clash).
 */

const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
};

/** The match key: lower case, folded, punctuation-free, without a leading "The". */
export function titleMatchKey(title: string): string {
  const folded = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßæœøđðłþ]/g, (letter) => SPELLED_OUT[letter] ?? letter);

  const words = folded
    .replace(/\s*\((?:\d{4}|[a-z]{2,3})\)\s*$/, '')
    .replace(/&|\s\+\s/g, ' and ')
    // ASCII apostrophe, typographic quotes used as apostrophes, modifier letter apostrophe, backtick, acute.
    .replace(/['\u2018\u2019\u02bc`\u00b4.*]/g, '')
    // Hyphen-minus, Unicode hyphen and non-breaking hyphen; not en/em dashes.
    .replace(/(?<=[\p{L}\p{M}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu, '')
    // Marks stay with their letters (the diacritics to fold are already gone).
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

  // "The" alone stays: it's the whole title then.
  return words.replace(/^the (?=\S)/, '');
}

/** The match key without spaces: "Spider-Man" and "Spider Man" agree here when they don't above. */
export function compactTitleMatchKey(title: string): string {
  return titleMatchKey(title).replace(/ /g, '');
}
