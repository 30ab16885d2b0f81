import { describe, expect, it } from 'vitest';
import { classifyHeadline, markHeadline } from '../../utils/verdict/classify-headline';
import type { HeadlineVerdict } from '../../utils/verdict/types';
import { describeOutcome, evaluate, perClassRows, percent } from './headline-evaluation';
import { HEADLINE_SET, type TrapKind } from './headline-set';

type Case = [headline: string, show: string, verdict: HeadlineVerdict, season: number | null];

function expectCases(cases: Case[]) {
  for (const [headline, show, verdict, season] of cases) {
    expect(classifyHeadline(headline, show), `${headline} [${show}]`).toEqual({ verdict, season });
  }
}

describe('classifyHeadline: verdict phrasings', () => {
  it('reads cancellations in their many phrasings and both spellings', () => {
    expectCases([
      ["Netflix Cancels 'Kaos' After One Season", 'Kaos', 'canceled', null],
      ["'Pachinko' Cancelled at Apple TV+", 'Pachinko', 'canceled', null],
      ["Hulu Axes 'The Great' After Three Seasons", 'The Great', 'canceled', null],
      ["ABC Pulls the Plug on 'The Company You Keep'", 'The Company You Keep', 'canceled', null],
      ["'Quantum Leap' Won't Return for Season 3", 'Quantum Leap', 'canceled', 3],
      ["'Avenue 5' Will Not Return for Season 3", 'Avenue 5', 'canceled', 3],
      ["'Shadow and Bone' Won't Be Back for a Third Season", 'Shadow and Bone', 'canceled', 3],
      ["'Warrior Nun' Canceled: No Season 3", 'Warrior Nun', 'canceled', 3],
      ["'Mrs. Davis' Not Renewed for Season 2", 'Mrs. Davis', 'canceled', 2],
      ["Prime Video Scraps 'The Peripheral' Season 2", 'The Peripheral', 'canceled', 2],
      ["'Velma' Dropped by Max", 'Velma', 'canceled', null],
      ["'Glamorous' Ends After One Season at Netflix", 'Glamorous', 'canceled', null],
    ]);
  });

  it('reads renewals, including seasons written as words and ordinals', () => {
    expectCases([
      ["'The Bear' Renewed for Season 4 at FX", 'The Bear', 'renewed', 4],
      ["Netflix Renews 'Wednesday' for a Second Season", 'Wednesday', 'renewed', 2],
      ["'Shrinking' Picked Up for Season Three", 'Shrinking', 'renewed', 3],
      ["'Tulsa King' Gets Season 3", 'Tulsa King', 'renewed', 3],
      ["'The Gilded Age' Gets Season 3 Order", 'The Gilded Age', 'renewed', 3],
      ["'Reacher' Gets Early Renewal at Prime Video", 'Reacher', 'renewed', null],
      ["'Fire Country' Will Be Back for Season 3", 'Fire Country', 'renewed', 3],
      ["'Grey's Anatomy' Renewed for a Twenty-First Season", "Grey's Anatomy", 'renewed', 21],
    ]);
  });

  it('reads a planned end as ending, even when it comes as a renewal', () => {
    expectCases([
      ["'Stranger Things' Renewed for Fifth and Final Season", 'Stranger Things', 'ending', 5],
      ["'Blue Bloods' To End With Season 14", 'Blue Bloods', 'ending', 14],
      ["'The Crown' Season 6 Will Be Its Last", 'The Crown', 'ending', 6],
      ["'Succession' Will End With Season 4", 'Succession', 'ending', 4],
      ["'Young Sheldon' to End After Seven Seasons", 'Young Sheldon', 'ending', 7],
      ["'Better Call Saul' Final Season Premiere Date Set", 'Better Call Saul', 'ending', null],
    ]);
  });

  it('reads a pick-up after a cancellation as revived', () => {
    expectCases([
      ["'Lucifer' Saved by Netflix After Fox Cancellation", 'Lucifer', 'revived', null],
      ["'Timeless' Uncanceled at NBC", 'Timeless', 'revived', null],
      ["'Designated Survivor' Picked Up by Netflix for Season 3", 'Designated Survivor', 'revived', 3],
      ["'The Expanse' Moves to Amazon for Season 4", 'The Expanse', 'revived', 4],
      ["'Manifest' Lands at Netflix After NBC Cancellation", 'Manifest', 'revived', null],
      ["Netflix Renews 'Manifest' for Fourth Season After NBC Cancellation", 'Manifest', 'revived', 4],
    ]);
  });

  it('does not read a move without a cancellation or a new season as a revival', () => {
    expectCases([["'Suits' Moves to Netflix", 'Suits', 'none', null]]);
  });
});

describe('classifyHeadline: the season', () => {
  it('gives null for a cancellation "after N seasons": N were made, the headline names none not coming', () => {
    expectCases([["HBO Cancels 'Winning Time' After Two Seasons", 'Winning Time', 'canceled', null]]);
  });

  it('gives N for an ending "after N seasons": N is the final season', () => {
    expectCases([["'The Good Doctor' Is Ending After Seven Seasons", 'The Good Doctor', 'ending', 7]]);
  });

  it('skips a season named as an event ("ahead of season 2 premiere")', () => {
    expectCases([
      ["'The Boys' Renewed for Season 5 Ahead of Season 4 Premiere", 'The Boys', 'renewed', 5],
      ["'Star Trek: Prodigy' Axed Ahead of Season 2 Premiere", 'Star Trek: Prodigy', 'canceled', null],
    ]);
  });

  it('reads British "series" as a season', () => {
    expectCases([["'Blue Lights' returning for a third series on BBC One", 'Blue Lights', 'renewed', 3]]);
  });
});

describe('classifyHeadline: text forms', () => {
  it('handles typographic quotes and apostrophes', () => {
    expectCases([
      ['“The Imperfects” Has Been Canceled by Netflix and Won’t Be Back for Season 2', 'The Imperfects', 'canceled', 2],
      ['Netflix Cancels ‘Jupiter’s Legacy’ After One Season', "Jupiter's Legacy", 'canceled', null],
    ]);
  });

  it('ignores letter case', () => {
    expectCases([
      ["'THE BEAR' RENEWED FOR SEASON 4", 'The Bear', 'renewed', 4],
      ['the bear renewed for season 4', 'The Bear', 'renewed', 4],
    ]);
  });

  it('normalises unicode (NFKC) and folds diacritics', () => {
    expectCases([
      ["'Shōgun' Renewed for Season 2", 'Shogun', 'renewed', 2],
      ["'Shogun' Renewed for Season 2", 'Shōgun', 'renewed', 2],
      ["'The Bear'\u00a0Renewed for Season\u00a04", 'The Bear', 'renewed', 4],
      ["'Ｔｈｅ Ｂｅａｒ' Renewed for Season ４", 'The Bear', 'renewed', 4],
    ]);
  });

  it('drops a trailing " - Publisher" or " | Publisher"', () => {
    expectCases([
      ["'The Bear' Renewed for Season 4 at FX - Deadline", 'The Bear', 'renewed', 4],
      ["'The Bear' Renewed for Season 4 | TVLine", 'The Bear', 'renewed', 4],
      ["'The Bear' Renewed for Season 4 - What's on Netflix", 'The Bear', 'renewed', 4],
    ]);
  });

  it('keeps a " - " that belongs to the show name', () => {
    expectCases([
      [
        'Netflix Cancels Money Heist: Korea - Joint Economic Area',
        'Money Heist: Korea - Joint Economic Area',
        'canceled',
        null,
      ],
      [
        'Netflix Cancels Money Heist: Korea - Joint Economic Area - Deadline',
        'Money Heist: Korea - Joint Economic Area',
        'canceled',
        null,
      ],
    ]);
  });

  it('matches titles with punctuation', () => {
    expectCases([
      ['Star Trek: Strange New Worlds Renewed for Season 4', 'Star Trek: Strange New Worlds', 'renewed', 4],
      ["'Grey's Anatomy' Renewed for Season 21", "Grey's Anatomy", 'renewed', 21],
      ['Greys Anatomy renewed for season 21', "Grey's Anatomy", 'renewed', 21],
      ["'9-1-1' Renewed for Season 9 at ABC", '9-1-1', 'renewed', 9],
      ["Netflix Axes 'Lockwood & Co.' After One Season", 'Lockwood and Co.', 'canceled', null],
      ["'Magnum P.I.' Saved by NBC", 'Magnum P.I.', 'revived', null],
    ]);
  });
});

describe('classifyHeadline: whose verdict it is', () => {
  it('needs the whole title, not a longer one that contains it', () => {
    expectCases([
      ["'9-1-1: Lone Star' Canceled at Fox", '9-1-1', 'none', null],
      ['9-1-1: Lone Star canceled after five seasons', '9-1-1', 'none', null],
      ['9-1-1 Lone Star canceled after five seasons', '9-1-1', 'none', null],
      ["'The Boys Presents: Diabolical' Renewed", 'The Boys', 'none', null],
      ['Tales of the Walking Dead Canceled After One Season', 'The Walking Dead', 'none', null],
    ]);
  });

  it('does not give a spin-off, remake or film verdict to the show', () => {
    expectCases([
      ["'The Boys' Spinoff 'Gen V' Renewed for Season 2", 'The Boys', 'none', null],
      ['Snowpiercer Movie Sequel Scrapped', 'Snowpiercer', 'none', null],
      // A reboot still in development, scrapped: the old show's fate is untouched.
      ["'House' Reboot Scrapped at Fox", 'House', 'none', null],
    ]);
  });

  it("reads a show's reboot as the show, as outlets and TVmaze list it", () => {
    expectCases([
      // Real headlines (tests/verdict/real): a rebooted show keeps its name.
      ["'Dexter' Reboot Coming To Showtime, Michael C. Hall Returning", 'Dexter', 'revived', null],
      ['Gossip Girl reboot just canceled at HBO Max after two seasons', 'Gossip Girl', 'canceled', null],
      ["Netflix's Unsolved Mysteries reboot sucked me in from the first minute", 'Unsolved Mysteries', 'none', null],
    ]);
  });

  it('gives each show in a multi-show headline its own verdict', () => {
    const headline = "'Grey's Anatomy' Renewed for Season 21, 'Station 19' Canceled at ABC";
    expect(classifyHeadline(headline, "Grey's Anatomy")).toEqual({ verdict: 'renewed', season: 21 });
    expect(classifyHeadline(headline, 'Station 19')).toEqual({ verdict: 'canceled', season: null });
  });

  it('shares a verdict across a list of titles', () => {
    const headline = "ABC Renews 'Abbott Elementary', 'Will Trent'; Cancels 'The Company You Keep'";
    expect(classifyHeadline(headline, 'Will Trent').verdict).toBe('renewed');
    expect(classifyHeadline(headline, 'The Company You Keep').verdict).toBe('canceled');
  });

  it('treats an unquoted common word as a word when the outlet quotes titles', () => {
    expectCases([["Netflix Cancels 'Kaos' on Wednesday", 'Wednesday', 'none', null]]);
  });

  it('cannot be fooled by the marker characters it uses internally', () => {
    expect(markHeadline('⟨show⟩ canceled at Netflix', 'Glass Harbor')).toBe('show canceled at netflix');
    expectCases([['⟨title⟩ canceled at Netflix', 'Glass Harbor', 'none', null]]);
  });

  it('returns none when the show is not named', () => {
    expectCases([["Netflix Cancels 'Kaos' After One Season", 'The Imperfects', 'none', null]]);
  });
});

describe('classifyHeadline: traps', () => {
  it('does not take speculation as news', () => {
    expectCases([
      ["Will 'The Imperfects' Return for Season 2?", 'The Imperfects', 'none', null],
      ["Is 'Virgin River' Canceled?", 'Virgin River', 'none', null],
      ["'Wednesday' Season 3: Release Date and Everything We Know", 'Wednesday', 'none', null],
      ["Could 'Severance' Be Canceled After Season 3?", 'Severance', 'none', null],
    ]);
  });

  it('keeps the verdict of a question that explains it', () => {
    expectCases([["Why Was 'Warrior Nun' Canceled? Netflix Explains", 'Warrior Nun', 'canceled', null]]);
  });

  it('takes denials as no verdict', () => {
    expectCases([
      ["'Virgin River' Is Not Canceled", 'Virgin River', 'none', null],
      ['The Imperfects isn’t cancelled', 'The Imperfects', 'none', null],
      ["'Bridgerton' Season 4 Won't Be the Final Season", 'Bridgerton', 'none', null],
    ]);
  });

  it("does not give a star's show the fate of the show they react to", () => {
    expectCases([["'The Boys' Star Reacts to 'Supernatural' Cancellation", 'The Boys', 'none', null]]);
  });

  it('ignores round-ups of many shows', () => {
    expectCases([
      ["All the Shows Canceled in 2024: 'Kaos' and More", 'Kaos', 'none', null],
      ["Every Netflix Show Canceled This Year, Including 'Kaos'", 'Kaos', 'none', null],
    ]);
  });

  it('ignores other senses of the words', () => {
    expectCases([
      ["Cancel Culture Comes for 'Friends'", 'Friends', 'none', null],
      ["'Stranger Things' Live Tour Canceled", 'Stranger Things', 'none', null],
      ["'Ted Lasso' Comic-Con Panel Canceled", 'Ted Lasso', 'none', null],
      ["'House of the Dragon' Premiere Event Canceled", 'House of the Dragon', 'none', null],
      ["Netflix Subscribers Cancel After 'Squid Game' Price Hike", 'Squid Game', 'none', null],
      ["'Friends' Reunion Sparks Renewed Interest", 'Friends', 'none', null],
      ["'Firefly' Anniversary Brings Renewed Calls for a Revival", 'Firefly', 'none', null],
      ["'House of the Dragon' Season 2 Won't Return Until Summer 2024", 'House of the Dragon', 'none', null],
    ]);
  });
});

describe('classifyHeadline: evaluation on the labeled set', () => {
  const evaluation = evaluate(HEADLINE_SET, classifyHeadline);

  it('has enough headlines of every kind', () => {
    const count = (verdict: HeadlineVerdict) => HEADLINE_SET.filter((item) => item.verdict === verdict).length;
    expect(HEADLINE_SET.length).toBeGreaterThanOrEqual(200);
    expect(count('canceled')).toBeGreaterThanOrEqual(40);
    expect(count('renewed')).toBeGreaterThanOrEqual(40);
    expect(count('ending')).toBeGreaterThanOrEqual(20);
    expect(count('revived')).toBeGreaterThanOrEqual(15);
    expect(count('none')).toBeGreaterThanOrEqual(70);
    const traps: TrapKind[] = [
      'speculation',
      'denial',
      'reaction',
      'round-up',
      'other-sense',
      'longer-title',
      'spin-off-or-remake',
      'same-name-film',
      'unrelated',
    ];
    for (const trap of traps)
      expect(
        HEADLINE_SET.some((item) => item.trap === trap),
        trap,
      ).toBe(true);
  });

  it('classifies at least 95% of the headlines right, and prints accuracy per class', () => {
    console.table(perClassRows(evaluation));
    if (evaluation.misses.length > 0) console.info(`Misses:\n${evaluation.misses.map(describeOutcome).join('\n')}`);
    expect(evaluation.accuracy, percent(evaluation.accuracy)).toBeGreaterThanOrEqual(0.95);
  });

  it('never says canceled for a headline that is not a cancellation', () => {
    expect(evaluation.falseCanceled.map(describeOutcome)).toEqual([]);
  });

  it('reads the season right for at least 95% of the headlines', () => {
    console.info(`Season accuracy: ${percent(evaluation.seasonAccuracy)}`);
    expect(evaluation.seasonAccuracy, percent(evaluation.seasonAccuracy)).toBeGreaterThanOrEqual(0.95);
  });
});
