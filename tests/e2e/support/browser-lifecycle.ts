/**
 * The bookkeeping every e2e browser environment shares (Chromium's environment.ts, Firefox's
 * firefox.ts): one fixture server and one browser per file, the server's faults reset before each
 * test, and a test failed when a page threw (the pages' errors are recorded by the browser's own
 * driver through `recordError`).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server';

export interface BrowserLifecycle<Session> {
  /** The local HTTPS server answering for every real host (set once `beforeAll` has run). */
  readonly server: FixtureServer;
  /** The browser with the extension loaded (set once `beforeAll` has run). */
  readonly session: Session;
  /** Errors of the pages opened during the current test, as "url: message". */
  readonly pageErrors: readonly string[];
  recordError(message: string): void;
}

export function useBrowserLifecycle<Session extends { close(): Promise<void> }>(options: {
  /** For the message when something is used too early ("e2e environment", "Firefox environment"). */
  name: string;
  launch: (server: FixtureServer) => Promise<Session>;
  /** Hooks the browser's pages up to `recordError` (called once, right after launch). */
  watchPages: (session: Session, recordError: (message: string) => void) => void;
  /** Fail each test in which a page threw (default true). */
  checkPageErrors?: boolean;
}): BrowserLifecycle<Session> {
  const { name, launch, watchPages, checkPageErrors = true } = options;
  let server: FixtureServer | undefined;
  let session: Session | undefined;
  let pageErrors: string[] = [];
  const recordError = (message: string) => {
    pageErrors.push(message);
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch(server);
    watchPages(session, recordError);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  beforeEach(() => {
    server?.offlineHosts.clear();
    server?.slowHosts.clear();
    server?.extraRoutes.clear();
    if (server) server.intercept = null;
    pageErrors = [];
  });

  afterEach(() => {
    const errors = pageErrors;
    pageErrors = [];
    if (checkPageErrors) expect(errors, 'uncaught errors in the pages of this test').toEqual([]);
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${name}'s ${what} is used before beforeAll ran.`);
    return value;
  };

  return {
    get server() {
      return ready(server, 'server');
    },
    get session() {
      return ready(session, 'browser');
    },
    get pageErrors() {
      return pageErrors;
    },
    recordError,
  };
}
