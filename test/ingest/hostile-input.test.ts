/**
 * Hostile and careless input, through the whole ingest on a temporary content folder: each
 * class of trouble a user can drop (a named pipe, a huge or implausible file, a name with a
 * newline) is reported on one line naming the file, and the rest builds.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';
import { MAX_ARTICLE_BYTES, MAX_TEXT_BYTES, MAX_TOPICS_PER_ARTICLE } from '../../src/ingest/limits.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-01-01T00:00:00Z');
const story = 'Diplomats met in Geneva on Monday and talked for eight hours about Ukraine and NATO.';

let dir: string;
let content: string;
let out: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kliping-hostile-'));
  content = path.join(dir, 'content');
  out = path.join(dir, 'out');
  await mkdir(content);
  await writeFile(path.join(content, 'good.txt'), `${story}\n`);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(): Promise<{ report: IngestReport; lines: string[] }> {
  const lines: string[] = [];
  const report = await ingest(content, out, { now, log: (line) => lines.push(line) });
  return { report, lines };
}

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

async function frontmatterOf(slug: string): Promise<Record<string, unknown>> {
  return parse((await readFile(path.join(out, `${slug}.md`), 'utf8')).split(/^---$/m)[1]);
}

describe('files that are not files', () => {
  it('never opens a named pipe called like an article, and says so', async () => {
    mkfifo(path.join(content, 'x.html'));
    mkfifo(path.join(content, 'notes.bin'));
    const { report, lines } = await run();
    expect(lines.map((line) => line.replace(/; \d+\.\d s$/, ''))).toEqual([
      'x.html: failed: a named pipe, not a file: never read',
      'notes.bin: skipped: a named pipe, not a file: never read',
      'ingested 1 article (1 new), 1 failed, 1 skipped',
    ]);
    expect(report.articles.map((article) => article.file)).toEqual(['good.txt']);
  }, 10_000);

  it('stops, without hanging, when topics.yml or a site rule is a named pipe', async () => {
    mkfifo(path.join(content, 'topics.yml'));
    await mkdir(path.join(content, 'sites'));
    mkfifo(path.join(content, 'sites/example.com.yml'));
    const { report, lines } = await run();
    expect(lines.map((line) => line.replace(/; \d+\.\d s$/, ''))).toEqual([
      'sites/example.com.yml: failed: a named pipe, not a file: never read',
      'topics.yml: failed: a named pipe, not a file: never read',
      'stopped: 2 mistakes in the configuration (above); nothing was written',
    ]);
    expect(report.stopped).toBe(true);
  }, 10_000);

  it('never opens a named pipe behind a link or a sidecar name', async () => {
    mkfifo(path.join(content, 'pipe'));
    await (await import('node:fs/promises')).symlink('pipe', path.join(content, 'linked.txt'));
    mkfifo(path.join(content, 'good.yml'));
    const { report } = await run();
    expect(report.failed).toContainEqual({ file: 'linked.txt', reason: 'a link to a named pipe, not a file: never read' });
    expect(report.articles.map((article) => article.file)).toEqual(['good.txt']);
  }, 10_000);
});

it('stops on a mistake in site.yml before anything is written', async () => {
  await writeFile(path.join(content, 'site.yml'), 'images: some\n');
  const { report, lines } = await run();
  expect(lines.map((line) => line.replace(/; \d+\.\d s$/, ''))).toEqual([
    'site.yml: failed: line 1: images must be one of remote, local-only, none (got "some")',
    'stopped: 1 mistake in the configuration (above); nothing was written',
  ]);
  expect(report.stopped).toBe(true);
  await expect(readdir(out)).rejects.toThrow();
});

describe('limits', () => {
  it('refuses an input over the size limit without reading it, and says by how much', async () => {
    await writeFile(path.join(content, 'dump.txt'), 'word '.repeat(MAX_TEXT_BYTES / 5 + 1000));
    const { report } = await run();
    expect(report.failed).toEqual([{ file: 'dump.txt', reason: 'too large: 4 MB (kliping reads text and Markdown files up to 4 MB)' }]);
  });

  it('refuses an article whose text is over the article limit', async () => {
    const paragraph = `${story} `.repeat(40);
    await writeFile(path.join(content, 'book.md'), `# A book\n\n${`${paragraph}\n\n`.repeat(Math.ceil((MAX_ARTICLE_BYTES * 1.2) / paragraph.length))}`);
    const { report } = await run();
    expect(report.failed).toEqual([
      { file: 'book.md', reason: expect.stringMatching(/^too long for an article: 1\.2 MB of text \(kliping keeps articles up to 1 MB; /) },
    ]);
  });

  it('refuses more topics than an article may have, so one file cannot add thousands of pages', async () => {
    const topics = Array.from({ length: 3000 }, (_, index) => `t${index}`);
    await writeFile(path.join(content, 'many.md'), `---\ntopics: [${topics.join(', ')}]\n---\n${story}\n`);
    await writeFile(path.join(content, 'some.md'), `---\ntopics: [${topics.slice(0, MAX_TOPICS_PER_ARTICLE).join(', ')}]\n---\n${story}\n`);
    const { report } = await run();
    expect(report.failed).toEqual([{ file: 'many.md', reason: `frontmatter: 3000 topics; an article is filed under at most ${MAX_TOPICS_PER_ARTICLE}` }]);
    expect((await frontmatterOf('some')).topics).toHaveLength(MAX_TOPICS_PER_ARTICLE);
  });
});

describe('implausible values', () => {
  it('refuses a date the user gave that is far in the future or before 1900', async () => {
    await writeFile(path.join(content, 'future.md'), `---\npublished: 2999-12-31\n---\n${story}\n`);
    await writeFile(path.join(content, 'ancient.md'), `---\npublished: 0001-01-01\n---\n${story}\n`);
    await writeFile(path.join(content, 'tomorrow.md'), `---\npublished: 2026-01-01T20:00:00+02:00\n---\n${story}\n`);
    const { report } = await run();
    expect(report.failed).toEqual([
      { file: 'ancient.md', reason: 'frontmatter: published is before 1900 (0001-01-01)' },
      { file: 'future.md', reason: 'frontmatter: published is in the future (2999-12-31)' },
    ]);
    // Within a day of "now" is fine: time zones.
    expect((await frontmatterOf('tomorrow')).published).toBe('2026-01-01T20:00:00+02:00');
  });

  it('drops an impossible date found in a page instead of trusting it', async () => {
    await writeFile(
      path.join(content, 'page.html'),
      `<html><head><title>Talks</title><meta property="article:published_time" content="2999-12-31T10:00:00Z"></head><body><article><p>${story}</p><p>${story}</p></article></body></html>`,
    );
    await run();
    expect((await frontmatterOf('page')).published).toBeUndefined();
  });

  it('counts a title with nothing visible in it as missing', async () => {
    await writeFile(path.join(content, 'blank.md'), `---\ntitle: "\\u200B\\u200D\\u3164"\n---\n${story}\n`);
    await writeFile(path.join(content, 'blank-heading.md'), `# \u200B\u2060\n\n${story}\n`);
    await run();
    for (const slug of ['blank', 'blank-heading']) {
      const data = await frontmatterOf(slug);
      expect(data.title, slug).toBe('Diplomats met in Geneva on Monday and talked for eight hours about Ukraine and NATO');
      expect(data.titleGuessed, slug).toBe(true);
    }
  });
});

describe('reports', () => {
  it('keeps every report on one line and escapes control characters in names', async () => {
    await writeFile(path.join(content, 'two\nlines.pdf'), 'x');
    await writeFile(path.join(content, 'esc\u001b[31mred.txt'), '');
    await writeFile(path.join(content, 'rtl\u202Etxt.exe'), 'x');
    const { lines } = await run();
    expect(lines.map((line) => line.replace(/; \d+\.\d s$/, ''))).toEqual([
      'esc\\u001b[31mred.txt: failed: empty file',
      'rtl\\u202etxt.exe: skipped: not a supported file type (.exe)',
      'two\\nlines.pdf: skipped: not a supported file type (.pdf)',
      'ingested 1 article (1 new), 1 failed, 2 skipped',
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('says that a frontmatter block is never closed, instead of a YAML error far below it', async () => {
    await writeFile(path.join(content, 'open.md'), `---\ntitle: Talks\n\n${story}\nIt went on: and on.\n`);
    const { report } = await run();
    expect(report.failed).toEqual([{ file: 'open.md', reason: 'frontmatter: the block opened by "---" on line 1 is never closed (end it with a line "---")' }]);
  });

  it('blames a site rule that strips the whole page, not the page', async () => {
    await cp(path.join(repoRoot, 'test/fixtures/content/html/talks.html'), path.join(content, 'talks.html'));
    await mkdir(path.join(content, 'sites'));
    await writeFile(path.join(content, 'sites/news.example.com.yml'), 'strip: html\n');
    const { report } = await run();
    expect(report.failed).toEqual([
      { file: 'talks.html', reason: expect.stringMatching(/^no article text left by the site rule for news\.example\.com \(content\/sites\/\)/) },
    ]);
  });
});

it('leaves the content folder exactly as it was', async () => {
  await writeFile(path.join(content, 'two\nlines.pdf'), 'x');
  const before = await readdir(content);
  await run();
  expect(await readdir(content)).toEqual(before);
});
