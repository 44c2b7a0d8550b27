/**
 * `npm run bench:archive -- [--articles N[,N…]] [--seed S] [--steps …] [--keep] [--json]`:
 * how kliping scales with the size of an archive.
 *
 * For each N it generates N realistic saved news pages (scripts/bench-archive/generate-pages.ts)
 * in a temporary folder and measures, each as a child process under GNU time: cold ingest,
 * cold ingest on one thread, no-change ingest, ingest after adding one page, the site build,
 * and a bare Astro 7 blog-starter site building the same Markdown; then prints wall, CPU and
 * peak memory per step and the verdicts against the targets (scripts/bench-archive/report.ts).
 * The commands run in a copy of this checkout's code taken at the start (project-copy.ts), so
 * edits saved during a long run do not leak into it. Progress goes to stderr; the report (or
 * with --json, the results as JSON) to stdout. Exits 1 when a target is missed or a step fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hasGnuTime } from './bench-archive/measure.ts';
import { copyProject } from './bench-archive/project-copy.ts';
import { parseOptions, usage, type BenchOptions } from './bench-archive/options.ts';
import { growth, growthReport, sizeReport, verdicts } from './bench-archive/report.ts';
import { runSize, type SizeResult } from './bench-archive/run-size.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench:archive: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  if (!(await hasGnuTime())) {
    console.error('bench:archive: needs GNU time at /usr/bin/time (apt-get install time)');
    return 2;
  }
  const log = (line: string) => console.error(line);
  log(`bench:archive: ${os.cpus().length} cores, Node ${process.version}, sizes ${options.sizes.join(', ')}, steps ${options.steps.join(', ')}`);

  // Every size measures one copy of the code, taken now: edits saved in the checkout during a
  // long run change nothing in it (see project-copy.ts).
  const project = await mkdtemp(path.join(os.tmpdir(), 'kliping-bench-project-'));
  const results: SizeResult[] = [];
  try {
    await copyProject(projectRoot, project);
    log(`bench:archive: measuring a copy of ${projectRoot} in ${project}`);
    for (const articles of options.sizes) {
      const result = await runSize({ articles, seed: options.seed, steps: options.steps, keep: options.keep, projectRoot: project, log });
      results.push(result);
      if (!options.json) console.log(`${sizeReport(result)}\n`);
    }
  } finally {
    if (!options.keep) await rm(project, { recursive: true, force: true });
  }
  if (!options.json && results.length > 1) console.log(`${growthReport(results)}\n`);
  if (options.json) {
    const out = {
      machine: { cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}` },
      seed: options.seed,
      sizes: results.map((result) => ({ ...result, verdicts: verdicts(result) })),
      growth: growth(results),
    };
    console.log(JSON.stringify(out, null, 2));
  }
  const failed = results.some((result) => verdicts(result).some((v) => v.verdict === 'FAIL'));
  // A benchmark that ran reports; it exits 1 only when a target was missed or a step failed.
  return failed ? 1 : 0;
}

process.exitCode = await main();
