import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type OptionsData, OptionsForm } from '../../components/options-form';
import { DEFAULT_NEWS_SOURCES } from '../../utils/settings/settings';

const options: OptionsData = {
  overlayEnabled: true,
  newsSources: { ...DEFAULT_NEWS_SOURCES, variety: false },
  articleReading: { enabled: false, permitted: false },
};

function renderForm(data: Partial<{ options: OptionsData | null; saved: boolean; error: string | null }> = {}) {
  const actions = { onOverlayChange: vi.fn(), onNewsSourceChange: vi.fn(), onArticleReadingChange: vi.fn() };
  const { container } = render(
    <OptionsForm data={{ options, saved: false, error: null, ...data }} actions={actions} />,
  );
  return { container, actions };
}

describe('the options form', () => {
  it('reflects the settings and reports each change', () => {
    const { container, actions } = renderForm();
    const overlay = container.querySelector<HTMLInputElement>('input[data-testid="showfate-overlay-toggle"]')!;
    expect(overlay.checked).toBe(true);
    fireEvent.click(overlay);
    expect(actions.onOverlayChange).toHaveBeenCalledWith(false);

    const variety = container.querySelector<HTMLInputElement>('input[data-testid="showfate-source-variety"]')!;
    expect(variety.checked).toBe(false);
    fireEvent.click(variety);
    expect(actions.onNewsSourceChange).toHaveBeenCalledWith('variety', true);
  });

  it('lists every host that receives anything, and what it receives', () => {
    const { container } = renderForm();
    const text = container.textContent ?? '';
    for (const host of ['api.tvmaze.com', 'news.google.com', 'deadline.com', 'tvline.com', 'variety.com']) {
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
