/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import type { ResolvedShow } from '../../utils/domain';
import { parseTvmazeSearch } from '../../utils/providers/tvmaze';
import {
  chooseShowMatch,
  compareTitles,
  compareYears,
  type MatchQuery,
  MIN_CONFIDENCE,
  type ScoredShow,
} from '../../utils/shows/match-show';
import { readJsonFixture } from '../providers/support/fetch-stub';

const search = (name: string): ScoredShow[] => parseTvmazeSearch(readJsonFixture(`tvmaze/${name}.json`));
const series = (title: string, year: number | null = null): MatchQuery => ({ title, year, kind: 'series' });
const idOf = (match: ReturnType<typeof chooseShowMatch>) => match?.show.tvmazeId ?? null;

function show(overrides: Partial<ResolvedShow> & Pick<ResolvedShow, 'tvmazeId' | 'name'>): ResolvedShow {
  return {
    tvmazeUrl: `https://www.tvmaze.com/shows/${overrides.tvmazeId}`,
    type: 'Scripted',
    language: 'English',
    tvmazeStatus: 'Ended',
    premiered: null,
    ended: null,
    network: null,
    imdbId: null,
    rating: null,
    updated: null,
    ...overrides,
  };
}

const SHAMELESS_US = 150;
const SHAMELESS_UK = 1284;
const OFFICE_US = 526;
const OFFICE_UK = 1287;
const OFFICE_AU = 73560;
const CARDS_US = 175;
const CARDS_UK = 8434;
const IMPERFECTS = 60752;

describe('chooseShowMatch: same-titled shows', () => {
  it('Shameless: the page year picks US (2011) or UK (2004)', () => {
    const candidates = search('search-shameless');
    expect(idOf(chooseShowMatch(candidates, series('Shameless', 2011), ['Netflix']))).toBe(SHAMELESS_US);
    expect(idOf(chooseShowMatch(candidates, series('Shameless', 2004), ['Netflix']))).toBe(SHAMELESS_UK);
  });

  it('Shameless: without a year the service network decides', () => {
    const candidates = search('search-shameless');
    expect(idOf(chooseShowMatch(candidates, series('Shameless'), ['Showtime']))).toBe(SHAMELESS_US);
    expect(idOf(chooseShowMatch(candidates, series('Shameless (UK)'), ['Channel 4']))).toBe(SHAMELESS_UK);
  });

  it('Shameless: with neither year nor network it declines to guess', () => {
    expect(chooseShowMatch(search('search-shameless'), series('Shameless'), [])).toBeNull();
  });

  it('The Office: US 2005, UK 2001, Australian 2024 on Prime Video', () => {
    const candidates = search('search-the-office');
    expect(idOf(chooseShowMatch(candidates, series('The Office', 2005), []))).toBe(OFFICE_US);
    expect(idOf(chooseShowMatch(candidates, series('The Office', 2001), []))).toBe(OFFICE_UK);
    expect(idOf(chooseShowMatch(candidates, series('The Office', 2024), ['Prime Video']))).toBe(OFFICE_AU);
    expect(idOf(chooseShowMatch(candidates, series('Office', null), ['Peacock', 'NBC']))).toBe(OFFICE_US);
  });

  it('House of Cards: 2013 on Netflix is the US show, 1990 the BBC one', () => {
    const candidates = search('search-house-of-cards');
    expect(idOf(chooseShowMatch(candidates, series('House of Cards', 2013), ['Netflix']))).toBe(CARDS_US);
    expect(idOf(chooseShowMatch(candidates, series('House of Cards', 2013), []))).toBe(CARDS_US);
    expect(idOf(chooseShowMatch(candidates, series('House of Cards'), ['Netflix']))).toBe(CARDS_US);
    expect(idOf(chooseShowMatch(candidates, series('House of Cards', 1990), ['BBC One']))).toBe(CARDS_UK);
  });

  it('a page year later in a long run still points at the right show', () => {
    // Pages often show the latest season's year: 2016 is inside the US run, far past the UK one.
    expect(idOf(chooseShowMatch(search('search-house-of-cards'), series('House of Cards', 2016), []))).toBe(CARDS_US);
  });
});

describe('chooseShowMatch: the seed show', () => {
  it('finds The Imperfects on Netflix with high confidence', () => {
    const match = chooseShowMatch(search('search-the-imperfects'), series('The Imperfects', 2022), ['Netflix']);
    expect(match?.show.tvmazeId).toBe(IMPERFECTS);
    expect(match?.confidence).toBe(1);
  });

  it('tolerates the page dropping "The" or punctuation', () => {
    const candidates = search('search-the-imperfects');
    expect(idOf(chooseShowMatch(candidates, series('Imperfects', null), ['Netflix']))).toBe(IMPERFECTS);
    expect(idOf(chooseShowMatch(candidates, series('THE IMPERFECTS', 2023), []))).toBe(IMPERFECTS);
  });
});

describe('chooseShowMatch: rejects weak matches', () => {
  it('never matches a film', () => {
    const query: MatchQuery = { title: 'House of Cards', year: 2013, kind: 'film' };
    expect(chooseShowMatch(search('search-house-of-cards'), query, ['Netflix'])).toBeNull();
  });

  it('rejects a title that only shares words, without year agreement', () => {
    // "Perfectly Imperfect" and "Imperfect" are in the results, but they are not "The Imperfects Club".
    expect(chooseShowMatch(search('search-the-imperfects'), series('The Imperfects Club'), ['Netflix'])).toBeNull();
  });

  it('rejects an exact title whose run is far from the page year (a remake TVmaze lacks)', () => {
    const ukOnly = search('search-house-of-cards').filter((c) => c.show.tvmazeId === CARDS_UK);
    expect(chooseShowMatch(ukOnly, series('House of Cards', 2013), ['Netflix'])).toBeNull();
  });

  it('rejects a lone one-word-in-common candidate even with a matching year', () => {
    const derryGirls = show({ tvmazeId: 33320, name: 'Derry Girls', premiered: '2018-01-04', network: 'Channel 4' });
    expect(chooseShowMatch([{ score: 0.7, show: derryGirls }], series('Girls', 2018), ['Netflix'])).toBeNull();
  });

  it('accepts a longer title containing the page title when the year agrees', () => {
    const daredevil = show({ tvmazeId: 1369, name: 'Marvel’s Daredevil: Born Again', premiered: '2025-03-04' });
    expect(idOf(chooseShowMatch([{ score: 0.8, show: daredevil }], series('Daredevil Born Again', 2025), []))).toBe(
      1369,
    );
    expect(chooseShowMatch([{ score: 0.8, show: daredevil }], series('Daredevil Born Again', null), [])).toBeNull();
  });

  it('accepts a near-identical spelling only with the year', () => {
    const candidate = { score: 0.9, show: show({ tvmazeId: 5, name: 'Schitt’s Creek', premiered: '2015-01-13' }) };
    expect(idOf(chooseShowMatch([candidate], series('Schitts Creeks', 2015), []))).toBe(5);
    expect(chooseShowMatch([candidate], series('Schitts Creeks', null), [])).toBeNull();
  });

  it('answers null for no candidates or an empty title', () => {
    expect(chooseShowMatch([], series('Anything', 2020), [])).toBeNull();
    expect(chooseShowMatch(search('search-shameless'), series('   ', 2011), [])).toBeNull();
  });

  it('does not let one show listed twice tie with itself', () => {
    const [first] = search('search-the-imperfects');
    if (!first) throw new Error('fixture empty');
    expect(idOf(chooseShowMatch([first, { ...first, score: 0.5 }], series('The Imperfects'), []))).toBe(IMPERFECTS);
  });

  it('only returns matches at or above the minimum confidence', () => {
    const foreign = show({ tvmazeId: 41734, name: 'GIRLS', language: 'Mongolian', premiered: null });
    expect(chooseShowMatch([{ score: 0.89, show: foreign }], series('Girls', 2012), [])).toBeNull();
    const match = chooseShowMatch([{ score: 0.89, show: foreign }], series('Girls'), []);
    expect(match?.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('honours the page language when given', () => {
    const spanish = show({
      tvmazeId: 1,
      name: 'Élite',
      language: 'Spanish',
      premiered: '2018-10-05',
      network: 'Netflix',
    });
    const english = show({ tvmazeId: 2, name: 'Elite', language: 'English', premiered: '2018-03-01' });
    const candidates = [
      { score: 0.9, show: english },
      { score: 0.9, show: spanish },
    ];
    expect(chooseShowMatch(candidates, series('Elite'), [])).toBeNull();
    expect(idOf(chooseShowMatch(candidates, { ...series('Elite'), language: 'Spanish' }, ['Netflix']))).toBe(1);
  });
});

describe('compareTitles', () => {
  it.each([
    ["Grey's Anatomy", 'Greys Anatomy', 'exact'],
    ['9-1-1', '911', 'exact'],
    ['The Office', 'Office', 'exact'],
    ['Spider Man', 'Spider-Man', 'exact'],
    ['Girls', 'Derry Girls', 'none'],
    ['Good Girls', 'Good Girls Revolt', 'contains'],
    ['Shameless', 'Shameless Hall of Shame', 'none'],
    // One letter off in a long title is "fuzzy": accepted only when the year agrees too.
    ['Stranger Things', 'Strange Things', 'fuzzy'],
    ['Lost', 'Lust', 'none'],
  ] as const)('%j vs %j → %s', (page, name, agreement) => {
    expect(compareTitles(page, name).agreement).toBe(agreement);
  });
});

describe('compareYears', () => {
  const running = show({ tvmazeId: 1, name: 'x', premiered: '2015-05-01', tvmazeStatus: 'Running' });
  const ended = show({ tvmazeId: 2, name: 'x', premiered: '2015-05-01', ended: '2018-01-01' });
  const oldEnded = show({ tvmazeId: 3, name: 'x', premiered: '2015-05-01', tvmazeStatus: 'Ended' });

  it.each([
    [null, running, 'unknown'],
    [2015, running, 'same'],
    [2016, running, 'adjacent'],
    [2014, running, 'adjacent'],
    [2030, running, 'in-run'],
    [2012, running, 'far'],
    [2019, ended, 'in-run'],
    [2020, ended, 'far'],
    [2019, oldEnded, 'far'],
    [2019, show({ tvmazeId: 4, name: 'x' }), 'no-premiere'],
  ] as const)('%s vs show %# → %s', (year, candidate, expected) => {
    expect(compareYears(year, candidate)).toBe(expected);
  });
});
