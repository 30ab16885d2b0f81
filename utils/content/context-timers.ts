import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Timers that die with the content script, without a listener per timer. WXT's `ctx.setTimeout`
 * adds an "abort" listener to the context's signal for every timer and never removes it, so a
 * single-page app that changes show 200 times left ~600 listeners behind (the soak test measured
 * it). Here one listener clears whatever is still pending.
 */
export interface ContextTimers {
  set(handler: () => void, ms: number): number;
  clear(id: number | undefined): void;
}

export function createContextTimers(ctx: ContentScriptContext): ContextTimers {
  const pending = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of pending) clearTimeout(id);
    pending.clear();
  });
  return {
    set(handler, ms) {
      const id = window.setTimeout(() => {
        pending.delete(id);
        if (ctx.isValid) handler();
      }, ms);
      pending.add(id);
      return id;
    },
    clear(id) {
      if (id === undefined) return;
      clearTimeout(id);
      pending.delete(id);
    },
  };
}
