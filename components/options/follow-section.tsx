import type { FollowImportResult } from '../../utils/follow/follow-file';
import { FOLLOW_CHECK_FREQUENCY_IDS, type FollowCheckFrequency } from '../../utils/follow/follow-schedule';
import { formatNumber, type MessageId, t } from '../../utils/i18n/translate';
import { CheckOption } from './check-option';

/** What the section's last action came to, said in its status line. */
export type FollowOptionsOutcome =
  | { kind: 'saved' }
  | { kind: 'save-failed' }
  | { kind: 'exported'; count: number }
  | { kind: 'export-failed' }
  | { kind: 'read-failed' }
  | { kind: 'import'; result: FollowImportResult };

export interface FollowSectionData {
  notifications: boolean;
  frequency: FollowCheckFrequency;
  /** How many shows are followed (null while read). */
  count: number | null;
  busy: boolean;
  outcome: FollowOptionsOutcome | null;
}

interface FollowSectionProps {
  data: FollowSectionData | null;
  actions: {
    onNotificationsChange: (enabled: boolean) => void;
    onFrequencyChange: (frequency: FollowCheckFrequency) => void;
    onExport: () => void;
    onImportFile: (file: File) => void;
  };
}

const FREQUENCY_LABELS: Record<FollowCheckFrequency, MessageId> = {
  '6h': 'followFrequency6h',
  '12h': 'followFrequency12h',
  daily: 'followFrequencyDaily',
  weekly: 'followFrequencyWeekly',
};

/** The status line for an outcome, and whether it is a failure (said as an alert). */
export function describeFollowOutcome(outcome: FollowOptionsOutcome): { text: string; failed: boolean } {
  switch (outcome.kind) {
    case 'saved':
      return { text: t('followSettingsSaved'), failed: false };
    case 'save-failed':
      return { text: t('followSettingsFailed'), failed: true };
    case 'exported':
      return { text: t('followExportDone', formatNumber(outcome.count)), failed: false };
    case 'export-failed':
      return { text: t('followExportFailed'), failed: true };
    case 'read-failed':
      return { text: t('followImportReadFailed'), failed: true };
    case 'import': {
      const { result } = outcome;
      if (result.ok) {
        return {
          text: t('followImportDone', formatNumber(result.added), formatNumber(result.alreadyFollowed)),
          failed: false,
        };
      }
      switch (result.problem) {
        case 'too-large':
          return { text: t('followImportTooLarge'), failed: true };
        case 'not-json':
          return { text: t('followImportNotJson'), failed: true };
        case 'not-an-export':
          return { text: t('followImportNotExport'), failed: true };
        case 'wrong-version':
          return { text: t('followImportWrongVersion', result.version), failed: true };
        case 'bad-entry':
          return { text: t('followImportBadEntry', formatNumber(result.entry), result.detail), failed: true };
        case 'too-many':
          return { text: t('followImportTooMany', formatNumber(result.max)), failed: true };
      }
    }
  }
}

/**
 * The options page's "Followed shows" (issue 10, points 3 and 4): notifications on or off, how often
 * followed shows are checked, and the list's export and import.
 */
export function FollowSection({ data, actions }: FollowSectionProps) {
  if (!data) return null;
  const said = data.outcome ? describeFollowOutcome(data.outcome) : null;
  return (
    <section class="sf-options" aria-labelledby="sf-follow-options-heading" data-testid="showfate-follow-options">
      <fieldset>
        <legend id="sf-follow-options-heading">{t('followOptionsHeading')}</legend>
        <p class="sf-note">{t('followOptionsIntro')}</p>
        <CheckOption
          data={{ checked: data.notifications, testId: 'showfate-follow-notifications' }}
          actions={{ onChange: (checked) => actions.onNotificationsChange(checked) }}
        >
          {t('followOptionsNotifications')}
          <small>{t('followOptionsNotificationsHint')}</small>
        </CheckOption>
        <label class="sf-field">
          <span>{t('followOptionsFrequency')}</span>{' '}
          <select
            data-testid="showfate-follow-frequency"
            value={data.frequency}
            onChange={(event) => actions.onFrequencyChange(event.currentTarget.value as FollowCheckFrequency)}
          >
            {FOLLOW_CHECK_FREQUENCY_IDS.map((id) => (
              <option key={id} value={id}>
                {t(FREQUENCY_LABELS[id])}
              </option>
            ))}
          </select>
        </label>
        {data.count !== null && (
          <p class="sf-note" data-testid="showfate-follow-count">
            {t('followOptionsCount', formatNumber(data.count))}
          </p>
        )}
        <p>
          <button
            type="button"
            class="sf-button"
            data-testid="showfate-follow-export"
            disabled={data.busy}
            onClick={actions.onExport}
          >
            {t('followExport')}
          </button>
        </p>
        <label class="sf-field">
          <span>{t('followImport')}</span>{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="showfate-follow-import"
            disabled={data.busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared so choosing the same file again (after fixing it) fires again.
              input.value = '';
              if (file) actions.onImportFile(file);
            }}
          />
          <small>{t('followImportHint')}</small>
        </label>
        <p
          class={`sf-status${said?.failed ? ' sf-note--warning' : ''}`}
          role={said?.failed ? 'alert' : 'status'}
          data-testid="showfate-follow-options-status"
          data-failed={said ? String(said.failed) : undefined}
        >
          {said?.text ?? ''}
        </p>
      </fieldset>
    </section>
  );
}
