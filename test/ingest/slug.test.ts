import { describe, expect, it } from 'vitest';
import { uniqueSlugs } from '../../src/ingest/slug.ts';

/** The slug of an input that has content/ to itself: no other input competes for it. */
const slugOf = (sourceFile: string) => uniqueSlugs([sourceFile]).get(sourceFile)!;

describe('slug of one input', () => {
  it('folds accents and case into ASCII words joined by hyphens', () => {
    expect(slugOf('  Suara: Rusia & NATO di Jenéwa! ')).toBe('suara-rusia-nato-di-jenewa');
  });

  it('stays within the maximum length (80), cut at a hyphen', () => {
    const slug = slugOf('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)+$/);
  });

  it('drops the extension and keeps folders as part of the slug', () => {
    expect(slugOf('suara-rusia-nato-jenewa.txt')).toBe('suara-rusia-nato-jenewa');
    expect(slugOf('2022/01/Geneva talks.html')).toBe('2022-01-geneva-talks');
    expect(slugOf('v1.2/notes.md')).toBe('v1-2-notes');
  });

  it('transliterates names in other scripts into readable slugs', () => {
    expect(slugOf('Рябков назвал переговоры трудными.html')).toBe('ryabkov-nazval-peregovory-trudnymi');
    expect(slugOf('Берлін ×.html')).toBe('berlin');
    expect(slugOf('Україна/Зеленський.txt')).toBe('ukrayina-zelenskiy');
    expect(slugOf('Ελλάδα.md')).toBe('ellada');
    expect(slugOf('Straße in Łódź.html')).toBe('strasse-in-lodz');
  });

  it('gives a name it cannot spell in Latin letters a stable hashed slug', () => {
    const slug = slugOf('北京.html');
    expect(slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugOf('北京.html')).toBe(slug);
    expect(slugOf('東京.html')).not.toBe(slug);
  });
});

describe('uniqueSlugs', () => {
  it('keeps the plain slug for the first path and suffixes the others with their own hash', () => {
    const slugs = uniqueSlugs(['a.txt', 'b.md', 'a.html', 'A.md']);
    expect(slugs.get('A.md')).toBe('a');
    expect(slugs.get('b.md')).toBe('b');
    expect(slugs.get('a.html')).toMatch(/^a-[0-9a-f]{8}$/);
    expect(slugs.get('a.txt')).toMatch(/^a-[0-9a-f]{8}$/);
    expect(new Set(slugs.values()).size).toBe(4);
    // A suffix depends on the path only, not on which other files exist.
    expect(uniqueSlugs(['a.md', 'a.txt']).get('a.txt')).toBe(slugs.get('a.txt'));
  });
});
