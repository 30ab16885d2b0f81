import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CacheOptions, formatBytes } from '../../components/options/cache-options';
import { PanelOptions } from '../../components/options/panel-options';
import { PrivacySection } from '../../components/options/privacy-section';
import { ServiceOptions } from '../../components/options/service-options';
import { SERVICE_IDS, STREAMING_SERVICE_FACTS } from '../../utils/domain';
import { dataRecipients } from '../../utils/providers/data-recipients';
import { RATING_API_HOST_PERMISSIONS, SOURCE_HOST_PERMISSIONS } from '../../utils/providers/source-hosts';
import { TRADE_HOST_PERMISSIONS } from '../../utils/providers/trade-feeds';
import { DEFAULT_SERVICES, PANEL_CORNERS } from '../../utils/settings/settings';
import { installLocale } from '../support/browser-i18n';

describe('per-service switches', () => {
  it('has one switch per declared service, named from the list, and reports each change', () => {
    const onServiceChange = vi.fn();
    const { container } = render(
      <ServiceOptions data={{ services: { ...DEFAULT_SERVICES, hulu: false } }} actions={{ onServiceChange }} />,
    );
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input[data-testid^="showfate-service-"]')];
    expect(boxes.map((box) => box.dataset.testid)).toEqual(SERVICE_IDS.map((id) => `showfate-service-${id}`));
    for (const id of SERVICE_IDS) {
      const box = container.querySelector<HTMLInputElement>(`input[data-testid="showfate-service-${id}"]`)!;
      expect(box.closest('label')?.textContent).toBe(STREAMING_SERVICE_FACTS[id].name);
      expect(box.checked).toBe(id !== 'hulu');
    }
    fireEvent.click(container.querySelector('input[data-testid="showfate-service-netflix"]')!);
    expect(onServiceChange).toHaveBeenCalledWith('netflix', false);
    fireEvent.click(container.querySelector('input[data-testid="showfate-service-hulu"]')!);
    expect(onServiceChange).toHaveBeenCalledWith('hulu', true);
  });
});

describe('panel corner and start collapsed', () => {
  it('offers the four corners, checks the chosen one and reports changes', () => {
    const actions = { onCornerChange: vi.fn(), onStartsCollapsedChange: vi.fn() };
    const { container } = render(
      <PanelOptions data={{ corner: 'top-right', startsCollapsed: false }} actions={actions} />,
    );
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual([...PANEL_CORNERS]);
    expect(radios.filter((radio) => radio.checked).map((radio) => radio.value)).toEqual(['top-right']);
    expect(new Set(radios.map((radio) => radio.closest('label')?.textContent)).size).toBe(4);
    fireEvent.click(container.querySelector('input[data-testid="showfate-corner-bottom-left"]')!);
    expect(actions.onCornerChange).toHaveBeenCalledWith('bottom-left');
    fireEvent.click(container.querySelector('input[data-testid="showfate-start-collapsed"]')!);
    expect(actions.onStartsCollapsedChange).toHaveBeenCalledWith(true);
  });
});

describe('the cache section', () => {
  const usage = { reports: 1234, articles: 56, bytes: 2_345_678, persistent: true };

  it('says how many records and about how many bytes, and clears on request', () => {
    const onClear = vi.fn();
    const { container } = render(
      <CacheOptions
        data={{ view: { state: 'measured', usage, cleared: false }, clearing: false }}
        actions={{ onClear }}
      />,
    );
    expect(container.querySelector('[data-testid="showfate-cache-usage"]')?.textContent).toBe(
      '1,234 saved reports and 56 trade-press headlines, about 2.3 MB.',
    );
    fireEvent.click(container.querySelector('[data-testid="showfate-clear-cache"]')!);
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('says so after clearing, and when the cache is memory only', () => {
    const { container } = render(
      <CacheOptions
        data={{
          view: { state: 'measured', usage: { reports: 0, articles: 0, bytes: 0, persistent: false }, cleared: true },
          clearing: false,
        }}
        actions={{ onClear: () => {} }}
      />,
    );
    const text = container.querySelector('[data-testid="showfate-cache-usage"]')?.textContent;
    expect(text).toMatch(/^Cache cleared\. 0 saved reports and 0 trade-press headlines, about 0 bytes\./);
    expect(text).toContain('in memory only');
  });

  it('says one report and one headline in the singular, in both languages', () => {
    const view = {
      state: 'measured' as const,
      usage: { reports: 1, articles: 1, bytes: 1_500, persistent: true },
      cleared: false,
    };
    const english = render(<CacheOptions data={{ view, clearing: false }} actions={{ onClear: () => {} }} />);
    expect(english.container.querySelector('[data-testid="showfate-cache-usage"]')?.textContent).toBe(
      '1 saved report and 1 trade-press headline, about 2 kB.',
    );
    english.unmount();
    installLocale('es');
    const spanish = render(<CacheOptions data={{ view, clearing: false }} actions={{ onClear: () => {} }} />);
    expect(spanish.container.querySelector('[data-testid="showfate-cache-usage"]')?.textContent).toBe(
      '1 informe guardado y 1 titular de la prensa especializada, unos 2 kB.',
    );
  });

  it('formats sizes in the UI language', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(12_400)).toBe('12 kB');
    installLocale('es');
    expect(formatBytes(2_345_678)).toBe('2,3 MB');
  });
});

describe('the privacy section', () => {
  const recipients = dataRecipients();

  it('lists every host the manifest lets ShowFate reach, once each, with what it receives and when', () => {
    const permitted = [
      ...SOURCE_HOST_PERMISSIONS,
      ...Object.values(RATING_API_HOST_PERMISSIONS),
      ...TRADE_HOST_PERMISSIONS,
    ].map((pattern) => new URL(pattern.replace(/\*$/, '')).host);
    expect(recipients.map((recipient) => recipient.host).sort()).toEqual([...permitted].sort());
    const { container } = render(<PrivacySection data={{ recipients }} />);
    const rows = [...container.querySelectorAll<HTMLElement>('[data-testid="showfate-privacy-host"]')];
    expect(rows.map((row) => row.dataset.host)).toEqual(recipients.map((recipient) => recipient.host));
    for (const row of rows) {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim());
      expect(cells).toHaveLength(2);
      for (const cell of cells) expect(cell).toMatch(/^\S.{10,}[.)]$/);
    }
    expect(rows[0]?.textContent).toContain('api.tvmaze.com');
    expect(rows[0]?.textContent).toContain("The show's name");
  });

  it('is written in Spanish for a Spanish browser', () => {
    installLocale('es');
    const { container } = render(<PrivacySection data={{ recipients }} />);
    expect(container.querySelector('legend')?.textContent).toBe('Privacidad: qué recibe cada servidor');
    expect(container.textContent).toContain('El nombre de la serie');
  });
});
