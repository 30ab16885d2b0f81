/**
 * Every example URL is claimed by its own service, with the kind it is listed under, and by no
 * other; every `none` URL by no service at all.
 */

import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../utils/domain';
import { detectPage, findServiceForUrl, STREAMING_SERVICES } from '../../utils/services/registry';
import type { StreamingService } from '../../utils/services/service';

interface Example {
  service: StreamingService;
  url: string;
  kind: PageKind | null;
}

const EXAMPLES: Example[] = STREAMING_SERVICES.flatMap((service) => [
  ...service.examples.title.map((url) => ({ service, url, kind: 'title' as const })),
  ...service.examples.player.map((url) => ({ service, url, kind: 'player' as const })),
  ...service.examples.none.map((url) => ({ service, url, kind: null })),
]);

function claimants(url: string): string[] {
  return STREAMING_SERVICES.filter((service) => service.detect(new URL(url)) !== null).map((service) => service.id);
}

describe('url matrix', () => {
  it.each(
    EXAMPLES.filter((example) => example.kind !== null).map((example) => [example.service.id, example.url, example]),
  )('%s claims %s', (_id, url, example) => {
    const { service, kind } = example as Example;
    expect(service.detect(new URL(url))?.kind).toBe(kind);
    expect(claimants(url)).toEqual([service.id]);
    expect(findServiceForUrl(new URL(url))).toBe(service);
    expect(detectPage(new URL(url))?.service).toBe(service);
  });

  it.each(EXAMPLES.filter((example) => example.kind === null).map((example) => [example.service.id, example.url]))(
    '%s: nobody claims %s',
    (_id, url) => {
      expect(claimants(url)).toEqual([]);
      expect(detectPage(new URL(url))).toBeNull();
    },
  );

  it('claims nothing on unrelated sites', () => {
    for (const url of ['https://www.example.com/title/80100172', 'https://www.google.com/search?q=dark']) {
      expect(claimants(url)).toEqual([]);
      expect(findServiceForUrl(new URL(url))).toBeUndefined();
    }
  });

  it('keeps the content script off the rest of the Amazon store', () => {
    expect(findServiceForUrl(new URL('https://www.amazon.com/dp/B000000000'))).toBeUndefined();
    expect(findServiceForUrl(new URL('https://www.amazon.com/gp/video/storefront'))?.id).toBe('prime-video');
  });
});

/**
 * The URL forms public code running against the live sites showed in 2026 (docs/detection.md), each
 * with the service, kind and id it must give. They are also in their services' example lists, so
 * the matrix above checks no other service claims them.
 */
describe('url forms seen on the live sites in 2026', () => {
  it.each([
    ['https://www.amazon.co.jp/gp/video/detail/B08BYXW1JJ/', 'prime-video', 'title', 'B08BYXW1JJ'],
    [
      'https://www.amazon.ca/gp/video/detail/B07QNH1GYX/ref=atv_hm_hom_1_c_8pZiqd_2_1',
      'prime-video',
      'title',
      'B07QNH1GYX',
    ],
    ['https://www.amazon.fr/gp/video/detail/B0875L45GK', 'prime-video', 'title', 'B0875L45GK'],
    ['https://www.amazon.com.br/gp/video/detail/B0875L45GK', 'prime-video', 'title', 'B0875L45GK'],
    [
      'https://www.amazon.com/-/es/gp/video/detail/B07QNH1GYX/ref=atv_dp_share_cu_r',
      'prime-video',
      'title',
      'B07QNH1GYX',
    ],
    ['https://www.paramountplus.com/shows/video/esJvFlqdrcS_kFHnpxSuYp449E7tTexD/', 'paramount-plus', 'player', null],
    ['https://www.paramountplus.com/shows/hawaii_five_0/', 'paramount-plus', 'title', 'hawaii_five_0'],
    [
      'https://www.peacocktv.com/watch-online/tv/mrs.-davis/5074205589847182112',
      'peacock',
      'title',
      '5074205589847182112',
    ],
    [
      'https://www.peacocktv.com/watch-online/movies/despicable-me-2/41bacec9-efbf-3ae4-8358-5f4c1917c743',
      'peacock',
      'title',
      '41bacec9-efbf-3ae4-8358-5f4c1917c743',
    ],
    [
      'https://www.peacocktv.com/watch/asset/movie/despicable-me-2/f45c2853-4230-3910-aa53-51ac37f5a788',
      'peacock',
      'title',
      'f45c2853-4230-3910-aa53-51ac37f5a788',
    ],
    ['https://www.peacocktv.com/watch-online/tv/the-office', 'peacock', 'title', 'the-office'],
    [
      'https://hbomax.com/show/c8ea8e19-cae7-4683-9b62-cdbbed744784',
      'max',
      'title',
      'c8ea8e19-cae7-4683-9b62-cdbbed744784',
    ],
    ['https://www.disneyplus.com/pt-br/play/79955576-c891-414d-a8c3-1b2c3d4e5f60', 'disney-plus', 'player', null],
  ])('%s', (url, serviceId, kind, serviceTitleId) => {
    const detected = detectPage(new URL(url));
    expect(detected?.service.id).toBe(serviceId);
    expect(detected?.match).toEqual({ kind, serviceTitleId });
    expect(claimants(url)).toEqual([serviceId]);
  });

  it.each([
    'https://www.peacocktv.com/watch-online/tv',
    'https://www.paramountplus.com/shows/video/',
    'https://www.amazon.co.jp/dp/B08BYXW1JJ',
    'https://hbomax.com/',
  ])('claims nothing at %s', (url) => {
    expect(detectPage(new URL(url))).toBeNull();
  });
});
