/**
 * The site built with content/site.yml's settings: an Indonesian interface, a title and a
 * description of the user's, 2 articles a page and 3 a feed, from the hand-written fixture
 * articles (test/fixtures/site/articles/: 4 dated, 2 undated).
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { parseFeedXml } from '../lib/xml.ts';
import { buildSiteForTest } from './astro-build.ts';
import { elements, parseHtml, text as rawText } from './html.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'test/fixtures/site');
const site = 'https://kliping.example';
const base = '/';

const siteYml = [
  '# The reader’s side, in Indonesian.',
  'title: Kliping Jenewa',
  'description: Berita tentang perundingan Rusia dan NATO di Jenewa.',
  'language: id',
  'pageSize: 2',
  'feedSize: 3',
  '',
].join('\n');

let work: string;
let outDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kliping-settings-'));
  const articles = path.join(work, 'articles');
  const content = path.join(work, 'content');
  outDir = path.join(work, 'dist');
  await cp(path.join(fixtures, 'articles'), articles, { recursive: true });
  await mkdir(content);
  await cp(path.join(fixtures, 'content/topics.yml'), path.join(content, 'topics.yml'));
  await writeFile(path.join(content, 'site.yml'), siteYml);
  const publicDir = path.join(work, 'public');
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  await buildSiteForTest({ articles, content, outDir, publicDir, work, site, base });
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

async function page(file: string): Promise<Root> {
  return parseHtml(await read(file));
}

/** The text under `node`, its runs of whitespace made one space, trimmed. */
const text = (node: Element | Root): string => rawText(node).replace(/\s+/g, ' ').trim();

const byClass = (tree: Root | Element, tagName: string, className: string) =>
  elements(tree, tagName).filter((element) => String(element.properties.className).split(' ').includes(className));

describe('site built with language: id, a title of its own and pageSize 2', () => {
  it('speaks Indonesian on the digest: <html lang>, title, headings, days, dates, links', async () => {
    const tree = await page('index.html');
    expect(elements(tree, 'html')[0].properties.lang).toBe('id');
    expect(text(elements(tree, 'title')[0])).toBe('Kliping Jenewa');
    const description = elements(tree, 'meta').find((meta) => meta.properties.name === 'description');
    expect(description?.properties.content).toBe('Berita tentang perundingan Rusia dan NATO di Jenewa.');
    expect(text(elements(tree, 'h1')[0])).toBe('Artikel terbaru');
    expect(elements(tree, 'h2').map(text)).toEqual(['Minggu, 9 Januari 2022']);
    expect(text(tree)).toContain('9 Jan 2022');
    expect(elements(tree, 'a').find((a) => text(a) === '2 artikel tanpa tanggal')?.properties.href).toBe('/undated/');
    // Dates and topic names are the interface's; each article keeps its own language.
    const kyiv = elements(tree, 'article').find((article) => text(article).includes('Kyiv talks resume'))!;
    expect(kyiv.properties.lang).toBe('en');
    expect(byClass(kyiv, 'p', 'meta')[0].properties.lang).toBe('id');
    // A story's headline is its first telling in the interface's language: Suara.com's, not TASS's
    // (the first of all), with the story's words in Indonesian.
    const story = elements(tree, 'article').find((article) => String(article.properties.className).includes('story-summary'))!;
    expect(story.properties.lang).toBe('id');
    expect([text(elements(story, 'h3')[0]), elements(story, 'h3')[0].properties.lang]).toEqual([
      'Rusia "kecewa" dengan sinyal AS dan NATO menjelang pembicaraan di Jenewa',
      'id',
    ]);
    expect(text(story)).toContain('Peristiwa');
    expect(text(story)).toContain('2 artikel');
    expect(text(story)).toContain('Dari ТАСС dan Suara.com');
    expect(elements(story, 'a')[0].properties.href).toBe('/stories/geneva-talks/');
    expect(text(elements(tree, 'footer')[0])).toContain('Kliping Jenewa: artikel yang disimpan sendiri');
    expect(text(byClass(tree, 'a', 'skip-link')[0])).toBe('Langsung ke konten');
    const feed = elements(tree, 'link').find((link) => link.properties.type === 'application/rss+xml');
    expect(feed?.properties.title).toBe('Kliping Jenewa');
  });

  it('puts 2 dated articles a page, with Indonesian pagination', async () => {
    const files = await readdir(outDir);
    expect(files).toContain('2');
    expect(files).not.toContain('3');
    const first = await page('index.html');
    expect(elements(first, 'h3').map(text)).toHaveLength(2);
    const nav = byClass(first, 'nav', 'pagination')[0];
    expect(nav.properties.ariaLabel).toBe('Halaman');
    expect(text(nav)).toContain('Halaman 1 dari 2');
    const next = elements(nav, 'a').find((a) => String(a.properties.rel) === 'next')!;
    expect(text(next)).toBe('Lebih lama →');
    expect(next.properties.href).toBe('/2/');

    const second = await page('2/index.html');
    expect(text(elements(second, 'title')[0])).toBe('Halaman 2 · Kliping Jenewa');
    // The story (TASS's and Suara.com's) is one entry of page 1: page 2 has the one left.
    expect(elements(second, 'h3').map(text)).toEqual(['Morning in Kyiv']);
    expect(elements(second, 'h2').map(text)).toEqual(['Minggu, 9 Januari 2022']);
    const prev = elements(byClass(second, 'nav', 'pagination')[0], 'a').find((a) => String(a.properties.rel) === 'prev')!;
    expect(text(prev)).toBe('← Lebih baru');

    // A topic's pages too: Ukraine has 3 dated articles.
    const ukraine = await page('topics/ukraine/index.html');
    expect(elements(ukraine, 'h3')).toHaveLength(2);
    expect(text(elements(ukraine, 'title')[0])).toBe('Ukraine · Kliping Jenewa');
    expect(text(ukraine)).toContain('1 artikel tanpa tanggal dalam topik ini');
    const ukraine2 = await page('topics/ukraine/2/index.html');
    expect(elements(ukraine2, 'h3')).toHaveLength(1);
    expect(text(elements(ukraine2, 'title')[0])).toBe('Ukraine, halaman 2 · Kliping Jenewa');
  });

  it('speaks Indonesian on the lists of topics and of undated articles, the article page and the 404', async () => {
    const topics = await page('topics/index.html');
    expect(text(elements(topics, 'h1')[0])).toBe('Topik');
    expect(text(topics)).toContain('Ukraine, its war and its politics.4 artikel · RSS');

    const undated = await page('undated/index.html');
    expect(text(elements(undated, 'h1')[0])).toBe('Artikel tanpa tanggal');
    expect(text(byClass(undated, 'p', 'lead')[0])).toContain('diurutkan menurut judul');
    const topicUndated = await page('topics/ukraine/undated/index.html');
    expect(text(elements(topicUndated, 'h1')[0])).toBe('Ukraine: artikel tanpa tanggal');
    const lead = byClass(topicUndated, 'p', 'lead')[0];
    expect(elements(lead, 'a').map((a) => [text(a), a.properties.href])).toEqual([['halaman-halaman topik ini', '/topics/ukraine/']]);

    const article = await page('articles/suara-rusia-nato-jenewa/index.html');
    expect(elements(article, 'html')[0].properties.lang).toBe('id');
    const meta = byClass(article, 'p', 'meta')[0];
    expect(text(meta)).toContain('Oleh Deutsche Welle');
    expect(text(meta)).toContain('9 Jan 2022, 14:30 UTC+7');
    expect(text(byClass(meta, 'span', 'date-source')[0])).toBe('(tanggal dibaca dari baris tanggal halaman)');
    expect(text(article)).toContain('Sumber asli:');
    expect(text(elements(article, 'title')[0])).toBe('Rusia "kecewa" dengan sinyal AS dan NATO menjelang pembicaraan di Jenewa · Kliping Jenewa');
    expect(text(byClass(article, 'p', 'story-link')[0])).toBe(
      'Bagian dari peristiwa: Rusia "kecewa" dengan sinyal AS dan NATO menjelang pembicaraan di Jenewa (2 artikel dari 2 media)',
    );

    const stories = await page('stories/index.html');
    expect(text(elements(stories, 'h1')[0])).toBe('Peristiwa');
    expect(text(stories)).toContain('Dalam bahasa Rusia dan Indonesia');

    const notFound = await page('404.html');
    expect(text(elements(notFound, 'h1')[0])).toBe('Halaman tidak ditemukan');
    expect(text(notFound)).toContain('Coba lihat artikel terbaru atau daftar topik.');
  });

  it('titles the feeds as site.yml says, in its language, with feedSize items', async () => {
    const channel = parseFeedXml(await read('rss.xml'), 'rss.xml').rss.channel;
    expect(channel.title).toBe('Kliping Jenewa');
    expect(channel.description).toBe('Berita tentang perundingan Rusia dan NATO di Jenewa.');
    expect(channel.language).toBe('id');
    expect(channel.item).toHaveLength(3);
    const ukraine = parseFeedXml(await read('topics/ukraine/rss.xml'), 'ukraine').rss.channel;
    expect(ukraine.title).toBe('Ukraine · Kliping Jenewa');
    expect(ukraine.language).toBe('id');
    expect(ukraine.item).toHaveLength(3);
    const energy = parseFeedXml(await read('topics/energy/rss.xml'), 'energy').rss.channel;
    // A topic without a description of its own gets the interface's (escaped as HTML, as every description).
    expect(energy.description).toBe('Artikel tentang Energy &amp; gas.');
  });
});

describe('a mistake in site.yml', () => {
  it('stops the ingest before it writes anything, naming the line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kliping-settings-ingest-'));
    try {
      const content = path.join(dir, 'content');
      await mkdir(content);
      await cp(path.join(repoRoot, 'content/suara-rusia-nato-jenewa.txt'), path.join(content, 'suara-rusia-nato-jenewa.txt'));
      for (const [yaml, reason] of [
        ['title: Kliping\nlanguage: fr\n', 'line 2: language must be one of en, id (got "fr")'],
        ['# sizes\npageSize: 0\n', 'line 2: pageSize must be a whole number from 1 to 500 (got 0)'],
        ['feedsize: 10\n', 'line 1: feedsize is not a known setting (title, description, language, pageSize, feedSize, images)'],
      ]) {
        await writeFile(path.join(content, 'site.yml'), yaml);
        const lines: string[] = [];
        const report = await ingest(content, path.join(dir, 'out'), { log: (line) => lines.push(line) });
        expect(report.stopped).toBe(true);
        expect(lines[0]).toBe(`site.yml: failed: ${reason}`);
        await expect(readdir(path.join(dir, 'out'))).rejects.toThrow();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
