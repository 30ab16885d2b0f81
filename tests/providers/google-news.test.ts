/** @vitest-environment node */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildNewsQuery,
  fetchGoogleNews,
  googleNewsSearchUrl,
  parseGoogleNewsRss,
  stripGoogleNewsSource,
  titleIsAmbiguous,
} from '../../utils/providers/google-news';
import { SourceUnavailableError } from '../../utils/providers/http';
import {
  readFixture,
  recordingSleep,
  redirectedResponse,
  streamingResponse,
  stubFetch,
  textResponse,
} from './support/fetch-stub';

// The 429 back-off's jitter at its low end, so the waits are exact (tests/providers/rate-limit.test.ts covers the jitter).
beforeEach(() => {
  vi.spyOn(Math, 'random').mockReturnValue(0);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const TERMS = '(canceled OR cancelled OR renewed OR "final season" OR revived)';

describe('buildNewsQuery', () => {
  it('makes a URL from a name with an unpaired surrogate instead of throwing', () => {
    const url = googleNewsSearchUrl(buildNewsQuery({ name: 'Dark \uD800 Matter', network: 'Apple TV+' }));
    expect(new URL(url).searchParams.get('q')).toContain('"Dark \uFFFD Matter"');
  });

  it('quotes a title of several words without the network', () => {
    expect(buildNewsQuery({ name: 'Good Girls', network: 'NBC', premiered: '2018-02-26' })).toBe(
      `"Good Girls" ${TERMS}`,
    );
    expect(buildNewsQuery({ name: 'Partner Track', network: 'Netflix' })).toBe(`"Partner Track" ${TERMS}`);
  });

  it('adds the network to a one-word title even when the word is rare (the rule has no dictionary)', () => {
    expect(buildNewsQuery({ name: 'The Imperfects', network: 'Netflix', premiered: '2022-09-08' })).toBe(
      `"The Imperfects" ${TERMS} "Netflix"`,
    );
  });

  it('adds the quoted network to one-word and very short titles', () => {
    expect(buildNewsQuery({ name: 'Girls', network: 'HBO', premiered: '2012-04-15' })).toBe(`"Girls" ${TERMS} "HBO"`);
    expect(buildNewsQuery({ name: 'You', network: 'Netflix' })).toBe(`"You" ${TERMS} "Netflix"`);
    expect(buildNewsQuery({ name: 'The Office', network: 'NBC' })).toBe(`"The Office" ${TERMS} "NBC"`);
    expect(buildNewsQuery({ name: 'Mr Mom', network: 'Vudu' })).toBe(`"Mr Mom" ${TERMS} "Vudu"`);
  });

  it('adds TV words to an ambiguous title without a network', () => {
    expect(buildNewsQuery({ name: 'Lost', network: null })).toBe(`"Lost" ${TERMS} (series OR show OR season)`);
  });

  it('keeps quotes in names from breaking the phrase', () => {
    expect(buildNewsQuery({ name: 'The "Real" Show Name', network: null })).toBe(`"The Real Show Name" ${TERMS}`);
  });

  it('classifies ambiguous titles', () => {
    for (const name of ['Girls', 'You', 'Lost', 'Evil', 'Dark', 'The Bear', '9-1-1', 'Succession']) {
      expect(titleIsAmbiguous(name), name).toBe(true);
    }
    for (const name of ['Partner Track', 'Good Girls', 'House of Cards', 'Stranger Things']) {
      expect(titleIsAmbiguous(name), name).toBe(false);
    }
  });
});

describe('googleNewsSearchUrl', () => {
  it('builds the RSS search URL from the constant and an encoded query', () => {
    expect(googleNewsSearchUrl('"The Imperfects" (canceled OR renewed)')).toBe(
      'https://news.google.com/rss/search?q=%22The%20Imperfects%22%20(canceled%20OR%20renewed)&hl=en-US&gl=US&ceid=US:en',
    );
    expect(googleNewsSearchUrl('a&hl=fr#x')).toBe(
      'https://news.google.com/rss/search?q=a%26hl%3Dfr%23x&hl=en-US&gl=US&ceid=US:en',
    );
  });
});

describe('parseGoogleNewsRss', () => {
  const articles = parseGoogleNewsRss(readFixture('news/google-news-the-imperfects.xml'));

  it('keeps usable, distinct items in feed order', () => {
    expect(articles.map((a) => a.outlet)).toEqual([
      'Deadline',
      "What's on Netflix",
      'TVLine',
      'The Guardian',
      'Collider',
      'JustWatch',
    ]);
  });

  it('maps the Deadline item fully', () => {
    expect(articles[0]).toEqual({
      headline: "'The Imperfects' Canceled By Netflix After One Season",
      outlet: 'Deadline',
      url: 'https://news.google.com/rss/articles/CBMiXmh0dHBzOi8vZGVhZGxpbmUuY29tLzIwMjIvMTEvdGhlLWltcGVyZmVjdHMtY2FuY2VsZWQtbmV0ZmxpeC0xMjM1MTY4NDI3L9IBAA?oc=5',
      published: '2022-11-08T19:31:00.000Z',
      source: 'google-news',
    });
  });

  it('strips " - Publisher" only when it equals <source>, entities decoded', () => {
    const headlines = articles.map((a) => a.headline);
    expect(headlines).toContain('The Imperfects Season 2: Netflix Cancels Supernatural Series After One Season');
    expect(headlines).toContain('Netflix Cancels ‘The Imperfects’ & ‘Partner Track’');
    // Only the last " - The Guardian" goes; the headline's own dash stays.
    expect(headlines).toContain('Review: The Imperfects - a monster show with more bite than its marketing');
    // " - Collider News" is not the source "Collider": kept whole.
    expect(headlines).toContain('Perfectly imperfect: renewed interest in wabi-sabi interiors - Collider News');
  });

  it('drops non-https links and items missing a title or link', () => {
    const outlets = articles.map((a) => a.outlet);
    expect(outlets).not.toContain('Example Blog');
    expect(outlets).not.toContain('Example Wire');
    expect(outlets).not.toContain('Blank');
    expect(articles.every((a) => a.url.startsWith('https://'))).toBe(true);
  });

  it('turns an unreadable pubDate into null', () => {
    expect(articles.find((a) => a.outlet === 'JustWatch')?.published).toBeNull();
  });

  it('reduces HTML in titles to text and never keeps a javascript: link', () => {
    const html = parseGoogleNewsRss(readFixture('news/google-news-html-titles.xml'));
    expect(html.map((a) => [a.headline, a.published])).toEqual([
      ['The Imperfects canceled at Netflix', '2022-11-08T19:31:00.000Z'],
      ["The Imperfects won’t be back for season 2 & that's final", '2022-11-08T21:00:00.000Z'],
      ['Netflix axes The Imperfects', '2022-11-08T19:31:00.000Z'],
    ]);
    expect(JSON.stringify(html)).not.toMatch(/<|javascript:/);
  });

  it('answers [] for a broken, non-RSS or hostile body', () => {
    expect(parseGoogleNewsRss(readFixture('news/google-news-broken.xml'))).toEqual([]);
    expect(parseGoogleNewsRss(readFixture('news/google-news-consent-page.html'))).toEqual([]);
    expect(parseGoogleNewsRss(readFixture('news/google-news-entity-bomb.xml'))).toEqual([]);
    expect(parseGoogleNewsRss('')).toEqual([]);
  });

  it('caps the items read', () => {
    expect(parseGoogleNewsRss(readFixture('news/google-news-the-imperfects.xml'), { maxItems: 2 })).toHaveLength(1);
  });
});

describe('stripGoogleNewsSource', () => {
  it('strips an exact suffix only', () => {
    expect(stripGoogleNewsSource('X canceled - Deadline', 'Deadline')).toBe('X canceled');
    expect(stripGoogleNewsSource('X canceled - Deadline Hollywood', 'Deadline')).toBe(
      'X canceled - Deadline Hollywood',
    );
    expect(stripGoogleNewsSource('X canceled -Deadline', 'Deadline')).toBe('X canceled -Deadline');
    expect(stripGoogleNewsSource('X canceled - deadline', 'Deadline')).toBe('X canceled - deadline');
    expect(stripGoogleNewsSource('X canceled - Deadline', null)).toBe('X canceled - Deadline');
    // Never leaves an empty headline.
    expect(stripGoogleNewsSource(' - Deadline', 'Deadline')).toBe(' - Deadline');
  });
});

describe('fetchGoogleNews', () => {
  const show = { name: 'The Imperfects', network: 'Netflix', premiered: '2022-09-08' };

  it('fetches the search feed and returns articles', async () => {
    const requests = stubFetch(() =>
      textResponse(readFixture('news/google-news-the-imperfects.xml'), {
        headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
      }),
    );
    const articles = await fetchGoogleNews(show);
    expect(requests[0]?.url).toBe(googleNewsSearchUrl(buildNewsQuery(show)));
    expect(articles).toHaveLength(6);
  });

  it('refuses a huge body', async () => {
    // 40 × 64 KB ≈ 2.6 MB, generated rather than committed as a fixture.
    stubFetch(() => streamingResponse(40, 64 * 1024));
    await expect(fetchGoogleNews(show)).rejects.toMatchObject({ source: 'Google News', reason: 'too-large' });
  });

  it('reports a non-feed answer as invalid-response rather than "no news"', async () => {
    stubFetch(() => textResponse(readFixture('news/google-news-consent-page.html')));
    const error = await fetchGoogleNews(show).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SourceUnavailableError);
    expect(error).toMatchObject({ reason: 'invalid-response' });
  });

  it('reports a redirect to a consent page as invalid-response', async () => {
    stubFetch(() =>
      redirectedResponse(
        textResponse(readFixture('news/google-news-the-imperfects.xml')),
        'https://consent.google.com/ml?continue=x',
      ),
    );
    await expect(fetchGoogleNews(show)).rejects.toMatchObject({ reason: 'invalid-response' });
  });

  it('retries a 429 with the injected sleep', async () => {
    const { sleep, waits } = recordingSleep();
    stubFetch(
      () => textResponse('', { status: 429, headers: { 'Retry-After': '3' } }),
      () => textResponse(readFixture('news/google-news-the-imperfects.xml')),
    );
    expect(await fetchGoogleNews(show, { sleep })).toHaveLength(6);
    expect(waits).toEqual([3_000]);
  });

  it('answers [] for a feed with no items', async () => {
    stubFetch(() => textResponse('<rss version="2.0"><channel><title>none</title></channel></rss>'));
    expect(await fetchGoogleNews(show)).toEqual([]);
  });
});
