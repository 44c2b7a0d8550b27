/**
 * Extraction benchmark runner: `npm run --silent bench:extract -- <in-dir> <out.json>`.
 *
 * Reads every `.html` / `.html.gz` in <in-dir>, runs the same path the site build uses
 * (decode → parseHtml → extractArticle → sanitizeArticle → toPlainText) and writes
 * `{"<name>": {"articleBody": "<plain text>"}}`. A page that fails gets "" and a line on stderr;
 * the exit code is 0 unless the run itself could not happen.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { parseHtml } from '../src/ingest/parse.ts';
import { extractArticle } from '../src/ingest/extract.ts';

/** One benchmark input: its name (file name without extension) and its raw bytes. */
export interface BenchPage {
  name: string;
  bytes: Uint8Array;
}

/** Read the pages of a benchmark folder, sorted by name. */
export function readPages(dir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const file of readdirSync(dir).sort()) {
    const match = /^(.*)\.html?(\.gz)?$/i.exec(file);
    if (!match) continue;
    let bytes: Uint8Array = readFileSync(path.join(dir, file));
    if (match[2]) bytes = gunzipSync(bytes);
    pages.push({ name: match[1], bytes });
  }
  return pages;
}

/** The stages of the site build that the benchmark runs, loaded once. */
export interface Pipeline {
  decode(bytes: Uint8Array): string;
  /** Raw HTML text → the article body as plain text. */
  extract(html: string): string;
}

type Stage<T> = T | undefined;

async function optional<T>(specifier: string): Promise<Stage<T>> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * Load the pipeline. `decode.ts`, `sanitize.ts` and `markdown.ts` belong to other stages; until
 * they exist the runner falls back to a BOM/meta-charset decoder and a block-aware text walk.
 */
export async function loadPipeline(): Promise<Pipeline> {
  const decodeModule = await optional<{ decodeHtml(bytes: Uint8Array): { text: string } }>(
    '../src/ingest/decode.ts',
  );
  const sanitizeModule = await optional<{ sanitizeArticle(tree: Root): Root }>('../src/ingest/sanitize.ts');
  const markdownModule = await optional<{ toPlainText(tree: Root): string }>('../src/ingest/markdown.ts');
  const decode = decodeModule ? (bytes: Uint8Array) => decodeModule.decodeHtml(bytes).text : fallbackDecode;
  const sanitize = sanitizeModule ? sanitizeModule.sanitizeArticle : (tree: Root) => tree;
  const toText = markdownModule ? markdownModule.toPlainText : fallbackPlainText;
  return {
    decode,
    extract: (html) => toText(sanitize(extractArticle(parseHtml(html)))),
  };
}

/** BOM → `<meta charset>` → strict UTF-8 → windows-1252. */
function fallbackDecode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder(declared && declared !== 'utf-8' ? declared : 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

const TEXT_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul', 'details', 'summary',
]);

/** Plain text with blank lines between blocks, until `markdown.ts` provides `toPlainText`. */
function fallbackPlainText(tree: Root): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
    line = '';
  };
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'text') line += node.value;
    else if (node.type === 'element' || node.type === 'root') {
      const block = node.type === 'element' && TEXT_BLOCKS.has(node.tagName);
      if (node.type === 'element' && node.tagName === 'br') {
        flush();
        return;
      }
      if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) line += ' ';
      if (block) flush();
      for (const child of node.children) walk(child);
      if (block) flush();
    }
  };
  walk(tree);
  flush();
  return parts.join('\n\n');
}

async function main(argv: string[]): Promise<number> {
  const [inDir, outFile] = argv;
  if (!inDir || !outFile) {
    console.error('usage: npm run --silent bench:extract -- <in-dir> <out.json>');
    return 2;
  }
  const pipeline = await loadPipeline();
  const pages = readPages(inDir);
  const out: Record<string, { articleBody: string }> = {};
  for (const page of pages) {
    let articleBody = '';
    try {
      articleBody = pipeline.extract(pipeline.decode(page.bytes));
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
