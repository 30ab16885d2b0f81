import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTradeArticleStore, TRADE_ARTICLE_LIMIT } from '../../utils/cache/trade-article-store';
import type { NewsArticle } from '../../utils/domain';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const article = (headline: string, day = 1, source: NewsArticle['source'] = 'deadline'): NewsArticle => ({
  headline,
  outlet: 'Deadline',
  url: `https://deadline.com/${day}/${encodeURIComponent(headline)}/`,
  published: new Date(Date.UTC(2024, 0, day)).toISOString(),
  source,
});

describe('the trade article index', () => {
  it('finds the headlines that quote a show, whatever the quotes and case', async () => {
    const store = createTradeArticleStore();
    await store.add(
      [
        article('‘The Imperfects’ Canceled By Netflix After One Season', 1),
        article("'Grey's Anatomy' Renewed For Season 22 At ABC", 2),
        article('“Imperfect Women” Gets Premiere Date', 3),
      ],
      0,
    );
    expect((await store.findForShow('The Imperfects')).map((a) => a.headline)).toEqual([
      '‘The Imperfects’ Canceled By Netflix After One Season',
    ]);
    expect(await store.findForShow("GREY'S ANATOMY")).toHaveLength(1);
    expect(await store.findForShow('Lupin')).toEqual([]);
  });

  it('finds unquoted headlines that name the show as whole words', async () => {
    const store = createTradeArticleStore();
    await store.add(
      [article("Grey's Anatomy Renewed for Season 22", 1), article('Greyson Chance tour canceled', 2)],
      0,
    );
    expect((await store.findForShow("Grey's Anatomy")).map((a) => a.headline)).toEqual([
      "Grey's Anatomy Renewed for Season 22",
    ]);
    expect(await store.findForShow('Grey')).toEqual([]);
  });

  it('adds each article once and reports only the new ones', async () => {
    const store = createTradeArticleStore();
    expect(await store.add([article('‘A’ Canceled', 1)], 0)).toHaveLength(1);
    expect(await store.add([article('‘A’ Canceled', 1), article('‘B’ Renewed', 2)], 0)).toHaveLength(1);
  });

  it(`keeps only the newest ${TRADE_ARTICLE_LIMIT} headlines`, async () => {
    const store = createTradeArticleStore();
    const many = Array.from({ length: TRADE_ARTICLE_LIMIT + 3 }, (_, i) => ({
      ...article(`‘Show ${i}’ Renewed`, 1),
      url: `https://deadline.com/${i}/`,
      published: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    }));
    await store.add(many, 0);
    expect(await store.findForShow('Show 0')).toEqual([]);
    expect(await store.findForShow(`Show ${TRADE_ARTICLE_LIMIT + 2}`)).toHaveLength(1);
  });
});
