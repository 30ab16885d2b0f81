import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/translate';
import type { ApiKeyCheck } from '../../utils/providers/rating-api-keys';
import { RATING_APIS, type RatingApi } from '../../utils/providers/source-hosts';

/** What the options page knows of one stored key: whether there is one, and its last characters. */
export interface StoredKey {
  saved: boolean;
  /** The key's last four characters, so the user can tell which key is saved; null when none. */
  ending: string | null;
}

/** What saving a key came to: the API's verdict, or a problem before or after asking it. */
export type SaveKeyOutcome = ApiKeyCheck | { result: 'malformed' } | { result: 'empty' } | { result: 'error' };

interface ApiKeysSectionProps {
  data: { keys: Record<RatingApi, StoredKey> | null };
  actions: {
    /**
     * Asks the browser for the API's host, checks the key with one call, saves it when the API
     * accepts it. Called straight from the form's submit: the permission prompt needs the gesture.
     */
    onSave: (api: RatingApi, key: string) => Promise<SaveKeyOutcome>;
    onRemove: (api: RatingApi) => Promise<void>;
  };
}

const API_NAMES: Record<RatingApi, string> = { omdb: 'OMDb', tmdb: 'TMDB' };

/** A save's outcome in words, and whether it is good news. */
function describeOutcome(api: RatingApi, outcome: SaveKeyOutcome): { text: string; ok: boolean } {
  const name = API_NAMES[api];
  switch (outcome.result) {
    case 'accepted':
      return { text: t('ratingsKeyAccepted', name), ok: true };
    case 'limited':
      return { text: t('ratingsKeyLimited', name), ok: true };
    case 'refused':
      return { text: t('ratingsKeyRefused', name), ok: false };
    case 'unreachable':
      return { text: t('ratingsKeyUnreachable', name), ok: false };
    case 'not-permitted':
      return { text: t('ratingsKeyNotPermitted', name), ok: false };
    case 'malformed':
      return { text: t('ratingsKeyMalformed', name), ok: false };
    case 'empty':
      return { text: t('ratingsKeyEmpty'), ok: false };
    case 'error':
      return { text: t('ratingsKeyError'), ok: false };
  }
}

/**
 * The options page's keys for the rating APIs (issue 10): one form per API, each saved by its own
 * submit, with what the API said about the key, and a way to remove it. Takes its data and actions
 * from `entrypoints/options/api-keys-panel.tsx`; it never touches storage or the network itself.
 */
export function ApiKeysSection({ data, actions }: ApiKeysSectionProps) {
  return (
    <section class="sf-options sf-api-keys" aria-labelledby="sf-api-keys-heading">
      <h2 id="sf-api-keys-heading">{t('ratingsKeysHeading')}</h2>
      <p class="sf-note">{t('ratingsKeysIntro')}</p>
      {RATING_APIS.map((api) => (
        <ApiKeyForm key={api} api={api} stored={data.keys?.[api] ?? null} actions={actions} />
      ))}
    </section>
  );
}

function ApiKeyForm({
  api,
  stored,
  actions,
}: {
  api: RatingApi;
  stored: StoredKey | null;
  actions: ApiKeysSectionProps['actions'];
}) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean; result: string } | null>(null);
  const name = API_NAMES[api];
  const inputId = `sf-${api}-key`;
  const hintId = `sf-${api}-key-hint`;
  const statusId = `sf-${api}-key-status`;

  async function run(task: () => Promise<{ text: string; ok: boolean; result: string }>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await task());
    } catch {
      setMessage({ text: t('ratingsKeyError'), ok: false, result: 'error' });
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const key = value.trim();
    // Straight from the submit: `onSave` asks for the host permission first, which needs the gesture.
    const saving = actions.onSave(api, key);
    void run(async () => {
      const outcome = await saving;
      if (outcome.result === 'accepted' || outcome.result === 'limited') setValue('');
      return { ...describeOutcome(api, outcome), result: outcome.result };
    });
  }

  function onRemove() {
    void run(async () => {
      await actions.onRemove(api);
      return { text: t('ratingsKeyRemoved', name), ok: true, result: 'removed' };
    });
  }

  return (
    <form class="sf-api-key" data-api={api} onSubmit={onSubmit} aria-busy={busy ? 'true' : 'false'}>
      <label for={inputId}>{api === 'omdb' ? t('ratingsOmdbLabel') : t('ratingsTmdbLabel')}</label>
      <small id={hintId} class="sf-note">
        {api === 'omdb' ? t('ratingsOmdbHint') : t('ratingsTmdbHint')}{' '}
        {stored?.saved ? t('ratingsKeySaved', stored.ending ?? '') : t('ratingsKeyNone')}
      </small>
      <div class="sf-api-key-row">
        <input
          id={inputId}
          type="text"
          autocomplete="off"
          spellcheck={false}
          data-testid={`showfate-${api}-key`}
          aria-describedby={`${hintId} ${statusId}`}
          value={value}
          disabled={busy}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" class="sf-button" data-testid={`showfate-${api}-key-save`} disabled={busy}>
          {busy ? t('ratingsKeyChecking', name) : t('ratingsSaveKey')}
        </button>
        {stored?.saved && (
          <button
            type="button"
            class="sf-button"
            data-testid={`showfate-${api}-key-remove`}
            disabled={busy}
            onClick={onRemove}
          >
            {t('ratingsRemoveKey', name)}
          </button>
        )}
      </div>
      <p
        id={statusId}
        class={message && !message.ok ? 'sf-status sf-status--error' : 'sf-status'}
        role="status"
        data-testid={`showfate-${api}-key-status`}
        data-result={message?.result}
      >
        {message?.text ?? ''}
      </p>
    </form>
  );
}
