/**
 * Renders the toolbar and store icons (public/icon/<size>.png) from assets/icon.svg, and the 16 px
 * one from its pixel-grid drawing assets/icon-16.svg, with Debian's Chromium: `npm run icons`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const ASSETS = import.meta.dirname;
const SIZES = [16, 32, 48, 128] as const;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    const svg = readFileSync(resolve(ASSETS, size === 16 ? 'icon-16.svg' : 'icon.svg'), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
    );
    await page.locator('img').screenshot({ path: resolve(ASSETS, `../public/icon/${size}.png`), omitBackground: true });
    console.info(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
