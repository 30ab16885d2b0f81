/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { extractArticleText } from '../../utils/news/article-text';

describe('article text', () => {
  it('reads the headline and paragraphs inside <article>, skipping the chrome and scripts', () => {
    const text =
      extractArticleText(`<!doctype html><html><head><title>T</title><script>var x = "<p>no</p>";</script></head>
      <body><header><nav>Home TV Film</nav></header>
      <article><h1>&#8216;Show&#8217; Canceled</h1><p>Netflix has canceled <em>Show</em> &amp; its spin-off.</p>
      <script>track()</script><p>It premiered on <b>May 1</b>.</p><aside>Most popular</aside></article>
      <footer>© Outlet</footer></body></html>`);
    expect(text).toBe('‘Show’ Canceled\nNetflix has canceled Show & its spin-off.\nIt premiered on May 1.');
  });

  it('falls back to the whole body when the page has no <article>', () => {
    const text = extractArticleText('<body><div><p>First.</p><p>Second.</p></div><footer>x</footer></body>');
    expect(text).toBe('First.\nSecond.');
  });

  it('tolerates broken markup and never throws', () => {
    expect(() => extractArticleText('<p>unclosed <b>bold <div></span>text')).not.toThrow();
    expect(extractArticleText('<p>unclosed <b>bold')).toBe('unclosed bold');
    expect(extractArticleText('')).toBe('');
  });
});
