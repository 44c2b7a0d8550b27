/**
 * `npm run ingest [-- --strict] [--force] [--jobs N] [--json] [--content DIR] [--out DIR] [--media DIR]`:
 * turn content/ into generated articles under src/content/articles/ and the images saved pages
 * carry under public/article-media/ (see src/ingest/ingest.ts). The folders default to what the
 * site reads (KLIPING_CONTENT_DIR, KLIPING_ARTICLES_DIR; src/config/folders.ts).
 *
 * Only new and changed inputs are read (the manifest remembers the rest); `--force` reads all.
 * `--jobs N` reads on N threads (default: one per core, or KLIPING_JOBS). A progress bar shows
 * on a terminal when a run takes over a second; elsewhere (CI, a log file) a plain line every
 * few seconds. Prints one line per file that failed or was skipped, then a summary line; with
 * `--json`, the whole report as JSON instead (for scripts). Exits 0 even when
 * some files failed, so one bad download does not stop a build; `--strict` exits 1 instead. A
 * mistake in the configuration (topics.yml, sites/) stops it before it writes anything (exit 1);
 * another ingest or build writing the same folders makes it exit 2 (one at a time).
 * Set SOURCE_DATE_EPOCH (seconds) to fix "today" for dates written without a year, as for any
 * reproducible build.
 *
 * `npm run ingest -- --explain FILE` writes nothing: it prints how FILE would be read (the
 * extractor's candidates and choice, what the tidy pass removed, the resulting title, date and
 * topics), for users writing a site rule.
 */
import { mkdir } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';
import type { RunLock } from '../src/ingest/run-lock.ts';

// Node keeps the compiled pipeline (its TypeScript stripped, its code compiled) between runs,
// in the system's temporary folder: a run that reads one new file mostly loads code. The
// modules are imported below, after this line, so that they are the ones cached.
enableCompileCache();
const { projectFolders, runLockFile } = await import('../src/config/folders.ts');
const { explainInput, ingest } = await import('../src/ingest/ingest.ts');
const { progressReporter } = await import('../src/ingest/progress.ts');
const { acquireRunLock } = await import('../src/ingest/run-lock.ts');

const usage = 'usage: npm run ingest -- [--strict] [--force] [--jobs N] [--json] [--content DIR] [--out DIR] [--media DIR] [--explain FILE]';

async function main(): Promise<number> {
  const folders = projectFolders();
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        strict: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        json: { type: 'boolean', default: false },
        content: { type: 'string', default: folders.content },
        out: { type: 'string', default: folders.articles },
        media: { type: 'string', default: folders.media },
        explain: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    console.error(`ingest: --jobs must be a whole number of threads, 1 or more (got "${values.jobs}")\n${usage}`);
    return 2;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  const log = (line: string) => console.log(line);
  let lock: RunLock | undefined;
  try {
    if (values.explain !== undefined) return (await explainInput(values.content, values.explain, { now, log })) ? 0 : 1;
    await mkdir(values.out, { recursive: true });
    lock = await acquireRunLock(runLockFile({ ...folders, articles: values.out }), 'ingest');
    const progress = values.json ? undefined : progressReporter(process.stderr);
    const report = await ingest(values.content, values.out, {
      strict: values.strict,
      force: values.force,
      jobs,
      mediaDir: values.media,
      now,
      log: values.json ? undefined : log,
      onProgress: progress?.update,
    });
    progress?.finish();
    if (values.json) console.log(JSON.stringify(report, null, 2));
    return report.ok ? 0 : 1;
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  } finally {
    await lock?.release();
  }
}

process.exitCode = await main();
