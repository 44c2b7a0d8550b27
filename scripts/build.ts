/**
 * `npm run build`: ingest content/, then build the site, all or nothing.
 *
 * - One build at a time (a lock, src/ingest/run-lock.ts): a second one says so and exits 2.
 * - The ingest reads only new and changed inputs (`-- --force` reads all; see scripts/ingest.ts).
 * - A mistake in the configuration stops the ingest before it rewrites anything, and the build
 *   with it (exit 1); a bad input file is reported and the others build (`-- --strict` to fail).
 * - Astro builds into `<dist>.partial/`, then Pagefind indexes the articles there for the search
 *   page (`<dist>.partial/pagefind/`, scripts/build/search-index.ts); the folder replaces `dist/`
 *   only once both are complete: a failed build or index leaves the last complete site where it
 *   was, never a half-written one.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectFolders, runLockFile } from '../src/config/folders.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { progressReporter } from '../src/ingest/progress.ts';
import { acquireRunLock, LockedError } from '../src/ingest/run-lock.ts';
import { buildSearchIndex } from './build/search-index.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } });
  const folders = projectFolders();
  let lock;
  try {
    await fs.mkdir(folders.articles, { recursive: true });
    lock = await acquireRunLock(runLockFile(folders), 'build');
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    console.error(`build: ${error.message}`);
    return 2;
  }
  try {
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
    const progress = progressReporter(process.stderr);
    const report = await ingest(folders.content, folders.articles, {
      strict: values.strict,
      force: values.force,
      mediaDir: folders.media,
      now,
      log: (line) => console.log(line),
      onProgress: progress.update,
    });
    progress.finish();
    if (!report.ok) {
      console.error(`build: stopped after the ingest; ${folders.out}/ was not touched`);
      return 1;
    }
    return await buildSite(folders.out);
  } finally {
    await lock.release();
  }
}

/**
 * Run `astro build` into a staging folder, index it for search, and put it in place of `out`
 * once it is complete.
 */
async function buildSite(out: string): Promise<number> {
  const staging = `${out.replace(/[\\/]+$/, '')}.partial`;
  const previous = `${out.replace(/[\\/]+$/, '')}.previous`;
  await fs.rm(staging, { recursive: true, force: true });
  // npm puts node_modules/.bin first on PATH: `astro` and the Node it runs on are the project's.
  const code = await new Promise<number>((resolve) => {
    const child = spawn('astro', ['build'], { stdio: 'inherit', env: { ...process.env, KLIPING_OUT_DIR: staging } });
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
  if (code !== 0) {
    await fs.rm(staging, { recursive: true, force: true });
    console.error(`build: the site build failed; ${out}/ still holds the last complete site`);
    return code;
  }
  try {
    // The same base as the pages' links (astro.config.mjs reads it from the same variable).
    const search = await buildSearchIndex(staging, { base: process.env.KLIPING_BASE || '/' });
    const languages = Object.entries(search.languages).map(([lang, count]) => `${lang} ${count}`);
    console.log(`build: search index: ${search.pages} article${search.pages === 1 ? '' : 's'}${languages.length > 0 ? ` (${languages.join(', ')})` : ''}`);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    console.error(`build: the search index failed (${error instanceof Error ? error.message : String(error)}); ${out}/ still holds the last complete site`);
    return 1;
  }
  await fs.rm(previous, { recursive: true, force: true });
  const hadOut = await fs.stat(out).then(() => true, () => false);
  if (hadOut) await fs.rename(out, previous);
  await fs.rename(staging, out);
  if (hadOut) await fs.rm(previous, { recursive: true, force: true });
  console.log(`build: the site is in ${path.resolve(out)}`);
  return 0;
}

process.exitCode = await main();
