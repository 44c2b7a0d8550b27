/**
 * `npm run dev` as a user runs it, in a copy of the project: a file dropped into content/
 * becomes a page without a restart, a change shows, a removal takes the page away; topics.yml
 * edits re-file the articles, a broken topics.yml is reported by name while the server keeps
 * serving, and a bad page is reported by name. Ctrl-C stops everything and releases the lock.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let project: string;
let server: ChildProcess | undefined;
let output = '';
let origin: string;
let env: NodeJS.ProcessEnv;
const bin = path.join(repoRoot, 'node_modules/.bin');

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** GET `url` under the dev server: its status and text (status 0 while it does not answer). */
async function get(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(origin + url);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

/** Poll until `check` holds, or fail after `ms` saying what was expected and what the server printed. */
async function until(what: string, check: () => Promise<boolean> | boolean, ms = 20_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; the dev server printed:\n${output}`);
}

/** A saved news page. */
function page(title: string): string {
  return `<!doctype html><html lang="en"><head><title>${title} | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2024-03-05T10:00:00+00:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
<p>The harbour at Port Ellen reopened on Tuesday after a week of repairs to the breakwater that the storm had damaged.</p>
<p>Ferries will run the normal timetable from Wednesday, the operator said, and the fishing boats are already back at the harbour.</p>
<p>The council will ask the government to pay for a higher breakwater before next winter.</p>
</article></body></html>`;
}

const content = (name: string) => path.join(project, 'content', name);
const pageTitle = (text: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(text)?.[1]?.trim();

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'kliping-dev-'));
  for (const name of ['src', 'scripts', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    await cp(path.join(repoRoot, name), path.join(project, name), {
      recursive: true,
      filter: (from) => !from.includes(`${path.sep}content${path.sep}articles`) && !from.includes('article-media'),
    });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'));

  env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    // node_modules is the repository's (a link): keep Astro's cache out of it.
    KLIPING_CACHE_DIR: path.join(project, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
  };
  // Vitest's own environment must not leak into the server (see test/site/build.test.ts); with
  // VITEST set, Astro's dev server does not even serve its pages.
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'KLIPING_CONTENT_DIR', 'KLIPING_ARTICLES_DIR', 'KLIPING_OUT_DIR', 'KLIPING_BASE']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // As `npm run dev` runs it: the project's Node 24 on the TypeScript entry. Its own process
  // group, so that the end of the test can stop all of it (Node, Astro).
  server = spawn(path.join(bin, 'node'), ['scripts/dev.ts', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project,
    env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('the dev server', async () => (await get('/')).status === 200, 60_000);
}, 90_000);

afterAll(async () => {
  // Always, whatever the tests did: no server (nor a child of it) may outlive the suite.
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGKILL');
  } catch {
    // The whole group is gone already.
  }
  await rm(project, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('holds the run lock: an ingest meanwhile is refused', async () => {
    expect(output).toMatch(/\[ingest\] ingested 1 article/);
    const ingest = await promisify(execFile)(path.join(bin, 'node'), ['scripts/ingest.ts'], { cwd: project, env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(ingest.code).toBe(2);
    expect(ingest.stderr).toMatch(/another dev is running \(process \d+/);
  });

  it('shows a dropped page, then its change, within seconds', async () => {
    await writeFile(content('harbour-reopens.html'), page('Harbour reopens after the storm'));
    await until('the new page', async () => pageTitle((await get('/articles/harbour-reopens/')).text) === 'Harbour reopens after the storm');
    expect(output).toMatch(/\[ingest\] \+1 article: harbour-reopens/);
    expect((await get('/')).text).toContain('/articles/harbour-reopens/');

    // Saved again the way editors save: a temporary file renamed over the old one.
    await writeFile(content('.harbour-reopens.html.swp'), page('Harbour reopens, ferries back'));
    await rename(content('.harbour-reopens.html.swp'), content('harbour-reopens.html'));
    await until('the changed title', async () => pageTitle((await get('/articles/harbour-reopens/')).text) === 'Harbour reopens, ferries back');
    expect(output).toMatch(/\[ingest\] 1 updated: harbour-reopens/);
  });

  it('re-files articles when topics.yml changes, and reports a broken one by name while serving on', async () => {
    const topicsFile = content('topics.yml');
    const topics = await readFile(topicsFile, 'utf8');
    await writeFile(topicsFile, `${topics}\n  - slug: harbours\n    title: Ports and harbours\n    all:\n      - [harbour, port]\n`);
    await until('the article filed under the new topic', async () => (await get('/articles/harbour-reopens/')).text.includes('/topics/harbours/'));
    // Its title is topics.yml's: the site's topics collection was reloaded too (an unknown topic
    // an article carries is titled from its slug, "Harbours").
    await until('the new topic page', async () => {
      const { text } = await get('/topics/harbours/');
      return text.includes('/articles/harbour-reopens/') && pageTitle(text) === 'Ports and harbours';
    });

    await writeFile(topicsFile, `${topics}\n  - slug: Bad Slug\n    title: x\n    all: [[x]]\n`);
    await until('the topics.yml report', () => /\[ingest\] topics\.yml: failed: topics\[\d+\]\.slug must be/.test(output));
    expect(output).toContain('stopped: 1 mistake in the configuration');
    const article = await get('/articles/harbour-reopens/');
    expect(article.status).toBe(200);
    expect(article.text).toContain('Harbour reopens, ferries back');

    await writeFile(topicsFile, topics);
    await until('the article taken off the removed topic', async () => !(await get('/articles/harbour-reopens/')).text.includes('/topics/harbours/'));
  });

  it('names a page that has no text', async () => {
    await writeFile(content('blank-page.html'), '<!doctype html><html><head><title>Loading…</title></head><body><div id="app"></div></body></html>');
    await until('the report of the blank page', () => /\[ingest\] blank-page\.html: failed: /.test(output));
    expect((await get('/articles/blank-page/')).status).toBe(404);
  });

  it('takes a removed page away', async () => {
    await rm(content('harbour-reopens.html'));
    await until('the page gone', async () => (await get('/articles/harbour-reopens/')).status === 404);
    expect((await get('/')).text).not.toContain('/articles/harbour-reopens/');
    expect(output).toMatch(/\[ingest\] 1 removed: harbour-reopens/);
  });

  it('stops on Ctrl-C and releases the lock', async () => {
    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    // What a terminal does: SIGINT to the whole foreground group.
    process.kill(-server!.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('[dev] stopping');
    expect(existsSync(path.join(project, 'src/content/articles/.lock'))).toBe(false);
    expect((await get('/')).status).toBe(0);
  });
});
