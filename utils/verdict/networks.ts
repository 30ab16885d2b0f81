/**
 * The networks and streamers that decide a show's fate, with the names the press uses for them.
 * The streaming services' own come from their declaration (`utils/domain/streaming-services.ts`).
 *
 * `aliases` are lower-case, as the headline classifier sees text ("&" already read as "and").
 * `inText` is case-sensitive and used on article prose, where capitals tell the network "Fox"
 * from the word "fox" and "Max" the streamer from "Max" the first name.
 */
import { STREAMING_SERVICE_FACTS } from '../domain';

export interface Network {
  /** The name ShowFate displays. */
  name: string;
  aliases: string[];
  inText: RegExp;
}

/** Not followed by a letter, digit or "+": "Apple TV+" must not also read as "Apple TV". */
const END = '(?![\\w+])';

function cased(source: string): RegExp {
  return new RegExp(`(?<![\\w+])(?:${source})${END}`, 'g');
}

/** The networks that are also streaming services ShowFate reads, declared with each service. */
const STREAMING_SERVICE_NETWORKS: Network[] = Object.values(STREAMING_SERVICE_FACTS).flatMap((facts) =>
  facts.pressNetworks.map((network) => ({
    name: network.name,
    aliases: [...network.aliases],
    inText: cased(network.inText),
  })),
);

/** Every other network and streamer the press names. */
const OTHER_NETWORKS: Network[] = [
  { name: 'HBO', aliases: ['hbo'], inText: cased('HBO') },
  { name: 'FX', aliases: ['fx on hulu', 'fx'], inText: cased('FX(?: on Hulu)?') },
  { name: 'FXX', aliases: ['fxx'], inText: cased('FXX') },
  { name: 'Disney Channel', aliases: ['disney channel'], inText: cased('Disney Channel') },
  { name: 'Paramount Network', aliases: ['paramount network'], inText: cased('Paramount Network') },
  { name: 'AMC+', aliases: ['amc+'], inText: cased('AMC\\+') },
  { name: 'AMC', aliases: ['amc'], inText: cased('AMC') },
  { name: 'NBC', aliases: ['nbc'], inText: cased('NBC') },
  { name: 'CBS', aliases: ['cbs'], inText: cased('CBS') },
  { name: 'ABC', aliases: ['abc'], inText: cased('ABC') },
  // Fox News and 20th Century Fox are not the network that renews series.
  { name: 'Fox', aliases: ['fox'], inText: cased('(?<!Century )(?:FOX|Fox)(?! News| Searchlight)') },
  { name: 'The CW', aliases: ['the cw', 'cw'], inText: cased('The CW|the CW|CW') },
  { name: 'Starz', aliases: ['starz'], inText: cased('Starz|STARZ') },
  { name: 'Showtime', aliases: ['showtime'], inText: cased('Showtime') },
  { name: 'Syfy', aliases: ['syfy'], inText: cased('Syfy|SYFY') },
  { name: 'USA Network', aliases: ['usa network'], inText: cased('USA Network') },
  { name: 'TNT', aliases: ['tnt'], inText: cased('TNT') },
  { name: 'TBS', aliases: ['tbs'], inText: cased('TBS') },
  { name: 'Freeform', aliases: ['freeform'], inText: cased('Freeform') },
  { name: 'Comedy Central', aliases: ['comedy central'], inText: cased('Comedy Central') },
  { name: 'Adult Swim', aliases: ['adult swim'], inText: cased('Adult Swim') },
  { name: 'Cartoon Network', aliases: ['cartoon network'], inText: cased('Cartoon Network') },
  { name: 'Nickelodeon', aliases: ['nickelodeon'], inText: cased('Nickelodeon') },
  { name: 'Bravo', aliases: ['bravo'], inText: cased('Bravo') },
  { name: 'Lifetime', aliases: ['lifetime'], inText: cased('Lifetime') },
  { name: 'Hallmark', aliases: ['hallmark channel', 'hallmark'], inText: cased('Hallmark Channel|Hallmark') },
  { name: 'A&E', aliases: ['a and e'], inText: cased('A&E') },
  {
    name: 'National Geographic',
    aliases: ['national geographic', 'nat geo'],
    inText: cased('National Geographic|Nat Geo'),
  },
  { name: 'IFC', aliases: ['ifc'], inText: cased('IFC') },
  { name: 'SundanceTV', aliases: ['sundancetv', 'sundance tv'], inText: cased('SundanceTV|Sundance TV') },
  { name: 'BET', aliases: ['bet+'], inText: cased('BET\\+|BET') },
  // "own" is an everyday word in lower-case headlines: OWN is recognised in article prose only.
  { name: 'OWN', aliases: [], inText: cased('OWN') },
  { name: 'MGM+', aliases: ['mgm+', 'epix'], inText: cased('MGM\\+|Epix|EPIX') },
  { name: 'Freevee', aliases: ['amazon freevee', 'freevee', 'imdb tv'], inText: cased('Freevee|IMDb TV') },
  { name: 'Crunchyroll', aliases: ['crunchyroll'], inText: cased('Crunchyroll') },
  {
    name: 'YouTube',
    aliases: ['youtube premium', 'youtube red', 'youtube'],
    inText: cased('YouTube(?: Premium| Red)?'),
  },
  { name: 'The Roku Channel', aliases: ['the roku channel', 'roku'], inText: cased('The Roku Channel|Roku') },
  { name: 'Tubi', aliases: ['tubi'], inText: cased('Tubi') },
  {
    name: 'BBC',
    aliases: ['bbc one', 'bbc two', 'bbc three', 'bbc iplayer', 'bbc'],
    inText: cased('BBC(?: One| Two| Three| iPlayer)?'),
  },
  { name: 'ITV', aliases: ['itvx', 'itv'], inText: cased('ITVX|ITV') },
  { name: 'Channel 4', aliases: ['channel 4'], inText: cased('Channel 4') },
  // "Sky" alone is an everyday word: only the channel names, or "on/by/at Sky".
  {
    name: 'Sky',
    aliases: ['sky atlantic', 'sky one', 'sky max'],
    inText: cased('Sky (?:Atlantic|One|Max|Showcase)|(?<=\\b(?:on|by|at) )Sky'),
  },
  { name: 'Acorn TV', aliases: ['acorn tv'], inText: cased('Acorn TV') },
  { name: 'BritBox', aliases: ['britbox'], inText: cased('BritBox') },
  { name: 'CBC', aliases: ['cbc'], inText: cased('CBC') },
  { name: 'Crave', aliases: ['crave'], inText: cased('Crave') },
  { name: 'CTV', aliases: ['ctv'], inText: cased('CTV') },
  { name: 'BBC America', aliases: ['bbc america'], inText: cased('BBC America') },
  { name: 'Channel 5', aliases: ['channel 5'], inText: cased('Channel 5') },
  { name: 'E4', aliases: ['e4'], inText: cased('E4') },
  { name: 'RTÉ', aliases: ['rte one', 'rte'], inText: cased('RT[EÉ](?: One)?') },
  { name: 'CMT', aliases: ['cmt'], inText: cased('CMT') },
  { name: 'Pop TV', aliases: ['pop tv'], inText: cased('Pop TV|POP TV') },
  { name: 'Yahoo Screen', aliases: ['yahoo screen', 'yahoo'], inText: cased('Yahoo(?: Screen)?') },
  { name: 'ZEE5', aliases: ['zee5'], inText: cased('ZEE5|Zee5') },
  { name: 'Foxtel', aliases: ['foxtel'], inText: cased('Foxtel') },
  { name: 'PBS', aliases: ['pbs'], inText: cased('PBS') },
  { name: 'MTV', aliases: ['mtv'], inText: cased('MTV') },
  { name: 'VH1', aliases: ['vh1'], inText: cased('VH1') },
  { name: 'TLC', aliases: ['tlc'], inText: cased('TLC') },
  { name: 'HGTV', aliases: ['hgtv'], inText: cased('HGTV') },
  { name: 'Discovery', aliases: ['discovery channel', 'discovery+'], inText: cased('Discovery(?: Channel|\\+)?') },
  { name: 'Food Network', aliases: ['food network'], inText: cased('Food Network') },
  { name: 'UKTV', aliases: ['uktv'], inText: cased('UKTV') },
  { name: 'Stan', aliases: ['stan'], inText: cased('(?<=\\b(?:on|by|at|to) )Stan') },
  { name: 'SBS', aliases: ['sbs'], inText: cased('SBS') },
  {
    name: 'Seven Network',
    aliases: ['channel 7', 'channel seven', 'seven network'],
    inText: cased('Channel (?:7|Seven)|Seven Network'),
  },
  {
    name: 'Nine Network',
    aliases: ['channel 9', 'channel nine', 'nine network'],
    inText: cased('Channel (?:9|Nine)|Nine Network'),
  },
  {
    name: 'Network 10',
    aliases: ['channel 10', 'network 10', 'network ten', 'channel ten'],
    inText: cased('(?:Channel|Network) (?:10|Ten)'),
  },
  { name: 'Citytv', aliases: ['citytv'], inText: cased('Citytv') },
  { name: 'Global', aliases: ['global tv'], inText: cased('Global TV') },
  {
    name: 'JioHotstar',
    aliases: ['jiohotstar', 'hotstar', 'disney+ hotstar'],
    inText: cased('(?:Disney\\+ )?(?:Jio)?Hotstar'),
  },
  { name: 'SonyLIV', aliases: ['sonyliv', 'sony liv'], inText: cased('SonyLIV|Sony LIV') },
  {
    name: 'Seven Network',
    aliases: ['channel 7', 'channel seven', 'seven network'],
    inText: cased('Channel (?:7|Seven)|Seven Network'),
  },
  {
    name: 'Nine Network',
    aliases: ['channel 9', 'channel nine', 'nine network'],
    inText: cased('Channel (?:9|Nine)|Nine Network'),
  },
  {
    name: 'Network 10',
    aliases: ['network 10', 'channel 10', 'network ten', 'channel ten'],
    inText: cased('(?:Network|Channel) (?:10|Ten)'),
  },
];

export const NETWORKS: Network[] = [...STREAMING_SERVICE_NETWORKS, ...OTHER_NETWORKS];

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex source (no groups) for any network alias in lower-case headline text, longest first
 * so "hbo max" wins over "hbo" and "apple tv+" over "apple".
 */
export const NETWORK_ALIAS_SOURCE = `(?:${NETWORKS.flatMap((network) => network.aliases)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|')})(?![\\w+])`;

export interface NetworkMention {
  name: string;
  index: number;
  end: number;
}

/** Every network named in article prose, in order; a longer name hides the shorter one inside it. */
export function findNetworkMentions(text: string): NetworkMention[] {
  const found: NetworkMention[] = [];
  for (const network of NETWORKS) {
    for (const match of text.matchAll(network.inText)) {
      found.push({ name: network.name, index: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: NetworkMention[] = [];
  for (const mention of found) {
    const last = kept.at(-1);
    if (last && mention.index < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
