import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResolvedShow } from '../utils/domain';
import { t } from '../utils/i18n/translate';
import { formatYears } from './format';

export type ShowPickerView =
  | { state: 'idle'; searchTitle: string }
  | { state: 'searching'; searchTitle: string }
  | { state: 'results'; searchTitle: string; candidates: ResolvedShow[] }
  | { state: 'error'; searchTitle: string; message: string };

interface ShowPickerProps {
  data: { view: ShowPickerView };
  actions: {
    onSearch: (title: string) => void;
    onPick: (tvmazeId: number) => void;
    onCancel: () => void;
  };
}

/** "Wrong show?": search TVmaze by any title and pick the show this page is about. */
export function ShowPicker({ data: { view }, actions }: ShowPickerProps) {
  const [title, setTitle] = useState(view.searchTitle);
  // Opened from a button that goes away: the search field takes the focus, or a keyboard user
  // would be left on the page's <body>.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div class="sf-picker" data-testid="showfate-picker">
      <form
        class="sf-picker-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim()) actions.onSearch(title.trim());
        }}
      >
        <label class="sf-picker-label">
          {t('pickerQuestion')}
          <input
            ref={input}
            type="search"
            value={title}
            maxLength={300}
            data-testid="showfate-picker-input"
            onInput={(event) => setTitle(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="sf-button" data-testid="showfate-picker-search">
          {t('pickerSearch')}
        </button>
        <button type="button" class="sf-link-button" onClick={actions.onCancel}>
          {t('pickerCancel')}
        </button>
      </form>
      {view.state === 'searching' && (
        <p class="sf-note" role="status">
          {t('pickerSearching')}
        </p>
      )}
      {view.state === 'error' && (
        <p class="sf-note" role="alert">
          {view.message}
        </p>
      )}
      {view.state === 'results' && view.candidates.length === 0 && (
        <p class="sf-note" role="status">
          {t('pickerNoResults', view.searchTitle)}
        </p>
      )}
      {view.state === 'results' && view.candidates.length > 0 && (
        <ul class="sf-candidates" aria-label={t('pickerResultsLabel')}>
          {view.candidates.map((show) => (
            <li key={show.tvmazeId}>
              <button
                type="button"
                class="sf-candidate"
                data-testid="showfate-candidate"
                data-tvmaze-id={show.tvmazeId}
                onClick={() => actions.onPick(show.tvmazeId)}
              >
                <span class="sf-candidate-name">{show.name}</span>
                <span class="sf-details">{[formatYears(show), show.network].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
