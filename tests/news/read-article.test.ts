/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../utils/domain';
import { readArticleFindings } from '../../utils/news/read-article';

const evidence: Evidence = {
  headline: '‘Mindhunter’ Will Not Return For Season 3 At Netflix',
  outlet: 'Deadline',
  url: 'https://deadline.com/2020/01/mindhunter-will-not-return-1202834567/',
  published: '2020-01-17T19:05:00.000Z',
  verdict: 'canceled',
  season: 3,
};

const page = `<html><body><article><h1>‘Mindhunter’ Will Not Return For Season 3 At Netflix</h1>
<p>Netflix has decided not to move forward with a third season of Mindhunter, the streamer confirmed on January 17, 2020.</p>
<p>Mindhunter is rated 8.6/10 on IMDb from 320,000 votes.</p></article></body></html>`;

function deps(overrides: Partial<Parameters<typeof readArticleFindings>[2]> = {}) {
  const fetchText = vi.fn(async (url: string) => ({
    status: 200,
    text: page,
    headers: new Headers(),
    url,
    redirected: false,
  }));
  return { isEnabled: async () => true, isPermitted: async () => true, fetchText, ...overrides };
}

describe('reading the deciding article', () => {
  it("reads the article's page and returns what it states", async () => {
    const findings = await readArticleFindings(evidence, 'Mindhunter', deps());
    expect(findings).toMatchObject({
      url: evidence.url,
      outlet: 'Deadline',
      decidedOn: '2020-01-17',
      network: 'Netflix',
    });
    expect(findings?.ratings).toContainEqual({ source: 'imdb', value: 8.6, scale: 10, votes: 320_000 });
  });

  it('does nothing unless the user turned it on', async () => {
    const options = deps({ isEnabled: async () => false });
    expect(await readArticleFindings(evidence, 'Mindhunter', options)).toBeNull();
    expect(options.fetchText).not.toHaveBeenCalled();
  });

  it("does nothing without the host's permission", async () => {
    const options = deps({ isPermitted: async () => false });
    expect(await readArticleFindings(evidence, 'Mindhunter', options)).toBeNull();
    expect(options.fetchText).not.toHaveBeenCalled();
  });

  it('never fetches a URL outside the trade outlets (Google News redirects, anything else)', async () => {
    const options = deps();
    for (const url of [
      'https://news.google.com/rss/articles/CBMi?oc=5',
      'https://evil.example/deadline.com',
      'http://deadline.com/x',
    ]) {
      expect(await readArticleFindings({ ...evidence, url }, 'Mindhunter', options)).toBeNull();
    }
    expect(options.fetchText).not.toHaveBeenCalled();
  });

  it('says nothing more when the page cannot be fetched', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const options = deps({ fetchText: vi.fn(async () => Promise.reject(new Error('offline'))) });
    expect(await readArticleFindings(evidence, 'Mindhunter', options)).toBeNull();
  });
});
