import { type NewsSourceId, TRADE_FEED_SOURCES, TRADE_SOURCE_IDS } from '../utils/domain';
import { t } from '../utils/i18n/translate';
import type { NewsSourceSettings } from '../utils/settings/settings';

export interface OptionsData {
  overlayEnabled: boolean;
  /** The show's status as a badge on the toolbar button. */
  toolbarBadge: boolean;
  newsSources: NewsSourceSettings;
  /** Whether the browser granted the trade-press hosts (asked for here, never at install). */
  tradeAccess: boolean;
  articleReading: boolean;
}

interface OptionsFormProps {
  data: { options: OptionsData | null; saved: boolean; error: string | null };
  actions: {
    onOverlayChange: (enabled: boolean) => void;
    onToolbarBadgeChange: (enabled: boolean) => void;
    onNewsSourceChange: (source: NewsSourceId, enabled: boolean) => void;
    onTradeAccessChange: (allowed: boolean) => void;
    onArticleReadingChange: (enabled: boolean) => void;
  };
}

/** The trade feeds as the options page lists them, from their declaration. */
const TRADE_SOURCES = TRADE_SOURCE_IDS.map((id) => ({
  id,
  name: TRADE_FEED_SOURCES[id].optionsName,
  host: new URL(TRADE_FEED_SOURCES[id].feedUrl).host,
}));
export function OptionsForm({ data: { options, saved, error }, actions }: OptionsFormProps) {
  if (!options) return <p class="sf-note">{t('optionsLoading')}</p>;
  return (
    <form class="sf-options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('optionsOnPagesLegend')}</legend>
        <label class="sf-check">
          <input
            type="checkbox"
            checked={options.overlayEnabled}
            data-testid="showfate-overlay-toggle"
            onChange={(event) => actions.onOverlayChange(event.currentTarget.checked)}
          />
          <span>
            {t('optionsOverlay')}
            <small>{t('optionsOverlayHint')}</small>
          </span>
        </label>
        <label class="sf-check">
          <input
            type="checkbox"
            checked={options.toolbarBadge}
            data-testid="showfate-badge-toggle"
            onChange={(event) => actions.onToolbarBadgeChange(event.currentTarget.checked)}
          />
          <span>
            {t('optionsBadge')}
            <small>{t('optionsBadgeHint')}</small>
          </span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsSourcesLegend')}</legend>
        <p class="sf-note">{t('optionsSourcesNote')}</p>
        <ul class="sf-sources">
          <li>
            <strong>TVmaze</strong> (api.tvmaze.com): {t('optionsSourceTvmaze')}
          </li>
          <li>
            <strong>Wikidata</strong> (query.wikidata.org): {t('optionsSourceWikidata')}
          </li>
          <li>
            <label class="sf-check">
              <input
                type="checkbox"
                checked={options.newsSources['google-news']}
                data-testid="showfate-source-google-news"
                onChange={(event) => actions.onNewsSourceChange('google-news', event.currentTarget.checked)}
              />
              <span>
                <strong>{t('optionsSourceGoogleNewsName')}</strong> (news.google.com): {t('optionsSourceGoogleNews')}
              </span>
            </label>
          </li>
        </ul>
      </fieldset>

      <fieldset>
        <legend>{t('optionsTradeLegend')}</legend>
        <p class="sf-note">{t('optionsTradeNote')}</p>
        {options.tradeAccess ? (
          <button
            type="button"
            class="sf-button"
            data-testid="showfate-trade-access"
            onClick={() => actions.onTradeAccessChange(false)}
          >
            {t('optionsTradeStop')}
          </button>
        ) : (
          <button
            type="button"
            class="sf-button"
            data-testid="showfate-trade-access"
            onClick={() => actions.onTradeAccessChange(true)}
          >
            {t('optionsTradeAllow')}
          </button>
        )}
        <ul class="sf-sources">
          {TRADE_SOURCES.map((source) => (
            <li key={source.id}>
              <label class="sf-check">
                <input
                  type="checkbox"
                  checked={options.tradeAccess && options.newsSources[source.id]}
                  disabled={!options.tradeAccess}
                  data-testid={`showfate-source-${source.id}`}
                  onChange={(event) => actions.onNewsSourceChange(source.id, event.currentTarget.checked)}
                />
                <span>
                  <strong>{source.name}</strong> ({source.host})
                </span>
              </label>
            </li>
          ))}
        </ul>
        <label class="sf-check">
          <input
            type="checkbox"
            checked={options.articleReading && options.tradeAccess}
            data-testid="showfate-article-reading-toggle"
            onChange={(event) => actions.onArticleReadingChange(event.currentTarget.checked)}
          />
          <span>
            {t('optionsArticleReading')}
            <small>{t('optionsArticleReadingHint')}</small>
          </span>
        </label>
      </fieldset>

      <p class="sf-status" role="status" data-testid="showfate-options-status">
        {error ?? (saved ? t('optionsSaved') : '')}
      </p>
    </form>
  );
}
