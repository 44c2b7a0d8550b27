import { describe, expect, it } from 'vitest';
import { finishArticle } from '../../src/ingest/finish-article.ts';

describe('finishArticle', () => {
  const body = {
    type: 'root' as const,
    children: [
      { type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: 'Diplomats met in Geneva on Monday. They talked for eight hours.' }] },
    ],
  };

  it('keeps only safe, well-formed metadata values', () => {
    const { frontmatter } = finishArticle(
      body,
      {
        title: 'A\u0000 title\nover lines',
        url: 'javascript:alert(1)',
        image: 'data:image/svg+xml,<svg onload=alert(1)>',
        lang: 'en-US',
        published: 'yesterday',
        modified: '2022-01-11 08:00',
        byline: '  ',
      },
      'x.html',
      [],
    );
    expect(frontmatter).toEqual({
      title: 'A title over lines',
      titleGuessed: undefined,
      source: undefined,
      url: undefined,
      byline: undefined,
      published: undefined,
      publishedFrom: undefined,
      modified: '2022-01-11T08:00',
      lang: 'en',
      image: undefined,
      topics: [],
      summary: 'Diplomats met in Geneva on Monday. They talked for eight hours.',
      sourceFile: 'x.html',
    });
  });

  it('guesses a title when the input has none, and prefers the description for the summary', () => {
    const { frontmatter } = finishArticle(body, { description: 'Eight hours of talks.' }, 'y.html', []);
    expect(frontmatter.title).toBe('Diplomats met in Geneva on Monday');
    expect(frontmatter.titleGuessed).toBe(true);
    expect(frontmatter.summary).toBe('Eight hours of talks.');
  });

  it('guesses, for every reader, a date implied by weekdays and the language, marking the date as guessed', () => {
    const paragraph = (text: string) => ({ type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: text }] });
    const indonesian = {
      type: 'root' as const,
      children: [paragraph('Para diplomat bertemu pada hari Senin (10/01) di Jenewa untuk membahas krisis di perbatasan Ukraina dengan Rusia dan NATO.')],
    };
    const { frontmatter } = finishArticle(indonesian, { title: 'Jenewa' }, 'a.txt', [], new Date('2026-01-01T00:00:00Z'));
    expect(frontmatter.published).toBe('2022-01-10');
    expect(frontmatter.publishedFrom).toBe('weekday');
    expect(frontmatter.lang).toBe('id');
    // What the input says wins over both guesses.
    const given = finishArticle(indonesian, { title: 'Jenewa', published: '2022-01-11', lang: 'ms' }, 'a.txt', [], new Date('2026-01-01T00:00:00Z'));
    expect([given.frontmatter.published, given.frontmatter.publishedFrom, given.frontmatter.lang]).toEqual(['2022-01-11', undefined, 'ms']);
  });

  it('carries "story: none" on beside the frontmatter, which names no story (the story stage does)', () => {
    const alone = finishArticle(body, { title: 'T', alone: true }, 'a.html', []);
    expect(alone.alone).toBe(true);
    expect(alone.frontmatter).not.toHaveProperty('story');
    expect(finishArticle(body, { title: 'T' }, 'b.html', []).alone).toBe(false);
  });

  it('refuses an article whose body sanitizes to nothing', () => {
    const scriptOnly = { type: 'root' as const, children: [{ type: 'element' as const, tagName: 'script', properties: {}, children: [{ type: 'text' as const, value: 'alert(1)' }] }] };
    expect(() => finishArticle(scriptOnly, { title: 'T' }, 'z.html', [])).toThrow('no article text found');
  });
});
