import { describe, expect, it } from 'vitest';
import { tabBadgeForView } from '../../entrypoints/content/panel-app';
import { sampleReport } from '../support/sample-report';

describe('the toolbar badge of a show page', () => {
  it('carries the report’s status and the matched show’s name', () => {
    const report = sampleReport({ status: 'canceled' });
    expect(tabBadgeForView({ state: 'report', report, refreshing: false })).toEqual({
      status: 'canceled',
      title: report.show?.name,
    });
  });

  it('falls back to the page’s title when no show matched', () => {
    const report = sampleReport({ show: null, status: 'unknown' });
    expect(tabBadgeForView({ state: 'report', report, refreshing: true })).toEqual({
      status: 'unknown',
      title: report.query.title,
    });
  });

  it('is cleared while looking up, after a failure, and for a film', () => {
    expect(tabBadgeForView({ state: 'loading', title: 'Dark' })).toBeNull();
    expect(tabBadgeForView({ state: 'error', title: 'Dark', message: 'offline' })).toBeNull();
    expect(tabBadgeForView({ state: 'report', report: sampleReport({ film: true }), refreshing: false })).toBeNull();
  });
});
