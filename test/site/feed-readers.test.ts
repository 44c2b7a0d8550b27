/**
 * The feeds as feed readers read them. feedparser (the Python library many readers, planets and
 * feed-to-mail tools are built on; Debian's python3-feedparser, installed by .ci/run) parses
 * feeds whose titles, summaries, bylines and topic titles are hostile or merely mention markup,
 * and every field it gives must read as the text that was written, with nothing in it that runs:
 * - a field feedparser types as HTML (item and channel title when it looks like HTML,
 *   description, content) is read as HTML, as readers render it: a text field must then hold
 *   no element at all and its text must equal the input; the content no active element;
 * - a field it types as plain text (other titles) or keeps as text (categories, author) must
 *   equal the input.
 *
 * First, feeds built by src/lib/feeds.ts from every hostile text in every field; then a small
 * site built with Astro from a hostile `.txt` (through the real ingest) and a hand-edited huge
 * generated article: its site and topic feeds as served.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { getRssString } from '@astrojs/rss';
import type { Element, Root, Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xmlSafe } from '../../src/article/fields.ts';
import { FEED_ITEM_CONTENT_MAX_BYTES, FEED_MAX_BYTES } from '../../src/consts.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { feedItem, feedOptions, type FeedArticle } from '../../src/lib/feeds.ts';
import { buildSiteForTest } from './astro-build.ts';

/** A Python 3 that can import feedparser: the one on PATH, else Debian's (pyenv may shadow it). */
function findFeedparserPython(): string | undefined {
  return ['python3', '/usr/bin/python3'].find(
    (python) => spawnSync(python, ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0,
  );
}
const python = findFeedparserPython();
if (!python) {
  console.warn('skipping the feed reader checks: no python3 with feedparser (apt-get install python3-feedparser; .ci/run installs it)');
}

/** What feedparser gives for a field it types: the value and its MIME type. */
interface Typed {
  value: string;
  type: string;
}

/** The fields of a feed as feedparser gives them. */
interface ParsedFeed {
  bozo: boolean;
  bozoException: string;
  version: string;
  feed: { title?: Typed; subtitle?: Typed };
  entries: { title?: Typed; summary?: Typed; content: Typed[]; tags: string[]; author?: string; link?: string }[];
}

/** Parses each feed with feedparser, in one Python process; prints the fields as JSON. */
const feedparserScript = `
import json, sys, feedparser
def typed(context, key):
    if key not in context:
        return None
    return {'value': context[key], 'type': context.get(key + '_detail', {}).get('type')}
out = []
for xml in json.load(sys.stdin):
    d = feedparser.parse(xml.encode('utf-8'))
    out.append({
        'bozo': bool(d.bozo),
        'bozoException': str(d.get('bozo_exception', '')),
        'version': d.version,
        'feed': {'title': typed(d.feed, 'title'), 'subtitle': typed(d.feed, 'subtitle')},
        'entries': [{
            'title': typed(e, 'title'),
            'summary': typed(e, 'summary'),
            'content': [{'value': c.value, 'type': c.type} for c in e.get('content', [])],
            'tags': [t.term for t in e.get('tags', [])],
            'author': e.get('author'),
            'link': e.get('link'),
        } for e in d.entries],
    })
json.dump(out, sys.stdout)
`;

/** Parse feeds with feedparser. */
function feedparser(xmls: string[]): ParsedFeed[] {
  const result = spawnSync(python!, ['-c', feedparserScript], { input: JSON.stringify(xmls), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`feedparser failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

function parseHtml(html: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(html);
}

function elementsOf(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => void found.push(node));
  return found;
}

/** The elements and text a reader gets from an HTML field. */
function readHtml(html: string): { elements: Element[]; text: string } {
  const tree = parseHtml(html);
  let text = '';
  visit(tree, 'text', (node: Text) => void (text += node.value));
  return { elements: elementsOf(tree), text };
}

const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The text a reader shows for a typed field; `where` names it in failures. An HTML field must
 * hold no element: it carries text.
 */
function readText(field: Typed | undefined, where: string): string | undefined {
  if (!field) return undefined;
  if (!htmlTypes.has(field.type)) return field.value;
  const { elements, text } = readHtml(field.value);
  expect(elements.map((element) => element.tagName), `${where}: elements in ${JSON.stringify(field.value)}`).toEqual([]);
  return text;
}

/** Elements and URL schemes that make HTML active (run code, load a page, submit). */
const activeTags = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'svg', 'math', 'meta', 'link', 'base']);
const activeUrl = /^\s*(?:javascript|vbscript|data):/i;

/** Assert that HTML holds nothing active. */
function expectInert(html: string, where: string): void {
  for (const element of readHtml(html).elements) {
    expect(activeTags.has(element.tagName), `${where}: <${element.tagName}>`).toBe(false);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(name, `${where}: ${element.tagName}[${name}]`).not.toMatch(/^on/i);
      for (const item of [value].flat()) {
        if (typeof item === 'string') expect(item, `${where}: ${element.tagName}[${name}]`).not.toMatch(activeUrl);
      }
    }
  }
}

/** Texts that are hostile, or only look like markup, with what each must read as once in a feed. */
const texts = [
  '<script>alert(1)</script>',
  'the <script> element and the <b> tag',
  '<b>bold</b> claims, <i>italic</i> denials',
  '<a href="javascript:alert(1)">x</a>',
  '<img src=x onerror=alert(1)> Doe',
  'Tom &amp; Jerry &copy 2022 &#60;3 &#xyz; &foo; &',
  'AT&T says 2 < 3 > 1',
  `"Double" and 'single' quotes`,
  'Bell\u0007 escape\u001B null\u0000 next-line\u0085 FFFE\uFFFE end',
  '<!-- comment --> <![CDATA[ x ]]> ]]> </p> <p',
  'Россия — НАТО: «переговоры» 🇺🇦',
].map((input) => ({ input, text: xmlSafe(input).trim() }));

const context = { site: 'https://example.org', base: '/news/' };

/** One feed whose every text field is `input`: channel title and description, item title, summary, byline, topic title. */
async function feedOf(input: string, index: number): Promise<string> {
  const article: FeedArticle = {
    id: `hostile-${index}`,
    data: { title: input, summary: input, byline: input, topics: ['topic'], published: '2022-01-09T14:30:00+07:00' },
    html: '<p>Body <a href="https://example.org/x?a=1&amp;b=2">link</a>.</p>',
  };
  const items = [feedItem(article, new Map([['topic', input]]), context)];
  return getRssString(feedOptions({ title: input, description: input, feedPath: '/rss.xml' }, items, context));
}

describe.skipIf(!python)('feeds as feedparser reads them', () => {
  it('reads every text field of a feed as the text written, with no markup', async () => {
    const parsed = feedparser(await Promise.all(texts.map(({ input }, index) => feedOf(input, index))));
    parsed.forEach((feed, index) => {
      const { input, text } = texts[index];
      const where = JSON.stringify(input);
      expect(feed.bozo, `${where}: ${feed.bozoException}`).toBe(false);
      expect(feed.version).toBe('rss20');
      expect(readText(feed.feed.title, `${where} channel title`), `${where} channel title`).toBe(text);
      expect(readText(feed.feed.subtitle, `${where} channel description`), `${where} channel description`).toBe(text);
      const [entry] = feed.entries;
      expect(readText(entry.title, `${where} title`), `${where} title`).toBe(text);
      expect(readText(entry.summary, `${where} description`), `${where} description`).toBe(text);
      expect(entry.tags, `${where} category`).toEqual([text]);
      expect(entry.author, `${where} dc:creator`).toBe(text);
      expect(entry.link).toBe(`https://example.org/news/articles/hostile-${index}/`);
      expect(entry.content).toHaveLength(1);
      expectInert(entry.content[0].value, `${where} content`);
      expect(readHtml(entry.content[0].value).text).toBe('Body link.');
    });
  });

  it('reads the summary of a .txt starting with a javascript: link as text, not a link', async () => {
    const input = 'Read <a href="javascript:alert(1)">the statement</a> first.';
    const [feed] = feedparser([await feedOf(input, 0)]);
    const summary = feed.entries[0].summary!;
    expect(summary.type).toBe('text/html');
    expect(readHtml(summary.value)).toEqual({ elements: [], text: input });
  });
});

/**
 * A small site built with Astro: a hostile `.txt` through the real ingest, and a hand-edited
 * generated article with hostile frontmatter and a body far over the feed limits.
 */
describe.skipIf(!python)('built site feeds as feedparser reads them', () => {
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  let work: string;
  let outDir: string;

  /** The hostile plain-text copy: its first lines become the summary. */
  const hostileTxt = [
    '---',
    'title: Talks <b>resume</b> & "stall" <a href="javascript:alert(1)">here</a>',
    'published: 2022-01-10',
    'byline: <img src=x onerror=alert(1)> Doe',
    'topics: [hostile]',
    '---',
    '<a href="javascript:alert(1)">Click here</a> for the statement. Negotiators discussed the <script> element and the <b> tag at length on Monday.',
    '',
    'A second paragraph of the report, long enough to be a paragraph of a news article.',
    '',
  ].join('\n');

  /** Body paragraphs of the hand-edited huge article (about 0.7 MB: far over the item limit, quick to build). */
  const hugeBody = Array.from({ length: 10_000 }, (_, n) => `Paragraph ${n} of a very long article, with "quotes" & ampersands.`).join('\n\n');
  const hugeArticle = [
    '---',
    `title: "Huge <i>report</i> &amp; more"`,
    `summary: "A huge report: <script>alert('summary')</script> and the <b> tag."`,
    `byline: "Jane <b>Doe</b>"`,
    `published: '2022-01-11T09:00:00Z'`,
    'topics:',
    '  - hostile',
    'sourceFile: huge.md',
    '---',
    '',
    hugeBody,
    '',
  ].join('\n');

  const topicsYml = [
    'topics:',
    '  - slug: hostile',
    '    title: <a href="javascript:alert(1)">Hostile</a> & <b>bold</b>',
    '    description: The <script> topic & "more".',
    '    all:',
    '      - [Negotiators]',
    '',
  ].join('\n');

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'kliping-feed-readers-'));
    const content = path.join(work, 'content');
    const articles = path.join(work, 'articles');
    outDir = path.join(work, 'dist');
    await mkdir(content);
    await writeFile(path.join(content, 'topics.yml'), topicsYml);
    await writeFile(path.join(content, 'hostile.txt'), hostileTxt);
    const report = await ingest(content, articles);
    expect(report.failed).toEqual([]);
    await writeFile(path.join(articles, 'huge.md'), hugeArticle);
    const publicDir = path.join(work, 'public');
    await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });

    await buildSiteForTest({ articles, content, outDir, publicDir, work, site: 'https://kliping.example', base: '/news/' });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('gives readers the hostile texts as text, in the site feed and the topic feed', async () => {
    const files = ['rss.xml', 'topics/hostile/rss.xml'];
    const xmls = await Promise.all(files.map((file) => readFile(path.join(outDir, file), 'utf8')));
    const [site, topic] = feedparser(xmls);
    for (const [file, feed] of [[files[0], site], [files[1], topic]] as const) {
      expect(feed.bozo, `${file}: ${feed.bozoException}`).toBe(false);
      const byTitle = new Map(feed.entries.map((entry) => [readText(entry.title, `${file} title`), entry]));
      const txt = byTitle.get('Talks <b>resume</b> & "stall" <a href="javascript:alert(1)">here</a>');
      expect(txt, `${file}: the .txt's item`).toBeDefined();
      expect(readText(txt!.summary, `${file} description`)).toMatch(
        /^<a href="javascript:alert\(1\)">Click here<\/a> for the statement\. Negotiators discussed the <script> element and the <b> tag/,
      );
      expect(txt!.author).toBe('<img src=x onerror=alert(1)> Doe');
      expect(txt!.tags).toEqual(['<a href="javascript:alert(1)">Hostile</a> & <b>bold</b>']);
      const huge = byTitle.get('Huge <i>report</i> &amp; more');
      expect(huge, `${file}: the huge article's item`).toBeDefined();
      expect(readText(huge!.summary, `${file} huge description`)).toBe("A huge report: <script>alert('summary')</script> and the <b> tag.");
      for (const entry of feed.entries) for (const { value } of entry.content) expectInert(value, `${file} content`);
    }
    expect(readText(topic.feed.title, 'topic channel title')).toBe('<a href="javascript:alert(1)">Hostile</a> & <b>bold</b> · kliping');
    expect(readText(topic.feed.subtitle, 'topic channel description')).toBe('The <script> topic & "more".');
  });

  it('keeps the feeds small when an article is huge: its item carries the summary and a link', async () => {
    const page = await readFile(path.join(outDir, 'articles/huge/index.html'));
    expect(page.length).toBeGreaterThan(2 * FEED_ITEM_CONTENT_MAX_BYTES);
    for (const file of ['rss.xml', 'topics/hostile/rss.xml']) {
      const xml = await readFile(path.join(outDir, file));
      expect(xml.length, file).toBeLessThan(64 * 1024);
      expect(xml.length, file).toBeLessThanOrEqual(FEED_MAX_BYTES);
      const [feed] = feedparser([xml.toString('utf8')]);
      const huge = feed.entries.find((entry) => entry.link === 'https://kliping.example/news/articles/huge/')!;
      const { elements, text } = readHtml(huge.content[0].value);
      expect(text).toContain("A huge report: <script>alert('summary')</script> and the <b> tag.");
      expect(text).toContain('too long for feeds');
      expect(elements.find((element) => element.tagName === 'a')?.properties.href).toBe('https://kliping.example/news/articles/huge/');
    }
  });
});
