import { useEffect, useState } from 'preact/hooks';
import {
  type FollowOptionsOutcome,
  FollowSection,
  type FollowSectionData,
} from '../../components/options/follow-section';
import { followFileName, MAX_FOLLOW_FILE_CHARS } from '../../utils/follow/follow-file';
import { type FollowCheckFrequency, isFollowCheckFrequency } from '../../utils/follow/follow-schedule';
import { readFollowedShows } from '../../utils/follow/followed-show';
import { sendMessage } from '../../utils/messaging/protocol';
import { followCheckFrequency, followedShows, followNotificationsEnabled } from '../../utils/settings/settings';

/** Saves `text` as a file through the browser's download of a blob URL (no `downloads` permission). */
function downloadJson(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The options page's "Followed shows" wiring: the two settings, and export/import through the background. */
export function FollowSectionApp() {
  const [data, setData] = useState<FollowSectionData | null>(null);
  const update = (change: Partial<FollowSectionData>) =>
    setData((current) => (current ? { ...current, ...change } : current));

  useEffect(() => {
    Promise.all([
      followNotificationsEnabled.getValue(),
      followCheckFrequency.getValue(),
      followedShows.getValue(),
    ]).then(
      ([notifications, frequency, shows]) =>
        setData({
          notifications,
          frequency: isFollowCheckFrequency(frequency) ? frequency : 'daily',
          count: readFollowedShows(shows).length,
          busy: false,
          outcome: null,
        }),
      () =>
        setData({
          notifications: true,
          frequency: 'daily',
          count: null,
          busy: false,
          outcome: { kind: 'save-failed' },
        }),
    );
    return followedShows.watch((shows) => update({ count: readFollowedShows(shows).length }));
  }, []);

  const save = (write: () => Promise<void>, shown: Partial<FollowSectionData>) => {
    update({ ...shown, outcome: null });
    write().then(
      () => update({ outcome: { kind: 'saved' } }),
      () => update({ outcome: { kind: 'save-failed' } }),
    );
  };
  const finish = (outcome: FollowOptionsOutcome) => update({ busy: false, outcome });

  return (
    <FollowSection
      data={data}
      actions={{
        onNotificationsChange: (enabled) =>
          save(() => followNotificationsEnabled.setValue(enabled), { notifications: enabled }),
        onFrequencyChange: (frequency: FollowCheckFrequency) =>
          save(() => followCheckFrequency.setValue(frequency), { frequency }),
        onExport() {
          update({ busy: true, outcome: null });
          sendMessage('exportFollowedShows').then(
            (text) => {
              downloadJson(text, followFileName(Date.now()));
              finish({ kind: 'exported', count: readFollowedShows(JSON.parse(text).shows).length });
            },
            () => finish({ kind: 'export-failed' }),
          );
        },
        onImportFile(file) {
          update({ busy: true, outcome: null });
          // Refused before it is read: a huge file is not an export, and reading it costs memory.
          if (file.size > MAX_FOLLOW_FILE_CHARS) {
            finish({ kind: 'import', result: { ok: false, problem: 'too-large' } });
            return;
          }
          file
            .text()
            .then((text) => sendMessage('importFollowedShows', text))
            .then(
              (result) => finish({ kind: 'import', result }),
              () => finish({ kind: 'read-failed' }),
            );
        },
      }}
    />
  );
}
