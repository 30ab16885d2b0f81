/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_HOST_PERMISSIONS,
  GOOGLE_NEWS_RSS,
  SOURCE_HOST_PERMISSIONS,
  TVMAZE_API,
  TVMAZE_WEB,
} from '../../utils/providers/source-hosts';

/** Whether a host permission match pattern ("https://host/*") covers `url`. */
function permits(pattern: string, url: string): boolean {
  const { origin } = new URL(pattern.replace(/\*$/, ''));
  return new URL(url).origin === origin;
}

describe('source hosts', () => {
  it('asks for exactly the two default sources', () => {
    expect(SOURCE_HOST_PERMISSIONS).toEqual(['https://api.tvmaze.com/*', 'https://news.google.com/*']);
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

  it('keeps the broad article permission out of the install-time ones', () => {
    expect(ARTICLE_HOST_PERMISSIONS).toEqual(['https://*/*']);
    for (const pattern of ARTICLE_HOST_PERMISSIONS) expect(SOURCE_HOST_PERMISSIONS).not.toContain(pattern);
  });
});
