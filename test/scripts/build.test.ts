/**
 * `npm run build` as a user runs it, in a copy of the project: all or nothing. A mistake in the
 * configuration stops it before anything is rewritten; a failed site build leaves the last
 * complete site in dist/; a second build at the same time is refused with a clear message.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let project: string;

/** `npm run build` in the copy: the project's own tsx and astro, on the project's Node. */
async function build(): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = path.join(repoRoot, 'node_modules/.bin');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    NODE_ENV: 'production',
    // node_modules is the repository's (a link): keep Astro's cache and data store out of it.
    KLIPING_CACHE_DIR: path.join(project, '.cache'),
  };
  // Vitest's own environment must not leak into the build (see test/site/build.test.ts).
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'KLIPING_CONTENT_DIR', 'KLIPING_ARTICLES_DIR', 'KLIPING_OUT_DIR', 'KLIPING_BASE']) delete env[key];
  return run(path.join(bin, 'tsx'), ['scripts/build.ts'], { cwd: project, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const tree = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'kliping-project-'));
  for (const name of ['src', 'scripts', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(repoRoot, name), path.join(project, name), {
      recursive: true,
      filter: (from) => !from.includes(`${path.sep}content${path.sep}articles`) && !from.includes('article-media'),
    });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'));
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('builds the sample content into dist/', async () => {
    const result = await build();
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ingested 1 article \(1 new\), 0 failed, 0 skipped; russia-nato 1(, \S+ 1)*; \d+\.\d s$/m);
    expect(await tree(path.join(project, 'dist'))).toContain('articles/suara-rusia-nato-jenewa/index.html');
    expect(await readdir(project)).not.toContain('dist.partial');
  }, 120_000);

  it('stops at a broken topics.yml, saying where, and leaves the articles and dist/ as they were', async () => {
    const articles = path.join(project, 'src/content/articles');
    const before = { articles: await readFile(path.join(articles, 'suara-rusia-nato-jenewa.md'), 'utf8'), dist: await tree(path.join(project, 'dist')) };
    const topics = await readFile(path.join(project, 'content/topics.yml'), 'utf8');
    await writeFile(path.join(project, 'content/topics.yml'), `${topics}\n  - slug: Bad Slug\n    title: x\n    all: [[x]]\n`);
    try {
      const result = await build();
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^topics\.yml: failed: topics\[2\]\.slug must be lowercase letters, digits and hyphens$/m);
      expect(result.stdout).toContain('stopped: 1 mistake in the configuration (above); nothing was written');
      expect(result.stderr).toContain('build: stopped after the ingest; dist/ was not touched');
      expect(await readFile(path.join(articles, 'suara-rusia-nato-jenewa.md'), 'utf8')).toBe(before.articles);
      expect(await tree(path.join(project, 'dist'))).toEqual(before.dist);
    } finally {
      await writeFile(path.join(project, 'content/topics.yml'), topics);
    }
  }, 60_000);

  it('keeps the last complete site when the site build fails', async () => {
    const before = await tree(path.join(project, 'dist'));
    // A hand-made file in the generated folder (the ingest leaves those alone) without the fields
    // every article needs: the collection refuses it and the site build fails.
    const broken = path.join(project, 'src/content/articles/hand-made.md');
    await writeFile(broken, '---\nsummary: "no title, no source"\n---\nText.\n');
    try {
      const result = await build();
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('build: the site build failed; dist/ still holds the last complete site');
      expect(await tree(path.join(project, 'dist'))).toEqual(before);
      expect(await readdir(project)).not.toContain('dist.partial');
    } finally {
      await rm(broken);
    }
  }, 120_000);

  it('lets content/site.yml keep readers\' browsers from fetching remote images', async () => {
    const csp = async () => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await readFile(path.join(project, 'dist/index.html'), 'utf8'))?.[1];
    expect(await csp()).toContain("img-src 'self' https:;");
    await writeFile(path.join(project, 'content/site.yml'), 'images: local-only\n');
    try {
      const result = await build();
      expect(result.code).toBe(0);
      expect(await csp()).toContain("img-src 'self';");
    } finally {
      await rm(path.join(project, 'content/site.yml'));
    }
  }, 120_000);

  it('refuses to run while another build holds the lock', async () => {
    const lock = path.join(project, 'src/content/articles/.lock');
    await writeFile(lock, `${process.pid} 2026-01-01T00:00:00.000Z build\n`);
    try {
      const result = await build();
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`build: another build is running (process ${process.pid}, since 2026-01-01T00:00:00.000Z)`);
    } finally {
      await rm(lock, { force: true });
    }
  }, 60_000);
});
