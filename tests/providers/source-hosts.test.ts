/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { GOOGLE_NEWS_RSS, SOURCE_HOST_PERMISSIONS, TVMAZE_API, TVMAZE_WEB } from '../../utils/providers/source-hosts';
import { TRADE_HOST_PERMISSIONS } from '../../utils/providers/trade-feeds';

/** Whether a host permission match pattern ("https://host/*") covers `url`. */
function permits(pattern: string, url: string): boolean {
  const { origin } = new URL(pattern.replace(/\*$/, ''));
  return new URL(url).origin === origin;
}

describe('source hosts', () => {
  it('asks at install only for the default sources', () => {
    expect(SOURCE_HOST_PERMISSIONS).toEqual([
      'https://api.tvmaze.com/*',
      'https://news.google.com/*',
      'https://query.wikidata.org/*',
    ]);
  });

  it('covers every base URL the background fetches', () => {
    for (const base of [TVMAZE_API, GOOGLE_NEWS_RSS]) {
      expect(base.startsWith('https://')).toBe(true);
      expect(
        SOURCE_HOST_PERMISSIONS.some((pattern) => permits(pattern, base)),
        base,
      ).toBe(true);
    }
  });

  it('does not need a permission for the attribution link, which is only opened, never fetched', () => {
    expect(SOURCE_HOST_PERMISSIONS.some((pattern) => permits(pattern, TVMAZE_WEB))).toBe(false);
  });

  it('keeps the trade-press hosts out of the install-time permissions (they are asked for in the options page)', () => {
    expect(TRADE_HOST_PERMISSIONS.length).toBeGreaterThan(0);
    for (const pattern of TRADE_HOST_PERMISSIONS) expect(SOURCE_HOST_PERMISSIONS).not.toContain(pattern);
  });
});
