/**
 * Where the measured commands run: a copy of the kliping checkout's code, taken once when the
 * benchmark starts, with the checkout's packages linked in.
 *
 * Why a copy: the ingest reads every input again when its pipeline's code changes
 * (src/ingest/pipeline-version.ts), so a file saved in the checkout during a run of an hour
 * turned the next "no-change" ingest into a cold one, and mixed two versions in one table. The
 * copy also gives the site build a Vite cache of its own (`<root>/node_modules/.vite`), as cold
 * as the bare site's, and leaves the checkout's caches alone.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** What the commands need of the checkout: its code, static files and package manifests. */
const COPIED = ['src', 'scripts/ingest.ts', 'scripts/build.ts', 'public', 'content/topics.yml', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Generated data and caches in the checkout, never code: left out of the copy. */
const LEFT_OUT = [path.join('src', 'content', 'articles'), path.join('public', 'article-media')];

/**
 * `dir/node_modules` as a real folder holding one link per package of `projectRoot`'s: the
 * packages resolve to the checkout's, while caches that tools keep in `<root>/node_modules`
 * (Vite's `.vite`, Astro's `.astro`) are `dir`'s own.
 */
export async function linkPackages(projectRoot: string, dir: string): Promise<void> {
  const modules = path.join(dir, 'node_modules');
  await fs.mkdir(modules, { recursive: true });
  const projectModules = path.join(projectRoot, 'node_modules');
  for (const name of await fs.readdir(projectModules)) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    await fs.symlink(path.join(projectModules, name), path.join(modules, name));
  }
}

/** Copy the code of the checkout at `projectRoot` into `dir` and link its packages. */
export async function copyProject(projectRoot: string, dir: string): Promise<void> {
  for (const entry of COPIED) {
    const from = path.join(projectRoot, entry);
    if (!(await fs.stat(from).catch(() => undefined))) continue;
    await fs.cp(from, path.join(dir, entry), {
      recursive: true,
      filter: (source) => !LEFT_OUT.some((out) => source === path.join(projectRoot, out) || source.startsWith(path.join(projectRoot, out) + path.sep)),
    });
  }
  await linkPackages(projectRoot, dir);
}
