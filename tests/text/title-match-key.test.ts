/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { compactTitleMatchKey, titleMatchKey } from '../../utils/text/title-match-key';

describe('titleMatchKey', () => {
  it.each([
    ["Grey's Anatomy", 'greys anatomy'],
    ['Grey’s Anatomy', 'greys anatomy'],
    ['Greys Anatomy', 'greys anatomy'],
    ['9-1-1', '911'],
    ['9-1-1: Lone Star', '911 lone star'],
    ['Law & Order: Special Victims Unit', 'law and order special victims unit'],
    ['Love, Death + Robots', 'love death and robots'],
    ['Love, Death & Robots', 'love death and robots'],
    ['The Office', 'office'],
    ['  THE   OFFICE ', 'office'],
    ['The', 'the'],
    ['Theodosia', 'theodosia'],
    ['Élite', 'elite'],
    ['Pokémon', 'pokemon'],
    ['Borgen – Power & Glory', 'borgen power and glory'],
    ['S.W.A.T.', 'swat'],
    ['M*A*S*H', 'mash'],
    ['Marvel’s Agents of S.H.I.E.L.D.', 'marvels agents of shield'],
    ['Spider-Man: Into the Spider-Verse', 'spiderman into the spiderverse'],
    ['Shameless (US)', 'shameless'],
    ['Doctor Who (2005)', 'doctor who'],
    ['The Blacklist (Season 3)', 'blacklist season 3'],
    ['Ｆｕｌｌ Ｗｉｄｔｈ', 'full width'],
    ['Ærø Straße', 'aero strasse'],
    ['Money Heist: Korea – Joint Economic Area', 'money heist korea joint economic area'],
    ['イカゲーム', 'イカゲーム'],
    ['सेक्रेड गेम्स', 'सेक्रेड गेम्स'],
    ['Ελληνικά Άλφα', 'ελληνικα αλφα'],
    ['¡Who Is America?', 'who is america'],
    ['', ''],
  ])('%j → %j', (title, expected) => {
    expect(titleMatchKey(title)).toBe(expected);
  });
});

describe('compactTitleMatchKey', () => {
  it('lets spaced and joined spellings agree', () => {
    expect(compactTitleMatchKey('Spider Man')).toBe(compactTitleMatchKey('Spider-Man'));
    expect(compactTitleMatchKey('Ink Master')).not.toBe(compactTitleMatchKey('Inkmasters'));
  });
});
