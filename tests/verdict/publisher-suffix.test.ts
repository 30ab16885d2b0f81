import { describe, expect, it } from 'vitest';
import { stripPublisherSuffix } from '../../utils/verdict/publisher-suffix';

describe('stripPublisherSuffix', () => {
  it.each([
    ["'The Bear' Renewed for Season 4 - Deadline", "'The Bear' Renewed for Season 4"],
    ["'The Bear' Renewed for Season 4 - The Hollywood Reporter", "'The Bear' Renewed for Season 4"],
    ["'The Bear' Renewed for Season 4 | TVLine", "'The Bear' Renewed for Season 4"],
    ["'The Bear' Renewed for Season 4 - ComicBook.com", "'The Bear' Renewed for Season 4"],
    ["'The Bear' Renewed for Season 4 - What's on Netflix", "'The Bear' Renewed for Season 4"],
    ["'The Bear' Renewed - TVLine - Google News", "'The Bear' Renewed"],
  ])('drops the outlet from %j', (headline, expected) => {
    expect(stripPublisherSuffix(headline, 'The Bear')).toBe(expected);
  });

  it.each([
    ["'The Bear' Canceled - No Season 5", 'The Bear'],
    ["'The Bear' Renewed - and fans are thrilled", 'The Bear'],
    ['Netflix Cancels Money Heist: Korea - Joint Economic Area', 'Money Heist: Korea - Joint Economic Area'],
    ['Season 2 Canceled - The Imperfects', 'The Imperfects'],
  ])('keeps a tail that is part of the headline or the show: %j', (headline, show) => {
    expect(stripPublisherSuffix(headline, show)).toBe(headline);
  });
});
