import type { NewsSourceSettings } from '../utils/settings/settings';
import type { NewsSourceId } from '../utils/shows/show-report';

export interface OptionsData {
  overlayEnabled: boolean;
  newsSources: NewsSourceSettings;
  articleReading: { enabled: boolean; permitted: boolean };
}

interface OptionsFormProps {
  data: { options: OptionsData | null; saved: boolean; error: string | null };
  actions: {
    onOverlayChange: (enabled: boolean) => void;
    onNewsSourceChange: (source: NewsSourceId, enabled: boolean) => void;
    onArticleReadingChange: (enabled: boolean) => void;
  };
}

interface SourceDescription {
  id: NewsSourceId;
  name: string;
  host: string;
  sends: string;
}

/** Every place ShowFate's background talks to, and what it sends there: the privacy contract. */
const NEWS_SOURCES: SourceDescription[] = [
  { id: 'google-news', name: 'Google News search', host: 'news.google.com', sends: "the show's name" },
  { id: 'deadline', name: 'Deadline (TV feed)', host: 'deadline.com', sends: 'nothing: the whole feed is read' },
  { id: 'tvline', name: 'TVLine', host: 'tvline.com', sends: 'nothing: the whole feed is read' },
  { id: 'variety', name: 'Variety (TV feed)', host: 'variety.com', sends: 'nothing: the whole feed is read' },
  {
    id: 'whats-on-netflix',
    name: "What's on Netflix",
    host: 'www.whats-on-netflix.com',
    sends: 'nothing: the whole feed is read',
  },
];

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
      </fieldset>

      <fieldset>
        <legend>Where ShowFate looks things up</legend>
        <p class="sf-note">
          Only a show's name or its IMDb id ever leaves your computer, and only to the sources below. Nothing about you
          or what you watch is sent anywhere else.
        </p>
        <ul class="sf-sources">
          <li>
            <strong>TVmaze</strong> (api.tvmaze.com): the show's name or IMDb id. Always on: it identifies the show.
          </li>
          {NEWS_SOURCES.map((source) => (
            <li key={source.id}>
              <label class="sf-check">
                <input
                  type="checkbox"
                  checked={options.newsSources[source.id]}
                  data-testid={`showfate-source-${source.id}`}
                  onChange={(event) => actions.onNewsSourceChange(source.id, event.currentTarget.checked)}
                />
                <span>
                  <strong>{source.name}</strong> ({source.host}): {source.sends}.
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>Reading articles</legend>
        <label class="sf-check">
          <input
            type="checkbox"
            checked={options.articleReading.enabled && options.articleReading.permitted}
            data-testid="showfate-article-reading-toggle"
            onChange={(event) => actions.onArticleReadingChange(event.currentTarget.checked)}
          />
          <span>
            Read the deciding article's page for more facts (decision date, season, quoted ratings)
            <small>
              Your browser asks for permission to read news sites first. Only the article's own address is requested,
              like opening it yourself.
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
