/**
 * A sentence a person can act on, from an error that crossed the message channel (only its
 * message survives the trip).
 */
export function describeLookupError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/tvmaze/i.test(message) && /(unavailable|network|timeout|unreachable|fetch|rate)/i.test(message)) {
    return 'ShowFate could not reach TVmaze. Check your connection and try again.';
  }
  if (/invalid/i.test(message)) return `ShowFate could not read this page's show (${message}).`;
  if (/receiving end does not exist|extension context invalidated/i.test(message)) {
    return 'ShowFate was updated or restarted. Reload the page to use it.';
  }
  return 'ShowFate could not look this show up. Try again in a moment.';
}
