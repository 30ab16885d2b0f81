/**
 * Stubs `globalThis.fetch` with handlers that return real `Response` objects, one per call in order,
 * so provider code runs its real body-streaming path without touching the network.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

export interface RecordedRequest {
  url: string;
  init: RequestInit | undefined;
}

export type FetchHandler = (request: RecordedRequest) => Response | Promise<Response>;

export function stubFetch(...handlers: FetchHandler[]): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request = { url, init };
    requests.push(request);
    const handler = handlers[requests.length - 1];
    if (!handler) throw new Error(`unexpected fetch #${requests.length}: ${url}`);
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchStub);
  return requests;
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headersOf(init) },
  });
}

export function textResponse(body: string, init: ResponseInit = {}): Response {
  return new Response(body, { status: 200, ...init });
}

/** A Response as fetch returns it after following redirects: `redirected` and the final `url` set. */
export function redirectedResponse(response: Response, finalUrl: string): Response {
  Object.defineProperty(response, 'redirected', { value: true });
  Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

/** A fetch that never answers until its signal aborts, as a hung server looks to the caller. */
export const hangingHandler: FetchHandler = ({ init }) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    if (!signal) return;
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** A body that streams `chunks` of `chunkSize` bytes of `x`, with no Content-Length, like a chunked reply. */
export function streamingResponse(chunks: number, chunkSize: number, init: ResponseInit = {}): Response {
  let sent = 0;
  const chunk = new Uint8Array(chunkSize).fill(0x78);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= chunks) {
        controller.close();
        return;
      }
      sent++;
      controller.enqueue(chunk);
    },
  });
  return new Response(body, { status: 200, ...init });
}

// Vitest runs from the project root (the shared-fixture tests rely on that too).
const FIXTURES = resolve(process.cwd(), 'tests/fixtures');

export function readFixture(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8');
}

export function readJsonFixture(relativePath: string): unknown {
  return JSON.parse(readFixture(relativePath));
}

/** A sleep that records the waits instead of waiting. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
    },
  };
}

function headersOf(init: ResponseInit): Record<string, string> {
  const headers = new Headers(init.headers);
  const plain: Record<string, string> = {};
  headers.forEach((value, key) => {
    plain[key] = value;
  });
  return plain;
}
