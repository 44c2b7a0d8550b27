import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bylineNames, newsArticle, newsArticleJsonLd, openGraphLocale, scriptSafeJson } from '../../src/lib/structured-data.ts';

const full = {
  headline: 'Rusia "kecewa" menjelang pembicaraan di Jenewa',
  description: 'Moskow mengatakan "kecewa".',
  published: '2022-01-09T14:30:00+07:00',
  modified: '2022-01-10T08:00:00Z',
  byline: 'Jane Doe, John Roe and Ann Poe',
  source: 'Suara.com',
  originalUrl: 'https://www.suara.com/news/2022/01/10/063000/rusia-kecewa',
  lang: 'id',
  url: 'https://kliping.example/news/articles/suara-rusia-nato-jenewa/',
  image: 'https://kliping.example/news/article-media/suara-rusia-nato-jenewa/ryabkov.jpg',
  keywords: ['Russia–NATO', 'Ukraine'],
};

describe('newsArticle', () => {
  it('carries every field the article has', () => {
    expect(JSON.parse(newsArticleJsonLd(full))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: full.headline,
      description: full.description,
      datePublished: full.published,
      dateModified: full.modified,
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'John Roe' },
        { '@type': 'Person', name: 'Ann Poe' },
      ],
      publisher: { '@type': 'Organization', name: 'Suara.com' },
      isBasedOn: full.originalUrl,
      inLanguage: 'id',
      url: full.url,
      mainEntityOfPage: full.url,
      image: full.image,
      keywords: full.keywords,
    });
  });

  it('leaves out what the article lacks', () => {
    expect(newsArticle({ headline: 'Notes', url: 'https://kliping.example/articles/notes/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Notes',
      url: 'https://kliping.example/articles/notes/',
      mainEntityOfPage: 'https://kliping.example/articles/notes/',
    });
  });
});

describe('bylineNames', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['Deutsche Welle', ['Deutsche Welle']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Oleh Ani Rahmawati dan Budi Santoso', ['Ani Rahmawati', 'Budi Santoso']],
    ['Jane Doe; John Roe & Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['Jane Doe,  Jane Doe ,, John   Roe', ['Jane Doe', 'John Roe']],
    ['Reuters/AP', ['Reuters', 'AP']],
    [', , ;', []],
  ])('%j → %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });
});

describe('scriptSafeJson', () => {
  it('escapes what could end the script element or be read as markup', () => {
    const hostile = {
      headline: "</script><script>alert('x')</script>",
      byline: '<!-- <script> & &amp; >',
      source: 'line\u2028separator\u2029para',
    };
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('never lets any input close the script, and always reads back the same (property)', () => {
    const chars = fc.constantFrom('<', '>', '&', '/', '!', '-', '"', "'", '\\', '\u2028', '\u2029', '\u0000', 's', 'c', 'r', 'i', 'p', 't', ' ', '\ud800', 'é');
    const hostileString = fc.array(chars, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, (headline, byline, source) => {
        const input = { headline, byline, source, url: 'https://kliping.example/articles/x/', description: headline };
        const json = newsArticleJsonLd(input);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        // What the HTML tokenizer looks for inside a script: neither `</script` nor `<!--`.
        expect(json.toLowerCase()).not.toContain('</script');
        expect(json).not.toContain('<!--');
        const parsed = JSON.parse(json);
        expect(parsed.headline).toBe(headline);
        expect(parsed.publisher?.name).toBe(source || undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe('openGraphLocale', () => {
  it.each([
    ['en', 'en_US'],
    ['id', 'id_ID'],
    ['ru', 'ru_RU'],
    ['EN', 'en_US'],
    ['xx', undefined],
    ['__proto__', undefined],
    ['constructor', undefined],
    [undefined, undefined],
  ])('%j → %j', (lang, locale) => {
    expect(openGraphLocale(lang)).toBe(locale);
  });
});
