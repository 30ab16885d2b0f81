import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type OptionsData, OptionsForm } from '../../components/options-form';
import { ARTICLE_HOST_PERMISSIONS } from '../../utils/providers/source-hosts';
import { articleReadingEnabled, newsSources, overlayEnabled, readNewsSources } from '../../utils/settings/settings';

async function loadOptions(): Promise<OptionsData> {
  const [overlay, sources, reading, permitted] = await Promise.all([
    overlayEnabled.getValue(),
    readNewsSources(),
    articleReadingEnabled.getValue(),
    browser.permissions.contains({ origins: ARTICLE_HOST_PERMISSIONS }),
  ]);
  return { overlayEnabled: overlay, newsSources: sources, articleReading: { enabled: reading, permitted } };
}

/** The options page's wiring: settings in, settings out; every change is saved at once. */
export function OptionsApp() {
  const [options, setOptions] = useState<OptionsData | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadOptions().then(setOptions, () => setError('Could not read your settings.'));
  }, []);

  async function save(change: () => Promise<void>) {
    setSaved(false);
    setError(null);
    try {
      await change();
      setOptions(await loadOptions());
      setSaved(true);
    } catch {
      setError('Could not save that setting. Try again.');
    }
  }

  return (
    <>
      <h1>ShowFate</h1>
      <OptionsForm
        data={{ options, saved, error }}
        actions={{
          onOverlayChange: (enabled) => void save(() => overlayEnabled.setValue(enabled)),
          onNewsSourceChange: (source, enabled) =>
            void save(async () => newsSources.setValue({ ...(await readNewsSources()), [source]: enabled })),
          onArticleReadingChange: (enabled) =>
            void save(async () => {
              // Asked here, from the click, never at install: browsers only show the prompt on a user gesture.
              if (enabled && !(await browser.permissions.request({ origins: ARTICLE_HOST_PERMISSIONS }))) {
                throw new Error('permission refused');
              }
              if (!enabled) await browser.permissions.remove({ origins: ARTICLE_HOST_PERMISSIONS });
              await articleReadingEnabled.setValue(enabled);
            }),
        }}
      />
    </>
  );
}
