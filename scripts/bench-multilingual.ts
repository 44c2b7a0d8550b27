/**
 * `npm run bench:multilingual [-- <bench-dir>]`: kliping's extractor on the multilingual
 * keep/drop bench (trafilatura's evaluation pages), next to Mozilla Readability measured in the
 * same run and trafilatura's published F1 on the same split. Scored by the bench's own
 * `score-ml.mjs` (spawned, not copied).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadPipeline, readPages } from './bench-extract.ts';
import type { InputDocument } from '../src/ingest/read-input.ts';
import { readability, runTimed } from './bench-extract-compare.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** trafilatura 2.2.0 (standard) on the dev split, as measured in the bench's README. */
const TRAFILATURA_DEV_F1 = 0.922;

interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  byLang: Record<string, { docs: number; f1: number }>;
}

function score(benchDir: string, predFile: string): Scores {
  const jsonFile = predFile.replace(/\.json$/, '.score.json');
  execFileSync(
    'npx',
    ['node', path.join(benchDir, 'score-ml.mjs'), '--exp', path.join(benchDir, 'expectations.json'),
      '--pred', predFile, '--by-lang', '--json', jsonFile],
    { stdio: ['ignore', 'ignore', 'inherit'], cwd: repoRoot },
  );
  const result = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const entry = (Object.values(result)[0] ?? result) as { all?: Scores; byLang?: Scores['byLang'] } & Scores;
  const all = entry.all ?? entry;
  return { ...all, byLang: entry.byLang ?? {} };
}

async function main(): Promise<void> {
  const benchDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/bench/multilingual'));
  const pipeline = loadPipeline();
  // Decoding is not timed: both extractors get the same decoded text.
  const pages = readPages(path.join(benchDir, 'html')).map((page) => ({ name: page.name, doc: pipeline.read(page) }));
  const work = mkdtempSync(path.join(tmpdir(), 'kliping-bench-ml-'));
  try {
    const rows: [string, Scores, number][] = [];
    for (const [label, extract] of [
      ['kliping', pipeline.extract],
      ['readability.js + linkedom', (doc: InputDocument) => readability(doc.text)],
    ] as const) {
      const { predictions, cpuMsPerPage } = runTimed(pages, extract, label);
      const file = path.join(work, `${label.split(' ')[0]}.json`);
      writeFileSync(file, JSON.stringify(predictions));
      rows.push([label, score(benchDir, file), cpuMsPerPage]);
    }
    console.log(`${pages.length} pages from ${benchDir}`);
    console.log('| extractor | F1 | precision | recall | accuracy | CPU ms/page |');
    console.log('|---|---|---|---|---|---|');
    for (const [label, s, ms] of rows) {
      console.log(`| ${label} | ${s.f1.toFixed(4)} | ${s.precision.toFixed(4)} | ${s.recall.toFixed(4)} | ${s.accuracy.toFixed(4)} | ${ms.toFixed(1)} |`);
    }
    console.log(`| trafilatura 2.2.0 standard (published, dev split) | ${TRAFILATURA_DEV_F1.toFixed(3)} | | | | |`);
    const langs = Object.entries(rows[0][1].byLang).filter(([, v]) => v.docs >= 10);
    if (langs.length > 0) {
      console.log('');
      console.log(`| F1 by language | ${langs.map(([lang, v]) => `${lang} (${v.docs})`).join(' | ')} |`);
      console.log(`|---|${langs.map(() => '---').join('|')}|`);
      for (const [label, s] of rows) {
        console.log(`| ${label} | ${langs.map(([lang]) => s.byLang[lang]?.f1.toFixed(3) ?? '').join(' | ')} |`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
