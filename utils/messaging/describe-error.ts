import { t } from '../i18n/translate';

/**
 * A sentence a person can act on, from an error that crossed the message channel (only its
 * message survives the trip).
 */
export function describeLookupError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/tvmaze/i.test(message) && /(unavailable|network|timeout|unreachable|fetch|rate)/i.test(message)) {
    return t('errorTvmazeUnreachable');
  }
  // The validator's own words stay as they are: a detail for a bug report, not a sentence to translate.
  if (/invalid/i.test(message)) return t('errorInvalidShow', message);
  if (/receiving end does not exist|extension context invalidated/i.test(message)) {
    return t('errorExtensionRestarted');
  }
  return t('errorLookupFailed');
}
