/**
 * When followed shows are re-checked (issue 10, point 3): one repeating `alarms` alarm at the user's
 * frequency, only while something is followed. Alarms outlive the MV3 worker, so the names are
 * fixed and an alarm that already has the right period is left alone (re-creating it would push
 * its next run back every time the worker starts).
 */

/** The repeating check. */
export const FOLLOW_CHECK_ALARM = 'showfate-follow-check';
/**
 * A one-shot alarm set while a check runs and cleared when it ends: if the worker is stopped
 * mid-check, it wakes the worker to finish the shows not yet checked.
 */
export const FOLLOW_RESUME_ALARM = 'showfate-follow-resume';
export const FOLLOW_RESUME_DELAY_MINUTES = 2;

/** The options page's choices, in minutes. */
export const FOLLOW_CHECK_FREQUENCIES = {
  '6h': 6 * 60,
  '12h': 12 * 60,
  daily: 24 * 60,
  weekly: 7 * 24 * 60,
} as const;

export type FollowCheckFrequency = keyof typeof FOLLOW_CHECK_FREQUENCIES;
export const FOLLOW_CHECK_FREQUENCY_IDS = Object.keys(FOLLOW_CHECK_FREQUENCIES) as FollowCheckFrequency[];
export const DEFAULT_FOLLOW_CHECK_FREQUENCY: FollowCheckFrequency = 'daily';

export function isFollowCheckFrequency(value: unknown): value is FollowCheckFrequency {
  return typeof value === 'string' && Object.hasOwn(FOLLOW_CHECK_FREQUENCIES, value);
}

/** The part of `browser.alarms` the schedule uses. */
export interface AlarmsApi {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/**
 * Makes the check alarm match the list and the frequency: none when nothing is followed; else one
 * repeating every `frequency`, its first run one period away (a show was just checked when it was
 * followed). Returns what it did, for tests and logs.
 */
export async function syncFollowAlarm(
  alarms: AlarmsApi,
  { followedCount, frequency }: { followedCount: number; frequency: unknown },
): Promise<'cleared' | 'kept' | 'created' | 'none'> {
  const existing = await alarms.get(FOLLOW_CHECK_ALARM);
  if (followedCount === 0) {
    if (!existing) return 'none';
    await alarms.clear(FOLLOW_CHECK_ALARM);
    return 'cleared';
  }
  const period =
    FOLLOW_CHECK_FREQUENCIES[isFollowCheckFrequency(frequency) ? frequency : DEFAULT_FOLLOW_CHECK_FREQUENCY];
  if (existing?.periodInMinutes === period) return 'kept';
  await alarms.create(FOLLOW_CHECK_ALARM, { periodInMinutes: period, delayInMinutes: period });
  return 'created';
}

/** The period of a frequency in ms: a scheduled check skips shows confirmed within the last half of it. */
export function followPeriodMs(frequency: unknown): number {
  return (
    FOLLOW_CHECK_FREQUENCIES[isFollowCheckFrequency(frequency) ? frequency : DEFAULT_FOLLOW_CHECK_FREQUENCY] * 60_000
  );
}
