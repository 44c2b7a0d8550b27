import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import {
  cutBoilerplate,
  findHeadings,
  readDateline,
  readTextArticle,
  toBlocks,
} from '../../src/ingest/text-article.ts';
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
    expect(metadata.titleGuessed).toBeUndefined();
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

  it('guesses a title from the first sentence without its dateline', () => {
    expect(metadata.title).toBe('Para menteri bertemu di Jenewa pada hari Senin untuk membahas krisis perbatasan');
    expect(metadata.titleGuessed).toBe(true);
  });

  it('splits a short interrogative sentence between two complete sentences into a heading', () => {
    const split = findHeadings([
      { kind: 'paragraph', text: 'Pertemuan dimulai pagi ini.' },
      { kind: 'paragraph', text: 'Itu kata Blinken. Mengapa Rusia dan AS bertemu? Pertemuan ini membahas senjata nuklir.' },
    ]);
    expect(split).toEqual([
      { kind: 'paragraph', text: 'Pertemuan dimulai pagi ini.' },
      { kind: 'paragraph', text: 'Itu kata Blinken.' },
      { kind: 'heading', text: 'Mengapa Rusia dan AS bertemu?' },
      { kind: 'paragraph', text: 'Pertemuan ini membahas senjata nuklir.' },
    ]);
  });

  it('does not make a photo caption or a link line a heading', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'Pertemuan dimulai pagi ini.' },
      { kind: 'paragraph' as const, text: 'Vladimir Putin (Foto: AFP)' },
      { kind: 'paragraph' as const, text: 'Putin tidak hadir dalam pertemuan itu.' },
      { kind: 'paragraph' as const, text: 'Selengkapnya di https://example.com/berita' },
      { kind: 'paragraph' as const, text: 'Pertemuan berakhir sore hari.' },
    ];
    expect(findHeadings(blocks)).toEqual(blocks);
    const heading = findHeadings([blocks[0], { kind: 'paragraph', text: 'Putin absen' }, blocks[2]]);
    expect(heading[1]).toEqual({ kind: 'heading', text: 'Putin absen' });
  });

  it('does not split a question that is not between complete sentences, nor in the lede', () => {
    const lede = [{ kind: 'paragraph' as const, text: 'Semua menunggu. Mengapa Rusia dan AS bertemu? Pertemuan ini penting.' }];
    expect(findHeadings(lede)).toEqual(lede);
    const lowercaseAfter = [
      { kind: 'paragraph' as const, text: 'Pertemuan dimulai.' },
      { kind: 'paragraph' as const, text: 'Semua menunggu. Mengapa Rusia dan AS bertemu? tanya warga.' },
    ];
    expect(findHeadings(lowercaseAfter)).toEqual(lowercaseAfter);
    const notInterrogative = [
      { kind: 'paragraph' as const, text: 'Pertemuan dimulai.' },
      { kind: 'paragraph' as const, text: 'Semua menunggu. Rusia dan AS bertemu? Pertemuan ini penting.' },
    ];
    expect(findHeadings(notInterrogative)).toEqual(notInterrogative);
  });
});

describe('readTextArticle: headline then dateline', () => {
  it('takes the headline as title and the dateline after it as source, keeping the dateline paragraph', () => {
    const { metadata, body } = readTextArticle(read('headline-dateline.txt'));
    expect(metadata.title).toBe('Rusia Kecewa dengan Sinyal AS dan NATO Jelang Perundingan Jenewa');
    expect(metadata.titleGuessed).toBeUndefined();
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
    expect(metadata.publishedGuessed).toBeUndefined();
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
      expect(error).toBeInstanceOf(IngestError);
      return (error as Error).message;
    }
    return 'no error';
  };

  it('refuses empty and blank files', () => {
    expect(reason('')).toBe('empty file (no text)');
    expect(reason(' \n\t\n')).toBe('empty file (no text)');
  });

  it('refuses binary data', () => {
    expect(reason('PK\u0003\u0004\u0000\u0000binary')).toBe('not a text file (it holds binary data)');
    const garbage = Array.from({ length: 400 }, (_, index) => String.fromCharCode((index * 37) % 32, 65 + (index % 26))).join('');
    expect(reason(garbage)).toBe('not a text file (it holds binary data)');
  });

  it('reports invalid frontmatter YAML with its line', () => {
    expect(reason('---\ntitle: [unclosed\n---\nText.\n')).toMatch(/^frontmatter: invalid YAML at line \d+, column \d+: /);
    expect(reason('---\ntitel: Typo\n---\nText.\n')).toMatch(/^frontmatter: unknown key "titel"/);
    expect(reason('---\npublished: 9 Januari\n---\nText.\n')).toMatch(/^frontmatter: published must be an ISO 8601 date/);
  });

  it('never evaluates a JavaScript frontmatter block', () => {
    expect(reason('---js\n{ title: (globalThis.pwned = 1) }\n---\nText.\n')).toMatch(/only YAML frontmatter/);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('refuses a file that is only boilerplate', () => {
    expect(reason('Berita Terkait\n-\nSatu\n-\nDua\n')).toMatch(/^no article text/);
  });
});

describe('text helpers', () => {
  it('reads a site dateline as the source, with or without a city', () => {
    expect(readDateline('Suara.com - Moskow mengatakan')?.source).toBe('Suara.com');
    expect(readDateline('Jakarta, KOMPAS.com -- Presiden')?.source).toBe('KOMPAS.com');
    expect(readDateline('Liputan6.com, Jakarta - Presiden')?.source).toBe('Liputan6.com');
    expect(readDateline('JAKARTA - Presiden')).toBeUndefined();
    expect(readDateline('Harga naik 2.5 - 3 persen')).toBeUndefined();
  });

  it('cuts from the first link list on, not at a heading word used in prose', () => {
    expect(cutBoilerplate(['Body.', 'Popular', 'Still body.', 'Terpopuler', '- a', 'After.'])).toEqual([
      'Body.',
      'Popular',
      'Still body.',
    ]);
  });

  it('groups "-" marker lines and "- " lines into list items', () => {
    expect(toBlocks(['Intro:', '-', 'first', '- second', 'After.'])).toEqual([
      { kind: 'paragraph', text: 'Intro:' },
      { kind: 'item', text: 'first' },
      { kind: 'item', text: 'second' },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });
});
