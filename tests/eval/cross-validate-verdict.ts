/**
 * Five-fold cross-validation of the learned second opinion on the development part only (folds
 * keep each show whole): the rules alone against the rules with the model deciding where they
 * found no verdict, at several confidence levels. How the model's confidence levels
 * (MODEL_CONFIDENCE) were chosen without looking at the held-out part.
 *
 *   npm run eval:verdict-cv
 */
import type { DecisiveVerdict } from '../../utils/status/fate-status';
import { MODEL_CONFIDENCE } from '../../utils/verdict/verdict-model';
import { loadRealHeadlines } from '../verdict/real/real-headlines';
import { crossValidate } from './verdict-training';

const items = loadRealHeadlines('dev');
const levels: Record<string, (verdict: DecisiveVerdict) => number> = {
  'rules alone': () => Number.POSITIVE_INFINITY,
};
for (const level of [0.5, 0.6, 0.7, 0.8, 0.9]) {
  levels[`model at ${level} (canceled ≥ 0.98)`] = (verdict) => (verdict === 'canceled' ? Math.max(level, 0.98) : level);
}
for (const canceled of [0.6, 0.9, 0.95]) {
  levels[`model at 0.6, canceled at ${canceled}`] = (verdict) => (verdict === 'canceled' ? canceled : 0.6);
}
levels['shipped levels (MODEL_CONFIDENCE)'] = (verdict) => MODEL_CONFIDENCE[verdict];

const results = crossValidate(items, Object.values(levels));
console.log(`${items.length} development headlines, five folds by show`);
console.table(
  Object.fromEntries(
    Object.keys(levels).map((label, i) => [
      label,
      {
        accuracy: results[i]?.accuracy.toFixed(3),
        'false canceled': results[i]?.falseCanceled,
        'model decided': results[i]?.modelDecided,
      },
    ]),
  ),
);
