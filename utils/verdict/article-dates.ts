/**
 * Dates in article prose: "November 8, 2022", "Nov. 8", "8 November 2022", "September 8th",
 * "2022-11-08". A date without a year takes it from the article itself: the same day written
 * with its year elsewhere, else the nearest full date, else the year the article mentions most.
 */

export interface TextDate {
  index: number;
  end: number;
  month: number;
  day: number;
  /** As written; null when the text left it out. */
  year: number | null;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Capitalised month names only: "may" and "march" are also everyday words. */
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';

const US_DATE = new RegExp(`\\b${MONTH}\\s+${DAY}(?!\\d)${YEAR}\\b`, 'g');
const UK_DATE = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}${YEAR}\\b`, 'g');
const NUMBERED_THING_BEFORE = /\b(?:season|series|part|episode|chapter|volume|vol\.?|book)\s+$/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function findDates(text: string): TextDate[] {
  const dates: TextDate[] = [];
  for (const match of text.matchAll(US_DATE)) {
    pushDate(dates, match.index, match[0].length, match[1], match[2], match[3]);
  }
  for (const match of text.matchAll(UK_DATE)) {
    // "Season 2 May Happen" in a title-case heading is not the 2nd of May.
    if (NUMBERED_THING_BEFORE.test(text.slice(0, match.index))) continue;
    pushDate(dates, match.index, match[0].length, match[2], match[1], match[3]);
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const date = { index: match.index, end: match.index + match[0].length, year: Number(match[1]) };
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isValidDay(month, day)) dates.push({ ...date, month, day });
  }
  // The US and UK patterns can read the same span; keep the first, longest reading.
  dates.sort((a, b) => a.index - b.index || b.end - a.end);
  return dates.filter(
    (date, i) => !dates.slice(0, i).some((other) => date.index < other.end && other.index < date.end),
  );
}

function pushDate(
  dates: TextDate[],
  index: number,
  length: number,
  monthWord: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
): void {
  const month = MONTHS[(monthWord ?? '').replace('.', '').toLowerCase()];
  const day = Number(dayText);
  const year = yearText ? Number(yearText) : null;
  if (!month || !isValidDay(month, day) || (year !== null && (year < 1900 || year > 2100))) return;
  dates.push({ index, end: index + length, month, day, year });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The year for a date, from the date itself or the article around it; null when nothing says. */
export function resolveYear(date: TextDate, all: TextDate[], text: string): number | null {
  if (date.year !== null) return date.year;
  const sameDay = all.find((other) => other.year !== null && other.month === date.month && other.day === date.day);
  if (sameDay?.year) return sameDay.year;
  const nearest = all
    .filter((other) => other.year !== null)
    .sort((a, b) => Math.abs(a.index - date.index) - Math.abs(b.index - date.index))[0];
  if (nearest?.year) return nearest.year;
  return mostMentionedYear(text);
}

function mostMentionedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
