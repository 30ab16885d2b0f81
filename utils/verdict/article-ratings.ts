import type { Rating, RatingSource } from '../domain';
import { splitSentences } from './article-sentences';

/**
 * Ratings quoted in article prose: "a 79% rating from audiences on Rotten Tomatoes",
 * "6.1/10 from 1,500 reviews on IMDb", "a Metascore of 72".
 *
 * A score belongs to the site named in its own clause (sentences often quote two sites:
 * "79% on Rotten Tomatoes and 6.1/10 on IMDb"), else to a site named in a neighbouring
 * clause of the same sentence, and only when the kinds fit: Rotten Tomatoes gives percentages,
 * IMDb and TVmaze give scores out of 10, Metacritic out of 100. A sentence saying there are
 * not enough reviews for a score gives none.
 */

type Site = 'imdb' | 'rotten-tomatoes' | 'metacritic' | 'tvmaze';

const SITES: Array<{ site: Site; pattern: RegExp }> = [
  { site: 'imdb', pattern: /\bIMDb\b/i },
  { site: 'rotten-tomatoes', pattern: /\bRotten ?Tomatoes\b|\bTomatometer\b|\bPopcornmeter\b|\bRT\b/i },
  { site: 'metacritic', pattern: /\bMetacritic\b|\bMetascore\b/i },
  { site: 'tvmaze', pattern: /\bTVmaze\b/i },
];

type ScoreKind = 'percent' | 'out-of-10' | 'out-of-100' | 'decimal' | 'metascore';

interface Score {
  kind: ScoreKind;
  value: number;
  index: number;
  end: number;
}

const SCORE_PATTERNS: Array<{ kind: ScoreKind; pattern: RegExp }> = [
  { kind: 'percent', pattern: /\b(\d{1,3})\s?(?:%|percent\b)/gi },
  { kind: 'out-of-100', pattern: /\b(\d{1,3})\s?(?:\/|out of)\s?100\b/gi },
  { kind: 'out-of-10', pattern: /\b(\d{1,2}(?:\.\d{1,2})?)\s?(?:\/|out of)\s?10\b(?!\d|%)/gi },
  // "a Metascore of 72", "72 on Metacritic", "Metacritic score: 72"
  {
    kind: 'metascore',
    pattern:
      /\b(?:Metascore|Metacritic score|score) (?:of |is |:\s?)?(\d{1,3})\b(?!\.\d|[%/\d])|\b(\d{1,3}) (?:on|from|at) Metacritic\b/gi,
  },
  // "6.1 on IMDb", "an IMDb rating of 7.2": only one digit either side of the point.
  { kind: 'decimal', pattern: /(?<![\d.])(\d\.\d)(?![\d.%]|\s?(?:\/|out of))/g },
];

/** Clauses that say a site has no score: their numbers are something else. */
const NO_SCORE =
  /\b(?:not enough|too few|no (?:score|rating)|yet to|hasn'?t (?:got|received)|has not (?:got|received))\b/i;
const AUDIENCE = /\baudiences?\b|\bviewers\b|\bfans\b|\busers?\b|\bPopcornmeter\b|\bverified\b|\bpublic\b/i;
const CRITICS = /\bcritics?\b|\bcritical\b|\bTomatometer\b|\breviewers\b/i;
const VOTES =
  /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?[kKmM]?)\+?\s+(?:user\s+|audience\s+|critic\s+|verified\s+)?(?:reviews|votes|ratings|reviewers|critics|users)\b/;

/** Words that make a number a rating even without a site in its clause. */
const RATING_WORDS = /\b(?:score|rating|rated|Tomatometer|Popcornmeter|approval)\b/i;

const CLAUSE_BREAK = /,\s+|;\s+|:\s+|\s+(?:and|while|but|whereas)\s+/g;

export function extractRatings(text: string): Rating[] {
  const ratings: Rating[] = [];
  for (const sentence of splitSentences(text)) {
    for (const rating of ratingsInSentence(sentence.text)) {
      if (!ratings.some((known) => known.source === rating.source)) ratings.push(rating);
    }
  }
  return ratings;
}

interface Clause {
  text: string;
  sites: Site[];
  scores: Score[];
}

/**
 * Scores next to their own site first; then scores that say they are ratings ("a 79% audience
 * score") may take a site from a neighbouring clause. A bare "60% of viewers finished it" may not.
 */
function ratingsInSentence(sentence: string): Rating[] {
  const clauses = splitClauses(sentence).filter((clause) => !NO_SCORE.test(clause.text));
  const own: Rating[] = [];
  const borrowed: Rating[] = [];
  clauses.forEach((clause, i) => {
    for (const score of clause.scores) {
      const ownSite = bestSite(clause.sites, score.kind);
      const borrowedSite = RATING_WORDS.test(clause.text)
        ? bestSite(
            neighbours(clauses, i).flatMap((candidate) => candidate.sites),
            score.kind,
          )
        : undefined;
      const site = ownSite ?? borrowedSite;
      const rating = site ? toRating(site, score, clause.text) : null;
      if (rating) (ownSite ? own : borrowed).push(rating);
    }
  });
  return [...own, ...borrowed];
}

function splitClauses(sentence: string): Clause[] {
  const parts: string[] = [];
  let last = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    parts.push(sentence.slice(last, match.index));
    last = match.index + match[0].length;
  }
  parts.push(sentence.slice(last));
  return parts.map((text) => ({
    text,
    sites: SITES.filter(({ pattern }) => pattern.test(text)).map(({ site }) => site),
    scores: findScores(text),
  }));
}

/** Neighbouring clauses, nearest first: "79% from audiences and 45% from critics on Rotten Tomatoes". */
function neighbours(clauses: Clause[], i: number): Clause[] {
  const result: Clause[] = [];
  for (let distance = 1; distance < clauses.length; distance++) {
    const after = clauses[i + distance];
    const before = clauses[i - distance];
    if (after) result.push(after);
    if (before) result.push(before);
  }
  return result;
}

function findScores(text: string): Score[] {
  const scores: Score[] = [];
  for (const { kind, pattern } of SCORE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const value = Number(match[1] ?? match[2]);
      const index = match.index;
      const end = index + match[0].length;
      if (scores.some((other) => index < other.end && other.index < end)) continue;
      scores.push({ kind, value, index, end });
    }
  }
  return scores.sort((a, b) => a.index - b.index);
}

/**
 * How well a score's form fits a site: 0 not at all, 2 its usual form. A percentage is usually
 * Rotten Tomatoes, rarely Metacritic; a score out of 10 is IMDb or TVmaze.
 */
function siteFit(site: Site, kind: ScoreKind): number {
  switch (site) {
    case 'rotten-tomatoes':
      return kind === 'percent' ? 2 : 0;
    case 'metacritic':
      return kind === 'metascore' || kind === 'out-of-100' ? 2 : kind === 'percent' ? 1 : 0;
    case 'imdb':
    case 'tvmaze':
      return kind === 'out-of-10' || kind === 'decimal' ? 2 : 0;
  }
}

/** The best-fitting site; among equals, the first (the clauses come nearest first). */
function bestSite(sites: Site[], kind: ScoreKind): Site | undefined {
  let best: Site | undefined;
  for (const site of sites) if (siteFit(site, kind) > (best ? siteFit(best, kind) : 0)) best = site;
  return best;
}

function toRating(site: Site, score: Score, clause: string): Rating | null {
  const scale = score.kind === 'out-of-10' || score.kind === 'decimal' ? 10 : 100;
  if (score.value < 0 || score.value > scale) return null;
  const rating: Rating = { source: sourceFor(site, score, clause), value: score.value, scale };
  const votes = parseVotes(clause.slice(score.index));
  if (votes !== null) rating.votes = votes;
  return rating;
}

/**
 * Rotten Tomatoes has two scores. The words right after the number say which ("93% critics
 * score", "79% rating from audiences"), else the words before it in its clause ("an audience
 * score of 88%"); the Tomatometer (critics) when nothing says. The rest of the sentence is not
 * asked: "60% of viewers finished it, and it holds 85% on Rotten Tomatoes" is a critics score.
 */
function sourceFor(site: Site, score: Score, clause: string): RatingSource {
  if (site !== 'rotten-tomatoes') return site;
  for (const text of [clause.slice(score.index), clause.slice(0, score.index)]) {
    const audience = AUDIENCE.test(text);
    const critics = CRITICS.test(text);
    if (audience !== critics) return audience ? 'rotten-tomatoes-audience' : 'rotten-tomatoes-critics';
  }
  return 'rotten-tomatoes-critics';
}

/** "1,500 reviews" → 1500, "12K votes" → 12000, "1.2M ratings" → 1200000. */
function parseVotes(text: string): number | null {
  const match = VOTES.exec(text);
  if (!match?.[1]) return null;
  const raw = match[1].replace(/,/g, '').replace(/\s/g, '');
  const multiplier = /k$/i.test(raw) ? 1_000 : /m$/i.test(raw) ? 1_000_000 : 1;
  const value = Math.round(Number.parseFloat(raw) * multiplier);
  return Number.isFinite(value) && value > 0 ? value : null;
}
