import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/lib/archive.ts';
import { formatMonth } from '../../src/lib/digest.ts';
import { groupBySource, sourceName, sourceSlug, UNKNOWN_SOURCE } from '../../src/lib/sources.ts';

const article = (id: string, data: { source?: string; url?: string; published?: string }) => ({ id, data });

describe('sources', () => {
  it('names an outlet by its source, else its host without www., else unknown', () => {
    expect(sourceName(article('a', { source: ' Suara.com ' }))).toBe('Suara.com');
    expect(sourceName(article('a', { url: 'https://www.kompas.com/x' }))).toBe('kompas.com');
    expect(sourceName(article('a', {}))).toBeUndefined();
    expect(sourceName(article('a', { url: 'not a url' }))).toBeUndefined();
  });

  it('gives ASCII slugs, transliterating other scripts', () => {
    expect(sourceSlug('Suara.com')).toBe('suara-com');
    expect(sourceSlug('РИА Новости')).toBe('ria-novosti');
    expect(sourceSlug('Українська правда')).toMatch(/^ukrayinska-pravda|^ukrainska-pravda/);
    expect(sourceSlug('Le Monde diplomatique — Édition')).toBe('le-monde-diplomatique-edition');
    expect(sourceSlug('   ')).toBe(UNKNOWN_SOURCE);
    expect(sourceSlug(undefined)).toBe(UNKNOWN_SOURCE);
  });

  it('groups names that differ only in case or punctuation, names the group by its most used name, sorts by name with unknown last', () => {
    const groups = groupBySource([
      article('1', { source: 'suara.com' }),
      article('2', { source: 'Suara.com' }),
      article('3', { source: 'Suara.com' }),
      article('4', {}),
      article('5', { source: 'BBC News' }),
      article('6', { url: 'https://www.bbc.co.uk/x' }),
    ]);
    expect(groups.map((group) => [group.slug, group.name, group.articles.map((a) => a.id)])).toEqual([
      ['bbc-news', 'BBC News', ['5']],
      ['bbc-co-uk', 'bbc.co.uk', ['6']],
      ['suara-com', 'Suara.com', ['1', '2', '3']],
      [UNKNOWN_SOURCE, 'Unknown source', ['4']],
    ]);
  });
});

describe('archive', () => {
  it('groups dated articles by the month of their day as written, newest month first, undated left out', () => {
    const months = groupByMonth([
      article('a', { published: '2022-01-31T23:30:00+07:00' }),
      article('b', { published: '2022-02-01' }),
      article('c', {}),
      article('d', { published: '2021-12-09' }),
      article('e', { published: '2022-01-09' }),
    ]);
    expect(months.map((m) => [m.month, m.articles.map((a) => a.id)])).toEqual([
      ['2022-02', ['b']],
      ['2022-01', ['a', 'e']],
      ['2021-12', ['d']],
    ]);
  });

  it('formats a month in the interface language', () => {
    expect(formatMonth('2022-01')).toBe('January 2022');
    expect(formatMonth('2022-01', 'id-ID')).toBe('Januari 2022');
  });
});
