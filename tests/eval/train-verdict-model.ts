/**
 * Trains the verdict model on the development part of the real-headline set and writes it where
 * the extension reads it (utils/verdict/verdict-model-data.ts). Deterministic (seeded): the unit
 * tests retrain it and fail when the file is stale.
 *
 *   npm run train:verdict
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VerdictModel } from '../../utils/verdict/verdict-model';
import { loadRealHeadlines } from '../verdict/real/real-headlines';
import { trainShippedModel } from './verdict-training';

const model = trainShippedModel(loadRealHeadlines('dev'));
const file = fileURLToPath(new URL('../../utils/verdict/verdict-model-data.ts', import.meta.url));
writeFileSync(file, modelModule(model));
console.log(`${Object.keys(model.weights).length} features → ${file}`);

/**
 * The model as a module exporting its JSON text, one feature a line (readable diffs). Text, not an
 * object: the service worker compiles a string at start-up for almost nothing and parses it on the
 * first classification (verdict-model.ts).
 */
function modelModule(trained: VerdictModel): string {
  const lines = [
    `"featureVersion": ${trained.featureVersion},`,
    `"verdicts": ${JSON.stringify(trained.verdicts)},`,
    `"bias": ${JSON.stringify(trained.bias)},`,
    '"weights": {',
    Object.entries(trained.weights)
      .map(([feature, weights]) => `${JSON.stringify(feature)}: ${JSON.stringify(weights)}`)
      .join(',\n'),
    '}',
  ];
  const json = `{\n${lines.join('\n')}\n}`;
  if (/[`\\]|\$\{/.test(json)) throw new Error('The model text would need escaping in a template literal');
  return [
    '// Written by `npm run train:verdict` (tests/eval/train-verdict-model.ts) from the development part',
    '// of the real-headline set. Do not edit: retrain. The unit tests retrain it and compare.',
    `export const VERDICT_MODEL_JSON = \`${json}\`;`,
    '',
  ].join('\n');
}
