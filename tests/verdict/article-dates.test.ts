import { describe, expect, it } from 'vitest';
import { findDates, resolveYear } from '../../utils/verdict/article-dates';

describe('findDates', () => {
  it('reads month-first, day-first, abbreviated, ordinal and ISO dates', () => {
    const text = 'On November 8, 2022 and 3 February 2023, then Nov. 9 and September 8th, and 2024-04-16.';
    expect(findDates(text).map(({ month, day, year }) => [month, day, year])).toEqual([
      [11, 8, 2022],
      [2, 3, 2023],
      [11, 9, null],
      [9, 8, null],
      [4, 16, 2024],
    ]);
  });

  it('does not read "may" the verb, "Season 2 May" or impossible days as dates', () => {
    expect(findDates('The show may 5 times. The Imperfects Season 2 May Happen. February 30, 2023.')).toEqual([]);
  });
});

describe('resolveYear', () => {
  it('takes the year of the same day written in full elsewhere', () => {
    const text = 'It was canceled on November 8. Deadline: canceled on November 8, 2022. Also January 1, 2021.';
    const dates = findDates(text);
    expect(resolveYear(dates[0]!, dates, text)).toBe(2022);
  });

  it('else takes the year of the nearest full date', () => {
    const text = 'Premiered on September 8. Canceled on November 8, 2022.';
    const dates = findDates(text);
    expect(resolveYear(dates[0]!, dates, text)).toBe(2022);
  });

  it('else takes the year the article mentions most, or null', () => {
    const text = 'One of the 2021 shows premiered on June 4. Another 2021 hit. A 2019 flop.';
    const dates = findDates(text);
    expect(resolveYear(dates[0]!, dates, text)).toBe(2021);
    expect(resolveYear(dates[0]!, dates, 'Premiered on June 4.')).toBeNull();
  });
});
