/** The show the follow tests follow, and the news that changes its fate (follow.e2e.ts, firefox-companion.e2e.ts). */
import { expect } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { googleNewsRss } from './fixture-world';

/** Lupin in the fixture world: TVmaze 61006, Running, no news, so "airing". */
export const LUPIN = { netflixId: '80994082', tvmazeId: 61006, name: 'Lupin' };

/**
 * From now on, every Google News search for Lupin the page already made answers with a cancellation
 * reported yesterday (the next check finds it as a change).
 */
export function serveLupinCancellation(server: FixtureServer): void {
  serveLupinNews(server, '‘Lupin’ Canceled At Netflix After Three Parts', 'Deadline', 'https://deadline.com');
}

/** From now on, every Google News search for Lupin the page already made answers with `headline`, from yesterday. */
export function serveLupinNews(server: FixtureServer, headline: string, outlet: string, outletUrl: string): void {
  const yesterday = new Date(Date.now() - 24 * 3_600_000).toUTCString();
  const item = { headline, outlet, outletUrl, published: yesterday };
  const searches = server
    .requestsTo('news.google.com')
    .filter((request) => request.path.startsWith('/rss/search') && request.path.includes('Lupin'));
  expect(searches.length, 'the page looked Lupin up in the news').toBeGreaterThan(0);
  for (const { path } of searches) {
    const query = new URL(`https://news.google.com${path}`).searchParams.get('q') ?? '';
    server.extraRoutes.set(`news.google.com${path}`, {
      type: 'application/xml; charset=UTF-8',
      body: googleNewsRss(query, [item]),
    });
  }
}
