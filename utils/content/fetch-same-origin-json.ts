/**
 * The content script's one network request: JSON from the page's own site, the way the site's own
 * scripts ask for it (same origin, the user's own session). Used for the `page-data` layer only
 * (docs/detection.md, "Layered reading"); the URL comes from a service's constant endpoint and the
 * page URL's validated id, and this function refuses anything off the page's origin.
 */

/** Title metadata is a few kB; anything much larger is not the answer we asked for. */
const MAX_RESPONSE_CHARACTERS = 2_000_000;
const TIMEOUT_MS = 8_000;

export class PageDataError extends Error {
  override name = 'PageDataError';
}

export async function fetchSameOriginJson(url: string, pageOrigin: string): Promise<unknown> {
  const target = new URL(url);
  if (target.origin !== pageOrigin || target.protocol !== 'https:') {
    throw new PageDataError(`Refusing ${target.origin}: not the page's own origin`);
  }
  const response = await fetch(target.href, {
    credentials: 'include',
    headers: { accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) {
    throw new PageDataError(`HTTP ${response.status}`);
  }
  const text = await response.text();
  if (text.length > MAX_RESPONSE_CHARACTERS) {
    throw new PageDataError('Response too large');
  }
  return JSON.parse(text) as unknown;
}
