/**
 * Scores and times the headline classifier on the labeled set, without assertions
 * (the pass/fail thresholds live in tests/verdict/classify-headline.test.ts).
 *
 *   npm run bench:classifier -- [rounds]
 *
 * Prints the confusion matrix, precision and recall per class, the misses, and the median
 * time per classification over several timed rounds (after one warm-up round).
 */
import { performance } from 'node:perf_hooks';
import { classifyHeadline } from '../../utils/verdict/classify-headline';
import { confusionRows, describeOutcome, evaluate, percent, precisionRecallRows } from '../verdict/headline-evaluation';
import { HEADLINE_SET } from '../verdict/headline-set';
import { loadRealHeadlines } from '../verdict/real/real-headlines';

const rounds = Math.max(1, Number(process.argv[2] ?? 9) || 9);

const evaluation = evaluate(HEADLINE_SET, classifyHeadline);

console.log(`\nLabeled headlines: ${HEADLINE_SET.length}`);
console.log('\nConfusion matrix (rows: labeled, columns: predicted)');
console.table(confusionRows(evaluation));

console.log('Per class');
console.table(precisionRecallRows(evaluation));
console.log(`Verdict accuracy: ${percent(evaluation.accuracy)}`);
console.log(`Season accuracy:  ${percent(evaluation.seasonAccuracy)}`);
console.log(`False "canceled": ${evaluation.falseCanceled.length}`);
if (evaluation.misses.length > 0) {
  console.log(`\nMisses (${evaluation.misses.length}):`);
  for (const miss of evaluation.misses) console.log(`  ${describeOutcome(miss)}`);
}

/** The timed material: our own set and the real development headlines (longer, messier). */
const TIMED = [...HEADLINE_SET, ...loadRealHeadlines('dev')];

/** Time of one pass over the whole set, per classification, in microseconds. */
function timeRound(): number {
  const start = performance.now();
  for (const { headline, show } of TIMED) classifyHeadline(headline, show);
  return ((performance.now() - start) * 1000) / TIMED.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

timeRound(); // warm-up: let the JIT compile the regexes and hot paths before measuring
const timings = Array.from({ length: rounds }, timeRound);

console.log(`\nTime per classification (${rounds} rounds of ${TIMED.length} headlines, ours and real)`);
console.table([
  ...timings.map((micros, i) => ({ round: String(i + 1), 'µs per headline': micros.toFixed(1) })),
  { round: 'median', 'µs per headline': median(timings).toFixed(1) },
]);
