/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import type { NewsArticle } from '../../utils/domain';
import { buildShowReport, type ReportSources, withoutFutureDates } from '../../utils/reports/build-show-report';
import { sampleQuery, sampleShow } from '../support/sample-report';

const canceled: NewsArticle = {
  headline: '‘The Imperfects’ Canceled By Netflix After One Season',
  outlet: 'Deadline',
  url: 'https://deadline.com/2022/11/the-imperfects-canceled-1235166041/',
  published: '2022-11-08T18:30:00.000Z',
  source: 'deadline',
};

/** The clock of every lookup here: after every article's date (dates far ahead are dropped). */
const NOW = Date.parse('2026-11-30T12:00:00Z');

function sources(overrides: Partial<ReportSources> = {}): ReportSources {
  return {
    resolve: vi.fn(async () => ({ show: sampleShow(), method: 'title' as const })),
    correctedShow: vi.fn(async () => null),
    findNews: vi.fn(async () => ({ articles: [canceled], complete: true })),
    readArticle: vi.fn(async () => null),
    now: () => NOW,
    ...overrides,
  };
}

describe('news alongside resolution (issue 12)', () => {
  const earlyNews: ReportSources['earlyNews'] = {
    fromPage: (query) => ({ name: query.title, network: null }),
    fits: (early, resolved) => early.name === resolved.name,
  };

  it('asks for the news before TVmaze has answered, and keeps it when the resolved show fits', async () => {
    let answerTvmaze: () => void = () => undefined;
    const resolve = vi.fn(
      () =>
        new Promise<{ show: ReturnType<typeof sampleShow>; method: 'title' }>((done) => {
          answerTvmaze = () => done({ show: sampleShow(), method: 'title' });
        }),
    );
    const all = sources({ resolve, earlyNews });
    const building = buildShowReport(sampleQuery(), all);
    await new Promise((done) => setTimeout(done, 0));
    expect(all.findNews).toHaveBeenCalledTimes(1);
    expect(all.findNews).toHaveBeenCalledWith({ name: sampleQuery().title, network: null });
    answerTvmaze();
    expect((await building).status).toBe('canceled');
    expect(all.findNews).toHaveBeenCalledTimes(1);
  });

  it("asks again for the resolved show when the page's title makes a different search", async () => {
    const all = sources({ earlyNews: { ...earlyNews, fits: () => false } });
    await buildShowReport(sampleQuery(), all);
    expect(all.findNews).toHaveBeenCalledTimes(2);
    expect(all.findNews).toHaveBeenLastCalledWith(sampleShow());
  });

  it('asks again when the early search failed, and not early at all for a corrected page', async () => {
    const findNews = vi
      .fn<ReportSources['findNews']>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ articles: [canceled], complete: true });
    expect((await buildShowReport(sampleQuery(), sources({ findNews, earlyNews }))).status).toBe('canceled');
    expect(findNews).toHaveBeenCalledTimes(2);

    const corrected = sources({ earlyNews, correctedShow: vi.fn(async () => sampleShow()) });
    await buildShowReport(sampleQuery(), corrected);
    expect(corrected.findNews).toHaveBeenCalledTimes(1);
    expect(corrected.findNews).toHaveBeenCalledWith(sampleShow());
  });
});

describe('building a report', () => {
  it('merges TVmaze and the news into a status with its evidence', async () => {
    const report = await buildShowReport(sampleQuery(), sources());
    expect(report).toMatchObject({
      status: 'canceled',
      matchMethod: 'title',
      evidence: {
        outlet: 'Deadline',
        verdict: 'canceled',
        published: '2022-11-08T18:30:00.000Z',
        // The words the classifier read the verdict from (the panel's "why").
        decidedBy: expect.stringMatching(/cancel/i),
      },
      ratings: [{ source: 'tvmaze', value: 6.3, scale: 10 }],
      fetchedAt: NOW,
      outdated: false,
      film: false,
    });
  });

  it('does not let an article dated years ahead beat a real cancellation', async () => {
    const fromTheFuture: NewsArticle = {
      headline: '‘The Imperfects’ Renewed For Season 2 At Netflix',
      outlet: 'Spam Daily',
      url: 'https://example.com/renewed',
      published: '2099-01-01T00:00:00.000Z',
      source: 'google-news',
    };
    const report = await buildShowReport(
      sampleQuery(),
      sources({ findNews: vi.fn(async () => ({ articles: [fromTheFuture, canceled], complete: true })) }),
    );
    expect(report.status).toBe('canceled');
    expect(report.evidence?.headline).toBe(canceled.headline);
  });

  it('keeps a date a few hours ahead (feeds in other time zones)', () => {
    const soon = { ...canceled, published: '2026-11-30T20:00:00.000Z' };
    const far = { ...canceled, published: '2026-12-02T00:00:00.000Z' };
    expect(withoutFutureDates([soon, far], NOW).map((article) => article.published)).toEqual([
      '2026-11-30T20:00:00.000Z',
      null,
    ]);
  });

  it('gives a film no series status and asks no source', async () => {
    const all = sources();
    const report = await buildShowReport(sampleQuery({ kind: 'film', title: 'Glass Onion' }), all);
    expect(report).toMatchObject({ film: true, show: null, status: 'unknown' });
    expect(all.resolve).not.toHaveBeenCalled();
    expect(all.findNews).not.toHaveBeenCalled();
  });

  it('says "not found" rather than guessing, and reads no news', async () => {
    const all = sources({ resolve: vi.fn(async () => null) });
    const report = await buildShowReport(sampleQuery(), all);
    expect(report).toMatchObject({ show: null, status: 'unknown', evidence: null, matchMethod: null });
    expect(all.findNews).not.toHaveBeenCalled();
  });

  it("uses the user's correction before any search", async () => {
    const picked = sampleShow({ tvmazeId: 99, name: 'The Imperfects (2004)', tvmazeStatus: 'Running', ended: null });
    const all = sources({
      correctedShow: vi.fn(async () => picked),
      findNews: vi.fn(async () => ({ articles: [], complete: true })),
    });
    const report = await buildShowReport(sampleQuery(), all);
    expect(report).toMatchObject({ matchMethod: 'user-choice', status: 'airing', show: { tvmazeId: 99 } });
    expect(all.resolve).not.toHaveBeenCalled();
  });

  it('rests on TVmaze alone when there is no news', async () => {
    const report = await buildShowReport(
      sampleQuery(),
      sources({ findNews: vi.fn(async () => ({ articles: [], complete: true })) }),
    );
    expect(report).toMatchObject({ status: 'ended', evidence: null });
  });

  it('says when a news source failed, so the report is re-asked soon', async () => {
    const report = await buildShowReport(
      sampleQuery(),
      sources({ findNews: vi.fn(async () => ({ articles: [], complete: false })) }),
    );
    expect(report).toMatchObject({ status: 'ended', newsUnavailable: true });
  });

  it("adds what the article's page says, with its ratings, when article reading finds something", async () => {
    const findings = {
      url: canceled.url,
      outlet: 'Deadline',
      decidedOn: '2022-11-08',
      season: 2,
      network: 'Netflix',
      premiered: '2022-09-08',
      ratings: [{ source: 'imdb' as const, value: 6.1, scale: 10, votes: 1500 }],
    };
    const all = sources({ readArticle: vi.fn(async () => findings) });
    const report = await buildShowReport(sampleQuery(), all);
    expect(report.articleFindings).toEqual(findings);
    expect(report.ratings.map((rating) => rating.source)).toEqual(['tvmaze', 'imdb']);
    expect(all.readArticle).toHaveBeenCalledWith(expect.objectContaining({ url: canceled.url }), expect.anything());
  });

  it('passes a TVmaze outage on, so the caller can serve the cache', async () => {
    const all = sources({ resolve: vi.fn(async () => Promise.reject(new Error('TVmaze unavailable (network)'))) });
    await expect(buildShowReport(sampleQuery(), all)).rejects.toThrow('TVmaze unavailable');
  });
});
