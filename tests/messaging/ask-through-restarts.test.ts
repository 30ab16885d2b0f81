import { describe, expect, it, vi } from 'vitest';
import { askThroughRestarts, workerWentAway } from '../../utils/messaging/ask-through-restarts';

const never = () => new Promise<string>(() => {});
const options = { reaskAfterMs: 20, restartDelayMs: 5, maxAsks: 4 };

describe('asking the background through worker restarts', () => {
  it('asks again when the worker went away, and takes the new worker’s answer', async () => {
    const ask = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce('report');
    expect(await askThroughRestarts(ask, options)).toBe('report');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks again when a message is never answered (the worker stopped silently)', async () => {
    const ask = vi.fn<() => Promise<string>>().mockImplementationOnce(never).mockResolvedValueOnce('report');
    expect(await askThroughRestarts(ask, options)).toBe('report');
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('passes other errors on at once, and gives up after maxAsks', async () => {
    const invalid = vi.fn(async () => {
      throw new Error('Invalid show query');
    });
    await expect(askThroughRestarts(invalid, options)).rejects.toThrow('Invalid show query');
    expect(invalid).toHaveBeenCalledTimes(1);
    const gone = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(askThroughRestarts(gone, options)).rejects.toThrow('Receiving end does not exist');
    expect(gone).toHaveBeenCalledTimes(4);
  });

  it('stops asking when the page moves on', async () => {
    const ask = vi.fn(never);
    const controller = new AbortController();
    void askThroughRestarts(ask, { ...options, signal: controller.signal });
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('recognizes the errors of a stopped worker only', () => {
    expect(workerWentAway(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(
      workerWentAway(
        new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        ),
      ),
    ).toBe(true);
    expect(workerWentAway(new Error('TVmaze unavailable (timeout)'))).toBe(false);
    expect(workerWentAway('Extension context invalidated.')).toBe(false);
  });
});
