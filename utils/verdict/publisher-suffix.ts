import { titleWords } from './matching-text';

/**
 * Google News titles end in " - Publisher" and some trade feeds in " | Publisher".
 * Headlines and show names contain " - " too, so the tail is only removed when it looks like
 * an outlet's name: a known outlet, a domain, or a short run of capitalised words with no
 * verdict or season words in it, and never when the headline ends with the show's own name.
 */

/** Outlets that cover TV renewals and cancellations (lower case). Not exhaustive: see `looksLikePublisher`. */
const KNOWN_PUBLISHERS = new Set([
  'deadline',
  'tvline',
  'variety',
  'the hollywood reporter',
  'hollywood reporter',
  'thr',
  'collider',
  'screen rant',
  'screenrant',
  'indiewire',
  'vulture',
  'entertainment weekly',
  'ew',
  'ew.com',
  'tv insider',
  'decider',
  "what's on netflix",
  'whats on netflix',
  'cinemablend',
  'comicbook.com',
  'den of geek',
  'thewrap',
  'the wrap',
  'tv guide',
  'people',
  'us weekly',
  'e! online',
  'e! news',
  'yahoo',
  'yahoo entertainment',
  'digital spy',
  'radio times',
  'the guardian',
  'bbc news',
  'forbes',
  'usa today',
  'newsweek',
  'ign',
  'polygon',
  'the verge',
  'slashfilm',
  '/film',
  'looper',
  'distractify',
  'dexerto',
  'express',
  'metro',
  'nme',
  'rolling stone',
  'vanity fair',
  'tv series finale',
  'cbr',
  'primetimer',
  'bleeding cool',
  'the cinemaholic',
  'paste magazine',
  'the a.v. club',
  'av club',
]);

/** Words that belong to a headline, not to an outlet's name. */
const HEADLINE_WORDS =
  /\b(?:cancel\w*|renew\w*|season\w*|final|ending|ends?|axed|revived?|returns?|won'?t|not|no|picked|saved|rescued|episode\w*|series)\b|[?!]/i;

/** Small words allowed in lower case inside an outlet's name ("What's on Netflix", "Den of Geek"). */
const NAME_CONNECTORS = new Set(['of', 'on', 'the', 'and', 'in', 'de', 'la', 'for', 'a', '&', '+']);

const SEPARATED_TAIL = /^(.*\S)\s+[-|]\s+([^|]+?)\s*$/;

export function stripPublisherSuffix(headline: string, show: string): string {
  let text = headline;
  // Twice at most: "Headline - Outlet - Google News" happens; deeper nesting does not.
  for (let round = 0; round < 2; round++) {
    const match = SEPARATED_TAIL.exec(text);
    if (!match?.[1] || !match[2]) break;
    const [, rest, tail] = match;
    if (!looksLikePublisher(tail) || endsWithShow(text, show) || containsShow(tail, show)) break;
    text = rest;
  }
  return text;
}

export function looksLikePublisher(tail: string): boolean {
  const name = tail.trim();
  const words = name.split(/\s+/);
  if (name.length === 0 || name.length > 50 || words.length > 6) return false;
  if (KNOWN_PUBLISHERS.has(name.toLowerCase())) return true;
  if (HEADLINE_WORDS.test(name)) return false;
  if (/^[\w.-]+\.(?:com|net|org|co\.uk|tv|io|news)$/i.test(name)) return true;
  return words.every((word) => NAME_CONNECTORS.has(word.toLowerCase()) || /^[\p{Lu}\p{N}/]/u.test(word));
}

function endsWithShow(headline: string, show: string): boolean {
  const showKeys = titleWords(show);
  const headlineKeys = titleWords(headline);
  if (showKeys.length === 0 || showKeys.length > headlineKeys.length) return false;
  return showKeys.every((key, i) => headlineKeys[headlineKeys.length - showKeys.length + i] === key);
}

function containsShow(tail: string, show: string): boolean {
  const showKeys = titleWords(show).join(' ');
  return showKeys.length > 0 && ` ${titleWords(tail).join(' ')} `.includes(` ${showKeys} `);
}
