import { describe, expect, it } from 'vitest';
import { formatPageDetails, pageDetailsFromState } from '../../utils/diagnostics/page-details';
import type { PageState } from '../../utils/messaging/protocol';

const SHOW_STATE: PageState = {
  state: 'show',
  show: {
    service: 'disney-plus',
    serviceTitleId: null,
    title: 'Loki',
    year: null,
    kind: 'series',
    imdbId: null,
    pageKind: 'player',
  },
  layer: 'page-markup',
  path: '/en-gb/play/79955576-c891-414d-a8c3-1b2c3d4e5f60',
};

describe('copy page details', () => {
  it('copies the service, the path, the layer, what was read and the version, nothing else', () => {
    const details = pageDetailsFromState(SHOW_STATE, '0.1.0');
    expect(details).not.toBeNull();
    if (!details) return;
    expect(formatPageDetails(details)).toBe(
      [
        'ShowFate 0.1.0',
        'Service: disney-plus',
        'URL path: /en-gb/play/79955576-c891-414d-a8c3-1b2c3d4e5f60',
        'Outcome: read a show',
        'Read from: page markup',
        'Title: Loki',
        'Year: —',
        'Kind: series',
        'Page kind: player',
        'Service title id: —',
        'IMDb id: —',
      ].join('\n'),
    );
  });

  it('never copies a query or a hash, even if one reached the path', () => {
    const state: PageState = { ...SHOW_STATE, path: '/watch/80100174?trackId=14170286&tctx=0#account' };
    const text = formatPageDetails(pageDetailsFromState(state, '0.1.0') ?? fail());
    expect(text).toContain('URL path: /watch/80100174\n');
    expect(text).not.toMatch(/trackId|tctx|account/);
  });

  it('reports a page nothing could be read from, for a redesign', () => {
    const details = pageDetailsFromState(
      { state: 'unrecognized', service: 'prime-video', path: '/detail/0KRGHGZCHKS920ZQGY5LBRF7MA' },
      '0.1.0',
    );
    expect(formatPageDetails(details ?? fail())).toBe(
      [
        'ShowFate 0.1.0',
        'Service: prime-video',
        'URL path: /detail/0KRGHGZCHKS920ZQGY5LBRF7MA',
        "Outcome: a show page's URL, but nothing on it could be read",
        'Read from: —',
      ].join('\n'),
    );
  });

  it('reports a URL that was not taken for a show page', () => {
    const details = pageDetailsFromState(
      { state: 'not-a-show-page', service: 'peacock', path: '/watch-online/tv' },
      '1.2.3',
    );
    expect(details).toMatchObject({ outcome: 'not-a-show-page', layer: null, reading: null, version: '1.2.3' });
  });

  it('has nothing to copy while the page is still being read', () => {
    expect(pageDetailsFromState({ state: 'reading' }, '0.1.0')).toBeNull();
  });
});

function fail(): never {
  throw new Error('expected page details');
}
