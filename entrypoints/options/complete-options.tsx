/**
 * The options page's display, service, cache and privacy sections (issue 10, point 4): settings in,
 * settings out, each change saved at once; open tabs follow through their storage watches. The cache
 * is measured and cleared by the background (it owns IndexedDB), through validated messages.
 */
import { useEffect, useState } from 'preact/hooks';
import { CacheOptions, type CacheView } from '../../components/options/cache-options';
import { PanelOptions } from '../../components/options/panel-options';
import { PrivacySection } from '../../components/options/privacy-section';
import { ServiceOptions } from '../../components/options/service-options';
import { t } from '../../utils/i18n/translate';
import { sendMessage } from '../../utils/messaging/protocol';
import { dataRecipients } from '../../utils/providers/data-recipients';
import {
  enabledServices,
  isPanelCorner,
  type PanelCorner,
  panelCorner,
  panelStartsCollapsed,
  readEnabledServices,
  type ServiceSettings,
} from '../../utils/settings/settings';

interface DisplaySettings {
  services: ServiceSettings;
  corner: PanelCorner;
  startsCollapsed: boolean;
}

async function loadDisplaySettings(): Promise<DisplaySettings> {
  const [services, corner, startsCollapsed] = await Promise.all([
    readEnabledServices(),
    panelCorner.getValue(),
    panelStartsCollapsed.getValue(),
  ]);
  return { services, corner: isPanelCorner(corner) ? corner : 'bottom-right', startsCollapsed };
}

const RECIPIENTS = dataRecipients();

export function CompleteOptions() {
  const [settings, setSettings] = useState<DisplaySettings | null>(null);
  const [saved, setSaved] = useState<string>('');
  const [cache, setCache] = useState<CacheView>({ state: 'measuring' });
  const [clearing, setClearing] = useState(false);

  useEffect(() => {
    loadDisplaySettings().then(setSettings, () => setSaved(t('optionsLoadError')));
    sendMessage('getCacheUsage').then(
      (usage) => setCache({ state: 'measured', usage, cleared: false }),
      () => setCache({ state: 'error' }),
    );
  }, []);

  /** Shows the change at once, saves it, then says so (or what went wrong). */
  async function save(shown: Partial<DisplaySettings>, change: () => Promise<void>) {
    setSaved('');
    setSettings((current) => (current ? { ...current, ...shown } : current));
    try {
      await change();
      setSaved(t('optionsSaved'));
    } catch {
      setSaved(t('optionsSaveError'));
      setSettings(await loadDisplaySettings());
    }
  }

  async function clear() {
    setClearing(true);
    try {
      setCache({ state: 'measured', usage: await sendMessage('clearCache'), cleared: true });
    } catch {
      setCache({ state: 'error' });
    }
    setClearing(false);
  }

  if (!settings) return null;
  return (
    <div class="sf-options" data-testid="showfate-options-complete">
      <ServiceOptions
        data={{ services: settings.services }}
        actions={{
          onServiceChange: (service, enabled) => {
            const services = { ...settings.services, [service]: enabled };
            void save({ services }, async () =>
              enabledServices.setValue({ ...(await readEnabledServices()), [service]: enabled }),
            );
          },
        }}
      />
      <PanelOptions
        data={{ corner: settings.corner, startsCollapsed: settings.startsCollapsed }}
        actions={{
          onCornerChange: (corner) => void save({ corner }, () => panelCorner.setValue(corner)),
          onStartsCollapsedChange: (startsCollapsed) =>
            void save({ startsCollapsed }, () => panelStartsCollapsed.setValue(startsCollapsed)),
        }}
      />
      <CacheOptions data={{ view: cache, clearing }} actions={{ onClear: () => void clear() }} />
      <PrivacySection data={{ recipients: RECIPIENTS }} />
      <p class="sf-status" role="status" data-testid="showfate-options-complete-status">
        {saved}
      </p>
    </div>
  );
}
