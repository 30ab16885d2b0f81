import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { extensionPagesCsp, originOfPattern } from './utils/manifest/content-security-policy';
import { SOURCE_HOST_PERMISSIONS } from './utils/providers/source-hosts';
import { TRADE_HOST_PERMISSIONS } from './utils/providers/trade-feeds';

// `npm run dev` opens a browser with the extension: Debian ships Chromium, not Chrome.
const chromeBinary = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: {
    ...(chromeBinary ? { binaries: { chrome: chromeBinary } } : {}),
    // Chromium refuses to start as root with its sandbox on (containers, CI machines).
    ...(process.getuid?.() === 0 ? { chromiumArgs: ['--no-sandbox'] } : {}),
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'ShowFate',
    description:
      "See whether a streaming show was canceled, renewed or is ending, with its ratings and the news article, right on the show's page.",
    permissions: ['storage', 'alarms'],
    // Only the data sources: the content scripts' own matches grant nothing beyond injection.
    host_permissions: SOURCE_HOST_PERMISSIONS,
    // The trade press (feeds and, opt-in, their articles): asked for from the options page only.
    // MV2 (Firefox) has no optional_host_permissions: there the hosts are optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: TRADE_HOST_PERMISSIONS }
      : { optional_host_permissions: TRADE_HOST_PERMISSIONS }),
    action: { default_title: 'ShowFate' },
    // Explicit, and narrower than the default: see utils/manifest/content-security-policy.ts and the README.
    content_security_policy: (() => {
      const policy = extensionPagesCsp({
        connectOrigins: [...SOURCE_HOST_PERMISSIONS, ...TRADE_HOST_PERMISSIONS].map(originOfPattern),
        development: command === 'serve',
      });
      return manifestVersion === 2 ? (policy as never) : { extension_pages: policy };
    })(),
    // The popup from the keyboard: the panel sits at the end of a streaming page's tab order.
    // (MV2 names the toolbar button's command differently.)
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: "Show the current show's fate",
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'showfate@showfate.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
