import { titleMatchKey } from '../text/title-match-key';
import { findQuotedSpans, toCasedMatchingText } from '../verdict';

/**
 * The match keys (`titleMatchKey`) of the titles a headline quotes: trade outlets quote every show they name
 * ("‘The Imperfects’ Canceled By Netflix"), which makes the quotes a reliable index by show.
 */
export function quotedTitleMatchKeys(headline: string): string[] {
  const text = toCasedMatchingText(headline);
  const keys = findQuotedSpans(text)
    .map((span) => titleMatchKey(text.slice(span.start + 1, span.end - 1)))
    .filter((key) => key.length > 0);
  return [...new Set(keys)];
}
