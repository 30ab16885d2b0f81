import { CARDINAL_SOURCE, ORDINAL_SOURCE, parseCount } from './number-words';
import { SHOW } from './show-mentions';

/**
 * Season numbers in a clause, and which one a verdict is about.
 *
 * "renewed for season 3", "a second season", "fifth and final season", "S2", "Stranger Things 5"
 * all name a season. Two kinds name seasons already made instead, and only an ending reads them:
 * "ends after seven seasons" (7 is the final season), "canceled after two seasons" (2 were made;
 * the headline does not say a third was planned, so a cancellation gets null, not 3).
 */

export type SeasonKind = 'season' | 'after-seasons';

export interface SeasonMention {
  value: number;
  kind: SeasonKind;
  start: number;
  end: number;
}

interface SeasonPattern {
  kind: SeasonKind;
  pattern: RegExp;
}

const SEASON_PATTERNS: SeasonPattern[] = [
  // "after two seasons", "after season 1", "after its first season"
  {
    kind: 'after-seasons',
    pattern: new RegExp(
      `\\bafter (?:(?:just|only) )?(?:(${CARDINAL_SOURCE}) (?:season|series)s?|(?:season|series)s? (${CARDINAL_SOURCE})|(?:its|a) (${ORDINAL_SOURCE}) (?:season|series))\\b`,
      'g',
    ),
  },
  // "season 3", "seasons 3 and 4", "season two", British "series 3"
  { kind: 'season', pattern: new RegExp(`\\b(?:season|series)s? (${CARDINAL_SOURCE})\\b`, 'g') },
  // "second season", "5th season", "fifth and final season", "a third series"
  {
    kind: 'season',
    pattern: new RegExp(`\\b(${ORDINAL_SOURCE})(?: and (?:final|last))? (?:season|series)\\b`, 'g'),
  },
  // "S2" in a tight headline
  { kind: 'season', pattern: /\bs(\d{1,2})\b/g },
  // "Stranger Things 5": a number straight after the title
  { kind: 'season', pattern: new RegExp(`${SHOW} (\\d{1,2})\\b`, 'g') },
];

/**
 * A season followed by these words is a reference to an event, not the season decided:
 * "renewed for season 3 ahead of season 2 premiere".
 */
const EVENT_AFTER =
  /^(?:'s )?(?:premieres?|finales?|debut|trailers?|teasers?|release|date|episodes?|cast|casting|reviews?|recaps?|ratings|viewership|posters?|photos|images|first|footage|clips?|production|filming|streaming|launch|spoilers|preview|part|soundtrack)\b/;
/** ... and so is one placed in time: "ahead of season 2", "before season 4". */
const TIME_BEFORE = /\b(?:ahead of|before|during|amid|since|until|following|post)\s*$/;

export function findSeasonMentions(text: string): SeasonMention[] {
  const mentions: SeasonMention[] = [];
  for (const { kind, pattern } of SEASON_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const word = match.slice(1).find((group) => group !== undefined);
      const value = word === undefined ? null : parseCount(word);
      if (value === null) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (EVENT_AFTER.test(text.slice(end).trimStart()) || TIME_BEFORE.test(text.slice(0, start))) continue;
      mentions.push({ value, kind, start, end });
    }
  }
  // "after season 1" also reads as "season 1": keep the longer, more telling reading.
  return mentions
    .filter(
      (m) =>
        !mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * The season a verdict found at `start` is about: the first mention reaching past the verdict's
 * start ("renewed for season 3", "fifth and final season"), else the nearest before it
 * ("season 5 will be its last").
 */
export function seasonNear(mentions: SeasonMention[], start: number, allowAfterSeasons: boolean): number | null {
  const usable = mentions.filter((m) => m.kind === 'season' || allowAfterSeasons);
  const after = usable.find((m) => m.end > start);
  if (after) return after.value;
  const before = usable.filter((m) => m.start < start).at(-1);
  return before?.value ?? null;
}
