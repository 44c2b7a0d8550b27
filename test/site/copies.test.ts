/**
 * Copies of an article (`copies` in its frontmatter, src/article/format.ts): other saved inputs
 * holding the same article, folded into it by the ingest, each keeping its permanent slug.
 *
 * Builds the site under a non-root base from articles written in the generated format, with
 * copies good and bad, and checks the article page's "Also saved as", the redirect page each
 * copy's address gets, that a real article's address always wins, and that a malformed copy
 * degrades to absent without failing the build.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite } from '../../scripts/lib/serve-site.ts';
import { copyRedirects } from '../../src/lib/copies.ts';
import { buildSiteForTest } from './astro-build.ts';
import { elements, parseHtml, text } from './html.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const site = 'https://kliping.example';
const base = '/news/';
const origin = `${site}${base}`;

let work: string;
let outDir: string;

/** One generated article file: frontmatter (as the ingest writes it) and a body. */
function article(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---\n\n${body}\n`;
}

const articles: Record<string, string> = {
  'geneva-talks.md': article(
    {
      title: 'Geneva talks open',
      source: 'Example Wire',
      url: 'https://wire.example.com/geneva',
      published: '2022-01-10T09:00:00+01:00',
      lang: 'en',
      topics: ['russia-nato'],
      sourceFile: 'geneva-talks.html',
      copies: [
        { sourceFile: 'kompas/geneva.txt', slug: 'kompas-geneva', source: 'Kompas.com', url: 'https://www.kompas.com/geneva' },
        { sourceFile: 'geneva talks (copy).html', slug: 'geneva-talks-copy' },
        { sourceFile: 'tass/geneva.html', slug: 'tass-geneva', url: 'https://tass.example.ru/geneva' },
        // Its slug is a real article's: that article keeps its address.
        { sourceFile: 'older-story.txt', slug: 'older-story' },
        // A `javascript:` URL and a site name with markup: the URL is dropped, the name is text.
        { sourceFile: 'evil.html', slug: 'evil-copy', url: 'javascript:alert(1)', source: '<img src=x onerror=alert(1)>' },
        // Not a slug, or no file: not a copy the site can show or send on.
        { sourceFile: 'bad.html', slug: 'Bad Slug/../x' },
        { slug: 'no-file' },
        'just a string',
      ],
    },
    'Delegations met in Geneva on Monday.',
  ),
  'older-story.md': article(
    {
      title: 'An older story',
      published: '2022-01-08',
      lang: 'en',
      sourceFile: 'older-story.html',
      // Claims a slug the newer article claims too: the newer one (first in digest order) keeps it.
      copies: [{ sourceFile: 'also-geneva.html', slug: 'kompas-geneva' }, { sourceFile: 'older-copy.txt', slug: 'older-copy' }],
    },
    'Something happened earlier.',
  ),
  'no-copies.md': article({ title: 'Plain article', published: '2022-01-09', sourceFile: 'plain.html', copies: 'not a list' }, 'Nothing copied.'),
};

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kliping-copies-'));
  const articlesDir = path.join(work, 'articles');
  const content = path.join(work, 'content');
  outDir = path.join(work, 'dist');
  const publicDir = path.join(work, 'public');
  await mkdir(articlesDir);
  await mkdir(content);
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(articlesDir, name), text);
  await cp(path.join(repoRoot, 'test/fixtures/site/content/topics.yml'), path.join(content, 'topics.yml'));
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  await buildSiteForTest({ articles: articlesDir, content, outDir, publicDir, work, site, base });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(outDir, file), 'utf8');
/** What a redirect page says: where it refreshes to, its canonical URL, its links. */
async function redirectOf(slug: string) {
  const tree = parseHtml(await read(`articles/${slug}/index.html`));
  const metas = elements(tree, 'meta');
  const refresh = metas.find((meta) => String(meta.properties.httpEquiv).toLowerCase() === 'refresh');
  return {
    refresh: refresh ? String(refresh.properties.content) : undefined,
    canonical: elements(tree, 'link').find((link) => String(link.properties.rel) === 'canonical')?.properties.href,
    robots: metas.find((meta) => meta.properties.name === 'robots')?.properties.content,
    csp: metas.find((meta) => String(meta.properties.httpEquiv) === 'Content-Security-Policy')?.properties.content,
    links: elements(tree, 'a').map((a) => a.properties.href),
    tree,
  };
}

describe('copies of an article (base /news/)', () => {
  it('shows "Also saved as" on the article page: linked source names, else file names', async () => {
    const tree = parseHtml(await read('articles/geneva-talks/index.html'));
    const footer = elements(tree, 'footer').find((footer) => text(footer).includes('Also saved as'))!;
    expect(footer).toBeDefined();
    const copies = elements(footer, 'p').find((p) => text(p).includes('Also saved as'))!;
    expect(text(copies)).toBe('Also saved as: Kompas.com, geneva talks (copy).html, tass.example.ru, older-story.txt, evil.html');
    const links = elements(copies, 'a').map((a) => ({ href: a.properties.href, text: text(a), rel: a.properties.rel }));
    expect(links).toEqual([
      { href: 'https://www.kompas.com/geneva', text: 'Kompas.com', rel: ['noopener', 'noreferrer', 'nofollow'] },
      { href: 'https://tass.example.ru/geneva', text: 'tass.example.ru', rel: ['noopener', 'noreferrer', 'nofollow'] },
    ]);
    // The `javascript:` URL is gone (the copy shows its file name), and no markup came through.
    const html = await read('articles/geneva-talks/index.html');
    expect(html).not.toMatch(/javascript:|<img src=x|onerror=/i);
    expect(text(copies)).not.toContain('Bad Slug');
    expect(text(copies)).not.toContain('no-file');
  });

  it('leaves articles without copies (or with a malformed list) as they were', async () => {
    for (const file of ['articles/no-copies/index.html']) {
      const tree = parseHtml(await read(file));
      expect(text(tree)).not.toContain('Also saved as');
      expect(text(tree)).toContain('Nothing copied.');
    }
  });

  it('gives each copy’s address a page sending the reader on to the article, under the base', async () => {
    for (const slug of ['kompas-geneva', 'geneva-talks-copy', 'tass-geneva', 'evil-copy']) {
      const redirect = await redirectOf(slug);
      expect(redirect.refresh, slug).toBe('0; url=/news/articles/geneva-talks/');
      expect(redirect.canonical, slug).toBe(`${origin}articles/geneva-talks/`);
      expect(redirect.links, slug).toEqual(['/news/articles/geneva-talks/']);
      expect(redirect.robots, slug).toBe('noindex');
      expect(String(redirect.csp), slug).toContain("script-src 'none'");
      expect(elements(redirect.tree, 'script'), slug).toEqual([]);
      expect(text(redirect.tree), slug).toContain('Geneva talks open');
    }
    expect((await redirectOf('older-copy')).refresh).toBe('0; url=/news/articles/older-story/');
  });

  it('never takes a real article’s address, and gives a contested slug to the newest article', async () => {
    // older-story is a real article: its page is the article, not a redirect.
    const older = await redirectOf('older-story');
    expect(older.refresh).toBeUndefined();
    expect(text(elements(older.tree, 'h1')[0])).toBe('An older story');
    // Both articles claim kompas-geneva: the newer (first in digest order) has it.
    expect((await redirectOf('kompas-geneva')).refresh).toBe('0; url=/news/articles/geneva-talks/');
  });

  it('makes no page for a copy without a valid slug, and lists no copy page in the feeds', async () => {
    const files = (await readdir(path.join(outDir, 'articles'), { recursive: true })).map(String);
    expect(files.filter((file) => file.endsWith('index.html')).sort()).toEqual(
      [
        'evil-copy',
        'geneva-talks',
        'geneva-talks-copy',
        'kompas-geneva',
        'no-copies',
        'older-copy',
        'older-story',
        'tass-geneva',
      ]
        .map((slug) => path.join(slug, 'index.html'))
        .sort(),
    );
    const feed = await read('rss.xml');
    expect(feed).not.toContain('kompas-geneva');
    expect(feed).toContain(`${origin}articles/geneva-talks/`);
  });
});

describe('copyRedirects', () => {
  const entry = (id: string, ...slugs: string[]) => ({ id, data: { copies: slugs.map((slug) => ({ slug })) } });

  it('gives each copy slug to the first article claiming it, and none that is an article’s', () => {
    const articles = [entry('a', 'x', 'b', 'y'), entry('b', 'x', 'z', 'z'), entry('c')];
    expect(copyRedirects(articles).map(({ slug, article }) => `${slug}→${article.id}`)).toEqual(['x→a', 'y→a', 'z→b']);
  });

  it('is linear in the number of articles and copies', () => {
    const many = Array.from({ length: 50_000 }, (_, n) => entry(`article-${n}`, `copy-${n}`, `article-${(n + 1) % 50_000}`));
    const start = performance.now();
    expect(copyRedirects(many)).toHaveLength(50_000);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe.skipIf(!hasChromium)('a copy’s address in Chromium (base /news/)', () => {
  it('lands on the article', async () => {
    const server = await serveSite(outDir, base);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await page.goto(server.url('articles/kompas-geneva/'));
      await page.waitForURL(server.url('articles/geneva-talks/'));
      expect(await page.locator('h1').first().textContent()).toBe('Geneva talks open');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
