import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchShowPage } from '../../utils/content/watch-show-page';
import type { PageState } from '../../utils/messaging/protocol';
import type { PageReading, ReadingLayer, StreamingService } from '../../utils/services/service';

/**
 * A service as small as the interface allows: /title/<id> pages, the show's name in the <h1>, read
 * from the layer its `data-layer` names (page markup when it names none).
 */
const testService: StreamingService = {
  id: 'netflix',
  name: 'Test',
  matches: ['https://www.netflix.com/*'],
  examples: { title: [], player: [], none: [] },
  detect(url) {
    const id = /^\/title\/(\d+)$/.exec(url.pathname)?.[1];
    return id ? { kind: 'title', serviceTitleId: id } : null;
  },
  read(document, url) {
    const heading = document.querySelector('h1');
    const title = heading?.textContent?.trim();
    if (document.querySelector('[data-explode]')) throw new Error('a redesign broke the reader');
    const match = this.detect(url);
    if (!title || !match) return null;
    return {
      show: {
        service: 'netflix',
        serviceTitleId: match.serviceTitleId,
        title,
        year: null,
        kind: 'series',
        imdbId: null,
        pageKind: 'title',
      },
      layer: (heading?.getAttribute('data-layer') as ReadingLayer | null) ?? 'page-markup',
    };
  },
};

let ctx: ContentScriptContext;
let states: PageState[];

function start(service: StreamingService = testService, fetchJson?: (url: string) => Promise<unknown>) {
  states = [];
  return watchShowPage(ctx, service, (state) => states.push(state), { fetchJson });
}

const shownTitles = () => states.flatMap((state) => (state.state === 'show' ? [state.show.title] : []));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  // happy-dom's own hook for setting the page's URL (assigning location would navigate).
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.netflix.com/title/1');
  document.body.innerHTML = '<h1>First Show</h1>';
  ctx = new ContentScriptContext('watch-show-page-test');
});

afterEach(() => {
  ctx.notifyInvalidated();
});

describe('following a single-page app', () => {
  it('reads the show once the page is read, and reports each change once', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.current()).toMatchObject({ state: 'show', show: { title: 'First Show' } }));
    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(states.map((state) => state.state)).toEqual(['reading', 'show']);
  });

  it('waits for markup that renders late', async () => {
    document.body.innerHTML = '<main></main>';
    const page = start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.current().state).toBe('reading');
    document.body.innerHTML = '<h1>Late Show</h1>';
    await vi.waitFor(() => expect(shownTitles()).toEqual(['Late Show']));
  });

  it('reads markup that renders after a quiet interval at once, and a stream of changes at most every 250 ms', async () => {
    document.body.innerHTML = '<main></main>';
    const read = vi.spyOn(testService, 'read');
    start();
    await sleep(300);
    const readsBefore = read.mock.calls.length;
    const renderedAt = Date.now();
    document.body.innerHTML = '<h1>Late Show</h1>';
    await vi.waitFor(() => expect(shownTitles()).toEqual(['Late Show']), { interval: 2 });
    // Not at the end of a 250 ms interval: in the next task (happy-dom's timers, so a wide margin).
    expect(Date.now() - renderedAt).toBeLessThan(150);
    expect(read.mock.calls.length).toBe(readsBefore + 1);
    const streamStart = Date.now();
    for (let change = 0; change < 20; change += 1) {
      document.body.append(document.createElement('span'));
      await sleep(25);
    }
    const elapsed = Date.now() - streamStart;
    expect(read.mock.calls.length - readsBefore - 1).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 1);
    read.mockRestore();
  });

  it('reads a page that keeps mutating about once a second once its show has held for 2 s', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    await sleep(2_100);
    const read = vi.spyOn(testService, 'read');
    const streamStart = Date.now();
    while (Date.now() - streamStart < 2_000) {
      document.body.append(document.createElement('span'));
      await sleep(50);
    }
    // At 250 ms it would be about 8.
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(read.mock.calls.length).toBeLessThanOrEqual(3);
    read.mockRestore();
  });

  it('follows the URL off a show page and onto the next one', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    history.pushState({}, '', '/browse');
    await vi.waitFor(
      () => expect(states.at(-1)).toEqual({ state: 'not-a-show-page', service: 'netflix', path: '/browse' }),
      {
        timeout: 3_000,
      },
    );
    history.pushState({}, '', '/title/2');
    document.body.innerHTML = '<h1>Second Show</h1>';
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show', 'Second Show']), { timeout: 3_000 });
  });

  it('does not take the previous show’s markup, still on screen, for the new URL', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    history.pushState({}, '', '/title/2');
    // The location watcher polls about every second here (happy-dom has no Navigation API).
    await vi.waitFor(() => expect(states.at(-1)?.state).toBe('reading'), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shownTitles()).toEqual(['First Show']);
    document.body.innerHTML = '<h1>Second Show</h1>';
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show', 'Second Show']));
  });

  it('believes the same title after a while: two pages of one show are possible', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    history.pushState({}, '', '/title/3');
    await vi.waitFor(() => expect(states.at(-1)?.state).toBe('reading'), { timeout: 3_000 });
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ state: 'show', show: { serviceTitleId: '3' } }), {
      timeout: 3_000,
    });
  });

  it('does not start a lookup for every title of a page that changes it every 250 ms', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    const heading = document.querySelector('h1') as HTMLElement;
    for (let n = 1; n <= 12; n += 1) {
      heading.textContent = `Churning Show ${n}`;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Three seconds of churn: nothing new was believed.
    expect(shownTitles()).toEqual(['First Show']);
    // Once the page settles, its show is taken.
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show', 'Churning Show 12']), { timeout: 3_000 });
  });

  it('keeps a reader that throws away from the page', async () => {
    document.body.innerHTML = '<h1 data-explode>Broken</h1>';
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const page = start();
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
    expect(page.current().state).toBe('reading');
  });
});

describe('keeping the best reading of a URL', () => {
  it('keeps the reading when the overlay that gave it leaves the DOM', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.current()).toMatchObject({ state: 'show', layer: 'page-markup' }));
    // Disney+'s player overlay leaves after ~12 s idle: the markup then holds nothing to read.
    document.body.innerHTML = '<video></video>';
    await sleep(400);
    expect(page.current()).toEqual({
      state: 'show',
      show: expect.objectContaining({ title: 'First Show' }),
      layer: 'page-markup',
      path: '/title/1',
    });
    expect(states.map((state) => state.state)).toEqual(['reading', 'show']);
  });

  it('does not trade a reading for a worse layer of the same URL, but takes a better one', async () => {
    const page = start();
    await vi.waitFor(() => expect(page.current()).toMatchObject({ state: 'show', layer: 'page-markup' }));
    document.body.innerHTML = '<h1 data-layer="tab-title">First Show</h1>';
    await sleep(400);
    expect(page.current()).toMatchObject({ layer: 'page-markup' });
    document.body.innerHTML = '<h1 data-layer="structured-data">First Show</h1>';
    await vi.waitFor(() => expect(page.current()).toMatchObject({ layer: 'structured-data' }));
  });

  it('shows a URL read before at once when the app comes back to it', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    history.pushState({}, '', '/title/2');
    document.body.innerHTML = '<h1>Second Show</h1>';
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show', 'Second Show']), { timeout: 3_000 });
    // Let happy-dom's location polling (about once a second) see /title/2 before going back.
    await sleep(1_200);
    // Back to the first URL, whose markup has not rendered yet.
    document.body.innerHTML = '<main></main>';
    history.pushState({}, '', '/title/1');
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show', 'Second Show', 'First Show']), {
      timeout: 3_000,
    });
    expect(states.at(-1)).toMatchObject({ state: 'show', path: '/title/1' });
  });

  it('still says a page was not recognized when no layer gave anything', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      document.body.innerHTML = '<main></main>';
      const page = start();
      await vi.advanceTimersByTimeAsync(10_500);
      expect(page.current()).toEqual({ state: 'unrecognized', service: 'netflix', path: '/title/1' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the page-data layer', () => {
  const pageDataReading = (title: string): PageReading => ({
    show: {
      service: 'netflix',
      serviceTitleId: '70000001',
      title,
      year: 2017,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    },
    layer: 'page-data',
  });
  const withPageData: StreamingService = {
    ...testService,
    read: testService.read,
    async readPageData(url, fetchJson) {
      const data = (await fetchJson(`https://www.netflix.com/data?id=${url.pathname.split('/').at(-1)}`)) as {
        title: string;
      };
      return pageDataReading(data.title);
    },
  };

  it('is preferred to the markup, which cannot replace it', async () => {
    const asked: string[] = [];
    const page = start(withPageData, async (url) => {
      asked.push(url);
      await sleep(50);
      return { title: 'Exact Show' };
    });
    await vi.waitFor(() => expect(page.current()).toMatchObject({ layer: 'page-data', show: { title: 'Exact Show' } }));
    document.body.append(document.createElement('p'));
    await sleep(400);
    expect(page.current()).toMatchObject({ layer: 'page-data', show: { title: 'Exact Show' } });
    expect(asked).toEqual(['https://www.netflix.com/data?id=1']);
  });

  it('holds the markup reading while the page data is on its way: one show, not a title match first', async () => {
    const page = start(withPageData, async () => {
      await sleep(150);
      return { title: 'Exact Show' };
    });
    await vi.waitFor(() => expect(page.current()).toMatchObject({ layer: 'page-data', show: { title: 'Exact Show' } }));
    await sleep(100);
    expect(shownTitles()).toEqual(['Exact Show']);
  });

  it('publishes the markup reading when the page data takes longer than 500 ms', async () => {
    start(withPageData, () => new Promise(() => {}));
    await sleep(300);
    expect(shownTitles()).toEqual([]);
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']), { timeout: 1_000 });
  });

  it('is not asked again on returning to a URL it answered for', async () => {
    const asked: string[] = [];
    const page = start(withPageData, async (url) => {
      asked.push(url);
      return { title: 'Exact Show' };
    });
    await vi.waitFor(() => expect(page.current()).toMatchObject({ layer: 'page-data' }));
    history.pushState({}, '', '/browse');
    await vi.waitFor(() => expect(page.current().state).toBe('not-a-show-page'), { timeout: 3_000 });
    history.pushState({}, '', '/title/1');
    await vi.waitFor(() => expect(page.current()).toMatchObject({ state: 'show', layer: 'page-data' }), {
      timeout: 3_000,
    });
    expect(asked).toEqual(['https://www.netflix.com/data?id=1']);
  });

  it('is dropped when the page has moved on before it answers', async () => {
    let answer: (value: unknown) => void = () => {};
    const page = start(withPageData, () => new Promise((resolve) => (answer = resolve)));
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    history.pushState({}, '', '/browse');
    await vi.waitFor(() => expect(page.current().state).toBe('not-a-show-page'), { timeout: 3_000 });
    answer({ title: 'Late Answer' });
    await sleep(50);
    expect(shownTitles()).not.toContain('Late Answer');
  });

  it('falls back to the markup when the request fails', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const page = start(withPageData, async () => {
      throw new Error('offline');
    });
    await vi.waitFor(() =>
      expect(page.current()).toMatchObject({ layer: 'page-markup', show: { title: 'First Show' } }),
    );
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
  });
});

describe('a page that keeps its show inside shadow roots', () => {
  /** The test service, reading the h1 inside the first open shadow root of #player. */
  const shadowService: StreamingService = {
    ...testService,
    readsShadowRoots: true,
    read(document, url) {
      const heading = document.getElementById('player')?.shadowRoot?.querySelector('h1');
      const match = this.detect(url);
      if (!heading?.textContent || !match) return null;
      return {
        show: { ...testReading(match.serviceTitleId, heading.textContent) },
        layer: 'page-markup',
      };
    },
  };

  function testReading(serviceTitleId: string | null, title: string) {
    return {
      service: 'netflix' as const,
      serviceTitleId,
      title,
      year: null,
      kind: 'series' as const,
      imdbId: null,
      pageKind: 'title' as const,
    };
  }

  it('sees an overlay rendered inside a shadow root after the first read', async () => {
    document.body.innerHTML = '<div id="player"></div>';
    const root = document.getElementById('player')?.attachShadow({ mode: 'open' });
    root?.append(document.createElement('div'));
    const page = start(shadowService);
    await sleep(100);
    expect(page.current().state).toBe('reading');
    // Only the shadow root changes: a document-level observer alone would never hear of it.
    const heading = document.createElement('h1');
    heading.textContent = 'Shadow Show';
    root?.append(heading);
    await vi.waitFor(() => expect(page.current()).toMatchObject({ state: 'show', show: { title: 'Shadow Show' } }), {
      timeout: 2_000,
    });
  });
});
