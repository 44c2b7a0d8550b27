/**
 * `npm run bench:multilingual [-- <bench-dir>]`: kliping's extractor on the multilingual
 * keep/drop bench (trafilatura's evaluation pages), next to Mozilla Readability measured in the
 * same run and trafilatura's published F1 on the same split. Scored by the bench's own
 * `score-ml.mjs` (spawned, not copied).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compareExtractors, type BenchScores } from './bench-extract-compare.ts';
import { pick } from './lib/bench-split.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** trafilatura 2.2.0 (standard) on the dev split, as measured in the bench's README. */
const TRAFILATURA_DEV_F1 = 0.922;

interface Scores extends BenchScores {
  byLang: Record<string, { docs: number; f1: number }>;
}

function score(benchDir: string, expectations: Record<string, unknown>, predFile: string, ids: string[]): Scores {
  const expFile = predFile.replace(/\.json$/, '.exp.json');
  writeFileSync(expFile, JSON.stringify(pick(expectations, ids)));
  const jsonFile = predFile.replace(/\.json$/, '.score.json');
  execFileSync(
    'npx',
    ['node', path.join(benchDir, 'score-ml.mjs'), '--exp', expFile,
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
  const expectations = JSON.parse(readFileSync(path.join(benchDir, 'expectations.json'), 'utf8'));
  const rows = compareExtractors(benchDir, (file, ids) => score(benchDir, expectations, file, ids), 4);
  console.log(`| trafilatura 2.2.0 standard (published, dev split) | ${TRAFILATURA_DEV_F1.toFixed(3)} | | | | |`);
  const langs = Object.entries(rows[0][1].whole.byLang).filter(([, v]) => v.docs >= 10);
  if (langs.length > 0) {
    console.log('');
    console.log(`| F1 by language | ${langs.map(([lang, v]) => `${lang} (${v.docs})`).join(' | ')} |`);
    console.log(`|---|${langs.map(() => '---').join('|')}|`);
    for (const [label, s] of rows) {
      console.log(`| ${label} | ${langs.map(([lang]) => s.whole.byLang[lang]?.f1.toFixed(3) ?? '').join(' | ')} |`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
