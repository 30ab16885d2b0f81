import { describe, expect, it } from 'vitest';
import { extractArticleFacts } from '../../utils/verdict/article-facts';
import { classifyHeadline } from '../../utils/verdict/classify-headline';

/**
 * Hostile text must not stall the service worker: the verdict engine's work is bounded by the
 * size of what it reads, and what it reads is capped. Each case is 1 MB and must finish within
 * a second (the budget is generous on purpose: it fails on quadratic work, which took minutes
 * here at this size, not on a busy machine).
 */
const MEGABYTE = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE);

function elapsed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('verdict engine on 1 MB of hostile text', () => {
  const runOn = 'the show was canceled and renewed after it would not return and fans said the final season ';

  it('classifies a run-on headline in bounded time', () => {
    expect(elapsed(() => classifyHeadline(fill(runOn), 'The Show'))).toBeLessThan(1000);
    expect(elapsed(() => classifyHeadline(fill("'The Show' canceled, "), 'The Show'))).toBeLessThan(1000);
    expect(elapsed(() => classifyHeadline(fill("'a "), 'a'))).toBeLessThan(1000);
  });

  it('reads a run-on article, one with endless dated sentences, and one of quotes in bounded time', () => {
    expect(elapsed(() => extractArticleFacts(`The Show canceled\n${fill(runOn)}`, 'The Show'))).toBeLessThan(1000);
    const dated = fill('The series was canceled by Netflix on May 5, 2022, and renewed on June 1. ');
    expect(elapsed(() => extractArticleFacts(`The Show canceled\n${dated}`, 'The Show'))).toBeLessThan(1000);
    expect(elapsed(() => extractArticleFacts(`x\n${fill('"a" (b) ')}`, 'a'))).toBeLessThan(1000);
  });

  it('still reads the facts at the top of a huge article', () => {
    const facts = extractArticleFacts(
      `'The Show' Canceled at Netflix After One Season\nNetflix has canceled The Show.\n${fill(runOn)}`,
      'The Show',
    );
    expect(facts.verdict).toBe('canceled');
    expect(facts.network).toBe('Netflix');
  });
});
