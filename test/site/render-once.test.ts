/**
 * Each article body is rendered once, by the content layer as it loads the collection (the site's
 * Markdown processor, src/lib/markdown-processor.ts), and that HTML is what the page shows and
 * what feeds carry (with absolute URLs). Astro keeps rendered entries in its data store (its
 * cache folder) across builds and renders again only what changed: these builds share one cache
 * and check that a new `base` or a new `images` policy in content/site.yml still reaches every
 * body, never a stale one.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedBodyHtml, renderArticleBody } from '../../src/lib/render.ts';
import { buildSiteForTest, type TestBuild } from './astro-build.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const site = 'https://kliping.example';

const markdown = [
  'Talks resumed in [Geneva](https://wire.example.com/geneva) on Monday.',
  '',
  '![Kept photo](/article-media/story/photo.jpg)',
  '',
  '![Remote photo](https://cdn.example.com/photo.jpg)',
  '',
  '| Side | Delegate |',
  '| :--- | ---: |',
  '| Russia | Ryabkov |',
].join('\n');

const file = `---
title: "Talks resume"
source: "Example Wire"
published: "2022-01-10"
topics:
  - "russia-nato"
sourceFile: "story.html"
---

${markdown}
`;

let work: string;
let build: TestBuild;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kliping-render-once-'));
  const articles = path.join(work, 'articles');
  const content = path.join(work, 'content');
  await mkdir(articles);
  await mkdir(content);
  await writeFile(path.join(articles, 'story.md'), file);
  await cp(path.join(repoRoot, 'test/fixtures/site/content/topics.yml'), path.join(content, 'topics.yml'));
  const publicDir = path.join(work, 'public');
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  build = { articles, content, outDir: path.join(work, 'dist'), publicDir, work, site, base: '/news/' };
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The article page's body, as built. */
async function pageBody(): Promise<string> {
  const html = await readFile(path.join(build.outDir, 'articles/story/index.html'), 'utf8');
  return /<div class="article-body"[^>]*>([\s\S]*?)<\/div>\s*(?:<footer|<\/article>)/.exec(html)![1];
}

/** The site feed's one item content, as built (XML-unescaped). */
async function feedContent(): Promise<string> {
  const xml = await readFile(path.join(build.outDir, 'rss.xml'), 'utf8');
  const escaped = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(xml)![1];
  return escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

describe('article bodies, rendered once per build by the content layer', () => {
  it('are the one renderer’s HTML on the page, and the same with absolute URLs in feeds', async () => {
    await buildSiteForTest(build);
    const expected = renderArticleBody(markdown, { base: '/news/', images: 'remote' });
    expect(await pageBody()).toBe(expected);
    expect(expected).toContain('src="/news/article-media/story/photo.jpg"');
    expect(expected).toContain('<th align="left">Side</th>');
    expect(await feedContent()).toBe(feedBodyHtml(expected, site));
    expect(await feedContent()).toBe(renderArticleBody(markdown, { base: '/news/', images: 'remote', site }));
  });

  it('follow a new base, with the data store of the last build kept', async () => {
    build = { ...build, base: '/' };
    await buildSiteForTest(build);
    expect(await pageBody()).toBe(renderArticleBody(markdown, { base: '/', images: 'remote' }));
    expect(await pageBody()).toContain('src="/article-media/story/photo.jpg"');
  });

  it('follow a new image policy in content/site.yml, with the data store of the last build kept', async () => {
    await writeFile(path.join(build.content, 'site.yml'), 'images: local-only\n');
    await buildSiteForTest(build);
    const body = await pageBody();
    expect(body).toBe(renderArticleBody(markdown, { base: '/', images: 'local-only' }));
    expect(body).not.toContain('cdn.example.com');
    expect(await feedContent()).not.toContain('cdn.example.com');
  });
});
