import { describe, expect, it } from 'vitest';
import { CANCELLATION_LEAD_DAYS, mergeStatus, RETROSPECTIVE_DAYS } from '../../utils/verdict/merge-status';
import type { ClassifiedArticle, HeadlineVerdict, TvmazeFacts } from '../../utils/verdict/types';

function article(
  verdict: HeadlineVerdict,
  published: string | null,
  headline = `${verdict} headline`,
): ClassifiedArticle {
  return {
    headline,
    outlet: 'Deadline',
    url: `https://example.com/${encodeURIComponent(headline)}`,
    published,
    source: 'google-news',
    verdict,
    season: null,
  };
}

function tvmaze(
  status: string | null,
  ended: string | null = null,
  premiered: string | null = '2019-01-10',
): TvmazeFacts {
  return { status, premiered, ended };
}

describe('mergeStatus', () => {
  it('maps TVmaze Running to airing when there is no news', () => {
    expect(mergeStatus(tvmaze('Running'), [])).toEqual({ status: 'airing', evidence: null, conflicting: false });
  });

  it('maps TVmaze Ended to ended when there is no news', () => {
    expect(mergeStatus(tvmaze('Ended', '2023-05-01'), [])).toEqual({
      status: 'ended',
      evidence: null,
      conflicting: false,
    });
  });

  it('maps TVmaze To Be Determined to pending', () => {
    expect(mergeStatus(tvmaze('To Be Determined'), [])).toEqual({
      status: 'pending',
      evidence: null,
      conflicting: false,
    });
  });

  it('maps TVmaze In Development to in-development', () => {
    expect(mergeStatus(tvmaze('In Development'), [])).toEqual({
      status: 'in-development',
      evidence: null,
      conflicting: false,
    });
  });

  it('is unknown without TVmaze facts or news', () => {
    expect(mergeStatus(null, [])).toEqual({ status: 'unknown', evidence: null, conflicting: false });
  });

  it('is unknown for a TVmaze status it does not know', () => {
    expect(mergeStatus(tvmaze('Pilot'), [])).toEqual({ status: 'unknown', evidence: null, conflicting: false });
  });

  it('uses the news when there is no TVmaze show', () => {
    const canceled = article('canceled', '2024-03-01T12:00:00Z');
    expect(mergeStatus(null, [canceled])).toEqual({ status: 'canceled', evidence: canceled, conflicting: false });
  });

  it('ignores articles with no verdict', () => {
    const speculation = article('none', '2024-06-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [speculation])).toEqual({
      status: 'airing',
      evidence: null,
      conflicting: false,
    });
  });

  it('lets the newest decisive article win', () => {
    const renewed = article('renewed', '2023-01-10T12:00:00Z');
    const canceled = article('canceled', '2024-02-10T12:00:00Z');
    expect(mergeStatus(tvmaze('To Be Determined'), [renewed, canceled])).toEqual({
      status: 'canceled',
      evidence: canceled,
      conflicting: false,
    });
  });

  it('reads renewed-then-canceled as canceled', () => {
    const renewed = article('renewed', '2023-04-01T12:00:00Z');
    const canceled = article('canceled', '2023-09-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [canceled, renewed]).status).toBe('canceled');
  });

  it('reads canceled-then-revived as revived', () => {
    const canceled = article('canceled', '2023-05-12T12:00:00Z');
    const revived = article('revived', '2023-06-20T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [revived, canceled])).toEqual({
      status: 'revived',
      evidence: revived,
      conflicting: false,
    });
  });

  it('reads a final season announced for a running show as ending', () => {
    const ending = article('ending', '2024-01-09T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [ending])).toEqual({
      status: 'ending',
      evidence: ending,
      conflicting: false,
    });
  });

  it('reads a final season as ended once TVmaze says Ended, keeping the article as evidence', () => {
    const ending = article('ending', '2024-01-09T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2025-06-01'), [ending])).toEqual({
      status: 'ended',
      evidence: ending,
      conflicting: false,
    });
  });

  it('reads a cancellation published after the end date of an Ended show as canceled', () => {
    const canceled = article('canceled', '2023-06-15T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2023-05-20'), [canceled])).toEqual({
      status: 'canceled',
      evidence: canceled,
      conflicting: false,
    });
  });

  it(`reads a cancellation announced less than ${CANCELLATION_LEAD_DAYS} days before the end as canceled`, () => {
    const canceled = article('canceled', '2023-04-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2023-05-20'), [canceled]).status).toBe('canceled');
  });

  it(`keeps ended when the cancellation came more than ${CANCELLATION_LEAD_DAYS} days before the end`, () => {
    // Canceled in 2018, then revived and ended in 2021: the old cancellation no longer explains the end.
    const canceled = article('canceled', '2018-05-11T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2021-09-10'), [canceled])).toEqual({
      status: 'ended',
      evidence: null,
      conflicting: false,
    });
  });

  it(`prefers a final season reported at the end to a cancellation reported over ${RETROSPECTIVE_DAYS} days later`, () => {
    // A spin-off's cancellation reported under the show's name, years after its planned finale.
    const ending = article('ending', '2019-04-01T12:00:00Z', 'Season 8 will be the last');
    const late = article('canceled', '2026-02-07T12:00:00Z', 'Prequel canceled after pilot');
    expect(mergeStatus(tvmaze('Ended', '2019-05-19', '2011-04-17'), [late, ending])).toEqual({
      status: 'ended',
      evidence: ending,
      conflicting: false,
    });
  });

  it('reads an Ended show with a final season announced as ended, also where outlets called it a cancellation', () => {
    const ending = article('ending', '2015-05-10T12:00:00Z', 'Season 5 will be the last');
    const canceled = article('canceled', '2015-05-12T12:00:00Z', 'Network cancels the show after its final season');
    expect(mergeStatus(tvmaze('Ended', '2016-06-21', '2011-09-22'), [canceled, ending])).toEqual({
      status: 'ended',
      evidence: ending,
      conflicting: false,
    });
  });

  it('still reads a cancellation looked back on as canceled when nothing from the time of the end says otherwise', () => {
    const late = article('canceled', '2020-06-01T12:00:00Z', 'Why the show was canceled');
    expect(mergeStatus(tvmaze('Ended', '2003-01-01', '2002-09-20'), [late]).status).toBe('canceled');
  });

  it('keeps a revival reported long after the end ahead of the news from the time of the end', () => {
    const ending = article('ending', '2015-03-01T12:00:00Z');
    const revived = article('revived', '2023-05-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2015-05-01', '2010-01-01'), [ending, revived]).status).toBe('revived');
  });

  it('reads an undated cancellation of an Ended show as canceled: it explains the end', () => {
    const canceled = article('canceled', null);
    expect(mergeStatus(tvmaze('Ended', '2023-05-20'), [canceled])).toEqual({
      status: 'canceled',
      evidence: canceled,
      conflicting: false,
    });
  });

  it('keeps ended for a renewal published before the end date', () => {
    const renewed = article('renewed', '2020-03-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2022-11-30'), [renewed])).toEqual({
      status: 'ended',
      evidence: null,
      conflicting: false,
    });
  });

  it('keeps ended for an undated renewal', () => {
    expect(mergeStatus(tvmaze('Ended', '2022-11-30'), [article('renewed', null)]).status).toBe('ended');
  });

  it('reads a renewal published after the end date as renewed', () => {
    const renewed = article('renewed', '2023-02-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2022-11-30'), [renewed])).toEqual({
      status: 'renewed',
      evidence: renewed,
      conflicting: false,
    });
  });

  it('reads a revival published after the end date as revived', () => {
    const revived = article('revived', '2023-02-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2022-11-30'), [revived])).toEqual({
      status: 'revived',
      evidence: revived,
      conflicting: false,
    });
  });

  it('keeps ended for a revival published before the end date (the revived run has since ended)', () => {
    const revived = article('revived', '2019-06-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2021-09-10'), [revived]).status).toBe('ended');
  });

  it('skips an out-of-date article for an older one that still fits the end', () => {
    const canceled = article('canceled', '2022-12-15T12:00:00Z');
    const staleRenewal = article('renewed', '2022-10-01T12:00:00Z');
    const ending = article('ending', '2021-05-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Ended', '2023-01-20'), [ending, staleRenewal, canceled]).status).toBe('canceled');
    expect(mergeStatus(tvmaze('Ended', '2023-01-20'), [ending, staleRenewal])).toEqual({
      status: 'ended',
      evidence: ending,
      conflicting: false,
    });
  });

  it('ranks undated articles below dated ones', () => {
    const undatedCanceled = article('canceled', null);
    const datedRenewed = article('renewed', '2024-02-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [undatedCanceled, datedRenewed])).toEqual({
      status: 'renewed',
      evidence: datedRenewed,
      conflicting: false,
    });
  });

  it('uses an undated article when there is no dated one', () => {
    const undated = article('renewed', null);
    expect(mergeStatus(tvmaze('Running'), [undated])).toEqual({
      status: 'renewed',
      evidence: undated,
      conflicting: false,
    });
  });

  it('treats an unreadable date as no date', () => {
    const unreadable = article('canceled', 'last Tuesday');
    const dated = article('renewed', '2024-02-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [unreadable, dated]).status).toBe('renewed');
  });

  it('ignores articles from long before the premiere: they are about an older show with the same name', () => {
    const oldShowEnding = article('ending', '2004-01-15T12:00:00Z');
    expect(mergeStatus(tvmaze('Running', null, '2023-10-12'), [oldShowEnding])).toEqual({
      status: 'airing',
      evidence: null,
      conflicting: false,
    });
  });

  it('keeps an early renewal from shortly before the premiere', () => {
    const early = article('renewed', '2023-08-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running', null, '2023-10-12'), [early]).status).toBe('renewed');
  });

  it('settles articles published at the same instant by verdict, not by feed order', () => {
    const renewed = article('renewed', '2024-02-01T12:00:00Z');
    const canceled = article('canceled', '2024-02-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [renewed, canceled]).status).toBe('canceled');
    expect(mergeStatus(tvmaze('Running'), [canceled, renewed]).status).toBe('canceled');
  });
});

describe('mergeStatus: one misread headline must not flip a show', () => {
  const from = (outlet: string, verdict: HeadlineVerdict, published: string) => ({
    ...article(verdict, published, `${outlet} ${verdict} ${published}`),
    outlet,
  });
  const now = Date.parse('2024-12-01T00:00:00Z');

  it('never lets a future-dated article win', () => {
    const canceled = from('Deadline', 'canceled', '2024-05-01T12:00:00Z');
    const future = from('Blog', 'renewed', '2099-01-01T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [canceled, future], now)).toEqual({
      status: 'canceled',
      evidence: canceled,
      conflicting: false,
    });
  });

  it('reads a renewal within a year after a cancellation as a revival', () => {
    const canceled = from('Deadline', 'canceled', '2018-05-10T12:00:00Z');
    const renewed = from('Variety', 'renewed', '2018-05-12T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [canceled, renewed], now)).toEqual({
      status: 'revived',
      evidence: renewed,
      conflicting: false,
    });
  });

  it('keeps a renewal long after a cancellation as a renewal of the show that came back', () => {
    const canceled = from('Deadline', 'canceled', '2015-05-10T12:00:00Z');
    const renewed = from('Variety', 'renewed', '2018-05-12T12:00:00Z');
    expect(mergeStatus(tvmaze('Running'), [canceled, renewed], now).status).toBe('renewed');
  });

  it('doubts one stray renewal against several fresh cancellations, and says outlets disagree', () => {
    const cancellations = [
      from('Deadline', 'canceled', '2024-03-01T12:00:00Z'),
      from('TVLine', 'canceled', '2024-03-01T13:00:00Z'),
      from('Collider', 'canceled', '2024-03-02T12:00:00Z'),
    ];
    const stray = from('Some Blog', 'renewed', '2024-03-05T12:00:00Z');
    const merged = mergeStatus(tvmaze('Running'), [...cancellations, stray], now);
    expect(merged.status).toBe('canceled');
    expect(merged.conflicting).toBe(true);
  });

  it('lets a better-supported renewal stand against a lone later cancellation, flagged as conflicting', () => {
    const renewals = [
      from('Deadline', 'renewed', '2024-04-01T12:00:00Z'),
      from('Variety', 'renewed', '2024-04-01T14:00:00Z'),
    ];
    const lone = from('Some Blog', 'canceled', '2024-04-10T12:00:00Z');
    const merged = mergeStatus(tvmaze('Running'), [...renewals, lone], now);
    expect(merged).toMatchObject({ status: 'renewed', conflicting: true });
    expect(renewals).toContain(merged.evidence);
  });

  it('keeps a cancellation that outweighs an earlier renewal, still flagged as conflicting', () => {
    const renewed = from('Some Blog', 'renewed', '2024-04-01T12:00:00Z');
    const canceled = [
      from('Deadline', 'canceled', '2024-04-10T12:00:00Z'),
      from('TVLine', 'canceled', '2024-04-10T14:00:00Z'),
    ];
    expect(mergeStatus(tvmaze('Running'), [renewed, ...canceled], now)).toMatchObject({
      status: 'canceled',
      conflicting: true,
    });
  });
});
