/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import {
  httpsUrlOrNull,
  NewsFeedError,
  parseFeedDate,
  parseRssFeed,
  parseRssItems,
  plainText,
} from '../../utils/providers/rss';
import { readFixture } from './support/fetch-stub';

describe('parseRssFeed', () => {
  it('reads a WordPress trade feed: numeric entities decoded, CDATA kept as text, guid as permalink', () => {
    const items = parseRssFeed(readFixture('news/trade-wordpress-rss.xml'));
    expect(items).toEqual([
      {
        title: '‘The Imperfects’ Canceled By Netflix After One Season',
        link: 'https://deadline.com/2022/11/the-imperfects-canceled-netflix-1235168427/',
        published: '2022-11-08T19:31:00.000Z',
        sourceName: null,
        sourceUrl: null,
      },
      {
        title: '‘Partner Track’ Canceled By Netflix',
        link: 'https://deadline.com/2022/11/partner-track-canceled-netflix-1235168500/',
        published: '2022-11-08T19:40:00.000Z',
        sourceName: null,
        sourceUrl: null,
      },
    ]);
  });

  it('reads an Atom feed: html titles as text, the alternate link, published before updated', () => {
    const items = parseRssFeed(readFixture('news/trade-atom.xml'));
    expect(items.map((item) => [item.title, item.link, item.published])).toEqual([
      [
        'The Imperfects canceled after one season',
        'https://trade.example.com/2022/11/the-imperfects-canceled',
        '2022-11-08T19:31:00.000Z',
      ],
      [
        'Netflix renews Wednesday for season 2',
        'https://trade.example.com/2023/01/wednesday-renewed',
        '2023-01-06T17:00:00.000Z',
      ],
      ['Link only over http', null, '2023-01-07T17:00:00.000Z'],
    ]);
  });

  it('caps the number of items read', () => {
    const items = Array.from(
      { length: 80 },
      (_, i) => `<item><title>Item ${i}</title><link>https://a.example/${i}</link></item>`,
    );
    const xml = `<rss version="2.0"><channel><title>x</title>${items.join('')}</channel></rss>`;
    expect(parseRssFeed(xml)).toHaveLength(50);
    expect(parseRssFeed(xml, { maxItems: 5 }).map((item) => item.title)).toEqual([
      'Item 0',
      'Item 1',
      'Item 2',
      'Item 3',
      'Item 4',
    ]);
  });

  it('reads a long feed full of escaped descriptions (no entity-count cap trips)', () => {
    const escaped = '&lt;a href=&quot;https://news.google.com/x&quot;&gt;x&lt;/a&gt;&amp;nbsp;'.repeat(40);
    const items = Array.from(
      { length: 100 },
      (_, i) =>
        `<item><title>T ${i} &amp; &#8217;</title><link>https://a.example/${i}</link><description>${escaped}</description></item>`,
    );
    const parsed = parseRssFeed(`<rss><channel>${items.join('')}</channel></rss>`, { maxItems: 100 });
    expect(parsed).toHaveLength(100);
    expect(parsed[99]?.title).toBe('T 99 & ’');
  });

  it('keeps a numeric-looking title a string', () => {
    const [item] = parseRssFeed(
      '<rss><channel><item><title>911</title><link>https://a.example/</link></item></channel></rss>',
    );
    expect(item?.title).toBe('911');
  });

  it('returns no items for an empty channel', () => {
    expect(parseRssFeed('<rss version="2.0"><channel><title>none</title></channel></rss>')).toEqual([]);
  });

  it('throws NewsFeedError for bodies that are not feeds', () => {
    for (const body of [
      readFixture('news/google-news-broken.xml'),
      readFixture('news/google-news-consent-page.html'),
      '',
      '   ',
      '{"items": []}',
      '<?xml version="1.0"?><html><body>Service Unavailable</body></html>',
    ]) {
      expect(() => parseRssFeed(body), body.slice(0, 40)).toThrow(NewsFeedError);
    }
  });

  it('refuses entity declarations (no billion-laughs expansion)', () => {
    expect(() => parseRssFeed(readFixture('news/google-news-entity-bomb.xml'))).toThrow(/declares XML entities/);
  });

  it('refuses names that would pollute prototypes, as a feed error', () => {
    const xml = '<rss><channel><item><__proto__>x</__proto__><title>t</title></item></channel></rss>';
    expect(() => parseRssFeed(xml)).toThrow(NewsFeedError);
  });
});

describe('parseRssItems', () => {
  it('answers [] instead of throwing', () => {
    expect(parseRssItems(readFixture('news/google-news-broken.xml'))).toEqual([]);
    expect(parseRssItems('not xml at all')).toEqual([]);
    expect(parseRssItems(readFixture('news/trade-atom.xml'))).toHaveLength(3);
  });
});

describe('parseFeedDate', () => {
  it('reads RFC 822 dates in GMT, numeric offsets and US zone names', () => {
    expect(parseFeedDate('Tue, 08 Nov 2022 19:31:00 GMT')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('Tue, 08 Nov 2022 19:31:00 +0000')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('Tue, 08 Nov 2022 14:31:00 -0500')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('Tue, 08 Nov 2022 14:31:00 EST')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('8 Nov 2022 19:31 GMT')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('Tue, 08 Nov 22 19:31:00 GMT')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('Sat, 1 July 2023 00:00:00 GMT')).toBe('2023-07-01T00:00:00.000Z');
  });

  it('reads ISO 8601 dates (Atom, dc:date)', () => {
    expect(parseFeedDate('2022-11-08T14:31:00-05:00')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('2022-11-08T19:31:00.250Z')).toBe('2022-11-08T19:31:00.000Z');
    expect(parseFeedDate('2022-11-08')).toBe('2022-11-08T00:00:00.000Z');
  });

  it('answers null for anything else', () => {
    for (const value of [
      null,
      undefined,
      '',
      'sometime last week',
      'Tue, 31 Feb 2022 19:31:00 GMT',
      'Tue, 08 Foo 2022 19:31:00 GMT',
      'Tue, 08 Nov 2022 25:31:00 GMT',
      'Tue, 08 Nov 2022 19:31:00 XYZ',
      '2022-13-01',
      '1667935860',
    ]) {
      expect(parseFeedDate(value), String(value)).toBeNull();
    }
  });
});

describe('plainText and httpsUrlOrNull', () => {
  it('reduces markup to its words, dropping scripts', () => {
    expect(plainText('<b>The Imperfects</b> canceled<br>at <i>Netflix</i>')).toBe('The Imperfects canceled at Netflix');
    expect(plainText("<script>alert('x')</script><img src=x onerror=alert(1)>Axed")).toBe('Axed');
    expect(plainText('Love <3 and 1 < 2')).toBe('Love <3 and 1 < 2');
  });

  it('drops comments (an unclosed one runs to the end) and script or style bodies, in any case', () => {
    expect(plainText('A<!-- x -->B<!-- y -->C')).toBe('ABC');
    expect(plainText('Show <!-- never closed <b>renewed</b>')).toBe('Show');
    expect(plainText('A<STYLE type="x">b{}</style >C<script>d</SCRIPT>E')).toBe('A C E');
    // An unclosed <script> is an ordinary tag: its text stays.
    expect(plainText('A <script>B')).toBe('A B');
    expect(plainText('<p class="x">One</p><p>Two')).toBe('One Two');
  });

  it('keeps absolute https: URLs only', () => {
    expect(httpsUrlOrNull(' https://deadline.com/a?b=1 ')).toBe('https://deadline.com/a?b=1');
    for (const value of [
      'http://deadline.com/a',
      'javascript:alert(1)',
      '/relative',
      'https://u:p@deadline.com/',
      '',
      null,
    ]) {
      expect(httpsUrlOrNull(value), String(value)).toBeNull();
    }
  });
});
