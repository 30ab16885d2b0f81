import type { HeadlineReading } from './classify-headline';
import type { HeadlineVerdict } from './types';

/**
 * A linear model over what the rules read in a headline: their own call, the verdict phrases
 * and whose they are, and the words around the show's mention. Trained at build time from the
 * development part of the real-headline set (tests/eval/train-verdict-model.ts) and shipped as
 * data (headline-model.json): a weight per feature and verdict, summed, highest wins.
 *
 * The rules know phrasing; the weights learn how much each reading is worth on real news
 * (which phrases mislead, which contexts a cancellation word appears in without being one).
 */

export const MODEL_VERDICTS = ['canceled', 'renewed', 'ending', 'revived', 'none'] as const satisfies readonly HeadlineVerdict[];

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
  return [...marked.replace(/⟨show⟩/g, ' SHOW ').replace(/⟨title⟩/g, ' TITLE ').matchAll(/[\p{L}\p{N}']+|\?/gu)].map(
    ([word]) => (/^\d+$/.test(word) ? 'N' : word.replace(/'s$/, '').replace(/'/g, '')),
  );
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
