import { describe, expect, it } from 'vitest';
import {
  cleanPageText,
  cleanTitle,
  isSiteName,
  seasonNumberInTitle,
  yearInParentheses,
} from '../../utils/services/clean-title';

describe('cleanTitle', () => {
  it.each([
    ['Watch Stranger Things | Netflix Official Site', 'Stranger Things'],
    ['Stranger Things | Netflix Official Site', 'Stranger Things'],
    ['Dark - Netflix', 'Dark'],
    ['Ver La casa de papel | Sitio oficial de Netflix', 'La casa de papel'],
    ['Watch The Bear Streaming Online | Hulu', 'The Bear'],
    ['Watch Sword Art Online Streaming Online | Hulu', 'Sword Art Online'],
    ['Watch The Boys - Season 4 | Prime Video', 'The Boys'],
    ['Watch The Boys Season 4 | Prime Video', 'The Boys'],
    ['Amazon.com: Watch The Boys - Season 1 | Prime Video', 'The Boys'],
    ['Fleabag - Series 2 | Prime Video', 'Fleabag'],
    ['Dark – Staffel 3 | Prime Video', 'Dark'],
    ['The Last of Us • Max', 'The Last of Us'],
    ['Succession | HBO Max', 'Succession'],
    ['The Mandalorian | Disney+', 'The Mandalorian'],
    ['Severance - Apple TV+', 'Severance'],
    ['Yellowstone | Paramount Plus', 'Yellowstone'],
    ['Tulsa King | Paramount+', 'Tulsa King'],
    ['The Office | Peacock', 'The Office'],
    ['Breaking Bad (TV Series 2008–2013) - IMDb', 'Breaking Bad'],
    ['Breaking Bad (TV Series 2008–2013) ⭐ 9.5 | Crime, Drama, Thriller', 'Breaking Bad'],
    ['La casa de papel (Série TV 2017–2021) - IMDb', 'La casa de papel'],
    ['Severance (TV Series 2022– ) - IMDb', 'Severance'],
    ['Oppenheimer (2023) - IMDb', 'Oppenheimer'],
    ['Dune (2021)', 'Dune'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanTitle(raw)).toBe(expected);
  });

  it('keeps names that only look like decorations', () => {
    expect(cleanTitle('Watchmen')).toBe('Watchmen');
    // "Watch " is only a call to action next to a site tail.
    expect(cleanTitle('Watch Dogs')).toBe('Watch Dogs');
    expect(cleanTitle('Mad Max: Fury Road')).toBe('Mad Max: Fury Road');
    expect(cleanTitle('Sword Art Online')).toBe('Sword Art Online');
    expect(cleanTitle('Star Trek: Strange New Worlds')).toBe('Star Trek: Strange New Worlds');
    expect(cleanTitle('Apollo 13')).toBe('Apollo 13');
  });

  it('never hands on an unpaired surrogate, decoded or cut', () => {
    expect(cleanTitle('Dark&#xD800; | Netflix')).toBe('Dark&#xD800;');
    expect(cleanTitle('Dark \uDE00 | Netflix')).toBe('Dark \uFFFD');
    const cut = cleanTitle(`${'a'.repeat(999)}\uD83D\uDE00`);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('decodes entities and whitespace and returns NFC', () => {
    expect(cleanTitle('Grey&#39;s Anatomy&nbsp;| Hulu')).toBe("Grey's Anatomy");
    expect(cleanTitle('  Tom\u00a0&amp;\u00a0Je\u200brry  ')).toBe('Tom & Jerry');
    // "é" as e + combining acute comes back as the single code point.
    expect(cleanTitle('Amélie | Netflix Official Site')).toBe('Amélie');
    expect(cleanTitle('Ame\u0301lie')).toBe('Am\u00e9lie');
  });

  it('returns an empty string for nothing', () => {
    expect(cleanTitle(null)).toBe('');
    expect(cleanTitle(undefined)).toBe('');
    expect(cleanTitle('   ')).toBe('');
    expect(cleanTitle(' | Netflix')).toBe('');
  });
});

describe('yearInParentheses', () => {
  it('reads the first year of an IMDb title', () => {
    expect(yearInParentheses('Name (TV Series 2019–2023) - IMDb')).toBe(2019);
    expect(yearInParentheses('Oppenheimer (2023) - IMDb')).toBe(2023);
    expect(yearInParentheses('Breaking Bad (TV Series 2008–2013) ⭐ 9.5 | Crime')).toBe(2008);
    expect(yearInParentheses('Breaking Bad')).toBeNull();
    expect(yearInParentheses(null)).toBeNull();
  });
});

describe('seasonNumberInTitle', () => {
  it('reads "Season N" in any position', () => {
    expect(seasonNumberInTitle('Watch The Boys - Season 4 | Prime Video')).toBe(4);
    expect(seasonNumberInTitle('The Boys')).toBeNull();
  });
});

describe('cleanPageText and isSiteName', () => {
  it('collapses whitespace', () => {
    expect(cleanPageText('a\n\t b')).toBe('a b');
  });

  it('knows the sites’ own names', () => {
    expect(isSiteName('Netflix')).toBe(true);
    expect(isSiteName('home')).toBe(true);
    expect(isSiteName('Dark')).toBe(false);
  });
});
