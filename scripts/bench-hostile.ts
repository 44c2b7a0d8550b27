/**
 * Hostile-shape benchmark: `npm run bench:hostile [-- PAGE.html]`.
 *
 * Runs inputs shaped to hurt the ingest (nesting hundreds of thousands of levels deep, in
 * HTML, MHTML, Markdown and text) through the build's own path, readInput → the reader for the
 * kind → collectMedia → finishArticle, then renders the Markdown written for it the way the
 * site does (src/lib/render.ts), and prints the time of each beside a normal real-size saved
 * page measured in the same run. Each row says what became of the input: an article (with its
 * text length), a refusal with the reason the user reads, or an internal error (a bug).
 *
 * The normal page is PAGE.html when given, else the page of `../shared/bench/extraction` nearest
 * the average saved page's size, else a generated page of that size.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { reasonOf } from '../src/ingest/errors.ts';
import { finishArticle } from '../src/ingest/finish-article.ts';
import { readHtmlArticle } from '../src/ingest/html-article.ts';
import { readMarkdownArticle } from '../src/ingest/markdown-article.ts';
import { collectMedia } from '../src/ingest/media.ts';
import { toPlainText } from '../src/ingest/markdown.ts';
import { readInput } from '../src/ingest/read-input.ts';
import { readTextArticle } from '../src/ingest/text-article.ts';
import { articleBodyHtml, parseArticleBody } from '../src/lib/render.ts';
import { readPages } from './bench-extract.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The average saved page (see src/ingest/parse.ts): the size the normal page is picked near. */
const AVERAGE_PAGE_BYTES = 190_000;
/** Runs of the normal page; the median is shown (the first runs warm the JIT up). */
const NORMAL_RUNS = 7;
/** The text every hostile shape hides at its bottom, to see whether it came through. */
const NEEDLE = 'Needle sentence at the bottom of the nesting, which should reach the article.';

/** One input shape: a file name (its extension says the kind) and its content. */
interface Shape {
  name: string;
  file: string;
  make: () => string | Uint8Array;
}

const shapes: Shape[] = [
  { name: '5,000 nested <div>', file: 'x.html', make: () => nestedHtml('<div>', '</div>', 5_000) },
  { name: '40,000 nested <div>', file: 'x.html', make: () => nestedHtml('<div>', '</div>', 40_000) },
  { name: '200,000 nested <div>', file: 'x.html', make: () => nestedHtml('<div>', '</div>', 200_000) },
  { name: '200,000 unclosed <div>', file: 'x.html', make: () => nestedHtml('<div>', '', 200_000) },
  { name: '100,000 unclosed <b>', file: 'x.html', make: () => nestedHtml('<b>', '', 100_000) },
  { name: '100,000 nested <a href>', file: 'x.html', make: () => nestedHtml('<a href="/x">', '</a>', 100_000) },
  { name: '100,000 nested <div class="comments">', file: 'x.html', make: () => `<h1>Deep</h1>${nestedHtml('<div class="comments widget">', '</div>', 100_000)}` },
  { name: '100,000 nested <div class="article-content">', file: 'x.html', make: () => `<h1>Deep</h1>${nestedHtml('<div class="article-content">', '</div>', 100_000)}` },
  { name: '100,000 nested <ul><li>', file: 'x.html', make: () => nestedHtml('<ul><li>', '</li></ul>', 100_000) },
  { name: '100,000 unclosed <li>', file: 'x.html', make: () => nestedHtml('<li>', '', 100_000) },
  { name: '50,000 nested <table><tr><td>', file: 'x.html', make: () => nestedHtml('<table><tr><td>', '</td></tr></table>', 50_000) },
  { name: '100,000 nested <blockquote><p>', file: 'x.html', make: () => nestedHtml('<blockquote><p>', '', 100_000) },
  { name: 'MHTML: 200,000 nested <div>', file: 'x.mhtml', make: () => mhtml(nestedHtml('<div>', '</div>', 200_000)) },
  { name: 'Markdown: 100,000 `>` markers', file: 'x.md', make: () => `${'>'.repeat(100_000)} ${NEEDLE}\n` },
  { name: 'Markdown: 100,000 `> ` markers', file: 'x.md', make: () => `${'> '.repeat(100_000)}${NEEDLE}\n` },
  { name: 'Markdown: 50,000 nested list levels', file: 'x.md', make: () => `${'- '.repeat(50_000)}${NEEDLE}\n` },
  { name: 'Markdown: 50,000 nested ordered lists', file: 'x.md', make: () => `${'1. '.repeat(50_000)}${NEEDLE}\n` },
  { name: 'Markdown: 100,000 nested inline <b>', file: 'x.md', make: () => `${NEEDLE} ${'<b>'.repeat(100_000)}x${'</b>'.repeat(100_000)}\n` },
  { name: 'Markdown: 200,000 nested <div> block', file: 'x.md', make: () => `${NEEDLE}\n\n${nestedHtml('<div>', '</div>', 200_000)}\n` },
  { name: 'Markdown: 20,000 nested emphasis', file: 'x.md', make: () => `${NEEDLE} ${'*a '.repeat(20_000)}b${' c*'.repeat(20_000)}\n` },
  { name: 'Markdown: 20,000 nested links', file: 'x.md', make: () => `${NEEDLE} ${'['.repeat(20_000)}a${'](https://x.example/)'.repeat(20_000)}\n` },
  { name: 'text: 100,000 `>` and `-` markers', file: 'x.txt', make: () => `${'> '.repeat(100_000)}${NEEDLE}\n\n${'- '.repeat(100_000)}${NEEDLE}\n` },
];

/** `open` repeated `depth` times around a paragraph holding the needle, then `close` as many. */
function nestedHtml(open: string, close: string, depth: number): string {
  return `<html><head><title>Deep</title></head><body>${open.repeat(depth)}<p>${NEEDLE}</p>${close.repeat(depth)}</body></html>`;
}

/** An MHTML archive (as Chrome writes them) whose page part is `html`. */
function mhtml(html: string): string {
  const boundary = '----MultipartBoundary--bench';
  return [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://news.example/deep',
    'Subject: Deep',
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-Transfer-Encoding: binary',
    'Content-Location: https://news.example/deep',
    '',
    html,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/** What became of one input, and how long each half took. */
interface Outcome {
  ingestMs: number;
  renderMs: number;
  result: string;
}

/** The build's path for one input, then the site's rendering of the Markdown written for it. */
function run(file: string, content: string | Uint8Array): Outcome {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const now = new Date('2024-01-01T00:00:00Z');
  const start = performance.now();
  let markdown: string;
  let text: string;
  try {
    const doc = readInput(file, bytes);
    const draft =
      doc.kind === 'html' ? readHtmlArticle(doc) : doc.kind === 'text' ? readTextArticle(doc.text, { now }) : readMarkdownArticle(doc.text, { now });
    const body = collectMedia(draft.body, { resources: doc.resources }, { publicPath: '/article-media/x/' }).tree;
    const finished = finishArticle(body, draft.metadata, file, [], now);
    markdown = finished.markdown;
    text = toPlainText(parseArticleBody(markdown));
  } catch (error) {
    const reason = reasonOf(error);
    const kind = reason.startsWith('internal error') ? 'INTERNAL ERROR' : 'refused';
    return { ingestMs: performance.now() - start, renderMs: 0, result: `${kind}: ${reason.slice(0, 120)}` };
  }
  const ingested = performance.now();
  let result = `article, ${text.length} chars of text${text.includes(NEEDLE) ? ', needle kept' : ', needle LOST'}`;
  try {
    articleBodyHtml(parseArticleBody(markdown), { base: '/' });
  } catch (error) {
    result += `; RENDER FAILED: ${String((error as Error).message ?? error).slice(0, 80)}`;
  }
  return { ingestMs: ingested - start, renderMs: performance.now() - ingested, result };
}

/** The normal page: PAGE.html, else the benchmark page nearest the average size, else a generated one. */
function normalPage(argument: string | undefined): { label: string; file: string; bytes: Uint8Array } {
  if (argument) return { label: path.basename(argument), file: argument, bytes: new Uint8Array(readFileSync(argument)) };
  const benchDir = path.join(repoRoot, '../shared/bench/extraction/html');
  if (existsSync(benchDir)) {
    const pages = readPages(benchDir);
    if (pages.length > 0) {
      const page = pages.reduce((best, next) =>
        Math.abs(next.bytes.length - AVERAGE_PAGE_BYTES) < Math.abs(best.bytes.length - AVERAGE_PAGE_BYTES) ? next : best,
      );
      return { label: `${page.name.slice(0, 12)}… (${Math.round(page.bytes.length / 1000)} KB)`, file: page.file, bytes: page.bytes };
    }
  }
  const paragraph = `<p>${'The council met on Monday, and the talks went on for hours. '.repeat(8)}</p>`;
  const html = `<html><body><nav>${'<a href="/x">Menu</a>'.repeat(50)}</nav><article>${paragraph.repeat(Math.floor(AVERAGE_PAGE_BYTES / paragraph.length))}</article></body></html>`;
  return { label: `generated (${Math.round(html.length / 1000)} KB)`, file: 'normal.html', bytes: new TextEncoder().encode(html) };
}

function main(argv: string[]): void {
  // `--only TEXT` runs the shapes whose name holds TEXT (one at a time, e.g. under `timeout`).
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv.splice(onlyAt, 2)[1] : undefined;
  const normal = normalPage(argv[0]);
  const runs: Outcome[] = [];
  for (let i = 0; i < NORMAL_RUNS; i++) runs.push(run(normal.file, normal.bytes));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const row = (name: string, size: number, outcome: Outcome) =>
    console.log(`| ${name} | ${Math.round(size / 1000)} KB | ${outcome.ingestMs.toFixed(0)} | ${outcome.renderMs.toFixed(0)} | ${outcome.result} |`);
  // Rows are printed as they finish: a shape that hangs still leaves the ones before it.
  console.log('| input | size | ingest ms | render ms | result |');
  console.log('|---|---|---|---|---|');
  row(`normal page: ${normal.label}`, normal.bytes.length, {
    ingestMs: median(runs.map((r) => r.ingestMs)),
    renderMs: median(runs.map((r) => r.renderMs)),
    result: runs[0].result.replace(/, needle (?:kept|LOST)/, ''),
  });
  for (const shape of shapes) {
    if (only !== undefined && !shape.name.includes(only)) continue;
    const content = shape.make();
    row(shape.name, content.length, run(shape.file, content));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
