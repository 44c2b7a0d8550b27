import { mkdtemp, readdir, readFile, stat, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isGeneratedArticle, serializeArticle, writeArticle } from '../../src/ingest/write.ts';
import type { ArticleFrontmatter } from '../../src/ingest/types.ts';

const frontmatter: ArticleFrontmatter = {
  sourceFile: 'news/a.txt',
  topics: ['russia-nato', 'ukraine'],
  summary: 'no',
  title: 'Rusia "kecewa": 2022-01-09',
  publishedGuessed: true,
  published: '2022-01-09',
  titleGuessed: false,
};

describe('serializeArticle', () => {
  it('writes keys in a fixed order, skips empty values and false flags', () => {
    const text = serializeArticle(frontmatter, '\n## Heading\n\nBody.\n\n');
    expect(text).toBe(
      [
        '---',
        'title: "Rusia \\"kecewa\\": 2022-01-09"',
        'published: "2022-01-09"',
        'publishedGuessed: true',
        'topics:',
        '  - "russia-nato"',
        '  - "ukraine"',
        'summary: "no"',
        'sourceFile: "news/a.txt"',
        '---',
        '',
        '## Heading',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through a YAML reader with strings kept as strings', () => {
    const text = serializeArticle(frontmatter, 'Body.');
    const data = parse(text.split('---\n')[1], { schema: 'yaml-1.1' });
    expect(data.published).toBe('2022-01-09');
    expect(data.summary).toBe('no');
    expect(data.title).toBe(frontmatter.title);
  });

  it('is recognized as generated, unlike a user file', () => {
    expect(isGeneratedArticle(serializeArticle(frontmatter, 'x'))).toBe(true);
    expect(isGeneratedArticle('---\ntitle: mine\n---\nsourceFile: "x"\n')).toBe(false);
    expect(isGeneratedArticle('# notes\n')).toBe(false);
  });
});

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
