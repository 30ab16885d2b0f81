import type { CacheUsage } from '../../utils/cache/cache-usage';
import { formatNumber, t, tCount } from '../../utils/i18n/translate';

export type CacheView =
  | { state: 'measuring' }
  | { state: 'measured'; usage: CacheUsage; cleared: boolean }
  | { state: 'error' };

interface CacheOptionsProps {
  data: { view: CacheView; clearing: boolean };
  actions: { onClear: () => void };
}

/** "512 bytes", "12 kB", "1.4 MB" in the UI language's digits and unit names. */
export function formatBytes(bytes: number): string {
  // Bytes spelled out ("0 bytes"): CLDR's short form for the byte is "byte", odd after a number.
  if (bytes < 1_000) return formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  if (bytes < 1_000_000) {
    return formatNumber(bytes / 1_000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  }
  return formatNumber(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}

/** How much the cache holds, and "Clear cache" (reports and headlines only). */
export function CacheOptions({ data: { view, clearing }, actions }: CacheOptionsProps) {
  return (
    <fieldset data-testid="showfate-cache">
      <legend>{t('optionsCacheLegend')}</legend>
      <p class="sf-note" role="status" data-testid="showfate-cache-usage">
        {view.state === 'measuring' && t('optionsCacheMeasuring')}
        {view.state === 'error' && t('optionsCacheError')}
        {view.state === 'measured' &&
          [
            view.cleared ? t('optionsCacheCleared') : '',
            t(
              'optionsCacheUsage',
              tCount(view.usage.reports, { one: 'optionsCacheReportsOne', other: 'optionsCacheReportsOther' }),
              tCount(view.usage.articles, { one: 'optionsCacheArticlesOne', other: 'optionsCacheArticlesOther' }),
              formatBytes(view.usage.bytes),
            ),
            view.usage.persistent ? '' : t('optionsCacheMemoryOnly'),
          ]
            .filter(Boolean)
            .join(' ')}
      </p>
      <button
        type="button"
        class="sf-button"
        data-testid="showfate-clear-cache"
        disabled={clearing || view.state === 'measuring'}
        onClick={actions.onClear}
      >
        {t('optionsCacheClear')}
      </button>
      <p class="sf-note">{t('optionsCacheClearHint')}</p>
    </fieldset>
  );
}
