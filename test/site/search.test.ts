/**
 * Search (src/pages/search.astro, scripts/build/search-index.ts): builds the site from
 * test/fixtures/site under base /digest/, indexes it with Pagefind as `npm run build` does, and
 * checks
 * - the bundle: one index per article language of the fixtures, holding only article pages,
 *   with their title, source and date, filters by topic and source;
 * - the pages: the search page and the header's search form (a plain GET form, no script),
 *   scripts only on the search page (same-origin files, nothing inline; JSON-LD data blocks
 *   aside), and a CSP that lets Pagefind run there and nowhere else;
 * - in Chromium, over a local HTTP server under /digest/: a word typed into the search page
 *   finds its article, in each language, with no CSP violation; without JavaScript the header's
 *   box leads to the search page, which says search needs JavaScript.
 *
 * Uses Debian's Chromium (/usr/bin/chromium), never a downloaded browser; the browser part is
 * skipped without it.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Root } from 'hast';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, searchView, type SearchIndexReport } from '../../scripts/build/search-index.ts';
import { chromiumPath, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/serve-site.ts';
import { buildSiteForTest } from './astro-build.ts';
import { elements, parseHtml } from './html.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'test/fixtures/site');
const site = 'https://kliping.example';
const base = '/digest/';

/** The fixtures' articles by language (test/fixtures/site/articles). */
const fixtureLanguages = { en: 3, id: 2, ru: 1 };

let work: string;
let outDir: string;
let report: SearchIndexReport;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kliping-search-'));
  const articles = path.join(work, 'articles');
  const content = path.join(work, 'content');
  const publicDir = path.join(work, 'public');
  outDir = path.join(work, 'dist');
  await cp(path.join(fixtures, 'articles'), articles, { recursive: true });
  await mkdir(content);
  await cp(path.join(fixtures, 'content/topics.yml'), path.join(content, 'topics.yml'));
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  await buildSiteForTest({ articles, content, outDir, publicDir, work, site, base });
  report = await buildSearchIndex(outDir, { base });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const read = (file: string) => readFile(path.join(outDir, file), 'utf8');
function cspOf(tree: Root): string {
  const meta = elements(tree, 'meta').find((element) => String(element.properties.httpEquiv) === 'Content-Security-Policy');
  return String(meta?.properties.content ?? '');
}

/** A Pagefind file: gzip, then a `pagefind_dcd` signature, then the data. */
async function pagefindFile(name: string): Promise<string> {
  return gunzipSync(await readFile(path.join(outDir, 'pagefind', name))).toString('utf8').replace(/^pagefind_dcd/, '');
}

describe('search index (base /digest/)', () => {
  it('sees the language around the marked body, not <html lang>, and the headline in the body', () => {
    expect(searchView('<html lang="en"><body><article lang="ru"><div data-pagefind-body>x</div></article></body></html>')?.language).toBe('ru');
    expect(searchView('<html lang="en"><body><div data-pagefind-body lang="id">x</div></body></html>')?.language).toBe('id');
    expect(searchView('<html lang="en"><body><main>x</main></body></html>')).toBeUndefined();
    expect(searchView('<html><body><div data-pagefind-body>x</div></body></html>')?.language).toBeNull();
    expect(searchView('<html lang="en"><h1 data-pagefind-meta="title">A &amp; <i>b</i>\n c</h1><p>by</p><div data-pagefind-body><p>x</p></div></html>')?.html).toBe(
      '<html lang="en"><h1 data-pagefind-meta="title">A &amp; <i>b</i>\n c</h1><p>by</p><div data-pagefind-body><h1>A &amp; b c</h1><p>x</p></div></html>',
    );
  });

  it('writes one index per article language, of the article pages only', async () => {
    expect(report.languages).toEqual(fixtureLanguages);
    const entry = JSON.parse(await read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]))).toEqual(fixtureLanguages);
    const bundle = await readdir(path.join(outDir, 'pagefind'));
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'wasm.id.pagefind', 'wasm.ru.pagefind']) expect(bundle).toContain(file);
    for (const lang of Object.keys(fixtureLanguages)) expect(bundle.some((file) => file.startsWith(`pagefind.${lang}_`) && file.endsWith('.pf_meta'))).toBe(true);
    // Pagefind's own UIs are not shipped: the search page has its own.
    expect(bundle.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  it('records each article under its URL with base, its text, title, source, date and filters', async () => {
    const fragments = await Promise.all(
      (await readdir(path.join(outDir, 'pagefind/fragment'))).map(async (name) => JSON.parse(await pagefindFile(`fragment/${name}`))),
    );
    expect(fragments).toHaveLength(6);
    for (const fragment of fragments) expect(fragment.url).toMatch(/^\/digest\/articles\/.+\/$/);
    const tass = fragments.find((fragment) => fragment.url === '/digest/articles/tass-nato-rasshirenie/');
    // Its date is written unquoted in the fixture: the site reads it as midnight UTC.
    expect(tass.meta).toMatchObject({ title: 'Рябков исключил уступки России по расширению НАТО', source: 'ТАСС', date: '2022-01-08T00:00:00.000Z' });
    expect(tass.filters).toEqual({ topic: ['Russia–NATO'], source: ['ТАСС'] });
    expect(tass.content).toContain('Россия не пойдет ни на какие уступки');
    expect(tass.content).toMatch(/^Рябков исключил уступки России по расширению НАТО\./);
    // Only the article's text: not the site's header, nor the article's own header.
    expect(tass.content).not.toMatch(/Digest|Topics|kliping/);
    const suara = fragments.find((fragment) => fragment.url === '/digest/articles/suara-rusia-nato-jenewa/');
    expect(suara.meta.date).toBe('2022-01-09T14:30:00+07:00');
    expect(suara.filters.topic.sort()).toEqual(['Russia–NATO', 'Ukraine']);
  });
});

describe('search pages (base /digest/)', () => {
  it('has a search page with its form, filters and a no-JavaScript note', async () => {
    const tree = parseHtml(await read('search/index.html'));
    const page = elements(tree, 'section').find((section) => 'dataSearch' in section.properties)!;
    expect(page.properties.dataBundle).toBe('/digest/pagefind/');
    const form = elements(page, 'form')[0];
    expect(form.properties).toMatchObject({ action: '/digest/search/', method: 'get', role: 'search' });
    expect(elements(form, 'input')[0].properties.name).toBe('q');
    const noscript = (await read('search/index.html')).match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript).toContain('Search needs JavaScript');
    expect(noscript).toContain('href="/digest/topics/"');
  });

  it('puts a plain search form in every page header, and one search landmark on the search page', async () => {
    const files = await htmlFiles();
    const pages = files.filter((file) => !file.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const tree = parseHtml(await read(file));
      const header = elements(tree, 'header').find((element) => String(element.properties.className).includes('site-header'));
      if (!header) continue; // redirect pages (copies) have no header
      // The search page has its own box instead: two search landmarks would have the same name.
      const form = file === 'search/index.html' ? elements(tree, 'form')[0] : elements(header, 'form')[0];
      if (file === 'search/index.html') {
        expect(elements(header, 'form')).toEqual([]);
        expect(elements(tree, 'form')).toHaveLength(1);
      }
      expect(form?.properties, file).toMatchObject({ action: '/digest/search/', method: 'get', role: 'search' });
      expect(elements(form, 'input').map((input) => input.properties.name), file).toEqual(['q']);
    }
  });

  it('ships JavaScript on the search page only, as same-origin files', async () => {
    for (const file of await htmlFiles()) {
      const html = await read(file);
      const tree = parseHtml(html);
      for (const element of elements(tree)) {
        for (const name of Object.keys(element.properties)) expect(name, `${file}: ${element.tagName}[${name}]`).not.toMatch(/^on/i);
      }
      // JSON-LD blocks (`application/ld+json`) are data, which browsers never run.
      const scripts = elements(tree, 'script').filter((script) => String(script.properties.type) !== 'application/ld+json');
      for (const data of elements(tree, 'script').filter((script) => !scripts.includes(script))) expect(data.properties.src, file).toBeUndefined();
      if (file === 'search/index.html') {
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) {
          expect(script.properties.type).toBe('module');
          expect(String(script.properties.src)).toMatch(/^\/digest\/_astro\/[^/]+\.js$/);
          expect(script.children).toEqual([]);
        }
      } else {
        expect(scripts, file).toEqual([]);
        // Outside quoted attribute values, no `<script` but the JSON-LD blocks'.
        const dataBlocks = elements(tree, 'script').length - scripts.length;
        expect(html.replace(/="[^"]*"/g, '=""').match(/<script/gi) ?? [], file).toHaveLength(dataBlocks);
      }
    }
  });

  it('lets Pagefind run under the search page CSP only', async () => {
    const search = cspOf(parseHtml(await read('search/index.html')));
    expect(search).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(search).toContain("worker-src 'self'");
    expect(search).toContain("default-src 'self'");
    expect(search).toContain("style-src 'self'");
    expect(search).not.toContain('unsafe-inline');
    const scriptSrc = search.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    for (const file of (await htmlFiles()).filter((name) => name !== 'search/index.html')) {
      const policy = cspOf(parseHtml(await read(file)));
      expect(policy, file).toContain("script-src 'none'");
      expect(policy, file).toContain("worker-src 'none'");
      expect(policy, file).not.toContain('wasm');
      // The header's search box may submit to the site, and nowhere else.
      expect(policy, file).toContain("form-action 'self'");
    }
  });
});

describe.skipIf(!hasChromium)(hasChromium ? 'search in Chromium' : `browser test skipped: ${chromiumPath} is absent`, () => {
  let browser: Browser;
  let server: ServedSite;

  beforeAll(async () => {
    server = await serveSite(outDir, base);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records console errors and warnings, failed requests and CSP violations. */
  async function newPage(javaScriptEnabled = true) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    // Nothing leaves the machine.
    await page.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
    if (javaScriptEnabled) {
      await page.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
    }
    return { page, context, problems };
  }

  const resultLinks = (page: import('playwright-core').Page) =>
    page.$$eval('[data-search-results] a', (links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')));

  it('finds an article by a word typed into the search page, in each language, with no CSP violation', async () => {
    const { page, context, problems } = await newPage();
    try {
      await page.goto(server.url('search/'));
      const input = page.locator('[data-search] input[name="q"]');
      for (const [word, url] of [
        ['snow', '/digest/articles/world/kyiv-morning/'],
        ['уступки', '/digest/articles/tass-nato-rasshirenie/'],
        ['Moskow', '/digest/articles/suara-rusia-nato-jenewa/'],
      ]) {
        await input.fill(word);
        await page
          .waitForFunction((href) => [...document.querySelectorAll('[data-search-results] a')].some((link) => link.getAttribute('href') === href), url, { timeout: 20_000 })
          .catch(async (error: Error) => {
            const status = await page.locator('[data-search-status]').textContent();
            throw new Error(`${word}: ${error.message}; status: ${status}; results: ${await resultLinks(page)}; problems: ${problems.join(' | ')}`);
          });
        expect(await resultLinks(page), word).toContain(url);
      }
      const result = page.locator('[data-search-results] li', { has: page.locator('a[href="/digest/articles/suara-rusia-nato-jenewa/"]') });
      expect(await result.locator('h2').textContent()).toBe('Rusia "kecewa" dengan sinyal AS dan NATO menjelang pembicaraan di Jenewa');
      expect(await result.locator('.meta').textContent()).toBe('Suara.com · 9 January 2022');
      expect(await result.locator('mark').first().textContent()).toMatch(/^Moskow/i);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('runs the query from ?q= and narrows it by source', async () => {
    const { page, context, problems } = await newPage();
    try {
      await page.goto(server.url('search/?q=kyiv'));
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length > 0, undefined, { timeout: 20_000 });
      expect(await page.locator('[data-search] input[name="q"]').inputValue()).toBe('kyiv');
      const all = await resultLinks(page);
      expect(all).toContain('/digest/articles/world/kyiv-morning/');
      await page.locator('select[name="source"]').selectOption('Example Daily');
      const daily = ['/digest/articles/world/kyiv-morning/', '/digest/articles/undated/kyiv-notes/'];
      await page.waitForFunction(
        (urls) => [...document.querySelectorAll('[data-search-results] a')].every((link) => urls.includes(link.getAttribute('href') ?? '')),
        daily,
        { timeout: 20_000 },
      );
      const narrowed = await resultLinks(page);
      expect(narrowed).toContain('/digest/articles/world/kyiv-morning/');
      expect(narrowed.every((url) => daily.includes(url ?? ''))).toBe(true);
      expect(all.length).toBeGreaterThan(narrowed.length);
      expect(new URL(page.url()).searchParams.get('source')).toBe('Example Daily');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, the header box leads to the search page, which says search needs it', async () => {
    const { page, context, problems } = await newPage(false);
    try {
      await page.goto(server.url('articles/world/kyiv-morning/'));
      await page.locator('.site-header input[name="q"]').fill('snow');
      await Promise.all([page.waitForURL(/\/digest\/search\/\?q=snow$/), page.locator('.site-header input[name="q"]').press('Enter')]);
      expect(await page.locator('[data-search]').textContent()).toContain('Search needs JavaScript');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
