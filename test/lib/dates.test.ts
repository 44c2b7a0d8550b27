import { describe, expect, it } from 'vitest';
import { publishedSources } from '../../src/article/format.ts';
import { dateCorrectionHint, dateCorrectionHintIn, publishedFromHint, publishedFromHintIn, publishedFromNote } from '../../src/lib/dates.ts';
import { id } from '../../src/lib/i18n/id.ts';

describe('publishedFromNote', () => {
  it('says where each kind of guessed date was found', () => {
    expect(Object.fromEntries(publishedSources.map((source) => [source, publishedFromNote(source)]))).toEqual({
      url: 'date from the web address',
      dateline: 'date read from the page’s date line',
      text: 'date found in the page’s text',
      relative: 'date worked out from a relative date and the day the page was saved',
      weekday: 'year inferred from the weekday',
    });
  });

  it('says it in the interface language', () => {
    expect(publishedFromNote('url', id.dates)).toBe('tanggal dari alamat web');
    for (const source of publishedSources) expect(publishedFromNote(source, id.dates)).toBe(id.dates[source]);
    expect(publishedFromHintIn(id.dates)).toBe(`Tidak disebutkan dalam metadata halaman. ${dateCorrectionHintIn(id.dates)}`);
  });

  it('tells how to correct a guessed date', () => {
    expect(dateCorrectionHint).toContain('“published:”');
    expect(dateCorrectionHint).toContain('sidecar');
    expect(publishedFromHint).toContain(dateCorrectionHint);
    expect(dateCorrectionHintIn(id.dates)).toContain('“published:”');
  });
});
