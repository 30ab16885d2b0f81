/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import { fetchTradeFeed, TRADE_FEEDS, tradeFeedArticles, tradeFeedForUrl } from '../../utils/providers/trade-feeds';

const deadline = TRADE_FEEDS.find((feed) => feed.id === 'deadline')!;

const feed = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Deadline TV</title>${items}</channel></rss>`;

const item = (title: string, link: string, date = 'Tue, 08 Nov 2022 18:30:00 +0000') =>
  `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate></item>`;

describe('trade feeds', () => {
  it('turns a WordPress feed into articles with their real URLs', () => {
    const articles = tradeFeedArticles(
      deadline,
      feed(
        item(
          '&#8216;The Imperfects&#8217; Canceled By Netflix',
          'https://deadline.com/2022/11/the-imperfects-canceled-123/',
        ),
      ),
    );
    expect(articles).toEqual([
      {
        headline: '‘The Imperfects’ Canceled By Netflix',
        outlet: 'Deadline',
        url: 'https://deadline.com/2022/11/the-imperfects-canceled-123/',
        published: '2022-11-08T18:30:00.000Z',
        source: 'deadline',
      },
    ]);
  });

  it("drops items whose link leaves the outlet's host or is not https", () => {
    const articles = tradeFeedArticles(
      deadline,
      feed(
        item('Elsewhere', 'https://evil.example/deadline.com/') +
          item('Plain http', 'http://deadline.com/2022/11/x/') +
          item('Script', 'javascript:alert(1)') +
          item('Kept', 'https://deadline.com/2022/11/kept/'),
      ),
    );
    expect(articles.map((article) => article.headline)).toEqual(['Kept']);
  });

  it('knows which outlet an article URL belongs to, https only', () => {
    expect(tradeFeedForUrl('https://tvline.com/2024/05/show-renewed/')?.id).toBe('tvline');
    expect(tradeFeedForUrl('http://tvline.com/2024/05/show-renewed/')).toBeUndefined();
    expect(tradeFeedForUrl('https://news.google.com/rss/articles/x')).toBeUndefined();
    expect(tradeFeedForUrl('not a url')).toBeUndefined();
  });

  it('fetches the constant feed URL with a size limit', async () => {
    const fetchText = vi.fn(async () => ({
      status: 200,
      text: feed(item('A', 'https://deadline.com/a/')),
      headers: new Headers(),
      url: deadline.feedUrl,
      redirected: false,
    }));
    const articles = await fetchTradeFeed(deadline, { fetchText });
    expect(articles).toHaveLength(1);
    expect(fetchText).toHaveBeenCalledWith(
      'https://deadline.com/v/tv/feed/',
      expect.objectContaining({ maxBytes: expect.any(Number) }),
    );
  });

  it('fails loudly on a body that is not a feed, so polling records the error', async () => {
    const fetchText = vi.fn(async () => ({
      status: 200,
      text: '<html><body>Consent required</body></html>',
      headers: new Headers(),
      url: deadline.feedUrl,
      redirected: false,
    }));
    await expect(fetchTradeFeed(deadline, { fetchText })).rejects.toThrow();
  });
});
