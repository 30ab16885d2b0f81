/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import { loadShowPageStarter, publishShowPageStarter } from '../../utils/content/show-page-script';

describe('the hand-over to the show-page script', () => {
  it('hands back the starter the loaded script published', async () => {
    const start = vi.fn();
    const starter = await loadShowPageStarter(async () => publishShowPageStarter(start));
    expect(starter).toBe(start);
  });

  it('fails clearly when the load fails or publishes nothing', async () => {
    await expect(loadShowPageStarter(() => Promise.reject(new Error('blocked')))).rejects.toThrow('blocked');
    publishShowPageStarter(undefined as never);
    await expect(loadShowPageStarter(async () => undefined)).rejects.toThrow('did not load');
  });
});
