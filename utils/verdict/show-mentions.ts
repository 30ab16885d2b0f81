import { type Token, titleWords, tokenize } from './matching-text';
import { NETWORK_ALIAS_SOURCE, NETWORKS } from './networks';

/**
 * Finds where a headline names the show, and replaces each real mention with SHOW and every
 * other title with TITLE. The phrase tables then read "SHOW canceled at netflix" and never see
 * words inside titles ("Saved by the Bell", "The Last Ship").
 *
 * A mention only counts as the whole title:
 * - Quotes decide when the outlet used them ('9-1-1: Lone Star' is not '9-1-1'), and an outlet that
 *   quotes titles quotes them all: its unquoted "Wednesday" is the day.
 * - Without quotes, the words on both sides must be ones a headline puts around a title
 *   ("9-1-1 Lone Star Canceled" and "Tales of the Walking Dead" are other shows), and in a
 *   mixed-case headline the title must start with a capital ("why you should watch" is not "You").
 * - A spin-off word after it ("movie", "reboot", "prequel") makes it another work.
 */

export const SHOW = '⟨show⟩';
export const TITLE = '⟨title⟩';

/**
 * Words after the title that show it ended there: verbs, auxiliaries, prepositions, the
 * nouns that follow a show's name in TV headlines, and the verdict words themselves.
 * An unknown word ("Lone", "Presents", "Movie") means a longer title or another work.
 */
const FOLLOWERS = new Set(
  `is isnt was wasnt has hasnt have had will wont would could can may might should to be been being
  gets got getting get lands landed moves moving moved heads returns returning return returned comes coming
  ends end ended ending wraps wrapping concludes concluding continues set sets officially finally just already also
  really not no done over gone quietly abruptly unexpectedly suddenly reportedly formally now still actually
  early officially final last
  canceled cancelled cancels cancel cancellation renewed renews renewal renewals axed axes scrapped scraps dropped
  drops picked picks revived revives rescued rescues saved saves uncanceled uncancelled greenlit orders ordered
  season seasons series show star stars cast creator creators cocreator co showrunner showrunners boss bosses
  ep eps producer producers writer writers director directors actor actors actress alum alums team fans fan
  finale revival and or but vs versus at on by for after in with from over amid as into without despite following
  ahead before under among
  bites sinks sunk dies falls fails finds faces earns scores nabs snags secures receives wins loses survives stays
  remains becomes goes takes makes gives joins adds sees hits tops leads debuts premieres premiered releases
  canned cans killed kills nixed shelved recommissioned confirmed confirms greenlights announces announced
  says reveals unveils teases wraps back fate future drama comedy sitcom thriller anime docuseries miniseries tv
  episodes episode a an this un ready closed lives migrates jumps cannot limited event first second third fourth fifth sixth seventh eighth ninth tenth
  each both huge big animation animated cartoon rolls soars bags reboot
  are were commissioned splitting splits premiere delayed postponed airs airing aired streams streaming heads
  original next live latest`
    .split(/\s+/)
    .filter(Boolean),
);

/** After "Title:", a sentence may start with these; anything else is a subtitle ("9-1-1: Lone Star"). */
const COLON_FOLLOWERS = new Set(
  // "hit" starts a description ("Cold Feet: Hit drama … to return"), never a subtitle.
  [
    ...FOLLOWERS,
    'why',
    'what',
    'how',
    'when',
    'where',
    'who',
    'everything',
    'heres',
    'here',
    'it',
    'its',
    'hit',
  ].filter((word) => word !== 'and' && word !== 'or'),
);

/** Words right after a title that make it another work built on the show. */
const SPINOFF_WORDS = new Set(
  // Not "reboot": outlets call a show's revival its reboot ("'Dexter' Reboot Coming to Showtime"),
  // and a rebooted show is listed under the old name ("Gossip Girl reboot canceled after 2 seasons").
  'movie film spinoff spin prequel sequel remake presents musical documentary adaptation anime'.split(' '),
);

const UNMADE_REBOOT =
  /^ (?:(?:is|was|has been|officially|reportedly) )*(?:scrapped|shelved|nixed|not moving forward|in the works|in development|talks?|plans?|rumou?rs?)\b/;

/** Nouns that can stand before a spin-off word as its modifier. */
const ATTRIBUTIVE_NOUNS = new Set(['revival', 'series', 'tv', 'show']);

/** "spinoff of X", "prequel to X": the headline is about the other work. */
const DERIVED_WORK_BEFORE =
  /\b(?:spin-?offs?|prequels?|sequels?|remakes?|reboots?|versions?|adaptations?|movies?|films?) (?:of|to|from) (?:the )?$/;

/**
 * Words before an unquoted title that show it starts there: verbs and prepositions a headline puts
 * before a title, and the labels outlets give a show ("hit drama", "netflix's"). An unknown word
 * means a longer title ("Tales of the Walking Dead", "The Sex Lives of College Girls").
 */
export const PRECEDERS = new Set(
  `cancels canceled cancelled cancel axes axed renews renewed renew saves saved revives revived rescues rescued
  scraps scrapped drops dropped orders ordered picks up ends ending ended brings back confirms confirmed announces
  says why how what when is was will has does did could would should as and or but after before amid while
  to for on in at from about with without over like vs versus by
  drama comedy series show sitcom thriller hit anime docuseries procedural miniseries favorite favourite
  acclaimed beloved cult classic popular original streaming fantasy horror crime teen animated period medical legal
  superhero zombie supernatural reality limited breakout new its their the a an back up
  officially finally quietly reportedly also now gives gave give giving just`
    .split(/\s+/)
    .filter(Boolean),
);

/** "season 2 of X", "the cast of X": nouns that take "of" before a title. */
const OF_NOUNS = new Set(
  `season seasons series cast star stars fans fan end creator creators finale episode episodes return renewal
  cancellation fate future revival showrunner team writers producers boss premiere ending rest final last most
  part chapter`
    .split(/\s+/)
    .filter(Boolean),
);

const NETWORK_START = new RegExp(`^${NETWORK_ALIAS_SOURCE}`);
/** Single-word network names, for "Netflix Cancels X" style openings. */
const NETWORK_ALIASES = new Set(
  NETWORKS.flatMap((network) => network.aliases).filter((alias) => /^[a-z0-9]+$/.test(alias)),
);

interface Span {
  start: number;
  end: number;
}

/** A quotation rather than a title: long, or starting like speech ("'We're proud of it'"). */
const QUOTATION_START =
  /^(?:i|i'm|i've|i'd|we|we're|we've|we'd|you|you're|it's|it was|this is|there's|they|they're|my|our|no|yes|so|if|when|not|just|thank|thanks)\b/;
const MAX_TITLE_WORDS = 7;

/**
 * Returns the text with the show's mentions as SHOW and other quoted or longer titles as TITLE.
 * `text` must already be matching text (lower case, see toMatchingText).
 *
 * The show's name is tried in the forms outlets write it (see titleVariants): TVmaze's name,
 * without a leading "The", the part after a franchise colon, without a possessive brand.
 */
export function markTitles(text: string, show: string, casedText: string = text): string {
  const variants = titleVariants(show);
  if (variants.length === 0) return text;

  const spans = findQuotedSpans(text);
  const { lower, cased, showQuoted, titleQuoted } = replaceQuotedSpans(text, casedText, spans, variants, show);
  // An outlet that quotes titles quotes all of them: an unquoted "Wednesday" there is the day.
  // But a quotation is not a title ("X Canceled: 'We Were Heartbroken'"): with only quotations,
  // unquoted mentions still count.
  if (showQuoted) return lower;
  // Each form runs on the previous one's result: a longer title found first ("Tales of the
  // Walking Dead" as TITLE) can't then be read as a shorter form ("Walking Dead").
  let marked = { lower, cased };
  // "Magnum P.I.", "Lockwood & Co.": the final dot is the title's, not a full stop ending a sentence.
  const endsWithDot = /\.$/.test(show.trim());
  for (const keys of variants) {
    marked = replaceBareMentions(marked.lower, marked.cased, keys, endsWithDot);
    if (marked.lower.includes(SHOW)) break;
  }
  // Where other titles are quoted, an unquoted mention counts only as an item of a list of titles
  // ("Tracker, Matlock, Elsbeth and 'NCIS: Sydney' renewed"): outlets that quote leave long lists bare.
  if (titleQuoted && !LIST_ITEM_SHOW.test(marked.lower)) return lower;
  return marked.lower;
}

const LIST_ITEM_SHOW = /(?:^|,|\band|\bplus) ?⟨show⟩(?= ?,| (?:and|&|plus)\b)/;

/**
 * The forms of a show's name that outlets write, longest first: "Marvel's Daredevil" is also
 * "Daredevil", "Star Trek: Strange New Worlds" also "Strange New Worlds", "The Office (US)" is
 * "The Office". A short one-word remainder is too common a word to stand for the show.
 */
export function titleVariants(show: string): string[][] {
  // A show's headlines are read one after another: its forms are worked out once.
  let variants = variantsByShow.get(show);
  if (!variants) {
    if (variantsByShow.size >= 64) variantsByShow.clear();
    variants = computeTitleVariants(show);
    variantsByShow.set(show, variants);
  }
  return variants;
}

const variantsByShow = new Map<string, string[][]>();

function computeTitleVariants(show: string): string[][] {
  const base = show.replace(/\s*\([^)]*\)\s*$/, '').trim() || show;
  const forms = [base];
  const colon = base.indexOf(':');
  if (colon > 0) forms.push(base.slice(colon + 1));
  // "Winning Time: The Rise of the Lakers Dynasty" is written "Winning Time". Only before a long,
  // descriptive subtitle: before a short one ("Squid Game: The Challenge", "Star Trek: Prodigy",
  // "Law & Order: Special Victims Unit") the first part is usually another show of the franchise.
  if (colon > 0 && titleWords(base.slice(colon + 1)).length >= 4 && titleWords(base.slice(0, colon)).length >= 2) {
    forms.push(base.slice(0, colon));
  }
  const possessive = /^[\p{L}.]+(?:'s|s') (.+)$/u.exec(base.replace(/[\u2018\u2019]/g, "'"));
  if (possessive?.[1]) forms.push(possessive[1]);
  // "Lockwood & Co." is also written "Lockwood Co"; "Magnum P.I." is "Magnum PI" (see below).
  if (base.includes('&')) forms.push(base.replace(/\s*&\s*/g, ' '), base.replace(/\s*&\s*/g, ' and '));
  const variants: string[][] = [];
  for (const form of forms) {
    const keys = joinInitials(titleWords(form));
    if (keys.length === 0) continue;
    variants.push(keys);
    if (keys[0] === 'the' && keys.length > 1) variants.push(keys.slice(1));
  }
  const seen = new Set<string>();
  return variants.filter((keys, i) => {
    const id = keys.join(' ');
    if (seen.has(id)) return false;
    seen.add(id);
    return i === 0 || keys.length > 1 || (keys[0]?.length ?? 0) > 5;
  });
}

/** "p i" (from "P.I.") as "pi": initials are written with and without their dots. */
function joinInitials(keys: string[]): string[] {
  const joined: string[] = [];
  let inInitials = false;
  for (const key of keys) {
    const single = key.length === 1 && /^\p{L}$/u.test(key);
    if (single && inInitials) joined[joined.length - 1] += key;
    else joined.push(key);
    inInitials = single && (inInitials || true);
  }
  return joined;
}

/** The same joining on a headline's tokens: "P.I." is one token "pi" spanning both letters. */
function joinInitialTokens(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  let inInitials = false;
  for (const token of tokens) {
    const single = token.key.length === 1 && /^\p{L}$/u.test(token.key);
    const last = joined[joined.length - 1];
    if (single && inInitials && last) {
      joined[joined.length - 1] = { ...last, text: last.text + token.text, key: last.key + token.key, end: token.end };
    } else joined.push(token);
    inInitials = single;
  }
  return joined;
}

/**
 * Replaces each quoted span: the show's title → SHOW, another title → TITLE, a quotation → blank
 * (what someone said is not the news: "'I'm heartbroken' — star on X's cancellation").
 * The cased copy gets the same replacements, so bare-mention capitals still line up.
 */
function replaceQuotedSpans(
  text: string,
  casedText: string,
  spans: Span[],
  variants: string[][],
  show: string,
): { lower: string; cased: string; showQuoted: boolean; titleQuoted: boolean } {
  const aligned = casedText.length === text.length;
  let lower = '';
  let cased = '';
  let last = 0;
  let showQuoted = false;
  let titleQuoted = false;
  const quotedKeys = spans.map((span) => {
    const inner = text.slice(span.start + 1, span.end - 1);
    // "'Boardwalk Empire's' fifth season": the possessive can sit inside the quotes.
    const ownerKeys = /(?:'s|s')$/.test(inner) ? joinInitials(titleWords(inner.replace(/'s$|'$/, ''))) : null;
    return { inner, keys: joinInitials(titleWords(inner)), ownerKeys };
  });
  const isFullTitle = ({ keys, ownerKeys }: (typeof quotedKeys)[number]) =>
    variants.some((variant) => sameTitle(keys, variant) || (ownerKeys !== null && sameTitle(ownerKeys, variant)));
  // Without the full title quoted, the first quoted short form stands for it ("'Only Murders'").
  const shortForm = quotedKeys.some(isFullTitle)
    ? -1
    : quotedKeys.findIndex(({ keys }) => isQuotedShortForm(keys, show, variants[0] ?? []));
  for (const [index, span] of spans.entries()) {
    const { inner, keys } = quotedKeys[index] as (typeof quotedKeys)[number];
    const isShow =
      (isFullTitle(quotedKeys[index] as (typeof quotedKeys)[number]) || index === shortForm) &&
      !isDerivedWork(text, span.start, span.end);
    const afterColon = /:\s*$/.test(text.slice(0, span.start)) && keys.length >= 3;
    // Titles are capitalised: a quoted lower-case phrase in a mixed-case headline is someone's words.
    const lowerCaseWords = aligned && /^\p{Ll}/u.test(casedText.slice(span.start + 1)) && /\p{Lu}/u.test(casedText);
    const hasVerb = keys.length >= 3 && /\b(?:is|are|was|were|will|has|have|had)\b/.test(inner);
    const isQuotation =
      !isShow &&
      (keys.length > MAX_TITLE_WORDS ||
        afterColon ||
        lowerCaseWords ||
        hasVerb ||
        (keys.length >= 3 && /[.,]$/.test(inner)) ||
        QUOTATION_START.test(inner));
    const marker = isShow ? SHOW : isQuotation ? ' ' : TITLE;
    showQuoted ||= isShow;
    titleQuoted ||= marker === TITLE;
    lower += `${text.slice(last, span.start)} ${marker} `;
    if (aligned) cased += `${casedText.slice(last, span.start)} ${marker} `;
    last = span.end;
  }
  lower = collapse(lower + text.slice(last));
  cased = aligned ? collapse(cased + casedText.slice(last)) : lower;
  return { lower, cased, showQuoted, titleQuoted };
}

/**
 * Outlets quote a long title by its first words: "'Only Murders' Renewed", "'Boardwalk,' 'Treme'
 * all axed". The quotes mark it as a title, and the news search found the headline for this show.
 * At least two words, or one of five letters or more when the title has just two ("'Grey's'");
 * never the franchise before a colon ("'Star Trek'" is not "Star Trek: Prodigy").
 */
function isQuotedShortForm(keys: string[], show: string, full: string[]): boolean {
  if (show.includes(':')) return false;
  const title = full[0] === 'the' ? full.slice(1) : full;
  if (keys.length === 0 || keys.length >= title.length) return false;
  if (!keys.every((key, i) => key === title[i])) return false;
  return keys.length >= 2 || (title.length === 2 && (keys[0]?.length ?? 0) >= 5);
}

/** Quotes delimit the title, so a quoted "Imperfects" is "The Imperfects". */
function sameTitle(keys: string[], showKeys: string[]): boolean {
  const withoutArticle = showKeys[0] === 'the' ? showKeys.slice(1) : showKeys;
  return equalKeys(keys, showKeys) || (withoutArticle.length > 0 && equalKeys(keys, withoutArticle));
}

function equalKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * Pairs of quotes around a short run of text. A single quote opens only after a space or
 * punctuation and closes only before one, so "won't", "Grey's" and "Netflix's" are apostrophes.
 */
export function findQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if ((char === '"' || char === "'") && opensQuote(text, i)) {
      const close = findClosingQuote(text, i, char);
      if (close > 0) {
        spans.push({ start: i, end: close + 1 });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

const MAX_QUOTED_LENGTH = 80;

function opensQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || /[\s([{:,;/-]/.test(before)) && after !== undefined && /[\p{L}\p{N}]/u.test(after);
}

function findClosingQuote(text: string, open: number, quote: string): number {
  for (let j = open + 2; j < text.length && j - open <= MAX_QUOTED_LENGTH; j++) {
    if (text[j] !== quote) continue;
    const before = text[j - 1] ?? ' ';
    const after = text[j + 1];
    if (!/\s/.test(before) && (after === undefined || /[\s,.:;!?)\]'"-]/.test(after))) return j;
  }
  return -1;
}

function replaceBareMentions(
  text: string,
  casedText: string,
  showKeys: string[],
  endsWithDot = false,
): { lower: string; cased: string } {
  // Words inside a marker ("⟨title⟩") are not the show's words.
  const tokens = joinInitialTokens(tokenize(text)).map((token) =>
    text[token.start - 1] === '⟨' ? { ...token, text: `⟨${token.text}`, key: `⟨${token.key}` } : token,
  );
  // Without quotes, capitals mark a title, unless the whole headline is in one case.
  const caseTells = /\p{Lu}/u.test(casedText) && /\p{Ll}/u.test(casedText) && casedText.length === text.length;
  const replacements: Array<Span & { marker: string }> = [];
  for (let i = 0; i + showKeys.length <= tokens.length; i++) {
    const end = matchTitleAt(tokens, i, showKeys);
    if (end === null) continue;
    const start = tokens[i]?.start ?? 0;
    const capitalised = !caseTells || /^[\p{Lu}\p{N}]/u.test(casedText.slice(start));
    const whole =
      capitalised && startsTitle(text, tokens, i, caseTells ? casedText : null) && isWholeTitle(text, start, end);
    const marker = whole ? SHOW : TITLE;
    const withDot = endsWithDot && text[end] === '.' ? end + 1 : end;
    replacements.push({ start, end: withDot, marker });
    i += showKeys.length - 1;
  }

  const aligned = casedText.length === text.length;
  let lower = '';
  let cased = '';
  let last = 0;
  for (const { start, end, marker } of replacements) {
    lower += `${text.slice(last, start)} ${marker} `;
    if (aligned) cased += `${casedText.slice(last, start)} ${marker} `;
    last = end;
  }
  lower = collapse(lower + text.slice(last));
  return { lower, cased: aligned ? collapse(cased + casedText.slice(last)) : lower };
}

/** Returns the end offset of the title when the tokens from `i` spell it, else null. */
function matchTitleAt(tokens: Token[], i: number, showKeys: string[]): number | null {
  for (let k = 0; k < showKeys.length; k++) {
    const token = tokens[i + k];
    if (!token || token.text.startsWith('⟨')) return null;
    const isLast = k === showKeys.length - 1;
    if (token.key === showKeys[k]) continue;
    // "Grey's Anatomy's star": the possessive stays outside the title.
    if (isLast && token.text === `${showKeys[k]}'s`) return token.start + (showKeys[k]?.length ?? 0);
    return null;
  }
  return tokens[i + showKeys.length - 1]?.end ?? null;
}

function isWholeTitle(text: string, start: number, end: number): boolean {
  if (isDerivedWork(text, start, end)) return false;
  // Hyphen-glued words make a compound, not the title: "Lasso" in "Ted-Lasso", "9-1-1-style".
  if (/[\p{L}\p{N}]-$/u.test(text.slice(0, start)) || /^-[\p{L}\p{N}]/u.test(text.slice(end))) return false;

  const rest = text.slice(end);
  if (/^'s?\b/.test(rest) || /^'(?:\s|$)/.test(rest)) return true; // possessive: "X's final season"
  if (/^\s*[:]/.test(rest)) return continuesAfterColon(rest.replace(/^\s*:\s*/, ''));
  // A parenthesis after the title qualifies it ("Being Human (USA)", "The Office (2005)").
  if (/^\s*(?:$|[,.;!?()\]"-]|\s-\s|\|)/.test(rest)) return true;
  return continuesHeadline(rest.trimStart());
}

/** Lower-case words that bind to what follows rather than modify it ("of the X", "but not X"). */
const BINDING_WORDS = new Set(['of', 'the', 'a', 'an', 'not', 'no', 'nor', 'but', 'than']);

/**
 * The word before an unquoted title lets it start there (see PRECEDERS). In a mixed-case
 * headline a lower-case word before a capitalised title is a modifier, not part of the title:
 * "live-action X show", "Netflix's hit X" (but "of" still binds: "Tales of the Walking Dead").
 */
function startsTitle(text: string, tokens: Token[], i: number, casedText: string | null): boolean {
  const previous = tokens[i - 1];
  if (!previous) return true;
  if (casedText !== null && !BINDING_WORDS.has(previous.key) && /^\p{Ll}/u.test(casedText.slice(previous.start))) {
    return true;
  }
  const gap = text.slice(previous.end, tokens[i]?.start);
  // Punctuation between means a new phrase starts here: "Official: X Canceled".
  if (/[^\s']/.test(gap)) return true;
  // A possessive: "Netflix's X", "HBO's Girls".
  if (previous.text.endsWith("'s") || gap.startsWith("'")) return true;
  // A verb before the title ("HBO Gives The White Lotus…", "Fox Is Reviving X").
  if (/^\p{L}{3,}(?:s|ed|ing)$/u.test(previous.key) && !OF_NOUNS.has(previous.key)) return true;
  if (previous.key === 'of') {
    // "season 4 of X"
    if (/^\d+$/.test(tokens[i - 2]?.key ?? '') && OF_NOUNS.has(tokens[i - 3]?.key ?? '')) return true;
    const owner = tokens[i - 2]?.key;
    return owner === undefined || OF_NOUNS.has(owner);
  }
  return PRECEDERS.has(previous.key) || NETWORK_ALIASES.has(previous.key);
}

function continuesHeadline(rest: string): boolean {
  const word = firstWord(rest);
  if (word === null) return true;
  if (/^\d+$/.test(word)) return Number(word) <= 60; // "Stranger Things 5", not "Yellowstone 1923"
  if (/^s\d{1,2}$/.test(word)) return true; // "Outer Banks S4"
  return FOLLOWERS.has(word);
}

function continuesAfterColon(rest: string): boolean {
  if (NETWORK_START.test(rest)) return true;
  const word = firstWord(rest);
  if (word === null) return true;
  if (/^\d+$/.test(word)) return false; // "Yellowstone: 1923"
  return COLON_FOLLOWERS.has(word);
}

function firstWord(text: string): string | null {
  const token = tokenize(text)[0];
  if (!token || token.start > 1) return null;
  return token.key;
}

function isDerivedWork(text: string, start: number, end: number): boolean {
  if (DERIVED_WORK_BEFORE.test(text.slice(0, start).trimEnd().concat(' '))) return true;
  const rest = text.slice(end, end + 40);
  const [first, second] = tokenize(rest);
  if (first && SPINOFF_WORDS.has(first.key)) return true;
  // A reboot dropped while still in development is another work: "'House' Reboot Scrapped".
  if (first?.key === 'reboot' && UNMADE_REBOOT.test(rest.slice(first.end))) return true;
  // One modifier may come between: "'The Office' Australian remake", "'Dexter' revival spinoff",
  // but not a full stop or a verb ("'X' renewed; movie next").
  const onlySpacesBetween = first && second && /^\s+$/.test(rest.slice(first.end, second.start));
  const modifier = first && (!FOLLOWERS.has(first.key) || ATTRIBUTIVE_NOUNS.has(first.key));
  return Boolean(onlySpacesBetween && modifier && second && SPINOFF_WORDS.has(second.key));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
