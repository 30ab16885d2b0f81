/**
 * Asks the background, again if need be, until it answers. MV3 stops the service worker whenever it
 * likes: a message in flight then never answers, or fails with "message port closed" / "receiving
 * end does not exist". Asking again starts a new worker, which finds what the lookup needs in
 * storage and completes it; while the first worker still lives, asking again just joins its lookup
 * (one lookup per report in flight), so re-asking is cheap.
 */

export interface AskOptions {
  /** Ask again when no answer came after `reaskAfterMs × asks so far`. */
  reaskAfterMs?: number;
  maxAsks?: number;
  /** The pause before asking again after the worker went away. */
  restartDelayMs?: number;
  /** Stops asking (the page moved on); the promise then never settles. */
  signal?: AbortSignal;
}

/** A lookup takes a second or two; no answer after this long means the worker may have been stopped. */
export const REASK_AFTER_MS = 5_000;
export const MAX_ASKS = 4;
const RESTART_DELAY_MS = 300;

/** The errors a message gets when the worker it was sent to stopped or isn't running yet. */
export function workerWentAway(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist|message port closed|message channel closed/i.test(message);
}

/** The first answer of `ask()`, asked up to `maxAsks` times; rejects with the last error otherwise. */
export function askThroughRestarts<T>(ask: () => Promise<T>, options: AskOptions = {}): Promise<T> {
  const reaskAfterMs = options.reaskAfterMs ?? REASK_AFTER_MS;
  const maxAsks = options.maxAsks ?? MAX_ASKS;
  const restartDelayMs = options.restartDelayMs ?? RESTART_DELAY_MS;
  const { signal } = options;

  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let asks = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      settled = true;
      clearTimeout(timer);
    };
    signal?.addEventListener('abort', stop, { once: true });
    const finish = (settle: () => void) => {
      if (settled) return;
      stop();
      signal?.removeEventListener('abort', stop);
      settle();
    };
    const askNow = () => {
      if (settled) return;
      asks += 1;
      clearTimeout(timer);
      if (asks < maxAsks) timer = setTimeout(askNow, reaskAfterMs * asks);
      ask().then(
        (answer) => finish(() => resolve(answer)),
        (error: unknown) => {
          if (settled) return;
          if (asks < maxAsks && workerWentAway(error)) {
            clearTimeout(timer);
            timer = setTimeout(askNow, restartDelayMs);
            return;
          }
          finish(() => reject(error));
        },
      );
    };
    askNow();
  });
}
