import { fireEvent, render } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../components/error-boundary';
import { RecentShows } from '../../components/recent-shows';
import { ShowSummary } from '../../components/show-summary';
import { StorageNote } from '../../entrypoints/popup/popup-app';
import { isRenderableReport } from '../../utils/cache/record-schemas';
import type { ShowReport } from '../../utils/domain';
import { sampleReport } from '../support/sample-report';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** A cached report written by an older version or corrupted: no `ratings`. */
const withoutRatings = { ...sampleReport(), ratings: undefined } as unknown as ShowReport;

describe('cached records are checked before they are drawn', () => {
  it('refuses reports that would break the view, and accepts a real one', () => {
    expect(isRenderableReport(sampleReport())).toBe(true);
    expect(isRenderableReport(sampleReport({ outdated: true, evidence: null }))).toBe(true);
    expect(isRenderableReport(withoutRatings)).toBe(false);
    expect(isRenderableReport(sampleReport({ fetchedAt: Number.NaN }))).toBe(false);
    expect(isRenderableReport(sampleReport({ status: 'exploded' as never }))).toBe(false);
    expect(isRenderableReport(null)).toBe(false);
  });

  it('draws an outdated report or a recent show with a bad time without a RangeError', () => {
    const report = sampleReport({ outdated: true, fetchedAt: 8.7e15 });
    expect(() => render(<ShowSummary data={{ report }} />)).not.toThrow();
    const shows = [{ key: 'k', title: 'Dark', status: 'ended' as const, tvmazeId: 1, seenAt: Number.NaN }];
    expect(() => render(<RecentShows data={{ shows }} />)).not.toThrow();
  });
});

describe('the error boundary', () => {
  it('shows "Something went wrong" with a way out instead of a blank view', () => {
    const onReset = vi.fn();
    const { container } = render(
      <ErrorBoundary frameClass="sf-panel" onReset={onReset}>
        <ShowSummary data={{ report: withoutRatings }} />
      </ErrorBoundary>,
    );
    const crashed = container.querySelector('[data-testid="showfate-crashed"]');
    expect(crashed?.textContent).toContain('Something went wrong');
    expect(crashed?.getAttribute('class')).toBe('sf-panel');
    fireEvent.click(container.querySelector('[data-testid="showfate-crashed-retry"]') as Element);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('draws its children when they draw', () => {
    const { container } = render(
      <ErrorBoundary frameClass="sf-panel">
        <ShowSummary data={{ report: sampleReport() }} />
      </ErrorBoundary>,
    );
    expect(container.querySelector('[data-testid="showfate-crashed"]')).toBeNull();
    expect(container.querySelector('[data-testid="showfate-title"]')?.textContent).toBe('The Imperfects');
  });
});

describe('the popup says when storage is degraded', () => {
  it('says nothing while IndexedDB works, and says so when it does not', () => {
    expect(render(<StorageNote health={{ state: 'indexeddb', reason: null }} />).container.textContent).toBe('');
    const memory = render(<StorageNote health={{ state: 'memory', reason: 'VersionError' }} />).container;
    const note = memory.querySelector('[data-testid="showfate-storage-degraded"]');
    expect(note?.getAttribute('data-state')).toBe('memory');
    expect(note?.textContent).toContain('nothing is cached');
    expect(note?.textContent).toContain('VersionError');
    const degraded = render(<StorageNote health={{ state: 'degraded', reason: 'QuotaExceededError' }} />).container;
    expect(degraded.textContent).toContain('could not save');
  });
});
