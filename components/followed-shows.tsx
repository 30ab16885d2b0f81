import type { FollowChange, FollowCheckSummary, FollowedShow } from '../utils/follow/followed-show';
import { formatDate, formatNumber, t } from '../utils/i18n/translate';
import { StatusBadge } from './status-badge';
import { TvmazeShowLink } from './tvmaze-show-link';

/** "Check now" in the popup: idle, running, or its result. */
export type FollowCheckView =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; summary: FollowCheckSummary }
  | { state: 'error' };

export interface FollowedShowsData {
  /** null while the list is read. */
  shows: FollowedShow[] | null;
  changes: FollowChange[];
  check: FollowCheckView;
}

interface FollowedShowsProps {
  data: FollowedShowsData;
  actions: { onUnfollow: (tvmazeId: number) => void; onCheckNow: () => void };
}

const when = (ms: number) => formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });

/** Where a change came from: the article's outlet, the news, or TVmaze's own status. */
function sourceOf(change: FollowChange): string {
  if (!change.source) return 'TVmaze';
  return change.source.outlet ?? t('followSourceNews');
}

function CheckResult({ check }: { check: FollowCheckView }) {
  let text = '';
  if (check.state === 'checking') text = t('followChecking');
  else if (check.state === 'error') text = t('followCheckError');
  else if (check.state === 'done') {
    const { summary } = check;
    text = t('followCheckResult', formatNumber(summary.checked), formatNumber(summary.changed));
    if (summary.failed > 0) text += ` ${t('followCheckResultFailed', formatNumber(summary.failed))}`;
  }
  return (
    <p class="sf-note" role="status" data-testid="showfate-check-result" data-state={check.state}>
      {text}
    </p>
  );
}

/**
 * The popup's followed shows (each with its status and an unfollow button), "Check now" with its
 * busy state and result, and "what changed", newest first. Names and sources are text, never HTML.
 */
export function FollowedShows({ data: { shows, changes, check }, actions }: FollowedShowsProps) {
  if (shows === null) return <p class="sf-note">{t('followLoading')}</p>;
  const lastChecked = shows.reduce((latest, show) => Math.max(latest, show.checkedAt), 0);
  return (
    <>
      {shows.length === 0 ? (
        <p class="sf-note" data-testid="showfate-followed-empty">
          {t('followEmpty')}
        </p>
      ) : (
        <>
          <ul class="sf-recent" data-testid="showfate-followed">
            {shows.map((show) => (
              <li
                key={show.tvmazeId}
                class="sf-recent-item sf-followed-item"
                data-testid="showfate-followed-item"
                data-tvmaze-id={show.tvmazeId}
              >
                <TvmazeShowLink tvmazeId={show.tvmazeId}>{show.name}</TvmazeShowLink>
                <button
                  type="button"
                  class="sf-link-button"
                  data-testid="showfate-unfollow"
                  aria-label={t('followUnfollowLabel', show.name)}
                  onClick={() => actions.onUnfollow(show.tvmazeId)}
                >
                  {t('followUnfollow')}
                </button>
                <StatusBadge data={{ status: show.status }} testId="showfate-followed-status" />
              </li>
            ))}
          </ul>
          <div class="sf-follow-check">
            <button
              type="button"
              class="sf-button"
              data-testid="showfate-check-now"
              aria-busy={check.state === 'checking'}
              disabled={check.state === 'checking'}
              onClick={actions.onCheckNow}
            >
              {check.state === 'checking' ? t('followChecking') : t('followCheckNow')}
            </button>
            {lastChecked > 0 && (
              <span class="sf-details" data-testid="showfate-last-checked">
                {' '}
                {t('followLastChecked', when(lastChecked))}
              </span>
            )}
          </div>
          <CheckResult check={check} />
        </>
      )}
      <h3 class="sf-section-subtitle">{t('followChangesHeading')}</h3>
      {changes.length === 0 ? (
        <p class="sf-note" data-testid="showfate-changes-empty">
          {t('followChangesEmpty')}
        </p>
      ) : (
        <ol class="sf-recent" data-testid="showfate-changes">
          {changes.map((change) => (
            <li
              key={change.id}
              class="sf-recent-item sf-change"
              data-testid="showfate-change"
              data-tvmaze-id={change.tvmazeId}
              data-from={change.from}
              data-to={change.to}
            >
              <span class="sf-recent-title">{change.name}</span>
              <span class="sf-change-statuses">
                <StatusBadge data={{ status: change.from }} testId="showfate-change-from" />
                <span aria-hidden="true"> → </span>
                <span class="sf-visually-hidden"> {t('followChangedTo')} </span>
                <StatusBadge data={{ status: change.to }} testId="showfate-change-to" />
              </span>
              <span class="sf-details" data-testid="showfate-change-source">
                {t('followChangeSource', when(change.at), sourceOf(change))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
