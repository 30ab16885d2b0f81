import { HEDGES } from './headline-phrases';
import { SHOW, TITLE } from './show-mentions';

/**
 * Headlines often leave the show unnamed and describe it instead: "Paramount+ Cancels Series
 * After Just Two Seasons", "Fan-Favorite Netflix Show Just Canceled", "HBO Surprisingly Cancels
 * Horror Series After 1 Season". ShowFate searches the news for one show, so such a headline came
 * back because its article is about that show: the description stands for it. This finds the
 * first such description ("fan-favorite netflix show") so the rules can read it as the show.
 *
 * Only a description of one show counts, or of a counted few ("cancels two fan-favorite series":
 * news about each of them). Nothing stands in when another title is named (the description may
 * be that title's), nor for a plural without a count ("canceled shows heading for the movies"),
 * nor when the noun describes something else ("series finale", "a series of cancellations").
 */
export interface StandIn {
  /** The headline with the description as the show: "paramount+ cancels ⟨show⟩ after two seasons". */
  marked: string;
  /** The words that described it: "series", "fan-favorite netflix show". */
  description: string;
}

export function withStandInSubject(marked: string): StandIn | null {
  if (marked.includes(SHOW) || marked.includes(TITLE)) return null;
  const words = marked.split(' ');
  const found = descriptions(words);
  const first = found[0];
  if (!first) return null;
  // "TNT renews three shows, cancels three shows": which group the show is in, the headline
  // doesn't say ("renews seven dramas and two comedies" is one verdict for both).
  const second = found.find(({ counted }, k) => k > 0 && counted);
  if (first.counted && second && VERDICT_VERB.test(words.slice(first.noun + 1, second.start).join(' '))) return null;
  return {
    marked: [...words.slice(0, first.start), SHOW + first.punctuation, ...words.slice(first.noun + 1)].join(' '),
    description: [...words.slice(first.start, first.noun), bare(words[first.noun] ?? '')].join(' '),
  };
}

interface Description {
  start: number;
  noun: number;
  counted: boolean;
  punctuation: string;
}

/** A word without the punctuation that ends its clause. */
function bare(word: string): string {
  return word.replace(/[,;:!?]+$/, '');
}

/** Every description of a show (or of a counted few) in the headline's words, in order. */
function descriptions(words: string[]): Description[] {
  const found: Description[] = [];
  for (let i = 0; i < words.length; i++) {
    const noun = bare(words[i] ?? '');
    // "renews three shows, cancels…": the comma ends the clause, the description ends before it.
    const punctuation = (words[i] ?? '').slice(noun.length);
    const singular = SHOW_NOUNS.has(noun);
    const plural = PLURAL_SHOW_NOUNS.has(noun);
    if (!singular && !plural) continue;
    const next = punctuation ? '' : (words[i + 1] ?? '');
    // "for series three", "series 2": a season, as British outlets write it.
    if (NOT_THE_SHOW_AFTER.has(next) || /^\d+$/.test(next) || NUMBER_WORDS.has(next)) continue;
    // "Television series that won't be coming back": a kind of show, not one.
    if (/^(?:that|which|who|whose|like)$/.test(next)) continue;
    const start = descriptionStart(words, i);
    const counted = COUNT_WORDS.has(words[start] ?? '');
    // "series" is both: with a count it is several shows, otherwise one.
    if (plural && !singular && !counted) continue;
    // "other shows", "these series"; "star of the series" (a person, not the show); "10 canceled
    // anime with the best beginnings" (a listicle's count).
    if (OTHER_SHOWS_BEFORE.has(words[start - 1] ?? '') || words[start - 1] === 'of') continue;
    if (words.slice(Math.max(0, start - 2), start).some((word) => /^\d+$/.test(word))) continue;
    // The description acting ("Comedy Renews Big Two": a channel): a show is renewed, it never renews.
    if (ACTING_VERBS.test(words.slice(i + 1, i + 3).join(' '))) continue;
    found.push({ start, noun: i, counted, punctuation });
  }
  return found;
}

const SHOW_NOUNS = new Set(
  'show series drama comedy sitcom thriller dramedy procedural cartoon anime docuseries miniseries reboot'.split(' '),
);
const PLURAL_SHOW_NOUNS = new Set('shows series dramas comedies sitcoms thrillers'.split(' '));

/** The noun is a modifier or a measure here: "series finale", "show's star", "a series of". */
const NOT_THE_SHOW_AFTER = new Set(
  `of finale finales premiere premieres creator creators star stars cast boss bosses showrunner showrunners
  review reviews trailer trailers episode episodes renewal renewals cancellation cancellations
  host hosts fans fan regular regulars writer writers lead leads run runner runners`.split(/\s+/),
);

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve'.split(' '));

/** Spelled counts: "two fan-favorite series" is news about each; digits make a listicle (a round-up). */
const COUNT_WORDS = new Set('two three four five six seven eight nine ten eleven twelve both'.split(' '));

/** "other shows", "these series", "more comedies": shows besides the one the article is about. */
const OTHER_SHOWS_BEFORE = new Set('other these those more some which every each all any many several'.split(' '));

/**
 * Where the description starts: back over up to four modifiers ("fan-favorite netflix", "highly
 * rated", "aussie tv") to a determiner, a count, or a word that belongs to the sentence (a verb,
 * a preposition, an adverb).
 */
function descriptionStart(words: string[], noun: number): number {
  let start = noun;
  while (start > 0 && noun - start < 4) {
    const previous = words[start - 1] ?? '';
    if (DETERMINERS.has(previous) || COUNT_WORDS.has(previous)) return start - 1;
    if (SENTENCE_WORDS.has(previous) || OTHER_SHOWS_BEFORE.has(previous) || HEDGES.test(previous)) return start;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}+'.&-]*$/u.test(previous)) return start;
    start--;
  }
  return start;
}

/** What a network does to a show, as a headline's verb. */
const NETWORK_VERBS = 'cancels|renews|axes|orders|saves|rescues|revives|scraps|drops|picks up|greenlights';

const ACTING_VERBS = new RegExp(`^(?:(?:just|also|now) )?(?:${NETWORK_VERBS})\\b`);

/** A verb between two counted groups gives the second its own verdict ("renews three, cancels three"). */
const VERDICT_VERB = new RegExp(`\\b(?:${NETWORK_VERBS}|ends|keeps)\\b`);

const DETERMINERS = new Set('a an the its their his her this that your our'.split(' '));

/** Words that belong to the sentence around the description, never inside it. */
const SENTENCE_WORDS = new Set(
  `cancels canceled cancelled cancel canceling cancelling axes axed axing renews renewed renew renewing saves saved
  save saving revives revived revive rescues rescued rescue scraps scrapped drops dropped orders ordered picks picked
  up ends ended ending end brings brought back confirms confirmed announces announced says said pulls pulled plug
  kills killed nixes nixed shelves shelved sinks sank dumps dumped
  is was are were will wont has hasnt have had does did could would should may might can just been be being
  not no never also finally officially quietly reportedly surprisingly suddenly abruptly already now still
  and or but after before amid while to for on in at from about with by into over under as than that which who
  gets got get another one of what why how when where if so yet`.split(/\s+/),
);
