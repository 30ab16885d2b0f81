/**
 * Picks the TVmaze show a page means from TVmaze's search candidates, or none.
 *
 * Wrong matches are the failure people complain about most (same-titled shows, remakes), and a wrong
 * "Canceled" is worse than "not found". So a candidate must first pass hard rules, then the best
 * must clearly beat the runner-up; otherwise the answer is null.
 *
 * Hard rules (a candidate failing one is out):
 * - the query is not a film (ShowFate gives films no series status; the caller handles them);
 * - the titles agree: equal after normalization, or one contains the other as whole words, or they are
 *   near-identical spellings (bigram similarity ≥ 0.85);
 * - a title that is not equal needs the page's year to agree with the premiere year (same or ±1);
 * - when the page has a year, it must not be far from the show's run: a 2013 page is not the 1990 show.
 *
 * Then points, summed into a confidence in 0–1:
 * - title: equal 0.55, contained 0.25, near-identical up to 0.3;
 * - year: premiere year equal +0.3, ±1 +0.15, inside the run (pages often show the latest season's
 *   year) +0.1, candidate without a premiere date −0.05;
 * - network or web channel among the page service's networks +0.15;
 * - language equal to the page's (English when not given) +0.1;
 * - TVmaze's own score, a little: +0.05 × score.
 * The best needs ≥ 0.55 and a lead of ≥ 0.1 over the runner-up; a tie means we'd be guessing.
 */
import type { ResolvedShow, TitleKind } from '../domain';
import { compactTitleMatchKey, titleMatchKey } from '../text/title-match-key';

export interface ScoredShow {
  /** TVmaze's search score (roughly 0–1). */
  score: number;
  show: ResolvedShow;
}

export interface MatchQuery {
  title: string;
  year: number | null;
  kind: TitleKind;
  /** The page's language as TVmaze names languages ("English", "Spanish"); English when absent. */
  language?: string | null;
}

export interface ShowMatch {
  show: ResolvedShow;
  /** 0–1: how sure the match is; ≥ MIN_CONFIDENCE by construction. */
  confidence: number;
}

export const MIN_CONFIDENCE = 0.55;
export const MIN_LEAD = 0.1;
const FUZZY_THRESHOLD = 0.85;

const POINTS = {
  titleExact: 0.55,
  titleContains: 0.25,
  titleFuzzyMax: 0.3,
  yearSame: 0.3,
  yearAdjacent: 0.15,
  yearInRun: 0.1,
  noPremiere: -0.05,
  network: 0.15,
  language: 0.1,
  tvmazeScore: 0.05,
} as const;

export type TitleAgreement = 'exact' | 'contains' | 'fuzzy' | 'none';

/** How a page's title and a show's name agree, after normalization. */
export function compareTitles(pageTitle: string, showName: string): { agreement: TitleAgreement; similarity: number } {
  const a = titleMatchKey(pageTitle);
  const b = titleMatchKey(showName);
  if (a === '' || b === '') return { agreement: 'none', similarity: 0 };
  if (a === b || compactTitleMatchKey(pageTitle) === compactTitleMatchKey(showName))
    return { agreement: 'exact', similarity: 1 };

  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // One word inside a longer title is how "Girls" meets "Derry Girls": only several words count.
  if (shorter.includes(' ') && ` ${longer} `.includes(` ${shorter} `)) {
    return { agreement: 'contains', similarity: shorter.length / longer.length };
  }
  const similarity = bigramSimilarity(a.replace(/ /g, ''), b.replace(/ /g, ''));
  if (similarity >= FUZZY_THRESHOLD) return { agreement: 'fuzzy', similarity };
  return { agreement: 'none', similarity };
}

export type YearAgreement = 'unknown' | 'same' | 'adjacent' | 'in-run' | 'no-premiere' | 'far';

/** How the page's year fits the show's premiere and run. */
export function compareYears(year: number | null, show: ResolvedShow): YearAgreement {
  if (year === null) return 'unknown';
  const premiered = yearOf(show.premiered);
  if (premiered === null) return 'no-premiere';
  const gap = year - premiered;
  if (gap === 0) return 'same';
  if (Math.abs(gap) === 1) return 'adjacent';
  if (gap < 0) return 'far';
  // A running (or undecided) show's run reaches today; an ended show's run stops at `ended`, and an old
  // record saying Ended without a date gives no run to be inside of.
  const ended = yearOf(show.ended);
  const lastYear = ended ?? (show.tvmazeStatus === 'Ended' ? premiered : Number.POSITIVE_INFINITY);
  return year <= lastYear + 1 ? 'in-run' : 'far';
}

/** Points for one candidate, or null when it fails a hard rule. */
export function scoreCandidate(
  candidate: ScoredShow,
  query: MatchQuery,
  preferredNetworks: readonly string[],
): number | null {
  if (query.kind === 'film') return null;
  const { show } = candidate;

  const title = compareTitles(query.title, show.name);
  if (title.agreement === 'none') return null;
  const year = compareYears(query.year, show);
  if (year === 'far') return null;
  if (title.agreement !== 'exact' && year !== 'same' && year !== 'adjacent') return null;

  let points =
    title.agreement === 'exact'
      ? POINTS.titleExact
      : title.agreement === 'contains'
        ? POINTS.titleContains
        : POINTS.titleFuzzyMax * title.similarity;

  if (year === 'same') points += POINTS.yearSame;
  else if (year === 'adjacent') points += POINTS.yearAdjacent;
  else if (year === 'in-run') points += POINTS.yearInRun;
  else if (year === 'no-premiere') points += POINTS.noPremiere;

  if (show.network !== null && networkIsPreferred(show.network, preferredNetworks)) points += POINTS.network;

  const language = query.language ?? 'English';
  if (show.language !== null && show.language.toLowerCase() === language.toLowerCase()) points += POINTS.language;

  points += POINTS.tvmazeScore * Math.min(1, Math.max(0, candidate.score));
  return points;
}

/**
 * The show the page means, with a confidence, or null when no candidate is a confident, unambiguous
 * match (including every film query). `preferredNetworks` are the page service's TVmaze network /
 * web channel names (`StreamingService.tvmazeNetworks`): a Netflix page prefers webChannel Netflix.
 */
export function chooseShowMatch(
  candidates: readonly ScoredShow[],
  query: MatchQuery,
  preferredNetworks: readonly string[],
): ShowMatch | null {
  if (query.kind === 'film') return null;

  // TVmaze can list the same show twice across answers; one show must not tie with itself.
  const bestById = new Map<number, { show: ResolvedShow; points: number }>();
  for (const candidate of candidates) {
    const points = scoreCandidate(candidate, query, preferredNetworks);
    if (points === null) continue;
    const seen = bestById.get(candidate.show.tvmazeId);
    if (!seen || points > seen.points) bestById.set(candidate.show.tvmazeId, { show: candidate.show, points });
  }

  const ranked = Array.from(bestById.values()).sort((a, b) => b.points - a.points);
  const [best, runnerUp] = ranked;
  if (!best || best.points < MIN_CONFIDENCE) return null;
  if (runnerUp && best.points - runnerUp.points < MIN_LEAD) return null;
  return { show: best.show, confidence: Math.min(1, round(best.points)) };
}

function networkIsPreferred(network: string, preferredNetworks: readonly string[]): boolean {
  const wanted = compactTitleMatchKey(network);
  return wanted !== '' && preferredNetworks.some((name) => compactTitleMatchKey(name) === wanted);
}

function yearOf(isoDay: string | null): number | null {
  if (isoDay === null) return null;
  const year = Number(isoDay.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : null;
}

/** Dice coefficient over character bigrams: 1 for equal strings, tolerant of one typo in a long title. */
function bigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const pair = a.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const pair = b.slice(i, i + 2);
    const left = counts.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(pair, left - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/** Floating-point sums like 0.55 + 0.3 print as 0.8500000000000001; confidence is shown and logged. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
