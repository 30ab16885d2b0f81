import { describe, expect, it } from 'vitest';
import { markTitles } from '../../utils/verdict/show-mentions';

/** markTitles works on matching text (lower case); the cased original lets capitals count. */
function mark(headline: string, show: string): string {
  return markTitles(headline.toLowerCase(), show, headline);
}

describe('markTitles', () => {
  it('marks a quoted title that is exactly the show', () => {
    expect(mark("'9-1-1' Renewed", '9-1-1')).toBe('⟨show⟩ renewed');
    expect(mark("'Imperfects' Canceled", 'The Imperfects')).toBe('⟨show⟩ canceled');
  });

  it('reads a quoted short form of a long title as the show, unless the full title is quoted too', () => {
    expect(mark("'Only Murders' Renewed For Season 5", 'Only Murders in the Building')).toBe(
      '⟨show⟩ renewed for season 5',
    );
    expect(mark("HBO Axes 'Newsroom,' 'Boardwalk,' 'Treme'", 'Boardwalk Empire')).toContain('⟨show⟩');
    // One word of a four-word title, or the franchise before a colon, is too little.
    expect(mark("'House' Canceled", 'House of the Dragon')).toBe('⟨title⟩ canceled');
    expect(mark("'Star Trek' Renewed", 'Star Trek: Prodigy')).toBe('⟨title⟩ renewed');
    expect(mark("'Only Murders' Star on 'Only Murders in the Building'", 'Only Murders in the Building')).toBe(
      '⟨title⟩ star on ⟨show⟩',
    );
  });

  it("keeps a title's final dot with it, not as a full stop", () => {
    expect(mark('NBC rescued Magnum P.I. from cancellation', 'Magnum P.I.')).toBe(
      'nbc rescued ⟨show⟩ from cancellation',
    );
  });

  it('marks a longer quoted title as another title', () => {
    expect(mark("'9-1-1: Lone Star' Canceled", '9-1-1')).toBe('⟨title⟩ canceled');
  });

  it('marks an unquoted title that the headline continues after', () => {
    expect(mark('The Bear Renewed for Season 4', 'The Bear')).toBe('⟨show⟩ renewed for season 4');
    expect(mark("Grey's Anatomy's star exits", "Grey's Anatomy")).toBe("⟨show⟩ 's star exits");
  });

  it('does not mark an unquoted title followed by more title words', () => {
    expect(mark('9-1-1 Lone Star Canceled', '9-1-1')).toBe('⟨title⟩ lone star canceled');
    expect(mark('Star Trek: Strange New Worlds Renewed', 'Star Trek')).toContain('⟨title⟩');
  });

  it('does not mark an unquoted title preceded by more title words', () => {
    expect(mark('The Sex Lives of College Girls Canceled', 'Girls')).not.toContain('⟨show⟩');
    expect(mark('Netflix cancels Girls', 'Girls')).toBe('netflix cancels ⟨show⟩');
  });

  it('does not mark a lower-case word in a mixed-case headline', () => {
    expect(mark('Why you should watch Severance', 'You')).not.toContain('⟨show⟩');
  });

  it('ignores unquoted mentions when the headline quotes its titles', () => {
    expect(mark("Netflix Cancels 'Kaos' on Wednesday", 'Wednesday')).toBe('netflix cancels ⟨title⟩ on wednesday');
  });
});
