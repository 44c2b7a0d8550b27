import { mkdtemp, readdir, readFile, stat, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../src/article/format.ts';
import { sampleFrontmatter } from '../fixtures/frontmatter.ts';
import { writeArticle, writeArticleStory } from '../../src/ingest/write.ts';

const frontmatter = sampleFrontmatter;

describe('writeArticle', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the folder, writes the file and leaves no temporary file', async () => {
    const out = path.join(dir, 'articles');
    expect(await writeArticle(out, 'a', frontmatter, 'Body.')).toBe(true);
    expect(await readdir(out)).toEqual(['a.md']);
    expect(await readFile(path.join(out, 'a.md'), 'utf8')).toBe(serializeArticle(frontmatter, 'Body.'));
  });

  it('does not rewrite an unchanged file, and replaces a changed one', async () => {
    await writeArticle(dir, 'a', frontmatter, 'Body.');
    const before = await stat(path.join(dir, 'a.md'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await writeArticle(dir, 'a', frontmatter, 'Body.')).toBe(false);
    expect((await stat(path.join(dir, 'a.md'))).mtimeMs).toBe(before.mtimeMs);
    expect(await writeArticle(dir, 'a', { ...frontmatter, title: 'New' }, 'Body.')).toBe(true);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toContain('title: "New"');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('refuses a slug that could leave the folder', async () => {
    await expect(writeArticle(dir, '../evil', frontmatter, 'x')).rejects.toThrow(/not a valid slug/);
  });
});

describe('writeArticleStory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-write-story-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sets, changes and removes the story, writing only when the file changes', async () => {
    const copies = [{ sourceFile: 'news/b.txt', slug: 'news-b', source: 'Example' }];
    await writeArticle(dir, 'a', { ...frontmatter, copies }, 'Body.');
    expect(await writeArticleStory(dir, 'a', 'geneva-talks')).toBe(true);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(serializeArticle({ ...frontmatter, copies, story: 'geneva-talks' }, 'Body.'));
    const before = await stat(path.join(dir, 'a.md'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await writeArticleStory(dir, 'a', 'geneva-talks')).toBe(false);
    expect((await stat(path.join(dir, 'a.md'))).mtimeMs).toBe(before.mtimeMs);
    expect(await writeArticleStory(dir, 'a', undefined)).toBe(true);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe(serializeArticle({ ...frontmatter, copies }, 'Body.'));
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('never touches a file it did not write, nor makes one', async () => {
    await writeFile(path.join(dir, 'mine.md'), '# Mine\n');
    expect(await writeArticleStory(dir, 'mine', 'x')).toBe(false);
    expect(await readFile(path.join(dir, 'mine.md'), 'utf8')).toBe('# Mine\n');
    expect(await writeArticleStory(dir, 'absent', 'x')).toBe(false);
    expect(await readdir(dir)).toEqual(['mine.md']);
    await expect(writeArticleStory(dir, '../evil', 'x')).rejects.toThrow(/not a valid slug/);
  });
});
