import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessPublished, parseDate } from '../../src/ingest/dates.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedFile = path.resolve(repoRoot, '../shared/seed/suara-rusia-nato-jenewa.txt');

describe('parseDate: machine formats', () => {
  it.each([
    ['2022-01-09T14:30:00+07:00', '2022-01-09T14:30:00+07:00'],
    ['2022-01-09T07:30:00.000Z', '2022-01-09T07:30:00+00:00'],
    ['2022-01-09T14:30:00+0700', '2022-01-09T14:30:00+07:00'],
    ['2022-01-09T14:30+07', '2022-01-09T14:30:00+07:00'],
    ['2022-01-09T21:15:03-05:00', '2022-01-09T21:15:03-05:00'],
    ['2022-01-09', '2022-01-09'],
    ['2022-01-09 14:30:00', '2022-01-09T14:30:00'],
    ['20220109', '2022-01-09'],
    ['Sun, 09 Jan 2022 14:30:00 +0700', '2022-01-09T14:30:00+07:00'],
    ['Sun, 9 Jan 2022 07:30:00 GMT', '2022-01-09T07:30:00+00:00'],
    ['Sun Jan 09 2022 14:30:00 GMT+0700 (Western Indonesia Time)', '2022-01-09T14:30:00+07:00'],
    ['1641713400', '2022-01-09T07:30:00+00:00'],
    ['1641713400000', '2022-01-09T07:30:00+00:00'],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('parseDate: dates as pages write them', () => {
  it.each([
    // English
    ['January 9, 2022', '2022-01-09'],
    ['Jan. 9, 2022', '2022-01-09'],
    ['9 January 2022 14:30', '2022-01-09T14:30:00'],
    ['Sunday 9th January 2022, 14:30 GMT', '2022-01-09T14:30:00+00:00'],
    ['Published 9 Jan 2022 14:30 GMT+7', '2022-01-09T14:30:00+07:00'],
    ['Updated: January 9, 2022 2:30 p.m. ET', '2022-01-09T14:30:00-05:00'],
    ['July 9, 2022 2:30 PM ET', '2022-07-09T14:30:00-04:00'],
    ['January 9, 2022 12:05 AM EST', '2022-01-09T00:05:00-05:00'],
    // Indonesian
    ['Minggu, 09 Januari 2022 | 14:30 WIB', '2022-01-09T14:30:00+07:00'],
    ['Minggu, 09 Januari 2022 | 14.30 WITA', '2022-01-09T14:30:00+08:00'],
    ['Senin, 10 Jan 2022 08:05 WIT', '2022-01-10T08:05:00+09:00'],
    ['Kompas.com - 09/01/2022, 14:30 WIB', '2022-01-09T14:30:00+07:00'],
    ['Diperbarui 12 Agu 2022, 09:00 WIB', '2022-08-12T09:00:00+07:00'],
    ['Rabu, 17 Agt 2022 pukul 10.15 WIB', '2022-08-17T10:15:00+07:00'],
    ['Selasa, 3 Mei 2022', '2022-05-03'],
    ['28 Okt 2022', '2022-10-28'],
    ['25 Des 2022 07:00', '2022-12-25T07:00:00'],
    ['1 Maret 2022', '2022-03-01'],
    // Russian and Ukrainian (genitive)
    ['9 января 2022, 14:30 МСК', '2022-01-09T14:30:00+03:00'],
    ['Обновлено 9 мая 2021 в 10:00 (мск)', '2021-05-09T10:00:00+03:00'],
    ['23 февраля 2022 г.', '2022-02-23'],
    ['9 січня 2022 року, 14:30', '2022-01-09T14:30:00'],
    ['24 лютого 2022, 05:00 EET', '2022-02-24T05:00:00+02:00'],
    ['Оновлено: 12 серпня 2022 09:15 EEST', '2022-08-12T09:15:00+03:00'],
    // German
    ['9. Januar 2022 um 14:30 Uhr', '2022-01-09T14:30:00'],
    ['Veröffentlicht am 3. März 2022, 18:00 CET', '2022-03-03T18:00:00+01:00'],
    ['09.01.2022, 14:30 CEST', '2022-01-09T14:30:00+02:00'],
    ['Stand: 12.08.2022 09:15 Uhr', '2022-08-12T09:15:00'],
    // Other forms
    ['2022/01/09', '2022-01-09'],
    ['2022年1月9日', '2022-01-09'],
    ['14.30.15, 09 Januari 2022', '2022-01-09T14:30:15'],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads MSK with Moscow’s offset of the time (+04:00 in 2012)', () => {
    expect(parseDate('9 января 2012, 14:30 МСК')).toBe('2012-01-09T14:30:00+04:00');
  });
});

describe('parseDate: numeric day/month order', () => {
  it('reads day first by default and for id, ru, uk, de, en-GB', () => {
    for (const lang of [undefined, 'id', 'ru', 'uk', 'de', 'en-GB', 'en-AU']) {
      expect(parseDate('09/01/2022 14:30', { lang })).toBe('2022-01-09T14:30:00');
    }
  });

  it('reads month first for en, en-US', () => {
    expect(parseDate('09/01/2022', { lang: 'en' })).toBe('2022-09-01');
    expect(parseDate('09/01/2022', { lang: 'en-US' })).toBe('2022-09-01');
  });

  it('lets an impossible month settle the order in any language', () => {
    expect(parseDate('13/01/2022', { lang: 'en-US' })).toBe('2022-01-13');
    expect(parseDate('01/13/2022', { lang: 'id' })).toBe('2022-01-13');
  });

  it('reads dotted dates day first even in English', () => {
    expect(parseDate('09.01.2022', { lang: 'en-US' })).toBe('2022-01-09');
  });

  it('expands two-digit years', () => {
    expect(parseDate('09/01/22')).toBe('2022-01-09');
    expect(parseDate('09.01.98')).toBe('1998-01-09');
  });
});

describe('parseDate: zones', () => {
  it('applies timeZone to a time without a zone', () => {
    expect(parseDate('2022-01-09T14:30:00', { timeZone: 'Asia/Jakarta' })).toBe('2022-01-09T14:30:00+07:00');
    expect(parseDate('9 Juli 2022 14:30', { timeZone: 'Europe/Berlin' })).toBe('2022-07-09T14:30:00+02:00');
    expect(parseDate('9 January 2022 14:30', { timeZone: 'Europe/Berlin' })).toBe('2022-01-09T14:30:00+01:00');
    expect(parseDate('9 January 2022 14:30', { timeZone: '+03:00' })).toBe('2022-01-09T14:30:00+03:00');
  });

  it('keeps the written zone over timeZone, and ignores timeZone for a date without time', () => {
    expect(parseDate('09 Januari 2022 14:30 WITA', { timeZone: 'Asia/Jakarta' })).toBe('2022-01-09T14:30:00+08:00');
    expect(parseDate('09 Januari 2022', { timeZone: 'Asia/Jakarta' })).toBe('2022-01-09');
  });

  it('ignores an unknown timeZone', () => {
    expect(parseDate('9 January 2022 14:30', { timeZone: 'Mars/Olympus' })).toBe('2022-01-09T14:30:00');
  });
});

describe('parseDate: rejects', () => {
  it.each([
    ['nonsense'],
    [''],
    ['2 jam yang lalu'],
    ['3 hours ago'],
    ['Minggu (09/01)'],
    ['January 2022'],
    ['© 1998-2022 Suara.com'],
    ['2022-02-30'],
    ['31 April 2022'],
    ['29/02/2022'],
    ['2022-01-09T25:30:00Z'],
    ['1985-01-01'],
    ['9 January 1989'],
    ['Senin, 31 Juni 2022'],
  ])('%j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects a date more than a day after now', () => {
    const now = new Date('2022-01-09T12:00:00Z');
    expect(parseDate('2022-01-10', { now })).toBe('2022-01-10');
    expect(parseDate('2022-01-11', { now })).toBeUndefined();
    expect(parseDate('2022-01-10T14:00:00+00:00', { now })).toBeUndefined();
    expect(parseDate('2122-01-09')).toBeUndefined();
  });

  it('ignores a long text even if it holds a date', () => {
    expect(parseDate(`${'Lorem ipsum dolor sit amet. '.repeat(10)} 9 January 2022`)).toBeUndefined();
  });
});

describe('guessPublished: weekday mentions', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  /** The date each piece's weekday mention gives on its own, and the one the whole text gives (the earliest). */
  const dates = (pieces: string[], at = now) => ({
    each: pieces.map((piece) => guessPublished(piece, at)),
    whole: guessPublished(pieces.join(''), at),
  });

  it('dates Indonesian weekday mentions by the latest fitting year', () => {
    const pieces = ['pada hari Senin (10/01), di mana ...', ' kata Ryabkov pada hari Minggu (09/01).', ' Lalu Senin (10/1) lagi.'];
    expect(dates(pieces)).toEqual({ each: ['2022-01-10', '2022-01-09', '2022-01-10'], whole: '2022-01-09' });
  });

  it('reads English weekdays and Jumat spellings', () => {
    expect(dates(['on Sunday (9/1)', ' and Friday (14/1)'])).toEqual({ each: ['2022-01-09', '2022-01-14'], whole: '2022-01-09' });
    expect(dates(["Jum'at (14/01)", ' dan Jumat (7/1)'])).toEqual({ each: ['2022-01-14', '2022-01-07'], whole: '2022-01-07' });
  });

  it('does not go past now’s year', () => {
    // 9 January was a Sunday in 2022 and again in 2028.
    expect(guessPublished('Minggu (09/01)', new Date('2029-03-01'))).toBe('2028-01-09');
    expect(guessPublished('Minggu (09/01)', new Date('2027-12-31'))).toBe('2022-01-09');
  });

  it('uses a year written in the parentheses', () => {
    expect(guessPublished('Kamis (24/2/2022)', now)).toBe('2022-02-24');
  });

  it('finds nothing for impossible dates or plain weekdays', () => {
    expect(guessPublished('Minggu (31/02) dan Senin depan, minggu (ini)', now)).toBeUndefined();
  });

  it.skipIf(!existsSync(seedFile))('finds 2022-01-10 and 2022-01-09 in the seed article (skipped when ../shared/seed is absent)', () => {
    const text = readFileSync(seedFile, 'utf8');
    const { each, whole } = dates(text.split(/(?<=\n)/));
    expect([...new Set(each.filter((date) => date !== undefined))]).toEqual(['2022-01-10', '2022-01-09']);
    expect(whole).toBe('2022-01-09');
  });
});

describe('guessPublished', () => {
  it('guesses the earliest weekday date mentioned, in the latest fitting year not after now', () => {
    const text = 'Pertemuan pada hari Senin (10/01). Ryabkov tiba pada Minggu (09/01).';
    expect(guessPublished(text, new Date('2026-06-01T00:00:00Z'))).toBe('2022-01-09');
    expect(guessPublished(text, new Date('2021-06-01T00:00:00Z'))).toBe('2011-01-09');
    expect(guessPublished('Tanpa tanggal.', new Date('2026-06-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('parseDate: any input', () => {
  it('never throws and answers undefined or a valid ISO 8601 date', () => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2})?)?$/;
    const pieces = fc.constantFrom('9', '09', '2022', '14:30', 'Januari', 'января', 'WIB', 'GMT+7', '/', '.', '-', ' ', ',', 'T', 'Z', '+07:00', '31', '12');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces).map((parts) => parts.join(''))), fc.constantFrom(undefined, 'en', 'id'), (text, lang) => {
        const result = parseDate(text, { lang });
        if (result === undefined) return;
        const match = iso.exec(result);
        expect(match).not.toBeNull();
        const [, year, month, day] = match!.map(Number);
        expect(new Date(Date.UTC(year, month - 1, day)).getUTCDate()).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
