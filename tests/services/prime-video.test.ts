import { describe, expect, it } from 'vitest';
import type { PageShow } from '../../utils/domain';
import { primeVideoService } from '../../utils/services/prime-video';
import { loadFixture } from './load-fixture';

function read(fixture: string, url: string): PageShow | null {
  return primeVideoService.read(loadFixture('prime-video', fixture), new URL(url))?.show ?? null;
}

describe('prime-video detect', () => {
  it.each([
    ['https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA/ref=atv_hm', 'title', '0KRGHGZCHKS920ZQGY5LBRF7MA'],
    ['https://www.primevideo.com/detail/The-Boys/0KRGHGZCHKS920ZQGY5LBRF7MA', 'title', '0KRGHGZCHKS920ZQGY5LBRF7MA'],
    ['https://www.primevideo.com/region/eu/detail/0QN2VSJ7J5D6TCMAHYKUQQ5J1S', 'title', '0QN2VSJ7J5D6TCMAHYKUQQ5J1S'],
    ['https://www.primevideo.com/-/de/detail/0KRGHGZCHKS920ZQGY5LBRF7MA', 'title', '0KRGHGZCHKS920ZQGY5LBRF7MA'],
    ['https://www.amazon.de/gp/video/detail/B07FPR4M1S/ref=atv_sr', 'title', 'B07FPR4M1S'],
    ['https://www.amazon.com/gp/video/detail/B07QNH1GYX?autoplay=1&t=0', 'player', 'B07QNH1GYX'],
  ])('%s', (url, kind, serviceTitleId) => {
    expect(primeVideoService.detect(new URL(url))).toEqual({ kind, serviceTitleId });
  });
});

describe('prime-video read', () => {
  it('reads a season page of a series', () => {
    expect(read('show-series.html', 'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA')).toEqual({
      service: 'prime-video',
      serviceTitleId: '0KRGHGZCHKS920ZQGY5LBRF7MA',
      title: 'The Boys',
      year: 2019,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('drops the year of a later season, which is not the premiere', () => {
    expect(read('show-series-season-4.html', 'https://www.amazon.com/gp/video/detail/B0CRP4Y4WC')).toEqual({
      service: 'prime-video',
      serviceTitleId: 'B0CRP4Y4WC',
      title: 'The Boys',
      year: null,
      kind: 'series',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads a film', () => {
    expect(read('show-film.html', 'https://www.primevideo.com/region/eu/detail/0QN2VSJ7J5D6TCMAHYKUQQ5J1S')).toEqual({
      service: 'prime-video',
      serviceTitleId: '0QN2VSJ7J5D6TCMAHYKUQQ5J1S',
      title: 'Road House',
      year: 2024,
      kind: 'film',
      imdbId: null,
      pageKind: 'title',
    });
  });

  it('reads the show from the player overlay', () => {
    const url = 'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA?autoplay=1&t=0';
    expect(read('player.html', url)).toEqual({
      service: 'prime-video',
      serviceTitleId: '0KRGHGZCHKS920ZQGY5LBRF7MA',
      title: 'The Boys',
      // From the season page beneath the overlay: season 1's year is the premiere.
      year: 2019,
      kind: 'series',
      imdbId: null,
      pageKind: 'player',
    });
  });

  it('falls back to the page under the player until the overlay renders', () => {
    const document = loadFixture('prime-video', 'player.html');
    document.querySelector('.dv-player-fullscreen')?.remove();
    const url = new URL('https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA?autoplay=1');
    expect(primeVideoService.read(document, url)?.show ?? null).toMatchObject({
      title: 'The Boys',
      year: 2019,
      pageKind: 'player',
    });
  });

  it('does not call a show a film when the overlay has no subtitle yet', () => {
    const document = loadFixture('prime-video', 'player.html');
    document.querySelector('.atvwebplayersdk-subtitle-text')?.remove();
    document.querySelector('title')?.remove();
    const url = new URL('https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA?autoplay=1');
    expect(primeVideoService.read(document, url)?.show ?? null).toMatchObject({ title: 'The Boys', kind: 'unknown' });
  });

  it('returns null on a redesigned page', () => {
    expect(read('redesigned.html', 'https://www.primevideo.com/detail/0KRGHGZCHKS920ZQGY5LBRF7MA')).toBeNull();
  });
});
