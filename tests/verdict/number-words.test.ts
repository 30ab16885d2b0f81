import { describe, expect, it } from 'vitest';
import { parseCount } from '../../utils/verdict/number-words';

describe('parseCount', () => {
  it.each([
    ['2', 2],
    ['5th', 5],
    ['two', 2],
    ['second', 2],
    ['twelfth', 12],
    ['twenty-one', 21],
    ['twenty-first', 21],
    ['thirtieth', 30],
  ])('reads %j as %i', (word, value) => {
    expect(parseCount(word)).toBe(value);
  });

  it.each(['zero', '0', '1923', 'many', ''])('reads %j as no season', (word) => {
    expect(parseCount(word)).toBeNull();
  });
});
