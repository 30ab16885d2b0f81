import { describe, expect, it } from 'vitest';
import { classifyHeadline, classifyHeadlineWithReason, markHeadline } from '../../utils/verdict/classify-headline';
import { withStandInSubject } from '../../utils/verdict/stand-in-subject';

const standIn = (headline: string) => withStandInSubject(markHeadline(headline, 'Glass Harbor'));

describe('withStandInSubject: a description standing for an unnamed show', () => {
  it('finds the description with its modifiers and determiner', () => {
    expect(standIn('Paramount+ Cancels Series After Just Two Seasons')).toEqual({
      marked: 'paramount+ cancels ⟨show⟩ after just two seasons',
      description: 'series',
    });
    expect(standIn('Fan-Favorite Netflix Show Just Canceled After 2 Seasons')?.description).toBe(
      'fan-favorite netflix show',
    );
    expect(standIn('HBO Surprisingly Cancels Horror Series After Just 1 Season')?.description).toBe('horror series');
    expect(standIn('A chart-topping Netflix series has been canceled')?.description).toBe(
      'a chart-topping netflix series',
    );
  });

  it('takes a counted few as news about each of them', () => {
    expect(standIn('Showtime Cancels Two Fan-Favorite Series Before New Seasons')?.description).toBe(
      'two fan-favorite series',
    );
  });

  it('finds nothing when another title is named, or the noun is not the show', () => {
    expect(standIn("Netflix Cancels 'Kaos' and Another Drama")).toBeNull();
    expect(standIn('Canceled shows heading for the movies')).toBeNull(); // a plural without a count
    expect(standIn('These series deserve another season')).toBeNull();
    expect(standIn('Star of hit drama will not return for series three')).toBeNull(); // "star of", "series three"
    expect(standIn('The series finale explained')).toBeNull();
    expect(standIn('Conan who? Comedy renews big two')).toBeNull(); // a channel acting, not a show
  });
});

describe('classifyHeadline with a described show', () => {
  it('gives the verdict said of the description to the searched show', () => {
    expect(classifyHeadline('Paramount+ Cancels Series After Just Two Seasons', 'Joe Pickett').verdict).toBe(
      'canceled',
    );
    expect(classifyHeadline('NBC just rescued fan-favorite CBS show from cancellation', 'Magnum P.I.').verdict).toBe(
      'revived',
    );
    expect(classifyHeadline('Peacock’s most-watched original series just got renewed', 'Ted').verdict).toBe('renewed');
  });

  it('keeps round-ups, speculation and other shows out', () => {
    for (const headline of [
      '31 TV shows that Netflix canceled after just one season',
      'We regret to inform you, your favourite show has probably just been cancelled.',
      'BBC renewed drama round up',
      "Netflix Cancels 'Kaos' After One Season",
    ]) {
      expect(classifyHeadline(headline, 'Glass Harbor').verdict, headline).toBe('none');
    }
  });

  it('explains the verdict with the description, not a name the headline never used', () => {
    expect(
      classifyHeadlineWithReason('NBC just rescued fan-favorite CBS show from cancellation', 'Magnum P.I.'),
    ).toEqual({
      verdict: 'revived',
      season: null,
      decidedBy: 'rescued fan-favorite cbs show from cancellation',
    });
  });
});
