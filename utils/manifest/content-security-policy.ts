/**
 * The extension pages' content security policy (popup, options and the background service worker),
 * written out rather than left to the browser's default so that it says what the extension may
 * reach: its own scripts and styles only, no plugins, no frames, no forms, and network requests to
 * the data sources alone. The panel on streaming pages runs under the page's own policy; its CSS
 * is bundled into the content script, so no file of ours is exposed to web pages.
 */
export interface CspOptions {
  /** Origins the background may fetch from (https://host). */
  connectOrigins: readonly string[];
  /** `wxt` (dev server): WXT adds its own script source, and its reload socket needs `connect-src`. */
  development?: boolean;
}

/** `https://api.tvmaze.com/*` → `https://api.tvmaze.com`. */
export function originOfPattern(pattern: string): string {
  return new URL(pattern.replace(/\*$/, '')).origin;
}

export function extensionPagesCsp({ connectOrigins, development = false }: CspOptions): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  if (!development) directives.push(['connect-src', [...new Set(connectOrigins)]]);
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}
