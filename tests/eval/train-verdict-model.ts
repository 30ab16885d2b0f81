/**
 * Trains the verdict model on the development part of the real-headline set and writes it where
 * the extension reads it (utils/verdict/verdict-model.json). Deterministic (seeded): the unit
 * tests retrain it and fail when the file is stale.
 *
 *   npm run train:verdict
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRealHeadlines } from '../verdict/real/real-headlines';
import { trainShippedModel } from './verdict-training';

const model = trainShippedModel(loadRealHeadlines('dev'));
const file = fileURLToPath(new URL('../../utils/verdict/verdict-model.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(model)}\n`);
console.log(`${Object.keys(model.weights).length} features → ${file}`);
