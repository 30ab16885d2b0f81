import type { DecisiveVerdict } from '../status/fate-status';
import { NETWORK_ALIAS_SOURCE } from './networks';
import { CARDINAL_SOURCE, ORDINAL_SOURCE } from './number-words';
import { SHOW, TITLE } from './show-mentions';

/**
 * The phrase tables the headline classifier reads. They run on "marked" clause text: lower case,
 * plain quotes, the show's mention replaced by SHOW and other titles by TITLE.
 * Each entry says why it is there; a phrase that needs a second signal says which.
 */

export interface VerdictPhrase {
  verdict: DecisiveVerdict;
  pattern: RegExp;
  /** The hit only counts when the whole headline also matches this (weak phrases). */
  needs?: RegExp;
  /** The hit does not count when its clause matches this (a different meaning). */
  unless?: RegExp;
}

const NET = NETWORK_ALIAS_SOURCE;
const CARD = CARDINAL_SOURCE;
const ORD = ORDINAL_SOURCE;
const PLACEHOLDER = `(?:${SHOW}|${TITLE})`;
/**
 * A season named any way a headline does: "season 3", "a third season", "another season";
 * British outlets say "series 3" and "a third series".
 */
const SEASON_REF = `(?:(?:season|series)s? ${CARD}|${ORD}(?: and (?:final|last))? (?:season|series|instal?lment)|another season|new season|more seasons?|${CARD} (?:more|new) seasons?)`;
/** Words after "season N" that make it an event of that season, not a new one being ordered. */
const SEASON_EVENT = '(?:premiere|finale|trailer|teaser|release|date|first look|footage|episode|poster|clip|cast)';

function phrase(
  verdict: DecisiveVerdict,
  source: string,
  options: Omit<VerdictPhrase, 'verdict' | 'pattern'> = {},
): VerdictPhrase {
  return { verdict, pattern: new RegExp(source, 'g'), ...options };
}

/** "won't return until 2026" is a delay, not a cancellation. */
const DELAYED =
  /\b(?:until|till|delay\w*|postpone\w*|pushed back|hiatus|anytime soon|any time soon|this year|in 20\d\d)\b/;

export const VERDICT_PHRASES: VerdictPhrase[] = [
  // ── canceled ───────────────────────────────────────────────────────────────
  // "canceled", "cancelled", "cancels", "cancellation", "to cancel". The plural
  // "cancellations" is a round-up word and handled there.
  phrase('canceled', '(?<!\\bun-?)\\bcancel(?:s|l?ed|l?ing|l?ation)?\\b'),
  // "there is no 'Mindhunter' season 3"
  phrase('canceled', `\\bno ${PLACEHOLDER} (?:season|series) ${CARD}\\b`),
  phrase('canceled', '\\bax(?:ed|es|ing)\\b|\\bthe axe?\\b|\\b(?:to|will) axe\\b'),
  phrase('canceled', '\\bpull(?:s|ed|ing)? (?:the )?plug\\b'),
  phrase(
    'canceled',
    // (not a person "not returning for SHOW season 2", nor "characters that won't be returning")
    `(?<!\\b(?:characters?|cast members?|actors?|actress(?:es)?|stars?|hosts?|judges?)(?: that| who)? )\\b(?:won'?t|will not|would not|wouldn'?t|not|isn'?t|aren'?t) (?:be )?(?:return(?:ing)?|coming back|back)\\b(?! (?:for|to|in|as) (?:the )?${PLACEHOLDER})`,
    { unless: DELAYED },
  ),
  // "Amazon won't move forward with X", "season two will not move forward", "not moving forward"
  phrase('canceled', "\\b(?:won'?t|will not|not|isn'?t|is not|decided not to) (?:be )?mov(?:e|ing) forward\\b", {
    unless: DELAYED,
  }),
  // "won't get a third season", "would not be getting a second season"
  phrase(
    'canceled',
    `\\b(?:won'?t|will not|would not|wouldn'?t|not) (?:be )?(?:getting|get|receiving|see|seeing|have|having) (?:a |an )?${SEASON_REF}|\\b${SEASON_REF} (?:won'?t|will not|is not going to|isn'?t going to) happen\\b`,
  ),
  // "Netflix fires Girlboss", "HBO ditches 'Gentleman Jack'", "latest to be erased by Netflix",
  // "another Netflix casualty", "X is over after one disappointing season"
  phrase(
    'canceled',
    `\\b(?:ditch(?:es|ed)|ousts?|ousted|erases?|fires) (?:its |the )?${SHOW}|\\berased by ${NET}|\\b(?:another|latest|newest) (?:\\S+ )?casualty\\b|\\bover after (?:just |only )?(?:one|1|a single|its first) (?:\\S+ )?season\\b`,
  ),
  // Indian and soap-opera press: "Muskaan gets an off-air date", "to go off air"
  phrase('canceled', '\\bgo(?:es|ing)? off[- ]air\\b|\\boff[- ]air date\\b'),
  // "no season 3", "no second season" — not "no season 3 news yet"
  phrase(
    'canceled',
    `\\bno (?:seasons? ${CARD}|${ORD} season|more seasons?)\\b(?! (?:news|update|release|date|trailer|yet|plans?))`,
  ),
  // "not renewed", "won't be renewed", "decided not to renew" (but "hasn't been renewed" is only pending)
  phrase('canceled', "\\b(?:not|won'?t be|will not be|wouldn'?t be|would not be) renewed\\b"),
  phrase(
    'canceled',
    "\\b(?:won'?t|will not|would not|decide[sd]? not to|declined? to|declines to|opt(?:s|ed)? not to|cho(?:se|oses) not to) renew\\b",
  ),
  phrase('canceled', '\\bscrap(?:s|ped|ping)?\\b'),
  // "dropped" alone is also a release ("trailer dropped"): only "dropped by/from", or a network dropping a show.
  phrase('canceled', '\\bdropped (?:by|from)\\b'),
  phrase(
    'canceled',
    `\\b${NET} (?:has |had )?(?:drops|dropped) (?!(?:\\S+ ){0,3}?(?:seasons?|trailers?|teasers?|first|images|photos|clips?|posters?|dates?|premieres?|episodes?|footage|previews?)\\b)`,
  ),
  // "ends after one season": the network ended it early (several seasons is an ending, below).
  phrase('canceled', '\\bend(?:s|ed|ing)? after (?:just |only )?(?:one|1|a single|its first|its only) season\\b'),
  phrase('canceled', '\\bone[- ]and[- ]done\\b'),
  phrase('canceled', `\\bsays? goodbye to ${PLACEHOLDER} after (?:just |only )?(?:one|1|a single|its first) season\\b`),
  // Idioms outlets use for a cancellation: "sinks", "canned", "killed", "bites the dust", "nixed".
  phrase('canceled', '\\b(?:sinks|sunk|canned|cans|nix(?:es|ed)|shelve[sd]|dumps|dumped)\\b'),
  phrase('canceled', '\\bkill(?:s|ed)\\b(?! off)(?!(?: \\S+){0,2} (?:character|characters|off))'),
  phrase('canceled', '\\bbites? the dust\\b|\\bgets? the (?:chop|boot|hook|ax|axe)\\b|\\bgiven the (?:boot|chop)\\b'),
  phrase('canceled', `\\btak(?:es|ing) ${PLACEHOLDER} to the grave\\b`),
  phrase('canceled', `\\bcomes? to an (?:abrupt|early|premature|sudden) end\\b|\\bcut short\\b`),
  phrase(
    'canceled',
    '\\b(?:is|officially|now|really) dead\\b|\\bdead (?:forever|for good)\\b|\\b(?:closed|shut) down\\b',
  ),
  phrase('canceled', `\\bdone at ${NET}|\\bdone after (?:${CARD}|its first|a single) seasons?\\b`),

  // ── renewed ────────────────────────────────────────────────────────────────
  phrase('renewed', '\\brenew(?:s|ed|al|ing)?\\b'),
  phrase('renewed', '\\bre-?up(?:s|ped)?\\b|\\brecommission(?:s|ed)?\\b'),
  // "takes X to a second season", "confirmed for a fourth season", "season 3 is official", "back for season 3"
  phrase('renewed', `\\btak(?:es|ing) ${PLACEHOLDER} (?:to|into) (?:a |an )?${SEASON_REF}`),
  phrase('renewed', `\\bconfirmed for (?:a |an )?${SEASON_REF}`),
  phrase('renewed', `\\b${SEASON_REF} (?:is |are )?(?:now )?(?:official|a go|on)\\b(?! ${SEASON_EVENT})`),
  // "Taken Season 2 ordered by NBC", "Panchayat season 4 announced" (but "season 4 premiere date announced")
  phrase('renewed', `\\b${SEASON_REF} (?:is |has been )?(?:ordered|announced)\\b`),
  // "orders another series of Josh", "orders a new season of X"
  phrase('renewed', '\\border(?:s|ed)? (?:another|a new|a fresh|more) (?:\\S+ )?(?:season|series|episodes) of\\b'),
  // "ordered for third season"
  phrase('renewed', `\\bordered for (?:a |an )?${SEASON_REF}`),
  // "Will there be a season 4? – Return confirmed"
  phrase('renewed', '\\breturn (?:is |has been )?confirmed\\b'),
  // "giving X a second season"
  phrase(
    'renewed',
    `\\b(?:giv(?:e|es|ing|en)|deliver(?:s|ed|ing)?|grant(?:s|ed|ing)?|hand(?:s|ed|ing)?) ${PLACEHOLDER} (?:a |an )?${SEASON_REF}`,
  ),
  // "HBO confirms Larry David and X for ninth season"
  phrase('renewed', `\\bconfirm(?:s|ed)? (?:\\S+ ){0,4}?${SHOW} for (?:a |an |its )?${SEASON_REF}`),
  phrase('renewed', `\\bback for (?:a |an )?${SEASON_REF}(?! ${SEASON_EVENT})`),
  // "another season of X", "a brand-new season of X is coming to Hulu", "season 5 coming to Netflix"
  phrase('renewed', `\\b(?:new|another|brand-new) season of ${PLACEHOLDER}`),
  phrase('renewed', `\\b${SEASON_REF} (?:is )?coming to ${NET}(?! (?:in|on|this|next)\\b)`),
  // "will continue on Netflix" (after another network's cancellation it reads as a revival)
  phrase('renewed', `\\b(?:will |to )?continue[sd]? (?:on|at) ${NET}`),
  // "returning for two new series", "will continue … for a third season", "get second Syfy seasons"
  phrase(
    'renewed',
    `\\breturn(?:s|ing)? (?:again )?for (?:a |an )?(?:${CARD} )?(?:(?:new|more|proper) )+(?:seasons?|series)\\b`,
  ),
  phrase('renewed', `\\bcontinue[sd]?\\b[^,;]{0,40}\\bfor (?:a |an )?${SEASON_REF}`),
  phrase('renewed', `\\b(?:gets?|got|getting|lands?|earns?) (?:a |an )?${ORD} (?:\\S+ )?seasons?\\b`),
  // British: "commissions a third series", "recommissioned for series 2"
  phrase('renewed', `\\b(?:re)?commission(?:s|ed)? (?:for )?(?:a |an )?${SEASON_REF}`),
  // "gives X a green light for season 3", "extends X into a second season"
  phrase(
    'renewed',
    `\\bgreen ?-?light for (?:a |an )?${SEASON_REF}|\\bextends?\\b(?: \\S+){0,3}? (?:into|for) (?:a |an )?${SEASON_REF}`,
  ),
  // "for at least two more seasons", "sticking around"
  phrase('renewed', `\\b(?:for|gets?|getting|with) (?:at least )?${CARD} more seasons?\\b|\\bsticking around\\b`),
  // "Stranger Things 2 officially confirmed": a number right after the title is its season
  phrase(
    'renewed',
    `${SHOW} (?:season )?\\d{1,2} (?:is |has been )?(?:confirmed|happening|greenlit|green-lit|a go)\\b`,
  ),
  phrase('renewed', `\\bgreen-?light(?:s|ed)? (?:${PLACEHOLDER} )?(?:for )?(?:a |an )?${SEASON_REF}`),
  phrase('renewed', `\\bpick(?:s|ed)? up\\b[^,;]{0,40}?\\bfor (?:a |an )?${SEASON_REF}`),
  phrase('renewed', `\\bpick(?:s|ed)? up (?:a |an )?${SEASON_REF}`),
  phrase(
    'renewed',
    `\\b(?:gets|got|get|getting|lands|landed|scores|scored|earns|earned|nabs|snags|secures|secured|receives|received|bags|bagged) (?:a |an )?${SEASON_REF}(?! ${SEASON_EVENT})`,
  ),
  phrase(
    'renewed',
    `\\b(?:gets|got|given) (?:the )?green ?-?light\\b|\\bgreen-?(?:lit|lights?) (?:for )?(?:a |an )?${SEASON_REF}`,
  ),
  phrase('renewed', `\\b${SEASON_REF} (?:is |has been |gets )?(?:green-?lit|confirmed|happening|a go)\\b`),
  phrase('renewed', `\\bconfirm(?:s|ed)? (?:a |an |${PLACEHOLDER} )?${SEASON_REF}(?! ${SEASON_EVENT})`),
  phrase(
    'renewed',
    `\\b${SEASON_REF} order\\b|\\border(?:s|ed)? (?:a |an )?${SEASON_REF}|\\border(?:s|ed)? ${PLACEHOLDER} ${SEASON_REF}`,
  ),
  phrase('renewed', `\\b(?:will be|is|are|'s|to be) back for (?:a |an )?${SEASON_REF}`),
  phrase('renewed', `\\b(?:is |are )?coming back for (?:a |an )?${SEASON_REF}`),
  // "Netflix announces season 2 of X", "confirms production of X season 2" (not "announces season 2 premiere")
  phrase(
    'renewed',
    `\\bannounc(?:es|ed|ing|e) (?:a |an )?${SEASON_REF}(?! ${SEASON_EVENT})(?! (?:of ${PLACEHOLDER} )?(?:will not|won'?t|is not|not)\\b)|\\bconfirm(?:s|ed)? (?:the )?production (?:of|on) (?:${PLACEHOLDER} )?${SEASON_REF}`,
  ),
  // "Season 2 of X is a go", "Season 3 is officially on the way", "season 4 is in production"
  phrase(
    'renewed',
    `\\b${SEASON_REF} of ${PLACEHOLDER} (?:is |are )?(?:now )?(?:a go|happening|confirmed|official|on the way|in production|in writing)\\b|\\b${SEASON_REF} (?:is |are )?(?:on the way|in production|in writing)\\b`,
  ),
  // British: "Second series for Upstart Crow", "X and Y get another series"
  phrase(
    'renewed',
    `^(?:a )?${ORD} (?:season|series) for ${SHOW}|\\b(?:gets?|getting|got|earns?|lands?) another series\\b`,
  ),
  // "ordering up two more seasons", "early season 3 pick-up", "heads into season 18"
  phrase(
    'renewed',
    `\\border(?:s|ed|ing)? up (?:a |an )?${SEASON_REF}|\\bordering (?:a |an )?${SEASON_REF}|\\b${SEASON_REF} pick-?ups?\\b|\\bheads? into ${SEASON_REF}(?! ${SEASON_EVENT})`,
  ),
  // "WGN America guarantees Manhattan season 2", "already go for season 2",
  // "The CW cancels A, keeps 'B'"
  phrase(
    'renewed',
    `\\bguarantees? (?:\\S+ ){0,3}?${SEASON_REF}|\\b(?:already )?(?:a )?go for (?:a |an )?${SEASON_REF}|\\bkeeps ${PLACEHOLDER}`,
  ),
  // Coming back with no season to come back for: a show that was gone ("'King of the Hill' is
  // Coming Back", "X is back, and that's a win"). A season ("coming back for season 3") is a renewal.
  phrase('revived', `\\b(?:is|are) coming back\\b(?! for\\b)|${SHOW} (?:is|are) back(?= *(?:$|[,;!-]| and\\b))`),
  phrase(
    'renewed',
    `\\b(?:will|to|set to) return\\b(?! to (?:theaters|cinemas))(?! (?:in|on) (?:jan|feb|march|april|may|june|july|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|\\d))|\\breturn(?:s|ing)? (?:to ${NET} )?for (?:a |an )?${SEASON_REF}`,
  ),

  // ── ending (a planned end) ─────────────────────────────────────────────────
  // "final season", "final two-part season", "one final series" (British), "final chapter"
  phrase(
    'ending',
    '\\bfinal (?:[\\w-]+ )?(?:seasons?|series|chapter|instal?lment|run)\\b(?! (?:review|recap))|\\bfarewell season\\b',
    // "drops final season trailer", "trailer for the final season": promotion of an end already known.
    { unless: /\b(?:trailers?|teasers?|first look|posters?|featurettes?|clips?)\b/ },
  ),
  // "will bring the series to an end"
  phrase(
    'ending',
    `\\bbring(?:s|ing)? (?:(?:the |\\S+ )?(?:series|show)|${PLACEHOLDER}|it) to (?:an? )?(?:end|close)\\b`,
  ),
  phrase('ending', `\\b(?:its|the|their|a|one) (?:${ORD} and )?last season\\b|\\b${ORD} and last season\\b`),
  // "season 5 will be its last", "will be the show's final"
  phrase('ending', "\\b(?:will be|is|to be|as|'s) (?:its|the|their)(?: \\S+'s)? (?:last|final)\\b"),
  // "season 8 will in fact be the show's last", "will be show's last"
  phrase('ending', "\\b(?:will|is|to) (?:\\S+ ){0,2}?be (?:(?:its|the|their) )?(?:\\S+'s )?(?:last|final)\\b"),
  phrase('ending', `\\bwill be ${PLACEHOLDER} ?'s (?:last|final)\\b`),
  // "confirmed as the series' end", "signals the end of X", "ending the show after season 11"
  phrase('ending', `\\bas (?:the|its) (?:series|show)'?s? end\\b|\\bthe end of ${PLACEHOLDER}(?! season)`),
  phrase('ending', `\\bend(?:s|ing)? (?:the show|the series|${PLACEHOLDER}) after\\b`),
  phrase('ending', '\\b(?:to|will|set to|is set to|going to) end\\b'),
  phrase(
    'ending',
    '\\bend(?:s|ing)? with (?:(?:a|an|its|the) )?(?:[\\w-]+ )?(?:season|series)\\b|\\bend(?:s|ing)? with (?:its|the)\\b',
  ),
  // "to end after season 6", "ends after seven seasons" (one season is a cancellation, above)
  phrase(
    'ending',
    `\\bend(?:s|ing)? after (?!(?:just |only )?(?:one|1|a single|its first|its only) season\\b)(?:seasons? ${CARD}|${CARD} seasons|its ${ORD} season)`,
  ),
  phrase('ending', '\\b(?:is|are) ending\\b(?! explained)|\\bcom(?:ing|es) to an end\\b|\\bend of the road\\b'),
  phrase(
    'ending',
    `\\bwrap(?:s|ping)? (?:up )?(?:with|after) (?:season|its|${CARD})|\\b(?:to|will) (?:conclude|wrap up)\\b`,
  ),
  phrase('ending', `\\bconclud(?:es|ing) (?:with|after)\\b|\\b${SEASON_REF} (?:will be|is) (?:the )?series finale\\b`),
  // "Syfy cancels X, ABC ends Revenge": a network ending a show is its planned end.
  phrase('ending', `\\b${NET} ends ${SHOW}`),
  // "ending at Netflix with season 4", "to close with its third season", "will end its run"
  phrase(
    'ending',
    `\\bending (?:at|on) ${NET} with\\b|\\b(?:to |will )?close(?:s)? (?:out )?with (?:its|season|the)\\b`,
  ),
  // "set to finish after series six", "to finish airing" (not "finish filming")
  phrase(
    'ending',
    '\\b(?:to|will|set to|is set to) finish\\b(?! (?:filming|shooting|production|the (?:script|book|novel)))',
  ),
  // "is done after season 6" (a season named; "done after one season" is a cancellation, above)
  phrase('ending', `\\bdone after (?:season|series) ${CARD}\\b`),
  // "plots an end to X", "brings veteran comedy X to an end"
  phrase('ending', '\\bplots? (?:an |the )?end to\\b'),
  phrase('ending', `\\bbring(?:s|ing)? (?:\\S+ ){1,3}?${PLACEHOLDER} to (?:an? )?(?:end|close)\\b`),
  phrase('ending', `\\bfinal ${CARD} episodes\\b`),
  // "renewed for one more season before cancellation" (the words after "before" are masked as another sense)
  phrase('ending', '\\b(?:one|a|another) (?:more|last|final) (?:season|series) before\\b'),
  phrase('ending', '\\b(?:to|will) end (?:its |their )?run\\b|\\bfinal episodes\\b'),

  // "swan song", "coming to a close", "X ending confirmed", "creator announces the show's end"
  phrase(
    'ending',
    '\\bswan ?-?song\\b|\\bcom(?:ing|es) to a close\\b|\\bclos(?:e|es|ing) out (?:the )?(?:series|show)\\b',
  ),
  phrase(
    'ending',
    `${SHOW}'?s? (?:\\S+ )?ending (?:is )?(?:confirmed|announced)\\b|\\b(?:announc|confirm)(?:es|ed|e|s) (?:(?:the |its )?(?:tv |${SHOW} ?)?(?:show|series)?'?s? ?|${SHOW} )end\\b(?! (?:date|credits))`,
  ),
  // ── revived (after a cancellation) ─────────────────────────────────────────
  phrase('revived', '\\breviv(?:e|ed|es|ing)\\b'),
  phrase('revived', '\\bun-?cancel(?:l?ed|s|l?ing|l?ation)?\\b'),
  // "how X went from canceled to Netflix hit"
  phrase('revived', '\\bfrom (?:being )?cancel(?:l?ed|lation) to\\b'),
  // "finds a savior", "saves X from cancellation", "reverses itself and renews", "renewed after all"
  phrase(
    'revived',
    '\\bfinds? (?:a |its )?savi(?:or|our)\\b|\\b(?:sav(?:es?|ed|ing)|rescu(?:es?|ed|ing)) (?:\\S+ ){0,4}?from (?:the )?(?:cancel\\w*|axe|chopping block)|\\b(?:rescues|saves|revives|picks up) (?:the )?(?:canceled|cancelled|axed|scrapped)\\b',
  ),
  phrase('revived', `\\bsaves ${PLACEHOLDER}`),
  // "A&E remembers Unforgettable, rescues it for a fourth season"
  phrase('revived', '\\brescu(?:es|ed) (?:it|them|the show|the series)\\b'),
  phrase(
    'revived',
    '\\brevers(?:es|ed|ing) (?:itself|course|(?:its |the )?decision)\\b|\\b(?:renew\\w*|picked up|saved|back) after all\\b',
  ),
  phrase(
    'revived',
    '\\brevival (?:series |season )?(?:is |has been )?(?:ordered|confirmed|happening|set|greenlit|official|a go)\\b|\\b(?:orders?|greenlights?|sets?|confirms?) (?:a )?(?:\\S+ )?revival\\b|\\breturns? for (?:a )?revival\\b',
  ),
  phrase(
    'revived',
    `\\b(?:revers(?:es|ed|ing)|walk(?:s|ed|ing)? back|rescind(?:s|ed|ing)?|overturn(?:s|ed|ing)?|undo(?:es|ing)?|undid) (?:the |its |${SHOW} )?cancell?ation\\b|\\bcancell?ation (?:is |has been |was )?(?:reversed|rescinded|overturned)\\b|\\bin (?:a )?reversal\\b`,
  ),
  phrase('revived', `\\b(?:rescued|saved) (?:by|from|at)\\b|\\b${NET} (?:saves|rescues)\\b`),
  // "'Manifest' Saved!": the word ends its clause.
  phrase('revived', '\\b(?:rescued|saved)\\s*$'),
  phrase('revived', `\\bpicked up by ${NET}`),
  // "Netflix brings back X", "resurrected", "makes a comeback", "comes to the rescue", "lives on"
  phrase(
    'revived',
    `\\bbr(?:ing|ings|inging|ought) back\\b(?! (?:the |his |her |their )?(?:character|actor|actress|star|cast|villain|fan-?favou?rite))`,
  ),
  phrase(
    'revived',
    '\\bresurrect(?:s|ed|ing)?\\b|\\bcome-?back\\b|\\bto the rescue\\b|\\blives on\\b|\\bback from the dead\\b',
  ),
  phrase('revived', '\\bsaved\\b'),
  phrase('revived', '\\bresurfaces?\\b|\\bis alive\\b|\\bindestructible\\b'),
  // "'Murphy Brown' revival ordered", "a X revival is coming", "Candice Bergen to star in CBS
  // 'Murphy Brown' revival", "Prison Break event series". A revival merely named ("the X
  // revival's problem", "in for the X revival", "X revival nears pilot order") is not news of one.
  phrase(
    'revived',
    `${SHOW} (?:\\S+ ){0,2}?revivals? (?:series )?(?:is |has been |was )?(?:(?:really|now) )?(?:coming|heading|heads|ordered|confirmed|happening|set|a go|greenlit|green-lit|picked up|ready|lands|gets (?:a )?(?:\\S+ )?(?:season|series) order)\\b|\\b(?:star(?:s|ring)?|return(?:s|ing)?|back) (?:in|for|to) (?:the |a |an )?(?:\\S+ )?${SHOW} (?:\\S+ )?revival\\b|\\b(?:host(?:s|ing)?|orders?|ordered|greenlights?|greenlit) (?:\\S+ ){0,4}?${SHOW} (?:\\S+ )?revival\\b|${SHOW} (?:\\S+ )?revival(?: series)?:? (?:\\S+ ){0,2}?(?:orders?|ordered|greenlights?|greenlit|confirms?|confirmed)\\b|${SHOW} (?:limited|event|revival) series\\b(?! (?:in development|pilot|(?:is |was |has been )?cancel))`,
  ),
  // "to host a revival of X", "X revival in the works", "Netflix to reboot X", "is getting a reboot"
  phrase(
    'revived',
    `\\brevival of ${SHOW}|${SHOW} (?:\\S+ )?revival (?:is |are )?in the works\\b|^revival of (?:\\S+ ){0,3}?${SHOW} in the works\\b`,
    { unless: /\b(?:hopes?|calls?|petition|campaign|push|wants?|talks?|rumou?rs?|pitch\w*)\b/ },
  ),
  phrase(
    'revived',
    `\\b(?:to |will )?reboot(?:s|ing)? (?:\\S+ ){0,4}?${SHOW}|\\b(?:is |are )?(?:getting|gets|got) (?:a |an )?(?:\\S+ )?reboot\\b`,
    { unless: /\b(?:hopes?|calls?|petition|campaign|wants?|talks?|rumou?rs?|pitch\w*|plans?)\b/ },
  ),
  // "CW picks up AMC drama '61st Street'": another network's show taken on.
  phrase('revived', `\\bpick(?:s|ed|ing)? up (?:the )?${NET} (?:\\S+ )?(?:drama|comedy|series|show|sitcom)\\b`),
  // "finds new life on Disney+", "NBC brings 'Heroes' back"
  phrase('revived', `\\bf(?:inds?|ound) (?:a )?new life\\b|\\bbr(?:ing|ings|inging|ought) ${SHOW} back\\b`),
  // "saving AMC drama '61st Street'", "decided to save it" (not a campaign or a plea to save it)
  phrase('revived', `\\bsav(?:ed|ing) (?:\\S+ ){1,3}?${SHOW}|\\bdecided to save (?:it|${SHOW})\\b`, {
    unless:
      /\b(?:petition|campaign|fans?|bid|effort|fight|hopes?|plea|urges?|help|could|can|try|tries|trying|didn'?t)\b/,
  }),
  phrase('revived', '\\bcancel\\w*,? then renew'),
  phrase(
    'revived',
    `\\brevival\\b(?: series| season)? (?:is |has been )?(?:really )?(?:happening|coming|a go|confirmed|ordered|official|set|greenlit|green-lit)\\b`,
  ),
  // "returning after 14 years", "returns to TV", "announces its return" (not "returns for season 3": a renewal)
  phrase(
    'revived',
    `\\breturn(?:s|ing)?\\b(?: \\S+){0,3}? after (?:${CARD}|a|an|over|more than|nearly|almost|\\d+) (?:\\S+ )?(?:years?|decades?)\\b|\\breturn(?:s|ing)? to (?:tv|television|(?:our |the )?(?:tv )?screens|the airwaves)\\b|\\b(?:announces|confirms) (?:its |a )?return\\b`,
  ),
  // "'24' to return to Fox", "Rugrats is returning to Nickelodeon": a network taking a show back,
  // with no season to return for (that is a renewal: "returns to BBC One for series 3").
  phrase('revived', `${SHOW} (?:is |will )?(?:to )?return(?:s|ing)? to ${NET}(?! (?:\\S+ )?for\\b)`),
  // "Still Game is back after nine years"
  phrase(
    'revived',
    `\\b(?:is |are )?back\\b(?: \\S+){0,3}? after (?:${CARD}|a|an|over|more than|nearly|almost|\\d+) (?:\\S+ )?(?:years?|decades?)\\b`,
  ),
  // A new series of an old show: "X reboot coming to Netflix", "orders new X series", "sequel series"
  phrase(
    'revived',
    `(?<!\\b(?:cancels|canceled|cancelled|axes|axed|scraps|drops|the|'s|s') )${SHOW} (?:\\S+ )?reboot\\b(?! (?:talks?|rumou?rs?|hopes?|news|update|plans?|odds|review|trailer|teaser|poster|season|(?:(?:has|have) been |is |was |just |gets? |got )*(?:cancel\\w*|renew\\w*|axed|dead|scrapped|dropped|ends?|ending)))|\\breboot (?:is |has been )?(?:coming|ordered|greenlit|green-lit|confirmed|happening|a go|set)\\b`,
  ),
  phrase(
    'revived',
    `\\b(?:orders?|greenlights?|green-lights?|confirms?|sets?) (?:a )?(?:new )?(?:${SHOW} )?(?:sequel|reboot) series\\b|\\border(?:s|ed)? (?:a )?new ${SHOW} series\\b`,
  ),
  phrase('revived', `\\bpick(?:s|ed)? up\\b[^,;]{0,40}? from ${NET}`),
  phrase(
    'revived',
    '\\bf(?:inds?|ound) (?:a )?new (?:\\S+ )?(?:home|network|streamer|outlet)\\b|\\bnew home at\\b|\\b(?:gets?|getting|got) (?:a )?(?:second|new) (?:life|lease (?:on|of) life)\\b|\\blives? on at\\b',
  ),
  // A show moving between networks: a new network takes it on for more episodes.
  // ("moves to Netflix" alone is as often a library deal: it stays weak, below.)
  phrase(
    'revived',
    `\\b(?:migrates?|migrating|jumps?|jumping|heads?|headed|heading) (?:from ${NET} )?(?:to|over to) ${NET}|\\b(?:moves?|moving|moved) from ${NET} to ${NET}`,
  ),
  // Weak: a network picking a show up or a show landing there is often a new series or a library deal.
  // It is a revival only next to a cancellation, a rescue or a new season.
  phrase(
    'revived',
    `\\b${NET} (?:networks? )?(?:picks up|snaps up|grabs|nabs)\\b|\\b(?:moves?|moving|moved|shifts?|lands?|landed|landing) (?:to|at|over to) ${NET}`,
    {
      needs: new RegExp(
        `\\bcancel|\\bscrapped\\b|\\baxed\\b|\\bsaved\\b|\\brescued\\b|\\bnew home\\b|\\bfor (?:a |an )?${SEASON_REF}|\\bafter ${NET}|\\bseason\\b|\\bofficial|\\bleaves\\b|\\bfrom ${NET}`,
      ),
    },
  ),
];

/**
 * Denials: masked before the phrases run, so "is not canceled" and "won't be the final season"
 * are no verdict. ("not renewed" is absent on purpose: it is a cancellation.)
 */
export const DENIALS: RegExp[] = [
  /(?:\b(?:not|never|no longer)|n't)\s+(?:(?:be|been|being|actually|officially|really|getting|going|to|yet|the|a|its|their|gonna|quite)\s+)*(?:cancel\w*|axed|over|ending|ended|end|scrapped|dropped|done|final|last|off[- ]air)\b/g,
  /\bcancel\w* (?:rumou?rs?|fears?|scares?|talk|hoax|speculation|reports?|threats?|worries|concerns|risk|watch)\b/g,
  /\b(?:rumou?red|rumou?rs? of|fake|false|bogus|premature) cancel\w*/g,
  // "the day the show was almost cancelled", "narrowly avoided cancellation"
  /\b(?:almost|nearly|narrowly|avoid(?:s|ed)?|escap(?:es|ed)|dodg(?:es|ed)|surviv(?:es|ed))\s+(?:(?:being|a|an|the)\s+)?cancel\w*/g,
  // "despite no renewal", "without a renewal": a renewal that did not happen (yet).
  /\b(?:no|without|lack of|absence of) (?:a |an )?(?:\S+ )?renewal\b/g,
  // "hasn't (secretly) been renewed": no decision yet, neither a renewal nor a cancellation.
  /\b(?:has|have)(?:n'?t| not) (?:\S+ ){0,2}?been renewed\b/g,
  /\b(?:den(?:y|ies|ied)|debunk(?:s|ed)?|dismiss(?:es|ed)?|shoots? down|shuts? down|refutes?|squash(?:es|ed)?|quash(?:es|ed)?) (?:\S+ ){0,3}?cancel\w*/g,
];

/** Other senses of the words, masked before the phrases run. */
export const OTHER_SENSES: RegExp[] = [
  /\bcancel culture\b/g,
  // "renewed for one more season before cancellation": the planned end, told below as an ending.
  /(?<=\bbefore (?:its |the |a )?)cancell?ation\b/g,
  // A night's broadcast dropped from the schedule: "EastEnders … cancelled tonight".
  /\bcancel\w* (?:tonight|today|this (?:week|weekend|evening)|for (?:tonight|the night|the week))\b/g,
  /\bcancel(?:l?ed)? (?:on|by) (?:twitter|x|social media|the internet)\b/g,
  // "uncanceled after fan campaign": the campaign is how it happened, not speculation.
  /\bafter (?:a |the )?(?:\S+ )?(?:campaign|petition|outcry|backlash|uproar)\b/g,
  // "renewed interest", "renewed calls for a revival": renew meaning "again", not a season order.
  /\brenewed (?:interest|calls?|push|hopes?|focus|scrutiny|attention|debate|criticism|demands?|fears|concerns|optimism|enthusiasm|support|pressure|efforts?|urgency|appeal|popularity|relevance|sense|vigou?r|energy|commitment|rivalry|feud|vows)\b/g,
];

/** Nouns that make "cancel" about something other than the show: tours, panels, premieres. */
export const CANCEL_OTHER_OBJECTS = new Set(
  `tour tours concert concerts panel panels premiere premieres screening screenings event events carpet taping tapings
  episode episodes rerun reruns appearance appearances convention con comic festival party signing tickets subscription
  subscriptions subscribers account membership plans interview interviews performance performances broadcast
  meeting trip flight wedding game match filming shoot photoshoot reunion podcast book deal deals contract upfront
  presentation promo press junket ceremony awards emmys campaign special specials screener screeners production
  movie film sequel stream streams`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Headline words of other news about a show (its episodes, promotion, people): an article's first
 * sentences don't decide a verdict for such a headline (article-facts.ts).
 */
export const OTHER_NEWS =
  /\b(?:reviews?|trailers?|teasers?|first look|featurettes?|premiere date|release date|recaps?|episodes?|how to watch|where to watch|interviews?|talks?|speaks?|discuss(?:es)?|explains?|star|stars|cast|exits?|exiting|quits|leaves|joins|preview|sneak peek|finale)\b/;

/** Nouns that make "renew" about something else: deals, contracts, interest. */
export const RENEW_OTHER_OBJECTS = new Set(
  `deal deals contract contracts partnership lease license licence pact agreement passport membership subscription
  subscriptions rights overall interest calls push hope hopes focus`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that make "to end" about something else: a strike, a feud, a partnership. */
export const ENDING_OTHER_OBJECTS = new Set(
  `strike strikes feud partnership deal contract hiatus drought streak wait relationship marriage romance career rivalry
  war`
    .split(/\s+/)
    .filter(Boolean),
);

/** A regex matching any of the given word patterns as whole words. */
function anyOf(patterns: string[]): RegExp {
  return new RegExp(`\\b(?:${patterns.join('|')})\\b`);
}

/**
 * Words that make a clause speculation rather than news. "may" is handled apart (it is also a month).
 */
const HEDGE_WORDS = {
  // Conditions and doubt: "could be canceled", "she'd return", "whether it will be renewed"
  conditional: [
    'could',
    'should',
    'might',
    'would(?! not| never)', // "would not return" is reported news, "would be renewed" is not
    "(?:i|you|he|she|we|they|it)'d",
    'if',
    'whether',
    'possibl[ey]',
    'probabl[ey]',
    'perhaps',
    'maybe',
    'potential(?:ly)?',
    '(?:un)?likely',
    'uncertain',
    'unclear',
    'unconfirmed',
    // "certain to be renewed", "expected to return": a forecast, not a decision
    'certain to',
    'expected to',
    'poised to',
    'on track to',
  ],
  // A decision not made yet: "not yet renewed", "awaits decision", "on the bubble", "in talks"
  pending: [
    'yet',
    'waiting',
    'awaits?',
    'awaiting',
    'undecided',
    'pending',
    'bubble',
    'limbo',
    'status',
    'update',
    'no word',
    'talks',
    'negotiat\\w*',
    'consider\\w*',
    'mulling',
    'weighing',
    'eyeing',
    'in the works',
    'shopp(?:ed|ing)',
  ],
  // Forecasts and rumours: "renewal odds", "cancellation fears", "creator teases season 3"
  forecast: [
    'rumou?r(?:s|ed)?',
    'speculat\\w*',
    'odds',
    'chances?',
    'predictions?',
    'predicts?',
    'jeopardy',
    'danger',
    'risk',
    'threat(?:ened)?',
    'fears?',
    'head(?:s|ed|ing)? (?:to|for|toward) (?:the )?(?:cancell?ation|the axe|the chopping block)',
    'worr(?:y|ied|ies)',
    'scare',
    'doubts?',
    'teases?',
  ],
  // Wishes and campaigns: "fans petition to save", "star hopes for season 3", "calls for a revival"
  wish: [
    'hopes?',
    'hoping',
    'hopeful',
    'wants?',
    'deserves?',
    'needs?',
    'wish(?:es)?',
    'petitions?',
    'campaign(?:s|ing)?',
    'urges?',
    'begs?',
    'pleads?',
    'plea',
    'lobby\\w*',
    'fight(?:s|ing)?',
    'battl(?:e|es|ing)',
    'rall(?:y|ies|ying)',
    'hunger strike',
    'protests?',
    // (but "to get a third season", "to get fifth and final season" are the news)
    'to get(?! (?:a |an )?(?:\\S+ ){0,2}(?:and (?:final|last) )?(?:season|seasons|series)\\b)',
    'tries',
    'trying',
    'attempts?',
    'pitch(?:es|ed)?',
    'open to',
    'would love',
    'calls? for',
  ],
  // Explainers that ask rather than tell: "everything we know", "will there be a season 3"
  explainer: [
    'everything we know',
    'what we know',
    'what to know',
    "here's what",
    'when will',
    'when does',
    'when is',
    'is there',
    'will there',
  ],
};
export const HEDGES = anyOf(Object.values(HEDGE_WORDS).flat());

/** "may" the verb, not the month ("canceled in May", "May 5"). */
export const MAY_VERB = /(?<!\b(?:in|since|until|of|this|last|next|early|late|mid|on|by) )\bmay\b(?! \d)/;

/** A question that asks rather than explains: "Is X canceled?", "Will X return". */
export const YES_NO_QUESTION_START =
  /^(?:so |but |and )?(?:is|are|was|were|will|would|has|have|had|does|did|do|could|can|should|might)\b/;
/** "Why was X canceled?" presupposes the cancellation: the verdict stands. */
export const EXPLAINING_QUESTION_START = /^(?:so |but |and )?(?:why|how come|how|what happened)\b/;

/**
 * A person reacting. With one of these, "X star" is not the subject of the verdict:
 * "X star reacts to Y's cancellation". ("on" is here for "X star on Y's cancellation".)
 */
export const REACTIONS = anyOf([
  'reacts?',
  'reacting',
  'reaction',
  'responds?',
  'responding',
  'response',
  'slams?',
  'blasts?',
  'mourns?',
  'rips',
  'critici[sz]es',
  'calls? out',
  'speaks? out',
  'weighs? in',
  'breaks? (?:his |her |their )?silence',
  'comments?',
  'pays? tribute',
  'hits? back',
  'lashes out',
  'laments?',
  'vents?',
  'sounds? off',
  'heartbroken',
  'devastated',
  'gutted',
  'upset',
  'shocked',
  'furious',
  'angry',
  'disappointed',
  'sad',
  'reflects?',
  'reflecting',
  'says? goodbye',
  'bids? farewell',
  'thanks',
  'hono(?:u)?rs',
  'remembers',
  'pens',
  'posts',
  'on',
]);

/** People a show's name can label: "X star", "X's creator", "X fans", "star of X". */
const PEOPLE =
  '(?:co-?)?(?:stars?|alums?|alumn(?:a|us|i)|actors?|actress(?:es)?|creators?|showrunners?|boss(?:es)?|eps?|executive producers?|producers?|writers?|directors?|cast(?:mates?)?|fans?|hosts?)';
export const PERSON_AFTER = new RegExp(`^(?:'s?)? ${PEOPLE}\\b`);
export const PERSON_BEFORE = new RegExp(`\\b${PEOPLE} of (?:the )?$`);

/** A person leaving is not the show ending: "X star exits ahead of final season". */
export const DEPARTURES =
  /\b(?:exit(?:s|ing)?|leav(?:es|ing)|depart\w*|quit(?:s|ting)?|steps? (?:down|away)|bows? out|walks? away)\b/;

/** Lists of many shows: a verdict there is not news about this one show. */
export const ROUNDUPS: RegExp[] = [
  // "All the shows canceled in 2024", "Every Netflix show canceled this year"
  /\b(?:all|every)(?: (?:the|of the|single))? (?:\S+ ){0,2}?(?:tv )?(?:shows?|dramas?|comedies|sitcoms|series)\b/,
  // "shows canceled in 2024", "canceled shows to binge"
  /\b(?:shows|dramas|comedies|sitcoms) (?:that )?(?:were |have been |got |getting |being )?(?:cancel\w*|renewed|axed|ending|revived)\b/,
  /\b(?:cancel(?:l?ed)?|renewed|axed|ending|revived) (?:tv )?(?:shows|dramas|comedies|sitcoms)\b/,
  // "TV cancellations 2024", "renewed or canceled?", "renewal scorecard"
  /(?<!\b(?:despite|after|following) (?:\S+ ){0,3})\b(?:cancellations|renewals)\b/,
  // "renew or cancel", "Renew/Cancel Week 27"
  /\b(?:renew\w*|cancel\w*) ?(?:(?:and|or|vs\.?|versus) |\/ ?)(?:renew\w*|cancel\w*)\b/,
  // ("Tracker" alone is a CBS show: a round-up's tracker says what it tracks.)
  /\b(?:scorecard|(?:tv|renewal|cancellation|status|show|series) tracker|round[- ]?up|rundown|bubble watch|status report|cheat sheet)\b/,
  // "10 shows canceled too soon", "these Netflix shows"
  // (Not "#1 … series": a rank, not a count.)
  /(?<!\bseason |#)\b(?!1 )\d+ (?:[\w()-]+ ){0,4}?(?:shows|series|dramas|comedies|sitcoms)\b/,
  /\b(?:these|several|many|other) (?:\w+ )?(?:shows|series|dramas|comedies)\b/,
];

/**
 * A past cancellation told as background ("after its cancellation", "canceled NBC drama"):
 * with a renewal in the same headline it means a revival.
 */
export const PAST_CONTEXT_BEFORE =
  /\b(?:after|following|despite|post|once|previously|formerly|since|over|behind|reasons? for)\s+(?:\S+\s+){0,4}$/;

/**
 * Verbs whose object follows them. A clause with one of these and an object that is not a title
 * ("Netflix cancels another drama") is about that object, not about the show named elsewhere.
 */
export const ACTIVE_VERDICT_VERB =
  /\b(?:cancels|canceled|cancelled|renews|axes|revives|rescues|saves|scraps|drops|orders|picks up|ends)\s+(\S+)/;

/**
 * Objects that name something besides the show in the headline ("cancels another drama",
 * "renews two others"). A bare genre noun ("cancels comedy after one season") points back to it.
 */
export const OTHER_OBJECT_START =
  /^(?:another|other|others|two|three|four|five|several|both|rival|sister|companion|fellow)\b/;
