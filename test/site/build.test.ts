/**
 * Builds the whole site once, under a non-root base, from:
 * - hand-written articles in the generated format (test/fixtures/site/articles/, some hostile,
 *   to test the site's own defences, which the real ingest would never let them reach);
 * - the project's sample content (content/), through the real ingest, into `seed/`;
 * - enough generated briefs to paginate;
 * and checks what readers and feed readers get: pages, links, language, feeds, and that nothing
 * in the output can run.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.ts';
import { parseFeedXml } from '../lib/xml.ts';
import { buildSearchIndex } from '../../scripts/build/search-index.ts';
import { chromiumPath, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
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
let publicDir: string;

/** A real 1×1 PNG (browsers sniff image types, whatever the file name says). */
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * Hand-written fixture articles (4 on Ukraine, one of them undated; 2 on Russia–NATO; 2 undated in
 * all). Two of them (TASS's and Suara.com's) are one story, `geneva-talks`; `world/kyiv-morning`
 * is alone in its story, so it is none.
 */
const handWritten = 6;
/** Of which without a date: `catatan-tanpa-tanggal` (no topic) and `undated/kyiv-notes` (Ukraine). */
const undatedCount = 2;
/** Extra Ukraine articles, so the Ukraine topic and the digest have a second page. */
const extraCount = 21;
/** Articles the real ingest makes of content/ (the sample: Ukraine and Russia–NATO). */
const seeded = 1;
const total = handWritten + extraCount + seeded;
const dated = total - undatedCount;
/** What the digest lists: the dated articles, the story's two as one. */
const digestEntries = dated - 1;
/** The story's headline: no telling is in English, the interface's language, so the first one's (TASS, 8 January). */
const storyHeadline = 'Рябков исключил уступки России по расширению НАТО';

function extraArticle(n: number): string {
  const day = String(n).padStart(2, '0');
  return [
    '---',
    `title: Ukraine brief ${n}`,
    'source: Example Wire',
    `url: https://wire.example.com/ukraine/${n}`,
    `published: '2021-12-${day}T09:00:00+02:00'`,
    'lang: en',
    'topics:',
    '  - ukraine',
    `summary: Brief number ${n} from Kyiv.`,
    `sourceFile: briefs/ukraine-${day}.html`,
    '---',
    '',
    `Brief number ${n} from Kyiv.`,
    '',
  ].join('\n');
}


beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'kliping-site-'));
  const articles = path.join(work, 'articles');
  const content = path.join(work, 'content');
  outDir = path.join(work, 'dist');
  await cp(path.join(fixtures, 'articles'), articles, { recursive: true });
  await mkdir(path.join(articles, 'briefs'), { recursive: true });
  for (let n = 1; n <= extraCount; n++) {
    await writeFile(path.join(articles, 'briefs', `ukraine-${String(n).padStart(2, '0')}.md`), extraArticle(n));
  }
  const report = await ingest(path.join(repoRoot, 'content'), path.join(articles, 'seed'));
  expect(report.failed).toEqual([]);
  expect(report.articles).toHaveLength(seeded);
  await mkdir(content);
  await cp(path.join(fixtures, 'content/topics.yml'), path.join(content, 'topics.yml'));
  // The site's public folder plus the image a fixture article says the ingest kept for it.
  publicDir = path.join(work, 'public');
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  await mkdir(path.join(publicDir, 'article-media/suara-rusia-nato-jenewa'), { recursive: true });
  await writeFile(path.join(publicDir, 'article-media/suara-rusia-nato-jenewa/ryabkov.jpg'), onePixelPng);

  await buildSiteForTest({ articles, content, outDir, publicDir, work, site, base });
  // As `npm run build` does: the search index, which the search page loads.
  await buildSearchIndex(outDir, { base });
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Every file under the output folder, as paths relative to it. */
async function outputFiles(): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

async function page(file: string): Promise<Root> {
  return parseHtml(await read(file));
}

/** A feed, checked for strict XML well-formedness, as structured data. */
function parseFeed(xml: string, file = 'feed') {
  return parseFeedXml(xml, file).rss;
}

/** The output file a site URL is served from, or undefined when it is not a page of ours. */
function fileFor(url: string): string | undefined {
  const pathname = new URL(url, origin).pathname;
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

describe('site build (base /news/)', () => {
  it('writes the digest, topic, article and feed files', async () => {
    const files = await outputFiles();
    for (const file of [
      'index.html',
      '2/index.html',
      '404.html',
      'topics/index.html',
      'topics/russia-nato/index.html',
      'topics/ukraine/index.html',
      'topics/ukraine/2/index.html',
      'topics/ukraine/undated/index.html',
      'undated/index.html',
      'topics/energy/index.html',
      'topics/diplomacy/index.html',
      'articles/suara-rusia-nato-jenewa/index.html',
      'articles/kyiv-talks-hostile/index.html',
      'articles/world/kyiv-morning/index.html',
      'articles/briefs/ukraine-01/index.html',
      'articles/seed/suara-rusia-nato-jenewa/index.html',
      'rss.xml',
      'topics/russia-nato/rss.xml',
      'topics/ukraine/rss.xml',
      'sitemap-index.xml',
      'favicon.svg',
      'stories/index.html',
      'stories/geneva-talks/index.html',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files).not.toContain('topics/russia-nato/2/index.html');
    // A story key only one article carries is no story.
    expect(files).not.toContain('stories/kyiv-snow/index.html');
    // Undated lists: one page for the site; one for a topic only when it has undated articles.
    expect(files).not.toContain('undated/2/index.html');
    expect(files).not.toContain('topics/russia-nato/undated/index.html');
    expect(files.filter((file) => file.startsWith('articles/'))).toHaveLength(total);
  });

  it('digest: newest day first, each article with title link, source, date, topics and summary', async () => {
    const tree = await page('index.html');
    const days = elements(tree, 'section').map((section) => {
      const heading = elements(section, 'h2')[0];
      return text(heading);
    });
    // The story stands on its newest article's day (9 January): TASS's 8 January is told in it.
    expect(days.slice(0, 2)).toEqual([expect.stringMatching(/9 January 2022/), expect.stringMatching(/21 December 2021/)]);
    const titles = elements(tree, 'h3').map((heading) => text(heading));
    // 9 January: late in New York first, then the story in the place of Jakarta's telling, then
    // Kyiv's morning, then the ingested sample (a date without a time).
    expect(titles.slice(0, 5)).toEqual([
      expect.stringMatching(/^Kyiv talks resume/),
      storyHeadline,
      'Morning in Kyiv',
      expect.stringMatching(/^Moskow mengatakan "kecewa"/),
      'Ukraine brief 21',
    ]);
    expect(titles).toHaveLength(20);
    const morning = elements(tree, 'article').find((article) => text(article).includes('Morning in Kyiv'))!;
    expect(morning.properties.lang).toBe('en');
    expect(elements(morning, 'a').map((a) => a.properties.href)).toEqual(['/news/articles/world/kyiv-morning/', '/news/topics/ukraine/']);
    expect(text(morning)).toContain('Example Daily');
    expect(text(morning)).toContain('9 Jan 2022');
    expect(text(morning)).toContain('Ukraine');
    expect(text(morning)).toContain('A quiet morning in the capital.');
    // Page 2 holds the rest, the oldest last; the undated ones are not in the digest at all, but
    // one link away on every page of it.
    const second = await page('2/index.html');
    const rest = elements(second, 'h3').map((heading) => text(heading));
    expect(rest).toHaveLength(digestEntries - 20);
    expect(rest.at(-1)).toBe('Ukraine brief 1');
    for (const digestPage of [tree, second]) {
      expect(text(digestPage)).not.toContain('Catatan tanpa tanggal');
      expect(text(digestPage)).not.toContain('Notes from a Kyiv café');
      expect(elements(digestPage, 'h2').map((heading) => text(heading))).not.toContain('Undated');
      const link = elements(digestPage, 'a').find((a) => text(a) === '2 articles without a date');
      expect(link?.properties.href).toBe('/news/undated/');
    }
  });

  it('digest: a story is one card, at its newest article’s place, linking to its page', async () => {
    const pages = [await page('index.html'), await page('2/index.html')];
    const cards = pages.flatMap((tree) => elements(tree, 'article').filter((article) => String(article.properties.className).includes('story-summary')));
    expect(cards).toHaveLength(1);
    const [card] = cards;
    expect(card.properties.lang).toBe('en');
    const heading = elements(card, 'h3')[0];
    expect(heading.properties.lang).toBe('ru');
    expect(text(heading)).toBe(storyHeadline);
    expect(elements(card, 'a').map((a) => a.properties.href)).toEqual(['/news/stories/geneva-talks/']);
    expect(text(card)).toContain('Story');
    expect(text(card)).toContain('2 articles');
    expect(text(card)).toContain('From ТАСС and Suara.com');
    expect(elements(card, 'time').map((time) => time.properties.dateTime)).toEqual(['2022-01-08', '2022-01-09']);
    // Its articles are not listed on their own, though their pages are there.
    for (const tree of pages) {
      const hrefs = elements(tree, 'a').map((a) => a.properties.href);
      expect(hrefs).not.toContain('/news/articles/suara-rusia-nato-jenewa/');
      expect(hrefs).not.toContain('/news/articles/tass-nato-rasshirenie/');
    }
    // The header leads to the stories from every page.
    const nav = elements(pages[0], 'nav').find((element) => element.properties.ariaLabel === 'Site')!;
    expect(elements(nav, 'a').find((a) => text(a) === 'Stories')?.properties.href).toBe('/news/stories/');
  });

  it('stories: the list, and a story’s page with its days, timeline and every article', async () => {
    const list = await page('stories/index.html');
    expect(text(elements(list, 'h1')[0])).toBe('Stories');
    const items = elements(list, 'article');
    expect(items).toHaveLength(1);
    expect(elements(items[0], 'h2').map(text)).toEqual([storyHeadline]);
    expect(elements(items[0], 'a').map((a) => a.properties.href)).toEqual(['/news/stories/geneva-talks/']);
    expect(text(items[0])).toContain('2 articles');
    expect(text(items[0])).toContain('In Russian and Indonesian');

    const story = await page('stories/geneva-talks/index.html');
    const h1 = elements(story, 'h1')[0];
    expect([text(h1), h1.properties.lang]).toEqual([storyHeadline, 'ru']);
    const lead = elements(story, 'p').find((p) => String(p.properties.className).includes('story-facts'))!;
    // One fact a child, the separators drawn by the stylesheet, as in a meta line.
    expect(lead.children.filter((node): node is Element => node.type === 'element').map(text)).toEqual([
      '8 Jan 2022 to 9 Jan 2022',
      '2 articles',
      'From ТАСС and Suara.com',
      'In Russian and Indonesian',
      'All stories',
    ]);
    expect(elements(lead, 'a').map((a) => a.properties.href)).toEqual(['/news/stories/']);
    // The timeline: one entry per day, oldest first, with each day's outlets and languages.
    const timeline = elements(story, 'section').find((section) => String(section.properties.className) === 'timeline')!;
    const days = elements(timeline, 'ol')[0].children.filter((node): node is Element => node.type === 'element');
    expect(days.map(text)).toEqual([expect.stringMatching(/^Saturday,? 8 January 2022.*ТАСС.*Russian/), expect.stringMatching(/^Sunday,? 9 January 2022.*14:30 UTC\+7.*Suara\.com.*Indonesian/)]);
    // Every article, oldest first, each in its language, with its outlet, date and language.
    const articles = elements(story, 'article');
    expect(articles.map((article) => elements(article, 'a')[0].properties.href)).toEqual([
      '/news/articles/tass-nato-rasshirenie/',
      '/news/articles/suara-rusia-nato-jenewa/',
    ]);
    expect(articles.map((article) => article.properties.lang)).toEqual(['ru', 'id']);
    expect(text(articles[0])).toMatch(/ТАСС.*8 Jan 2022.*Russian/);
    expect(text(articles[1])).toMatch(/Suara\.com.*9 Jan 2022.*Indonesian/);
  });

  it('article page: links to the story it is part of; a lone story key links nowhere', async () => {
    for (const slug of ['suara-rusia-nato-jenewa', 'tass-nato-rasshirenie']) {
      const tree = await page(`articles/${slug}/index.html`);
      const note = elements(tree, 'p').find((p) => String(p.properties.className) === 'story-link')!;
      expect(note.properties.lang).toBe('en');
      expect(text(note)).toBe(`Part of a story: ${storyHeadline} (2 articles from 2 outlets)`);
      const link = elements(note, 'a')[0];
      expect([link.properties.href, link.properties.lang]).toEqual(['/news/stories/geneva-talks/', 'ru']);
    }
    for (const slug of ['world/kyiv-morning', 'catatan-tanpa-tanggal', 'kyiv-talks-hostile']) {
      const tree = await page(`articles/${slug}/index.html`);
      expect(elements(tree, 'p').filter((p) => String(p.properties.className) === 'story-link'), slug).toEqual([]);
    }
  });

  it('undated list: every article without a date, by title, each with its link, source and topics', async () => {
    const tree = await page('undated/index.html');
    expect(text(elements(tree, 'h1')[0])).toBe('Articles without a date');
    const lead = elements(tree, 'p').find((p) => String(p.properties.className) === 'lead')!;
    expect(text(lead)).toContain('listed by title');
    expect(text(lead)).toContain('“published:”');
    const items = elements(tree, 'article');
    expect(items.map((item) => text(elements(item, 'h2')[0]))).toEqual(['Catatan tanpa tanggal', 'Notes from a Kyiv café']);
    expect(elements(items[1], 'a').map((a) => a.properties.href)).toEqual(['/news/articles/undated/kyiv-notes/', '/news/topics/ukraine/']);
    expect(text(items[1])).toContain('Example Daily');
    expect(elements(tree, 'time')).toEqual([]);
    expect(elements(tree, 'nav').filter((nav) => String(nav.properties.className) === 'pagination')).toEqual([]);
  });

  it('topic list: every topic with its description, count and feed', async () => {
    const tree = await page('topics/index.html');
    const items = elements(tree, 'li').map((li) => text(li));
    expect(items[0]).toMatch(/Russia–NATO.*Russia and the North Atlantic alliance\..*3 articles/s);
    expect(items[1]).toMatch(new RegExp(`Ukraine.*${4 + seeded + extraCount} articles`, 's'));
    expect(items.some((item) => /Energy & gas.*0 articles/s.test(item))).toBe(true);
    expect(items.some((item) => /Diplomacy.*1 article\b/s.test(item))).toBe(true);
    const hrefs = elements(tree, 'a').map((a) => a.properties.href);
    expect(hrefs).toContain('/news/topics/ukraine/');
    expect(hrefs).toContain('/news/topics/ukraine/rss.xml');
  });

  it('topic pages: their own articles only, paginated 20 a page with prev/next, and their feed', async () => {
    const nato = await page('topics/russia-nato/index.html');
    expect(elements(nato, 'h3').map((heading) => text(heading))).toEqual([
      'Rusia "kecewa" dengan sinyal AS dan NATO menjelang pembicaraan di Jenewa',
      expect.stringMatching(/^Moskow mengatakan "kecewa"/), // the ingested sample: 9 January, no time
      'Рябков исключил уступки России по расширению НАТО',
    ]);
    expect(elements(nato, 'a').some((a) => a.properties.rel?.toString() === 'next')).toBe(false);
    expect(text(nato)).not.toMatch(/undated|without a date/);

    const ukraine = await page('topics/ukraine/index.html');
    const first = elements(ukraine, 'h3').map((heading) => text(heading));
    expect(first).toHaveLength(20);
    expect(first).not.toContain('Рябков исключил уступки России по расширению НАТО');
    const next = elements(ukraine, 'a').find((a) => String(a.properties.rel) === 'next');
    expect(next?.properties.href).toBe('/news/topics/ukraine/2/');
    const feed = elements(ukraine, 'link').find((link) => link.properties.href === '/news/topics/ukraine/rss.xml');
    expect(feed?.properties.type).toBe('application/rss+xml');

    const second = await page('topics/ukraine/2/index.html');
    expect(elements(second, 'h3')).toHaveLength(3 + seeded + extraCount - 20);
    const prev = elements(second, 'a').find((a) => String(a.properties.rel) === 'prev');
    expect(prev?.properties.href).toBe('/news/topics/ukraine/');
    // The topic's undated article is on neither page, but one link away from both.
    for (const topicPage of [ukraine, second]) {
      expect(text(topicPage)).not.toContain('Notes from a Kyiv café');
      const link = elements(topicPage, 'a').find((a) => text(a) === '1 undated article on this topic');
      expect(link?.properties.href).toBe('/news/topics/ukraine/undated/');
    }
    const undated = await page('topics/ukraine/undated/index.html');
    expect(text(elements(undated, 'h1')[0])).toBe('Ukraine: articles without a date');
    expect(elements(undated, 'h2').map((heading) => text(heading))).toEqual(['Notes from a Kyiv café']);
    expect(elements(undated, 'a').map((a) => a.properties.href)).toContain('/news/topics/ukraine/');
  });

  it('article page: language, linked source, byline, date, topics and the body', async () => {
    const tree = await page('articles/suara-rusia-nato-jenewa/index.html');
    const article = elements(tree, 'article')[0];
    expect(article.properties.lang).toBe('id');
    expect(text(elements(article, 'h1')[0])).toBe(
      'Rusia "kecewa" dengan sinyal AS dan NATO menjelang pembicaraan di Jenewa',
    );
    const source = elements(article, 'a').find((a) => text(a) === 'Suara.com')!;
    expect(source.properties.href).toBe(
      'https://www.suara.com/news/2022/01/10/063000/rusia-kecewa-dengan-sinyal-as-dan-nato',
    );
    expect(source.properties.rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer', 'nofollow']));
    expect(text(article)).toContain('By Deutsche Welle');
    expect(text(article)).toContain('9 Jan 2022, 14:30 UTC+7');
    // The date was read from the page's date line (`publishedFrom: dateline`): the page says so,
    // and its tooltip says how to correct it.
    const note = elements(article, 'span').find((span) => String(span.properties.className) === 'date-source')!;
    expect(text(note)).toBe('(date read from the page’s date line)');
    expect(String(note.properties.title)).toContain('“published:”');
    const body = elements(article, 'div').find((div) => String(div.properties.className) === 'article-body')!;
    expect(elements(body, 'h2').map((heading) => text(heading))).toEqual(['Mengapa Rusia dan AS bertemu?']);
    expect(text(body)).toContain('Suara.com - Moskow mengatakan "kecewa"');
    expect(elements(body, 'table')).toHaveLength(1);
    expect(elements(body, 'img')[0].properties.src).toBe('/news/article-media/suara-rusia-nato-jenewa/ryabkov.jpg');
    expect(text(article)).not.toContain('had no headline');
    const ogImage = elements(tree, 'meta').find((meta) => meta.properties.property === 'og:image');
    expect(ogImage?.properties.content).toBe(`${origin}article-media/suara-rusia-nato-jenewa/ryabkov.jpg`);
  });

  it('article page: a guessed title is said to be one, and hostile content is inert text', async () => {
    const html = await read('articles/kyiv-talks-hostile/index.html');
    const tree = parseHtml(html);
    const article = elements(tree, 'article')[0];
    expect(article.properties.lang).toBe('en');
    expect(text(article)).toContain('had no headline');
    // Markup in frontmatter shows as text…
    expect(text(elements(article, 'h1')[0])).toBe("Kyiv talks resume after <script>alert('title')</script> a pause");
    expect(text(article)).toContain('By Jane <img src=x onerror=alert(1)> Doe');
    // …and markup in the body is gone, its prose kept.
    expect(text(article)).toContain('Negotiators met again in Kyiv');
    expect(text(article)).not.toContain('raw html block');
    expect(elements(article, 'a').find((a) => text(a) === 'harmless-looking link')).toBeUndefined();
    // A `javascript:` lead image in the frontmatter is dropped by the schema.
    expect(elements(tree, 'meta').find((meta) => meta.properties.property === 'og:image')).toBeUndefined();
  });

  it('article page of the ingested sample: Indonesian, both topics, guessed title said so, whole body', async () => {
    const tree = await page('articles/seed/suara-rusia-nato-jenewa/index.html');
    const article = elements(tree, 'article')[0];
    expect(article.properties.lang).toBe('id');
    const topicLinks = elements(article, 'a').map((a) => a.properties.href);
    expect(topicLinks).toEqual(expect.arrayContaining(['/news/topics/russia-nato/', '/news/topics/ukraine/']));
    expect(text(article)).toContain('had no headline');
    expect(text(article)).toContain('Suara.com - Moskow mengatakan "kecewa"');
    expect(text(article)).toContain('pada bulan Desember lalu.');
    for (const feed of ['rss.xml', 'topics/russia-nato/rss.xml', 'topics/ukraine/rss.xml']) {
      const links = parseFeed(await read(feed), feed).channel.item.map((item: { link: string }) => item.link);
      expect(links, feed).toContain(`${origin}articles/seed/suara-rusia-nato-jenewa/`);
    }
  });

  it('article page: a date with a source the site has no wording for is shown without a note', async () => {
    // tass-nato-rasshirenie.md has `publishedFrom: guesswork`.
    const tree = await page('articles/tass-nato-rasshirenie/index.html');
    const article = elements(tree, 'article')[0];
    expect(text(article)).toContain('8 Jan 2022');
    expect(elements(article, 'span').filter((span) => String(span.properties.className) === 'date-source')).toEqual([]);
    expect(text(article)).not.toContain('guesswork');
  });

  it('article page: frontmatter values the schema refuses are left out, not linked', async () => {
    // catatan-tanpa-tanggal.md has `url: javascript:…` and `published: kemarin`.
    const tree = await page('articles/catatan-tanpa-tanggal/index.html');
    const article = elements(tree, 'article')[0];
    expect(text(article)).toContain('Catatan pribadi');
    expect(elements(article, 'a').filter((a) => text(a) === 'Catatan pribadi')).toEqual([]);
    expect(elements(article, 'time')).toEqual([]);
  });

  it('sources: every outlet with its count, each with its pages; an article links to its outlet', async () => {
    const list = await page('sources/index.html');
    const items = elements(list, 'li').filter((li) => elements(li, 'a').some((a) => String(a.properties.href).startsWith('/news/sources/')));
    const entries = items.map((li) => [text(elements(li, 'a')[0]), String(elements(li, 'a')[0].properties.href), text(elements(li, 'span')[0])]);
    expect(entries).toContainEqual(['Example Wire', '/news/sources/example-wire/', '21 articles']);
    expect(entries).toContainEqual(['Suara.com', '/news/sources/suara-com/', `${1 + seeded} articles`]);
    expect(entries).toContainEqual(['ТАСС', '/news/sources/tass/', '1 article']);
    // 21 articles at 20 a page: a second page, and the first links to it.
    const wire = await page('sources/example-wire/index.html');
    expect(elements(wire, 'a').map((a) => a.properties.href)).toContain('/news/sources/example-wire/2/');
    expect(existsSync(path.join(outDir, 'sources/example-wire/2/index.html'))).toBe(true);
    const article = await page('articles/tass-nato-rasshirenie/index.html');
    expect(elements(article, 'a').map((a) => a.properties.href)).toContain('/news/sources/tass/');
  });

  it('archive: every month with dated articles, newest first, and each month’s articles', async () => {
    const archive = await page('archive/index.html');
    const months = elements(archive, 'a')
      .map((a) => String(a.properties.href))
      .filter((href) => /^\/news\/archive\/\d{4}-\d{2}\/$/.test(href));
    expect(months).toEqual(['/news/archive/2022-01/', '/news/archive/2021-12/']);
    expect(text(archive)).toContain('December 2021');
    const december = await page('archive/2021-12/index.html');
    expect(elements(december, 'h1').map(text)).toEqual(['December 2021']);
    expect(elements(december, 'a').map((a) => a.properties.href)).toContain('/news/articles/briefs/ukraine-21/');
    expect(elements(december, 'a').map((a) => a.properties.href)).not.toContain('/news/articles/suara-rusia-nato-jenewa/');
  });

  it('has no script, inline style, event handler or javascript: URL anywhere in the pages', async () => {
    // The search page is the one page with a script (test/site/search.test.ts checks it).
    const pages = (await outputFiles()).filter((file) => file.endsWith('.html') && file !== 'search/index.html');
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) {
      const html = await read(file);
      const tree = parseHtml(html);
      for (const tag of ['style', 'iframe', 'object', 'embed', 'svg']) {
        expect(elements(tree, tag), `${file}: <${tag}>`).toEqual([]);
      }
      // Scripts: only JSON-LD data blocks, which browsers never run.
      for (const script of elements(tree, 'script')) {
        expect(script.properties.type, `${file}: <script>`).toBe('application/ld+json');
        expect(script.properties.src, `${file}: <script src>`).toBeUndefined();
      }
      // Forms: only the header's search box, a plain GET to the search page.
      const forms = elements(tree, 'form');
      expect(forms, `${file}: <form>`).toHaveLength(1);
      expect([forms[0].properties.action, forms[0].properties.method, forms[0].properties.role]).toEqual(['/news/search/', 'get', 'search']);
      for (const element of elements(tree)) {
        for (const [name, value] of Object.entries(element.properties)) {
          expect(name, `${file}: ${element.tagName}[${name}]`).not.toMatch(/^on|^style$/i);
          if (typeof value === 'string') {
            expect(value, `${file}: ${element.tagName}[${name}]`).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
          }
        }
      }
      // Outside quoted attribute values (where `<` is inert text, e.g. a meta description
      // quoting a hostile title) and JSON-LD data blocks (whose `<` are escaped), the raw bytes
      // hold no `<script` at all.
      const withoutData = html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
      expect(withoutData.replace(/="[^"]*"/g, '=""'), file).not.toMatch(/<script/i);
    }
  });

  it('sends a Content-Security-Policy forbidding scripts before anything else in <head>', async () => {
    const tree = await page('articles/kyiv-talks-hostile/index.html');
    const head = elements(tree, 'head')[0];
    const first = head.children.filter((node): node is Element => node.type === 'element').slice(0, 2);
    expect(first[0].properties.charSet).toBe('utf-8');
    expect(first[1].properties.httpEquiv).toEqual(['Content-Security-Policy']);
    const policy = String(first[1].properties.content);
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    // The site's stylesheet, and on article pages a print stylesheet.
    const stylesheets = elements(head, 'link').filter((link) => String(link.properties.rel) === 'stylesheet');
    const screen = stylesheets.filter((link) => link.properties.media === undefined);
    expect(screen).toHaveLength(1);
    expect(String(screen[0].properties.href)).toMatch(/^\/news\/_astro\/.+\.css$/);
    for (const link of stylesheets.filter((link) => link.properties.media !== undefined)) expect(link.properties.media).toBe('print');
  });

  it('starts every internal link with the base, and every one of them leads to a built file', async () => {
    const files = new Set(await outputFiles());
    const pages = [...files].filter((file) => file.endsWith('.html'));
    let checked = 0;
    for (const file of pages) {
      const tree = await page(file);
      for (const element of elements(tree)) {
        for (const name of ['href', 'src']) {
          const value = element.properties[name];
          if (typeof value !== 'string' || value.startsWith('#')) continue;
          const url = new URL(value, `${site}/`);
          if (url.origin !== site) continue;
          expect(url.pathname, `${file}: ${element.tagName}[${name}]=${value}`).toMatch(/^\/news\//);
          const target = fileFor(value);
          if (target && !target.startsWith('article-media/')) {
            expect(files.has(target), `${file} links to ${value}, which was not built`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('feeds: valid XML, absolute links under base, atom:link self, full content, no control characters', async () => {
    const feeds = (await outputFiles()).filter((file) => file.endsWith('rss.xml'));
    expect(feeds).toEqual(
      expect.arrayContaining(['rss.xml', 'topics/russia-nato/rss.xml', 'topics/ukraine/rss.xml', 'topics/energy/rss.xml']),
    );
    for (const file of feeds) {
      const xml = await read(file);
      expect(xml, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      const rss = parseFeed(xml, file);
      expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
      const self = rss.channel['atom:link'];
      expect(self['@_rel']).toBe('self');
      expect(self['@_href']).toBe(`${origin}${file}`);
      expect(rss.channel.link.startsWith(origin), file).toBe(true);
      for (const item of rss.channel.item ?? []) {
        expect(item.link.startsWith(`${origin}articles/`), item.link).toBe(true);
        expect(existsSync(path.join(outDir, fileFor(item.link)!)), item.link).toBe(true);
        // The content is HTML; parsed as a browser would, it holds nothing that runs.
        const content = parseHtml(item['content:encoded']);
        expect(elements(content, 'script')).toEqual([]);
        for (const element of elements(content)) {
          for (const name of ['href', 'src']) {
            const value = element.properties[name];
            if (typeof value === 'string') expect(value, `${file}: ${value}`).toMatch(/^https?:\/\//);
          }
        }
      }
    }
  });

  it('site feed: newest first, the hostile title cleaned of control characters and escaped as text', async () => {
    const rss = parseFeed(await read('rss.xml'));
    const items = rss.channel.item;
    // Feed readers may read a title as HTML: its markup is written escaped, so it shows as text.
    expect(items[0].title).toBe("Kyiv talks resume after &lt;script&gt;alert('title')&lt;/script&gt; a pause");
    expect(items[1].link).toBe(`${origin}articles/suara-rusia-nato-jenewa/`);
    expect(items[1]['content:encoded']).toContain(`src="${origin}article-media/suara-rusia-nato-jenewa/ryabkov.jpg"`);
    expect(items[1].category).toEqual(['Russia–NATO', 'Ukraine']);
    const ukraine = parseFeed(await read('topics/ukraine/rss.xml'));
    expect(ukraine.channel.item.map((item: { link: string }) => item.link)).not.toContain(
      `${origin}articles/tass-nato-rasshirenie/`,
    );
  });
});

/**
 * The built site as a reader's browser gets it: served under the base from a local server, in
 * Debian's Chromium with the site's own CSP in force.
 */
if (!hasChromium) console.warn(`skipping the browser checks of the built site: no Chromium at ${chromiumPath} (apt-get install chromium)`);

describe.skipIf(!hasChromium)('built site in Chromium (base /news/)', () => {
  let server: ServedSite;
  let root: string;
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    // A static host that serves dist/ under the base only, like a sub-path deployment would.
    server = await serveSite(outDir, base);
    root = server.url();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every page styled, with no failed request, console error, CSP violation or dialog', async () => {
    const pages = (await outputFiles()).filter((file) => file.endsWith('index.html'));
    expect(pages.length).toBeGreaterThanOrEqual(total + 4);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => (problems.push(`dialog: ${dialog.message()}`), void dialog.dismiss()));
    // Moving on to the next page aborts what the last one still fetched lazily (the favicon):
    // that is not a failure; a missing file shows up as a 404 response below.
    page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
    // Runs before the page's own content (injected by the browser, not subject to the CSP).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.blockedURI} (${event.violatedDirective})`));
    });
    for (const file of pages) {
      const route = root + file.replace(/index\.html$/, '');
      // External images of articles are not fetched in tests; everything else must load.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (request) => request.abort());
      await page.goto(route, { waitUntil: 'load' });
      // The one stylesheet, served under the base, is applied: the body is no longer Times.
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font, route).not.toMatch(/^"?Times/);
      expect(await page.locator('h1').count(), route).toBeGreaterThan(0);
    }
    expect(problems.filter((problem) => !/^failed: https?:\/\/(?!127\.0\.0\.1)/.test(problem))).toEqual([]);
    await page.close();
  });

  it('follows the digest to an article and the article back to its topic, all under the base', async () => {
    const page = await browser.newPage();
    await page.goto(root);
    await page.getByRole('link', { name: /Moskow mengatakan/ }).first().click();
    expect(page.url()).toBe(`${root}articles/seed/suara-rusia-nato-jenewa/`);
    expect(await page.locator('article').getAttribute('lang')).toBe('id');
    await page.getByRole('link', { name: 'Ukraine' }).first().click();
    expect(page.url()).toBe(`${root}topics/ukraine/`);
    await page.close();
  });
});
