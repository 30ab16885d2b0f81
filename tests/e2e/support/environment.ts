/**
 * The one end-to-end test environment: every e2e file calls `useExtensionEnvironment()` once (at
 * the top, or inside a `describe` to scope it) and gets the fixture server, Chromium with the built
 * extension (its id, service worker, popup and options), a way to open pages, and a check that no
 * page (site, popup or options) threw an uncaught error during each test.
 */
import type { Page } from 'playwright-core';
import { useBrowserLifecycle } from './browser-lifecycle';
import type { FixtureServer } from './fixture-server';
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
  const lifecycle = useBrowserLifecycle<ExtensionSession>({
    name: 'e2e environment',
    checkPageErrors,
    launch: (server) => launchExtension(server, launchOptions),
    // Every page of the context, the extension's own included.
    watchPages: (session, recordError) =>
      session.context.on('page', (page) => {
        page.on('pageerror', (error) => recordError(`${page.url()}: ${error.message}`));
        if (checkConsoleErrors) {
          page.on('console', (message) => {
            if (message.type() === 'error') recordError(`${page.url()}: console: ${message.text()}`);
          });
        }
      }),
  });

  return {
    get server() {
      return lifecycle.server;
    },
    get session() {
      return lifecycle.session;
    },
    get extensionId() {
      return lifecycle.session.extensionId;
    },
    get pageErrors() {
      return lifecycle.pageErrors;
    },
    async openPage(url) {
      const page = await lifecycle.session.context.newPage();
      await page.goto(url);
      return page;
    },
    quietPeriod: (page) => page.waitForTimeout(QUIET_PERIOD_MS),
  };
}
