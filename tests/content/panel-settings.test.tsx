/**
 * The options page's panel settings reach an open panel without a reload: the corner moves it and
 * "start collapsed" folds it, through the settings' storage watches.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelCollapsed, panelCorner, panelStartsCollapsed } from '../../utils/settings/settings';
import { installLocale } from '../support/browser-i18n';
import { sampleQuery, sampleReport } from '../support/sample-report';

vi.mock('../../utils/messaging/protocol', () => ({
  sendMessage: async (name: string) => (name === 'peekShowReport' ? null : sampleReport()),
}));

const { PanelApp } = await import('../../entrypoints/content/panel-app');

beforeEach(() => {
  fakeBrowser.reset();
  installLocale('en');
});

const panelOf = (container: Element) => container.querySelector('[data-testid="showfate-panel"]');
const expanded = (container: Element) =>
  container.querySelector('[data-testid="showfate-collapse"]')?.getAttribute('aria-expanded');

describe('the panel and the options page', () => {
  it('sits in the chosen corner and moves when the choice changes', async () => {
    await panelCorner.setValue('top-left');
    const { container } = render(<PanelApp query={sampleQuery()} />);
    await waitFor(() => expect(panelOf(container)?.getAttribute('data-corner')).toBe('top-left'));
    expect(panelOf(container)?.classList.contains('sf-panel--top-left')).toBe(true);
    await act(() => panelCorner.setValue('bottom-left'));
    await waitFor(() => expect(panelOf(container)?.getAttribute('data-corner')).toBe('bottom-left'));
  });

  it('falls back to the bottom right for a stored corner it does not know', async () => {
    await fakeBrowser.storage.local.set({ panelCorner: 'middle' });
    const { container } = render(<PanelApp query={sampleQuery()} />);
    await waitFor(() => expect(panelOf(container)).not.toBeNull());
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(panelOf(container)?.getAttribute('data-corner')).toBe('bottom-right');
  });

  it('starts collapsed when asked, expands for this page only, and folds open panels when turned on', async () => {
    await panelStartsCollapsed.setValue(true);
    const { container } = render(<PanelApp query={sampleQuery()} />);
    await waitFor(() => expect(expanded(container)).toBe('false'));
    fireEvent.click(container.querySelector('[data-testid="showfate-collapse"]')!);
    await waitFor(() => expect(expanded(container)).toBe('true'));
    // Expanding here is this page's own: the remembered state for other pages is untouched.
    expect(await panelCollapsed.getValue()).toBe(false);

    await act(() => panelStartsCollapsed.setValue(false));
    await waitFor(() => expect(expanded(container)).toBe('true'));
    await act(() => panelStartsCollapsed.setValue(true));
    await waitFor(() => expect(expanded(container)).toBe('false'));
  });
});
