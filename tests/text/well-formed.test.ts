import { describe, expect, it } from 'vitest';
import { sliceWellFormed, toWellFormed } from '../../utils/text/well-formed';

const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE00';
const GRIN = '\uD83D\uDE00';

describe('well-formed strings', () => {
  it('replaces unpaired surrogates with U+FFFD and keeps pairs', () => {
    expect(toWellFormed(`a${LONE_HIGH}b`)).toBe('a\uFFFDb');
    expect(toWellFormed(`${LONE_LOW}x`)).toBe('\uFFFDx');
    expect(toWellFormed(`x${LONE_HIGH}`)).toBe('x\uFFFD');
    expect(toWellFormed(`${LONE_LOW}${LONE_HIGH}`)).toBe('\uFFFD\uFFFD');
    expect(toWellFormed(`ok ${GRIN} ok`)).toBe(`ok ${GRIN} ok`);
    expect(toWellFormed('')).toBe('');
  });

  it('makes every string safe for encodeURIComponent', () => {
    for (const text of [`a${LONE_HIGH}`, `${LONE_LOW}`, `${GRIN}${LONE_HIGH}${GRIN}`]) {
      expect(() => encodeURIComponent(text)).toThrow(URIError);
      expect(() => encodeURIComponent(toWellFormed(text))).not.toThrow();
    }
  });

  it('agrees with String.prototype.toWellFormed where the engine has it', () => {
    const native = (String.prototype as { toWellFormed?: () => string }).toWellFormed;
    if (!native) return;
    for (const text of [`a${LONE_HIGH}b${LONE_LOW}`, GRIN, `${LONE_LOW}${GRIN}${LONE_HIGH}`]) {
      expect(toWellFormed(text)).toBe(native.call(text));
    }
  });

  it('cuts without splitting a surrogate pair', () => {
    const text = `${'a'.repeat(199)}${GRIN}`;
    expect(sliceWellFormed(text, 200)).toBe('a'.repeat(199));
    expect(sliceWellFormed(text, 201)).toBe(text);
    expect(sliceWellFormed(`${LONE_LOW}abc`, 2)).toBe('\uFFFDa');
  });
});
