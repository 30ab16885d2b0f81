import { findDates, resolveYear, type TextDate, toIsoDate } from './article-dates';
import { extractRatings } from './article-ratings';
import { type Sentence, splitSentences } from './article-sentences';
import { readHeadline } from './classify-headline';
import { OTHER_NEWS } from './headline-phrases';
import { normalizeUnicode } from './matching-text';
import { findNetworkMentions, type NetworkMention } from './networks';
import type { ArticleFacts, HeadlineClassification, HeadlineVerdict } from './types';
import { modelOpinion } from './verdict-model';

/**
 * Reads a news article (its headline on the first line, then the body) about one show and
 * returns what it states: the verdict and season, the network that decided, the dates of the
 * decision and the premiere, and the ratings it quotes. Pure: plain text in, facts out.
 *
 * The headline decides the verdict; the first sentences of the body decide when the headline
 * does not. Body sentences say "the show" more than its name, so in them "the show/series"
 * reads as the show, and asides in parentheses ("The Order (which was cancelled after two
 * seasons)") are left out: they are usually about other shows.
 */
export function extractArticleFacts(text: string, show: string): ArticleFacts {
  const lines = text
    .slice(0, MAX_ARTICLE_CHARS)
    .split(/\r?\n/)
    .map((line) => normalizeUnicode(line))
    .filter((line) => line.length > 0);
  const headline = lines[0] ?? '';
  const bodyText = lines.slice(1).join('\n');
  const prose = lines.join('\n');
  const body = splitSentences(bodyText).map((sentence) => ({
    ...sentence,
    index: sentence.index + headline.length + 1,
  }));
  const sentences: Sentence[] = [{ text: headline, index: 0 }, ...body];

  const { verdict, season } = readVerdict(headline, body, show);
  const decidedOn = findDecisionDate(prose, sentences, show, verdict);
  return {
    verdict,
    season,
    network: findDecidingNetwork(sentences, prose, show),
    decidedOn,
    premiered: findPremiereDate(prose, sentences, decidedOn),
    ratings: extractRatings(prose),
  };
}

/**
 * What of an article is read: the decision, its date and the quoted ratings sit near the top.
 * The cap (with classifyHeadline's own) keeps the work linear in a hostile page's size.
 */
export const MAX_ARTICLE_CHARS = 20_000;

/** How many body sentences may decide the verdict when the headline does not. */
const LEAD_SENTENCES = 3;

function readVerdict(headline: string, body: Sentence[], show: string): HeadlineClassification {
  const reading = readHeadline(headline, show);
  const fromHeadline = reading.rules;
  // The lead decides only for a plain headline: one that hedges, lists many shows, has a verdict
  // about something else ("panels cancelled") or is other news of the show (a review, a trailer,
  // a star's exit) keeps its "none", or the lead's background ("the show, canceled last year, …",
  // "the final season of X airs Sundays") would overrule a headline about something else.
  const leadMayDecide =
    fromHeadline.verdict === 'none' &&
    !reading.hedged &&
    !reading.roundUp &&
    reading.phrases.length === 0 &&
    !OTHER_NEWS.test(reading.marked);
  // A body sentence names the show when it is about it ("the series" already reads as the show):
  // an unnamed description there is another show's ("Netflix also canceled a drama").
  const readings = body.map((sentence) =>
    readHeadline(asAboutShow(sentence.text, show), show, { describedShow: false }),
  );
  const fromLead = leadMayDecide
    ? readings.slice(0, LEAD_SENTENCES).find((lead) => lead.news && lead.rules.verdict !== 'none' && !lead.hedged)
    : undefined;
  // The learned model reads the headline last: the rules, in the headline or the lead, come first.
  const verdict =
    fromHeadline.verdict !== 'none'
      ? fromHeadline.verdict
      : (fromLead?.rules.verdict ?? modelOpinion(reading)?.verdict ?? 'none');
  if (verdict === 'none') return { verdict, season: null };

  // The headline's season, else the first body sentence with the same verdict that names one.
  const season =
    (fromHeadline.verdict === verdict ? fromHeadline.season : null) ??
    readings.find((lead) => lead.rules.verdict === verdict && lead.rules.season !== null)?.rules.season ??
    null;
  return { verdict, season };
}

/** "the show", "the series" … read as the show's name; parenthesised asides dropped. */
const SHOW_REFERENCE = /\b(?:the|this) (?:show|series|drama|comedy|sitcom|thriller|programme|program)\b/gi;

function asAboutShow(sentence: string, show: string): string {
  return sentence.replace(/\s*\([^)]*\)/g, '').replace(SHOW_REFERENCE, show);
}

// ── network ─────────────────────────────────────────────────────────────────

/** Words of a decision, to pick the sentences where a network is named as the one deciding. */
const DECISION =
  /\b(?:cancel\w*|ax(?:ed|es)|renew\w*|picked up|picks up|order(?:s|ed)?|reviv\w*|rescu\w*|saved|saves|scrap\w*|pull(?:s|ed)? the plug|final season|won'?t (?:return|be back)|will not return|greenlit)\b/i;
/** "canceled by Netflix", "renewed at HBO", "moves to Peacock". */
const CUE_BEFORE = /\b(?:by|at|to|over to|with)\s+(?:the\s+)?$/i;
/** "Netflix has canceled", "Netflix's decision to cancel", "HBO renews". */
const CUE_AFTER =
  /^(?:'s)?\s+(?:(?:has|have|had|officially|quietly|will|won'?t|decided to|decision to|announced|confirmed)\s+)*(?:cancel|renew|ax|order|pick|reviv|rescu|sav|end|confirm|announc|pull|scrap|drop|greenl)/i;

function findDecidingNetwork(sentences: Sentence[], prose: string, show: string): string | null {
  for (const sentence of sentences) {
    const text = asAboutShow(sentence.text, show);
    if (!DECISION.test(text)) continue;
    const deciding = findNetworkMentions(text).find((mention) => isNamedAsDecider(text, mention));
    if (deciding) return deciding.name;
  }
  const mentions = findNetworkMentions(prose);
  return mostFrequent(mentions)?.name ?? null;
}

function isNamedAsDecider(text: string, mention: NetworkMention): boolean {
  return CUE_BEFORE.test(text.slice(0, mention.index)) || CUE_AFTER.test(text.slice(mention.end));
}

/** The network named most often; the first named wins a tie. */
function mostFrequent(mentions: NetworkMention[]): NetworkMention | null {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  let best: NetworkMention | null = null;
  for (const mention of mentions) {
    if (!best || (counts.get(mention.name) ?? 0) > (counts.get(best.name) ?? 0)) best = mention;
  }
  return best;
}

// ── dates ───────────────────────────────────────────────────────────────────

const PREMIERE_WORDS =
  /\b(?:premiered|premieres|premiering|premiere|debuted|debuts|debut|launched|released|arrived|first aired|aired its first)\b/gi;
const DECISION_WORDS =
  /\b(?:cancel\w*|axed|axes|renew\w*|announced|announces|confirmed|confirms|reported|revealed|decided|picked up|ordered|revived|rescued|saved|scrapped|pulled the plug|final season)\b/gi;
/** A premiere of a later season is not the show's premiere. */
const LATER_SEASON =
  /\b(?:season (?:[2-9]|\d\d|two|three|four|five|six)|(?:second|third|fourth|fifth|sixth|new) season|returns?|returned)\b/i;

type DateRole = 'premiere' | 'decision';

interface PlacedDate extends TextDate {
  role: DateRole | null;
  sentence: Sentence | null;
}

function placeDates(prose: string, sentences: Sentence[]): PlacedDate[] {
  return findDates(prose).map((date) => {
    const sentence = sentences.find((s) => date.index >= s.index && date.end <= s.index + s.text.length) ?? null;
    return { ...date, sentence, role: sentence ? roleOf(date, sentence) : null };
  });
}

/** The role of the nearest premiere or decision word in the date's sentence, on either side. */
function roleOf(date: TextDate, sentence: Sentence): DateRole | null {
  const start = date.index - sentence.index;
  const end = date.end - sentence.index;
  let best: { role: DateRole; distance: number } | null = null;
  const consider = (pattern: RegExp, role: DateRole) => {
    for (const match of sentence.text.matchAll(pattern)) {
      const wordEnd = match.index + match[0].length;
      const distance =
        wordEnd <= start ? start - wordEnd : match.index >= end ? match.index - end : Number.POSITIVE_INFINITY;
      if (!best || distance < best.distance) best = { role, distance };
    }
  };
  consider(PREMIERE_WORDS, 'premiere');
  consider(DECISION_WORDS, 'decision');
  return (best as { role: DateRole; distance: number } | null)?.role ?? null;
}

function findDecisionDate(prose: string, sentences: Sentence[], show: string, verdict: HeadlineVerdict): string | null {
  if (verdict === 'none') return null;
  const all = findDates(prose);
  // The first few decision dates are the candidates: the decision is told near the top.
  const decisions = placeDates(prose, sentences)
    .filter((date) => date.role === 'decision')
    .slice(0, 20);
  // Prefer a date in a sentence that itself reports this verdict.
  const reportsVerdict = (date: PlacedDate) =>
    date.sentence !== null &&
    readHeadline(asAboutShow(date.sentence.text, show), show, { describedShow: false }).rules.verdict === verdict;
  for (const date of [...decisions.filter(reportsVerdict), ...decisions]) {
    const year = resolveYear(date, all, prose);
    if (year !== null) return toIsoDate(year, date.month, date.day);
  }
  return null;
}

function findPremiereDate(prose: string, sentences: Sentence[], decidedOn: string | null): string | null {
  const all = findDates(prose);
  const premiere = placeDates(prose, sentences).find(
    (date) => date.role === 'premiere' && !LATER_SEASON.test(date.sentence?.text ?? ''),
  );
  if (!premiere) return null;
  const year = resolveYear(premiere, all, prose);
  if (year === null) return null;
  const iso = toIsoDate(year, premiere.month, premiere.day);
  // "Premiered December 15 … canceled January 20, 2023": a premiere without its own year
  // cannot come after the decision, so it belongs to the year before.
  if (premiere.year === null && decidedOn !== null && iso > decidedOn) {
    return toIsoDate(year - 1, premiere.month, premiere.day);
  }
  return iso;
}
