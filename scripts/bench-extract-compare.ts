/**
 * `npm run bench:extract:compare [-- <bench-dir>]`: kliping's extractor against Mozilla
 * Readability (on linkedom) on the same pages, in one process. Both are scored with the
 * benchmark's own `score.mjs` (spawned, not copied) and timed with `process.cpuUsage` around
 * each extractor call (HTML text → plain text; byte decoding is not timed).
 */
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { loadPipeline, readPages } from './bench-extract.ts';
import type { InputDocument } from '../src/ingest/read-input.ts';
import { pick, splitHalves } from './lib/bench-split.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Block-level tags after which Readability's text gets a paragraph break. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL', 'BR',
]);

/** Text of Readability's content element with a blank line between blocks. */
function blockText(node: Node): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
    line = '';
  };
  const walk = (current: Node) => {
    if (current.nodeType === 3) {
      line += current.nodeValue ?? '';
      return;
    }
    if (current.nodeType !== 1) return;
    const block = BLOCKS.has((current as Element).tagName);
    if (block) flush();
    for (let child = current.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(node);
  flush();
  return parts.join('\n\n');
}

/** Mozilla Readability on linkedom, as block-aware plain text (the compared extractor). */
export function readability(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  return article?.content ? blockText(article.content) : '';
}

/** Run `extract` over every page, timing CPU per page; failures give "" and a stderr line. */
export function runTimed(
  pages: { name: string; doc: InputDocument }[],
  extract: (doc: InputDocument) => string,
  label: string,
): { predictions: Record<string, { articleBody: string }>; cpuMsPerPage: number } {
  const predictions: Record<string, { articleBody: string }> = {};
  // One untimed pass first, so that neither side pays for JIT compilation in its numbers.
  for (const page of pages) {
    try {
      extract(page.doc);
    } catch {
      // Reported in the timed pass below.
    }
  }
  let micros = 0;
  for (const page of pages) {
    let articleBody = '';
    const before = process.cpuUsage();
    try {
      articleBody = extract(page.doc);
    } catch (error) {
      console.error(`${label} ${page.name}: ${(error as Error).message}`);
    }
    const used = process.cpuUsage(before);
    micros += used.user + used.system;
    predictions[page.name] = { articleBody };
  }
  return { predictions, cpuMsPerPage: micros / 1000 / Math.max(1, pages.length) };
}

/** Score `predFile` on the pages `ids` with the bench's own `score.mjs` (`truth` cut to `ids`). */
function score(benchDir: string, truth: Record<string, unknown>, predFile: string, ids: string[]): BenchScores {
  const truthFile = predFile.replace(/\.json$/, '.truth.json');
  writeFileSync(truthFile, JSON.stringify(pick(truth, ids)));
  const jsonFile = predFile.replace(/\.json$/, '.score.json');
  execFileSync(
    'npx',
    ['node', path.join(benchDir, 'score.mjs'), '--truth', truthFile,
      '--pred', predFile, '--n-bootstrap', '10', '--json', jsonFile],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: repoRoot },
  );
  const result = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const row = Array.isArray(result) ? result[0] : Object.values(result)[0];
  const value = (key: string) => {
    const found = row?.[key] ?? row?.metrics?.[key];
    return typeof found === 'number' ? found : Number(found?.mean ?? found?.value ?? NaN);
  };
  return { f1: value('f1'), precision: value('precision'), recall: value('recall'), accuracy: value('accuracy') };
}

/** Scores every extractor must report, whatever the bench. */
export interface BenchScores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** One extractor's scores on each half of the split and on the whole. */
export type SplitScores<S> = Record<'even' | 'odd' | 'whole', S>;

/**
 * Run kliping's build path and Readability on the same decoded pages in this one process, time
 * each (CPU), score each extractor's predictions with `score` on both halves of the split
 * (`sha1(id)` parity) and on the whole, and print the tables. Returns the rows so a bench can
 * print more (per-language scores…). With `KLIPING_BENCH_SAVE=<dir>` the predictions are kept
 * there (`kliping.json`, `readability.json`) for a closer look.
 */
export function compareExtractors<S extends BenchScores>(
  benchDir: string,
  score: (predFile: string, ids: string[]) => S,
  digits = 3,
): [label: string, scores: SplitScores<S>, cpuMsPerPage: number][] {
  const pipeline = loadPipeline();
  // Decoding is not timed: both extractors get the same decoded text.
  const pages = readPages(path.join(benchDir, 'html')).map((page) => ({ name: page.name, doc: pipeline.read(page) }));
  const halves = splitHalves(pages.map((page) => page.name));
  const work = mkdtempSync(path.join(tmpdir(), 'kliping-bench-'));
  const save = process.env.KLIPING_BENCH_SAVE;
  try {
    const rows: [string, SplitScores<S>, number][] = [];
    for (const [label, extract] of [
      ['kliping', pipeline.extract],
      ['readability.js + linkedom', (doc: InputDocument) => readability(doc.text)],
    ] as const) {
      const { predictions, cpuMsPerPage } = runTimed(pages, extract, label);
      const name = label.split(' ')[0].replace(/\.js$/, '');
      if (save) {
        mkdirSync(save, { recursive: true });
        writeFileSync(path.join(save, `${name}.json`), JSON.stringify(predictions));
      }
      const scores = {} as SplitScores<S>;
      for (const half of ['even', 'odd', 'whole'] as const) {
        const file = path.join(work, `${name}-${half}.json`);
        writeFileSync(file, JSON.stringify(pick(predictions, halves[half])));
        scores[half] = score(file, halves[half]);
      }
      rows.push([label, scores, cpuMsPerPage]);
    }
    const f = (x: number) => x.toFixed(digits);
    console.log(`${pages.length} pages from ${benchDir} (${halves.even.length} even, ${halves.odd.length} odd by sha1(id) parity)`);
    console.log('| extractor | F1 | precision | recall | accuracy | CPU ms/page |');
    console.log('|---|---|---|---|---|---|');
    for (const [label, s, ms] of rows) {
      console.log(`| ${label} | ${f(s.whole.f1)} | ${f(s.whole.precision)} | ${f(s.whole.recall)} | ${f(s.whole.accuracy)} | ${ms.toFixed(1)} |`);
    }
    console.log('');
    console.log('| by half | F1 even | F1 odd | F1 whole | P even | P odd | R even | R odd |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [label, s] of rows) {
      console.log(`| ${label} | ${f(s.even.f1)} | ${f(s.odd.f1)} | ${f(s.whole.f1)} | ${f(s.even.precision)} | ${f(s.odd.precision)} | ${f(s.even.recall)} | ${f(s.odd.recall)} |`);
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const benchDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/bench/extraction'));
  const truth = JSON.parse(readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8'));
  compareExtractors(benchDir, (file, ids) => score(benchDir, truth, file, ids));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
