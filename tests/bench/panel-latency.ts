/**
 * How fast the panel answers, in the real built extension in Chromium, with the real host names
 * mapped to the local fixture server (no internet, so the network part is loopback-fast: real-world
 * cold lookups add TVmaze's and Google News' round trips on top).
 *
 *   npm run bench:panel -- [rounds]      (builds first; needs /usr/bin/chromium)
 *
 * Prints, per case, the median and spread of the time from starting the navigation to the
 * status badge showing a final status, and the cold/warm ratio. No assertions: the machines are
 * shared and noisy, so only medians and ratios are worth quoting.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../e2e/support/fixture-server';
import { launchExtension } from '../e2e/support/launch-extension';
import { clearCachedReports } from '../e2e/support/report-cache';

const rounds = Math.max(3, Number(process.argv[2] ?? 15) || 15);
const TITLES = ['81214929', '80057281', '81231974', '70178217', '80114855', '80994082'];

async function timeToStatus(page: Page, url: string): Promise<number> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const status = document
        .querySelector('showfate-panel')
        ?.shadowRoot?.querySelector('[data-testid="showfate-status"]');
      const value = status?.getAttribute('data-status');
      return value && value !== 'loading';
    },
    undefined,
    { timeout: 30_000, polling: 'raf' },
  );
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;

const server = await startFixtureServer();
const session = await launchExtension(server);
const page = await session.context.newPage();
const cold: number[] = [];
const warm: number[] = [];
try {
  // One warm-up visit, so the service worker and the page's first-paint costs are not in round 1.
  await timeToStatus(page, 'https://www.netflix.com/title/81214929');
  for (let round = 0; round < rounds; round += 1) {
    const url = `https://www.netflix.com/title/${TITLES[round % TITLES.length]}`;
    await clearCachedReports(session.worker);
    cold.push(await timeToStatus(page, url));
    warm.push(await timeToStatus(page, url));
  }
} finally {
  await session.close();
  await server.close();
}

const row = (values: number[]) => ({
  rounds: values.length,
  'median ms': median(values).toFixed(0),
  'p10 ms': quantile(values, 0.1).toFixed(0),
  'p90 ms': quantile(values, 0.9).toFixed(0),
});
console.log(`\nTime from navigation to the panel's final status (${rounds} rounds, Netflix title pages)`);
console.table({
  'cold (cache empty: TVmaze + Wikidata + Google News on loopback)': row(cold),
  'warm (cached report, no network)': row(warm),
});
console.log(`cold / warm median ratio: ${(median(cold) / median(warm)).toFixed(2)}×\n`);
