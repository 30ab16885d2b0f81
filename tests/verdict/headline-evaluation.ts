import { HEADLINE_VERDICTS, type HeadlineClassification, type HeadlineVerdict } from '../../utils/verdict/types';
import type { LabeledHeadline } from './headline-set';

/** Scores a classifier on the labeled set: shared by the evaluation test and scripts/bench-classifier.ts. */

export const VERDICTS = HEADLINE_VERDICTS;

export interface Outcome {
  item: LabeledHeadline;
  got: HeadlineClassification;
}

export interface ClassScore {
  verdict: HeadlineVerdict;
  labeled: number;
  predicted: number;
  correct: number;
  /** Correct among those labeled with this verdict (the per-class accuracy). */
  recall: number;
  /** Correct among those predicted as this verdict. */
  precision: number;
}

export interface Evaluation {
  outcomes: Outcome[];
  accuracy: number;
  seasonAccuracy: number;
  perClass: ClassScore[];
  /** confusion[labeled][predicted] = count */
  confusion: Record<HeadlineVerdict, Record<HeadlineVerdict, number>>;
  /** Predicted canceled, labeled anything else: the mistake that hurts users most. */
  falseCanceled: Outcome[];
  misses: Outcome[];
}

export function evaluate(
  set: LabeledHeadline[],
  classify: (headline: string, show: string) => HeadlineClassification,
): Evaluation {
  const outcomes = set.map((item) => ({ item, got: classify(item.headline, item.show) }));
  const confusion = Object.fromEntries(
    VERDICTS.map((labeled) => [labeled, Object.fromEntries(VERDICTS.map((predicted) => [predicted, 0]))]),
  ) as Record<HeadlineVerdict, Record<HeadlineVerdict, number>>;
  for (const { item, got } of outcomes) confusion[item.verdict][got.verdict]++;

  const perClass = VERDICTS.map((verdict): ClassScore => {
    const labeled = outcomes.filter(({ item }) => item.verdict === verdict).length;
    const predicted = outcomes.filter(({ got }) => got.verdict === verdict).length;
    const correct = confusion[verdict][verdict];
    return {
      verdict,
      labeled,
      predicted,
      correct,
      recall: labeled ? correct / labeled : 1,
      precision: predicted ? correct / predicted : 1,
    };
  });
  const correct = outcomes.filter(({ item, got }) => item.verdict === got.verdict).length;
  const seasonCorrect = outcomes.filter(({ item, got }) => item.season === got.season).length;

  return {
    outcomes,
    accuracy: correct / outcomes.length,
    seasonAccuracy: seasonCorrect / outcomes.length,
    perClass,
    confusion,
    falseCanceled: outcomes.filter(({ item, got }) => got.verdict === 'canceled' && item.verdict !== 'canceled'),
    misses: outcomes.filter(({ item, got }) => item.verdict !== got.verdict || item.season !== got.season),
  };
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Rows for console.table: one per class, then the total. */
export function perClassRows(evaluation: Evaluation): Array<Record<string, string | number>> {
  return [
    ...evaluation.perClass.map((score) => ({
      class: score.verdict,
      labeled: score.labeled,
      correct: score.correct,
      accuracy: percent(score.recall),
      precision: percent(score.precision),
    })),
    {
      class: 'all',
      labeled: evaluation.outcomes.length,
      correct: evaluation.outcomes.filter(({ item, got }) => item.verdict === got.verdict).length,
      accuracy: percent(evaluation.accuracy),
      precision: '',
    },
  ];
}

export function describeOutcome({ item, got }: Outcome): string {
  return `want ${item.verdict}/${item.season} got ${got.verdict}/${got.season} — [${item.show}] ${item.headline}`;
}

/** The confusion matrix (rows: labeled, columns: predicted), for console.table. */
export function confusionRows(evaluation: Evaluation): Record<string, Record<string, number>> {
  return Object.fromEntries(
    VERDICTS.map((labeled) => [
      labeled,
      Object.fromEntries(VERDICTS.map((predicted) => [predicted, evaluation.confusion[labeled][predicted]])),
    ]),
  );
}

/** Precision and recall per class, for console.table. */
export function precisionRecallRows(evaluation: Evaluation): Record<string, Record<string, string | number>> {
  return Object.fromEntries(
    evaluation.perClass.map((score) => [
      score.verdict,
      {
        labeled: score.labeled,
        predicted: score.predicted,
        correct: score.correct,
        precision: percent(score.precision),
        recall: percent(score.recall),
      },
    ]),
  );
}
