/**
 * Every streaming service ShowFate reads, declared once: its id, the name people see, and the words
 * that name it elsewhere (TVmaze's networks, page-title brand tails, the tab titles that are only the
 * site's own name, what the press calls it). The page readers (`utils/services/<id>.ts`) take their
 * id and name from here; `ServiceId` is derived from this table.
 *
 * Depends on nothing: the background looks up a service's networks here without loading any page
 * reader. `tests/domain/declared-once.test.ts` fails when an entry lacks one of its parts.
 */

/** A network name as the press writes it, read by the verdict (`utils/verdict/networks.ts`). */
export interface PressNetwork {
  /** The name ShowFate displays. */
  name: string;
  /** Lower-case forms, as the headline classifier sees text ("&" already read as "and"). */
  aliases: readonly string[];
  /** Case-sensitive regex source for article prose (wrapped in word boundaries by the verdict). */
  inText: string;
}

export interface StreamingServiceFacts {
  /** Name shown to people ("Prime Video"). */
  name: string;
  /** The TVmaze network / web channel names this service publishes under, for scoring matches. */
  tvmazeNetworks: readonly string[];
  /**
   * Regex sources of the brand tails the service appends to page titles and og:title
   * ("Dark | Netflix Official Site"); spaces match any whitespace (`utils/services/clean-title.ts`).
   */
  pageTitleBrands: readonly string[];
  /** Lower-case tab titles that are only the site's own name, never a show ("Netflix", "Disney+"). */
  siteNames: readonly string[];
  /** The networks this service is in news headlines and articles; empty for a site that is no network (IMDb). */
  pressNetworks: readonly PressNetwork[];
}

export const STREAMING_SERVICE_FACTS = {
  netflix: {
    name: 'Netflix',
    tvmazeNetworks: ['Netflix'],
    // Plus the localized forms seen on non-English title pages (docs/detection.md).
    pageTitleBrands: [
      'Netflix(?: Official Site)?',
      '(?:Sitio|Site) oficial (?:de|da) Netflix',
      'Site officiel de Netflix',
    ],
    siteNames: ['netflix'],
    pressNetworks: [{ name: 'Netflix', aliases: ['netflix'], inText: 'Netflix|NETFLIX' }],
  },
  'prime-video': {
    name: 'Prime Video',
    tvmazeNetworks: ['Prime Video', 'Amazon Prime Video'],
    pageTitleBrands: [
      '(?:Amazon )?Prime Video',
      'Amazon\\.(?:com|co\\.uk|de|fr|it|es|ca|co\\.jp|com\\.au|com\\.br|com\\.mx|in)',
    ],
    siteNames: ['prime video', 'amazon prime video', 'amazon.com'],
    pressNetworks: [
      {
        name: 'Prime Video',
        aliases: ['amazon prime video', 'amazon prime', 'prime video', 'amazon'],
        inText: 'Amazon Prime Video|Amazon Prime|Prime Video|Amazon(?! MGM)',
      },
    ],
  },
  'disney-plus': {
    name: 'Disney+',
    tvmazeNetworks: ['Disney+'],
    pageTitleBrands: ['Disney\\s*\\+|Disney Plus'],
    siteNames: ['disney+', 'disney plus'],
    pressNetworks: [
      { name: 'Disney+', aliases: ['disney+', 'disney plus', 'disney'], inText: 'Disney\\+|Disney Plus|Disney' },
    ],
  },
  hulu: {
    name: 'Hulu',
    tvmazeNetworks: ['Hulu'],
    pageTitleBrands: ['Hulu'],
    siteNames: ['hulu'],
    pressNetworks: [{ name: 'Hulu', aliases: ['hulu'], inText: 'Hulu' }],
  },
  max: {
    name: 'HBO Max',
    tvmazeNetworks: ['HBO Max', 'Max', 'HBO'],
    pageTitleBrands: ['HBO Max|Max|HBO'],
    siteNames: ['max', 'hbo max', 'hbo'],
    // HBO the cable network is a network of its own in the verdict's list.
    pressNetworks: [
      { name: 'HBO Max', aliases: ['hbo max'], inText: 'HBO Max' },
      // "Max" alone is also a first name (Max Thieriot): a capitalised word after it means a person.
      { name: 'Max', aliases: ['max'], inText: '(?<!Mad )Max(?! [A-Z])' },
    ],
  },
  'apple-tv': {
    name: 'Apple TV+',
    tvmazeNetworks: ['Apple TV+', 'Apple TV'],
    pageTitleBrands: ['Apple TV\\+?'],
    siteNames: ['apple tv', 'apple tv+'],
    pressNetworks: [
      {
        name: 'Apple TV+',
        aliases: ['apple tv+', 'apple tv plus', 'apple tv', 'apple'],
        inText: 'Apple TV\\+|Apple TV Plus|Apple TV|Apple',
      },
    ],
  },
  'paramount-plus': {
    name: 'Paramount+',
    tvmazeNetworks: ['Paramount+', 'CBS All Access'],
    pageTitleBrands: ['Paramount\\s*\\+|Paramount Plus'],
    siteNames: ['paramount+', 'paramount plus'],
    pressNetworks: [
      { name: 'Paramount+', aliases: ['paramount+', 'paramount plus'], inText: 'Paramount\\+|Paramount Plus' },
    ],
  },
  peacock: {
    name: 'Peacock',
    tvmazeNetworks: ['Peacock'],
    pageTitleBrands: ['Peacock(?: TV)?'],
    siteNames: ['peacock'],
    pressNetworks: [{ name: 'Peacock', aliases: ['peacock'], inText: 'Peacock' }],
  },
  imdb: {
    name: 'IMDb',
    tvmazeNetworks: [],
    pageTitleBrands: ['IMDb'],
    siteNames: ['imdb'],
    pressNetworks: [],
  },
} as const satisfies Record<string, StreamingServiceFacts>;

export type ServiceId = keyof typeof STREAMING_SERVICE_FACTS;

/** Every service id, in the table's order. */
export const SERVICE_IDS = Object.keys(STREAMING_SERVICE_FACTS) as [ServiceId, ...ServiceId[]];

/** The facts about one service, typed as the interface (the table's literal types are for deriving ids). */
export function streamingServiceFacts(id: ServiceId): StreamingServiceFacts {
  return STREAMING_SERVICE_FACTS[id];
}
