/**
 * Each list is declared once (utils/domain/*, utils/status/fate-status.ts) and the rest of ShowFate
 * derives from it. These tests fail when an entry lacks one of its parts: a service without its
 * page reader, name, brand words or networks; a news source without its default, feed, permission
 * or options row; a status without its label, description or colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ServiceOptions } from '../../components/options/service-options';
import { OptionsForm } from '../../components/options-form';
import { readTradeArticle } from '../../utils/cache/record-schemas';
import {
  NEWS_SOURCE_IDS,
  SERVICE_IDS,
  STREAMING_SERVICE_FACTS,
  TRADE_FEED_SOURCES,
  TRADE_SOURCE_IDS,
} from '../../utils/domain';
import { TRADE_FEEDS, TRADE_HOST_PERMISSIONS } from '../../utils/providers/trade-feeds';
import { cleanTitle, isSiteName } from '../../utils/services/clean-title';
import { STREAMING_SERVICES } from '../../utils/services/registry';
import { DEFAULT_NEWS_SOURCES, DEFAULT_SERVICES } from '../../utils/settings/settings';
import {
  FATE_STATUSES,
  type PanelState,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  statusDescription,
  statusLabel,
  TOOLBAR_BADGES,
} from '../../utils/status/fate-status';
import { findNetworkMentions, NETWORK_ALIAS_SOURCE, NETWORKS } from '../../utils/verdict/networks';
import { installLocale, readLocale } from '../support/browser-i18n';

const ROOT = join(import.meta.dirname, '..', '..');

describe('streaming services', () => {
  it('has one page reader per declared service, in the same order, and no other', () => {
    expect(STREAMING_SERVICES.map((service) => service.id)).toEqual(SERVICE_IDS);
  });

  it.each(SERVICE_IDS)('%s: its reader carries the declared name', (id) => {
    const facts = STREAMING_SERVICE_FACTS[id];
    expect(facts.name.trim()).not.toBe('');
    expect(STREAMING_SERVICES.find((service) => service.id === id)?.name).toBe(facts.name);
  });

  it.each(SERVICE_IDS)('%s: its brand tail is stripped from page titles and its name is no show', (id) => {
    const facts = STREAMING_SERVICE_FACTS[id];
    expect(facts.pageTitleBrands.length).toBeGreaterThan(0);
    expect(cleanTitle(`Watch Dark | ${facts.name}`)).toBe('Dark');
    expect(facts.siteNames.length).toBeGreaterThan(0);
    for (const siteName of facts.siteNames) expect(siteName).toBe(siteName.toLowerCase());
    expect(isSiteName(facts.name)).toBe(true);
  });

  it.each(SERVICE_IDS)('%s: is on by default and has its own switch in the options page', (id) => {
    expect(DEFAULT_SERVICES[id]).toBe(true);
    const { container, unmount } = render(
      <ServiceOptions data={{ services: DEFAULT_SERVICES }} actions={{ onServiceChange: () => {} }} />,
    );
    const row = container.querySelector(`input[data-testid="showfate-service-${id}"]`)?.closest('label');
    expect(row?.textContent).toBe(STREAMING_SERVICE_FACTS[id].name);
    unmount();
  });

  it.each(SERVICE_IDS)('%s: a service that is a network is known to TVmaze and to the verdict', (id) => {
    const facts = STREAMING_SERVICE_FACTS[id];
    // A site that publishes no shows (IMDb) has neither; every streamer has both.
    expect(facts.tvmazeNetworks.length > 0).toBe(facts.pressNetworks.length > 0);
    const aliases = new RegExp(`^${NETWORK_ALIAS_SOURCE}$`);
    for (const network of facts.pressNetworks) {
      expect(NETWORKS.map((known) => known.name)).toContain(network.name);
      expect(network.aliases.length).toBeGreaterThan(0);
      for (const alias of network.aliases) {
        expect(alias).toBe(alias.toLowerCase());
        expect(alias).not.toContain('&');
        expect(aliases.test(alias), alias).toBe(true);
      }
      expect(findNetworkMentions(`The show was renewed by ${network.name}.`).map((mention) => mention.name)).toEqual([
        network.name,
      ]);
    }
  });
});

describe('news sources', () => {
  it('lists the search and every trade feed, once each', () => {
    expect(NEWS_SOURCE_IDS).toEqual(['google-news', ...TRADE_SOURCE_IDS]);
    expect(new Set(NEWS_SOURCE_IDS).size).toBe(NEWS_SOURCE_IDS.length);
  });

  it.each(NEWS_SOURCE_IDS)('%s: is on by default and its headlines can be stored', (id) => {
    expect(DEFAULT_NEWS_SOURCES[id]).toBe(true);
    const entry = {
      headline: 'A headline',
      outlet: null,
      url: 'https://example.org/a',
      published: null,
      source: id,
      titleKeys: [],
      publishedAt: 0,
      storedAt: 1,
    };
    expect(readTradeArticle(entry)).not.toBeNull();
  });

  it.each(TRADE_SOURCE_IDS)('%s: has an https feed, a host permission and a row in the options page', (id) => {
    const declared = TRADE_FEED_SOURCES[id];
    const feed = TRADE_FEEDS.find((candidate) => candidate.id === id);
    const host = new URL(declared.feedUrl).host;
    expect(new URL(declared.feedUrl).protocol).toBe('https:');
    expect(feed?.outlet).toBe(declared.outlet);
    expect(TRADE_HOST_PERMISSIONS).toContain(`https://${host}/*`);

    const { container, unmount } = render(
      <OptionsForm
        data={{
          options: {
            overlayEnabled: true,
            toolbarBadge: true,
            newsSources: DEFAULT_NEWS_SOURCES,
            tradeAccess: true,
            articleReading: false,
          },
          saved: false,
          error: null,
        }}
        actions={{
          onOverlayChange: () => {},
          onToolbarBadgeChange: () => {},
          onNewsSourceChange: () => {},
          onTradeAccessChange: () => {},
          onArticleReadingChange: () => {},
        }}
      />,
    );
    const row = container.querySelector(`input[data-testid="showfate-source-${id}"]`)?.closest('label');
    expect(row?.textContent).toContain(declared.optionsName);
    expect(row?.textContent).toContain(host);
    unmount();
  });
});

describe('statuses', () => {
  const css = readFileSync(join(ROOT, 'components', 'showfate.css'), 'utf8');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const panelStates: PanelState[] = [...FATE_STATUSES, 'loading', 'error'];

  /** The custom properties a colour may use, in the light theme and in the dark one. */
  function definedColors(block: string): Set<string> {
    return new Set([...block.matchAll(/(--sf-[\w-]+):\s*#[0-9a-f]{3,8}\s*;/gi)].map((match) => match[1] as string));
  }
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const lightColors = definedColors(css.slice(0, darkStart));
  const darkColors = definedColors(css.slice(darkStart, css.indexOf('}\n}', darkStart)));

  const locales = ['en', 'es'] as const;

  it.each(panelStates)('%s: has a label, a description and a badge colour in both themes', (status) => {
    // The label and description are message ids, present in every locale (tests/i18n/locales.test.ts
    // checks the rest): here, that each reads as a word and a sentence in each language.
    for (const locale of locales) {
      const messages = readLocale(locale);
      expect(messages[STATUS_LABELS[status]]?.message.trim(), `${locale} ${status}`).toMatch(/^\S/);
      expect(messages[STATUS_DESCRIPTIONS[status]]?.message, `${locale} ${status}`).toMatch(/^\S.*[.…]$/);
    }
    expect(statusLabel(status)).toBe(readLocale('en')[STATUS_LABELS[status]]?.message);
    expect(statusDescription(status)).toBe(readLocale('en')[STATUS_DESCRIPTIONS[status]]?.message);
    const rule = new RegExp(`\\.sf-badge--${status}\\b[^{]*\\{\\s*color:\\s*var\\((--sf-[\\w-]+)\\)`).exec(css);
    expect(rule, `.sf-badge--${status} { color: var(--sf-…) } in components/showfate.css`).not.toBeNull();
    expect(lightColors).toContain(rule?.[1]);
    expect(darkColors).toContain(rule?.[1]);
  });

  it.each(FATE_STATUSES)('%s: is explained in the README', (status) => {
    expect(readme).toContain(`| \`${status}\` |`);
  });

  it.each(FATE_STATUSES)('%s: has a toolbar badge of at most 4 characters and a colour', (status) => {
    const badge = TOOLBAR_BADGES[status];
    expect(badge.text.trim()).not.toBe('');
    expect(badge.text.length).toBeLessThanOrEqual(4);
    expect(badge.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('gives every decided status its own toolbar badge text', () => {
    const texts = FATE_STATUSES.map((status) => TOOLBAR_BADGES[status].text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.each(locales)('gives every status its own label in %s', (locale) => {
    installLocale(locale);
    expect(new Set(panelStates.map((status) => statusLabel(status))).size).toBe(panelStates.length);
  });
});
