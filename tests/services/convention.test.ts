/**
 * Fails when a service is left out of the registry, lacks fixtures or example URLs, or declares
 * match patterns a browser would reject.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../../utils/domain';
import { parseMatchPattern } from '../../utils/services/match-pattern';
import { CONTENT_SCRIPT_MATCHES, STREAMING_SERVICES } from '../../utils/services/registry';
import type { StreamingService } from '../../utils/services/service';
import { FIXTURES_DIRECTORY, parseHtml } from './load-fixture';

const SERVICES_DIRECTORY = join(import.meta.dirname, '..', '..', 'utils', 'services');

function looksLikeService(value: unknown): value is StreamingService {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<StreamingService>;
  return (
    typeof candidate.id === 'string' && typeof candidate.detect === 'function' && typeof candidate.read === 'function'
  );
}

describe('service conventions', () => {
  it('registers every StreamingService exported from utils/services', async () => {
    const files = readdirSync(SERVICES_DIRECTORY).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
    const exported: StreamingService[] = [];
    for (const file of files) {
      const module: Record<string, unknown> = await import(join(SERVICES_DIRECTORY, file));
      exported.push(...Object.values(module).filter(looksLikeService));
    }
    expect(exported.length).toBeGreaterThan(0);
    for (const service of exported) {
      expect(STREAMING_SERVICES, `${service.id} is exported but not in registry.ts`).toContain(service);
    }
  });

  it('has one service per id, each in its own file', () => {
    const ids = STREAMING_SERVICES.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...SERVICE_IDS].sort());
    const files = readdirSync(SERVICES_DIRECTORY);
    for (const id of ids) {
      expect(files, `utils/services/${id}.ts`).toContain(`${id}.ts`);
    }
  });

  it.each(STREAMING_SERVICES.map((service) => [service.id, service]))(
    '%s has fixtures and examples',
    (_id, service) => {
      const { id, examples, name } = service as StreamingService;
      const fixtures = readdirSync(join(FIXTURES_DIRECTORY, id)).filter((file) => file.endsWith('.html'));
      expect(fixtures.length, `tests/fixtures/${id}/*.html`).toBeGreaterThanOrEqual(3);
      expect(examples.title.length).toBeGreaterThanOrEqual(3);
      expect(examples.player.length).toBeGreaterThanOrEqual(2);
      expect(examples.none.length).toBeGreaterThanOrEqual(3);
      expect(name.trim()).not.toBe('');
    },
  );

  it.each(STREAMING_SERVICES.map((service) => [service.id, service]))('%s has valid match patterns', (_id, service) => {
    const { matches } = service as StreamingService;
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches) {
      const parsed = parseMatchPattern(pattern);
      expect(parsed, pattern).not.toBeNull();
      // https only, one named host (no '*' host): the extension asks for no more than it reads.
      expect(parsed?.scheme, pattern).toBe('https');
      expect(parsed?.host, pattern).not.toContain('*');
      expect(parsed?.path.endsWith('*'), pattern).toBe(true);
    }
  });

  it('exports every pattern once for the content script', () => {
    const all = STREAMING_SERVICES.flatMap((service) => service.matches);
    expect(new Set(CONTENT_SCRIPT_MATCHES)).toEqual(new Set(all));
    expect(CONTENT_SCRIPT_MATCHES.length).toBe(new Set(all).size);
  });
});

// Markup a page could hold that breaks naive readers: JSON-LD of the wrong shapes, meta tags
// without content, player and modal containers with nothing inside.
const HOSTILE_PAGE = `<html><head><title></title>
  <meta property="og:title"><meta name="apple:title" content="">
  <meta property="og:url" content="http://[bad-url">
  <script type="application/ld+json">{"@type":42,"name":{"x":1},"url":["%E0%A4%A"]}</script>
  <script type="application/ld+json">[[[[[[[[{"@type":"TVSeries","name":"Deep"}]]]]]]]]</script>
  <script type="application/ld+json">{"@graph":null,"@type":["Episode"],"partOfSeries":"Dark"}</script>
  <script type="application/ld+json">{"@type":"TVSeries","name":"","url":"%%%"}</script>
  <script type="application/ld+json">null</script>
  </head><body>
  <div data-uia="modal-motion-container-DETAIL_MODAL"><img class="previewModal--player-titleTreatment-logo"></div>
  <div data-uia="video-title"></div><div class="title-field"></div>
  <a href="/show/umc.cmc.x">  </a><a href="/title/tt0903747/"></a>
  </body></html>`;

describe('reading never throws', () => {
  const cases = STREAMING_SERVICES.flatMap((service) =>
    [...service.examples.title, ...service.examples.player].map((url) => [service.id, url, service] as const),
  );

  it.each(cases)('%s: %s on an empty page → null', (_id, url, service) => {
    expect(service.read(parseHtml(''), new URL(url))).toBeNull();
  });

  it.each(cases)('%s: %s on hostile markup', (_id, url, service) => {
    expect(() => service.read(parseHtml(HOSTILE_PAGE), new URL(url))).not.toThrow();
  });

  it.each(STREAMING_SERVICES.map((service) => [service.id, service] as const))(
    '%s: read on a URL it does not claim → null',
    (_id, service) => {
      const document = parseHtml('<title>Dark | Netflix Official Site</title>');
      expect(service.read(document, new URL('https://www.example.com/title/80100172'))).toBeNull();
    },
  );
});
