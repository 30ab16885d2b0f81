/**
 * WebExtension match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
 * parsed so one list per service serves both the content script's `matches` and the host lookup.
 */

export interface MatchPattern {
  scheme: '*' | 'http' | 'https';
  /** '*', '*.example.com' (the host and its subdomains) or an exact host. */
  host: string;
  /** A glob where '*' matches anything, compared with the URL's path and query. */
  path: string;
}

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/.*)$/i;

/** The pattern's parts, or null when it is not a valid http(s) match pattern. */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  const match = PATTERN.exec(pattern);
  if (!match?.[1] || !match[2] || !match[3]) {
    return null;
  }
  return { scheme: match[1].toLowerCase() as MatchPattern['scheme'], host: match[2].toLowerCase(), path: match[3] };
}

function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** Whether the browser would inject a content script with this pattern into this URL. */
export function urlMatchesPattern(url: URL, pattern: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) {
    return false;
  }
  const scheme = url.protocol.slice(0, -1);
  if (parsed.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== parsed.scheme) {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (parsed.host.startsWith('*.')) {
    const domain = parsed.host.slice(2);
    if (host !== domain && !host.endsWith(`.${domain}`)) {
      return false;
    }
  } else if (parsed.host !== '*' && parsed.host !== host) {
    return false;
  }
  return globToRegExp(parsed.path).test(url.pathname + url.search);
}

export function urlMatchesAnyPattern(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => urlMatchesPattern(url, pattern));
}
