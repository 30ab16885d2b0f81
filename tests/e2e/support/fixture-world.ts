/**
 * The small world the end-to-end suite runs in: the shows TVmaze "knows", the news Google News
 * "has", and the streaming pages that show them. Responses are built in TVmaze's and Google
 * News' real shapes (see docs/data-sources.md); the data is our own.
 */

export interface WorldShow {
  id: number;
  name: string;
  status: 'Running' | 'Ended' | 'To Be Determined' | 'In Development';
  premiered: string | null;
  ended: string | null;
  rating: number | null;
  imdb: string | null;
  /** A streamer (TVmaze's webChannel) or a broadcaster (network). */
  channel: { kind: 'webChannel' | 'network'; id: number; name: string; country: string | null };
  language?: string;
  /** The Netflix title id its pages use, when it is on Netflix in this world. */
  netflixId?: string;
  /** Whether Wikidata knows its Netflix id (then the match is exact, not by title). */
  inWikidata?: boolean;
}

export interface WorldNewsItem {
  headline: string;
  outlet: string;
  outletUrl: string;
  published: string;
}

const NETFLIX = { kind: 'webChannel', id: 1, name: 'Netflix', country: null } as const;

const PRIME_VIDEO = { kind: 'webChannel', id: 3, name: 'Prime Video', country: null } as const;
const DISNEY_PLUS = { kind: 'webChannel', id: 287, name: 'Disney+', country: null } as const;
const HULU = { kind: 'webChannel', id: 2, name: 'Hulu', country: null } as const;
const HBO = { kind: 'network', id: 8, name: 'HBO', country: 'US' } as const;
const APPLE_TV = { kind: 'webChannel', id: 310, name: 'Apple TV+', country: null } as const;
const PARAMOUNT_PLUS = { kind: 'webChannel', id: 107, name: 'Paramount+', country: null } as const;

/**
 * The shows of the other services' pages (services.e2e.ts, support/service-pages.ts): the titles
 * and years their saved markup under tests/fixtures/<service>/ carries. Their statuses differ, so a
 * panel showing the wrong show's status can't pass.
 */
const SERVICE_SHOWS: WorldShow[] = [
  {
    id: 61100,
    name: 'The Boys',
    status: 'Running',
    premiered: '2019-07-26',
    ended: null,
    rating: 8.4,
    imdb: 'tt1190634',
    channel: PRIME_VIDEO,
  },
  {
    id: 61101,
    name: 'The Mandalorian',
    status: 'To Be Determined',
    premiered: '2019-11-12',
    ended: null,
    rating: 8.3,
    imdb: 'tt8111088',
    channel: DISNEY_PLUS,
  },
  {
    id: 61102,
    name: 'Loki',
    status: 'Ended',
    premiered: '2021-06-09',
    ended: '2023-11-09',
    rating: 7.9,
    imdb: 'tt9140554',
    channel: DISNEY_PLUS,
  },
  {
    id: 61103,
    name: 'The Bear',
    status: 'Running',
    premiered: '2022-06-23',
    ended: null,
    rating: 8.5,
    imdb: 'tt14452776',
    channel: HULU,
  },
  {
    id: 61104,
    name: 'The Last of Us',
    status: 'Running',
    premiered: '2023-01-15',
    ended: null,
    rating: 8.7,
    imdb: 'tt3581920',
    channel: HBO,
  },
  {
    id: 61105,
    name: 'Succession',
    status: 'Ended',
    premiered: '2018-06-03',
    ended: '2023-05-28',
    rating: 8.8,
    imdb: 'tt7660850',
    channel: HBO,
  },
  {
    id: 61106,
    name: 'Severance',
    status: 'Running',
    premiered: '2022-02-18',
    ended: null,
    rating: 8.7,
    imdb: 'tt11280740',
    channel: APPLE_TV,
  },
  {
    id: 61107,
    name: 'Ted Lasso',
    status: 'Ended',
    premiered: '2020-08-14',
    ended: '2023-05-31',
    rating: 8.7,
    imdb: 'tt10986410',
    channel: APPLE_TV,
  },
  {
    id: 61108,
    name: 'Tulsa King',
    status: 'Running',
    premiered: '2022-11-13',
    ended: null,
    rating: 7.8,
    imdb: 'tt16358384',
    channel: PARAMOUNT_PLUS,
  },
  {
    id: 61109,
    name: 'The Office',
    status: 'Ended',
    premiered: '2005-03-24',
    ended: '2013-05-16',
    rating: 8.6,
    imdb: 'tt0386676',
    channel: { kind: 'network', id: 1, name: 'NBC', country: 'US' },
  },
  {
    id: 61110,
    name: 'Breaking Bad',
    status: 'Ended',
    premiered: '2008-01-20',
    ended: '2013-09-29',
    rating: 9.2,
    imdb: 'tt0903747',
    channel: { kind: 'network', id: 20, name: 'AMC', country: 'US' },
  },
];

export const SHOWS: WorldShow[] = [
  {
    id: 61000,
    name: 'The Imperfects',
    status: 'Ended',
    premiered: '2022-09-08',
    ended: '2022-09-08',
    rating: 6.3,
    imdb: 'tt14537248',
    channel: NETFLIX,
    netflixId: '81214929',
  },
  {
    id: 61001,
    name: 'Stranger Things',
    status: 'Running',
    premiered: '2016-07-15',
    ended: null,
    rating: 8.6,
    imdb: 'tt4574334',
    channel: NETFLIX,
    netflixId: '80057281',
    inWikidata: true,
  },
  {
    id: 61002,
    name: 'Wednesday',
    status: 'Running',
    premiered: '2022-11-23',
    ended: null,
    rating: 8.1,
    imdb: 'tt13443470',
    channel: NETFLIX,
    netflixId: '81231974',
  },
  {
    id: 61003,
    name: 'House of Cards',
    status: 'Ended',
    premiered: '2013-02-01',
    ended: '2018-11-02',
    rating: 8.2,
    imdb: 'tt1856010',
    channel: NETFLIX,
    netflixId: '70178217',
    inWikidata: true,
  },
  {
    id: 61004,
    name: 'House of Cards',
    status: 'Ended',
    premiered: '1990-11-18',
    ended: '1990-12-09',
    rating: 8.4,
    imdb: 'tt0098825',
    channel: { kind: 'network', id: 12, name: 'BBC One', country: 'GB' },
  },
  {
    id: 61005,
    name: 'Mindhunter',
    status: 'To Be Determined',
    premiered: '2017-10-13',
    ended: null,
    rating: 8.5,
    imdb: 'tt5290382',
    channel: NETFLIX,
    netflixId: '80114855',
  },
  {
    id: 61006,
    name: 'Lupin',
    status: 'Running',
    premiered: '2021-01-08',
    ended: null,
    rating: 7.6,
    imdb: 'tt2531336',
    channel: NETFLIX,
    language: 'French',
    netflixId: '80994082',
  },
  // Same-titled shows for the "wrong show?" correction (correction.e2e.ts): Netflix's page names the
  // American remake's year, so the title match picks it; the viewer means the British original.
  {
    id: 61050,
    name: 'Shameless',
    status: 'Ended',
    premiered: '2011-01-09',
    ended: '2021-04-11',
    rating: 8.5,
    imdb: 'tt1586680',
    channel: { kind: 'network', id: 9, name: 'Showtime', country: 'US' },
    netflixId: '70205012',
  },
  {
    id: 61051,
    name: 'Shameless',
    status: 'Ended',
    premiered: '2004-01-13',
    ended: '2013-05-28',
    rating: 7.9,
    imdb: 'tt0377260',
    channel: { kind: 'network', id: 45, name: 'Channel 4', country: 'GB' },
  },
  // Two shows of one name, neither on Peacock: a page without a year can't tell them apart (not found).
  {
    id: 61052,
    name: 'Battlestar Galactica',
    status: 'Ended',
    premiered: '1978-09-17',
    ended: '1979-04-29',
    rating: 7.2,
    imdb: 'tt0076984',
    channel: { kind: 'network', id: 3, name: 'ABC', country: 'US' },
  },
  {
    id: 61053,
    name: 'Battlestar Galactica',
    status: 'Ended',
    premiered: '2004-10-18',
    ended: '2009-03-20',
    rating: 8.6,
    imdb: 'tt0407362',
    channel: { kind: 'network', id: 16, name: 'Syfy', country: 'US' },
  },
  ...SERVICE_SHOWS,
];

/** Trade-press headlines (Deadline's TV feed), with their real article pages. */
export interface WorldTradeArticle extends WorldNewsItem {
  path: string;
  /** The article's paragraphs, as its page shows them. */
  paragraphs: string[];
}

export const DEADLINE_ARTICLES: WorldTradeArticle[] = [
  {
    headline: '‘Mindhunter’ Will Not Return For Season 3 At Netflix',
    outlet: 'Deadline',
    outletUrl: 'https://deadline.com',
    published: 'Fri, 17 Jan 2020 19:05:00 GMT',
    path: '/2020/01/mindhunter-will-not-return-season-3-netflix-1202834567/',
    paragraphs: [
      'Netflix has decided not to move forward with a third season of Mindhunter, the streamer confirmed on January 17, 2020.',
      'The crime drama premiered on October 13, 2017 and ran for two seasons. Its cast has been released from their contracts.',
      'Mindhunter is rated 8.6/10 on IMDb from 320,000 votes and holds a 97% critics score on Rotten Tomatoes.',
    ],
  },
  {
    headline: 'Emmy Predictions: Who Will Win Drama Series?',
    outlet: 'Deadline',
    outletUrl: 'https://deadline.com',
    published: 'Mon, 06 Jan 2020 12:00:00 GMT',
    path: '/2020/01/emmy-predictions-drama-1202830001/',
    paragraphs: ['Our predictions for this year.'],
  },
];

/** Films exist on Netflix in this world but not on TVmaze. */
export const FILMS = [{ name: 'Glass Onion', netflixId: '81458416', year: 2022 }];

/** News per show name; Google News answers a search with the items whose show name the query quotes. */
export const NEWS: Record<string, WorldNewsItem[]> = {
  'The Imperfects': [
    {
      headline: '‘The Imperfects’ Canceled By Netflix After One Season',
      outlet: 'Deadline',
      outletUrl: 'https://deadline.com',
      published: 'Tue, 08 Nov 2022 18:30:00 GMT',
    },
    {
      headline: 'The Imperfects review: a messy, likeable superhero show',
      outlet: 'The Guardian',
      outletUrl: 'https://www.theguardian.com',
      published: 'Thu, 08 Sep 2022 10:00:00 GMT',
    },
  ],
  'Stranger Things': [
    {
      headline: '‘Stranger Things’ Renewed For Fifth And Final Season By Netflix',
      outlet: 'Deadline',
      outletUrl: 'https://deadline.com',
      published: 'Wed, 06 Jul 2022 15:00:00 GMT',
    },
  ],
  Wednesday: [
    {
      headline: "'Wednesday' renewed for season 3 at Netflix ahead of season 2 premiere",
      outlet: 'Variety',
      outletUrl: 'https://variety.com',
      published: 'Mon, 10 Feb 2025 17:00:00 GMT',
    },
    {
      headline: 'Will Wednesday be canceled? Everything we know about season 3',
      outlet: 'Screen Rant',
      outletUrl: 'https://screenrant.com',
      published: 'Tue, 11 Mar 2025 12:00:00 GMT',
    },
  ],
  'The Boys': [
    {
      headline: '‘The Boys’ To End With Season 5 At Prime Video',
      outlet: 'Deadline',
      outletUrl: 'https://deadline.com',
      published: 'Thu, 09 May 2024 16:00:00 GMT',
    },
  ],
  'The Last of Us': [
    {
      headline: '‘The Last Of Us’ Renewed For Season 3 At HBO',
      outlet: 'Variety',
      outletUrl: 'https://variety.com',
      published: 'Mon, 14 Apr 2025 20:00:00 GMT',
    },
  ],
  Succession: [
    {
      headline: '‘Succession’ Will End With Season 4',
      outlet: 'The Hollywood Reporter',
      outletUrl: 'https://www.hollywoodreporter.com',
      published: 'Tue, 14 Feb 2023 14:00:00 GMT',
    },
  ],
  Severance: [
    {
      headline: '‘Severance’ Renewed For Season 3 At Apple TV+',
      outlet: 'Deadline',
      outletUrl: 'https://deadline.com',
      published: 'Fri, 21 Mar 2025 17:00:00 GMT',
    },
  ],
  'Ted Lasso': [
    {
      headline: '‘Ted Lasso’ Revived For Season 4 At Apple TV+',
      outlet: 'Variety',
      outletUrl: 'https://variety.com',
      published: 'Tue, 25 Mar 2025 18:00:00 GMT',
    },
  ],
  'Tulsa King': [
    {
      headline: '‘Tulsa King’ Canceled At Paramount+ After Two Seasons',
      outlet: 'TVLine',
      outletUrl: 'https://tvline.com',
      published: 'Wed, 04 Jun 2025 19:00:00 GMT',
    },
  ],
};

export function findShowsByName(name: string): WorldShow[] {
  const wanted = name.trim().toLowerCase();
  return SHOWS.filter((show) => show.name.toLowerCase() === wanted || show.name.toLowerCase().includes(wanted));
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A show as TVmaze's API returns it (fields as of 2024: `ended`, `webChannel`, `externals`). */
export function tvmazeShowJson(show: WorldShow): Record<string, unknown> {
  const slug = show.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const channel = {
    id: show.channel.id,
    name: show.channel.name,
    country: show.channel.country
      ? { name: show.channel.country, code: show.channel.country, timezone: 'Europe/London' }
      : null,
    officialSite: null,
  };
  return {
    id: show.id,
    url: `https://www.tvmaze.com/shows/${show.id}/${slug}`,
    name: show.name,
    type: 'Scripted',
    language: show.language ?? 'English',
    genres: ['Drama'],
    status: show.status,
    runtime: null,
    averageRuntime: 50,
    premiered: show.premiered,
    ended: show.ended,
    officialSite: null,
    schedule: { time: '', days: [] },
    rating: { average: show.rating },
    weight: 90,
    network: show.channel.kind === 'network' ? channel : null,
    webChannel: show.channel.kind === 'webChannel' ? channel : null,
    dvdCountry: null,
    externals: { tvrage: null, thetvdb: null, imdb: show.imdb },
    image: null,
    summary: `<p><b>${show.name}</b> is a show.</p><script>alert(1)</script>`,
    updated: 1_700_000_000,
    _links: { self: { href: `https://api.tvmaze.com/shows/${show.id}` } },
  };
}

/** A Google News RSS search answer, in the feed's real item shape. */
export function googleNewsRss(query: string, items: WorldNewsItem[]): string {
  const entries = items
    .map(
      (item, index) => `<item>
<title>${escapeXml(`${item.headline} - ${item.outlet}`)}</title>
<link>https://news.google.com/rss/articles/CBMiFIXTURE${index}${item.outlet.replace(/\W/g, '')}?oc=5</link>
<guid isPermaLink="false">CBMiFIXTURE${index}</guid>
<pubDate>${item.published}</pubDate>
<description>${escapeXml(`<a href="https://news.google.com/rss/articles/CBMiFIXTURE${index}?oc=5" target="_blank">${item.headline}</a>&nbsp;&nbsp;<font color="#6f6f6f">${item.outlet}</font>`)}</description>
<source url="${item.outletUrl}">${escapeXml(item.outlet)}</source>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<generator>NFE/5.0</generator>
<title>${escapeXml(query)} - Google News</title>
<link>https://news.google.com/search?q=${encodeURIComponent(query)}&amp;hl=en-US&amp;gl=US&amp;ceid=US:en</link>
<language>en-US</language>
<webMaster>news-webmaster@google.com</webMaster>
<copyright>Copyright © 2026 Google. All rights reserved. This XML feed is made available solely for the purpose of rendering Google News results within a personal feed reader for personal, non-commercial use.</copyright>
<lastBuildDate>Thu, 26 Nov 2026 12:00:00 GMT</lastBuildDate>
<description>Google News</description>
${entries}
</channel></rss>`;
}

/** A WordPress RSS feed, as the trade outlets publish (real article URLs on the outlet's host). */
export function tradeRss(host: string, title: string, articles: WorldTradeArticle[]): string {
  const items = articles
    .map(
      (article) => `<item>
<title>${escapeXml(article.headline)}</title>
<link>https://${host}${article.path}</link>
<comments>https://${host}${article.path}#respond</comments>
<dc:creator><![CDATA[Staff]]></dc:creator>
<pubDate>${article.published}</pubDate>
<category><![CDATA[TV]]></category>
<guid isPermaLink="false">https://${host}/?p=${article.path.length}</guid>
<description><![CDATA[<p>${article.paragraphs[0] ?? ''}</p>]]></description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${escapeXml(title)}</title><link>https://${host}</link><description>TV news</description>
<language>en-US</language>
${items}
</channel></rss>`;
}

/** An article page: the story inside <article>, surrounded by the site's chrome. */
export function tradeArticlePage(article: WorldTradeArticle): string {
  const paragraphs = article.paragraphs.map((text) => `<p>${escapeXml(text)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(article.headline)} - Deadline</title>
<script>window.analytics = { track() {} };</script></head>
<body><header><nav><a href="/">Deadline</a> <a href="/v/tv/">TV</a></nav></header>
<main><article><h1>${escapeXml(article.headline)}</h1>
<div class="byline">By Staff</div>
${paragraphs}
</article>
<aside><h2>Most popular</h2><p>‘Other Show’ renewed for season 9</p></aside></main>
<footer>© Deadline</footer></body></html>`;
}
