/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { SHOW_PAGE_URLS, SHOW_SITE_MATCHES, serviceOfUrl } from '../../utils/content/show-page-urls';
import {
  CONTENT_SCRIPT_MATCHES,
  detectPage,
  findServiceForUrl,
  STREAMING_SERVICES,
} from '../../utils/services/registry';

const SAMPLE_URLS = [
  ...STREAMING_SERVICES.flatMap(({ examples }) => [...examples.title, ...examples.player, ...examples.none]),
  'https://www.netflix.com/browse',
  'https://www.netflix.com/browse?jbv=80057281',
  'https://www.netflix.com/title/80057281',
  'https://www.netflix.com/watch/80057282',
  'https://www.amazon.com/gp/cart',
  'https://www.hulu.com/hub/home',
  'https://example.com/title/80057281',
];

describe("the small content script's show-URL check", () => {
  it('lists every registered service, in the same order, with the same patterns', () => {
    expect(SHOW_PAGE_URLS.map((service) => service.id)).toEqual(STREAMING_SERVICES.map((service) => service.id));
    SHOW_PAGE_URLS.forEach((entry, index) => {
      expect(entry.matches).toEqual(STREAMING_SERVICES[index]?.matches);
    });
    expect(SHOW_SITE_MATCHES).toEqual(CONTENT_SCRIPT_MATCHES);
  });

  it("answers as the registry does for every service's example URLs and for pages that are not shows", () => {
    expect(SAMPLE_URLS.length).toBeGreaterThan(20);
    for (const href of SAMPLE_URLS) {
      const url = new URL(href);
      expect(serviceOfUrl(url)?.id, href).toBe(findServiceForUrl(url)?.id);
      expect(serviceOfUrl(url)?.detect(url) ?? null, href).toEqual(detectPage(url)?.match ?? null);
    }
  });
});
