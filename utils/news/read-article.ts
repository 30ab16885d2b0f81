import type { ArticleFindings, Evidence } from '../domain';
import { fetchText } from '../providers/http';
import { tradeFeedForUrl } from '../providers/trade-feeds';
import { extractArticleFacts } from '../verdict';
import { extractArticleText } from './article-text';

/** Article pages run to a few hundred KB of markup; a page of several MB is not an article. */
const ARTICLE_MAX_BYTES = 4_000_000;
const ARTICLE_TIMEOUT_MS = 10_000;

export interface ArticleReadingDeps {
  /** The user's opt-in (options page). */
  isEnabled(): Promise<boolean>;
  /** Whether the browser granted the host permission for this URL's origin. */
  isPermitted(url: string): Promise<boolean>;
  fetchText?: typeof fetchText;
}

/**
 * Reads the deciding article's own page for what its headline doesn't say: the decision date,
 * the season, the network, ratings quoted. Only with the user's opt-in and permission, only for
 * an article whose real URL came from a trade feed (Google News links are redirects we don't
 * follow), and never a URL a page handed us. Any failure means "nothing more to say".
 */
export async function readArticleFindings(
  evidence: Evidence,
  showName: string,
  deps: ArticleReadingDeps,
): Promise<ArticleFindings | null> {
  const feed = tradeFeedForUrl(evidence.url);
  if (!feed) return null;
  if (!(await deps.isEnabled()) || !(await deps.isPermitted(evidence.url))) return null;
  try {
    const response = await (deps.fetchText ?? fetchText)(evidence.url, {
      source: feed.outlet,
      timeoutMs: ARTICLE_TIMEOUT_MS,
      maxBytes: ARTICLE_MAX_BYTES,
      headers: { accept: 'text/html' },
    });
    const facts = extractArticleFacts(extractArticleText(response.text), showName);
    return {
      url: evidence.url,
      outlet: evidence.outlet,
      decidedOn: facts.decidedOn,
      season: facts.season,
      network: facts.network,
      premiered: facts.premiered,
      ratings: facts.ratings,
    };
  } catch (error) {
    console.warn('ShowFate: could not read the article', evidence.url, error);
    return null;
  }
}
