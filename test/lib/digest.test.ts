import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatShortDate,
  formatTimeOfDay,
  groupByDay,
  isDated,
  sortByTitle,
  sortNewestFirst,
  splitByDate,
} from '../../src/lib/digest.ts';

const article = (id: string, published?: string) => ({ id, data: { published } });
const titled = (id: string, title: string, published?: string) => ({ id, data: { title, published } });

describe('the day and the instant of a date', () => {
  it('reads the day as the publisher wrote it, whatever the offset', () => {
    const dayOf = (published?: string) => groupByDay([article('x', published)])[0].day;
    expect(dayOf('2022-01-09T23:30:00+07:00')).toBe('2022-01-09');
    expect(dayOf('2022-01-09T23:10:00-05:00')).toBe('2022-01-09');
    expect(dayOf('2022-01-08')).toBe('2022-01-08');
    expect(dayOf(undefined)).toBeUndefined();
    expect(dayOf('Minggu, 09 Januari 2022')).toBeUndefined();
  });

  it('reads the instant', () => {
    // 14:30 at +07:00 is 07:30Z: earlier than a millisecond after, later than one before, and
    // tied with 07:30Z itself (so the ids decide). By id alone the order would be reversed.
    const sorted = sortNewestFirst([
      article('a-before', '2022-01-09T07:29:59.999Z'),
      article('b-jakarta', '2022-01-09T14:30:00+07:00'),
      article('b-utc', '2022-01-09T07:30:00Z'),
      article('c-after', '2022-01-09T07:30:00.001Z'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['c-after', 'b-jakarta', 'b-utc', 'a-before']);
  });

  it('reads no instant from nonsense or from no date: such articles tie, ordered by id', () => {
    // An unreadable instant that leaked into the comparison would leave these in input order.
    for (const [first, second] of [
      [article('b', 'nonsense'), article('a')],
      [article('b'), article('a', 'nonsense')],
      [article('b'), article('a')],
    ]) {
      expect(sortNewestFirst([first, second]).map((a) => a.id)).toEqual(['a', 'b']);
    }
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

  it('does not modify its input and orders consistently', () => {
    const input = [article('a', '2022-01-01'), article('b', '2022-01-02')];
    sortNewestFirst(input);
    expect(input.map((a) => a.id)).toEqual(['a', 'b']);
    // b before a whichever comes first; an article equal to another (same id and date) is
    // neither before nor after it, so the sort keeps their input order.
    expect(sortNewestFirst(input).map((a) => a.id)).toEqual(['b', 'a']);
    expect(sortNewestFirst([input[1], input[0]]).map((a) => a.id)).toEqual(['b', 'a']);
    const twin = article('a', '2022-01-01');
    expect(sortNewestFirst([input[0], twin])[0]).toBe(input[0]);
    expect(sortNewestFirst([twin, input[0]])[0]).toBe(twin);
  });
});

describe('splitByDate', () => {
  it('keeps dated articles in digest order and lists undated ones apart, by title', () => {
    const { dated, undated } = splitByDate([
      titled('notes', 'Notes from Kyiv'),
      titled('older', 'Older', '2022-01-08'),
      titled('catatan', 'Catatan tanpa tanggal'),
      titled('newer', 'Newer', '2022-01-09T14:30:00+07:00'),
      titled('nonsense', 'A date in words', 'kemarin'),
    ]);
    expect(dated.map((a) => a.id)).toEqual(['newer', 'older']);
    // A `published` without a day the digest can read is no date: the article is not lost at the
    // end of the digest under a day it does not have.
    expect(undated.map((a) => a.id)).toEqual(['nonsense', 'catatan', 'notes']);
  });

  it('splits nothing into nothing, and leaves its input as it was', () => {
    expect(splitByDate([])).toEqual({ dated: [], undated: [] });
    const input = [titled('b', 'B'), titled('a', 'A', '2022-01-01')];
    splitByDate(input);
    expect(input.map((a) => a.id)).toEqual(['b', 'a']);
  });

  it('tells dated from undated by the day the digest would file them under', () => {
    expect(isDated(article('x', '2022-01-09'))).toBe(true);
    expect(isDated(article('x', '2022-01-09T23:30:00+07:00'))).toBe(true);
    expect(isDated(article('x'))).toBe(false);
    expect(isDated(article('x', ''))).toBe(false);
    expect(isDated(article('x', 'Minggu, 09 Januari 2022'))).toBe(false);
  });
});

describe('sortByTitle', () => {
  it('orders titles ignoring case and accents, numbers by value, in any script, ties by id', () => {
    const sorted = sortByTitle([
      titled('z', 'Рябков'),
      titled('brief-10', 'Brief 10'),
      titled('b-upper', 'Écho'),
      titled('brief-2', 'brief 2'),
      titled('a-lower', 'echo'),
      titled('apple', 'apple'),
    ]);
    // "Écho" and "echo" are the same title to a reader: the ids decide, whichever came first.
    expect(sorted.map((a) => a.id)).toEqual(['apple', 'brief-2', 'brief-10', 'a-lower', 'b-upper', 'z']);
    expect(sortByTitle([...sorted].reverse())).toEqual(sorted);
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
