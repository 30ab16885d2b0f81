import type { DecisiveVerdict } from '../../utils/status/fate-status';
import { readHeadline } from '../../utils/verdict/classify-headline';
import type { HeadlineVerdict } from '../../utils/verdict/types';
import {
  FEATURE_VERSION,
  headlineFeatures,
  MODEL_VERDICTS,
  modelOpinion,
  type VerdictModel,
} from '../../utils/verdict/verdict-model';
import { seededRandom } from '../support/seeded-random';

/**
 * Multinomial logistic regression (softmax) with L2, trained by seeded stochastic gradient
 * descent: deterministic, so the shipped model can be re-derived from the development part.
 */

export interface Example {
  features: string[];
  verdict: HeadlineVerdict;
  weight?: number;
  /** The show the headline was collected for: a word must be seen with `minCount` shows to count. */
  show?: string;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Word features seen with fewer shows than this are dropped (rule and phrase features always stay). */
  minCount: number;
  seed: number;
  /** Features whose largest weight is smaller than this are left out of the model. */
  minWeight: number;
  /** Weights are rounded to this many decimals (the shipped file's size). */
  decimals: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 30,
  learningRate: 0.1,
  l2: 1e-3,
  minCount: 2,
  seed: 7,
  minWeight: 0.05,
  decimals: 2,
};

export function toExample(headline: string, show: string, verdict: HeadlineVerdict, weight = 1): Example {
  return { features: headlineFeatures(readHeadline(headline, show)), verdict, weight, show };
}

const ALWAYS_KEPT = /^(?:bias|rule:|phrase:|about:|show:)/;

export function trainModel(examples: Example[], options: TrainingOptions = DEFAULT_TRAINING): VerdictModel {
  const classes = MODEL_VERDICTS.length;
  // Counted by show, not by headline: a word seen only in one show's headlines (its name, its
  // network's slogan) is that show's, and would teach the model nothing about the next show.
  const shows = new Map<string, Set<string>>();
  examples.forEach(({ features, show }, i) => {
    for (const f of features) {
      const seen = shows.get(f) ?? new Set<string>();
      seen.add(show ?? String(i));
      shows.set(f, seen);
    }
  });
  const kept = (f: string) => ALWAYS_KEPT.test(f) || (shows.get(f)?.size ?? 0) >= options.minCount;

  const weights = new Map<string, number[]>();
  const bias = new Array<number>(classes).fill(0);
  const next = seededRandom(options.seed);
  const order = examples.map((_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (const index of order) {
      const example = examples[index] as Example;
      const features = example.features.filter(kept);
      const sums = [...bias];
      for (const f of features) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < classes; k++) sums[k] = (sums[k] ?? 0) + (w[k] ?? 0);
      }
      const max = Math.max(...sums);
      const exps = sums.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const target = MODEL_VERDICTS.indexOf(example.verdict as (typeof MODEL_VERDICTS)[number]);
      const scale = rate * (example.weight ?? 1);
      for (let k = 0; k < classes; k++) {
        const gradient = (exps[k] ?? 0) / total - (k === target ? 1 : 0);
        bias[k] = (bias[k] ?? 0) - scale * gradient;
        for (const f of features) {
          let w = weights.get(f);
          if (!w) {
            w = new Array<number>(classes).fill(0);
            weights.set(f, w);
          }
          w[k] = (w[k] ?? 0) - scale * (gradient + options.l2 * (w[k] ?? 0));
        }
      }
    }
  }

  const scale = 10 ** options.decimals;
  const round = (x: number) => Math.round(x * scale) / scale;
  const rounded: Record<string, number[]> = {};
  for (const [feature, w] of [...weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (feature === 'bias') continue;
    if (Math.max(...w.map(Math.abs)) < options.minWeight) continue;
    rounded[feature] = w.map(round);
  }
  const biasWithFeature = bias.map((b, k) => round(b + (weights.get('bias')?.[k] ?? 0)));
  return { featureVersion: FEATURE_VERSION, verdicts: MODEL_VERDICTS, bias: biasWithFeature, weights: rounded };
}

/** The shipped model: trained with the default options on the whole development part. */
export function trainShippedModel(items: Array<{ headline: string; show: string; verdict: HeadlineVerdict }>) {
  return trainModel(items.map((item) => toExample(item.headline, item.show, item.verdict)));
}

export interface CrossValidation {
  accuracy: number;
  falseCanceled: number;
  /** Headlines the model decided (the rules had no verdict). */
  modelDecided: number;
}

/**
 * Five-fold cross-validation by show (each show's headlines all in one fold) of the rules with the
 * model as their second opinion, at the given confidence per verdict (Infinity: rules alone).
 */
export function crossValidate(
  items: Array<{ headline: string; show: string; verdict: HeadlineVerdict }>,
  levels: Array<(verdict: DecisiveVerdict) => number>,
  options: TrainingOptions = DEFAULT_TRAINING,
): CrossValidation[] {
  const fold = (show: string) => [...show.toLowerCase()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;
  const readings = items.map((item) => readHeadline(item.headline, item.show));
  const features = readings.map((reading) => headlineFeatures(reading));
  const models = [0, 1, 2, 3, 4].map((k) =>
    trainModel(
      items.flatMap((item, i): Example[] =>
        fold(item.show) === k ? [] : [{ features: features[i] as string[], verdict: item.verdict, show: item.show }],
      ),
      options,
    ),
  );
  return levels.map((confidence) => {
    const result: CrossValidation = { accuracy: 0, falseCanceled: 0, modelDecided: 0 };
    items.forEach((item, i) => {
      const reading = readings[i];
      const model = models[fold(item.show)];
      if (!reading || !model) return;
      let verdict = reading.rules.verdict;
      if (verdict === 'none') {
        const opinion = modelOpinion(reading, model, confidence);
        if (opinion !== null) {
          verdict = opinion.verdict;
          result.modelDecided++;
        }
      }
      if (verdict === item.verdict) result.accuracy++;
      if (verdict === 'canceled' && item.verdict !== 'canceled') result.falseCanceled++;
    });
    result.accuracy /= items.length;
    return result;
  });
}
