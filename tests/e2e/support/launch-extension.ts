/**
 * Starts Debian's Chromium with the built extension loaded, every fixture host mapped to the local
 * fixture server. See docs/browser-testing.md.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS, type FixtureServer } from './fixture-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup for the tab `page` (as a window of its own, so that tab stays the active one). */
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A visible window (on the X display `xvfb-run` provides) instead of headless: only needed to
   * answer a browser permission prompt, which is a native dialog.
   */
  headed?: boolean;
  /**
   * The browser's language ("es"), English by default. Chromium gets `--lang`, and on Linux, where
   * `--lang` alone doesn't change the UI language, the environment's LANGUAGE/LANG too; pages get it
   * as `navigator.language`. Other languages than English need Debian's `chromium-l10n` (the locale
   * packs; ensure-browser.sh installs it).
   */
  locale?: string;
}

/** Chromium's language flag and environment for `locale` (see LaunchOptions.locale). */
export function localeLaunchSettings(locale: string): { args: string[]; env: Record<string, string> } {
  const region = locale === 'en' ? 'en_US' : `${locale}_${locale.toUpperCase()}`;
  return { args: [`--lang=${locale}`], env: { LANGUAGE: locale, LANG: `${region}.UTF-8` } };
}

/**
 * Chromium's flags for the fixture world: every fixture host mapped to the local server (whose test
 * certificate is accepted), and none of Chromium's own background traffic (this machine has no network).
 */
export function chromiumArgs(server: FixtureServer): string[] {
  const rules = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(', ');
  return [
    `--host-resolver-rules=${rules}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export async function launchExtension(server: FixtureServer, options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'showfate-profile-'));
  // English unless asked: with the locale packs installed, the machine's own LANG would otherwise decide.
  const locale = options.locale ?? 'en';
  const language = localeLaunchSettings(locale);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    viewport: { width: 1280, height: 900 },
    locale,
    env: { ...process.env, ...language.env } as Record<string, string>,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...language.args,
      ...chromiumArgs(server),
    ],
  });
  // Short action timeouts: a locator waiting 30 s inside `expect.poll` would stall the poll, not retry it.
  context.setDefaultTimeout(5_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  async function openInOwnWindow(path: string): Promise<Page> {
    const opened = context.waitForEvent('page');
    await worker.evaluate(
      (url) =>
        (
          globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }
        ).chrome.windows.create({ url, focused: false }),
      `chrome-extension://${extensionId}/${path}`,
    );
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  return {
    context,
    worker,
    extensionId,
    openPopup: () => openInOwnWindow('popup.html'),
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
