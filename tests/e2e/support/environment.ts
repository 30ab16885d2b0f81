/**
 * The one end-to-end test environment: every e2e file calls `useExtensionEnvironment()` once (at
 * the top, or inside a `describe` to scope it) and gets the fixture server, Chromium with the built
 * extension (its id, service worker, popup and options), a way to open pages, and a check that no
 * page (site, popup or options) threw an uncaught error during each test.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { type ExtensionSession, type LaunchOptions, launchExtension } from './launch-extension';
import { QUIET_PERIOD_MS } from './timeouts';

export interface EnvironmentOptions extends LaunchOptions {
  /**
   * Fail each test in which a page threw an uncaught error (default true). Off only where a test
   * provokes one on purpose.
   */
  checkPageErrors?: boolean;
  /** Count `console.error` messages of the pages as page errors too (the soak and restart files). */
  checkConsoleErrors?: boolean;
}

export interface ExtensionEnvironment {
  /** The local HTTPS server answering for every real host (set once `beforeAll` has run). */
  readonly server: FixtureServer;
  /** The browser with the extension loaded (set once `beforeAll` has run). */
  readonly session: ExtensionSession;
  readonly extensionId: string;
  /** Uncaught errors of the pages opened during the current test, as "url: message". */
  readonly pageErrors: readonly string[];
  /** A new tab at `url`, loaded. */
  openPage(url: string): Promise<Page>;
  /** Waits out the quiet period in which something must not happen (a panel, a request). */
  quietPeriod(page: Page): Promise<void>;
}

export function useExtensionEnvironment(options: EnvironmentOptions = {}): ExtensionEnvironment {
  const { checkPageErrors = true, checkConsoleErrors = false, ...launchOptions } = options;
  let server: FixtureServer | undefined;
  let session: ExtensionSession | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchExtension(server, launchOptions);
    // Every page of the context, the extension's own included.
    session.context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      if (checkConsoleErrors) {
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(`${page.url()}: console: ${message.text()}`);
        });
      }
    });
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
    if (value === undefined) throw new Error(`The e2e environment's ${what} is used before beforeAll ran.`);
    return value;
  };

  return {
    get server() {
      return ready(server, 'server');
    },
    get session() {
      return ready(session, 'browser');
    },
    get extensionId() {
      return ready(session, 'browser').extensionId;
    },
    get pageErrors() {
      return pageErrors;
    },
    async openPage(url) {
      const page = await ready(session, 'browser').context.newPage();
      await page.goto(url);
      return page;
    },
    quietPeriod: (page) => page.waitForTimeout(QUIET_PERIOD_MS),
  };
}
