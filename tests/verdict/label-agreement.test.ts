/**
 * The agreement arithmetic (checked on hand-counted pairs) and the second labeling's integrity:
 * every second label belongs to a development record, and none to the held-out part.
 */
import { describe, expect, it } from 'vitest';
import { agreement, pairSecondLabels } from './real/label-agreement';
import { loadRealHeadlines } from './real/real-headlines';

describe('agreement', () => {
  it('is 1 and kappa 1 when both sides say the same', () => {
    expect(
      agreement([
        ['canceled', 'canceled'],
        ['none', 'none'],
      ]),
    ).toEqual({ pairs: 2, observed: 1, kappa: 1 });
  });

  it("computes Cohen's kappa against chance", () => {
    // 10 pairs: 4 canceled/canceled, 4 none/none, 1 canceled/none, 1 none/canceled.
    // observed 0.8; each side says canceled half the time, so chance agreement is 0.5; kappa 0.6.
    const pairs: [string, string][] = [
      ...Array.from({ length: 4 }, (): [string, string] => ['canceled', 'canceled']),
      ...Array.from({ length: 4 }, (): [string, string] => ['none', 'none']),
      ['canceled', 'none'],
      ['none', 'canceled'],
    ];
    const result = agreement(pairs);
    expect(result.observed).toBeCloseTo(0.8);
    expect(result.kappa).toBeCloseTo(0.6);
  });

  it('is 0 for no pairs rather than NaN', () => {
    expect(agreement([])).toEqual({ pairs: 0, observed: 0, kappa: 0 });
  });
});

describe('the second labeling', () => {
  const paired = pairSecondLabels();

  it('covers 240 development records, each once, none of the held-out part', () => {
    expect(paired).toHaveLength(240);
    const keys = new Set(paired.map(({ record }) => `${record.url} ${record.show}`));
    expect(keys.size).toBe(240);
    const heldOut = new Set(loadRealHeadlines('held-out').map((record) => record.url));
    expect(paired.filter(({ record }) => heldOut.has(record.url))).toEqual([]);
  });
});
