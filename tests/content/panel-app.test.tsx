import { act, render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageShow, ShowReport } from '../../utils/domain';
import { sampleQuery, sampleReport, sampleShow } from '../support/sample-report';

/** The background, as the panel asks it: a report per query title. */
const reports = new Map<string, ShowReport>();
const asked: string[] = [];
vi.mock('../../utils/messaging/protocol', () => ({
  sendMessage: async (name: string, query: PageShow) => {
    asked.push(`${name}:${query.title}`);
    if (name === 'peekShowReport') return null;
    const report = reports.get(query.title);
    if (!report) throw new Error(`no report for ${query.title}`);
    return report;
  },
}));

const { PanelApp } = await import('../../entrypoints/content/panel-app');

const imperfects = sampleQuery();
const wednesday = sampleQuery({ title: 'Wednesday', serviceTitleId: '81231974' });

beforeEach(() => {
  asked.length = 0;
  reports.clear();
  reports.set(imperfects.title, sampleReport({ query: imperfects }));
  reports.set(
    wednesday.title,
    sampleReport({ query: wednesday, status: 'renewed', show: sampleShow({ name: 'Wednesday', tvmazeId: 53647 }) }),
  );
});

const statusOf = (container: Element) =>
  container.querySelector('[data-testid="showfate-status"]')?.getAttribute('data-status');
const panelOf = (container: Element) => container.querySelector('[data-testid="showfate-panel"]');

describe('the panel while a single-page app moves between shows', () => {
  it('stays the same element, loading, until the next show is read, then shows it', async () => {
    const views: string[] = [];
    const onView = (view: { state: string }) => views.push(view.state);
    const { container, rerender } = render(<PanelApp query={imperfects} onView={onView} />);
    await waitFor(() => expect(statusOf(container)).toBe('canceled'));
    const panel = panelOf(container);
    expect(panel).not.toBeNull();

    // The page moved on; its show isn't read yet.
    asked.length = 0;
    await act(() => rerender(<PanelApp query={null} onView={onView} />));
    expect(panelOf(container)).toBe(panel);
    expect(statusOf(container)).toBe('loading');
    expect(panel?.textContent).toContain('Reading the next show…');
    // Nothing is asked for a show nobody has read, and the old show's title is gone.
    expect(asked).toEqual([]);
    expect(panel?.textContent).not.toContain('The Imperfects');

    await act(() => rerender(<PanelApp query={wednesday} onView={onView} />));
    await waitFor(() => expect(statusOf(container)).toBe('renewed'));
    expect(panelOf(container)).toBe(panel);
    expect(asked).toContain('getShowReport:Wednesday');
    // What the toolbar badge follows: the first report, loading while the page moved, the second report.
    await waitFor(() => expect(views.at(-1)).toBe('report'));
    const firstReport = views.indexOf('report');
    expect(views.indexOf('loading', firstReport)).toBeGreaterThan(firstReport);
    expect(views.filter((state) => state === 'report')).toHaveLength(2);
  });
});
