/**
 * The Firefox side of the end-to-end environment: Debian's firefox-esr, headless, driven by
 * puppeteer-core over WebDriver BiDi (built into Firefox: no driver binary), with the built MV2
 * extension installed as a temporary add-on. Firefox has no --host-resolver-rules: it talks to a
 * local proxy that tunnels the real host names (and only those) to the fixture server, and trusts
 * the fixture server's test CA in a fresh profile. The recipe is in the project's research notes on browser testing.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { useBrowserLifecycle } from './browser-lifecycle';
import { FIXTURE_HOSTS, type FixtureServer } from './fixture-server';
import { QUIET_PERIOD_MS, UI_TIMEOUT } from './timeouts';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const FIXTURE_HOST_SET: ReadonlySet<string> = new Set(FIXTURE_HOSTS);

/** The add-on id the Firefox build declares (browser_specific_settings.gecko.id). */
function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * An HTTP proxy that answers `CONNECT <fixture host>:443` with a tunnel to the fixture server and
 * refuses everything else, so nothing Firefox asks for leaves the machine.
 */
async function startFixtureProxy(fixturePort: number): Promise<Server> {
  const proxy = createServer((_request, response) => {
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('The ShowFate test proxy only tunnels HTTPS to the fixture hosts.');
  });
  proxy.on('connect', (request, client, head) => {
    const [host, port] = (request.url ?? '').split(':');
    if (!host || !FIXTURE_HOST_SET.has(host) || (port && port !== '443')) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

/** A fresh profile whose certificate store trusts the fixture server's test CA. */
function makeProfile(caCertificatePath: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'showfate-firefox-'));
  execFileSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password'], { stdio: 'ignore' });
  execFileSync(
    'certutil',
    ['-A', '-d', `sql:${profile}`, '-n', 'showfate-test-ca', '-t', 'C,,', '-i', caCertificatePath],
    {
      stdio: 'ignore',
    },
  );
  return profile;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's gecko id. */
  extensionId: string;
  /** moz-extension://<uuid>/<path>: the uuid is pinned by a pref, so the tests know it. */
  extensionUrl(path: string): string;
  /** A new tab in the main window at `url`, loaded. */
  openPage(url: string): Promise<Page>;
  /** A new tab at one of the extension's pages (options.html, popup.html…), once its script ran. */
  openExtensionPage(path: string, options?: { window?: boolean }): Promise<Page>;
  /** The popup for `page`'s tab: that tab is made the active one, the popup opens in a window of its own. */
  openPopupFor(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(server: FixtureServer): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`wxt build -b firefox\` (npm run test:e2e does).`,
    );
  }
  const id = geckoId();
  const uuid = randomUUID();
  const proxy = await startFixtureProxy(server.port);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const profile = makeProfile(server.caCertificatePath);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    // Lets a tab navigate to moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // No DNS over HTTPS: every name goes through the proxy.
      'network.trr.mode': 5,
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      // Optional permissions are granted without Firefox's doorhanger (a native prompt no page
      // automation reaches); the request itself still needs the user's click in the options page.
      'extensions.webextOptionalPermissionPrompts': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'security.OCSP.enabled': 0,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== id) throw new Error(`Firefox installed the add-on as ${installed}, not ${id}`);
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;

  async function openExtensionPage(path: string, options: { window?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage(options.window ? { type: 'window' } : undefined);
    // Puppeteer may never see a navigation to a moz-extension:// page finish: start it, then poll.
    page.goto(extensionUrl(path)).catch(() => {});
    await expect
      .poll(
        () => page.evaluate(() => document.readyState === 'complete' && Boolean(document.body?.childElementCount)),
        { timeout: UI_TIMEOUT },
      )
      .toBe(true);
    return page;
  }

  return {
    browser,
    extensionId: id,
    extensionUrl,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    async openPopupFor(page) {
      await page.bringToFront();
      return openExtensionPage('popup.html', { window: true });
    },
    async close() {
      await browser.close();
      await new Promise<void>((done) => proxy.close(() => done()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxEnvironment {
  readonly server: FixtureServer;
  readonly session: FirefoxSession;
  readonly pageErrors: readonly string[];
  openPage(url: string): Promise<Page>;
  quietPeriod(): Promise<void>;
}

/** The same shape as `useExtensionEnvironment()` (support/environment.ts), in Firefox. */
export function useFirefoxEnvironment(): FirefoxEnvironment {
  const watched = new WeakSet<Page>();
  let record: (message: string) => void = () => {};
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (error) => record(`${page.url()}: ${(error as Error).message ?? error}`));
  };
  const lifecycle = useBrowserLifecycle<FirefoxSession>({
    name: 'Firefox environment',
    launch: launchFirefox,
    // Every page, the extension's popup and options included.
    watchPages: (session, recordError) => {
      record = recordError;
      session.browser.on('targetcreated', (target) => {
        target.page().then(
          (page) => page && watch(page),
          () => {},
        );
      });
    },
  });

  return {
    get server() {
      return lifecycle.server;
    },
    get session() {
      return lifecycle.session;
    },
    get pageErrors() {
      return lifecycle.pageErrors;
    },
    async openPage(url) {
      const page = await lifecycle.session.browser.newPage();
      watch(page);
      await page.goto(url);
      return page;
    },
    quietPeriod: () => new Promise((done) => setTimeout(done, QUIET_PERIOD_MS)),
  };
}
