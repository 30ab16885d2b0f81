/** The rules explain themselves: the words that decided a verdict, and whose they were. */
import { describe, expect, it } from 'vitest';
import { classifyHeadlineWithReason, readHeadline } from '../../utils/verdict/classify-headline';

describe('the words that decided', () => {
  it('gives the show the phrase of its own clause, and names the other clause’s phrase too', () => {
    const reading = readHeadline('Netflix cancels The Order, renews Space Force for a second season', 'Space Force');
    expect(reading.rules).toEqual({ verdict: 'renewed', season: 2 });
    expect(reading.aboutShow).toEqual([{ verdict: 'renewed', words: 'renews', past: false, season: 2 }]);
    expect(reading.phrases.map((phrase) => `${phrase.verdict}:${phrase.words}`)).toEqual([
      'canceled:cancels',
      'renewed:renews',
    ]);
  });

  it('marks a cancellation told as background, which a rescue then outranks', () => {
    const reading = readHeadline('AMC Networks Picks Up ‘Snowpiercer’ After TNT Dropped The Series', 'Snowpiercer');
    expect(reading.rules.verdict).toBe('revived');
    expect(reading.aboutShow).toContainEqual(
      expect.objectContaining({ verdict: 'revived', words: 'amc networks picks up' }),
    );
  });

  it('finds nothing to explain in a headline about something else', () => {
    const reading = readHeadline('Comic-Con panels for Gen V, Wheel of Time, and more cancelled', 'The Wheel of Time');
    expect(reading.rules.verdict).toBe('none');
    expect(reading.aboutShow).toEqual([]);
  });
});

describe('classifyHeadlineWithReason', () => {
  it('gives the words of the deciding phrase, the show by its name', () => {
    expect(classifyHeadlineWithReason('HBO Pulls the Plug on The Nevers', 'The Nevers')).toEqual({
      verdict: 'canceled',
      season: null,
      decidedBy: 'pulls the plug',
    });
    expect(classifyHeadlineWithReason('Hulu saves The Mindy Project', 'The Mindy Project').decidedBy).toBe(
      'saves The Mindy Project',
    );
  });

  it('gives the renewal’s words for a revival read from a renewal after a cancellation', () => {
    const read = classifyHeadlineWithReason('NBC renews Timeless after its cancellation', 'Timeless');
    expect(read.verdict).toBe('revived');
    expect(read.decidedBy).toBe('renews');
  });

  it('gives no words when there is no verdict', () => {
    expect(classifyHeadlineWithReason('Timeless season 2 trailer', 'Timeless')).toEqual({
      verdict: 'none',
      season: null,
      decidedBy: null,
    });
  });
});
