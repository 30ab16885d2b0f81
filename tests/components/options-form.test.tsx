import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type OptionsData, OptionsForm } from '../../components/options-form';
import { DEFAULT_NEWS_SOURCES } from '../../utils/settings/settings';

const options: OptionsData = {
  overlayEnabled: true,
  toolbarBadge: true,
  newsSources: { ...DEFAULT_NEWS_SOURCES, variety: false },
  tradeAccess: false,
  articleReading: false,
};

function renderForm(data: Partial<{ options: OptionsData | null; saved: boolean; error: string | null }> = {}) {
  const actions = {
    onOverlayChange: vi.fn(),
    onToolbarBadgeChange: vi.fn(),
    onNewsSourceChange: vi.fn(),
    onTradeAccessChange: vi.fn(),
    onArticleReadingChange: vi.fn(),
  };
  const { container, unmount } = render(
    <OptionsForm data={{ options, saved: false, error: null, ...data }} actions={actions} />,
  );
  return { container, actions, unmount };
}

describe('the options form', () => {
  it('reflects the settings and reports each change', () => {
    const { container, actions } = renderForm();
    const overlay = container.querySelector<HTMLInputElement>('input[data-testid="showfate-overlay-toggle"]')!;
    expect(overlay.checked).toBe(true);
    fireEvent.click(overlay);
    expect(actions.onOverlayChange).toHaveBeenCalledWith(false);

    const badge = container.querySelector<HTMLInputElement>('input[data-testid="showfate-badge-toggle"]')!;
    expect(badge.checked).toBe(true);
    fireEvent.click(badge);
    expect(actions.onToolbarBadgeChange).toHaveBeenCalledWith(false);

    const google = container.querySelector<HTMLInputElement>('input[data-testid="showfate-source-google-news"]')!;
    expect(google.checked).toBe(true);
    fireEvent.click(google);
    expect(actions.onNewsSourceChange).toHaveBeenCalledWith('google-news', false);
  });

  it('keeps the trade feeds off until the user allows them, then lets each be turned off', () => {
    const before = renderForm();
    const deadline = before.container.querySelector<HTMLInputElement>('input[data-testid="showfate-source-deadline"]')!;
    expect(deadline.disabled).toBe(true);
    expect(deadline.checked).toBe(false);
    fireEvent.click(before.container.querySelector('[data-testid="showfate-trade-access"]')!);
    expect(before.actions.onTradeAccessChange).toHaveBeenCalledWith(true);
    before.unmount();

    const after = renderForm({ options: { ...options, tradeAccess: true } });
    const allowed = after.container.querySelector<HTMLInputElement>('input[data-testid="showfate-source-deadline"]')!;
    expect(allowed.disabled).toBe(false);
    expect(allowed.checked).toBe(true);
    const variety = after.container.querySelector<HTMLInputElement>('input[data-testid="showfate-source-variety"]')!;
    expect(variety.checked).toBe(false);
    fireEvent.click(variety);
    expect(after.actions.onNewsSourceChange).toHaveBeenCalledWith('variety', true);
    fireEvent.click(after.container.querySelector('[data-testid="showfate-trade-access"]')!);
    expect(after.actions.onTradeAccessChange).toHaveBeenCalledWith(false);
  });

  it('lists every host that receives anything, and what it receives', () => {
    const { container } = renderForm();
    const text = container.textContent ?? '';
    for (const host of [
      'api.tvmaze.com',
      'query.wikidata.org',
      'news.google.com',
      'deadline.com',
      'tvline.com',
      'variety.com',
    ]) {
      expect(text).toContain(host);
    }
  });

  it('says when settings are saved or could not be', () => {
    expect(
      renderForm({ saved: true }).container.querySelector('[data-testid="showfate-options-status"]')?.textContent,
    ).toBe('Saved.');
    expect(renderForm({ error: 'Could not save.' }).container.textContent).toContain('Could not save.');
    expect(renderForm({ options: null }).container.textContent).toContain('Loading settings');
  });
});
