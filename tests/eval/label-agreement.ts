/**
 * The labels' own ceiling: how often a blind second annotator agrees with the first labels on a
 * sample of the development part, from the headline alone and with the lead, and how the
 * classifier compares with each. `npm run eval:agreement`.
 */
import { agreementTable, pairSecondLabels } from '../verdict/real/label-agreement';

const paired = pairSecondLabels();
const table = agreementTable(paired);
console.log(
  `\nA blind second labeling of ${paired.length} development headlines (the held-out part is never relabeled)\n`,
);
console.table(
  Object.fromEntries(
    Object.entries(table).map(([name, { pairs, observed, kappa }]) => [
      name,
      { pairs, agreement: `${(observed * 100).toFixed(1)}%`, kappa: kappa.toFixed(3) },
    ]),
  ),
);
