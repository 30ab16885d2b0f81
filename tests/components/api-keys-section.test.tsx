import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ApiKeysSection, type SaveKeyOutcome, type StoredKey } from '../../components/options/api-keys-section';
import { installLocale } from '../support/browser-i18n';

const none: StoredKey = { saved: false, ending: null };

function renderSection(
  outcome: SaveKeyOutcome | Promise<SaveKeyOutcome> = { result: 'accepted' },
  keys: Record<'omdb' | 'tmdb', StoredKey> | null = { omdb: none, tmdb: none },
) {
  const actions = {
    onSave: vi.fn(() => Promise.resolve(outcome)),
    onRemove: vi.fn(async () => {}),
  };
  const view = render(<ApiKeysSection data={{ keys }} actions={actions} />);
  const input = (api: string) =>
    view.container.querySelector<HTMLInputElement>(`input[data-testid="showfate-${api}-key"]`)!;
  const status = (api: string) => view.container.querySelector(`[data-testid="showfate-${api}-key-status"]`)!;
  return { ...view, actions, input, status };
}

describe('the rating-API keys section', () => {
  it('has one labelled input per API, each in its own form', () => {
    const { container, input } = renderSection();
    const forms = container.querySelectorAll('form');
    expect(forms).toHaveLength(2);
    for (const api of ['omdb', 'tmdb']) {
      const field = input(api);
      expect(field.closest('form')?.getAttribute('data-api')).toBe(api);
      const label = container.querySelector(`label[for="${field.id}"]`);
      expect(label?.textContent).toBe(api === 'omdb' ? 'OMDb API key' : 'TMDB API key or read access token');
      expect(field.getAttribute('aria-describedby')).toContain(`sf-${api}-key-status`);
    }
  });

  it('saves one API’s key with that form’s own submit, trimmed, and says the API accepted it', async () => {
    const { container, input, actions, status } = renderSection({ result: 'accepted' });
    fireEvent.input(input('tmdb'), { target: { value: '  tmdb-key  ' } });
    fireEvent.submit(container.querySelector('form[data-api="tmdb"]')!);
    expect(actions.onSave).toHaveBeenCalledExactlyOnceWith('tmdb', 'tmdb-key');
    await waitFor(() => expect(status('tmdb').getAttribute('data-result')).toBe('accepted'));
    expect(status('tmdb').textContent).toContain('TMDB accepted the key');
    expect(status('omdb').textContent).toBe('');
    expect(input('tmdb').value).toBe('');
  });

  it.each([
    [{ result: 'refused' } as const, 'OMDb refused this key'],
    [{ result: 'unreachable', reason: 'network' } as const, "Couldn't reach OMDb"],
    [{ result: 'not-permitted' } as const, "didn't allow ShowFate to reach OMDb"],
    [{ result: 'malformed' } as const, "doesn't look like an API key for OMDb"],
    [{ result: 'limited' } as const, 'request limit is reached'],
  ])('says what %o means, as an error or not', async (outcome, text) => {
    const { container, input, status } = renderSection(outcome);
    fireEvent.input(input('omdb'), { target: { value: 'abcdef12' } });
    fireEvent.submit(container.querySelector('form[data-api="omdb"]')!);
    await waitFor(() => expect(status('omdb').getAttribute('data-result')).toBe(outcome.result));
    expect(status('omdb').textContent).toContain(text);
    expect(status('omdb').classList.contains('sf-status--error')).toBe(outcome.result !== 'limited');
    // A refused key stays in the field to be corrected.
    if (outcome.result !== 'limited') expect(input('omdb').value).toBe('abcdef12');
  });

  it('shows the checking state and blocks a second submit while the API is asked', async () => {
    let finish: (outcome: SaveKeyOutcome) => void = () => {};
    const pending = new Promise<SaveKeyOutcome>((resolve) => {
      finish = resolve;
    });
    const { container, input, actions, status } = renderSection(pending);
    fireEvent.input(input('omdb'), { target: { value: 'abcdef12' } });
    const form = container.querySelector('form[data-api="omdb"]')!;
    fireEvent.submit(form);
    const button = container.querySelector<HTMLButtonElement>('button[data-testid="showfate-omdb-key-save"]')!;
    await waitFor(() => expect(button.textContent).toBe('Checking with OMDb…'));
    expect(button.disabled).toBe(true);
    expect(form.getAttribute('aria-busy')).toBe('true');
    fireEvent.submit(form);
    expect(actions.onSave).toHaveBeenCalledOnce();
    finish({ result: 'accepted' });
    await waitFor(() => expect(status('omdb').getAttribute('data-result')).toBe('accepted'));
    expect(button.disabled).toBe(false);
  });

  it('says which key is saved, and removes it on request', async () => {
    const { container, actions, status } = renderSection(undefined, {
      omdb: { saved: true, ending: '1234' },
      tmdb: none,
    });
    expect(container.querySelector('form[data-api="omdb"]')?.textContent).toContain('A key ending in 1234 is saved.');
    expect(container.querySelector('form[data-api="tmdb"]')?.textContent).toContain('No key saved.');
    expect(container.querySelector('[data-testid="showfate-tmdb-key-remove"]')).toBeNull();
    fireEvent.click(container.querySelector('button[data-testid="showfate-omdb-key-remove"]')!);
    expect(actions.onRemove).toHaveBeenCalledWith('omdb');
    await waitFor(() => expect(status('omdb').getAttribute('data-result')).toBe('removed'));
  });

  it('says a failed save plainly instead of throwing', async () => {
    const { container, input, status } = renderSection(Promise.reject(new Error('storage broke')));
    fireEvent.input(input('omdb'), { target: { value: 'abcdef12' } });
    fireEvent.submit(container.querySelector('form[data-api="omdb"]')!);
    await waitFor(() => expect(status('omdb').getAttribute('data-result')).toBe('error'));
    expect(status('omdb').textContent).toBe('Something went wrong saving the key. Try again.');
  });

  it('speaks Spanish in a Spanish browser', () => {
    installLocale('es');
    const { container } = renderSection();
    expect(container.querySelector('h2')?.textContent).toBe('Valoraciones de OMDb y TMDB');
    expect(container.querySelector('button[data-testid="showfate-omdb-key-save"]')?.textContent).toBe(
      'Comprobar y guardar',
    );
  });
});
