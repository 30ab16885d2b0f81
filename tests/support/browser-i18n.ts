/**
 * The browser's i18n for unit tests: WXT's fake browser doesn't implement it, so this reads the
 * real `public/_locales` files and substitutes the way Chromium documents
 * (https://developer.chrome.com/docs/extensions/reference/api/i18n): named placeholders `$NAME$`
 * take their `content` (often `$1`), `$1`…`$9` take the substitutions, `$$` is a dollar sign.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');

export function readLocale(locale: string): Record<string, LocaleMessage> {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    LocaleMessage
  >;
}

function fillNumbered(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

/** One message with its substitutions, as the browser fills it. */
export function substitute(entry: LocaleMessage, substitutions: string | string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(
      ([key]) => key.toLowerCase() === name.toLowerCase(),
    );
    return placeholder ? fillNumbered(placeholder[1].content, values) : whole;
  });
  // "$$" is a literal dollar: the parts between them are filled, then joined by "$".
  return named
    .split('$$')
    .map((part) => fillNumbered(part, values))
    .join('$');
}

/** `getMessage` over `locale`, falling back to English for a missing id like the browser does. */
export function messageReader(locale: string): (id: string, substitutions?: string | string[]) => string {
  const messages = readLocale(locale);
  const english = locale === 'en' ? messages : readLocale('en');
  return (id, substitutions) => {
    const entry = messages[id] ?? english[id];
    return entry ? substitute(entry, substitutions) : '';
  };
}

/** Makes the fake browser speak `locale` (the setup file installs English before every test). */
export function installLocale(locale: string): void {
  fakeBrowser.i18n.getMessage = messageReader(locale) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
}
