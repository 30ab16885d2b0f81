/**
 * Turns the title strings streaming pages carry ("Watch Dark | Netflix Official Site",
 * "Watch The Boys - Season 4 | Prime Video", "Dark (TV Series 2017–2020) - IMDb") into the show's name.
 * Pure string work: each service decides which string to clean.
 */
import { STREAMING_SERVICE_FACTS } from '../domain';
import { sliceWellFormed, toWellFormed } from '../text/well-formed';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  apos: "'",
  gt: '>',
  lt: '<',
  nbsp: ' ',
  quot: '"',
};

/**
 * Decodes HTML entities that survive into text: some sites escape JSON-LD and meta values twice,
 * so the DOM hands us "Grey&#39;s Anatomy" instead of "Grey's Anatomy".
 */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const isHex = body[1] === 'x' || body[1] === 'X';
      const code = isHex ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // A surrogate code point is no character: `&#xD800;` stays as written.
      const isCharacter = Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return isCharacter ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Zero-width characters sites put in titles for line-breaking; they break equality with TVmaze names.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/**
 * Page titles are short (messages refuse a title over 300 characters); a longer string is cut before
 * any pattern runs, so a page can't stall its own tab with a megabyte title of stacked brand tails
 * that are peeled one per pass.
 */
const MAX_RAW_TITLE_LENGTH = 1_000;

/**
 * A string read off a streaming page, tidied but still readable: decodes entities, drops zero-width
 * characters, collapses all whitespace (incl. no-break spaces), NFC, and replaces unpaired surrogates
 * (a page's own, or one made by the length cut). Not a match key (that is `titleMatchKey`).
 */
export function cleanPageText(raw: string): string {
  return decodeEntities(toWellFormed(sliceWellFormed(raw, MAX_RAW_TITLE_LENGTH)))
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

/** Separators sites put between the name and their own brand: "A | B", "A • B", "A - B", "A: B". */
const SEPARATOR = String.raw`(?:\s*[|•·:]\s*|\s+[-–—]\s+)`;

/**
 * The brand tails each service appends, as written in page titles and og:title, declared with each
 * service (`STREAMING_SERVICE_FACTS[id].pageTitleBrands`).
 */
const SITE_BRANDS = Object.values(STREAMING_SERVICE_FACTS).flatMap((facts) => facts.pageTitleBrands);

const SITE_SUFFIX = new RegExp(
  `${SEPARATOR}(?:${SITE_BRANDS.map((brand) => brand.replaceAll(' ', '\\s+')).join('|')})$`,
  'iu',
);

// Amazon store pages prefix their titles with the store: "Amazon.com: Watch The Boys - Season 1";
// Prime Video's player with its brand: "Prime Video: Batman: The Animated Series: Volume 3"
// (Gabrieldev707/ControlFawkes `prime.js`, measured 2026-08-26).
const STORE_PREFIX = /^(?:Amazon\.[a-z.]{2,6}|(?:Amazon\s+)?Prime\s+Video)\s*:\s*/i;

// Hulu: "Watch The Bear Streaming Online | Hulu". Only stripped after a brand tail, so a show
// whose name ends in "Online" keeps it.
const STREAMING_ONLINE = /\s+Streaming\s+Online$/i;

// "The Boys - Season 4", "Fleabag Series 2", "Dark – Staffel 3": per-season pages (Prime Video).
const SEASON_TAIL = /(?:\s*[-–—:,|]\s*|\s+)(?:Season|Series|Staffel|Temporada|Saison|Stagione|Seizoen)\s+\d+$/iu;
// Prime Video sells some shows by volume: "…: Volume 3". Only after a separator, so a film named
// "… Vol. 2" or "… Volume 2" keeps its number.
const VOLUME_TAIL = /\s*[-–—:,|]\s*Volume\s+\d+$/iu;

// "(2019)", "(TV Series 2019–2023)", "(TV Series 2019– )", "(Série TV 2017–2021)" (IMDb titles).
const YEAR_IN_PARENTHESES = /\s*\((?:[^()]*?\s)?(1[89]\d{2}|2\d{3})(?:\s*[–—-]\s*(?:\d{4})?)?\s*\)$/u;

// IMDb's og:title: "Breaking Bad (TV Series 2008–2013) ⭐ 9.5 | Crime, Drama, Thriller".
const RATING_TAIL = /\s+⭐.*$/u;

// The call to action before the name ("Watch Dark", "Ver La casa de papel"), only stripped when a
// brand tail was, so "Watchmen" or a film named "Watch Dogs" stays whole.
const WATCH_PREFIX = /^(?:Watch|Ver|Assistir|Regarder|Guarda)\s+/iu;
const WATCH_SUFFIX = /\s+(?:ansehen|kijken)$/iu;

const LEFTOVER_PUNCTUATION = /^[\s|•·:–—-]+|[\s|•·:–—-]+$/gu;

/**
 * Reduces a page's title string to the show's name. Returns '' when nothing is left
 * (callers treat that as "no title here").
 */
export function cleanTitle(raw: string | null | undefined): string {
  if (!raw) {
    return '';
  }
  let title = cleanPageText(raw);
  let hadSiteDecoration = false;

  if (STORE_PREFIX.test(title)) {
    title = title.replace(STORE_PREFIX, '');
    hadSiteDecoration = true;
  }
  title = title.replace(RATING_TAIL, '');

  // Tails stack ("Watch X - Season 4 | Prime Video"), so peel until nothing changes.
  let previous: string;
  do {
    previous = title;
    if (SITE_SUFFIX.test(title)) {
      title = title.replace(SITE_SUFFIX, '');
      hadSiteDecoration = true;
    }
    if (hadSiteDecoration) {
      title = title.replace(STREAMING_ONLINE, '');
    }
    title = title.replace(SEASON_TAIL, '').replace(YEAR_IN_PARENTHESES, '');
    if (hadSiteDecoration) {
      title = title.replace(VOLUME_TAIL, '');
    }
  } while (title !== previous);

  if (hadSiteDecoration) {
    title = title.replace(WATCH_PREFIX, '').replace(WATCH_SUFFIX, '');
  }
  return title.replace(LEFTOVER_PUNCTUATION, '').trim();
}

/** The year in a trailing parenthesis ("Name (TV Series 2019–2023) - IMDb" → 2019), or null. */
export function yearInParentheses(raw: string | null | undefined): number | null {
  if (!raw) {
    return null;
  }
  let title = cleanPageText(raw).replace(RATING_TAIL, '');
  // Drop brand tails first so the parenthesis is at the end.
  while (SITE_SUFFIX.test(title)) {
    title = title.replace(SITE_SUFFIX, '');
  }
  const year = YEAR_IN_PARENTHESES.exec(title)?.[1];
  return year ? Number(year) : null;
}

/** The season number a title carries ("The Boys - Season 4 | Prime Video" → 4), or null. */
export function seasonNumberInTitle(raw: string | null | undefined): number | null {
  if (!raw) {
    return null;
  }
  const match = /(?:^|\s|[-–—:,|])(?:Season|Series|Staffel|Temporada|Saison|Stagione|Seizoen)\s+(\d+)(?!\d)/iu.exec(
    cleanPageText(raw),
  );
  return match?.[1] ? Number(match[1]) : null;
}

// Names that are the site itself or its home page, never a show: a tab titled "Netflix" or
// "Home - Netflix" means the page has not rendered the show yet. Each service's are declared with it.
const SITE_NAMES = new Set<string>([
  'home',
  ...Object.values(STREAMING_SERVICE_FACTS).flatMap((facts) => facts.siteNames),
]);

/** Whether a cleaned title is only a site's own name (or its home page), not a show. */
export function isSiteName(title: string): boolean {
  return SITE_NAMES.has(title.toLowerCase());
}
