/**
 * How far two people reading the same page agree: the ceiling any classifier can be measured
 * against. Observed agreement and Cohen's kappa (agreement corrected for chance) between the first
 * labels and the blind second labels, next to the classifier's agreement with each.
 */
import { DECISIVE_VERDICTS } from '../../../utils/status/fate-status';
import { extractArticleFacts } from '../../../utils/verdict/article-facts';
import { classifyHeadline } from '../../../utils/verdict/classify-headline';
import { loadRealHeadlines, loadSecondLabels, type RealHeadline, type SecondLabel } from './real-headlines';

const VERDICTS = [...DECISIVE_VERDICTS, 'none'] as const;

export interface Agreement {
  pairs: number;
  /** Share of pairs that agree, 0–1. */
  observed: number;
  /** Cohen's kappa: 1 perfect, 0 what chance alone gives. */
  kappa: number;
}

export function agreement(pairs: readonly (readonly [string, string])[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { pairs: 0, observed: 0, kappa: 0 };
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const share = (side: 0 | 1, verdict: string) => pairs.filter((pair) => pair[side] === verdict).length / n;
  const expected = VERDICTS.reduce((sum, verdict) => sum + share(0, verdict) * share(1, verdict), 0);
  return { pairs: n, observed, kappa: expected === 1 ? 1 : (observed - expected) / (1 - expected) };
}

export interface PairedLabels {
  record: RealHeadline;
  second: SecondLabel;
}

/** Each second label with its development record; throws on a label whose record is gone. */
export function pairSecondLabels(): PairedLabels[] {
  const records = new Map(loadRealHeadlines('dev').map((record) => [`${record.url} ${record.show}`, record]));
  return loadSecondLabels().map((second) => {
    const record = records.get(`${second.url} ${second.show}`);
    if (!record) throw new Error(`second label without a development record: ${second.show} ${second.url}`);
    return { record, second };
  });
}

/** The table `npm run eval:agreement` prints. */
export function agreementTable(paired: PairedLabels[]): Record<string, Agreement> {
  const headlineOnly = paired.map(({ record }) => classifyHeadline(record.headline, record.show).verdict);
  const withLead = paired.map(
    ({ record }) => extractArticleFacts(`${record.headline}\n${record.lead}`, record.show).verdict,
  );
  const sure = paired.filter(({ second }) => second.confidence === 'sure');
  return {
    'first vs second, headline only': agreement(
      paired.map(({ record, second }) => [record.verdict, second.headlineOnly]),
    ),
    'first vs second, headline + lead': agreement(
      paired.map(({ record, second }) => [record.verdict, second.withLead]),
    ),
    'first vs second, headline + lead, second sure': agreement(
      sure.map(({ record, second }) => [record.verdict, second.withLead]),
    ),
    'classifier vs first, headline only': agreement(
      paired.map(({ record }, i) => [record.verdict, headlineOnly[i] ?? '']),
    ),
    'classifier vs second, headline only': agreement(
      paired.map(({ second }, i) => [second.headlineOnly, headlineOnly[i] ?? '']),
    ),
    'classifier vs first, headline + lead': agreement(
      paired.map(({ record }, i) => [record.verdict, withLead[i] ?? '']),
    ),
    'classifier vs second, headline + lead': agreement(
      paired.map(({ second }, i) => [second.withLead, withLead[i] ?? '']),
    ),
  };
}
