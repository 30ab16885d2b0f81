/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { isPageStateQuestion } from '../../utils/content/answer-page-state';

describe("the small content script's answer to the popup", () => {
  it("recognizes the messaging library's getPageState request and nothing else", () => {
    expect(isPageStateQuestion({ id: 12, type: 'getPageState', data: undefined, timestamp: Date.now() })).toBe(true);
    expect(isPageStateQuestion({ type: 'getPageState' })).toBe(false);
    expect(isPageStateQuestion({ type: 'getShowReport', timestamp: 1 })).toBe(false);
    expect(isPageStateQuestion('getPageState')).toBe(false);
    expect(isPageStateQuestion(null)).toBe(false);
  });
});
