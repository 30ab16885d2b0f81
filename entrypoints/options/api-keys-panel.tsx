import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ApiKeysSection, type SaveKeyOutcome, type StoredKey } from '../../components/options/api-keys-section';
import { sendMessage } from '../../utils/messaging/protocol';
import { isApiKeyShape } from '../../utils/providers/rating-api-keys';
import { RATING_API_HOST_PERMISSIONS, type RatingApi } from '../../utils/providers/source-hosts';
import { omdbApiKey, tmdbApiKey } from '../../utils/settings/settings';

const KEY_ITEMS = { omdb: omdbApiKey, tmdb: tmdbApiKey } as const;

function storedKey(value: string): StoredKey {
  const key = value.trim();
  return key === '' ? { saved: false, ending: null } : { saved: true, ending: key.slice(-4) };
}

async function loadKeys(): Promise<Record<RatingApi, StoredKey>> {
  const [omdb, tmdb] = await Promise.all([omdbApiKey.getValue(), tmdbApiKey.getValue()]);
  return { omdb: storedKey(omdb), tmdb: storedKey(tmdb) };
}

/**
 * Saving a key: its shape first (nothing malformed is sent or stored), then the API's host from the
 * browser (the prompt must open within the submit's gesture, so nothing is awaited before it), then
 * one check call through the background, which owns the network. Only a key the API accepted (or
 * knows but has limited for now) is stored, in `storage.local`.
 */
export async function saveApiKey(api: RatingApi, key: string): Promise<SaveKeyOutcome> {
  if (key === '') return { result: 'empty' };
  if (!isApiKeyShape(api, key)) return { result: 'malformed' };
  const allowed = await browser.permissions.request({ origins: [RATING_API_HOST_PERMISSIONS[api]] });
  if (!allowed) return { result: 'not-permitted' };
  const check = await sendMessage('checkApiKey', { api, key });
  if (check.result === 'accepted' || check.result === 'limited') await KEY_ITEMS[api].setValue(key);
  return check;
}

/** Removing a key: forgotten, and the API's host given back (it is only needed with a key). */
export async function removeApiKey(api: RatingApi): Promise<void> {
  await KEY_ITEMS[api].removeValue();
  await browser.permissions.remove({ origins: [RATING_API_HOST_PERMISSIONS[api]] });
}

/** The options page's rating-API keys, wired to storage, the browser's permissions and the background. */
export function ApiKeysPanel() {
  const [keys, setKeys] = useState<Record<RatingApi, StoredKey> | null>(null);

  useEffect(() => {
    const refresh = () => void loadKeys().then(setKeys, () => setKeys(null));
    refresh();
    const unwatch = [omdbApiKey.watch(refresh), tmdbApiKey.watch(refresh)];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  return <ApiKeysSection data={{ keys }} actions={{ onSave: saveApiKey, onRemove: removeApiKey }} />;
}
