/**
 * Hostile nesting (issue 7, case 4): inputs nested hundreds of thousands of levels deep, in HTML,
 * MHTML, Markdown and plain text, go through the build's own path (readInput → the reader for
 * the kind → collectMedia → finishArticle) and come out as an article that keeps their text, or
 * refused with a reason a user can read: never a stack overflow, never an "internal error". The
 * Markdown written for them renders (src/lib/render.ts) to a shallow tree.
 *
 * The timeouts only guard against hangs; speed is measured by `npm run bench:hostile`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes, Root } from 'hast';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestError, reasonOf } from '../../src/ingest/errors.ts';
import { finishArticle } from '../../src/ingest/finish-article.ts';
import { readHtmlArticle } from '../../src/ingest/html-article.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { MAX_MARKDOWN_NESTING, readMarkdownArticle } from '../../src/ingest/markdown-article.ts';
import { toPlainText } from '../../src/ingest/markdown.ts';
import { collectMedia } from '../../src/ingest/media.ts';
import { MAX_TREE_DEPTH, parseHtml } from '../../src/ingest/parse.ts';
import { readInput } from '../../src/ingest/read-input.ts';
import { MAX_BODY_DEPTH } from '../../src/ingest/sanitize.ts';
import { readTextArticle } from '../../src/ingest/text-article.ts';
import { articleBodyHtml, parseArticleBody } from '../../src/lib/render.ts';

/** Far above what these inputs take (about a second at most), far below a hang. */
const HANG_GUARD = { timeout: 10_000 };
const now = new Date('2024-01-01T00:00:00Z');
const NEEDLE = 'Needle sentence at the bottom of the nesting, which must reach the article.';
/**
 * Deepest tree the site's renderer may get from what the ingest writes: the sanitized body's
 * depth, and a level or two Markdown adds (a list item's paragraph, the text in it).
 */
const RENDERED_DEPTH_LIMIT = MAX_BODY_DEPTH + 3;

/** `open` `depth` times around a paragraph holding the needle, then `close` as many times. */
function nested(open: string, close: string, depth: number): string {
  return `<html><head><title>Deep</title></head><body>${open.repeat(depth)}<p>${NEEDLE}</p>${close.repeat(depth)}</body></html>`;
}

/** How deep a tree goes (the root is 0), without recursion. */
function depthOf(tree: Nodes): number {
  let max = 0;
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

type Outcome = { markdown: string; rendered: Root } | { refused: string };

/** One input through the build's path, then its Markdown through the site's renderer. */
function run(file: string, content: string): Outcome {
  let markdown: string;
  try {
    const doc = readInput(file, new TextEncoder().encode(content));
    const draft =
      doc.kind === 'html' ? readHtmlArticle(doc) : doc.kind === 'text' ? readTextArticle(doc.text, { now }) : readMarkdownArticle(doc.text, { now });
    const body = collectMedia(draft.body, { resources: doc.resources }, { publicPath: '/article-media/x/' }).tree;
    markdown = finishArticle(body, draft.metadata, file, [], now).markdown;
  } catch (error) {
    // A bad input is refused with an IngestError; anything else is a bug (an "internal error").
    if (!(error instanceof IngestError)) throw error;
    return { refused: reasonOf(error) };
  }
  const rendered = parseArticleBody(markdown);
  articleBodyHtml(rendered, { base: '/' });
  return { markdown, rendered };
}

/** The input made an article that keeps the needle, and renders to a shallow tree. */
function expectArticle(outcome: Outcome): void {
  expect('refused' in outcome ? outcome.refused : '').toBe('');
  if ('refused' in outcome) return;
  expect(outcome.markdown).toContain(NEEDLE);
  expect(toPlainText(outcome.rendered)).toContain(NEEDLE);
  expect(depthOf(outcome.rendered)).toBeLessThanOrEqual(RENDERED_DEPTH_LIMIT);
}

/** The input was refused for its nesting, naming the line. */
function expectRefused(outcome: Outcome, line: number): void {
  expect('refused' in outcome ? outcome.refused : 'an article').toBe(
    `nested more than ${MAX_MARKDOWN_NESTING} levels deep (line ${line}): not an article`,
  );
}

describe('parseHtml caps nesting as browsers do', () => {
  it('attaches elements opened past the cap beside the deepest one, keeping all text in order', HANG_GUARD, () => {
    const tree = parseHtml(`${'<div>'.repeat(200_000)}<p>${NEEDLE}</p>${'</div>'.repeat(200_000)}<p>after</p>`);
    expect(depthOf(tree)).toBe(MAX_TREE_DEPTH + 1); // the deepest element's text
    expect(toPlainText(tree).split('\n\n')).toEqual([NEEDLE, 'after']);
  });

  it('keeps the words past the cap in order, each in its element, attributes and all', () => {
    const tree = parseHtml(`${'<b>'.repeat(MAX_TREE_DEPTH + 2)}A<i>B<a href="https://x.example/">C</a>D</i>E`);
    expect(depthOf(tree)).toBe(MAX_TREE_DEPTH + 1);
    expect(toPlainText(tree)).toBe('ABCDE');
    let atCap: Nodes = tree;
    for (let depth = 1; depth < MAX_TREE_DEPTH; depth++) atCap = (atCap as Root).children[0];
    const element = (tagName: string, text: string, properties = {}) => ({ type: 'element', tagName, properties, children: [{ type: 'text', value: text }] });
    expect((atCap as Root).children.slice(2)).toEqual([
      element('b', 'A'),
      element('i', 'B'),
      element('a', 'C', { href: 'https://x.example/' }),
      element('i', 'D'),
      element('b', 'E'),
    ]);
  });

  it('builds the same tree as before for pages within the cap', () => {
    const html = `<div><p>a<b>b<br>c</b></p><ul><li>1<li>2</ul><table><tr><td>x</table><!-- c --><p>d</div>${'<i>'.repeat(MAX_TREE_DEPTH - 1)}e`;
    const tree = parseHtml(html);
    expect(depthOf(tree)).toBe(MAX_TREE_DEPTH);
    expect(JSON.stringify(tree.children.slice(0, 1))).toBe(
      JSON.stringify([
        {
          type: 'element', tagName: 'div', properties: {}, children: [
            { type: 'element', tagName: 'p', properties: {}, children: [
              { type: 'text', value: 'a' },
              { type: 'element', tagName: 'b', properties: {}, children: [
                { type: 'text', value: 'b' }, { type: 'element', tagName: 'br', properties: {}, children: [] }, { type: 'text', value: 'c' },
              ] },
            ] },
            { type: 'element', tagName: 'ul', properties: {}, children: [
              { type: 'element', tagName: 'li', properties: {}, children: [{ type: 'text', value: '1' }] },
              { type: 'element', tagName: 'li', properties: {}, children: [{ type: 'text', value: '2' }] },
            ] },
            { type: 'element', tagName: 'table', properties: {}, children: [
              { type: 'element', tagName: 'tr', properties: {}, children: [
                { type: 'element', tagName: 'td', properties: {}, children: [{ type: 'text', value: 'x' }] },
              ] },
            ] },
            { type: 'comment', value: ' c ' },
            { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'd' }] },
          ],
        },
      ]),
    );
  });

  it('reads stray closing tags under a deep stack of open ones', HANG_GUARD, () => {
    const tree = parseHtml(`${'<div>'.repeat(600)}${'</span>'.repeat(500_000)}<p>${NEEDLE}</p>`);
    expect(toPlainText(tree)).toBe(NEEDLE);
  });
});

describe('deeply nested HTML and MHTML make articles', () => {
  const shapes: Array<[string, string]> = [
    ['5,000 nested <div>', nested('<div>', '</div>', 5_000)],
    ['200,000 nested <div>', nested('<div>', '</div>', 200_000)],
    ['200,000 unclosed <div>', nested('<div>', '', 200_000)],
    ['100,000 unclosed <b>', nested('<b>', '', 100_000)],
    ['100,000 nested <ul><li>', nested('<ul><li>', '</li></ul>', 100_000)],
    ['100,000 unclosed <li>', nested('<li>', '', 100_000)],
    ['50,000 nested <table><tr><td>', nested('<table><tr><td>', '</td></tr></table>', 50_000)],
    ['100,000 nested <blockquote><p>', nested('<blockquote><p>', '', 100_000)],
  ];
  for (const [name, html] of shapes) {
    it(name, HANG_GUARD, () => expectArticle(run('deep.html', html)));
  }

  it('200,000 nested <div> in MHTML', HANG_GUARD, () => {
    const boundary = '----MultipartBoundary--deep';
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://news.example/deep',
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/html',
      'Content-Location: https://news.example/deep',
      '',
      nested('<div>', '</div>', 200_000),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    expectArticle(run('deep.mhtml', mhtml));
  });

  it('JSON-LD nested a million lists deep', HANG_GUARD, () => {
    const ld = `{"@type":"NewsArticle","headline":${'['.repeat(1_000_000)}"Deep headline"${']'.repeat(1_000_000)}}`;
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><p>${NEEDLE}</p></body></html>`;
    const doc = readInput('deep.html', new TextEncoder().encode(html));
    expect(readHtmlArticle(doc).metadata.title).toBe('Deep headline');
  });
});

describe('deeply nested Markdown is refused before it is parsed, naming the line', () => {
  const shapes: Array<[string, string, number]> = [
    ['100,000 `>` markers', `${'>'.repeat(100_000)} ${NEEDLE}\n`, 1],
    ['100,000 `> ` markers', `${'> '.repeat(100_000)}${NEEDLE}\n`, 1],
    ['50,000 nested list levels', `Intro.\n\n${'- '.repeat(50_000)}${NEEDLE}\n`, 3],
    ['50,000 nested ordered lists', `${'1. '.repeat(50_000)}${NEEDLE}\n`, 1],
    ['a list nested 1,000 levels by indentation', Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), 101],
    ['quotes holding a list nested by indentation', Array.from({ length: 1_000 }, (_, i) => `> ${'  '.repeat(i)}- item`).join('\n'), 100],
    ['100,000 nested inline <b>', `${NEEDLE} ${'<b>'.repeat(100_000)}x${'</b>'.repeat(100_000)}\n`, 1],
    ['200,000 nested <div> in an HTML block', `${NEEDLE}\n\n${nested('<div>', '</div>', 200_000)}\n`, 3],
    ['20,000 nested emphasis', `${NEEDLE} ${'*a '.repeat(20_000)}b${' c*'.repeat(20_000)}\n`, 1],
    ['20,000 nested links', `${NEEDLE}\n${'['.repeat(20_000)}a${'](https://x.example/)'.repeat(20_000)}\n`, 2],
    ['below a frontmatter block', `---\ntitle: Deep\n---\n\n${NEEDLE}\n\n${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}x\n`, 7],
  ];
  for (const [name, markdown, line] of shapes) {
    it(name, HANG_GUARD, () => expectRefused(run('deep.md', markdown), line));
  }

  it('reads Markdown nested as deep as allowed', HANG_GUARD, () => {
    const depth = MAX_MARKDOWN_NESTING;
    expectArticle(run('deep.md', `${'> '.repeat(depth)}${NEEDLE}\n`));
    expectArticle(run('deep.md', `${'- '.repeat(depth)}${NEEDLE}\n`));
    expectArticle(run('deep.md', `${NEEDLE}\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`));
    expectArticle(run('deep.md', `${'*a '.repeat(depth - 1)}${NEEDLE}${' c*'.repeat(depth - 1)}\n`));
  });

  it('does not count what is not nesting: code, intraword underscores, void tags, escapes', () => {
    const many = MAX_MARKDOWN_NESTING * 3;
    const markdown = [
      NEEDLE,
      '',
      '```c',
      '*p = *q; [a[i]',
      ...Array.from({ length: many }, () => '  *p = *(q + 1); /* [ */'),
      '```',
      '',
      `${'snake_case_name '.repeat(many)} ${'<br>'.repeat(many)} ${'\\['.repeat(many)} ${'`[`'.repeat(many)}`,
      '',
      `${'**bold** and *em* '.repeat(many)}`,
    ].join('\n');
    expectArticle(run('fine.md', markdown));
  });
});

describe('plain text has no nesting to fear', () => {
  it('100,000 `>` and `-` markers', HANG_GUARD, () => {
    expectArticle(run('deep.txt', `${'> '.repeat(100_000)}${NEEDLE}\n\n${'- '.repeat(100_000)}${NEEDLE}\n`));
  });
});

describe('a whole ingest run over hostile inputs', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-deep-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the articles and refuses the Markdown, each with a reason, none an internal error', HANG_GUARD, async () => {
    const content = path.join(dir, 'content');
    await mkdir(content);
    await writeFile(path.join(content, 'divs.html'), nested('<div>', '</div>', 200_000));
    await writeFile(path.join(content, 'bold.html'), nested('<b>', '', 100_000));
    await writeFile(path.join(content, 'quotes.md'), `${'> '.repeat(100_000)}${NEEDLE}\n`);
    const report = await ingest(content, path.join(dir, 'out'), { now });
    expect(report.articles.map((article) => article.file)).toEqual(['bold.html', 'divs.html']);
    expect(report.failed).toEqual([{ file: 'quotes.md', reason: `nested more than ${MAX_MARKDOWN_NESTING} levels deep (line 1): not an article` }]);
  });
});
