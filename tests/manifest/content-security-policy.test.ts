// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extensionPagesCsp, originOfPattern } from '../../utils/manifest/content-security-policy';
import { RATING_API_HOST_PERMISSIONS, SOURCE_HOST_PERMISSIONS } from '../../utils/providers/source-hosts';
import { TRADE_HOST_PERMISSIONS } from '../../utils/providers/trade-feeds';
import config from '../../wxt.config';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe('the content security policy', () => {
  const policy = extensionPagesCsp({
    connectOrigins: [
      ...SOURCE_HOST_PERMISSIONS,
      ...TRADE_HOST_PERMISSIONS,
      ...Object.values(RATING_API_HOST_PERMISSIONS),
    ].map(originOfPattern),
  });

  it('allows our own scripts and styles only, and no plugins, frames, forms or base changes', () => {
    const csp = directives(policy);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('lets the background connect to the data sources and nowhere else', () => {
    expect(directives(policy).get('connect-src')).toEqual([
      'https://api.tvmaze.com',
      'https://news.google.com',
      'https://query.wikidata.org',
      'https://deadline.com',
      'https://tvline.com',
      'https://variety.com',
      'https://www.whats-on-netflix.com',
      'https://www.omdbapi.com',
      'https://api.themoviedb.org',
    ]);
  });

  it('is the one the manifest declares, and only the show-page script is web-accessible, to the streaming sites', async () => {
    const manifest = (config.manifest as (env: object) => Record<string, unknown>)({
      browser: 'chrome',
      manifestVersion: 3,
      command: 'build',
      mode: 'production',
    });
    expect(manifest.content_security_policy).toEqual({ extension_pages: policy });
    // The script the small content script loads on a show page (issue 12); a per-session URL in Chromium.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['show-page.js'], matches: expect.any(Array), use_dynamic_url: true },
    ]);
    const [resource] = manifest.web_accessible_resources as { matches: string[] }[];
    for (const match of resource?.matches ?? []) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(resource?.matches).toContain('https://www.netflix.com/*');
    expect(resource?.matches).not.toContain('https://api.tvmaze.com/*');
    const firefox = (config.manifest as (env: object) => Record<string, unknown>)({
      browser: 'firefox',
      manifestVersion: 2,
      command: 'build',
      mode: 'production',
    });
    expect(firefox.content_security_policy).toBe(policy);
    expect(firefox.web_accessible_resources).toEqual(['show-page.js']);
  });
});

describe('the keyed rating APIs in the manifest', () => {
  const manifestFor = (browser: string, manifestVersion: 2 | 3) =>
    (config.manifest as (env: object) => Record<string, unknown>)({
      browser,
      manifestVersion,
      command: 'build',
      mode: 'production',
    });

  it('asks for OMDb and TMDB only as optional hosts, from one declaration, in both manifests', () => {
    const rating = Object.values(RATING_API_HOST_PERMISSIONS);
    expect(rating).toEqual(['https://www.omdbapi.com/*', 'https://api.themoviedb.org/*']);
    const chrome = manifestFor('chrome', 3);
    expect(chrome.optional_host_permissions).toEqual([...TRADE_HOST_PERMISSIONS, ...rating]);
    for (const pattern of rating) expect(chrome.host_permissions).not.toContain(pattern);
    const firefox = manifestFor('firefox', 2);
    expect(firefox.optional_permissions).toEqual([...TRADE_HOST_PERMISSIONS, ...rating]);
    expect(firefox.optional_host_permissions).toBeUndefined();
  });
});
