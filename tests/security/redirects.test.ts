/**
 * Every answer must come from the host it was asked of (issue 11, finding 10): a feed or an article
 * page redirected elsewhere, or down to http, is refused before its body is read. Real fetch
 * semantics: the stubbed Response carries the final URL, as a followed redirect does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../utils/domain';
import { readArticleFindings } from '../../utils/news/read-article';
import { fetchText, SourceUnavailableError } from '../../utils/providers/http';
import { fetchTradeFeed, TRADE_FEEDS } from '../../utils/providers/trade-feeds';
import { readFixture, redirectedResponse, stubFetch, textResponse } from '../providers/support/fetch-stub';

afterEach(() => {
  vi.unstubAllGlobals();
});

const deadline = TRADE_FEEDS.find((feed) => feed.id === 'deadline');
if (!deadline) throw new Error('no Deadline feed');
const rss = readFixture('news/trade-wordpress-rss.xml');

describe('redirects', () => {
  it('refuses a trade feed redirected to another host', async () => {
    stubFetch(() => redirectedResponse(textResponse(rss), 'https://evil.example/feed/'));
    await expect(fetchTradeFeed(deadline)).rejects.toMatchObject({
      name: 'SourceUnavailableError',
      reason: 'invalid-response',
    });
  });

  it('refuses a redirect down to plain http, even on the same host', async () => {
    stubFetch(() => redirectedResponse(textResponse(rss), 'http://deadline.com/v/tv/feed/'));
    await expect(fetchTradeFeed(deadline)).rejects.toBeInstanceOf(SourceUnavailableError);
  });

  it('follows a redirect that stays on the feed’s host', async () => {
    stubFetch(() => redirectedResponse(textResponse(rss), 'https://deadline.com/v/tv/feed/?paged=1'));
    expect((await fetchTradeFeed(deadline)).length).toBeGreaterThan(0);
  });

  it('reads nothing from an article page redirected off its outlet', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubFetch(() =>
      redirectedResponse(
        textResponse('<article><p>Netflix canceled it on January 17, 2020.</p></article>'),
        'https://evil.example/a/',
      ),
    );
    const evidence: Evidence = {
      headline: '‘Mindhunter’ Will Not Return',
      outlet: 'Deadline',
      url: 'https://deadline.com/2020/01/mindhunter-1202834567/',
      published: null,
      verdict: 'canceled',
      season: null,
    };
    const findings = await readArticleFindings(evidence, 'Mindhunter', {
      isEnabled: async () => true,
      isPermitted: async () => true,
    });
    expect(findings).toBeNull();
  });

  it('lets a caller allow other hosts explicitly', async () => {
    stubFetch(() => redirectedResponse(textResponse('ok'), 'https://www.tvmaze.com/shows/1'));
    await expect(fetchText('https://api.tvmaze.com/shows/1')).rejects.toThrow(
      /redirected to https:\/\/www\.tvmaze\.com/,
    );
    stubFetch(() => redirectedResponse(textResponse('ok'), 'https://www.tvmaze.com/shows/1'));
    expect((await fetchText('https://api.tvmaze.com/shows/1', { allowedHosts: ['www.tvmaze.com'] })).text).toBe('ok');
  });
});
