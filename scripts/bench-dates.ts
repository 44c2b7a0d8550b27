/**
 * `npm run bench:dates [-- <bench-dir>] [--errors N] [--pred out.json]`: kliping's date stage on
 * the publication-date bench (htmldate's evaluation pages, ../shared/bench/dates), beside
 * htmldate's figures measured on the same split (its README), scored by the bench's own
 * `score-dates.mjs` (spawned, not copied) on the whole split and on each half by `sha1(id)`
 * parity. HTML only, as the anchors were run: no URL is given but what the page itself carries.
 *
 * CPU ms/page is the date stage alone (`findPublicationDates`, after the page is decoded and
 * parsed, as the ingest runs it), measured with `process.cpuUsage`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readMetadata } from '../src/ingest/metadata.ts';
import { parseHtml } from '../src/ingest/parse.ts';
import { findPublicationDates } from '../src/ingest/publication-date.ts';
import { readInput } from '../src/ingest/read-input.ts';
import { splitHalves } from './lib/bench-split.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** htmldate 1.9.3 on this dev split, HTML only (the bench's README). */
const ANCHORS = [
  { name: 'htmldate 1.9.3, extensive', precision: 0.915, recall: 0.993, accuracy: 0.909, ms: 10.7 },
  { name: 'htmldate 1.9.3, fast', precision: 0.93, recall: 0.92, accuracy: 0.861, ms: 5.6 },
];
/** The issue's targets. */
const TARGET = { accuracy: 0.93, precision: 0.93, ms: 10 };

interface Truth {
  date: string | null;
  url: string;
  set: string;
}
interface Score {
  precision: number;
  recall: number;
  accuracy: number;
  f: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const benchDir = path.resolve(args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(repoRoot, '../shared/bench/dates'));
  if (!existsSync(path.join(benchDir, 'truth.json'))) {
    console.error(`bench:dates: no bench at ${path.relative(repoRoot, benchDir)} (expected ../shared/bench/dates with truth.json)`);
    process.exitCode = 2;
    return;
  }
  const truth = JSON.parse(readFileSync(path.join(benchDir, 'truth.json'), 'utf8')) as Record<string, Truth>;
  const ids = Object.keys(truth);

  const predictions: Record<string, string | null> = {};
  const sources: Record<string, number> = {};
  let cpuMicros = 0;
  for (const id of ids) {
    const bytes = gunzipSync(readFileSync(path.join(benchDir, 'html', `${id}.html.gz`)));
    const doc = readInput(`${id}.html`, new Uint8Array(bytes));
    const tree = parseHtml(doc.text);
    const { lang, url } = readMetadata(tree, { url: doc.savedFrom });
    const savedAt = doc.savedAt ? new Date(doc.savedAt) : undefined;
    const start = process.cpuUsage();
    const found = findPublicationDates(tree, { lang, url, savedAt });
    const used = process.cpuUsage(start);
    cpuMicros += used.user + used.system;
    predictions[id] = found.published ? found.published.slice(0, 10) : null;
    const from = found.published ? (found.from ?? 'metadata') : 'none';
    sources[from] = (sources[from] ?? 0) + 1;
  }
  const msPerPage = cpuMicros / 1000 / ids.length;

  const work = mkdtempSync(path.join(os.tmpdir(), 'kliping-dates-'));
  try {
    const halves = splitHalves(ids);
    const scores: Record<string, Score> = {};
    for (const [half, members] of Object.entries(halves)) {
      scores[half] = score(benchDir, work, half, Object.fromEntries(members.map((id) => [id, truth[id]])), predictions, Number(option('--errors') ?? 0));
    }
    const predOut = option('--pred');
    if (predOut) writeFileSync(predOut, JSON.stringify(predictions, null, 1) + '\n');

    const f3 = (x: number) => x.toFixed(3);
    console.log(`\n${ids.length} pages (${halves.even.length} even, ${halves.odd.length} odd by sha1(id) parity); date stage only, HTML only\n`);
    console.log('| extractor | precision | recall | accuracy | CPU ms/page |');
    console.log('|---|---|---|---|---|');
    for (const anchor of ANCHORS) console.log(`| ${anchor.name} (published) | ${f3(anchor.precision)} | ${f3(anchor.recall)} | ${f3(anchor.accuracy)} | ${anchor.ms} |`);
    const whole = scores.whole;
    console.log(`| **kliping** (this run) | ${f3(whole.precision)} | ${f3(whole.recall)} | **${f3(whole.accuracy)}** | ${msPerPage.toFixed(1)} |`);
    console.log('');
    console.log('| kliping by half | precision | recall | accuracy | tp | fp | fn |');
    console.log('|---|---|---|---|---|---|---|');
    for (const half of ['even', 'odd', 'whole']) {
      const s = scores[half];
      console.log(`| ${half} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.accuracy)} | ${s.tp} | ${s.fp} | ${s.fn} |`);
    }
    console.log(`\nwhere the dates came from: ${Object.entries(sources).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const met = whole.accuracy >= TARGET.accuracy && whole.precision >= TARGET.precision && msPerPage <= TARGET.ms;
    console.log(`target (accuracy ≥ ${TARGET.accuracy}, precision ≥ ${TARGET.precision}, ≤ ${TARGET.ms} CPU ms/page): ${met ? 'met' : 'NOT met'}`);
    if (!met) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Score predictions for `truth` with the bench's scorer; print its errors when asked. */
function score(benchDir: string, work: string, name: string, truth: Record<string, Truth>, predictions: Record<string, string | null>, errors: number): Score {
  const truthFile = path.join(work, `${name}.truth.json`);
  const predFile = path.join(work, `${name}.json`);
  const outFile = path.join(work, `${name}.score.json`);
  writeFileSync(truthFile, JSON.stringify(truth));
  writeFileSync(predFile, JSON.stringify(Object.fromEntries(Object.keys(truth).map((id) => [id, predictions[id] ?? null]))));
  const output = execFileSync(
    'npx',
    ['node', path.join(benchDir, 'score-dates.mjs'), '--truth', truthFile, '--pred', predFile, '--json', outFile, '--errors', String(name === 'whole' ? errors : 0)],
    { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (errors > 0 && name === 'whole') console.log(output.split('\n').filter((line) => line.startsWith('  ')).join('\n'));
  return (JSON.parse(readFileSync(outFile, 'utf8')) as Record<string, Score>)[name];
}

main();
