/**
 * A small, defensive RSS 2.0 / Atom reader for news feeds (Google News now; trade feeds such as
 * Deadline, TVLine or Variety later). Pure: a string in, plain data out.
 *
 * Feeds are untrusted text. Nothing here evaluates HTML: titles are reduced to plain text with a
 * tag-stripping pass (the result is still rendered as text by the panel), descriptions are ignored,
 * links are kept only when they parse as absolute https: URLs, and the XML parser is configured so
 * a feed cannot expand entities into a huge document (no DOCTYPE entities, capped expansions).
 * The service worker has no DOMParser, hence fast-xml-parser.
 */
import { XMLParser } from 'fast-xml-parser';

export interface RssItem {
  /** Plain text: tags stripped, whitespace collapsed; null when the item had none. */
  title: string | null;
  /** Absolute https: URL, or null. */
  link: string | null;
  /** ISO 8601 (UTC), or null when missing or unreadable. */
  published: string | null;
  /** RSS `<source>` text (Google News puts the outlet there), else null. */
  sourceName: string | null;
  /** RSS `<source url>` when https:, else null. */
  sourceUrl: string | null;
}

export interface RssParseOptions {
  /** Items read from the top of the feed; later ones are ignored. */
  maxItems?: number;
}

export const DEFAULT_MAX_ITEMS = 50;
/** No headline is this long; a longer "title" is junk we'd rather not carry around. */
const MAX_TITLE_LENGTH = 500;

/** The body is not a feed we can read (not XML, not RSS/Atom, or refused for safety). */
export class NewsFeedError extends Error {
  override readonly name = 'NewsFeedError';
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep everything as strings: a headline "911" must not become the number 911.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Namespaced tags (media:title, atom:link) stay distinct from the plain ones we read.
  removeNSPrefix: false,
  // Decodes the XML entities and numeric references (WordPress feeds write &#8217;) in one pass;
  // without it `&#8217;` would reach the headline. Entities declared in a DOCTYPE are refused before
  // parsing, so every reference left is one that shortens the text: no expansion-count cap is needed
  // (a cap would reject a long feed full of escaped descriptions).
  htmlEntities: true,
  processEntities: { enabled: true, maxEntityCount: 1 },
  // Escaped-HTML bodies we never read are kept raw instead of being decoded and walked.
  stopNodes: ['*.description', '*.content:encoded', '*.summary', '*.content'],
  isArray: (tagName) => tagName === 'item' || tagName === 'entry' || tagName === 'link',
});

/**
 * Reads the items of an RSS 2.0 or Atom feed. Throws `NewsFeedError` when the body isn't one;
 * a readable feed with odd items returns those items with null fields for the caller to skip.
 */
export function parseRssFeed(xml: string, options: RssParseOptions = {}): RssItem[] {
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  if (xml.trim() === '') throw new NewsFeedError('empty body');
  // Feeds never need declared entities; refusing them rules out entity-expansion attacks outright.
  if (/<!ENTITY/i.test(xml)) throw new NewsFeedError('the body declares XML entities');

  let document: unknown;
  try {
    // `true` validates first, so truncated or HTML bodies fail here instead of half-parsing.
    document = parser.parse(xml, true);
  } catch (error) {
    throw new NewsFeedError(`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }

  const root = asRecord(document);
  const channel = asRecord(asRecord(root?.rss)?.channel);
  if (channel) return asArray(channel.item).slice(0, maxItems).map(readRssItem);
  const feed = asRecord(root?.feed);
  if (feed) return asArray(feed.entry).slice(0, maxItems).map(readAtomEntry);
  throw new NewsFeedError('not an RSS or Atom feed');
}

/** `parseRssFeed` that answers [] instead of throwing, for callers to whom "no items" is the same thing. */
export function parseRssItems(xml: string, options: RssParseOptions = {}): RssItem[] {
  try {
    return parseRssFeed(xml, options);
  } catch (error) {
    if (error instanceof NewsFeedError) return [];
    throw error;
  }
}

function readRssItem(node: unknown): RssItem {
  const item = asRecord(node) ?? {};
  const source = item.source;
  const guid = asRecord(item.guid);
  // A <guid> is the article's URL only when it doesn't say isPermaLink="false" (Google's don't).
  const guidLink = guid ? (guid['@_isPermaLink'] === 'false' ? null : textOf(guid)) : textOf(item.guid);
  return {
    title: headlineText(textOf(item.title)),
    link: firstHttpsUrl([...asArray(item.link).map(textOf), guidLink]),
    published: parseFeedDate(textOf(item.pubDate) ?? textOf(item['dc:date'])),
    sourceName: collapse(textOf(source)),
    sourceUrl: httpsUrlOrNull(attributeOf(source, 'url')),
  };
}

function readAtomEntry(node: unknown): RssItem {
  const entry = asRecord(node) ?? {};
  // rel="alternate" (or no rel, which means alternate) is the article; "self", "edit", "enclosure" are not.
  const alternates = asArray(entry.link).filter((link) => {
    const rel = attributeOf(link, 'rel');
    return rel === null || rel === 'alternate';
  });
  const source = asRecord(entry.source);
  return {
    title: headlineText(textOf(entry.title)),
    link: firstHttpsUrl(alternates.map((link) => attributeOf(link, 'href'))),
    published: parseFeedDate(textOf(entry.published) ?? textOf(entry.updated)),
    sourceName: collapse(textOf(source?.title)),
    sourceUrl: null,
  };
}

// --- Text and URLs --------------------------------------------------------------------------------

/**
 * More markup than this in one title is not a headline: the rest is dropped before any stripping, so
 * a hostile feed can't make the worker walk megabytes of tags for one title.
 */
const MAX_TITLE_MARKUP_LENGTH = 20 * MAX_TITLE_LENGTH;

/**
 * Feed titles sometimes carry markup (Atom type="html", sloppy RSS). Reduce it to text: we only need
 * the words, and the result is rendered as text, so no HTML parser (or DOM) is involved.
 *
 * Every step is linear in the input (issue 11, finding 2: a lazy `<!--[\s\S]*?-->` regex re-scanned
 * the rest of the title from each unclosed `<!--`, so 1 MB of them took a minute). Tag patterns never
 * cross a `<`, and comments and script/style bodies are found with `indexOf`, each searched for at
 * most once past a point where it was missing.
 */
export function plainText(value: string): string {
  return (
    stripScriptsAndStyles(stripComments(value))
      // Block-level breaks separate words; inline tags sit inside them ("Grey<i>'</i>s").
      .replace(/<(?:br|p|div|li|h[1-6])\b[^<>]*>|<\/(?:p|div|li|h[1-6])\s*>/gi, ' ')
      .replace(/<\/?[a-z][^<>]*>/gi, '')
      // Whitespace and control characters (a stray \u0000 or \b in a feed) become one space.
      .replace(/[\s\p{Cc}]+/gu, ' ')
      .trim()
  );
}

/** Drops `<!-- … -->`; an unclosed comment runs to the end, as in HTML. */
function stripComments(text: string): string {
  const kept: string[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) break;
    kept.push(text.slice(from, start));
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return kept.join('');
    from = end + 3;
  }
  kept.push(text.slice(from));
  return kept.join('');
}

/** Replaces `<script …>…</script>` and `<style …>…</style>` with a space; an unclosed one keeps its text. */
function stripScriptsAndStyles(text: string): string {
  const lower = text.toLowerCase();
  const open = /<(script|style)\b[^<>]*>/gi;
  /** Tag names whose closing tag is known to be absent after some point: never searched for again. */
  const unclosed = new Set<string>();
  const kept: string[] = [];
  let from = 0;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const name = (match[1] ?? '').toLowerCase();
    if (unclosed.has(name)) continue;
    const close = lower.indexOf(`</${name}`, open.lastIndex);
    const closeEnd = close < 0 ? -1 : lower.indexOf('>', close);
    if (closeEnd < 0 || lower.slice(close + name.length + 2, closeEnd).trim() !== '') {
      // Without a clean closing tag the opening one is an ordinary tag (dropped below); a messy
      // closing tag makes the rest unreadable anyway.
      unclosed.add(name);
      continue;
    }
    kept.push(text.slice(from, match.index), ' ');
    from = closeEnd + 1;
    open.lastIndex = from;
  }
  kept.push(text.slice(from));
  return kept.join('');
}

function headlineText(value: string | null): string | null {
  if (value === null) return null;
  const text = plainText(value.slice(0, MAX_TITLE_MARKUP_LENGTH)).slice(0, MAX_TITLE_LENGTH).trim();
  return text === '' ? null : text;
}

function collapse(value: string | null): string | null {
  if (value === null) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** The URL, normalized, when it is an absolute https: URL without credentials; else null. */
export function httpsUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

function firstHttpsUrl(values: readonly (string | null)[]): string | null {
  for (const value of values) {
    const url = httpsUrlOrNull(value);
    if (url) return url;
  }
  return null;
}

// --- Dates ----------------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names (in hours from UTC); military single letters are too rare to bother with. */
const ZONES: Record<string, number> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

const RFC_822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,3}|[+-]\d{4})?$/i;
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An RSS (RFC 822, "Tue, 08 Nov 2022 18:05:00 GMT") or Atom (ISO 8601) date as ISO 8601 UTC, or null.
 * Parsed by hand rather than with `Date.parse`, whose handling of non-ISO strings differs by engine.
 */
export function parseFeedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();

  const rfc = RFC_822.exec(text);
  if (rfc) {
    const [, day, monthName, yearText, hour, minute, second, zone] = rfc;
    const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
    const offsetMinutes = zoneOffsetMinutes(zone);
    if (month < 0 || offsetMinutes === null) return null;
    let year = Number(yearText);
    // RFC 822 allowed two-digit years; RFC 2822 reads 00–49 as 20xx.
    if ((yearText ?? '').length === 2) year += year < 50 ? 2000 : 1900;
    return utcIso(year, month, Number(day), Number(hour), Number(minute), Number(second ?? 0), offsetMinutes);
  }

  const iso = ISO_8601.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    const offsetMinutes = zoneOffsetMinutes(zone);
    if (offsetMinutes === null) return null;
    return utcIso(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
      offsetMinutes,
    );
  }
  return null;
}

/** Minutes east of UTC; a missing zone is read as UTC (feeds that omit it are almost always GMT). */
function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes] = numeric;
    const total = Number(hours) * 60 + Number(minutes);
    return sign === '-' ? -total : total;
  }
  const hours = ZONES[zone.toLowerCase()];
  return hours === undefined ? null : hours * 60;
}

function utcIso(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): string | null {
  if (hour > 23 || minute > 59 || second > 60) return null;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const check = new Date(local);
  // Date.UTC rolls 31 Feb over to March: a date that doesn't survive the round trip was not a date.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  return new Date(local - offsetMinutes * 60_000).toISOString();
}

// --- Walking the parsed tree ---------------------------------------------------------------------

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A node's text: the string itself, or `#text` of an element that also has attributes. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const text = asRecord(value)?.['#text'];
  return typeof text === 'string' ? text : null;
}

function attributeOf(value: unknown, name: string): string | null {
  const attribute = asRecord(value)?.[`@_${name}`];
  return typeof attribute === 'string' ? attribute : null;
}
