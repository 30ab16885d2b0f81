/**
 * What the extension says in a language, read from the same public/_locales files it ships, so an
 * end-to-end test checks the words the user sees without repeating them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageId } from '../../../utils/i18n/translate';

const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');

/** The message `id` in `locale` with its `$1`…`$9` filled (the messages used here have no named placeholders). */
export function messageIn(locale: string, id: MessageId, ...substitutions: string[]): string {
  const messages = JSON.parse(readFileSync(resolve(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const message = messages[id]?.message;
  if (message === undefined) throw new Error(`No message ${id} in locale ${locale}`);
  return message.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}
