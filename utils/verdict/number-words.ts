/**
 * Season numbers as headlines and articles write them: digits ("season 2", "5th season"),
 * cardinal words ("season two") and ordinal words ("a second season", "twenty-first season").
 * Kept to 1–59: no show has more seasons, and larger numbers are years or episode counts.
 */

const CARDINALS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

const ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50 };

export const MAX_SEASON = 59;

const tensWords = Object.keys(TENS).join('|');
const units = CARDINALS.slice(1, 10).join('|');
const ordinalUnits = ORDINALS.slice(1, 10).join('|');
/** Longest alternatives first, so "seventeen" is not read as "seven". */
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** Regex source for a cardinal: "2", "two", "twenty-one". */
export const CARDINAL_SOURCE = `(?:\\d{1,2}|(?:${tensWords})(?:[- ](?:${units}))?|${byLength(CARDINALS.slice(1))})`;

/** Regex source for an ordinal: "2nd", "second", "twenty-first", "twentieth". */
export const ORDINAL_SOURCE = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:${tensWords})[- ](?:${ordinalUnits})|${byLength([
  ...ORDINALS.slice(1),
  ...Object.keys(ORDINAL_TENS),
])})`;

/** Reads a count written in digits or words; null for anything else or out of range. */
export function parseCount(word: string): number | null {
  const text = word.trim().toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(text);
  if (digits) return inRange(Number(digits[1]));

  const single = lookupSingle(text);
  if (single !== null) return inRange(single);

  const [tens, unit] = text.split(/[- ]/);
  if (tens && unit && tens in TENS) {
    const unitValue = lookupSingle(unit);
    if (unitValue !== null && unitValue > 0 && unitValue < 10) return inRange((TENS[tens] ?? 0) + unitValue);
  }
  return null;
}

function lookupSingle(word: string): number | null {
  const cardinal = CARDINALS.indexOf(word);
  if (cardinal >= 0) return cardinal;
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal;
  return TENS[word] ?? ORDINAL_TENS[word] ?? null;
}

function inRange(value: number): number | null {
  return value >= 1 && value <= MAX_SEASON ? value : null;
}
