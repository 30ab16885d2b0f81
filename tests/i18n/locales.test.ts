/**
 * Every locale says everything English says: the same message ids, the same placeholders, no
 * empty message. A message added in English only fails here, before a Spanish user meets an
 * English sentence in the middle of the panel.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MessageId, t } from '../../utils/i18n/translate';
import { installLocale, LOCALES_DIR, messageReader, readLocale, substitute } from '../support/browser-i18n';

const english = readLocale('en');
const locales = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

/** The `$1`…`$9` and `$NAME$` a message uses, as a sorted list. */
function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\$(\d|[A-Za-z0-9_]+\$)/g)].map((match) => match[0].toLowerCase()).sort();
}

it('ships English and Spanish at least', () => {
  expect(locales).toContain('es');
});

describe.each(locales)('locale %s', (locale) => {
  const messages = readLocale(locale);

  it('has every message id English has, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses the same placeholders as English in every message, and no message is empty', () => {
    for (const [id, entry] of Object.entries(english)) {
      const translated = messages[id];
      if (!translated) continue; // reported by the test above
      expect(translated.message.trim(), id).not.toBe('');
      expect(placeholdersOf(translated.message), id).toEqual(placeholdersOf(entry.message));
      expect(Object.keys(translated.placeholders ?? {}).sort(), id).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
    }
  });
});

describe('t()', () => {
  it('reads the installed locale, with substitutions', () => {
    installLocale('es');
    expect(t('extDescription')).toBe(readLocale('es').extDescription?.message);
    installLocale('en');
    expect(t('extDescription')).toBe(english.extDescription?.message);
  });

  it('fills numbered and named placeholders the way the browser does', () => {
    const entry = {
      message: '$SHOW$ is $1: $$5 off',
      placeholders: { show: { content: '$2' } },
    };
    expect(substitute(entry, ['canceled', 'The Imperfects'])).toBe('The Imperfects is canceled: $5 off');
    expect(substitute({ message: 'no $1 here' })).toBe('no  here');
  });

  it('gives an unknown id back as itself, never an empty string', () => {
    expect(messageReader('es')('noSuchMessage')).toBe('');
    expect(t('noSuchMessage' as MessageId)).toBe('noSuchMessage');
  });
});
