import { describe, expect, it } from 'vitest';
import { MAX_FOLLOW_FILE_CHARS } from '../../utils/follow/follow-file';
import {
  InvalidMessageError,
  parseFollowFileText,
  parsePageShow,
  parseShowCorrection,
  parseShowTitle,
  parseTvmazeId,
  requireExtensionPage,
} from '../../utils/messaging/validate-message';
import { sampleQuery } from '../support/sample-report';

describe('validating what the background receives', () => {
  it('accepts a well-formed show query and trims its title', () => {
    expect(parsePageShow({ ...sampleQuery(), title: '  The Imperfects ' }).title).toBe('The Imperfects');
  });

  it.each([
    ['an unknown service', { service: 'evil' }, 'service: unknown service'],
    ['an empty title', { title: '   ' }, 'title: title is empty'],
    ['a huge title', { title: 'x'.repeat(5_000) }, 'title: title is too long'],
    ['control characters', { title: 'A\u0000B' }, 'title has control characters'],
    ['a malformed IMDb id', { imdbId: 'javascript:alert(1)' }, 'imdbId: malformed IMDb id'],
    ['a URL as service id', { serviceTitleId: 'https://evil.example/x' }, 'malformed service title id'],
    ['a fractional year', { year: 2022.5 }, 'year'],
    ['an extra field', { url: 'https://evil.example' }, 'url'],
    ['a page rating of another source', { pageRating: { source: 'tvmaze', value: 6, scale: 10 } }, 'only IMDb'],
    ['a page rating above 10', { pageRating: { source: 'imdb', value: 11, scale: 10 } }, 'pageRating.value'],
    ['a page rating on another scale', { pageRating: { source: 'imdb', value: 6, scale: 100 } }, 'out of 10'],
    [
      'a page rating with a URL',
      { pageRating: { source: 'imdb', value: 6, scale: 10, url: 'https://evil.example' } },
      'url',
    ],
    [
      'a page rating that claims its time',
      { pageRating: { source: 'imdb', value: 6, scale: 10, observedAt: 9e15 } },
      'observedAt',
    ],
  ])('rejects %s with a clear message', (_, change, message) => {
    expect(() => parsePageShow({ ...sampleQuery(), ...change })).toThrow(InvalidMessageError);
    expect(() => parsePageShow({ ...sampleQuery(), ...change })).toThrow(message);
  });

  it("accepts an IMDb page's own rating", () => {
    const pageRating = { source: 'imdb', value: 6.1, scale: 10, votes: 1500 };
    expect(parsePageShow({ ...sampleQuery(), pageRating }).pageRating).toEqual(pageRating);
  });

  it('rejects what is not an object at all', () => {
    for (const junk of [null, undefined, 'The Imperfects', 42, [sampleQuery()]]) {
      expect(() => parsePageShow(junk)).toThrow(/^Invalid show query/);
    }
  });

  it('validates search titles and corrections', () => {
    expect(parseShowTitle(' Lupin ')).toBe('Lupin');
    expect(() => parseShowTitle('')).toThrow(InvalidMessageError);
    expect(parseShowCorrection({ query: sampleQuery(), tvmazeId: 61000 }).tvmazeId).toBe(61000);
    expect(() => parseShowCorrection({ query: sampleQuery(), tvmazeId: -1 })).toThrow(InvalidMessageError);
    expect(() => parseShowCorrection({ query: sampleQuery(), tvmazeId: '61000' })).toThrow(InvalidMessageError);
  });
});

describe('the follow messages', () => {
  it('takes a TVmaze id as a positive integer only', () => {
    expect(parseTvmazeId(61000)).toBe(61000);
    for (const bad of ['61000', 0, -3, 1.5, Number.NaN, 1e12, null, { id: 1 }]) {
      expect(() => parseTvmazeId(bad), String(bad)).toThrow(InvalidMessageError);
    }
  });

  it('takes an imported file as text within an outer size bound', () => {
    expect(parseFollowFileText('{"x":1}')).toBe('{"x":1}');
    expect(() => parseFollowFileText({ text: '{}' })).toThrow(InvalidMessageError);
    expect(() => parseFollowFileText('x'.repeat(2 * MAX_FOLLOW_FILE_CHARS + 1))).toThrow(InvalidMessageError);
  });

  it("lets only ShowFate's own pages send page-less messages", () => {
    const origin = 'chrome-extension://abc/';
    expect(() => requireExtensionPage({ url: 'chrome-extension://abc/popup.html' }, origin)).not.toThrow();
    for (const sender of [
      undefined,
      {},
      { url: 'https://www.netflix.com/title/1' },
      { url: 'chrome-extension://other/x' },
    ]) {
      expect(() => requireExtensionPage(sender, origin)).toThrow(InvalidMessageError);
    }
  });
});
