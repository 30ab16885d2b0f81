import { describe, expect, it } from 'vitest';
import { readShowFromJsonLd } from '../../utils/services/json-ld-show';
import { parseMatchPattern, urlMatchesPattern } from '../../utils/services/match-pattern';
import {
  describesTitle,
  findJsonLdNode,
  findYearInText,
  jsonLdChild,
  jsonLdText,
  jsonLdTypes,
  parseJsonLdText,
  readDocumentTitle,
  readImageAlt,
  readJsonLd,
  readMeta,
  readText,
  yearFromDate,
} from '../../utils/services/page-metadata';
import { hasEpisodeMarker, kindFromDetailsText, seasonCountFromText } from '../../utils/services/title-kind';
import { parseHtml } from './load-fixture';

function ldScripts(...bodies: string[]): Document {
  return parseHtml(bodies.map((body) => `<script type="application/ld+json">${body}</script>`).join(''));
}

describe('readJsonLd', () => {
  it('flattens arrays and @graph', () => {
    const document = ldScripts(
      '[{"@type":"BreadcrumbList"},{"@type":"TVSeries","name":"Dark"}]',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Movie","name":"Dune"}]}',
    );
    const nodes = readJsonLd(document);
    expect(findJsonLdNode(nodes, ['TVSeries'])?.name).toBe('Dark');
    expect(findJsonLdNode(nodes, ['Movie'])?.name).toBe('Dune');
  });

  it('survives broken JSON and skips what cannot be repaired', () => {
    const document = ldScripts(
      '{"@type":"TVSeries","name":"Ozark",}',
      '<!-- {"@type":"Movie","name":"Heat"} -->',
      '{"@type": "TVSeries", "name": ',
      '',
    );
    const names = readJsonLd(document).map((node) => node.name);
    expect(names).toEqual(['Ozark', 'Heat']);
  });

  it('repairs raw line breaks inside strings', () => {
    expect(parseJsonLdText('{"name":"Line\none"}')).toEqual({ name: 'Line one' });
    expect(parseJsonLdText('not json')).toBeUndefined();
  });

  it('ignores other script types', () => {
    const document = parseHtml('<script type="application/json">{"@type":"Movie","name":"X"}</script>');
    expect(readJsonLd(document)).toEqual([]);
  });

  it('normalizes types and reads text and child properties', () => {
    const [node] = readJsonLd(
      ldScripts(
        '{"@type":["http://schema.org/TVEpisode"],"name":["  Pilot  "],"episodeNumber":1,"partOfSeries":{"name":"Dark"}}',
      ),
    );
    expect(node && jsonLdTypes(node)).toEqual(['TVEpisode']);
    expect(jsonLdText(node ?? null, 'name')).toBe('Pilot');
    expect(jsonLdText(node ?? null, 'episodeNumber')).toBe('1');
    expect(jsonLdText(jsonLdChild(node ?? null, 'partOfSeries'), 'name')).toBe('Dark');
    expect(jsonLdText(node ?? null, 'missing')).toBeNull();
  });
});

describe('readShowFromJsonLd', () => {
  it('gives an episode’s series, never the episode', () => {
    const document = ldScripts(
      '{"@type":"Episode","name":"Pilot","datePublished":"2019-01-01","partOfSeries":{"@type":"TVSeries","name":"Dark","startDate":"2017-12-01"}}',
    );
    expect(readShowFromJsonLd(document)).toEqual({ name: 'Dark', year: 2017, kind: 'series', url: null });
    expect(readShowFromJsonLd(ldScripts('{"@type":"Episode","name":"Pilot"}'))).toBeNull();
  });
});

describe('meta tags, title and text', () => {
  const document = parseHtml(`<html><head>
    <title> Dark&nbsp;| Netflix </title>
    <meta property="og:title" content="Watch Dark">
    <meta name="apple:title" content="Severance">
    <meta property="og:empty" content="  ">
    </head><body>
    <div id="details"><span>3 Seasons</span><span>2019</span><span>TV-MA</span></div>
    <img class="logo" alt=""><img class="logo" alt="Dark">
    </body></html>`);

  it('reads meta tags by property or name', () => {
    expect(readMeta(document, 'og:title')).toBe('Watch Dark');
    expect(readMeta(document, 'apple:title')).toBe('Severance');
    expect(readMeta(document, 'og:empty')).toBeNull();
    expect(readMeta(document, 'og:missing')).toBeNull();
  });

  it('reads the document title normalized', () => {
    expect(readDocumentTitle(document)).toBe('Dark | Netflix');
    expect(readDocumentTitle(parseHtml('<p>no title</p>'))).toBeNull();
  });

  it('spaces the texts of child elements', () => {
    expect(readText(document, '#details')).toBe('3 Seasons 2019 TV-MA');
    expect(readText(document, '#missing')).toBeNull();
  });

  it('reads the first non-empty alt', () => {
    expect(readImageAlt(document, 'img.logo')).toBe('Dark');
  });
});

describe('years', () => {
  it('reads years from dates and text', () => {
    expect(yearFromDate('2016-7-15')).toBe(2016);
    expect(yearFromDate('2019-11-27T08:00:00.000Z')).toBe(2019);
    expect(yearFromDate('soon')).toBeNull();
    expect(yearFromDate('0001-01-01')).toBeNull();
    expect(findYearInText('3 Seasons 2019 TV-MA')).toBe(2019);
    expect(findYearInText('1h 52m 4K 5.1')).toBeNull();
    expect(findYearInText(null)).toBeNull();
  });
});

describe('describesTitle', () => {
  it('matches whole path segments', () => {
    expect(describesTitle('https://www.netflix.com/title/80100172', '80100172')).toBe(true);
    expect(describesTitle('https://www.netflix.com/title/80100172', '801')).toBe(false);
    expect(describesTitle('https://www.hulu.com/series/the-bear-05eb6a8e', '05eb6a8e')).toBe(true);
    expect(describesTitle(null, '801')).toBe(true);
  });
});

describe('title kind helpers', () => {
  it.each([
    ['3 Seasons 2019 TV-MA', 'series'],
    ['2 Parts 2021', 'series'],
    ['Limited Series 2020', 'series'],
    ['2021 1h 52m PG-13', 'film'],
    ['2021 97 min', 'film'],
    ['5 temporadas 2021', 'series'],
    ['2021 TV-MA HD', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(kindFromDetailsText(text)).toBe(kind);
  });

  it('counts seasons and spots episode markers', () => {
    expect(seasonCountFromText('3 Seasons 2019')).toBe(3);
    expect(seasonCountFromText('Limited Series')).toBeNull();
    expect(hasEpisodeMarker('S1:E3')).toBe(true);
    expect(hasEpisodeMarker('Season 1, Ep. 4 Name')).toBe(true);
    expect(hasEpisodeMarker('T1:E3')).toBe(true);
    expect(hasEpisodeMarker('Apollo 13')).toBe(false);
    expect(hasEpisodeMarker(null)).toBe(false);
  });
});

describe('match patterns', () => {
  it('parses and matches like a browser', () => {
    expect(parseMatchPattern('https://www.netflix.com/*')).toEqual({
      scheme: 'https',
      host: 'www.netflix.com',
      path: '/*',
    });
    expect(parseMatchPattern('netflix.com')).toBeNull();
    expect(parseMatchPattern('ftp://www.netflix.com/*')).toBeNull();
    expect(
      urlMatchesPattern(new URL('https://www.amazon.com/gp/video/detail/B0'), 'https://www.amazon.com/gp/video/*'),
    ).toBe(true);
    expect(urlMatchesPattern(new URL('https://www.amazon.com/dp/B0'), 'https://www.amazon.com/gp/video/*')).toBe(false);
    expect(urlMatchesPattern(new URL('http://www.netflix.com/'), 'https://www.netflix.com/*')).toBe(false);
    expect(urlMatchesPattern(new URL('https://a.b.example.com/x'), '*://*.example.com/*')).toBe(true);
    expect(urlMatchesPattern(new URL('https://example.com/x'), '*://*.example.com/*')).toBe(true);
    expect(urlMatchesPattern(new URL('https://badexample.com/x'), '*://*.example.com/*')).toBe(false);
  });
});
