import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interfaceLanguages } from '../../src/config/site.ts';
import { dictionaries, fill, formatNumber, parts, placeholdersOf, plural, type UiStrings } from '../../src/lib/i18n/index.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { id } from '../../src/lib/i18n/id.ts';
import { formatDay, formatShortDate } from '../../src/lib/digest.ts';

/** Every string of a dictionary by its path (`common.nav.label`, `digest.undatedLink.one`). */
function leaves(value: unknown, at = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, text] of leaves(child, at ? `${at}.${key}` : key)) found.set(leaf, text);
    }
  } else {
    found.set(at, value);
  }
  return found;
}

const i18nDir = path.resolve(import.meta.dirname, '../../src/lib/i18n');

describe('dictionaries', () => {
  it('one per file of src/lib/i18n/, the languages site.yml accepts', () => {
    const files = readdirSync(i18nDir)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual(interfaceLanguages().sort());
    expect(Object.keys(dictionaries).sort()).toEqual(interfaceLanguages().sort());
    expect(dictionaries.en).toBe(en);
    expect(dictionaries.id).toBe(id);
  });

  it('have exactly the same keys as English, every one a non-empty string with the same placeholders', () => {
    const reference = leaves(en);
    expect(reference.size).toBeGreaterThan(50);
    for (const language of interfaceLanguages()) {
      const strings = leaves(dictionaries[language]);
      expect([...strings.keys()], language).toEqual([...reference.keys()]);
      for (const [key, text] of strings) {
        expect(typeof text, `${language}: ${key}`).toBe('string');
        expect((text as string).trim(), `${language}: ${key}`).not.toBe('');
        expect(text, `${language}: ${key}`).toBe((text as string).trim());
        expect(placeholdersOf(text as string), `${language}: ${key}`).toEqual(placeholdersOf(reference.get(key) as string));
      }
    }
  });

  it('name their own language and a locale Intl knows', () => {
    for (const language of interfaceLanguages()) {
      const { meta } = dictionaries[language] as UiStrings;
      expect(meta.lang).toBe(language);
      expect(Intl.DateTimeFormat.supportedLocalesOf([meta.locale])).toEqual([meta.locale]);
    }
  });

  it('speak Indonesian in id', () => {
    expect(id.common.nav.topics).toBe('Topik');
    expect(id.undated.heading).toBe('Artikel tanpa tanggal');
    expect(id.pagination.newer).toBe('← Lebih baru');
    expect(id.pagination.older).toBe('Lebih lama →');
    expect(id.pagination.next).toBe('Halaman berikutnya →');
    expect(formatDay('2022-01-09', id.meta.locale)).toBe('Minggu, 9 Januari 2022');
    expect(formatShortDate('2022-01-09T14:30:00+07:00', id.meta.locale)).toBe('9 Jan 2022');
  });

  it('keep the English site as it was', () => {
    expect(formatDay('2022-01-09', en.meta.locale)).toMatch(/^Sunday,? 9 January 2022$/);
    expect(formatShortDate('2022-01-09', en.meta.locale)).toBe('9 Jan 2022');
    expect(plural(en.digest.undatedLink, 2, {}, en.meta.locale)).toBe('2 articles without a date');
    expect(plural(en.topics.undatedLink, 1, {}, en.meta.locale)).toBe('1 undated article on this topic');
  });
});

describe('helpers', () => {
  it('fill placeholders, numbers in the locale, and leave unknown ones', () => {
    expect(fill('Page {page} of {pages}', { page: 2, pages: 3 }, 'en-GB')).toBe('Page 2 of 3');
    expect(fill('{count} artikel', { count: 1234 }, 'id-ID')).toBe('1.234 artikel');
    expect(fill('{count} articles', { count: 1234 }, 'en-GB')).toBe('1,234 articles');
    expect(fill('By {byline}', { byline: '{page} $& $1' }, 'en-GB')).toBe('By {page} $& $1');
    expect(fill('{a} and {b}', { a: 'x' }, 'en-GB')).toBe('x and {b}');
    expect(formatNumber(1234567, 'id-ID')).toBe('1.234.567');
  });

  it('choose plural forms by the locale', () => {
    const forms = { one: '{count} article', other: '{count} articles' };
    expect([0, 1, 2].map((n) => plural(forms, n, {}, 'en-GB'))).toEqual(['0 articles', '1 article', '2 articles']);
    expect(plural({ one: 'satu {count}', other: '{count} artikel' }, 1, {}, 'id-ID')).toBe('1 artikel');
  });

  it('cut templates at their placeholders', () => {
    expect(parts('Try the {latest} or the {topics}.')).toEqual([{ text: 'Try the ' }, { slot: 'latest' }, { text: ' or the ' }, { slot: 'topics' }, { text: '.' }]);
    expect(parts('{link}')).toEqual([{ slot: 'link' }]);
    expect(parts('no link')).toEqual([{ text: 'no link' }]);
  });
});
