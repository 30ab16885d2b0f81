import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type OptionsData, OptionsForm } from '../../components/options-form';
import { t } from '../../utils/i18n/translate';
import { TRADE_HOST_PERMISSIONS } from '../../utils/providers/trade-feeds';
import {
  articleReadingEnabled,
  DEFAULT_NEWS_SOURCES,
  newsSources,
  overlayEnabled,
  readNewsSources,
  toolbarBadgeEnabled,
} from '../../utils/settings/settings';
import { ApiKeysPanel } from './api-keys-panel';
import { CompleteOptions } from './complete-options';
import { FollowSectionApp } from './follow-section-app';

async function loadOptions(): Promise<OptionsData> {
  const [overlay, badge, sources, reading, tradeAccess] = await Promise.all([
    overlayEnabled.getValue(),
    toolbarBadgeEnabled.getValue(),
    readNewsSources(),
    articleReadingEnabled.getValue(),
    browser.permissions.contains({ origins: TRADE_HOST_PERMISSIONS }),
  ]);
  return { overlayEnabled: overlay, toolbarBadge: badge, newsSources: sources, tradeAccess, articleReading: reading };
}

/**
 * The browser shows its permission prompt only during a click, so `permissions.request` must be
 * the first thing a click handler awaits.
 */
function requestTradeAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: TRADE_HOST_PERMISSIONS });
}

/** The options page's wiring: settings in, settings out; every change is saved at once. */
export function OptionsApp() {
  const [options, setOptions] = useState<OptionsData | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadOptions().then(setOptions, () => setError(t('optionsLoadError')));
  }, []);

  /** Shows the change at once (a checkbox must not flick back while the change is saved), then saves it. */
  async function save(change: () => Promise<void>, shown: Partial<OptionsData> = {}) {
    setSaved(false);
    setError(null);
    setOptions((current) => (current ? { ...current, ...shown } : current));
    try {
      await change();
      setSaved(true);
    } catch (problem) {
      setError(problem instanceof Error && problem.message ? problem.message : t('optionsSaveError'));
    }
    setOptions(await loadOptions());
  }

  const refused = () => new Error(t('optionsTradeRefused'));

  return (
    <>
      <h1>ShowFate</h1>
      <OptionsForm
        data={{ options, saved, error }}
        actions={{
          onOverlayChange: (enabled) => void save(() => overlayEnabled.setValue(enabled), { overlayEnabled: enabled }),
          onToolbarBadgeChange: (enabled) =>
            void save(() => toolbarBadgeEnabled.setValue(enabled), { toolbarBadge: enabled }),
          onNewsSourceChange: (source, enabled) =>
            void save(async () => newsSources.setValue({ ...(await readNewsSources()), [source]: enabled }), {
              newsSources: { ...(options?.newsSources ?? DEFAULT_NEWS_SOURCES), [source]: enabled },
            }),
          onTradeAccessChange: (allowed) =>
            void save(async () => {
              if (allowed && !(await requestTradeAccess())) throw refused();
              if (!allowed) {
                await browser.permissions.remove({ origins: TRADE_HOST_PERMISSIONS });
                await articleReadingEnabled.setValue(false);
              }
            }),
          onArticleReadingChange: (enabled) =>
            void save(
              async () => {
                if (enabled && !(await requestTradeAccess())) throw refused();
                await articleReadingEnabled.setValue(enabled);
              },
              { articleReading: enabled },
            ),
        }}
      />
      <CompleteOptions />
      <ApiKeysPanel />
      <FollowSectionApp />
    </>
  );
}
