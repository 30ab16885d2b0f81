import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createContextTimers } from '../../utils/content/context-timers';

describe('timers tied to the content-script context', () => {
  it('add one listener to the context however many timers run (WXT’s ctx.setTimeout adds one each)', async () => {
    const ctx = new ContentScriptContext('timers-test');
    const add = vi.spyOn(ctx.signal, 'addEventListener');
    const timers = createContextTimers(ctx);
    const fired = vi.fn();
    for (let n = 0; n < 50; n += 1) timers.set(fired, 0);
    const cleared = timers.set(fired, 0);
    timers.clear(cleared);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toHaveBeenCalledTimes(50);
    expect(add).toHaveBeenCalledTimes(1);
    ctx.notifyInvalidated();
  });

  it('never fire after the context is invalidated', async () => {
    const ctx = new ContentScriptContext('timers-test-2');
    const timers = createContextTimers(ctx);
    const fired = vi.fn();
    timers.set(fired, 10);
    ctx.notifyInvalidated();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fired).not.toHaveBeenCalled();
  });
});
