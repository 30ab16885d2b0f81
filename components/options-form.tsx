import { type NewsSourceId, TRADE_FEED_SOURCES, TRADE_SOURCE_IDS } from '../utils/domain';
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
  if (!options) return <p class="sf-note">Loading settings…</p>;
  return (
    <form class="sf-options" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>On streaming pages</legend>
        <label class="sf-check">
          <input
            type="checkbox"
            checked={options.overlayEnabled}
            data-testid="showfate-overlay-toggle"
            onChange={(event) => actions.onOverlayChange(event.currentTarget.checked)}
          />
          <span>
            Show the ShowFate panel on show pages
            <small>Turning this off removes the panel from open tabs at once. The toolbar popup keeps working.</small>
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
            Show the status on the toolbar button
            <small>
              A short badge (such as CXL for canceled or END for ended) on ShowFate's button while the panel shows a
              show.
            </small>
          </span>
        </label>
      </fieldset>

      <fieldset>
        <legend>Where ShowFate looks things up</legend>
        <p class="sf-note">
          Only a show's name or its id ever leaves your computer, and only to the sources below. Nothing about you or
          what you watch is sent anywhere else.
        </p>
        <ul class="sf-sources">
          <li>
            <strong>TVmaze</strong> (api.tvmaze.com): the show's name or IMDb id. Always on: it identifies the show.
          </li>
          <li>
            <strong>Wikidata</strong> (query.wikidata.org): the streaming service's id for the title, to find its exact
            IMDb id. Always on.
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
                <strong>Google News search</strong> (news.google.com): the show's name.
              </span>
            </label>
          </li>
        </ul>
      </fieldset>

      <fieldset>
        <legend>Trade press</legend>
        <p class="sf-note">
          ShowFate can also read the TV news feeds of the trade press every hour, so a renewal or cancellation shows up
          even when a search misses it, with a link to the article itself. Whole feeds are read: nothing is sent to
          these sites. Your browser asks for permission first.
        </p>
        {options.tradeAccess ? (
          <button
            type="button"
            class="sf-button"
            data-testid="showfate-trade-access"
            onClick={() => actions.onTradeAccessChange(false)}
          >
            Stop reading the trade press
          </button>
        ) : (
          <button
            type="button"
            class="sf-button"
            data-testid="showfate-trade-access"
            onClick={() => actions.onTradeAccessChange(true)}
          >
            Allow trade-press feeds…
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
            Read the deciding article itself for more facts
            <small>
              When the deciding article comes from these feeds, ShowFate opens its page in the background (like you
              would) to read the decision date, the season and the ratings it quotes.
            </small>
          </span>
        </label>
      </fieldset>

      <p class="sf-status" role="status" data-testid="showfate-options-status">
        {error ?? (saved ? 'Saved.' : '')}
      </p>
    </form>
  );
}
