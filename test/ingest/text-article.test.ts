import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { finishArticle } from '../../src/ingest/finish-article.ts';
import { readTextArticle } from '../../src/ingest/text-article.ts';
import type { Root } from 'hast';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/text');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

/** The body as [tag, text] pairs: what the reader decided each block is. */
function blocksOf(body: Root): [string, string][] {
  return body.children.map((node) => {
    if (node.type !== 'element') return [node.type, ''];
    const text = node.children
      .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? (child.children[0] as { value: string }).value : ''))
      .join('|');
    return [node.tagName, text];
  });
}

describe('readTextArticle on a wrapped English copy', () => {
  const { metadata, body } = readTextArticle(read('wrapped-english.txt'));
  const blocks = blocksOf(body);

  it('takes the headline line as the title and joins wrapped lines into paragraphs', () => {
    expect(metadata.title).toBe('Geneva talks end without a breakthrough');
    expect(blocks[0]).toEqual([
      'p',
      'GENEVA - Russian and American diplomats ended eight hours of talks in Geneva on Monday without agreeing on how to ease tension on the Ukrainian border, officials from both delegations said.',
    ]);
  });

  it('does not read a place dateline as the source', () => {
    expect(metadata.source).toBeUndefined();
  });

  it('drops the teaser line and the related-articles list but keeps what lies between', () => {
    const text = blocks.map(([, value]) => value).join('\n');
    expect(text).not.toContain('Five things to know');
    expect(text).not.toContain('NATO allies meet');
    expect(text).not.toContain('Related articles');
    expect(text).toContain('Traders blamed the talks.');
  });

  it('makes a short standalone line a heading, but not quoted or long questions', () => {
    expect(blocks.filter(([tag]) => tag === 'h2')).toEqual([['h2', 'What did the delegations discuss?']]);
    expect(blocks).toContainEqual([
      'p',
      'Arms control took up most of the day. "Why should we believe any of this?" one official asked reporters as he left the building. Diplomats expect a second round in Brussels on Wednesday.',
    ]);
  });
});

describe('readTextArticle: questions run into paragraphs', () => {
  const { metadata, body } = readTextArticle(read('quoted-questions.txt'));
  const blocks = blocksOf(body);

  it('leaves quoted, long and comma-separated questions inside their paragraphs', () => {
    expect(blocks.every(([tag]) => tag === 'p')).toBe(true);
    expect(blocks).toHaveLength(7);
    expect(blocks[3][1]).toBe('"Kami tidak tahu. Mengapa mereka datang? Itu aneh," kata seorang pejabat. Pertemuan berlanjut.');
  });

  it('leaves the title to finishArticle, which guesses it from the first sentence without its dateline', () => {
    expect(metadata.title).toBeUndefined();
    const { frontmatter } = finishArticle(body, metadata, 'x.txt', []);
    expect(frontmatter.title).toBe('Para menteri bertemu di Jenewa pada hari Senin untuk membahas krisis perbatasan');
    expect(frontmatter.titleGuessed).toBe(true);
  });

  // Each text below starts with a line ending in "." (not a headline), so every line reaches the
  // subheading step as a paragraph, in order.
  it('splits a short interrogative sentence between two complete sentences into a heading', () => {
    const { body } = readTextArticle('Pertemuan dimulai pagi ini.\nItu kata Blinken. Mengapa Rusia dan AS bertemu? Pertemuan ini membahas senjata nuklir.');
    expect(blocksOf(body)).toEqual([
      ['p', 'Pertemuan dimulai pagi ini.'],
      ['p', 'Itu kata Blinken.'],
      ['h2', 'Mengapa Rusia dan AS bertemu?'],
      ['p', 'Pertemuan ini membahas senjata nuklir.'],
    ]);
  });

  it('does not make a photo caption or a link line a heading', () => {
    const lines = [
      'Pertemuan dimulai pagi ini.',
      'Vladimir Putin (Foto: AFP)',
      'Putin tidak hadir dalam pertemuan itu.',
      'Selengkapnya di https://example.com/berita',
      'Pertemuan berakhir sore hari.',
    ];
    expect(blocksOf(readTextArticle(lines.join('\n')).body)).toEqual(lines.map((line) => ['p', line]));
    const heading = blocksOf(readTextArticle([lines[0], 'Putin absen', lines[2]].join('\n')).body);
    expect(heading[1]).toEqual(['h2', 'Putin absen']);
  });

  it('does not split a question that is not between complete sentences, nor in the lede', () => {
    const paragraphs = (...lines: string[]) => blocksOf(readTextArticle(lines.join('\n')).body);
    const lede = 'Semua menunggu. Mengapa Rusia dan AS bertemu? Pertemuan ini penting.';
    expect(paragraphs(lede)).toEqual([['p', lede]]);
    const lowercaseAfter = ['Pertemuan dimulai.', 'Semua menunggu. Mengapa Rusia dan AS bertemu? tanya warga.'];
    expect(paragraphs(...lowercaseAfter)).toEqual(lowercaseAfter.map((line) => ['p', line]));
    const notInterrogative = ['Pertemuan dimulai.', 'Semua menunggu. Rusia dan AS bertemu? Pertemuan ini penting.'];
    expect(paragraphs(...notInterrogative)).toEqual(notInterrogative.map((line) => ['p', line]));
  });
});

describe('readTextArticle: headline then dateline', () => {
  it('takes the headline as title and the dateline after it as source, keeping the dateline paragraph', () => {
    const { metadata, body } = readTextArticle(read('headline-dateline.txt'));
    expect(metadata.title).toBe('Rusia Kecewa dengan Sinyal AS dan NATO Jelang Perundingan Jenewa');
    expect(metadata.source).toBe('Suara.com');
    expect(blocksOf(body)[0][1]).toMatch(/^Suara\.com - Moskow mengatakan kecewa/);
    expect(blocksOf(body)).toHaveLength(2);
  });

  it('drops the headline line from the body even when the frontmatter gives the title', () => {
    const { metadata, body } = readTextArticle(`---\ntitle: Judul dari pengguna\n---\n${read('headline-dateline.txt')}`);
    expect(metadata.title).toBe('Judul dari pengguna');
    expect(blocksOf(body)).toHaveLength(2);
  });
});

describe('readTextArticle: dates', () => {
  it('reads a date line under the headline as the published date and drops it from the body', () => {
    const { metadata, body } = readTextArticle(read('dated.txt'), { now: new Date('2026-01-01T00:00:00Z') });
    expect(metadata.title).toBe('Pertemuan di Jenewa berakhir tanpa hasil');
    expect(metadata.published).toBe('2022-01-09T14:30:00+07:00');
    expect(metadata.publishedFrom).toBe('dateline');
    expect(blocksOf(body).map(([, text]) => text).join(' ')).not.toContain('14:30');
  });

  it('does not take a headline that mentions a date for a date line', () => {
    const { metadata } = readTextArticle('Biden meets Putin in Geneva on January 9, 2022\nThe two leaders talked for two hours about arms control and Ukraine.');
    expect(metadata.title).toBe('Biden meets Putin in Geneva on January 9, 2022');
    expect(metadata.published).toBeUndefined();
  });
});

describe('readTextArticle with frontmatter', () => {
  const { metadata, body } = readTextArticle(read('frontmatter.txt'));

  it('lets the frontmatter set title, date, source, language and topics', () => {
    expect(metadata).toEqual({
      title: 'Perundingan Jenewa berakhir tanpa terobosan',
      published: '2022-01-10',
      source: 'Contoh Harian',
      topics: ['russia-nato'],
      lang: 'id',
    });
  });

  it('reads "story: none" as an article in no story, and an empty story as nothing said', () => {
    expect(readTextArticle('---\nstory: none\n---\nText.\n').metadata).toEqual({ alone: true });
    expect(readTextArticle('---\nstory:\n---\nText.\n').metadata).toEqual({});
  });

  it('keeps the frontmatter out of the body', () => {
    expect(blocksOf(body)).toEqual([
      ['p', 'Jenewa - Delegasi Rusia dan Amerika Serikat bertemu selama delapan jam pada hari Senin (10/01).'],
      ['p', 'Kedua pihak sepakat untuk bertemu lagi pekan depan.'],
    ]);
  });
});

describe('readTextArticle on bad input', () => {
  const reason = (text: string) => {
    try {
      readTextArticle(text);
    } catch (error) {
      // A bad input's reason (IngestError), or its frontmatter's mistake (ConfigError): both are shown to the user.
      expect(error instanceof IngestError || error instanceof ConfigError, String(error)).toBe(true);
      return (error as Error).message;
    }
    return 'no error';
  };

  it('reports invalid frontmatter YAML with its line', () => {
    expect(reason('---\ntitle: [unclosed\n---\nText.\n')).toMatch(/^frontmatter: invalid YAML at line \d+, column \d+: /);
    expect(reason('---\ntitel: Typo\n---\nText.\n')).toMatch(/^frontmatter: unknown key "titel"/);
    expect(reason('---\npublished: 9 Januari\n---\nText.\n')).toMatch(/^frontmatter: published must be an ISO 8601 date/);
    // Only "none" (no story) can be said of a story: the stage names stories.
    expect(reason('---\nstory: maybe\n---\nText.\n')).toBe('frontmatter: story must be none, to keep this article out of every story (got "maybe")');
    expect(reason('---\nstory: [a, b]\n---\nText.\n')).toBe('frontmatter: story must be none, to keep this article out of every story (got a list)');
    expect(reason('---\nstory: true\n---\nText.\n')).toBe('frontmatter: story must be none, to keep this article out of every story (got true)');
  });


  it('never evaluates a JavaScript frontmatter block', () => {
    expect(reason('---js\n{ title: (globalThis.pwned = 1) }\n---\nText.\n')).toMatch(/only YAML frontmatter/);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('refuses a file that is only boilerplate', () => {
    expect(reason('Berita Terkait\n-\nSatu\n-\nDua\n')).toMatch(/^no article text/);
  });
});

describe('readTextArticle: datelines, link lists and list items', () => {
  it('reads a site dateline as the source, with or without a city', () => {
    const source = (text: string) => readTextArticle(text).metadata.source;
    expect(source('Suara.com - Moskow mengatakan')).toBe('Suara.com');
    expect(source('Jakarta, KOMPAS.com -- Presiden')).toBe('KOMPAS.com');
    expect(source('Liputan6.com, Jakarta - Presiden')).toBe('Liputan6.com');
    expect(source('JAKARTA - Presiden')).toBeUndefined();
    expect(source('Harga naik 2.5 - 3 persen')).toBeUndefined();
  });

  it('cuts from the first link list on, not at a heading word used in prose', () => {
    const { body } = readTextArticle(['Body.', 'Popular', 'Still body.', 'Terpopuler', '- a', 'After.'].join('\n'));
    expect(blocksOf(body).map(([, text]) => text)).toEqual(['Body.', 'Popular', 'Still body.']);
  });

  it('groups "-" marker lines and "- " lines into list items', () => {
    const { body } = readTextArticle(['Intro:', '-', 'first', '- second', 'After.'].join('\n'));
    expect(blocksOf(body)).toEqual([
      ['p', 'Intro:'],
      ['ul', 'first|second'],
      ['p', 'After.'],
    ]);
  });
});
