/**
 * ShowFate's own cost in a real browser (issue 12): the built extension in Debian's Chromium, every
 * real host mapped to the local fixture server (tests/e2e/support), the data sources slowed to a
 * chosen latency. No assertions: the machines are shared and noisy, so it prints medians, spreads
 * and ratios, and writes them all as JSON.
 *
 *   npm run bench:extension -- [--rounds 9] [--latencies 0,50,300] [--heavy-rounds 5] [--out file.json]
 *                               [--only status,tabs,heavy,worker,indexeddb]
 *
 * What it measures:
 * 1. title readable → status shown, in the page's own clock: the bench's copies of the fixture pages
 *    mark `sf:title-readable` when the title enters the DOM, and a page observer stamps the moment the
 *    panel's `data-status` leaves "loading". Cold (cache emptied), warm (cached), and after an in-app
 *    navigation (Netflix's detail modal, opened from the home page), at each latency.
 * 2. main-thread cost on a heavy page (500 title cards, 25 of them rewritten every 100 ms): Chromium's
 *    Performance metrics (script, task and layout time, layouts) and long tasks, with the extension
 *    and without it, on the home page (no show) and with a show's modal open.
 * 3. bytes per entrypoint, raw and gzipped; the service worker's start-up from a stopped worker.
 * 4. requests per show, cold and warm, and for 10 tabs opening the same cold show at once.
 * 5. IndexedDB at 10,000 cached shows and 50,000 trade headlines: lookup times and the database size.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { PageShow } from '../../utils/domain';
import { reportKey } from '../../utils/reports/report-key';
import { titleMatchKey } from '../../utils/text/title-match-key';
import { type FixtureServer, startFixtureServer } from '../e2e/support/fixture-server';
import {
  CHROMIUM_PATH,
  chromiumArgs,
  EXTENSION_DIR,
  type ExtensionSession,
  launchExtension,
} from '../e2e/support/launch-extension';
import { netflixBrowsePage, netflixTitlePage } from '../e2e/support/netflix-pages';
import { clearCachedReports } from '../e2e/support/report-cache';

// --- Options --------------------------------------------------------------------------------------

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const ROUNDS = Math.max(3, Number(option('rounds', '9')) || 9);
const HEAVY_ROUNDS = Math.max(3, Number(option('heavy-rounds', '5')) || 5);
const LATENCIES = option('latencies', '0,50,300')
  .split(',')
  .map(Number)
  .filter((ms) => Number.isFinite(ms) && ms >= 0);
const OUT = resolve(option('out', join(EXTENSION_DIR, '..', 'bench', 'extension.json')));
/** `--only worker,indexeddb`: just those parts (status, tabs, heavy, worker, indexeddb); all by default. */
const ONLY = new Set(option('only', 'status,tabs,heavy,worker,indexeddb').split(','));

/** The data sources a show lookup asks (the trade feeds are opt-in and polled, not asked per show). */
const API_HOSTS = ['api.tvmaze.com', 'query.wikidata.org', 'news.google.com'] as const;
/** Netflix shows of the fixture world: two reach TVmaze through Wikidata, the rest by title. */
const TITLES = ['80057281', '81214929', '81231974', '70178217', '80114855', '80994082'];

// --- Statistics -----------------------------------------------------------------------------------

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = sorted(values);
  const middle = Math.floor(s.length / 2);
  return s.length % 2 ? s[middle]! : (s[middle - 1]! + s[middle]!) / 2;
}
const quantile = (values: number[], q: number) => sorted(values)[Math.floor(q * (values.length - 1))] ?? Number.NaN;
interface Summary {
  n: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}
const summarize = (values: number[]): Summary => ({
  n: values.length,
  median: round(median(values)),
  p10: round(quantile(values, 0.1)),
  p90: round(quantile(values, 0.9)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
});
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const spread = (s: Summary) => `${s.p10}–${s.p90}`;

// --- The bench's pages: the fixture pages plus marks ---------------------------------------------

/**
 * Stamps, in the page's clock, each time the panel's status badge shows a final status. Two
 * observers: one on the document for the panel's host element, one inside its (open) shadow root.
 */
const STATUS_PROBE = `<script>
(() => {
  window.__sfStatus = [];
  let root = null;
  let last = null;
  const check = () => {
    const host = document.querySelector('showfate-panel');
    if (host && host.shadowRoot && host.shadowRoot !== root) {
      root = host.shadowRoot;
      new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
    }
    const value = root && root.querySelector('[data-testid="showfate-status"]')?.getAttribute('data-status');
    if (value && value !== 'loading' && value !== last) window.__sfStatus.push({ at: performance.now(), value });
    last = value;
  };
  new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
})();
</script>`;

const READABLE = 'sf:title-readable';

/** The title page with the probe, and a mark right after the title's heading is parsed. */
function markedTitlePage(id: string): string {
  const page = netflixTitlePage(id);
  if (!page) throw new Error(`no fixture title ${id}`);
  return page
    .replace('<meta charset="utf-8">', `<meta charset="utf-8">${STATUS_PROBE}`)
    .replace('</h1>', `</h1><script>performance.mark('${READABLE}')</script>`);
}

/** The home page with the probe, marking the moment its detail modal puts the show on screen. */
function markedBrowsePage(): string {
  return netflixBrowsePage()
    .replace('<meta charset="utf-8">', `<meta charset="utf-8">${STATUS_PROBE}`)
    .replace('root.append(modal);', `root.append(modal); performance.mark('${READABLE}');`);
}

/**
 * The heavy page: the home page with 500 more title cards, 25 of which get a new name (text and
 * aria-label, an attribute ShowFate's observer watches) every 100 ms, and one row rebuilt each time.
 * Long tasks are counted from the start.
 */
function heavyBrowsePage(): string {
  const cards = Array.from(
    { length: 500 },
    (_, i) =>
      `<a class="slider-refocus" data-uia="standard-card" aria-label="Card ${i}" href="/browse?jbv=9${i}" data-heavy="${i}">Card ${i}</a>`,
  ).join('');
  const rows = `<div class="lolomo" id="heavy">${cards}</div><div id="heavy-row"></div>`;
  const script = `<script>
window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
  .observe({ type: 'longtask', buffered: true });
let tick = 0;
setInterval(() => {
  tick += 1;
  const cards = document.querySelectorAll('[data-heavy]');
  for (let i = 0; i < 25; i += 1) {
    const card = cards[(tick * 25 + i) % cards.length];
    card.textContent = 'Card ' + tick + '-' + i;
    card.setAttribute('aria-label', 'Card ' + tick + '-' + i);
  }
  const row = document.getElementById('heavy-row');
  row.replaceChildren(...Array.from({ length: 20 }, (_, i) => { const d = document.createElement('div'); d.textContent = 'row ' + tick + ' ' + i; return d; }));
}, 100);
</script>`;
  return netflixBrowsePage()
    .replace('<div id="modal-root"></div>', `${rows}<div id="modal-root"></div>`)
    .replace('</body>', `${script}</body>`);
}

function addBenchRoutes(server: FixtureServer) {
  const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });
  for (const id of TITLES) server.extraRoutes.set(`www.netflix.com/title/${id}?bench`, html(markedTitlePage(id)));
  server.extraRoutes.set('www.netflix.com/browse?bench', html(markedBrowsePage()));
  server.extraRoutes.set('www.netflix.com/browse?heavy', html(heavyBrowsePage()));
  server.extraRoutes.set(`www.netflix.com/browse?heavy&jbv=${TITLES[0]}`, html(heavyBrowsePage()));
}

function setLatency(server: FixtureServer, ms: number) {
  for (const host of API_HOSTS) {
    if (ms > 0) server.slowHosts.set(host, ms);
    else server.slowHosts.delete(host);
  }
}

// --- 1. Title readable → status shown -------------------------------------------------------------

interface Shown {
  ms: number;
  status: string;
}

/** Waits for the first final status after the title became readable; its delay in the page's clock. */
async function statusAfterReadable(page: Page): Promise<Shown> {
  await page.waitForFunction(
    (name) => {
      const mark = performance.getEntriesByName(name).at(-1);
      const shown = (window as unknown as { __sfStatus: { at: number }[] }).__sfStatus;
      return !!mark && shown.some((entry) => entry.at >= mark.startTime);
    },
    READABLE,
    { polling: 20, timeout: 30_000 },
  );
  return page.evaluate((name) => {
    const mark = performance.getEntriesByName(name).at(-1)!;
    const shown = (window as unknown as { __sfStatus: { at: number; value: string }[] }).__sfStatus;
    const first = shown.find((entry) => entry.at >= mark.startTime)!;
    return { ms: first.at - mark.startTime, status: first.value };
  }, READABLE);
}

async function openTitle(page: Page, id: string): Promise<Shown> {
  await page.goto(`https://www.netflix.com/title/${id}?bench`, { waitUntil: 'commit' });
  return statusAfterReadable(page);
}

/** From the home page (no show), opens the show's detail modal in-app (pushState, then the modal renders). */
async function openModal(page: Page, id: string): Promise<Shown> {
  await page.goto('https://www.netflix.com/browse?bench', { waitUntil: 'load' });
  // The content script starts at document_idle: let it settle on "not a show page" first.
  await page.waitForTimeout(200);
  await page.evaluate((cardId) => {
    (document.querySelector(`[data-id="${cardId}"]`) as HTMLElement).click();
  }, id);
  return statusAfterReadable(page);
}

function apiRequestsSince(server: FixtureServer, from: number): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(API_HOSTS.map((host) => [host, 0]));
  for (const request of server.requests.slice(from)) {
    if (request.host in counts) counts[request.host] = (counts[request.host] ?? 0) + 1;
  }
  return counts;
}

async function measureLatencies(server: FixtureServer, session: ExtensionSession) {
  const page = await session.context.newPage();
  const results: Record<string, Record<string, Summary & { statuses: string[] }>> = {};
  const requests: Record<string, Record<string, number>[]> = { cold: [], warm: [] };
  // One visit first, so the worker and the page's first-paint costs are not in round 1.
  await openTitle(page, TITLES[0]!);
  for (const latency of LATENCIES) {
    setLatency(server, latency);
    const samples: Record<string, Shown[]> = { cold: [], warm: [], 'spa cold': [], 'spa warm': [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = TITLES[round % TITLES.length]!;
      await clearCachedReports(session.worker);
      let from = server.requests.length;
      samples.cold!.push(await openTitle(page, id));
      await page.waitForTimeout(100);
      if (latency === LATENCIES[0]) requests.cold!.push(apiRequestsSince(server, from));
      from = server.requests.length;
      samples.warm!.push(await openTitle(page, id));
      await page.waitForTimeout(100);
      if (latency === LATENCIES[0]) requests.warm!.push(apiRequestsSince(server, from));
      // The modal's reading has a key of its own (no year for a multi-season show): cold first, then warm.
      await clearCachedReports(session.worker);
      samples['spa cold']!.push(await openModal(page, id));
      samples['spa warm']!.push(await openModal(page, id));
    }
    results[`${latency} ms`] = Object.fromEntries(
      Object.entries(samples).map(([name, shown]) => [
        name,
        { ...summarize(shown.map((s) => s.ms)), statuses: [...new Set(shown.map((s) => s.status))] },
      ]),
    );
    console.log(`  latency ${latency} ms done`);
  }
  setLatency(server, 0);
  await page.close();
  return { results, requests };
}

// --- 4b. Ten tabs, one cold show --------------------------------------------------------------------

async function measureTenTabs(server: FixtureServer, session: ExtensionSession) {
  const rounds: Record<string, number>[] = [];
  setLatency(server, 50);
  for (const id of TITLES.slice(0, 3)) {
    await clearCachedReports(session.worker);
    const pages = await Promise.all(Array.from({ length: 10 }, () => session.context.newPage()));
    const from = server.requests.length;
    const shown = await Promise.all(pages.map((page) => openTitle(page, id)));
    await pages[0]!.waitForTimeout(300);
    rounds.push({ ...apiRequestsSince(server, from), tabsShown: shown.length });
    await Promise.all(pages.map((page) => page.close()));
  }
  setLatency(server, 0);
  return rounds;
}

// --- 2. Main-thread cost on a heavy page ------------------------------------------------------------

interface MainThread {
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  layouts: number;
  styleRecalcs: number;
  longTasks: number;
  longestTaskMs: number;
}

/**
 * Loads `url` and reads the page's main-thread metrics twice: `windowMs` after load (the page load,
 * ShowFate's start-up included) and over the next `windowMs` (the steady state: the page mutating,
 * ShowFate's observer and reads).
 */
async function mainThreadCost(
  context: BrowserContext,
  url: string,
  windowMs: number,
): Promise<{ load: MainThread; steady: MainThread }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  const snapshot = async () => {
    await page.waitForTimeout(windowMs);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.slice());
    return {
      scriptMs: metric('ScriptDuration') * 1000,
      taskMs: metric('TaskDuration') * 1000,
      layoutMs: metric('LayoutDuration') * 1000,
      layouts: metric('LayoutCount'),
      styleRecalcs: metric('RecalcStyleCount'),
      longTasks,
    };
  };
  const first = await snapshot();
  const second = await snapshot();
  await cdp.detach();
  await page.close();
  const asCost = (a: typeof first, base: typeof first | null, tasks: number[]): MainThread => ({
    scriptMs: a.scriptMs - (base?.scriptMs ?? 0),
    taskMs: a.taskMs - (base?.taskMs ?? 0),
    layoutMs: a.layoutMs - (base?.layoutMs ?? 0),
    layouts: a.layouts - (base?.layouts ?? 0),
    styleRecalcs: a.styleRecalcs - (base?.styleRecalcs ?? 0),
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks),
  });
  return {
    load: asCost(first, null, first.longTasks),
    steady: asCost(second, first, second.longTasks.slice(first.longTasks.length)),
  };
}

async function launchPlainChromium(
  server: FixtureServer,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'showfate-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(server),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function measureHeavyPage(server: FixtureServer, session: ExtensionSession) {
  const plain = await launchPlainChromium(server);
  const windowMs = 3_000;
  const cases = {
    'home page, no show (500 cards mutating)': 'https://www.netflix.com/browse?heavy',
    "a show's modal open over it": `https://www.netflix.com/browse?heavy&jbv=${TITLES[0]}`,
  };
  const out: Record<
    string,
    { with: Record<string, number>; without: Record<string, number>; ratio: Record<string, number> }
  > = {};
  const medians = (samples: MainThread[]) =>
    Object.fromEntries(
      (Object.keys(samples[0]!) as (keyof MainThread)[]).map((key) => [key, round(median(samples.map((s) => s[key])))]),
    );
  const compare = (a: Record<string, number>, b: Record<string, number>) => ({
    with: a,
    without: b,
    ratio: Object.fromEntries(Object.keys(a).map((key) => [key, b[key] ? round(a[key]! / b[key]!, 2) : Number.NaN])),
  });
  try {
    for (const [name, url] of Object.entries(cases)) {
      const withExtension: { load: MainThread; steady: MainThread }[] = [];
      const without: { load: MainThread; steady: MainThread }[] = [];
      // Alternating, so a burst of load on the shared machine hits both sides alike.
      for (let round = 0; round < HEAVY_ROUNDS; round += 1) {
        withExtension.push(await mainThreadCost(session.context, url, windowMs));
        without.push(await mainThreadCost(plain.context, url, windowMs));
      }
      for (const phase of ['load', 'steady'] as const) {
        out[`${name}: ${phase === 'load' ? `load + ${windowMs} ms` : `the next ${windowMs} ms`}`] = compare(
          medians(withExtension.map((sample) => sample[phase])),
          medians(without.map((sample) => sample[phase])),
        );
      }
    }
  } finally {
    await plain.close();
  }
  return { windowMs, cases: out };
}

// --- 3. Bytes per entrypoint, and the worker's start-up -------------------------------------------

function entrypointBytes() {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css)$/.test(name)) files.push(path);
    }
  };
  walk(EXTENSION_DIR);
  const label = (file: string) => {
    const path = relative(EXTENSION_DIR, file);
    if (path === 'content-scripts/content.js') return 'content script (every page of the streaming sites)';
    if (path === 'show-page.js') return 'show-page script (show pages only)';
    if (path === 'background.js') return 'background service worker';
    return path.replace(/-[A-Za-z0-9_-]{8}\.(js|css)$/, '.$1');
  };
  return Object.fromEntries(
    files.sort().map((file) => {
      const bytes = readFileSync(file);
      return [
        label(file),
        { file: relative(EXTENSION_DIR, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length },
      ];
    }),
  );
}

/** A message in @webext-core/messaging's wire format, from an extension page: its round trip in ms. */
function timedMessage(page: Page, type: string, data: unknown): Promise<{ ms: number; ok: boolean }> {
  return page.evaluate(
    async ({ type, data }) => {
      const chromeApi = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const start = performance.now();
      const answer = (await chromeApi.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() })) as {
        res?: unknown;
        err?: unknown;
      };
      return { ms: performance.now() - start, ok: answer !== undefined && answer.err == null };
    },
    { type, data },
  );
}

async function measureWorkerStartup(session: ExtensionSession) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForTimeout(500);
  const cdp = await session.context.newCDPSession(page);
  const scope = `chrome-extension://${session.extensionId}/`;
  let status = 'running';
  let startingAt = 0;
  const startups: number[] = [];
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const ours = versions.filter((version) => version.scriptURL.startsWith(scope));
      if (ours.length === 0) return;
      const next = ours[0]!.runningStatus;
      if (next === 'starting' && status !== 'starting') startingAt = performance.now();
      if (next === 'running' && status === 'starting') startups.push(performance.now() - startingAt);
      status = next;
    },
  );
  await cdp.send('ServiceWorker.enable');
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 10_000;
    while (status !== 'stopped' && Date.now() < deadline) await page.waitForTimeout(20);
    await page.waitForTimeout(100);
    const first = await timedMessage(page, 'getRecentShows', undefined);
    const second = await timedMessage(page, 'getRecentShows', undefined);
    if (first.ok) cold.push(first.ms);
    if (second.ok) warm.push(second.ms);
  }
  await cdp.detach();
  await page.close();
  // Playwright's handle of the first worker is gone: later steps reach the worker through a page.
  return {
    'starting → running (DevTools protocol)': summarize(startups),
    'first message answered, worker stopped': summarize(cold),
    'message answered, worker running': summarize(warm),
    'start-up cost (medians, stopped − running)': round(median(cold) - median(warm)),
  };
}

// --- 5. IndexedDB at scale ------------------------------------------------------------------------

async function measureIndexedDb(session: ExtensionSession) {
  const SHOWS = 10_000;
  const HEADLINES = 50_000;
  // A real report to copy: the extension builds and stores one.
  const page = await session.context.newPage();
  await openTitle(page, TITLES[1]!);
  const extensionPage = await session.context.newPage();
  await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  // tsx keeps function names with a `__name` helper that the worker doesn't have.
  await worker.evaluate('globalThis.__name = (fn) => fn');

  const template = (await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('showfate');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<unknown[]>((done) => {
      const request = db.transaction('reports').objectStore('reports').getAll();
      request.onsuccess = () => done(request.result);
    });
    db.close();
    return all[0];
  })) as { key: string; report: { query: PageShow } };
  const query = (i: number): PageShow => ({
    ...template.report.query,
    serviceTitleId: String(90_000_000 + i),
    title: `Bench Show ${i}`,
  });
  // The worker builds the keys the way reportKey does; checked here against the product's own.
  const keyInWorker = (q: PageShow) =>
    `${q.service}:${q.imdbId ?? q.serviceTitleId ?? ''}:${q.title.trim().toLowerCase()}|${q.year ?? ''}|${q.kind}`;
  if (keyInWorker(query(7)) !== reportKey(query(7))) throw new Error('the bench builds report keys differently');
  if (titleMatchKey('Bench Show 7') !== 'bench show 7') throw new Error('the bench builds title keys differently');

  const estimate = () =>
    worker.evaluate(async () => {
      const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
      return { usage: e.usage ?? 0, indexedDB: e.usageDetails?.indexedDB ?? null };
    });
  const before = await estimate();

  const seedStart = performance.now();
  await worker.evaluate(
    async ({ template, shows, headlines }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('showfate');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const now = Date.now();
      const write = (store: string, make: (i: number) => unknown, count: number) =>
        new Promise<void>((done, fail) => {
          const tx = db.transaction(store, 'readwrite');
          const objects = tx.objectStore(store);
          for (let i = 0; i < count; i += 1) objects.put(make(i));
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
      const t = template as unknown as { report: { query: Record<string, unknown> } };
      await write(
        'reports',
        (i) => {
          const q = { ...t.report.query, serviceTitleId: String(90_000_000 + i), title: `Bench Show ${i}` } as Record<
            string,
            unknown
          >;
          const key = `${q.service}:${q.imdbId ?? q.serviceTitleId ?? ''}:${String(q.title).trim().toLowerCase()}|${q.year ?? ''}|${q.kind}`;
          return { ...t, key, report: { ...t.report, query: q }, storedAt: now, usedAt: now - i };
        },
        shows,
      );
      await write(
        'tradeArticles',
        (i) => {
          const show = i % shows;
          const published = new Date(now - i * 60_000).toISOString();
          return {
            headline: `‘Bench Show ${show}’ Renewed For Season ${2 + (i % 5)} At Netflix`,
            outlet: 'Deadline',
            url: `https://deadline.com/2026/11/bench-show-${show}-renewed-${i}/`,
            published,
            source: 'deadline',
            titleKeys: [`bench show ${show}`],
            publishedAt: Date.parse(published),
            storedAt: now - i,
          };
        },
        headlines,
      );
      db.close();
    },
    { template, shows: SHOWS, headlines: HEADLINES },
  );
  const seedMs = performance.now() - seedStart;
  const seeded = await estimate();

  // Raw reads in the worker: one report by key, one show's headlines through the title index.
  const raw = await worker.evaluate(
    async ({ keys, titleKeys }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('showfate');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const time = async (read: () => IDBRequest) => {
        const start = performance.now();
        await new Promise((done) => {
          read().onsuccess = done;
        });
        return performance.now() - start;
      };
      const reportTimes: number[] = [];
      for (const key of keys)
        reportTimes.push(await time(() => db.transaction('reports').objectStore('reports').get(key)));
      const headlineTimes: number[] = [];
      for (const key of titleKeys) {
        headlineTimes.push(
          await time(() => db.transaction('tradeArticles').objectStore('tradeArticles').index('by-title').getAll(key)),
        );
      }
      const count = await new Promise<number>((done) => {
        db.transaction('reports').objectStore('reports').count().onsuccess = (event) =>
          done((event.target as IDBRequest<number>).result);
      });
      db.close();
      return { reportTimes, headlineTimes, count };
    },
    {
      keys: Array.from({ length: 200 }, (_, i) => keyInWorker(query((i * 7919) % SHOWS))),
      titleKeys: Array.from({ length: 100 }, (_, i) => `bench show ${(i * 7919) % SHOWS}`),
    },
  );

  // The extension's own path: the panel's first question (validation, LRU touch, messaging included).
  const peek: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    const answer = await timedMessage(extensionPage, 'peekShowReport', query((i * 104_729) % SHOWS));
    if (answer.ok) peek.push(answer.ms);
  }

  // The next report stored evicts down to the limit (least recently used first).
  // A show this session has not looked up yet (the background remembers the Netflix ones in memory).
  await page.goto('https://www.hulu.com/series/the-bear-05eb6a8e-90ed-4947-8c0b-e6536cbddd5f');
  await page.waitForFunction(
    () => {
      const status = document
        .querySelector('showfate-panel')
        ?.shadowRoot?.querySelector('[data-testid="showfate-status"]')
        ?.getAttribute('data-status');
      return !!status && status !== 'loading';
    },
    undefined,
    { polling: 50, timeout: 30_000 },
  );
  await page.waitForTimeout(500);
  const after = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('showfate');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((done) => {
        db.transaction(store).objectStore(store).count().onsuccess = (event) =>
          done((event.target as IDBRequest<number>).result);
      });
    const result = { reports: await count('reports'), tradeArticles: await count('tradeArticles') };
    db.close();
    return result;
  });
  const evicted = await estimate();
  await page.close();
  await extensionPage.close();
  return {
    seeded: { shows: SHOWS, headlines: HEADLINES, seedMs: round(seedMs), reportsCounted: raw.count },
    'report by key, raw IndexedDB get in the worker (ms)': summarize(raw.reportTimes),
    "a show's trade headlines through the title index, raw (ms)": summarize(raw.headlineTimes),
    'peekShowReport round trip from an extension page (ms)': summarize(peek),
    'storage usage (bytes)': { empty: before, seeded, afterNextStore: evicted },
    'rows after the next report is stored (LRU eviction)': after,
  };
}

// --- Run ------------------------------------------------------------------------------------------

const started = new Date();
console.log(`ShowFate extension bench: ${ROUNDS} rounds per case, latencies ${LATENCIES.join(', ')} ms\n`);
const bytes = entrypointBytes();
const server = await startFixtureServer();
addBenchRoutes(server);
const session = await launchExtension(server);
const results: Record<string, unknown> = { startedAt: started.toISOString(), rounds: ROUNDS, bytes };
try {
  if (ONLY.has('status')) {
    console.log('1. title readable → status shown');
    const latency = await measureLatencies(server, session);
    results.statusShown = latency.results;
    results.requestsPerShow = {
      cold: latency.requests.cold,
      warm: latency.requests.warm,
    };
  }
  if (ONLY.has('tabs')) {
    console.log('2. ten tabs, one cold show');
    results.tenTabs = await measureTenTabs(server, session);
  }
  if (ONLY.has('heavy')) {
    console.log('3. heavy page');
    results.heavyPage = await measureHeavyPage(server, session);
  }
  if (ONLY.has('worker')) {
    console.log('4. service worker start-up');
    results.workerStartup = await measureWorkerStartup(session);
  }
  if (ONLY.has('indexeddb')) {
    console.log('5. IndexedDB at scale');
    results.indexedDb = await measureIndexedDb(session);
  }
} finally {
  await session.close();
  await server.close();
}
results.finishedAt = new Date().toISOString();
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

// --- Report ---------------------------------------------------------------------------------------

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nBytes per entrypoint (production build, chrome-mv3)');
console.table(
  Object.fromEntries(Object.entries(bytes).map(([name, { raw, gzip }]) => [name, { raw: kb(raw), gzipped: kb(gzip) }])),
);

if (results.statusShown) reportStatusShown();
if (results.tenTabs && results.requestsPerShow) reportRequests();
if (results.heavyPage) reportHeavyPage();
if (results.workerStartup) {
  console.log('Service worker start-up');
  console.table(results.workerStartup as object);
}
if (results.indexedDb) {
  console.log('IndexedDB at scale');
  console.log(results.indexedDb);
}

function reportStatusShown() {
  console.log('Title readable → status shown, ms (median, p10–p90)');
  const shown = results.statusShown as Record<string, Record<string, Summary>>;
  console.table(
    Object.fromEntries(
      Object.entries(shown).map(([latencyName, cases]) => [
        `API latency ${latencyName}`,
        Object.fromEntries(Object.entries(cases).map(([name, s]) => [name, `${s.median} (${spread(s)})`])),
      ]),
    ),
  );
}

function reportRequests() {
  const perHost = (rows: Record<string, number>[]) =>
    Object.fromEntries(API_HOSTS.map((host) => [host, median(rows.map((row) => row[host] ?? 0))]));
  const requestsOf = (kind: 'cold' | 'warm') =>
    (results.requestsPerShow as Record<string, Record<string, number>[]>)[kind] ?? [];
  console.log('Requests per show (median per visit; 10 tabs: per round of 10 tabs opening one cold show)');
  console.table({
    cold: perHost(requestsOf('cold')),
    warm: perHost(requestsOf('warm')),
    '10 tabs, same cold show': perHost(results.tenTabs as Record<string, number>[]),
  });
}

function reportHeavyPage() {
  const heavy = results.heavyPage as Awaited<ReturnType<typeof measureHeavyPage>>;
  console.log(`Main thread on the heavy page, first ${heavy.windowMs} ms after load (medians; with / without = ratio)`);
  for (const [name, c] of Object.entries(heavy.cases)) {
    console.log(`  ${name}`);
    console.table(
      Object.fromEntries(
        Object.keys(c.with).map((key) => [
          key,
          {
            with: c.with[key],
            without: c.without[key],
            ratio: c.ratio[key],
            difference: round(c.with[key]! - c.without[key]!),
          },
        ]),
      ),
    );
  }
}

console.log(`\nJSON written to ${OUT}`);
