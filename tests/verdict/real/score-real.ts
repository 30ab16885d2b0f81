import { extractArticleFacts } from '../../../utils/verdict/article-facts';
import { classifyHeadline } from '../../../utils/verdict/classify-headline';
import { mergeStatus } from '../../../utils/verdict/merge-status';
import type { ClassifiedArticle, HeadlineClassification } from '../../../utils/verdict/types';
import { type Evaluation, evaluate } from '../headline-evaluation';
import type { RealHeadline, ShowFacts } from './real-headlines';

/**
 * Scores the verdict engine on the real set: per headline (headline alone, as Google News gives
 * it, and headline with its lead, as a trade feed or an article gives it) and per show (a show's
 * stream of dated headlines merged into one status). Shared by the tests and `npm run eval:verdict`.
 */

export type Reader = 'headline' | 'with-lead';

export const READERS: Record<Reader, (item: RealHeadline) => HeadlineClassification> = {
  headline: (item) => classifyHeadline(item.headline, item.show),
  'with-lead': (item) => {
    const { verdict, season } = extractArticleFacts(`${item.headline}\n${item.lead}`, item.show);
    return { verdict, season };
  },
};

export interface RealEvaluation extends Evaluation {
  /** A revived show read as canceled: the panel would say the opposite of the truth. */
  revivedAsCanceled: number;
}

export function scoreHeadlines(items: RealHeadline[], reader: Reader): RealEvaluation {
  const byHeadline = new Map(items.map((item) => [`${item.headline}\u0000${item.show}`, item]));
  const evaluation = evaluate(
    items.map((item) => ({ headline: item.headline, show: item.show, verdict: item.verdict, season: item.season })),
    (headline, show) => READERS[reader](byHeadline.get(`${headline}\u0000${show}`) as RealHeadline),
  );
  const revivedAsCanceled = evaluation.outcomes.filter(
    ({ item, got }) => item.verdict === 'revived' && got.verdict === 'canceled',
  ).length;
  return { ...evaluation, revivedAsCanceled };
}

/** A page's date as an instant: a month or a year alone stands for its middle. */
export function publishedInstant(date: string | null): string | null {
  if (!date) return null;
  if (/^\d{4}$/.test(date)) return `${date}-07-01T12:00:00Z`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-15T12:00:00Z`;
  return `${date}T12:00:00Z`;
}

export interface ShowOutcome {
  show: string;
  fate: ShowFacts['fate'];
  got: string;
  headlines: number;
  evidence: string | null;
  right: boolean;
}

/** The status the panel gives for a show's dated headlines; `ended` and `ending` are as TVmaze has it. */
export function scoreShow(facts: ShowFacts, stream: RealHeadline[]): ShowOutcome {
  const articles: ClassifiedArticle[] = stream.map((item) => ({
    headline: item.headline,
    url: item.url,
    outlet: item.outlet,
    source: 'google-news',
    published: publishedInstant(item.date),
    ...classifyHeadline(item.headline, facts.show),
  }));
  const merged = mergeStatus({ status: facts.tvmazeStatus, premiered: facts.premiered, ended: facts.ended }, articles);
  return {
    show: facts.show,
    fate: facts.fate,
    got: merged.status,
    headlines: stream.length,
    evidence: merged.evidence ? `${merged.evidence.verdict}: ${merged.evidence.headline}` : null,
    // "airing, no decision" is what the panel calls pending when TVmaze says To Be Determined.
    right: merged.status === facts.fate || (facts.fate === 'airing' && merged.status === 'pending'),
  };
}

export function scoreShows(shows: ShowFacts[], items: RealHeadline[]): ShowOutcome[] {
  const key = (name: string) => name.toLowerCase();
  return shows.map((facts) =>
    scoreShow(
      facts,
      items.filter((item) => key(item.show) === key(facts.show)),
    ),
  );
}
