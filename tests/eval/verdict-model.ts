import type { HeadlineReading } from '../../utils/verdict/classify-headline';
import type { HeadlineVerdict } from '../../utils/verdict/types';

/**
 * An experiment, not shipped: a linear model over what the rules read in a headline (their own
 * call, the verdict phrases and whose they are, the words around the show's mention), trained on
 * the development part. Five-fold cross-validation by show (cross-validate-verdict.ts) found it no
 * better than the rules alone (0.820 against 0.828 after the rules were tuned, 0.796 against 0.795
 * before; more false "canceled" both times), so the extension
 * ships the rules only. Kept so the experiment can be rerun when the set grows.
 */

export const MODEL_VERDICTS = [
  'canceled',
  'renewed',
  'ending',
  'revived',
  'none',
] as const satisfies readonly HeadlineVerdict[];

export interface VerdictModel {
  /** Bumped when the features change: a model trained on other features must not be used. */
  featureVersion: number;
  verdicts: readonly HeadlineVerdict[];
  bias: number[];
  /** Feature name → one weight per verdict, in `verdicts` order. */
  weights: Record<string, number[]>;
}

export const FEATURE_VERSION = 1;

/** Words that carry no signal on their own; dropped from the word features. */
const STOPWORDS = new Set(
  'a an the of to in on at by for and or its it is are be has have with as from that this after'.split(' '),
);

/**
 * The features of one headline reading. Names are prefixed by kind so weights stay readable:
 * `rule:`, `phrase:`, `show:`, `w:` (word), `b:` (word pair), `near:` (words next to the show).
 */
export function headlineFeatures(reading: HeadlineReading): string[] {
  const features = new Set<string>(['bias']);
  features.add(`rule:${reading.rules.verdict}`);
  if (!reading.mentioned) features.add('show:absent');
  if (reading.roundUp) features.add('show:round-up');
  if (reading.speculative) features.add('show:speculative');
  for (const phrase of reading.phrases) features.add(`phrase:${phrase.verdict}${phrase.past ? ':past' : ''}`);
  for (const phrase of reading.aboutShow) features.add(`about:${phrase.verdict}${phrase.past ? ':past' : ''}`);
  if (reading.phrases.some((p) => p.verdict === 'canceled') && reading.phrases.some((p) => p.verdict !== 'canceled')) {
    features.add('phrase:mixed-with-canceled');
  }

  const words = tokens(reading.marked);
  const content = words.filter((word) => !STOPWORDS.has(word));
  for (const word of content) features.add(`w:${word}`);
  for (let i = 0; i + 1 < words.length; i++) features.add(`b:${words[i]} ${words[i + 1]}`);
  words.forEach((word, i) => {
    if (word !== 'SHOW') return;
    for (const offset of [-2, -1, 1, 2]) {
      const neighbour = words[i + offset];
      if (neighbour) features.add(`near:${offset}:${neighbour}`);
    }
  });
  return [...features];
}

/** Lower-case words; the show's mention as SHOW, another title as TITLE, numbers as N. */
function tokens(marked: string): string[] {
  return [
    ...marked
      .replace(/⟨show⟩/g, ' SHOW ')
      .replace(/⟨title⟩/g, ' TITLE ')
      .matchAll(/[\p{L}\p{N}']+|\?/gu),
  ].map(([word]) => (/^\d+$/.test(word) ? 'N' : word.replace(/'s$/, '').replace(/'/g, '')));
}

export interface ModelScores {
  verdict: HeadlineVerdict;
  /** Softmax probability per verdict. */
  probabilities: Record<HeadlineVerdict, number>;
}

export function scoreWithModel(model: VerdictModel, features: string[]): ModelScores {
  const sums = [...model.bias];
  for (const feature of features) {
    const weights = model.weights[feature];
    if (!weights) continue;
    for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] ?? 0) + (weights[k] ?? 0);
  }
  const max = Math.max(...sums);
  const exps = sums.map((sum) => Math.exp(sum - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const probabilities = Object.fromEntries(
    model.verdicts.map((verdict, k) => [verdict, (exps[k] ?? 0) / total]),
  ) as Record<HeadlineVerdict, number>;
  const best = sums.indexOf(max);
  return { verdict: model.verdicts[best] ?? 'none', probabilities };
}

/** The features that pushed hardest toward a verdict, for debugging ("which words decided"). */
export function explainVerdict(
  model: VerdictModel,
  features: string[],
  verdict: HeadlineVerdict,
  count = 6,
): Array<{ feature: string; weight: number }> {
  const k = model.verdicts.indexOf(verdict);
  return features
    .map((feature) => ({ feature, weight: model.weights[feature]?.[k] ?? 0 }))
    .filter(({ weight }) => weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, count);
}
