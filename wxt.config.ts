import { existsSync, readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SHOW_PAGE_SCRIPT_PATH } from './utils/content/show-page-script';
import { SHOW_SITE_MATCHES } from './utils/content/show-page-urls';
import { extensionPagesCsp, originOfPattern } from './utils/manifest/content-security-policy';
import { RATING_API_HOST_PERMISSIONS, SOURCE_HOST_PERMISSIONS } from './utils/providers/source-hosts';
import { TRADE_HOST_PERMISSIONS } from './utils/providers/trade-feeds';
import { TOOLBAR_TITLE } from './utils/toolbar/toolbar-badge';

// `npm run dev` opens a browser with the extension: Debian ships Chromium, not Chrome.
const chromeBinary = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The store listing's facts live in package.json (WXT takes the version from there too).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  description: string;
  homepage?: string;
};

// Asked for from the options page, never at install: the trade press (feeds and, opt-in, articles)
// and the keyed rating APIs (OMDb, TMDB; each when the user saves its key).
const optionalHostPermissions = [...TRADE_HOST_PERMISSIONS, ...Object.values(RATING_API_HOST_PERMISSIONS)];

// Web-accessible resources take origins only ("<origin>/*"): Amazon's /gp/video/* patterns become the store's origins.
const showSiteOrigins = [...new Set(SHOW_SITE_MATCHES.map((pattern) => `${originOfPattern(pattern)}/*`))];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: {
    ...(chromeBinary ? { binaries: { chrome: chromeBinary } } : {}),
    // Chromium refuses to start as root with its sandbox on (containers, CI machines).
    ...(process.getuid?.() === 0 ? { chromiumArgs: ['--no-sandbox'] } : {}),
  },
  zip: {
    // Mozilla's reviewers rebuild from the sources zip: everything a fresh clone has, no build output.
    excludeSources: ['.output/**', '.wxt/**', 'coverage/**', 'assets/screenshots/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'ShowFate',
    // public/_locales holds every user-facing string (utils/i18n/translate.ts); English is the fallback.
    default_locale: 'en',
    // In the browser's language (public/_locales/*/messages.json, extDescription; the English one is
    // package.json's). The stores show at most 132 characters (tests/e2e/store-packages.e2e.ts checks each locale).
    description: '__MSG_extDescription__',
    ...(pkg.homepage ? { homepage_url: pkg.homepage } : {}),
    // notifications: a followed show's status change (README: Following shows).
    permissions: ['storage', 'alarms', 'notifications'],
    // Only the data sources: the content scripts' own matches grant nothing beyond injection.
    host_permissions: SOURCE_HOST_PERMISSIONS,
    // The optional hosts above, from one list. MV2 (Firefox) has no optional_host_permissions: there
    // the hosts are optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: optionalHostPermissions }
      : { optional_host_permissions: optionalHostPermissions }),
    action: { default_title: TOOLBAR_TITLE },
    // The show-page script (readers and panel), which the small content script loads on a show URL
    // (issue 12). Only the streaming sites may load it; Chromium gives it a per-session URL, so a
    // page can't probe for the extension by a fixed address (Firefox's extension URLs are already
    // random per install).
    web_accessible_resources:
      manifestVersion === 2
        ? [SHOW_PAGE_SCRIPT_PATH.slice(1)]
        : [{ resources: [SHOW_PAGE_SCRIPT_PATH.slice(1)], matches: showSiteOrigins, use_dynamic_url: true }],
    // Explicit, and narrower than the default: see utils/manifest/content-security-policy.ts and the README.
    content_security_policy: (() => {
      const policy = extensionPagesCsp({
        connectOrigins: [...SOURCE_HOST_PERMISSIONS, ...optionalHostPermissions].map(originOfPattern),
        development: command === 'serve',
      });
      return manifestVersion === 2 ? (policy as never) : { extension_pages: policy };
    })(),
    // The popup from the keyboard: the panel sits at the end of a streaming page's tab order.
    // (MV2 names the toolbar button's command differently.)
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'showfate@showfate.invalid',
              // 140 is the first Firefox (and 142 the first Firefox for Android) that knows
              // data_collection_permissions, which new add-ons must declare.
              strict_min_version: '140.0',
              // The show's title (read from the page) and its service id go to TVmaze, Wikidata
              // and Google News: that is website content leaving the browser, and the extension
              // cannot work without it. Nothing else is sent (README: Privacy).
              data_collection_permissions: { required: ['websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
