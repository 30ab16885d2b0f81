/**
 * Every example URL is claimed by its own service, with the kind it is listed under, and by no
 * other; every `none` URL by no service at all.
 */

import { describe, expect, it } from 'vitest';
import { detectPage, findServiceForUrl, STREAMING_SERVICES } from '../../utils/services/registry';
import type { PageKind, StreamingService } from '../../utils/services/service';

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
