import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  dayOf,
  formatDay,
  formatShortDate,
  formatTimeOfDay,
  groupByDay,
  sortNewestFirst,
  timeOf,
} from '../../src/lib/digest.ts';

const article = (id: string, published?: string) => ({ id, data: { published } });

describe('dayOf and timeOf', () => {
  it('reads the day as the publisher wrote it, whatever the offset', () => {
    expect(dayOf('2022-01-09T23:30:00+07:00')).toBe('2022-01-09');
    expect(dayOf('2022-01-09T23:10:00-05:00')).toBe('2022-01-09');
    expect(dayOf('2022-01-08')).toBe('2022-01-08');
    expect(dayOf(undefined)).toBeUndefined();
    expect(dayOf('Minggu, 09 Januari 2022')).toBeUndefined();
  });

  it('reads the instant', () => {
    expect(timeOf('2022-01-09T14:30:00+07:00')).toBe(Date.UTC(2022, 0, 9, 7, 30));
    expect(timeOf('nonsense')).toBeUndefined();
    expect(timeOf(undefined)).toBeUndefined();
  });
});

describe('sortNewestFirst', () => {
  it('orders by day (newest first), then instant within a day, undated last, ties by id', () => {
    const articles = [
      article('undated-b'),
      article('tass', '2022-01-08'),
      article('morning', '2022-01-09T07:00:00+02:00'), // 05:00Z on the 9th
      article('late-ny', '2022-01-09T23:10:00-05:00'), // 04:10Z on the 10th, still the 9th in New York
      article('jakarta', '2022-01-09T14:30:00+07:00'), // 07:30Z on the 9th
      article('undated-a'),
      article('next-day-early', '2022-01-10T01:00:00+07:00'), // 18:00Z on the 9th, but the 10th in Jakarta
      article('same-b', '2022-01-07'),
      article('same-a', '2022-01-07'),
    ];
    expect(sortNewestFirst(articles).map((a) => a.id)).toEqual([
      'next-day-early',
      'late-ny',
      'jakarta',
      'morning',
      'tass',
      'same-a',
      'same-b',
      'undated-a',
      'undated-b',
    ]);
  });

  it('does not modify its input and is a consistent comparator', () => {
    const input = [article('a', '2022-01-01'), article('b', '2022-01-02')];
    sortNewestFirst(input);
    expect(input.map((a) => a.id)).toEqual(['a', 'b']);
    expect(compareNewestFirst(input[0], input[1])).toBeGreaterThan(0);
    expect(compareNewestFirst(input[1], input[0])).toBeLessThan(0);
    expect(compareNewestFirst(input[0], input[0])).toBe(0);
  });
});

describe('groupByDay', () => {
  it('groups sorted articles into days, keeping their order, undated in their own group', () => {
    const sorted = sortNewestFirst([
      article('a', '2022-01-09T10:00:00Z'),
      article('b', '2022-01-08'),
      article('c', '2022-01-09T08:00:00Z'),
      article('d'),
    ]);
    const groups = groupByDay(sorted);
    expect(groups.map((group) => [group.day, group.articles.map((a) => a.id)])).toEqual([
      ['2022-01-09', ['a', 'c']],
      ['2022-01-08', ['b']],
      [undefined, ['d']],
    ]);
  });

  it('gives no groups for no articles', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats a calendar day without shifting it to another time zone', () => {
    expect(formatDay('2022-01-09')).toMatch(/^Sunday,? 9 January 2022$/);
    expect(formatDay('2022-01-09', 'id')).toMatch(/Minggu.*9 Januari 2022/);
    expect(formatShortDate('2022-01-09T23:10:00-05:00')).toBe('9 Jan 2022');
    expect(formatShortDate('2022-01-08')).toBe('8 Jan 2022');
  });

  it('gives the time of day with the publisher’s offset', () => {
    expect(formatTimeOfDay('2022-01-09T14:30:00+07:00')).toBe('14:30 UTC+7');
    expect(formatTimeOfDay('2022-01-09T23:10:00-05:00')).toBe('23:10 UTC-5');
    expect(formatTimeOfDay('2022-01-09T09:05Z')).toBe('09:05 UTC');
    expect(formatTimeOfDay('2022-01-09T09:05:00+00:00')).toBe('09:05 UTC');
    expect(formatTimeOfDay('2022-01-09T09:05:00+05:30')).toBe('09:05 UTC+5:30');
    expect(formatTimeOfDay('2022-01-09T09:05:00')).toBe('09:05');
    expect(formatTimeOfDay('2022-01-09')).toBeUndefined();
  });
});
