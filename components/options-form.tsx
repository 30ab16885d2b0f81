import { type NewsSourceId, TRADE_FEED_SOURCES, TRADE_SOURCE_IDS } from '../utils/domain';
import { t } from '../utils/i18n/translate';
import type { NewsSourceSettings } from '../utils/settings/settings';
import { CheckOption } from './options/check-option';

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
        <CheckOption
          data={{ checked: options.overlayEnabled, testId: 'showfate-overlay-toggle' }}
          actions={{ onChange: (checked) => actions.onOverlayChange(checked) }}
        >
          {t('optionsOverlay')}
          <small>{t('optionsOverlayHint')}</small>
        </CheckOption>
        <CheckOption
          data={{ checked: options.toolbarBadge, testId: 'showfate-badge-toggle' }}
          actions={{ onChange: (checked) => actions.onToolbarBadgeChange(checked) }}
        >
          {t('optionsBadge')}
          <small>{t('optionsBadgeHint')}</small>
        </CheckOption>
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
            <CheckOption
              data={{ checked: options.newsSources['google-news'], testId: 'showfate-source-google-news' }}
              actions={{ onChange: (checked) => actions.onNewsSourceChange('google-news', checked) }}
            >
              <strong>{t('optionsSourceGoogleNewsName')}</strong> (news.google.com): {t('optionsSourceGoogleNews')}
            </CheckOption>
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
              <CheckOption
                data={{
                  checked: options.tradeAccess && options.newsSources[source.id],
                  testId: `showfate-source-${source.id}`,
                  disabled: !options.tradeAccess,
                }}
                actions={{ onChange: (checked) => actions.onNewsSourceChange(source.id, checked) }}
              >
                <strong>{source.name}</strong> ({source.host})
              </CheckOption>
            </li>
          ))}
        </ul>
        <CheckOption
          data={{ checked: options.articleReading && options.tradeAccess, testId: 'showfate-article-reading-toggle' }}
          actions={{ onChange: (checked) => actions.onArticleReadingChange(checked) }}
        >
          {t('optionsArticleReading')}
          <small>{t('optionsArticleReadingHint')}</small>
        </CheckOption>
      </fieldset>

      <p class="sf-status" role="status" data-testid="showfate-options-status">
        {error ?? (saved ? t('optionsSaved') : '')}
      </p>
    </form>
  );
}
