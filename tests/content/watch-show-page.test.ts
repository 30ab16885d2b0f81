import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchShowPage } from '../../utils/content/watch-show-page';
import type { PageState } from '../../utils/messaging/protocol';
import type { StreamingService } from '../../utils/services/service';

/** A service as small as the interface allows: /title/<id> pages, the show's name in the <h1>. */
const testService: StreamingService = {
  id: 'netflix',
  name: 'Test',
  matches: ['https://www.netflix.com/*'],
  tvmazeNetworks: [],
  examples: { title: [], player: [], none: [] },
  detect(url) {
    const id = /^\/title\/(\d+)$/.exec(url.pathname)?.[1];
    return id ? { kind: 'title', serviceTitleId: id } : null;
  },
  read(document, url) {
    const title = document.querySelector('h1')?.textContent?.trim();
    if (document.querySelector('[data-explode]')) throw new Error('a redesign broke the reader');
    const match = this.detect(url);
    if (!title || !match) return null;
    return {
      service: 'netflix',
      serviceTitleId: match.serviceTitleId,
      title,
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    };
  },
};

let ctx: ContentScriptContext;
let states: PageState[];

function start() {
  states = [];
  return watchShowPage(ctx, testService, (state) => states.push(state));
}

const shownTitles = () => states.flatMap((state) => (state.state === 'show' ? [state.show.title] : []));

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

  it('follows the URL off a show page and onto the next one', async () => {
    start();
    await vi.waitFor(() => expect(shownTitles()).toEqual(['First Show']));
    history.pushState({}, '', '/browse');
    await vi.waitFor(() => expect(states.at(-1)).toEqual({ state: 'not-a-show-page', service: 'netflix' }), {
      timeout: 3_000,
    });
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
