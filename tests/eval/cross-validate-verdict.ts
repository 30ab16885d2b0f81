/**
 * Five-fold cross-validation of the learned verdict model on the development part only (folds
 * keep each show whole), against the rules alone: how the model choice and its settings were
 * made without looking at the held-out part.
 *
 *   npx tsx tests/eval/cross-validate-verdict.ts [epochs] [l2] [minCount]
 */
import { readHeadline } from '../../utils/verdict/classify-headline';
import { loadRealHeadlines } from '../verdict/real/real-headlines';
import { headlineFeatures, scoreWithModel } from './verdict-model';
import { DEFAULT_TRAINING, type Example, trainModel } from './verdict-training';

const [epochs, l2, minCount] = process.argv.slice(2).map(Number);
const options = {
  ...DEFAULT_TRAINING,
  ...(epochs ? { epochs } : {}),
  ...(l2 !== undefined && !Number.isNaN(l2) ? { l2 } : {}),
  ...(minCount ? { minCount } : {}),
};
const items = loadRealHeadlines('dev');
const fold = (show: string) => [...show.toLowerCase()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 5;

let ruleRight = 0;
let modelRight = 0;
let modelFalseCanceled = 0;
let ruleFalseCanceled = 0;
for (let k = 0; k < 5; k++) {
  const train: Example[] = items
    .filter((item) => fold(item.show) !== k)
    .map((item) => ({ features: headlineFeatures(readHeadline(item.headline, item.show)), verdict: item.verdict }));
  const model = trainModel(train, options);
  for (const item of items.filter((it) => fold(it.show) === k)) {
    const reading = readHeadline(item.headline, item.show);
    const rule = reading.rules.verdict;
    const learned = reading.mentioned ? scoreWithModel(model, headlineFeatures(reading)).verdict : 'none';
    if (rule === item.verdict) ruleRight++;
    if (learned === item.verdict) modelRight++;
    if (rule === 'canceled' && item.verdict !== 'canceled') ruleFalseCanceled++;
    if (learned === 'canceled' && item.verdict !== 'canceled') modelFalseCanceled++;
  }
}
console.table({
  rules: { accuracy: (ruleRight / items.length).toFixed(3), 'false canceled': ruleFalseCanceled },
  'rules + model': { accuracy: (modelRight / items.length).toFixed(3), 'false canceled': modelFalseCanceled },
});
console.log(JSON.stringify(options));
