import type { DecisiveVerdict } from '../status/fate-status';
import type { HeadlineReading } from './classify-headline';
import { TITLE } from './show-mentions';
import type { HeadlineVerdict } from './types';
// The model's text, parsed on first use: compiling a string costs the service worker's start-up
// almost nothing, where the parsed object cost it ~12 ms on every start (npm run bench:extension).
import { VERDICT_MODEL_JSON } from './verdict-model-data';

/**
 * The learned second opinion on a headline: a linear model (multinomial logistic regression) over
 * what the rules read in it (their own call, the verdict phrases and whose they are) and its words
 * (single words, word pairs, the words next to the show), trained on the development part of the
 * real-headline set (tests/verdict/real) by `npm run train:verdict` and shipped as data
 * (verdict-model-data.ts). Deterministic: the test suite retrains it and compares.
 *
 * The rules decide first. The model speaks only where they found no verdict, and only when it is
 * sure (MODEL_CONFIDENCE; a cancellation, the costly mistake, needs more): chosen by five-fold
 * cross-validation by show on the development part (tests/eval/cross-validate-verdict.ts).
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

export const FEATURE_VERSION = 3;

/** How sure the model must be to give a verdict the rules did not find. */
export const MODEL_CONFIDENCE: Record<DecisiveVerdict, number> = {
  // As sure as this, its cancellations add almost no false "canceled" in cross-validation (2 in 3,673; 8 at 90%).
  canceled: 0.98,
  renewed: 0.6,
  ending: 0.6,
  revived: 0.6,
};

/** Words that carry no signal on their own; dropped from the word features. */
const STOPWORDS = new Set(
  'a an the of to in on at by for and or its it is are be has have with as from that this after'.split(' '),
);

/**
 * The features of one headline reading. Names are prefixed by kind so weights stay readable:
 * `rule:`, `phrase:`, `show:`, `w:` (word), `s:` (its stem), `b:` (word pair), `near:` (words next to
 * the show).
 */
export function headlineFeatures(reading: HeadlineReading): string[] {
  const features = new Set<string>(['bias']);
  features.add(`rule:${reading.rules.verdict}`);
  if (!reading.mentioned) features.add('show:absent');
  if (reading.standIn !== null) features.add('show:described');
  if (reading.hedged) features.add('show:hedged');
  if (reading.roundUp) features.add('show:round-up');
  if (reading.speculative) features.add('show:speculative');
  for (const phrase of reading.phrases) features.add(`phrase:${phrase.verdict}${phrase.past ? ':past' : ''}`);
  for (const phrase of reading.aboutShow) features.add(`about:${phrase.verdict}${phrase.past ? ':past' : ''}`);
  if (reading.phrases.some((p) => p.verdict === 'canceled') && reading.phrases.some((p) => p.verdict !== 'canceled')) {
    features.add('phrase:mixed-with-canceled');
  }

  const words = tokens(reading.marked);
  const content = words.filter((word) => !STOPWORDS.has(word));
  for (const word of content) {
    features.add(`w:${word}`);
    features.add(`s:${stemOf(word)}`);
  }
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

/**
 * A word's crude stem, so forms seen apart count together ("cancels", "cancelled", "cancellation"
 * → "cancel"; "renewals", "renewed" → "renew"). Cross-validated: +0.4 points over words alone.
 */
function stemOf(word: string): string {
  return word
    .replace(/^cancell/, 'cancel')
    .replace(/(?:ations?|ing|ed|es|s)$/, '')
    .replace(/(.)\1$/, '$1');
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

let shipped: VerdictModel | null = null;

/** The model shipped with the extension (verdict-model-data.ts, written by `npm run train:verdict`). */
export function shippedModel(): VerdictModel {
  shipped ??= JSON.parse(VERDICT_MODEL_JSON) as VerdictModel;
  return shipped;
}

export interface ModelOpinion {
  verdict: DecisiveVerdict;
  /** The model's probability for that verdict (at least its MODEL_CONFIDENCE). */
  probability: number;
  /** The headline's words that pushed hardest toward it, strongest first ("axed", "after one"). */
  words: string[];
}

/**
 * The model's verdict for a headline the rules read, when it is sure enough (`confidence`, the
 * shipped levels unless cross-validation tries others); null otherwise, or when the model was
 * trained on other features than these.
 */
export function modelOpinion(
  reading: HeadlineReading,
  model: VerdictModel = shippedModel(),
  confidence: (verdict: DecisiveVerdict) => number = (verdict) => MODEL_CONFIDENCE[verdict],
): ModelOpinion | null {
  if (model.featureVersion !== FEATURE_VERSION || !modelMaySpeak(reading)) return null;
  const features = headlineFeatures(reading);
  const { verdict, probabilities } = scoreWithModel(model, features);
  if (verdict === 'none') return null;
  const probability = probabilities[verdict];
  if (probability < confidence(verdict)) return null;
  if (verdict === 'canceled' && !modelMayCancel(reading)) return null;
  return { verdict, probability, words: decidingWords(model, reading, features, verdict) };
}

/**
 * Whether the model may read a cancellation the rules did not, the costly mistake: not where the
 * rules found one and gave it to another title ("The CW cancels A, keeps SHOW"), nor beside other
 * verdicts ("Fox: Renewed, Axed and Picked Up": which one is the show's, the rules would have told).
 */
export function modelMayCancel(reading: HeadlineReading): boolean {
  if (reading.mentioned && reading.phrases.length > 0 && reading.aboutShow.length === 0) return false;
  return !reading.phrases.some((phrase) => phrase.verdict !== 'canceled');
}

/**
 * Whether the model may judge this headline at all: not one that names another title but not the
 * show ("Netflix Cancels 'Kaos'" found for "The Imperfects"), nor one with a namesake of the show
 * ("Chicago Fire renewed" found for "Chicago Med"); their verdicts are the other show's. Nor one
 * whose verdict the rules found denied.
 * (Cross-validated: about the same accuracy, and no such false verdicts.)
 */
export function modelMaySpeak(reading: HeadlineReading): boolean {
  // A denial is the rules' to read: "Season 4 Won't Be the Final Season" is not an ending.
  if (reading.denied) return false;
  // A question or a forecast about the show ("Is X renewed for season 4?") is the rules' to read:
  // they give it no verdict, and a page's answer is not in its headline. (Cross-validated: the
  // same accuracy, 28 fewer guesses.)
  if (reading.speculative) return false;
  return reading.mentioned || (!reading.marked.includes(TITLE) && !reading.namesakeOnly);
}

/**
 * The headline's own words behind the strongest pushes toward the verdict, in headline order: the
 * words and word pairs among the `count` word features that weighed most, each run of adjacent
 * words kept together ("earns a second", "is officially"). Markers and numbers stay out.
 */
function decidingWords(
  model: VerdictModel,
  reading: HeadlineReading,
  features: string[],
  verdict: HeadlineVerdict,
  count = 4,
): string[] {
  const strongest = explainVerdict(model, features, verdict, features.length)
    .filter(({ feature, weight }) => weight > 0 && /^[wbs]:/.test(feature))
    .slice(0, count)
    .map(({ feature }) => ({ stemmed: feature.startsWith('s:'), phrase: feature.slice(2).split(' ') }));
  const words = tokens(reading.marked);
  const chosen = new Set<number>();
  for (const { stemmed, phrase } of strongest) {
    for (let i = 0; i < words.length; i++) {
      const wordAt = (k: number) => (stemmed ? stemOf(words[i + k] ?? '') : words[i + k]);
      if (!phrase.every((word, k) => wordAt(k) === word)) continue;
      for (let k = 0; k < phrase.length; k++) chosen.add(i + k);
    }
  }
  // A one-word gap between chosen words reads better filled: "earns a second", not "earns … second".
  for (let i = 1; i + 1 < words.length; i++) {
    if (chosen.has(i - 1) && chosen.has(i + 1) && !/^(?:SHOW|TITLE)$/.test(words[i] ?? '')) chosen.add(i);
  }
  const runs: string[][] = [];
  words.forEach((word, i) => {
    if (!chosen.has(i) || /^(?:SHOW|TITLE|N)$/.test(word)) return;
    const last = runs.at(-1);
    if (last && chosen.has(i - 1) && !/^(?:SHOW|TITLE|N)$/.test(words[i - 1] ?? '')) last.push(word);
    else runs.push([word]);
  });
  return runs.filter((run) => run.some((word) => !STOPWORDS.has(word))).map((run) => run.join(' '));
}
