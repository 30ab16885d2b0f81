import { t } from '../utils/i18n/translate';

/** The follow toggle's state for the show on screen. */
export interface FollowToggleData {
  followed: boolean;
  /** A follow or unfollow is on its way to the background. */
  busy: boolean;
  /** The last toggle failed: said next to the button. */
  error?: string | null;
}

/**
 * "Follow" as a toggle button (`aria-pressed`), in the panel and the popup (issue 10, point 3). Its
 * name stays "Follow" whatever its state, as a toggle's should; the state is `aria-pressed` (and a
 * check mark and the title for sighted users).
 */
export function FollowButton({ data, actions }: { data: FollowToggleData; actions: { onToggle: () => void } }) {
  return (
    <p class="sf-follow">
      <button
        type="button"
        class={`sf-button sf-follow-button${data.followed ? ' sf-follow-button--on' : ''}`}
        data-testid="showfate-follow"
        aria-pressed={data.followed}
        aria-busy={data.busy}
        disabled={data.busy}
        title={data.followed ? t('followToggleOnHint') : t('followToggleOffHint')}
        onClick={actions.onToggle}
      >
        {data.followed && <span aria-hidden="true">✓ </span>}
        {t('followFollow')}
      </button>
      {data.error && (
        <span class="sf-details" role="alert" data-testid="showfate-follow-error">
          {' '}
          {data.error}
        </span>
      )}
    </p>
  );
}
