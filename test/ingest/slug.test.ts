import { describe, expect, it } from 'vitest';
import { maxSlugLength, slugForSource, slugify, uniqueSlugs } from '../../src/ingest/slug.ts';

describe('slugify', () => {
  it('folds accents and case into ASCII words joined by hyphens', () => {
    expect(slugify('  Suara: Rusia & NATO di Jenéwa! ')).toBe('suara-rusia-nato-di-jenewa');
  });

  it('stays within the maximum length, cut at a hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug).toMatch(/^word(-word)+$/);
  });
});

describe('slugForSource', () => {
  it('drops the extension and keeps folders as part of the slug', () => {
    expect(slugForSource('suara-rusia-nato-jenewa.txt')).toBe('suara-rusia-nato-jenewa');
    expect(slugForSource('2022/01/Geneva talks.html')).toBe('2022-01-geneva-talks');
    expect(slugForSource('v1.2/notes.md')).toBe('v1-2-notes');
  });

  it('gives a name without Latin letters a stable hashed slug', () => {
    const slug = slugForSource('Новости.html');
    expect(slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugForSource('Новости.html')).toBe(slug);
    expect(slugForSource('Україна.html')).not.toBe(slug);
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
