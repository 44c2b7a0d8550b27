/**
 * One archive size, start to finish: generate N pages into a fresh temporary folder, then
 * measure each chosen step as a child process of its own (so its CPU time and memory are its
 * own): cold ingest; cold ingest on one thread; no-change ingest; ingest after adding one page;
 * kliping's site build; the bare Astro site building the same Markdown.
 *
 * Steps run in that order: the one-thread cold ingest writes to folders of its own right after
 * the cold one, so both read the same N pages, and the builds see the N + 1 articles that the
 * ingests left.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareBareSite } from './bare-site.ts';
import { extraPage, generatePages, pageText, writePages, type WrittenPages } from './generate-pages.ts';
import { measure, type Measurement } from './measure.ts';
import { STEP_LABELS, type StepName } from './options.ts';

/** One step's outcome. */
export interface StepResult {
  step: StepName;
  label: string;
  /** Absent when the step could not run (see `note`). */
  measurement?: Measurement;
  /** "1000 articles, 0 failed", "n/a: …", "failed: exit 1", … */
  note: string;
  /** False when the command failed. */
  ok: boolean;
  /**
   * The machine's 1-minute load average when the step started: on a shared machine, a load
   * above its core count means the wall times are inflated by others' work (CPU times much less).
   */
  load: number;
}

/** Everything measured for one archive size. */
export interface SizeResult {
  articles: number;
  seed: number;
  /** Generating and writing the pages, in this process. */
  generation: WrittenPages & { seconds: number };
  steps: StepResult[];
  /**
   * `node scripts/ingest.ts --help` (as `npm run ingest` runs it): starting the ingest's process and loading its command line,
   * the floor under every ingest step's time.
   */
  startup: Measurement;
  /** The temporary folder (removed unless --keep). */
  workdir: string;
  kept: boolean;
}

/** What a run needs to know. */
export interface RunSizeOptions {
  articles: number;
  seed: number;
  steps: readonly StepName[];
  keep: boolean;
  /**
   * Where the commands run: the copy of the kliping checkout (project-copy.ts), with its
   * scripts, packages and content/topics.yml.
   */
  projectRoot: string;
  /** Progress lines (to stderr). */
  log: (line: string) => void;
}

/** The folders of one run. */
interface Folders {
  root: string;
  content: string;
  articles: string;
  media: string;
  serialArticles: string;
  serialMedia: string;
  dist: string;
  cache: string;
  bare: string;
  logs: string;
}

/**
 * The environment of every measured command: the project's own `node_modules/.bin` first on
 * PATH, so that `node` and `astro` (and the `node` it starts) are the project's Node 24 (as
 * under `npm run`), and none of the folder or thread settings of whoever started the benchmark.
 */
function baseEnv(projectRoot: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(projectRoot, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  for (const key of ['KLIPING_CONTENT_DIR', 'KLIPING_ARTICLES_DIR', 'KLIPING_OUT_DIR', 'KLIPING_CACHE_DIR', 'KLIPING_JOBS']) delete env[key];
  return env;
}

/**
 * "ingested 1000 articles (…), 3 copies of other articles, 0 failed, …" → counts, from the
 * ingest's summary line (copies: inputs folded into another's article as near-duplicates).
 */
export function ingestSummary(lines: readonly string[]): { articles: number; copies: number; failed: number; line: string } | undefined {
  for (const line of [...lines].reverse()) {
    const match = /^ingested (\d+) articles?\b.*?\b(\d+) failed/.exec(line);
    if (!match) continue;
    const copies = /\b(\d+) cop(?:y|ies) of other/.exec(line);
    return { articles: Number(match[1]), copies: copies ? Number(copies[1]) : 0, failed: Number(match[2]), line };
  }
  return undefined;
}

/**
 * Start the ingest with `--help`: how long its process takes to start (the floor under every
 * ingest step), and whether its command line has `--jobs` (the one-thread step needs it).
 */
async function probeIngest(folders: Folders, projectRoot: string, env: NodeJS.ProcessEnv): Promise<{ startup: Measurement; hasJobs: boolean }> {
  const startup = await measure(path.join(projectRoot, 'node_modules/.bin/node'), ['scripts/ingest.ts', '--help'], {
    cwd: projectRoot,
    env,
    logFile: path.join(folders.logs, 'ingest-help.log'),
    tailLines: 200,
  });
  return { startup, hasJobs: startup.tail.some((line) => line.includes('--jobs')) };
}

/** Run one archive size. */
export async function runSize(options: RunSizeOptions): Promise<SizeResult> {
  const { articles, seed, projectRoot, log } = options;
  const root = await fs.mkdtemp(path.join(os.tmpdir(), `kliping-bench-${articles}-`));
  const folders: Folders = {
    root,
    content: path.join(root, 'content'),
    articles: path.join(root, 'articles'),
    media: path.join(root, 'media'),
    serialArticles: path.join(root, 'articles-serial'),
    serialMedia: path.join(root, 'media-serial'),
    dist: path.join(root, 'dist'),
    cache: path.join(root, 'astro-cache'),
    bare: path.join(root, 'bare'),
    logs: path.join(root, 'logs'),
  };
  const env = baseEnv(projectRoot);
  const runner = path.join(projectRoot, 'node_modules/.bin/node');
  const astro = path.join(projectRoot, 'node_modules/.bin/astro');
  const steps: StepResult[] = [];
  let generation: SizeResult['generation'] | undefined;
  let probe: { startup: Measurement; hasJobs: boolean } | undefined;

  const ingestArgs = (out: string, media: string, extra: string[] = []) => ['scripts/ingest.ts', '--content', folders.content, '--out', out, '--media', media, ...extra];

  /** Measure one command as `step`, noting the outcome. */
  const run = async (step: StepName, command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; ingest?: boolean } = {}) => {
    log(`[${articles}] ${STEP_LABELS[step]} …`);
    const load = os.loadavg()[0];
    const measurement = await measure(command, args, {
      cwd: opts.cwd ?? projectRoot,
      env: opts.env ?? env,
      logFile: path.join(folders.logs, `${step}.log`),
    });
    let note = '';
    let ok = measurement.exitCode === 0;
    if (opts.ingest) {
      const summary = ingestSummary(measurement.tail);
      note = summary ? `${summary.articles} articles, ${summary.copies > 0 ? `${summary.copies} copies, ` : ''}${summary.failed} failed` : 'no summary line';
      if (summary && summary.failed > 0) ok = false;
    }
    if (measurement.exitCode !== 0) note = `${note ? `${note}; ` : ''}exit ${measurement.exitCode} (log: ${path.join(folders.logs, `${step}.log`)})`;
    if (!ok) for (const line of measurement.tail.slice(-15)) log(`[${articles}]   | ${line}`);
    log(`[${articles}] ${STEP_LABELS[step]}: ${measurement.wallS.toFixed(2)} s wall, ${measurement.cpuS.toFixed(2)} s CPU, ${measurement.peakRssMb.toFixed(0)} MB${note ? ` (${note})` : ''}`);
    steps.push({ step, label: STEP_LABELS[step], measurement, note, ok, load });
    return measurement;
  };
  const skip = (step: StepName, note: string) => {
    log(`[${articles}] ${STEP_LABELS[step]}: ${note}`);
    steps.push({ step, label: STEP_LABELS[step], note, ok: true, load: os.loadavg()[0] });
  };
  const want = (step: StepName) => options.steps.includes(step);

  try {
    log(`[${articles}] generating ${articles} pages into ${folders.content}`);
    const started = performance.now();
    const written = await writePages(folders.content, generatePages(articles, seed));
    generation = { ...written, seconds: (performance.now() - started) / 1000 };
    await fs.copyFile(path.join(projectRoot, 'content/topics.yml'), path.join(folders.content, 'topics.yml'));
    log(`[${articles}] generated ${written.pages} pages, ${(written.bytes / 1e6).toFixed(1)} MB, in ${generation.seconds.toFixed(1)} s`);

    probe = await probeIngest(folders, projectRoot, env);
    log(`[${articles}] ingest start-up (--help): ${probe.startup.wallS.toFixed(2)} s wall, ${probe.startup.cpuS.toFixed(2)} s CPU`);

    if (want('cold')) {
      await run('cold', runner, ingestArgs(folders.articles, folders.media), { ingest: true });
    } else if (['nochange', 'add1', 'build', 'bare'].some((s) => want(s as StepName))) {
      // Later steps need articles: make them without measuring.
      log(`[${articles}] setup ingest (not measured) …`);
      await measure(runner, ingestArgs(folders.articles, folders.media), { cwd: projectRoot, env, logFile: path.join(folders.logs, 'setup.log') });
    }

    if (want('serial')) {
      if (probe.hasJobs) {
        await run('serial', runner, ingestArgs(folders.serialArticles, folders.serialMedia, ['--jobs', '1']), { env: { ...env, KLIPING_JOBS: '1' }, ingest: true });
      } else {
        skip('serial', 'n/a: the ingest has no --jobs option yet');
      }
    }

    if (want('nochange')) await run('nochange', runner, ingestArgs(folders.articles, folders.media), { ingest: true });

    if (want('add1')) {
      const page = extraPage(articles, seed);
      const target = path.join(folders.content, ...page.file.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, pageText(page));
      await run('add1', runner, ingestArgs(folders.articles, folders.media), { ingest: true });
    }

    if (want('build')) {
      // A fresh cache and output: a cold build, as after a clone or in CI.
      await fs.rm(folders.cache, { recursive: true, force: true });
      await fs.rm(folders.dist, { recursive: true, force: true });
      await run('build', astro, ['build'], {
        env: {
          ...env,
          KLIPING_ARTICLES_DIR: folders.articles,
          KLIPING_CONTENT_DIR: folders.content,
          KLIPING_OUT_DIR: folders.dist,
          KLIPING_CACHE_DIR: folders.cache,
        },
      });
      const pages = await fs.readdir(path.join(folders.dist, 'articles')).then((names) => names.length, () => 0);
      const last = steps[steps.length - 1];
      last.note = `${pages} article pages${last.note ? `; ${last.note}` : ''}`;
    }

    if (want('bare')) {
      const count = await prepareBareSite(folders.bare, folders.articles, projectRoot);
      await run('bare', astro, ['build'], { cwd: folders.bare });
      const last = steps[steps.length - 1];
      last.note = `${count} posts${last.note ? `; ${last.note}` : ''}`;
    }
  } finally {
    if (!options.keep) await fs.rm(root, { recursive: true, force: true });
  }
  // Both are set once the try block got past its first lines, or it threw.
  return { articles, seed, generation: generation!, steps, startup: probe!.startup, workdir: root, kept: options.keep };
}
