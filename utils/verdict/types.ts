import type { NewsArticle, Rating } from '../domain';
import { DECISIVE_VERDICTS, type DecisiveVerdict } from '../status/fate-status';

/** A headline's verdict: one of the decisive verdicts (utils/status/fate-status.ts), or none. */
export type HeadlineVerdict = DecisiveVerdict | 'none';
/** Every headline verdict, strongest first, `none` last. */
export const HEADLINE_VERDICTS: readonly HeadlineVerdict[] = [...DECISIVE_VERDICTS, 'none'];

export interface HeadlineClassification {
  verdict: HeadlineVerdict;
  /** The season renewed, ending, or not coming ("won't be back for season 2" → 2), else null. */
  season: number | null;
}

export interface ArticleFacts extends HeadlineClassification {
  network: string | null;
  /** ISO date (YYYY-MM-DD) of the decision, when the article states it. */
  decidedOn: string | null;
  /** ISO date (YYYY-MM-DD) of the premiere, when the article states it. */
  premiered: string | null;
  ratings: Rating[];
}

export interface ClassifiedArticle extends NewsArticle, HeadlineClassification {
  /** The words that decided the verdict, when the classifier read them (see classifyHeadlineWithReason). */
  decidedBy?: string | null;
}

/** What TVmaze says, as the merge rules need it. */
export interface TvmazeFacts {
  /** Running, Ended, To Be Determined, In Development, or null when unknown. */
  status: string | null;
  premiered: string | null;
  ended: string | null;
}
