/**
 * Every host that receives anything from ShowFate, and what, derived from the declarations: the
 * install-time sources (`SOURCE_HOSTS`), the trade feeds (`TRADE_FEED_SOURCES`) and the hosts of
 * optional API keys (`API_KEY_RECIPIENTS`). The options page's privacy section lists exactly this,
 * and `tests/providers/data-recipients.test.ts` fails when a host permission has no row here.
 */
import { TRADE_FEED_SOURCES, TRADE_SOURCE_IDS } from '../domain';
import type { MessageId } from '../i18n/translate';
import { RATING_API_HOST_PERMISSIONS, type RatingApi, SOURCE_HOSTS } from './source-hosts';

export interface DataRecipient {
  /** The host name ("api.tvmaze.com"). */
  host: string;
  /** The source as people know it. */
  name: string;
  /** What it receives (a message id). */
  receives: MessageId;
  /** When it receives it (a message id). */
  when: MessageId;
}

/**
 * The hosts of the optional API keys (OMDb, TMDB; issue 10, point 1): nothing is sent to them
 * without a saved key and the host allowed (utils/providers/omdb.ts, tmdb.ts).
 */
/** The host an optional API's permission pattern grants ("https://www.omdbapi.com/*" → www.omdbapi.com). */
function permittedHost(api: RatingApi): string {
  return new URL(RATING_API_HOST_PERMISSIONS[api].replace(/\*$/, '')).host;
}

export const API_KEY_RECIPIENTS: readonly DataRecipient[] = [
  { host: permittedHost('omdb'), name: 'OMDb', receives: 'privacyOmdbReceives', when: 'privacyWhenKey' },
  { host: permittedHost('tmdb'), name: 'TMDB', receives: 'privacyTmdbReceives', when: 'privacyWhenKey' },
];

const hostOf = (url: string) => new URL(url).host;

/** Every recipient, in the order the privacy section lists them: always-on sources, keys, trade press. */
export function dataRecipients(): DataRecipient[] {
  const sources = Object.values(SOURCE_HOSTS).map((source) => ({
    host: hostOf(source.baseUrl),
    name: source.name,
    receives: source.receives,
    when: source.when,
  }));
  const trade = TRADE_SOURCE_IDS.map((id) => ({
    host: hostOf(TRADE_FEED_SOURCES[id].feedUrl),
    name: TRADE_FEED_SOURCES[id].optionsName,
    receives: 'privacyTradeReceives' as const,
    when: 'privacyWhenTrade' as const,
  }));
  return [...sources, ...API_KEY_RECIPIENTS, ...trade];
}
