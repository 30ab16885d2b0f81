import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';

/**
 * The real-headline evaluation set: headlines (with their leads) copied from public news pages,
 * labeled from each page's own text. Nobody on the project wrote them, so they measure the
 * classifier on the news rather than on the rules. See tests/verdict/real/README.md.
 *
 * Two parts, split once by show before any rule was changed (tests/eval/split-real-headlines.ts):
 * `dev.jsonl` to tune on, and `held-out.jsonl`, frozen, scored only at milestones.
 */

const VERDICT = v.picklist(['canceled', 'renewed', 'ending', 'revived', 'none']);
const TRAP = v.picklist([
  'speculation',
  'denial',
  'reaction',
  'round-up',
  'event-canceled',
  'person',
  'film-or-other-show',
  'other-sense',
  'unrelated-news',
]);

export const RealHeadlineSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  outlet: v.string(),
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the page tells; null when it doesn't. */
  date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/))),
  headline: v.pipe(v.string(), v.minLength(8)),
  lead: v.string(),
  show: v.pipe(v.string(), v.minLength(1)),
  network: v.nullable(v.string()),
  verdict: VERDICT,
  season: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  trap: v.nullable(TRAP),
  why: v.string(),
});
export type RealHeadline = v.InferOutput<typeof RealHeadlineSchema>;

const FATE = v.picklist(['canceled', 'renewed', 'ending', 'ended', 'revived', 'airing']);
export const ShowFactsSchema = v.object({
  show: v.string(),
  network: v.nullable(v.string()),
  /** The show's fate as of `asOf`, the answer the panel should give. */
  fate: FATE,
  tvmazeStatus: v.picklist(['Running', 'Ended', 'To Be Determined', 'In Development']),
  premiered: v.nullable(v.pipe(v.string(), v.isoDate())),
  ended: v.nullable(v.pipe(v.string(), v.isoDate())),
  asOf: v.pipe(v.string(), v.isoDate()),
  why: v.string(),
});
export type ShowFacts = v.InferOutput<typeof ShowFactsSchema>;

export type RealPart = 'dev' | 'held-out';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export function parseJsonLines<T>(text: string, schema: v.GenericSchema<unknown, T>, source: string): T[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => {
      const result = v.safeParse(schema, JSON.parse(line));
      if (!result.success) {
        throw new Error(`${source}:${index + 1}: ${result.issues.map((issue) => issue.message).join('; ')}`);
      }
      return result.output;
    });
}

export function loadRealHeadlines(part: RealPart): RealHeadline[] {
  const file = here(`./${part}.jsonl`);
  return parseJsonLines(readFileSync(file, 'utf8'), RealHeadlineSchema, file);
}

export function loadShowFacts(part: RealPart): ShowFacts[] {
  const file = here(`./shows.${part}.jsonl`);
  return parseJsonLines(readFileSync(file, 'utf8'), ShowFactsSchema, file);
}

export function realFile(name: string): string {
  return here(`./${name}`);
}

export function showKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * Some distinctive word of the show's name appears in the text. Loose on purpose: a short form
 * the outlet uses ("Brooklyn 99", "SVU"'s "Law & Order") still counts as naming the show.
 */
export function namesShow(text: string, show: string): boolean {
  const haystack = ` ${showKey(text)} `;
  const words = showKey(show.replace(/\s*\([^)]*\)\s*$/, ''))
    .split(' ')
    .filter((word) => word.length >= 3 && !['and', 'the', 'for', 'with'].includes(word));
  return haystack.includes(` ${showKey(show)} `) || words.some((word) => haystack.includes(` ${word} `));
}

/**
 * A second, blind labeling of a sample of the development part: an annotator who never saw the
 * first labels judged each record from its headline alone and from headline + lead, by the same
 * brief (COLLECTION-SPEC.md). Matched to the first labels by URL and show.
 */
export const SecondLabelSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  show: v.pipe(v.string(), v.minLength(1)),
  headlineOnly: VERDICT,
  withLead: VERDICT,
  season: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  confidence: v.picklist(['sure', 'unsure']),
  why: v.string(),
});
export type SecondLabel = v.InferOutput<typeof SecondLabelSchema>;

export function loadSecondLabels(): SecondLabel[] {
  const file = here('./dev.second-labels.jsonl');
  return parseJsonLines(readFileSync(file, 'utf8'), SecondLabelSchema, file);
}
