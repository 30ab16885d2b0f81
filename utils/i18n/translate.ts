/**
 * Every user-facing string comes from the browser's i18n (`public/_locales/<lang>/messages.json`),
 * English being the default locale: the browser picks the user's language and falls back to English
 * for a message a locale lacks. Ids are typed from the English file, so a misspelled id fails the
 * typecheck; `tests/i18n/locales.test.ts` fails when another locale misses an id or a placeholder.
 */
import { browser } from 'wxt/browser';
import type englishMessages from '../../public/_locales/en/messages.json';

export type MessageId = keyof typeof englishMessages;

/**
 * The message `id` in the user's language, with `$1`…`$9` (or the message's named placeholders)
 * filled from `substitutions`. Numbers and dates go in already formatted (see `formatNumber`).
 */
export function t(id: MessageId, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(id, substitutions.map(String));
  // '' only when the id is missing everywhere, which the locales test rules out: say the id rather
  // than show nothing.
  return text === '' ? id : text;
}

/** The browser's UI language (e.g. "es", "en-US"), for `Intl` formatting that matches the text. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A number in the UI language's digits and separators ("2,300,000" / "2.300.000"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(value);
}

/** A date in the UI language ("Nov 8, 2022" / "8 nov 2022"). */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(uiLocale(), options).format(date);
}

/**
 * The browser's i18n has no plurals: a counted phrase is two messages, picked by the UI language's
 * plural rule (`Intl.PluralRules`: "one" for 1 in English and Spanish), with the count formatted.
 */
export function tCount(count: number, ids: { one: MessageId; other: MessageId }): string {
  const form = new Intl.PluralRules(uiLocale()).select(count);
  return t(form === 'one' ? ids.one : ids.other, formatNumber(count));
}
