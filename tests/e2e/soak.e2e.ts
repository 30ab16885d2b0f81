/**
 * Soak (issue 11): one single-page app (Netflix's browse page and its detail modal) driven through
 * 200 show changes while TVmaze, Wikidata and Google News fail at random (seeded: the same run every
 * time): timeouts, 500s, 429s, truncated bodies, garbage, slow answers. At the end there must be
 * exactly one panel with the last show's right status, no error in the page's console, and the
 * page's JS heap and event-listener counts (from the DevTools protocol) must not have grown without
 * bound. Prints a table of the faults injected and the states the panel showed.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../support/seeded-random';
import { useExtensionEnvironment } from './support/environment';
import type { Fault } from './support/fixture-server';
import { SHOWS } from './support/fixture-world';
import { statusOf } from './support/panel';
import { clearCachedReports } from './support/report-cache';

const SEED = 20261130;
const STEPS = 200;
const FAULT_HOSTS = new Set(['api.tvmaze.com', 'news.google.com', 'query.wikidata.org']);
/** The last show: never visited before the end, so its report can't be one built during a fault. */
const FINAL = { name: 'Wednesday', status: 'renewed' };

/** Cumulative odds per request to a source: about a third of the requests go wrong. */
function pickFault(random: () => number): Fault | null {
  const roll = random();
  if (roll < 0.02) return { kind: 'timeout', ms: 9_000 };
  if (roll < 0.1) return { kind: 'status', status: 500 };
  if (roll < 0.16) return { kind: 'status', status: 429, headers: { 'retry-after': '1' } };
  if (roll < 0.21) return { kind: 'truncated' };
  if (roll < 0.26) return { kind: 'garbage' };
  if (roll < 0.36) return { kind: 'delay', ms: 200 + Math.floor(random() * 1_300) };
  return null;
}

const faultName = (fault: Fault) => (fault.kind === 'status' ? `http ${fault.status}` : fault.kind);

const env = useExtensionEnvironment({ checkConsoleErrors: true });

interface PageMetrics {
  heapUsedMb: number;
  listeners: number;
  nodes: number;
}

async function metricsAfterGc(cdp: CDPSession): Promise<PageMetrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return {
    heapUsedMb: Math.round((value('JSHeapUsedSize') / 1_048_576) * 10) / 10,
    listeners: value('JSEventListeners'),
    nodes: value('Nodes'),
  };
}

/** Opens a show's detail modal as Netflix does: pushState, then the modal renders. */
function openModal(page: Page, netflixId: string): Promise<void> {
  return page.evaluate((id) => {
    history.pushState({}, '', `/browse?jbv=${id}`);
    (window as unknown as { renderModal(): void }).renderModal();
  }, netflixId);
}

describe('soak: 200 show changes on one page while the sources fail at random', () => {
  it('ends with one panel showing the last show’s status, no console errors, bounded memory', async () => {
    const random = seededRandom(SEED);
    const faults = new Map<string, number>();
    let requests = 0;
    env.server.intercept = ({ host }) => {
      if (!FAULT_HOSTS.has(host)) return null;
      requests += 1;
      const fault = pickFault(random);
      if (fault) {
        const key = `${faultName(fault)} @ ${host}`;
        faults.set(key, (faults.get(key) ?? 0) + 1);
      }
      return fault;
    };

    const page = await env.session.context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`);
    });
    await page.goto('https://www.netflix.com/browse');
    const cdp = await env.session.context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const candidates = SHOWS.filter((show) => show.netflixId && show.name !== FINAL.name);
    const final = SHOWS.find((show) => show.name === FINAL.name);
    if (!final?.netflixId) throw new Error('the final show has no Netflix id');
    const statesSeen = new Map<string, number>();
    const metrics: { after: string; metrics: PageMetrics }[] = [];
    const started = Date.now();

    for (let step = 1; step < STEPS; step += 1) {
      const show = candidates[Math.floor(random() * candidates.length)];
      await openModal(page, show?.netflixId ?? '');
      await page.waitForTimeout(120 + Math.floor(random() * 300));
      const status = (await statusOf(page)) ?? 'no panel';
      statesSeen.set(status, (statesSeen.get(status) ?? 0) + 1);
      // Every so often the cache is emptied, so the lookups (and the faults) keep coming.
      if (step % 15 === 0) await clearCachedReports(env.session.worker);
      if (step === 20) metrics.push({ after: `${step} changes (warm)`, metrics: await metricsAfterGc(cdp) });
      if (step === 110) metrics.push({ after: `${step} changes`, metrics: await metricsAfterGc(cdp) });
    }

    // The 200th change: the sources answer again, and the page settles on the final show.
    env.server.intercept = null;
    await openModal(page, final.netflixId);
    await expect.poll(() => statusOf(page), { timeout: 30_000 }).toBe(FINAL.status);
    // It stays so (no late answer of an older lookup repaints the panel).
    await page.waitForTimeout(1_500);
    expect(await statusOf(page)).toBe(FINAL.status);
    expect(await page.locator('showfate-panel').count()).toBe(1);
    expect(await page.locator('showfate-panel [data-testid="showfate-title"]').textContent()).toBe(FINAL.name);
    metrics.push({ after: `${STEPS} changes`, metrics: await metricsAfterGc(cdp) });
    const seconds = Math.round((Date.now() - started) / 1000);

    console.log(`\nSoak: ${STEPS} show changes in ${seconds} s, ${requests} source requests, seed ${SEED}`);
    console.table(
      Object.fromEntries(
        [...faults.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([fault, count]) => [fault, { count }]),
      ),
    );
    console.table(
      Object.fromEntries([...statesSeen.entries()].map(([state, count]) => [state, { 'times seen': count }])),
    );
    console.table(Object.fromEntries(metrics.map(({ after, metrics: m }) => [after, m])));

    expect(consoleErrors).toEqual([]);
    const injected = [...faults.values()].reduce((sum, count) => sum + count, 0);
    expect(injected).toBeGreaterThan(10);
    const [warm, , end] = metrics.map((entry) => entry.metrics);
    if (!warm || !end) throw new Error('metrics missing');
    // Bounded: after 180 more changes, the heap may breathe but not keep what each change made.
    expect(end.heapUsedMb).toBeLessThan(warm.heapUsedMb * 1.5 + 3);
    expect(end.listeners).toBeLessThanOrEqual(warm.listeners + 25);
    expect(end.nodes).toBeLessThan(warm.nodes * 1.5 + 300);
  }, 150_000);
});
