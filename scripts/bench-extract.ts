/**
 * Extraction benchmark runner: `npm run --silent bench:extract -- <in-dir> <out.json>`.
 *
 * Reads every `.html` / `.html.gz` in <in-dir>, runs the same path the site build uses
 * (readInput → readHtmlArticle → sanitizeArticle → toPlainText) and writes
 * `{"<name>": {"articleBody": "<plain text>"}}`. A page that fails gets "" and a line on stderr;
 * the exit code is 0 unless the run itself could not happen.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { readInput, type InputDocument } from '../src/ingest/read-input.ts';
import { readHtmlArticle } from '../src/ingest/html-article.ts';
import { sanitizeArticle } from '../src/ingest/sanitize.ts';
import { toPlainText } from '../src/ingest/markdown.ts';
import type { ArticleMetadata } from '../src/ingest/types.ts';
import type { Root } from 'hast';

/** One benchmark input: its name (file name without extension) and its raw bytes. */
export interface BenchPage {
  name: string;
  /** The file name without `.gz`, so its extension says what kind of input it is. */
  file: string;
  bytes: Uint8Array;
}

/** Read the pages of a benchmark folder (`.html`, `.htm`, optionally gzipped), sorted by name. */
export function readPages(dir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = /^(.*)(\.html?)(\.gz)?$/i.exec(file);
    if (!match) continue;
    let bytes: Uint8Array = readFileSync(path.join(dir, file));
    if (match[3]) bytes = gunzipSync(bytes);
    pages.push({ name: match[1], file: match[1] + match[2], bytes });
  }
  return pages;
}

/** The stages of the site build that the benchmark runs. */
export interface Pipeline {
  /** Raw bytes → the decoded input, as the build reads a file from content/. */
  read(page: BenchPage): InputDocument;
  /** Decoded input → the article body as plain text (the part CPU time is measured on). */
  extract(doc: InputDocument): string;
}

/**
 * One page through the build's HTML path as the benches read it: decoded, its metadata read and
 * its body extracted and sanitized (site rules not loaded: the generic extractor is measured).
 */
export function readBenchArticle(page: BenchPage): { metadata: ArticleMetadata; body: Root } {
  const draft = readHtmlArticle(readInput(page.file, page.bytes));
  return { metadata: draft.metadata, body: sanitizeArticle(draft.body) };
}

/**
 * The build's HTML path: `readInput` (decoding) → `readHtmlArticle` (parse, metadata, site
 * rule, extract) → `sanitizeArticle` → `toPlainText`. Site rules are not loaded: the benchmark
 * measures the generic extractor.
 */
export function loadPipeline(): Pipeline {
  return {
    read: (page) => readInput(page.file, page.bytes),
    extract: (doc) => toPlainText(sanitizeArticle(readHtmlArticle(doc).body)),
  };
}

async function main(argv: string[]): Promise<number> {
  const [inDir, outFile] = argv;
  if (!inDir || !outFile) {
    console.error('usage: npm run --silent bench:extract -- <in-dir> <out.json>');
    return 2;
  }
  const pipeline = loadPipeline();
  const pages = readPages(inDir);
  const out: Record<string, { articleBody: string }> = {};
  for (const page of pages) {
    let articleBody = '';
    try {
      articleBody = pipeline.extract(pipeline.read(page));
    } catch (error) {
      console.error(`${page.name}: ${(error as Error).message}`);
    }
    out[page.name] = { articleBody };
  }
  writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
