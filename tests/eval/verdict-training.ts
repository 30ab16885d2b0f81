import { readHeadline } from '../../utils/verdict/classify-headline';
import type { HeadlineVerdict } from '../../utils/verdict/types';
import { seededRandom } from '../support/seeded-random';
import { FEATURE_VERSION, headlineFeatures, MODEL_VERDICTS, type VerdictModel } from './verdict-model';

/**
 * Multinomial logistic regression (softmax) with L2, trained by seeded stochastic gradient
 * descent: deterministic, so the shipped model can be re-derived from the development part.
 */

export interface Example {
  features: string[];
  verdict: HeadlineVerdict;
  weight?: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Word features seen fewer times than this are dropped (rule and phrase features always stay). */
  minCount: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 40, learningRate: 0.1, l2: 1e-3, minCount: 2, seed: 7 };

export function toExample(headline: string, show: string, verdict: HeadlineVerdict, weight = 1): Example {
  return { features: headlineFeatures(readHeadline(headline, show)), verdict, weight };
}

const ALWAYS_KEPT = /^(?:bias|rule:|phrase:|about:|show:)/;

export function trainModel(examples: Example[], options: TrainingOptions = DEFAULT_TRAINING): VerdictModel {
  const classes = MODEL_VERDICTS.length;
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = (f: string) => ALWAYS_KEPT.test(f) || (counts.get(f) ?? 0) >= options.minCount;

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

  const rounded: Record<string, number[]> = {};
  for (const [feature, w] of [...weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (feature === 'bias') continue;
    if (Math.max(...w.map(Math.abs)) < 0.02) continue;
    rounded[feature] = w.map((x) => Math.round(x * 1000) / 1000);
  }
  const biasWithFeature = bias.map((b, k) => Math.round((b + (weights.get('bias')?.[k] ?? 0)) * 1000) / 1000);
  return { featureVersion: FEATURE_VERSION, verdicts: MODEL_VERDICTS, bias: biasWithFeature, weights: rounded };
}
