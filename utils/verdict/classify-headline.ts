import { DECISIVE_VERDICTS, type DecisiveVerdict } from '../status/fate-status';
import { splitClauses } from './headline-clauses';
import {
  ACTIVE_VERDICT_VERB,
  CANCEL_OTHER_OBJECTS,
  DENIALS,
  DEPARTURES,
  ENDING_OTHER_OBJECTS,
  EXPLAINING_QUESTION_START,
  HEDGES,
  MAY_VERB,
  OTHER_OBJECT_START,
  OTHER_SENSES,
  PAST_CONTEXT_BEFORE,
  PERSON_AFTER,
  PERSON_BEFORE,
  REACTIONS,
  RENEW_OTHER_OBJECTS,
  ROUNDUPS,
  VERDICT_PHRASES,
  YES_NO_QUESTION_START,
} from './headline-phrases';
import { normalizeUnicode, toCasedMatchingText } from './matching-text';
import { NETWORK_ALIAS_SOURCE } from './networks';
import { stripPublisherSuffix } from './publisher-suffix';
import { findSeasonMentions, type SeasonMention, seasonNear } from './season-mentions';
import { markTitles, PRECEDERS, SHOW, TITLE, titleVariants } from './show-mentions';
import { withStandInSubject } from './stand-in-subject';
import type { HeadlineClassification } from './types';
import { modelOpinion } from './verdict-model';

/**
 * Reads one news headline and says what it reports about one show:
 * canceled, renewed, ending (a planned final season), revived, or none.
 *
 * 1. Normalise (NFKC, quotes, accents, case) and drop a " - Publisher" tail.
 * 2. Mark the show's whole-title mentions (SHOW) and other titles (TITLE): show-mentions.ts.
 * 3. Round-ups of many shows say nothing about this one.
 * 4. Split into clauses; in each, mask denials and other senses, drop speculation, find the
 *    verdict phrases (headline-phrases.ts) and the titles they are about.
 * 5. Give clause verdicts to the show, then settle conflicts: revived > canceled > ending > renewed,
 *    with a past cancellation plus a renewal read as a revival.
 * 6. Where the rules find no verdict, the learned model may give one when it is sure
 *    (verdict-model.ts).
 */
export function classifyHeadline(headline: string, show: string): HeadlineClassification {
  const { verdict, season } = classifyHeadlineWithReason(headline, show);
  return { verdict, season };
}

/**
 * The verdict with the words that decided it ("pulls the plug on The OA"), for the panel's "why".
 * The rules decide; where they find no verdict, the learned model may (verdict-model.ts), and its
 * reason is the headline's words that weighed most. Null words for `none`.
 */
export function classifyHeadlineWithReason(
  headline: string,
  show: string,
): HeadlineClassification & { decidedBy: string | null } {
  const reading = readHeadline(headline, show);
  if (reading.rules.verdict !== 'none') return { ...reading.rules, decidedBy: rulesReason(reading, show) };
  const opinion = modelOpinion(reading);
  if (opinion === null) return { ...reading.rules, decidedBy: null };
  const season = reading.phrases.find((found) => found.verdict === opinion.verdict && found.season !== null)?.season;
  return {
    verdict: opinion.verdict,
    season: season ?? null,
    decidedBy: opinion.words.length > 0 ? opinion.words.join(' … ') : null,
  };
}

/**
 * The phrase given to the show with the verdict's own kind, told as news when there is one (for a
 * revival read from a renewal after a cancellation, the renewal's words). The show's mention
 * reads as its name (or the description that stood for it), another title as "…".
 */
function rulesReason(reading: HeadlineReading, show: string): string | null {
  const { verdict } = reading.rules;
  const kinds: DecisiveVerdict[] = verdict === 'revived' ? ['revived', 'renewed'] : verdict === 'none' ? [] : [verdict];
  const phrase =
    kinds.map((kind) => reading.aboutShow.find((found) => found.verdict === kind && !found.past)).find(Boolean) ??
    reading.aboutShow.find((found) => found.verdict === verdict) ??
    null;
  // An unnamed show reads as the outlet described it ("cancels series"), not as its name.
  return phrase ? phrase.words.replaceAll(SHOW, reading.standIn ?? show).replaceAll(TITLE, '…') : null;
}

/** A verdict phrase as found: its verdict, the words that matched, told as background or as news. */
export interface PhraseFound {
  verdict: DecisiveVerdict;
  /** The matched words, as the phrase tables read them (lower case, the show as ⟨show⟩). */
  words: string;
  past: boolean;
  season: number | null;
}

/** What the rules see in a headline: the features a learned model weighs, and the rules' own call. */
export interface HeadlineReading {
  /** The headline as the phrase tables read it: "netflix cancels ⟨show⟩ after one season". */
  marked: string;
  /** The show is named as itself (not inside a longer title, not a spin-off). */
  mentioned: boolean;
  /** A list of many shows ("10 shows canceled too soon"). */
  roundUp: boolean;
  /** Every verdict phrase found, whoever it is about, with the words that matched ("cancels"). */
  phrases: PhraseFound[];
  /** The verdict phrases the rules give to the show: the words that decided. */
  aboutShow: PhraseFound[];
  /** The clause naming the show is a question or speculation. */
  speculative: boolean;
  /** Some clause is a question or speculation ("could be saved", "will there be a season 3?"). */
  hedged: boolean;
  /** Some clause denies a verdict ("won't be the final season", "not canceled"). */
  denied: boolean;
  /** A verdict about the show told as news, not only as background ("after its cancellation"). */
  news: boolean;
  /** The rules' decision. */
  rules: HeadlineClassification;
  /** The show is not named: the description read as the show ("fan-favorite netflix show"), else null. */
  standIn: string | null;
  /**
   * The show is not named, but the headline has its first word: another show of the same name or
   * franchise ("Chicago Fire renewed" for "Chicago Med"), or the word in another sense.
   */
  namesakeOnly: boolean;
}

/**
 * The whole reading of one headline for one show (classifyHeadline keeps its decision).
 * `describedShow`: whether an unnamed show's description may stand for it (stand-in-subject.ts);
 * true for a headline the news search found for the show, false for an article's body sentences.
 */
export function readHeadline(headline: string, show: string, { describedShow = true } = {}): HeadlineReading {
  const plain = unfoldCountedList(markHeadline(headline.slice(0, MAX_HEADLINE_CHARS), show));
  const marked = LIST_VERB.test(plain) ? plain.replace(OTHERS_IN_LIST, ' and ⟨title⟩') : plain;
  const reading = { ...readMarked(marked), namesakeOnly: false };
  if (reading.mentioned) return reading;
  reading.namesakeOnly = hasFirstTitleWord(marked, show);
  if (reading.roundUp || !describedShow) return reading;
  // The show unnamed but described ("Paramount+ cancels series after two seasons"): the news
  // search found this headline for the show, so the description stands for it (stand-in-subject.ts).
  const standIn = withStandInSubject(marked);
  if (standIn === null) return reading;
  const described = readMarked(standIn.marked);
  return described.rules.verdict === 'none'
    ? reading
    : { ...described, standIn: standIn.description, namesakeOnly: reading.namesakeOnly };
}

/** The first word of the show's title ("chicago" of "Chicago Med"; "the" doesn't count), as a word. */
function hasFirstTitleWord(marked: string, show: string): boolean {
  const first = titleVariants(show)[0]?.find((key) => key !== 'the');
  return (
    first !== undefined && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(first)}(?![\\p{L}\\p{N}])`, 'u').test(marked)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readMarked(marked: string): Omit<HeadlineReading, 'namesakeOnly'> {
  const mentioned = marked.includes(SHOW);
  const roundUp = isRoundUp(marked);
  const raws = splitClauses(marked);
  // "If another sitcom must go, it'll be X that gets canceled": the condition hedges what follows.
  const clauses = raws.map((raw, i) => ({
    ...readClause(raw.text, raw.question || /^if\b/.test(raws[i - 1]?.text ?? ''), marked),
    endedBy: raw.endedBy,
  }));
  const aboutShow = mentioned && !roundUp ? hitsAboutShow(clauses) : [];
  const speculative = clauses.some((clause) => clause.text.includes(SHOW) && clause.speculative);
  return {
    marked,
    mentioned,
    roundUp,
    phrases: clauses.flatMap((clause) => clause.hits).map(phraseFound),
    aboutShow: aboutShow.map(phraseFound),
    speculative,
    hedged: clauses.some((clause) => clause.speculative),
    denied: clauses.some((clause) => clause.denied),
    news: aboutShow.some((hit) => !hit.past),
    rules: mentioned && !roundUp ? reviseForWholeHeadline(decide(aboutShow), marked) : NONE,
    standIn: null,
  };
}

const NONE: HeadlineClassification = { verdict: 'none', season: null };

function phraseFound({ verdict, words, past, season }: Hit): PhraseFound {
  return { verdict, words, past, season };
}

/**
 * Headlines run to about 150 characters; the cap keeps the per-match look-backs (which re-read
 * the clause before each match) bounded, so a hostile run-on "headline" costs constant time.
 */
export const MAX_HEADLINE_CHARS = 400;

/**
 * "cancels SHOW and 4 other series": the others are more items of the same list, not a
 * round-up article, so they read as one more title.
 */
/** The list is the object of a verdict ("cancels A, B and 4 other series") or its subject ("A, B and more shows renewed"). */
const LIST_VERB =
  /\b(?:cancels|renews|axes|scraps|orders|saves|revives|drops|picks up)\b[^.!?;]*(?:⟨show⟩|⟨title⟩)|(?:and|plus) (?:\S+ )?(?:(?:other|more|major|new|more) )?(?:\S+ )?(?:shows|series|dramas|comedies|sitcoms) (?:(?:have been|were|are|got|get) )?(?:cancel\w*|renewed|axed|picked up)/;
/**
 * The rest of a list: "and 4 other series", "and two major shows", "… and more" at its end.
 * A counted rest needs "other"/"more" or a plain count before the noun.
 */
const OTHERS_IN_LIST =
  /,? (?:and|plus|\+) (?:(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a handful of|many) )?(?:other|more) (?:\S+ )?(?:shows|series|dramas|comedies|sitcoms|titles|originals)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:\S+ )?(?:shows|series|dramas|comedies|sitcoms|titles|originals)|more(?= *$| *[,;:.!?]))\b/g;

const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a handful of)';
const SHOWS_NOUN = '(?:\\S+ ){0,2}?(?:shows|series|dramas|comedies|sitcoms|pilots|originals)';
/** "renews 11 series, including A, B": the count announces the list that follows. */
const COUNT_THEN_INCLUDING = new RegExp(
  `\\b(cancels|renews|axes|scraps|orders|picks up|(?:has |have )?(?:renewed|canceled|cancelled|axed)) ${COUNT} ${SHOWS_NOUN},? (?:including|incl\\.?) `,
  'g',
);
/** "A and B among 4 shows canceled": the titles are members of the list the verdict is about. */
const AMONG_COUNTED = new RegExp(`(⟨show⟩|⟨title⟩) among (?:the )?${COUNT} ${SHOWS_NOUN} `, 'g');

/**
 * A decision about a counted list that names some of its members ("CW renews 11 series, including
 * A, B"; "A and B among 4 shows canceled by Starz") is news for each member named, not a round-up:
 * the count is dropped so the verdict reaches the titles as a plain list.
 */
function unfoldCountedList(marked: string): string {
  return marked.replace(COUNT_THEN_INCLUDING, '$1 ').replace(AMONG_COUNTED, '$1 ');
}

/** The headline as the phrase tables read it: "SHOW canceled at netflix" (exported for debugging). */
export function markHeadline(headline: string, show: string): string {
  // The marker brackets are ours: a feed's text must not be able to fake a mention.
  // The marker brackets are ours; a comma or semicolon inside closing quotes ("'Dark Matter,' No
  // Word Yet On…") still ends the clause, so it moves outside them.
  // An em dash joins two clauses ("Canceled Despite Success—What Happened?") even without spaces:
  // it becomes the spaced dash the clause splitter breaks on (a hyphen stays inside its word).
  const plain = headline
    .replace(/[⟨⟩]/g, ' ')
    .replace(/\s*[\u2014\u2015]\s*/g, ' - ')
    .replace(/([,;])(['"\u2019\u201D])(?=\s)/g, '$2$1');
  const cased = toCasedMatchingText(stripPublisherSuffix(normalizeUnicode(plain), show));
  const marked = markTitles(cased.toLowerCase(), show, cased);
  // "Whose Line Is It Anyway?", "Are You Afraid of the Dark?": the title's own "?" asks nothing.
  return /[?!]\s*$/.test(show) ? marked.replace(/⟨show⟩( ?['"]?) ?[?!]/g, '⟨show⟩$1') : marked;
}

interface Hit {
  verdict: DecisiveVerdict;
  /** The words that matched (for explaining a decision). */
  words: string;
  start: number;
  end: number;
  /** Told as background ("after its cancellation", "canceled NBC drama"), not as the news. */
  past: boolean;
  season: number | null;
}

/** How the show appears in a clause: as the subject, as a person's label ("X star"), or not. */
type ShowRole = 'subject' | 'person' | 'reacting-person' | null;

interface Clause {
  text: string;
  hits: Hit[];
  show: ShowRole;
  hasTitle: boolean;
  /** Only titles ("TITLE, SHOW"): a list item sharing its neighbour's verdict. */
  bare: boolean;
  /** Starts "and SHOW …" ("netflix cancels TITLE and SHOW in one day"): also a list item when it has no verdict. */
  joinedItem: boolean;
  /** Acts on an object that is not a title ("netflix cancels another drama"): keeps its verdict. */
  ownObject: boolean;
  /** Speculation or a question: its own verdicts were dropped, and it borrows none. */
  speculative: boolean;
  /** A denial was masked in it ("isn't canceled"). */
  denied: boolean;
  /** What ended the clause (see RawClause). */
  endedBy?: string;
  seasons: SeasonMention[];
}

function readClause(text: string, question: boolean, headline: string): Clause {
  const withoutDenials = maskAll(text, DENIALS);
  const masked = maskAll(withoutDenials, OTHER_SENSES);
  const compact = withoutDegreeAdverbs(masked);
  const seasons = findSeasonMentions(compact);
  const speculative = isSpeculation(masked, question);
  // "Cancellation/renewal round-up: …": the list's heading names no verdict of its own.
  const heading = ROUNDUPS.some((pattern) => pattern.test(masked)) && !masked.includes(SHOW) && !masked.includes(TITLE);
  const hits = speculative || heading ? [] : findHits(compact, headline, seasons);
  return {
    speculative,
    denied: withoutDenials !== text,
    text,
    hits,
    show: showRole(text),
    hasTitle: text.includes(TITLE),
    bare: /^(?:(?:⟨show⟩|⟨title⟩|and|or)\s*)+$/.test(text),
    joinedItem: JOINED_ITEM.test(text),
    ownObject: hasOwnObject(masked),
    seasons,
  };
}

/**
 * Adverbs that change nothing of a verdict: "is officially ending", "has reportedly been axed",
 * "quietly renews". Left out wherever the verdict phrases are matched, so no phrase allows them.
 */
const DEGREE_ADVERBS =
  /\b(?:officially|reportedly|finally|quietly|apparently|sadly|unsurprisingly|surprisingly|abruptly|suddenly|ultimately|formally|unceremoniously)\s+/g;

function withoutDegreeAdverbs(text: string): string {
  return text.replace(DEGREE_ADVERBS, '');
}

/** A clause that only adds items to the list before it: "and SHOW …", "plus SHOW". */
const JOINED_ITEM = /^(?:and|or|plus|as well as) (?:⟨show⟩|⟨title⟩)/;
/** "…, plus Run the World and SHOW": an unquoted title added to the list. */
const ADDED_ITEM = /^(?:plus|as well as)\b/;

function maskAll(text: string, patterns: RegExp[]): string {
  return patterns.reduce((result, pattern) => result.replace(pattern, (match) => ' '.repeat(match.length)), text);
}

function isSpeculation(text: string, question: boolean): boolean {
  // A hedge in a trailing "after …" / "despite …" tells how the news came about, not doubt about
  // it: "X saved from cancellation after fans protest", "X canceled despite a fan campaign".
  const main = text.replace(TRAILING_CIRCUMSTANCE, '');
  if (HEDGES.test(main) || MAY_VERB.test(main)) return true;
  if (EXPLAINING_QUESTION_START.test(text)) return false;
  if (question) return true;
  // An inverted question without its "?": "Will SHOW return for season 3".
  return YES_NO_QUESTION_START.test(text) && /^\S+ (?:\S+ )?(?:⟨show⟩|⟨title⟩|it|there)/.test(text);
}

/** The part of a clause from a non-initial "after", "following", "despite" or "amid" to its end. */
const TRAILING_CIRCUMSTANCE = /(?<=\S)\s(?:after|following|despite|amid)\s.*$/;

function findHits(text: string, headline: string, seasons: SeasonMention[]): Hit[] {
  const hits: Hit[] = [];
  for (const phrase of VERDICT_PHRASES) {
    if (phrase.needs && !phrase.needs.test(headline)) continue;
    if (phrase.unless?.test(text)) continue;
    for (const match of text.matchAll(phrase.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (aboutSomethingElse(phrase.verdict, text, start, end, headline)) continue;
      hits.push({
        verdict: phrase.verdict,
        words: match[0].trim(),
        start,
        end,
        past: isPastContext(phrase.verdict, text, start, end),
        season: seasonNear(seasons, start, phrase.verdict === 'ending'),
      });
    }
  }
  // A phrase inside a negated one is part of it: "won't be renewed", "won't return" are a
  // cancellation, not also a renewal.
  const whole = hits.filter(
    (hit) =>
      !hits.some(
        (other) =>
          other.verdict === 'canceled' &&
          hit.verdict !== 'canceled' &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
  // "Star exits ahead of final season": a person leaves, the show goes on.
  return DEPARTURES.test(text) ? whole.filter((hit) => hit.verdict !== 'ending') : whole;
}

const WORD = /⟨\w+⟩|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0].replace(/'/g, ''));
}

/** "cancels the tour", "renews deal", "to end the strike": the verdict word has another object. */
function aboutSomethingElse(
  verdict: DecisiveVerdict,
  text: string,
  start: number,
  end: number,
  headline: string,
): boolean {
  const before = words(text.slice(Math.max(0, start - 80), start)).slice(-6);
  const afterAll = words(text.slice(end));
  if (verdict === 'canceled') {
    // "Comic-Con panels for X … cancelled": the event is what was canceled, also when the
    // headline lists several shows' panels ("panels for A, X, and more cancelled").
    if (EVENT_FOR_SHOW.test(text) || EVENT_FOR_LISTED_SHOW.test(headline)) return true;
    // "canceled after one episode", "axed ahead of season 2 premiere" still name the show's run,
    // so stop at "after", "ahead", "before".
    const cut = afterAll.findIndex((word) => word === 'after' || word === 'ahead' || word === 'before');
    // "cancels X season 13 reunion": the season's number is not the object's noun.
    const after = (cut >= 0 ? afterAll.slice(0, cut) : afterAll)
      .filter((word) => !/^(?:season|series|\d+)$/.test(word))
      .slice(0, 3);
    return [...before, ...after].some((word) => CANCEL_OTHER_OBJECTS.has(word));
  }
  if (verdict === 'renewed') {
    return [...before.slice(-1), ...afterAll.slice(0, 4)].some((word) => RENEW_OTHER_OBJECTS.has(word));
  }
  if (verdict === 'ending') return afterAll.slice(0, 3).some((word) => ENDING_OTHER_OBJECTS.has(word));
  return false;
}

const EVENT_FOR_LISTED_SHOW =
  /\b(?:panels?|events?|screenings?|tours?|concerts?|appearances?|signings?|meet and greets?|parties|party)\b (?:for|of|at|with) [^.;:!?]{0,80}⟨show⟩/;
const EVENT_FOR_SHOW =
  /\b(?:panels?|events?|premieres?|screenings?|tours?|concerts?|appearances?|signings?|meet and greets?|parties|party)\b (?:for|of|at|with) (?:the )?⟨show⟩/;

/** Words before an adjective "canceled" ("picks up canceled NBC drama X"), unlike "Netflix canceled X". */
const ADJECTIVE_LEAD =
  /(?:^|\b(?:the|a|an|up|of|picks|revives|rescues|saves|lands|gets|once|recently|previously|formerly|infamously|notoriously|each|every|turns|makes|remembering))\s*$/;
/** After these, only a participle is an adjective ("rights to scrapped X"; "to cancel X" is a verb). */
const PARTICIPLE_LEAD = /\b(?:to|for|with|grabs|nabs|buys|acquires)\s*$/;
const ADJECTIVE_NOUN =
  /^\s*(?:\S+\s+){0,2}?(?:(?:drama|comedy|series|show|sitcom|thriller|procedural|original)\b|⟨show⟩|⟨title⟩)/;

function isPastContext(verdict: DecisiveVerdict, text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  if (PAST_CONTEXT_BEFORE.test(before)) return true;
  if (verdict !== 'canceled' || !ADJECTIVE_NOUN.test(text.slice(end))) return false;
  // Only a participle is an adjective: "canceled NBC drama", never "cancels X" or "drops X".
  if (!/ed$/.test(text.slice(start, end))) return false;
  return ADJECTIVE_LEAD.test(before) || PARTICIPLE_LEAD.test(before);
}

function showRole(text: string): ShowRole {
  let best: ShowRole = null;
  for (let i = text.indexOf(SHOW); i >= 0; i = text.indexOf(SHOW, i + SHOW.length)) {
    const isPerson = PERSON_AFTER.test(text.slice(i + SHOW.length)) || PERSON_BEFORE.test(text.slice(0, i));
    const role: ShowRole = !isPerson ? 'subject' : REACTIONS.test(text) ? 'reacting-person' : 'person';
    if (rank(role) > rank(best)) best = role;
  }
  return best;
}

function rank(role: ShowRole): number {
  return role === 'subject' ? 3 : role === 'person' ? 2 : role === 'reacting-person' ? 1 : 0;
}

function hasOwnObject(text: string): boolean {
  const match = ACTIVE_VERDICT_VERB.exec(text);
  if (!match?.[1]) return false;
  if (OTHER_OBJECT_START.test(text.slice(match.index + match[0].length - match[1].length))) return true;
  // "Netflix cancels The Order, renews X": an object that is neither a marker nor a label
  // pointing back at the show ("cancels hit drama", "cancels it") is another, unquoted title.
  const object = match[1].replace(/[^\p{L}\p{N}'⟨⟩]/gu, '');
  if (object === 'the') {
    // "cancels the show" points back; "cancels The Order, renews X" names another, unquoted title.
    const next =
      text
        .slice(match.index + match[0].length)
        .trimStart()
        .split(/[\s,;]/)[0] ?? '';
    return next.length > 0 && !next.startsWith('⟨') && !GENERIC_SHOW_NOUNS.has(next);
  }
  return object.length > 0 && !object.startsWith('⟨') && !PRECEDERS.has(object) && !POINTING_BACK.has(object);
}

/** Nouns after "the" that stand for the show itself ("cancels the series"). */
const GENERIC_SHOW_NOUNS = new Set(
  'show shows series drama comedy sitcom thriller procedural reboot revival program programme cartoon anime'.split(' '),
);

const POINTING_BACK = new Set(['it', 'its', 'them', 'both', 'this', 'that', 'his', 'her', 'one', 'season', 'seasons']);

function hasSubject(clause: Clause): boolean {
  return clause.show !== null || clause.hasTitle;
}

/**
 * Gives each clause's verdicts to the titles they are about, and returns the ones about the show.
 * A clause without titles ("won't return for season 2") continues the nearest clause with one;
 * a bare list item ("netflix cancels A, B") shares its neighbour's verdict.
 */
function hitsAboutShow(clauses: Clause[]): Hit[] {
  const anyOtherTitle = clauses.some((clause) => clause.hasTitle);
  const effective = clauses.map((clause) => [...clause.hits]);

  clauses.forEach((clause, i) => {
    if (hasSubject(clause) || clause.ownObject) return;
    const startsAnew = NEW_SENTENCE.has(clauses[i - 1]?.endedBy ?? '') || CONTRAST_START.test(clause.text);
    if (startsAnew && hasUnmarkedSubject(clause)) return;
    // "Axed: A, B. Renewed: C, D.": a verdict heading gives its verdict to its own list only.
    if (isVerdictHeading(clause)) return;
    const target = nearestIndex(clauses, i, hasSubject);
    if (target === null) return;
    // "Dark Matter cancelled by Syfy; SHOW picked up": a sentence with its own unquoted subject
    // keeps its verdict from the show's sentence, before it as after it.
    const [from, to] = target < i ? [target, i] : [i, target];
    const sentenceBetween = clauses.slice(from, to).some((between) => NEW_SENTENCE.has(between.endedBy ?? ''));
    if (sentenceBetween && hasUnmarkedSubject(clause)) return;
    // "Night Sky gets cancelled, SHOW gets renewed": an unquoted title's own verdict does not
    // override the verdict the show's clause tells of itself.
    const ownVerdicts = new Set(clauses[target]?.hits.filter((hit) => !hit.past).map((hit) => hit.verdict));
    if (
      hasUnmarkedSubject(clause) &&
      ownVerdicts.size > 0 &&
      clause.hits.some((hit) => !ownVerdicts.has(hit.verdict))
    ) {
      return;
    }
    // Background alone ("fans debate after cancellation") says nothing about whose cancellation;
    // beside a renewal of the titled clause it tells a rescue ("After getting canceled by
    // Paramount+, X will continue on Netflix").
    const onlyBackground = !clause.hits.some((hit) => !hit.past);
    const renewedThere = clauses[target]?.hits.some((hit) => !hit.past && hit.verdict === 'renewed') ?? false;
    if (onlyBackground && !renewedThere) return;
    const fallbackSeasons = clauses[target]?.seasons ?? [];
    effective[target]?.push(...clause.hits.map((hit) => withFallbackSeason(hit, fallbackSeasons)));
  });

  clauses.forEach((clause, i) => {
    const heading = headingBefore(clauses, i);
    if (heading !== null && clause.hits.length === 0 && (clause.bare || clause.joinedItem || hasSubject(clause))) {
      effective[i] = [...(clauses[heading]?.hits ?? [])];
      return;
    }
    if (!clause.bare && !(clause.joinedItem && clause.hits.length === 0 && !clause.speculative)) return;
    // A list item shares the verdict of its own list: the one before it when a comma joins
    // them ("cancels A, B"), else the one after ("A canceled; B, C renewed").
    const previous = listVerdictBefore(clauses, effective, i);
    if (previous && previous.length > 0) {
      effective[i] = [...previous];
      return;
    }
    const next = effective.findIndex((hits, j) => j > i && !clauses[j]?.bare && hits.length > 0);
    if (next >= 0) effective[i] = [...(effective[next] ?? [])];
  });

  // "The current seasons of SHOW and TITLE will be their last": the show ends its clause and the
  // next one joins another title to it with "and": one subject, one verdict.
  clauses.forEach((clause, i) => {
    const next = clauses[i + 1];
    if ((effective[i]?.length ?? 0) > 0 || !next || clause.endedBy !== ' ') return;
    if (!clause.text.endsWith(SHOW) || !/^and ⟨title⟩/.test(next.text) || next.speculative) return;
    effective[i] = [...(effective[i + 1] ?? [])];
  });

  return clauses.flatMap((clause, i) => {
    const hits = effective[i] ?? [];
    if (clause.show === 'subject') return hits;
    // "X star confirms final season" is news about X; a cancellation seen through a person is
    // too easily another show's ("X star joins Y before its cancellation"), so it is not used.
    // A cancellation seen through people is too easily another show's or an event's ("X cast's
    // star cancels meet and greet"); a renewal or revival is not, when no other title is named:
    // "X cast reacts to renewal".
    const notCanceled = hits.filter((hit) => hit.verdict !== 'canceled');
    if (clause.show === 'person' || !anyOtherTitle) return notCanceled;
    return [];
  });
}

/** The verdict heading whose list clause `i` belongs to ("Renewed: A, B, C"), or null. */
function headingBefore(clauses: Clause[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    const clause = clauses[j] as Clause;
    if (isVerdictHeading(clause)) return j;
    if (clause.endedBy !== ',' && clause.endedBy !== ' ') return null;
  }
  return null;
}

/**
 * The verdicts of the list clause `i` continues: back through the comma-joined items before it
 * ("fox cancels A, B, and SHOW": B is a short unquoted item with nothing of its own) to the first
 * clause that has verdicts.
 */
function listVerdictBefore(clauses: Clause[], effective: Hit[][], i: number): Hit[] | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const clause = clauses[j] as Clause;
    if (clause.endedBy !== ',' && clause.endedBy !== ' ') return undefined;
    if ((effective[j]?.length ?? 0) > 0) return effective[j];
    const noVerdict = clause.hits.length === 0 && !clause.speculative;
    const shortItem = clause.bare || (noVerdict && (words(clause.text).length <= 3 || ADDED_ITEM.test(clause.text)));
    if (!shortItem) return undefined;
  }
  return undefined;
}

/** What ends a sentence inside a headline: the next one may have a subject of its own. */
const NEW_SENTENCE = new Set(['.', ';', '!']);
/** "…, but Dark Matter is cancelled": a contrast starts a clause with a subject of its own. */
const CONTRAST_START = /^(?:but|while|whereas|meanwhile)\b/;

/** A clause that is only a verdict word before a colon ("Axed:", "Renewed:"), heading a list. */
function isVerdictHeading(clause: Clause): boolean {
  return clause.endedBy === ':' && clause.hits.length > 0 && words(clause.text).length <= 2;
}

/**
 * A clause without a marked title whose verdict has a subject of its own: two or more words before
 * its first verdict phrase that are neither a network nor a word pointing back ("…; Falling Skies
 * gets final season"; but "Netflix cancels it", "won't return for season 2" have none). Asked only
 * of a clause that starts a new sentence: after a colon the words describe the title before it.
 */
function hasUnmarkedSubject(clause: Clause): boolean {
  const first = clause.hits.reduce((min, hit) => Math.min(min, hit.start), Number.POSITIVE_INFINITY);
  if (!Number.isFinite(first)) return false;
  const withoutNetworks = clause.text.slice(0, first).replace(NETWORK_WORDS, ' ');
  return words(withoutNetworks).filter((word) => !SUBJECT_FILLERS.has(word)).length >= 2;
}

/** Words before a verdict that are not a subject of their own. */
const SUBJECT_FILLERS = new Set(
  `it its they them this that these those the a an show shows series season seasons now also officially finally just
  then and but so yes no reportedly report reports network networks streamer has have had is are was were will be been
  to set after following as while meanwhile plus update breaking exclusive confirmed news fans`.split(/\s+/),
);
const NETWORK_WORDS = new RegExp(`\\b${NETWORK_ALIAS_SOURCE}`, 'g');

function nearestIndex(clauses: Clause[], from: number, test: (clause: Clause) => boolean): number | null {
  for (let j = from - 1; j >= 0; j--) if (test(clauses[j] as Clause)) return j;
  for (let j = from + 1; j < clauses.length; j++) if (test(clauses[j] as Clause)) return j;
  return null;
}

function withFallbackSeason(hit: Hit, seasons: SeasonMention[]): Hit {
  if (hit.season !== null) return hit;
  return { ...hit, season: seasonNear(seasons, 0, hit.verdict === 'ending') };
}

/**
 * Settles several verdicts about the same show into one: revived > canceled > ending > renewed.
 * A renewal for a final season is an ending; a renewal after a cancellation told as background
 * ("renews X after NBC cancellation") is a revival.
 */
function decide(hits: Hit[]): HeadlineClassification {
  const news = hits.filter((hit) => !hit.past);
  const background = hits.filter((hit) => hit.past);
  const has = (list: Hit[], verdict: DecisiveVerdict) => list.some((hit) => hit.verdict === verdict);

  if (has(news, 'revived') || (has(background, 'canceled') && has(news, 'renewed'))) {
    return withSeason('revived', news, ['revived', 'renewed']);
  }
  for (const verdict of DECISIVE_VERDICTS) {
    if (verdict !== 'revived' && has(news, verdict)) return withSeason(verdict, news, [verdict]);
  }
  // Only background left. A renewal told as background is still one ("after its season 3
  // renewal"); a cancellation is not news of one: "once cancelled X is now Netflix's most-watched"
  // is about a show that came back, and a false "canceled" is the costliest mistake.
  if (has(background, 'renewed')) return withSeason('renewed', background, ['renewed']);
  return NONE;
}

/** The verdict phrases without their global flag, for plain tests. */
const TELLING_PATTERNS = VERDICT_PHRASES.map((phrase) => new RegExp(phrase.pattern.source));

/**
 * A list of many shows says nothing about one of them ("All the shows canceled in 2024: X, Y"),
 * unless the show's own part after the list's colon, or its own item, tells its verdict ("Round-up:
 * X renewed.").
 */
function isRoundUp(marked: string): boolean {
  const matches = (text: string) => ROUNDUPS.some((pattern) => pattern.test(text));
  const sentences = marked.split(/[.!?]\s/);
  const sentence = sentences.find((part) => part.includes(SHOW));
  if (!sentence) return matches(marked);
  const segment = sentence.split(/:\s/).find((part) => part.includes(SHOW)) ?? sentence;
  const tells = (text: string) => TELLING_PATTERNS.some((pattern) => pattern.test(withoutDegreeAdverbs(text)));
  // "TV Bits: X uncanceled, CBS and Fox cancellations, renewals and more": the show's own item
  // (between commas) tells its verdict, whatever the rest of the list is.
  const item = segment.split(/[,;]\s/).find((part) => part.includes(SHOW)) ?? segment;
  if (item !== segment && tells(item) && !matches(item)) return false;
  return tells(segment) && segment !== sentence ? matches(segment) : matches(sentence);
}

/** "NBC cancels, then renews, X": across its clauses, the headline tells a revival. */
const CANCELED_THEN_RENEWED = /\bcancel\w*,? (?:and )?then (?:renew|reviv|sav|un-?cancel)/;

function reviseForWholeHeadline(decision: HeadlineClassification, marked: string): HeadlineClassification {
  if ((decision.verdict === 'renewed' || decision.verdict === 'canceled') && CANCELED_THEN_RENEWED.test(marked)) {
    return { verdict: 'revived', season: decision.season };
  }
  return decision;
}

/** The season from the first hit that names one, trying the hits of each given verdict in turn. */
function withSeason(verdict: DecisiveVerdict, hits: Hit[], from: DecisiveVerdict[]): HeadlineClassification {
  for (const source of from) {
    const season = hits.find((hit) => hit.verdict === source && hit.season !== null)?.season;
    if (season != null) return { verdict, season };
  }
  return { verdict, season: null };
}
