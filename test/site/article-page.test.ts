/**
 * The reader's side of an article page, on the real site built under a non-root base from the
 * hand-written fixtures (test/fixtures/site/articles/ and test/fixtures/site/related/): related
 * reading, the NewsArticle JSON-LD, Open Graph article tags, robots.txt and the print stylesheet;
 * then, in Chromium with the site's CSP in force, that the JSON-LD block trips no policy and that
 * the print sheet hides the page's frame.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/serve-site.ts';
import { buildSiteForTest } from './astro-build.ts';
import { elements, parseHtml, text } from './html.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'test/fixtures/site');
const site = 'https://kliping.example';
const base = '/news/';
const origin = `${site}${base}`;

let work: string;
let outDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kliping-article-page-'));
  const articles = path.join(work, 'articles');
  const content = path.join(work, 'content');
  outDir = path.join(work, 'dist');
  await cp(path.join(fixtures, 'articles'), articles, { recursive: true });
  await cp(path.join(fixtures, 'related'), path.join(articles, 'related'), { recursive: true, filter: (from) => !from.endsWith('README.md') });
  await mkdir(content);
  await cp(path.join(fixtures, 'content/topics.yml'), path.join(content, 'topics.yml'));
  const publicDir = path.join(work, 'public');
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  await buildSiteForTest({ articles, content, outDir, publicDir, work, site, base });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

async function page(file: string): Promise<Root> {
  return parseHtml(await read(file));
}

/** `property` → contents of the page's `<meta property>` tags, in order. */
function metaProperties(tree: Root): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const meta of elements(tree, 'meta')) {
    const property = meta.properties.property;
    if (typeof property !== 'string') continue;
    found.set(property, [...(found.get(property) ?? []), String(meta.properties.content)]);
  }
  return found;
}

/** The page's JSON-LD blocks, parsed. */
function jsonLd(tree: Root): Record<string, unknown>[] {
  return elements(tree, 'script')
    .filter((script) => script.properties.type === 'application/ld+json')
    .map((script) => JSON.parse(text(script)));
}

/** The related-reading section: each entry's link, title and meta line. */
function relatedOf(tree: Root) {
  const aside = elements(tree, 'aside').find((element) => String(element.properties.className) === 'related');
  if (!aside) return undefined;
  return {
    heading: text(elements(aside, 'h2')[0]),
    items: elements(aside, 'li').map((li) => ({
      href: String(elements(li, 'a')[0].properties.href),
      title: text(elements(li, 'a')[0]),
      meta: text(elements(li, 'p')[0] ?? { type: 'root', children: [] }),
    })),
  };
}

describe('article page: related reading', () => {
  it('lists other tellings of the same story first, linked under the base, with source and date', async () => {
    const related = relatedOf(await page('articles/related/geneva-talks-reuters/index.html'))!;
    expect(related.heading).toBe('Related reading');
    expect(related.items.length).toBeGreaterThan(0);
    expect(related.items.length).toBeLessThanOrEqual(5);
    expect(related.items[0]).toEqual({
      href: '/news/articles/related/geneva-talks-ap/',
      title: 'Ryabkov and Sherman end eight hours of Geneva talks without breakthrough',
      meta: expect.stringMatching(/Example Press.*10 Jan 2022/),
    });
    const hrefs = related.items.map((item) => item.href);
    expect(hrefs).toContain('/news/articles/suara-rusia-nato-jenewa/');
    expect(hrefs).not.toContain('/news/articles/related/geneva-talks-reuters/');
    expect(hrefs).not.toContain('/news/articles/related/gas-prices-europe/');
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('relates the other story to itself, and leaves out the section when nothing relates', async () => {
    const gas = relatedOf(await page('articles/related/gas-prices-europe/index.html'))!;
    expect(gas.items[0].href).toBe('/news/articles/related/gas-storage-germany/');
    expect(gas.items[0].meta).toMatch(/Energy Daily.*6 Jan 2022/);
    expect(relatedOf(await page('articles/related/football-final/index.html'))).toBeUndefined();
  });

  it('every related link leads to a built article page', async () => {
    for (const file of ['articles/related/geneva-talks-reuters/index.html', 'articles/suara-rusia-nato-jenewa/index.html']) {
      for (const item of relatedOf(await page(file))?.items ?? []) {
        expect(item.href.startsWith('/news/articles/'), item.href).toBe(true);
        expect(existsSync(path.join(outDir, item.href.slice(base.length), 'index.html')), item.href).toBe(true);
      }
    }
  });
});

describe('article page: its story', () => {
  it('names the story by its first telling in the interface language, with its counts, and links to it', async () => {
    // The Geneva story: TASS (ru, 8 Jan), Suara.com (id, 9 Jan), Example Wire and Example Press (en, 10 Jan).
    for (const slug of ['related/geneva-talks-reuters', 'tass-nato-rasshirenie']) {
      const tree = await page(`articles/${slug}/index.html`);
      const note = elements(tree, 'p').find((p) => String(p.properties.className) === 'story-link')!;
      expect(text(note)).toBe('Part of a story: Russia and US open Geneva talks as Ryabkov warns on NATO (4 articles from 4 outlets)');
      expect(elements(note, 'a').map((a) => [a.properties.href, a.properties.lang])).toEqual([['/news/stories/geneva-talks/', 'en']]);
    }
    const story = await page('stories/geneva-talks/index.html');
    expect(text(elements(story, 'h1')[0])).toBe('Russia and US open Geneva talks as Ryabkov warns on NATO');
    expect(elements(story, 'article').map((article) => elements(article, 'a')[0].properties.href)).toEqual([
      '/news/articles/tass-nato-rasshirenie/',
      '/news/articles/suara-rusia-nato-jenewa/',
      '/news/articles/related/geneva-talks-reuters/',
      '/news/articles/related/geneva-talks-ap/',
    ]);
    expect(elements(await page('articles/related/football-final/index.html'), 'p').filter((p) => String(p.properties.className) === 'story-link')).toEqual([]);
  });
});

describe('article page: structured data and Open Graph', () => {
  it('carries one NewsArticle JSON-LD block with the article’s fields', async () => {
    const tree = await page('articles/related/geneva-talks-reuters/index.html');
    const blocks = jsonLd(tree);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Russia and US open Geneva talks as Ryabkov warns on NATO',
      description: 'Sergei Ryabkov and Wendy Sherman met in Geneva for talks on security guarantees.',
      datePublished: '2022-01-10T18:00:00+01:00',
      dateModified: '2022-01-11T09:30:00+01:00',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'John Roe' },
      ],
      publisher: { '@type': 'Organization', name: 'Example Wire' },
      isBasedOn: 'https://wire.example.com/world/geneva-talks-ryabkov',
      inLanguage: 'en',
      url: `${origin}articles/related/geneva-talks-reuters/`,
      mainEntityOfPage: `${origin}articles/related/geneva-talks-reuters/`,
      keywords: ['Russia–NATO', 'Ukraine'],
    });
  });

  it('puts the lead image in JSON-LD as the absolute URL og:image has', async () => {
    const tree = await page('articles/suara-rusia-nato-jenewa/index.html');
    const [data] = jsonLd(tree);
    expect(data.image).toBe(`${origin}article-media/suara-rusia-nato-jenewa/ryabkov.jpg`);
    expect(metaProperties(tree).get('og:image')).toEqual([data.image]);
    expect(data.inLanguage).toBe('id');
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Deutsche Welle' }]);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Suara.com' });
  });

  it('keeps a hostile article’s JSON-LD inert: nothing in it can end the script, and it reads back', async () => {
    const html = await read('articles/kyiv-talks-hostile/index.html');
    const tree = parseHtml(html);
    const scripts = elements(tree, 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0].properties.type).toBe('application/ld+json');
    const raw = text(scripts[0]);
    expect(raw).not.toMatch(/[<>&]/);
    const data = JSON.parse(raw);
    expect(data.headline).toBe("Kyiv talks resume after <script>alert('title')</script> a pause");
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Jane <img src=x onerror=alert(1)> Doe' }]);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: 'Example <b>News</b> & Co' });
    // The `javascript:` lead image was refused by the schema: no image anywhere.
    expect(data.image).toBeUndefined();
    // Outside quoted attribute values (where `<` is inert text: the meta description quotes the
    // hostile title), the only `<script` in the raw bytes is the JSON-LD block's own opening tag.
    expect(html.replace(/="[^"]*"/g, '=""').match(/<script[^>]*>/gi)).toEqual(['<script type="">']);
  });

  it('has the Open Graph article tags', async () => {
    const tree = await page('articles/related/geneva-talks-reuters/index.html');
    const og = metaProperties(tree);
    expect(og.get('og:type')).toEqual(['article']);
    expect(og.get('og:title')).toEqual(['Russia and US open Geneva talks as Ryabkov warns on NATO']);
    expect(og.get('og:description')).toEqual(['Sergei Ryabkov and Wendy Sherman met in Geneva for talks on security guarantees.']);
    expect(og.get('og:url')).toEqual([`${origin}articles/related/geneva-talks-reuters/`]);
    expect(og.get('og:site_name')).toEqual(['kliping']);
    expect(og.get('og:locale')).toEqual(['en_US']);
    expect(og.get('article:published_time')).toEqual(['2022-01-10T18:00:00+01:00']);
    expect(og.get('article:modified_time')).toEqual(['2022-01-11T09:30:00+01:00']);
    expect(og.get('article:tag')).toEqual(['Russia–NATO', 'Ukraine']);
    const indonesian = metaProperties(await page('articles/suara-rusia-nato-jenewa/index.html'));
    expect(indonesian.get('og:locale')).toEqual(['id_ID']);
    expect(indonesian.get('article:modified_time')).toBeUndefined();
  });

  it('leaves the other pages’ heads as they were: no article tags, no JSON-LD, no print sheet', async () => {
    for (const file of ['index.html', 'topics/index.html', 'topics/ukraine/index.html', '404.html']) {
      const tree = await page(file);
      const og = metaProperties(tree);
      expect(og.has('og:type'), file).toBe(false);
      expect(og.has('og:site_name'), file).toBe(false);
      expect(og.has('article:tag'), file).toBe(false);
      expect(elements(tree, 'script'), file).toEqual([]);
      expect(elements(tree, 'link').filter((link) => link.properties.media === 'print'), file).toEqual([]);
    }
  });
});

describe('robots.txt and the print stylesheet', () => {
  it('robots.txt allows everything and names the sitemap under the base', async () => {
    const robots = await read('robots.txt');
    expect(robots).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}sitemap-index.xml\n`);
    expect(existsSync(path.join(outDir, 'sitemap-index.xml'))).toBe(true);
  });

  it('article pages link the print stylesheet for print only, a same-origin file under the base', async () => {
    const tree = await page('articles/related/geneva-talks-reuters/index.html');
    const print = elements(tree, 'link').filter((link) => String(link.properties.rel) === 'stylesheet' && link.properties.media === 'print');
    expect(print).toHaveLength(1);
    const href = String(print[0].properties.href);
    expect(href).toMatch(/^\/news\/_astro\/.+\.css$/);
    const css = await read(href.slice(base.length));
    expect(css).toContain('.site-header');
    expect(css).toContain('.related');
    expect(css).toMatch(/attr\(href\)/);
    expect(css).toMatch(/break-inside:\s*avoid/);
  });
});

/**
 * In Chromium, with the page's own CSP: the JSON-LD block is data, so `script-src 'none'` is not
 * violated; printed, the frame and related reading are hidden and links show their address.
 */
describe.skipIf(!hasChromium)('article page in Chromium', () => {
  let server: ServedSite;
  let root: string;
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    server = await serveSite(outDir, base);
    root = server.url();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('trips no CSP violation with the JSON-LD block, and prints the article alone', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`));
    });
    await tab.route(/^https?:\/\/(?!127\.0\.0\.1)/, (request) => request.abort());
    for (const article of ['related/geneva-talks-reuters', 'kyiv-talks-hostile']) {
      await tab.goto(`${root}articles/${article}/`, { waitUntil: 'load' });
      expect(await tab.locator('script[type="application/ld+json"]').count()).toBe(1);
    }
    expect(problems).toEqual([]);

    await tab.goto(`${root}articles/related/geneva-talks-reuters/`, { waitUntil: 'load' });
    expect(await tab.locator('aside.related').isVisible()).toBe(true);
    await tab.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'aside.related']) {
      expect(await tab.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await tab.locator('article h1').isVisible()).toBe(true);
    const colors = await tab.evaluate(() => {
      const body = getComputedStyle(document.querySelector('.article-body')!);
      return { color: body.color, background: getComputedStyle(document.body).backgroundColor };
    });
    expect(colors).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    await tab.close();
  });
});
