import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type PanelView, ShowPanel } from '../../components/show-panel';
import { sampleReport } from '../support/sample-report';

const actions = { onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onWrongShow: vi.fn() };
const announcement = (container: Element) => container.querySelector('[data-testid="showfate-announcement"]');

describe('the panel’s live region', () => {
  it('is there, polite and silent, while the show is looked up', () => {
    const { container } = render(
      <ShowPanel data={{ view: { state: 'loading', title: 'The Imperfects' }, collapsed: false }} actions={actions} />,
    );
    const region = announcement(container);
    expect(region?.getAttribute('role')).toBe('status');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent).toBe('');
  });

  it('says the status in words when the report arrives, in the same element (so it is announced)', () => {
    const loading: PanelView = { state: 'loading', title: 'The Imperfects' };
    const { container, rerender } = render(<ShowPanel data={{ view: loading, collapsed: false }} actions={actions} />);
    const region = announcement(container);
    rerender(
      <ShowPanel
        data={{ view: { state: 'report', report: sampleReport(), refreshing: false }, collapsed: false }}
        actions={actions}
      />,
    );
    expect(announcement(container)).toBe(region);
    expect(region?.textContent).toBe('ShowFate: The Imperfects: Canceled.');
  });

  it('keeps announcing when the panel is collapsed to its badge, and says a film is a film', () => {
    const { container, rerender } = render(
      <ShowPanel
        data={{ view: { state: 'report', report: sampleReport(), refreshing: false }, collapsed: true }}
        actions={actions}
      />,
    );
    expect(announcement(container)?.textContent).toBe('ShowFate: The Imperfects: Canceled.');
    const film = sampleReport({ film: true, show: null });
    rerender(
      <ShowPanel
        data={{ view: { state: 'report', report: film, refreshing: false }, collapsed: true }}
        actions={actions}
      />,
    );
    expect(announcement(container)?.textContent).toMatch(/is a film\.$/);
  });

  it('announces no error: the error has its own alert', () => {
    const { container } = render(
      <ShowPanel
        data={{ view: { state: 'error', title: 'X', message: 'ShowFate could not reach TVmaze.' }, collapsed: false }}
        actions={actions}
      />,
    );
    expect(announcement(container)?.textContent).toBe('');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('could not reach TVmaze');
  });
});

describe('the collapse toggle', () => {
  it('keeps the focus when the panel collapses and expands (it moves in the DOM)', async () => {
    const view: PanelView = { state: 'report', report: sampleReport(), refreshing: false };
    let collapsed = false;
    const onToggleCollapsed = vi.fn(() => {
      collapsed = !collapsed;
      rerender(<ShowPanel data={{ view, collapsed }} actions={{ ...actions, onToggleCollapsed }} />);
    });
    const { container, rerender } = render(
      <ShowPanel data={{ view, collapsed }} actions={{ ...actions, onToggleCollapsed }} />,
    );
    const toggle = () => container.querySelector<HTMLButtonElement>('[data-testid="showfate-collapse"]');
    toggle()?.focus();
    toggle()?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
    toggle()?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle());
  });
});
