import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type PanelView, ShowPanel } from '../../components/show-panel';
import { sampleReport, sampleShow } from '../support/sample-report';

function renderPanel(view: PanelView, collapsed = false) {
  const actions = { onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onWrongShow: vi.fn() };
  const result = render(<ShowPanel data={{ view, collapsed }} actions={actions} />);
  const get = (testId: string) => result.container.querySelector(`[data-testid="${testId}"]`);
  const all = (testId: string) => [...result.container.querySelectorAll(`[data-testid="${testId}"]`)];
  return { ...result, actions, get, all };
}

describe('the panel’s public DOM contract', () => {
  it('shows status, title, ratings, the deciding article and the TVmaze source', () => {
    const { get, all } = renderPanel({ state: 'report', report: sampleReport(), refreshing: false });
    expect(get('showfate-status')?.getAttribute('data-status')).toBe('canceled');
    expect(get('showfate-status')?.textContent).toBe('Canceled');
    expect(get('showfate-title')?.textContent).toBe('The Imperfects');
    expect(get('showfate-title')?.parentElement?.textContent).toContain('2022 · Netflix');

    const ratings = all('showfate-rating');
    expect(ratings.map((rating) => rating.getAttribute('data-source'))).toEqual(['tvmaze']);
    expect(ratings[0]?.textContent).toContain('6.3/10');

    const article = get('showfate-article') as HTMLAnchorElement;
    expect(article.tagName).toBe('A');
    expect(article.getAttribute('href')).toBe('https://news.google.com/rss/articles/CBMiEXAMPLE?oc=5');
    expect(article.getAttribute('target')).toBe('_blank');
    expect(article.getAttribute('rel')).toContain('noopener');
    expect(article.getAttribute('data-published')).toBe('2022-11-08T18:30:00.000Z');
    expect(article.textContent).toContain('Canceled · Deadline · Nov 8, 2022');

    expect(get('showfate-source-tvmaze')?.getAttribute('href')).toBe(
      'https://www.tvmaze.com/shows/61000/the-imperfects',
    );
    expect(get('showfate-collapse')?.tagName).toBe('BUTTON');
  });

  it("links IMDb's rating, with its scale, to IMDb's page built from the exact id", () => {
    const report = sampleReport({
      query: { ...sampleReport().query, service: 'imdb', imdbId: 'tt14537248' },
      ratings: [
        { source: 'tvmaze', value: 6.3, scale: 10 },
        { source: 'imdb', value: 6.1, scale: 10, votes: 1500 },
      ],
    });
    const { container } = renderPanel({ state: 'report', report, refreshing: false });
    const imdb = container.querySelector('[data-testid="showfate-rating"][data-source="imdb"]');
    expect(imdb?.textContent).toContain('6.1/10');
    expect(imdb?.textContent).toContain('1,500 votes');
    const link = imdb?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.imdb.com/title/tt14537248/');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toContain('noopener');
    // TVmaze's score has its own attribution link further down: the rating itself is not linked.
    expect(container.querySelector('[data-source="tvmaze"] a')).toBeNull();
  });

  it("shows IMDb's rating unlinked when no exact IMDb id is known", () => {
    const report = sampleReport({
      show: sampleShow({ imdbId: null }),
      ratings: [{ source: 'imdb', value: 6.1, scale: 10 }],
    });
    const { container } = renderPanel({ state: 'report', report, refreshing: false });
    const imdb = container.querySelector('[data-testid="showfate-rating"][data-source="imdb"]');
    expect(imdb?.textContent).toContain('6.1/10');
    expect(imdb?.querySelector('a')).toBeNull();
  });

  it("says which of the headline's words decided the status, as the article link's tooltip", () => {
    const report = sampleReport({ evidence: { ...sampleReport().evidence!, decidedBy: 'pulls the plug on <b>X</b>' } });
    const { get } = renderPanel({ state: 'report', report, refreshing: false });
    expect(get('showfate-article')?.getAttribute('title')).toBe(
      'Read as Canceled from the words “pulls the plug on <b>X</b>” in this headline.',
    );
    const older = sampleReport({ evidence: { ...sampleReport().evidence!, decidedBy: undefined } });
    const { container } = renderPanel({ state: 'report', report: older, refreshing: false });
    expect(container.querySelector('[data-testid="showfate-article"][title]')).toBeNull();
  });

  it('renders feed and API text as text, never as markup', () => {
    const report = sampleReport({
      show: sampleShow({ name: '<img src=x onerror=alert(1)>Evil' }),
      evidence: { ...sampleReport().evidence!, headline: '<script>alert(1)</script> Canceled' },
    });
    const { container, get } = renderPanel({ state: 'report', report, refreshing: false });
    expect(container.querySelector('img, script')).toBeNull();
    expect(get('showfate-title')?.textContent).toBe('<img src=x onerror=alert(1)>Evil');
  });

  it('drops article and source links that are not https', () => {
    for (const url of ['javascript:alert(1)', 'http://example.com/a', 'data:text/html,hi', 'not a url']) {
      const report = sampleReport({
        evidence: { ...sampleReport().evidence!, url },
        show: sampleShow({ tvmazeUrl: url }),
      });
      const { get, unmount } = renderPanel({ state: 'report', report, refreshing: false });
      expect(get('showfate-article')).toBeNull();
      expect(get('showfate-source-tvmaze')).toBeNull();
      unmount();
    }
  });

  it('collapses to the badge and says so to assistive technology', () => {
    const { get, actions } = renderPanel({ state: 'report', report: sampleReport(), refreshing: false }, true);
    expect(get('showfate-status')?.getAttribute('data-status')).toBe('canceled');
    expect(get('showfate-title')).toBeNull();
    const toggle = get('showfate-collapse') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-label')).toBe('Expand ShowFate panel');
    fireEvent.click(toggle);
    expect(actions.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  it('shows loading and error states, with a retry', () => {
    const loading = renderPanel({ state: 'loading', title: 'Lupin' });
    expect(loading.get('showfate-status')?.getAttribute('data-status')).toBe('loading');
    expect(loading.container.textContent).toContain('Looking up “Lupin”');
    loading.unmount();

    const failed = renderPanel({ state: 'error', title: 'Lupin', message: 'ShowFate could not reach TVmaze.' });
    expect(failed.get('showfate-status')?.getAttribute('data-status')).toBe('error');
    expect(failed.get('showfate-error')?.textContent).toBe('ShowFate could not reach TVmaze.');
    fireEvent.click(screen.getByText('Try again'));
    expect(failed.actions.onRetry).toHaveBeenCalledTimes(1);
  });

  it('says how the show was matched, and offers a correction', () => {
    const { get, actions } = renderPanel({
      state: 'report',
      report: sampleReport({ matchMethod: 'title' }),
      refreshing: false,
    });
    expect(get('showfate-match')?.textContent).toContain('Matched by title');
    fireEvent.click(get('showfate-wrong-show')!);
    expect(actions.onWrongShow).toHaveBeenCalledTimes(1);

    const exact = renderPanel({ state: 'report', report: sampleReport({ matchMethod: 'imdb-id' }), refreshing: false });
    expect(exact.container.querySelector('[data-testid="showfate-match"]')).toBeNull();
  });

  it('says "not found" with the searched title instead of guessing', () => {
    const report = sampleReport({ show: null, status: 'unknown', evidence: null, ratings: [], matchMethod: null });
    const { get } = renderPanel({ state: 'report', report, refreshing: false });
    expect(get('showfate-not-found')?.textContent).toContain('“The Imperfects” (2022)');
    expect(get('showfate-title')).toBeNull();
  });

  it('marks a report served while offline as possibly out of date', () => {
    const { get } = renderPanel({ state: 'report', report: sampleReport({ outdated: true }), refreshing: false });
    expect(get('showfate-outdated')?.textContent).toContain('may be out of date');
  });

  it('says when outlets disagree, and only then', () => {
    const agreed = renderPanel({ state: 'report', report: sampleReport(), refreshing: false });
    expect(agreed.get('showfate-conflicting')).toBeNull();
    agreed.unmount();
    const { get } = renderPanel({
      state: 'report',
      report: sampleReport({ conflictingReports: true }),
      refreshing: false,
    });
    expect(get('showfate-conflicting')?.textContent).toContain('Outlets disagree');
  });

  it('tells a film apart instead of giving it a series status', () => {
    const report = sampleReport({ film: true, show: null, status: 'unknown', evidence: null, ratings: [] });
    const { get } = renderPanel({ state: 'report', report, refreshing: false });
    expect(get('showfate-film')?.textContent).toContain('is a film');
    expect(get('showfate-status')).toBeNull();
  });
});
