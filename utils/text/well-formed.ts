/**
 * Well-formed UTF-16 for everything that becomes part of a URL. `encodeURIComponent` throws a
 * URIError on an unpaired surrogate, which a page can produce (`&#xD800;` in a title) and a cut can
 * create (an emoji split at the 200th code unit). `String.prototype.toWellFormed` does this job but
 * Node 20 (the tests) and Firefox 115 ESR lack it, so it is written out here.
 */

const REPLACEMENT = '\uFFFD';

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `text` with every unpaired surrogate replaced by U+FFFD; the same string when it has none. */
export function toWellFormed(text: string): string {
  let result: string[] | null = null;
  let from = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isHigh(code) && index + 1 < text.length && isLow(text.charCodeAt(index + 1))) {
      index += 1;
      continue;
    }
    if (!isHigh(code) && !isLow(code)) continue;
    result ??= [];
    result.push(text.slice(from, index), REPLACEMENT);
    from = index + 1;
  }
  if (!result) return text;
  result.push(text.slice(from));
  return result.join('');
}

/** At most `maxLength` code units of `text`, never ending inside a surrogate pair, well-formed. */
export function sliceWellFormed(text: string, maxLength: number): string {
  let end = Math.min(maxLength, text.length);
  if (end > 0 && end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end -= 1;
  return toWellFormed(text.slice(0, end));
}
