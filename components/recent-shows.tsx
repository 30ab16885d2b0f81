import type { RecentShow } from '../utils/cache/database';
import { t } from '../utils/i18n/translate';
import { formatTimestamp } from './format';
import { StatusBadge } from './status-badge';
import { TvmazeShowLink } from './tvmaze-show-link';

interface RecentShowsProps {
  data: { shows: RecentShow[] };
}

/** Shows the user saw recently, newest first, each with the status it had then. */
export function RecentShows({ data: { shows } }: RecentShowsProps) {
  if (shows.length === 0) {
    return (
      <p class="sf-note" data-testid="showfate-recent-empty">
        {t('popupRecentEmpty')}
      </p>
    );
  }
  return (
    <ol class="sf-recent" data-testid="showfate-recent">
      {shows.map((show) => (
        <li key={show.key} class="sf-recent-item" data-testid="showfate-recent-item">
          {show.tvmazeId ? (
            <TvmazeShowLink tvmazeId={show.tvmazeId}>{show.title}</TvmazeShowLink>
          ) : (
            <span class="sf-recent-title">{show.title}</span>
          )}
          <span class="sf-details">{formatTimestamp(show.seenAt)}</span>
          <StatusBadge data={{ status: show.status }} testId="showfate-recent-status" />
        </li>
      ))}
    </ol>
  );
}
