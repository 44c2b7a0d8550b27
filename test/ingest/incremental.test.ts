/**
 * The ingest does only new work: an input the manifest knows costs a stat, a changed one is read
 * again alone, and reading on several threads gives the bytes one thread gives.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';
import { INPUTS_FILE, MANIFEST_FILE, STORIES_FILE } from '../../src/ingest/manifest.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtureContent = path.join(repoRoot, 'test/fixtures/content');
const now = new Date('2026-01-01T00:00:00Z');

/** Every file under `dir` with a hash of its bytes, sorted (the input records left out: they hold times). */
async function snapshot(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === INPUTS_FILE) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.push(`${path.relative(dir, file)} ${createHash('sha256').update(await readFile(file)).digest('hex')}`);
  }
  return files.sort();
}

/** Modification times of the generated articles, by name. */
async function articleTimes(out: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const name of await readdir(out)) if (name.endsWith('.md')) times.set(name, (await stat(path.join(out, name))).mtimeMs);
  return times;
}

function statuses(report: IngestReport): Record<string, string> {
  return Object.fromEntries(report.articles.map((article) => [article.file, article.status]));
}

describe('incremental ingest', () => {
  let dir: string;
  let content: string;
  let out: string;
  let media: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-incremental-'));
    content = path.join(dir, 'content');
    out = path.join(dir, 'out');
    media = path.join(dir, 'media');
    await cp(fixtureContent, content, { recursive: true });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = (options: Parameters<typeof ingest>[2] = {}) => ingest(content, out, { now, mediaDir: media, ...options });

  it('reads nothing on a second run, reports the same, and rewrites no file', async () => {
    const first = await run();
    expect(first.read).toBeGreaterThan(5);
    const files = await snapshot(dir);
    const times = await articleTimes(out);
    const second = await run();
    expect(second.read).toBe(0);
    expect(Object.values(statuses(second))).toEqual(first.articles.map(() => 'unchanged'));
    // Failures are remembered with their reasons: reported again, not read again.
    expect(second.failed).toEqual(first.failed);
    expect(second.skipped).toEqual(first.skipped);
    expect(second.topics).toEqual(first.topics);
    expect(await snapshot(dir)).toEqual(files);
    expect(await articleTimes(out)).toEqual(times);
  });

  it('reads again only the input that changed, and says so', async () => {
    await run();
    const file = path.join(content, 'news/geneva.txt');
    await writeFile(file, `${await readFile(file, 'utf8')}\nA paragraph added later, about the talks in Geneva.\n`);
    const report = await run();
    expect(report.read).toBe(1);
    expect(statuses(report)['news/geneva.txt']).toBe('changed');
    expect(Object.values(statuses(report)).filter((status) => status === 'unchanged')).toHaveLength(report.articles.length - 1);
    expect(await readFile(path.join(out, 'news-geneva.md'), 'utf8')).toContain('A paragraph added later');
  });

  it('does not read an input whose time changed but whose bytes did not', async () => {
    await run();
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(content, 'html/talks.html'), later, later);
    const report = await run();
    expect(report.read).toBe(0);
    // …and remembers the new time, so the next run does not even hash it.
    const records = JSON.parse(await readFile(path.join(out, INPUTS_FILE), 'utf8'));
    expect(records.inputs['html/talks.html'].mtime).toBe((await stat(path.join(content, 'html/talks.html'))).mtimeMs);
  });

  it('reads an input again when its sidecar changes, appears or goes', async () => {
    await run();
    await writeFile(path.join(content, 'notes/briefing.yml'), 'title: "A corrected title"\n');
    let report = await run();
    expect(report.read).toBe(1);
    expect(await readFile(path.join(out, 'notes-briefing.md'), 'utf8')).toContain('title: "A corrected title"');
    await rm(path.join(content, 'notes/briefing.yml'));
    report = await run();
    expect(report.read).toBe(1);
    expect(await readFile(path.join(out, 'notes-briefing.md'), 'utf8')).not.toContain('A corrected title');
  });

  it('removes only what a removed input generated', async () => {
    await run();
    const before = await snapshot(dir);
    await rm(path.join(content, 'Saved Page.html'));
    const report = await run();
    expect(report.read).toBe(0);
    expect(report.removed).toEqual(['saved-page']);
    const after = await snapshot(dir);
    // The stories file loses the article's line too (the story stage ran: an article went).
    const stories = `out/${STORIES_FILE} `;
    const gone = before.filter((line) => !after.includes(line) && !line.startsWith(stories));
    expect(gone.every((line) => line.startsWith('content/Saved Page.html') || line.includes('saved-page'))).toBe(true);
    expect(gone.some((line) => line.startsWith('media/saved-page/'))).toBe(true);
    expect(after.filter((line) => !before.includes(line) && !line.startsWith(stories))).toEqual([]);
    expect(Object.keys(JSON.parse(await readFile(path.join(out, STORIES_FILE), 'utf8')).articles)).not.toContain('Saved Page.html');
  });

  it('writes again a generated article someone deleted', async () => {
    await run();
    const text = await readFile(path.join(out, 'html-talks.md'), 'utf8');
    await rm(path.join(out, 'html-talks.md'));
    const report = await run();
    expect(report.read).toBe(1);
    expect(await readFile(path.join(out, 'html-talks.md'), 'utf8')).toBe(text);
  });

  it('re-files every article when topics.yml changes', async () => {
    const first = await run();
    expect(first.topics['geneva-talks']).toBeGreaterThan(0);
    const topics = path.join(content, 'topics.yml');
    await writeFile(topics, (await readFile(topics, 'utf8')).replaceAll('geneva-talks', 'talks-in-geneva'));
    const report = await run();
    expect(report.read).toBe(first.read);
    expect(report.topics['geneva-talks']).toBeUndefined();
    expect(report.topics['talks-in-geneva']).toBe(first.topics['geneva-talks']);
  });

  it('reads everything again with force, or with another pipeline version, once', async () => {
    const first = await run();
    expect((await run({ force: true })).read).toBe(first.read);
    const file = path.join(out, INPUTS_FILE);
    const records = JSON.parse(await readFile(file, 'utf8'));
    expect(records.pipeline).toMatch(/^[0-9a-f]{16}$/);
    await writeFile(file, JSON.stringify({ ...records, pipeline: 'an-older-version' }));
    expect((await run()).read).toBe(first.read);
    expect((await run()).read).toBe(0);
  });

  it('reads everything once when the records are gone, keeping every slug', async () => {
    const first = await run();
    const slugs = await readFile(path.join(out, MANIFEST_FILE), 'utf8');
    await writeFile(path.join(out, MANIFEST_FILE), slugs.replace('"slugs": {', '"slugs": {\n  "gone.txt": "gone",'));
    await rm(path.join(out, INPUTS_FILE));
    const report = await run();
    expect(report.read).toBe(first.read);
    expect(report.articles.map((article) => article.status)).toEqual(first.articles.map(() => 'unchanged'));
    expect(JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')).slugs['gone.txt']).toBe('gone');
  });

  it('remembers a new input\'s slug even when the run stops before its records are written', async () => {
    await run();
    await writeFile(path.join(content, 'late.txt'), 'Diplomats met in Geneva again on Tuesday, for talks that lasted six hours.\n');
    const file = path.join(out, INPUTS_FILE);
    const records = await readFile(file, 'utf8');
    await run();
    // As if the run had died after its articles: the records are the old ones.
    await writeFile(file, records);
    const slugs = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')).slugs;
    expect(slugs['late.txt']).toBe('late');
    const report = await run();
    expect(report.read).toBe(1);
    expect(report.articles.find((article) => article.file === 'late.txt')).toMatchObject({ slug: 'late', changed: false });
  });
});

describe('reading on several threads', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-threads-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives the same bytes and the same report as one thread', async () => {
    // Enough varied inputs for the pool to start: every fixture page, text and Markdown file.
    const content = path.join(dir, 'content');
    await cp(path.join(repoRoot, 'test/fixtures'), content, {
      recursive: true,
      filter: (source) => !/\.(?:ts|json)$/.test(source) && !source.includes(`${path.sep}sites${path.sep}`) && !source.endsWith(`${path.sep}sites`),
    });
    const reports: IngestReport[] = [];
    const snapshots: string[][] = [];
    for (const jobs of [1, 2]) {
      const out = path.join(dir, `out-${jobs}`);
      reports.push(await ingest(content, out, { now, jobs, mediaDir: path.join(dir, `media-${jobs}`) }));
      snapshots.push((await snapshot(out)).concat((await snapshot(path.join(dir, `media-${jobs}`)).catch(() => [])).map((line) => `media/${line}`)));
    }
    expect(reports[0].read).toBeGreaterThanOrEqual(16);
    expect(reports[0].articles.length).toBeGreaterThan(20);
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect({ ...reports[1], seconds: 0 }).toEqual({ ...reports[0], seconds: 0 });
  }, 60_000);
});
