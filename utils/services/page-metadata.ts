/**
 * Pure readers for the metadata most streaming pages carry: JSON-LD, meta tags, the document
 * title and element text. None of them throws: pages are third-party markup, often half-rendered.
 */

import { cleanPageText } from './clean-title';

/** One JSON-LD object (a TVSeries, a Movie, an Episode…), as parsed. */
export type JsonLdNode = Record<string, unknown>;

function isJsonLdNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Makes the usual breakage in hand-built JSON-LD parseable: HTML comment or CDATA wrappers,
 * raw line breaks inside strings (seen in long descriptions), trailing commas and semicolons.
 * Only tried after a strict parse failed.
 */
function repairJson(text: string): string {
  const withoutControlCharacters = Array.from(text, (character) =>
    character.charCodeAt(0) < 0x20 ? ' ' : character,
  ).join('');
  return withoutControlCharacters
    .trim()
    .replace(/^(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)$/, '')
    .trim()
    .replace(/;+$/, '')
    .replace(/,\s*([}\]])/g, '$1');
}

/** Parses one ld+json script body; undefined when even the repaired text is not JSON. */
export function parseJsonLdText(text: string): unknown {
  for (const candidate of [text, repairJson(text)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // Try the next, more forgiving candidate.
    }
  }
  return undefined;
}

// Real pages nest one or two levels (an array of objects, an object with @graph); the cap only
// guards against pathological input.
const MAX_JSON_LD_DEPTH = 5;

function collectJsonLdNodes(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > MAX_JSON_LD_DEPTH) {
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      collectJsonLdNodes(item, into, depth + 1);
    }
    return;
  }
  if (!isJsonLdNode(value)) {
    return;
  }
  into.push(value);
  if ('@graph' in value) {
    collectJsonLdNodes(value['@graph'], into, depth + 1);
  }
}

/** Every JSON-LD object on the page, with top-level arrays and `@graph` lists flattened. */
export function readJsonLd(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    // Compared by hand so "application/ld+json; charset=utf-8" or odd casing still counts.
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/ld+json') {
      continue;
    }
    collectJsonLdNodes(parseJsonLdText(script.textContent ?? ''), nodes, 0);
  }
  return nodes;
}

/** A node's schema.org types without prefixes ("http://schema.org/Movie", "schema:Movie" → "Movie"). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const values = Array.isArray(raw) ? raw : [raw];
  return values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').trim());
}

/** The first node of one of these types that `accept` agrees to (e.g. one about this page's id). */
export function findJsonLdNode(
  nodes: readonly JsonLdNode[],
  types: readonly string[],
  accept: (node: JsonLdNode) => boolean = () => true,
): JsonLdNode | null {
  return nodes.find((node) => jsonLdTypes(node).some((type) => types.includes(type)) && accept(node)) ?? null;
}

/** A text property (string, number, `{ "@value": … }`, or the first of a list), normalized; null if empty. */
export function jsonLdText(node: JsonLdNode | null, key: string): string | null {
  if (!node) {
    return null;
  }
  const raw = node[key];
  const first = Array.isArray(raw) ? raw[0] : raw;
  const value = isJsonLdNode(first) ? first['@value'] : first;
  if (typeof value === 'string') {
    return cleanPageText(value) || null;
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return null;
}

/** An object property (`partOfSeries`), or the first object of a list; null otherwise. */
export function jsonLdChild(node: JsonLdNode | null, key: string): JsonLdNode | null {
  if (!node) {
    return null;
  }
  const raw = node[key];
  const first = Array.isArray(raw) ? raw.find(isJsonLdNode) : raw;
  return isJsonLdNode(first) ? first : null;
}

/** A meta tag's content by `property` (og:title) or `name` (apple:title), normalized; null if absent or empty. */
export function readMeta(document: Document, key: string): string | null {
  const wanted = key.toLowerCase();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const property = meta.getAttribute('property')?.toLowerCase();
    const name = meta.getAttribute('name')?.toLowerCase();
    if (property === wanted || name === wanted) {
      const content = cleanPageText(meta.getAttribute('content') ?? '');
      if (content) {
        return content;
      }
    }
  }
  return null;
}

/** The document's title, normalized; null when empty. */
export function readDocumentTitle(document: Document): string | null {
  const title = document.title || document.querySelector('title')?.textContent || '';
  return cleanPageText(title) || null;
}

/**
 * An element's text with a space between the texts of its children, so
 * `<span>3 Seasons</span><span>2019</span>` reads "3 Seasons 2019", not "3 Seasons2019".
 */
export function spacedText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    for (const child of Array.from(node.childNodes)) {
      visit(child);
    }
  };
  visit(element);
  return cleanPageText(parts.join(' '));
}

/** The spaced text of the first element matching `selector` under `root`; null if none or empty. */
export function readText(root: ParentNode, selector: string): string | null {
  const element = root.querySelector(selector);
  return element ? spacedText(element) || null : null;
}

/** The `alt` of the first image matching `selector` under `root` that has a non-empty one. */
export function readImageAlt(root: ParentNode, selector: string): string | null {
  for (const image of Array.from(root.querySelectorAll(selector))) {
    const alt = cleanPageText(image.getAttribute('alt') ?? '');
    if (alt) {
      return alt;
    }
  }
  return null;
}

// Nothing streamable predates film; the upper bound rejects ids and prices that look like years.
const MIN_YEAR = 1880;
const MAX_YEAR = 2100;

function plausibleYear(year: number): number | null {
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** The year of an ISO-like date ("2016-07-15", "2016-7-15T00:00:00Z", "2016"); null otherwise. */
export function yearFromDate(value: string | null | undefined): number | null {
  const match = value ? /^\s*(\d{4})(?!\d)/.exec(value) : null;
  return match?.[1] ? plausibleYear(Number(match[1])) : null;
}

/** The first standalone four-digit year in running text ("3 Seasons 2019 TV-MA" → 2019); null otherwise. */
export function findYearInText(text: string | null | undefined): number | null {
  if (!text) {
    return null;
  }
  for (const match of text.matchAll(/(?<![\d.,:])(\d{4})(?![\d.,:])/g)) {
    const year = match[1] ? plausibleYear(Number(match[1])) : null;
    if (year) {
      return year;
    }
  }
  return null;
}

/**
 * Whether a JSON-LD `url` or `og:url` is about the title this URL shows. SPAs keep the first page's
 * head tags after in-app navigation (docs/detection.md, Disney+), so a tag naming another id is stale.
 * Tags without a URL are accepted.
 */
export function describesTitle(tagUrl: string | null, titleId: string | null): boolean {
  if (!tagUrl || !titleId) {
    return true;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(tagUrl, 'https://invalid.example/').pathname);
  } catch {
    return false;
  }
  // Whole path segments only, so Netflix id 801 is not "in" /title/80100172; a segment may end in
  // the id after a slug (Hulu's "the-bear-<uuid>", Disney+'s "entity-<uuid>").
  return path.split('/').some((segment) => segment === titleId || segment.endsWith(`-${titleId}`));
}

// Disney+'s player opens dozens of shadow roots of its own (76 counted on one playback page, per
// docs/detection.md); the cap only guards against a page that nests them without end.
const MAX_SHADOW_ROOTS = 400;

/**
 * The document and every open shadow root inside it, breadth first. `querySelector` does not cross
 * a shadow boundary, and some players (Disney+) are built from custom elements whose text lives
 * only inside their shadow roots. Closed roots are out of reach by design, and stay so.
 */
export function openShadowRoots(document: Document): ParentNode[] {
  const roots: ParentNode[] = [document];
  for (let index = 0; index < roots.length && roots.length < MAX_SHADOW_ROOTS; index += 1) {
    for (const element of Array.from(roots[index]?.querySelectorAll('*') ?? [])) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
      }
    }
  }
  return roots.slice(0, MAX_SHADOW_ROOTS);
}

/** The first element matching `selector` in the document or any open shadow root in it. */
export function querySelectorDeep(document: Document, selector: string): Element | null {
  const light = document.querySelector(selector);
  if (light) {
    return light;
  }
  for (const root of openShadowRoots(document).slice(1)) {
    const found = root.querySelector(selector);
    if (found) {
      return found;
    }
  }
  return null;
}
