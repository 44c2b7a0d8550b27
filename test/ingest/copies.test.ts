/**
 * The ingest folds copies of one article into one (src/ingest/duplicates.ts finds them): which
 * copy is the article, what its frontmatter lists, and how that holds as files come and go.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest } from '../../src/ingest/ingest.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/duplicates');
const now = new Date('2026-01-01T00:00:00Z');

function frontmatterOf(text: string): Record<string, unknown> {
  return parse(text.split(/^---$/m)[1]);
}

describe('copies of one article', () => {
  let dir: string;
  let content: string;
  let out: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-copies-'));
    content = path.join(dir, 'content');
    out = path.join(dir, 'out');
    await mkdir(content);
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const add = (...names: string[]) => Promise.all(names.map((name) => cp(path.join(fixtures, name), path.join(content, name))));
  const run = () => ingest(content, out, { now });
  const articles = async () => (await readdir(out)).filter((name) => name.endsWith('.md')).sort();

  it('publishes one agency text saved from two outlets once, listing the other copy with its source', async () => {
    await add('antaranews-menlu-jenewa.html', 'suara-menlu-ri-rusia-nato-dialog.html');
    const report = await run();
    expect(report.articles.map((article) => article.file)).toEqual(['antaranews-menlu-jenewa.html']);
    expect(report.copies).toEqual([{ file: 'suara-menlu-ri-rusia-nato-dialog.html', slug: 'suara-menlu-ri-rusia-nato-dialog', of: 'antaranews-menlu-jenewa.html' }]);
    expect(await articles()).toEqual(['antaranews-menlu-jenewa.md']);
    const frontmatter = frontmatterOf(await readFile(path.join(out, 'antaranews-menlu-jenewa.md'), 'utf8'));
    expect(frontmatter.copies).toEqual([
      {
        sourceFile: 'suara-menlu-ri-rusia-nato-dialog.html',
        slug: 'suara-menlu-ri-rusia-nato-dialog',
        source: 'Suara.com',
        url: 'https://www.suara.com/news/2022/01/10/151500/menlu-ri-minta-rusia-dan-nato-utamakan-dialog-di-jenewa',
      },
    ]);
    expect(report.read).toBe(2);
    expect(report.removed).toEqual([]);
    // Nothing to do the second time.
    expect((await run()).read).toBe(0);
    expect(await articles()).toEqual(['antaranews-menlu-jenewa.md']);
  });

  it('takes the saved page over a pasted text copy of it', async () => {
    await add('baltic-air-policing-copy.txt', 'baltic-air-policing.html');
    const report = await run();
    expect(report.articles.map((article) => article.file)).toEqual(['baltic-air-policing.html']);
    expect(report.copies.map((copy) => copy.file)).toEqual(['baltic-air-policing-copy.txt']);
  });

  it('keeps two different reports on the same talks apart', async () => {
    await add('kommentator-zheneva-itogi.html', 'vestnik-ryabkov-zheneva.html');
    const report = await run();
    expect(report.articles.map((article) => article.file)).toEqual(['kommentator-zheneva-itogi.html', 'vestnik-ryabkov-zheneva.html']);
    expect(report.copies).toEqual([]);
  });

  it('keeps the article published first when a copy arrives later, and never moves its address', async () => {
    await add('suara-menlu-ri-rusia-nato-dialog.html');
    await run();
    const before = await readFile(path.join(out, 'suara-menlu-ri-rusia-nato-dialog.md'), 'utf8');
    await add('antaranews-menlu-jenewa.html');
    const report = await run();
    // The newcomer is read; the article is read again only to list its new copy.
    expect(report.read).toBe(2);
    expect(report.articles).toEqual([{ file: 'suara-menlu-ri-rusia-nato-dialog.html', slug: 'suara-menlu-ri-rusia-nato-dialog', changed: true, status: 'changed' }]);
    expect(await articles()).toEqual(['suara-menlu-ri-rusia-nato-dialog.md']);
    const after = await readFile(path.join(out, 'suara-menlu-ri-rusia-nato-dialog.md'), 'utf8');
    expect(frontmatterOf(after).copies).toEqual([expect.objectContaining({ sourceFile: 'antaranews-menlu-jenewa.html', slug: 'antaranews-menlu-jenewa' })]);
    expect(after.replace(/copies:\n(?: {2}.*\n)+/, '')).toBe(before);
  });

  it('makes the copy the article when the article\'s input is removed, and back when the copy goes', async () => {
    await add('antaranews-menlu-jenewa.html', 'suara-menlu-ri-rusia-nato-dialog.html');
    await run();
    await rm(path.join(content, 'antaranews-menlu-jenewa.html'));
    let report = await run();
    expect(report.read).toBe(1);
    expect(report.removed).toEqual(['antaranews-menlu-jenewa']);
    expect(report.articles).toEqual([{ file: 'suara-menlu-ri-rusia-nato-dialog.html', slug: 'suara-menlu-ri-rusia-nato-dialog', changed: true, status: 'new' }]);
    expect(await articles()).toEqual(['suara-menlu-ri-rusia-nato-dialog.md']);
    expect(await readFile(path.join(out, 'suara-menlu-ri-rusia-nato-dialog.md'), 'utf8')).not.toContain('copies:');

    // Back again: the article now published stays the article, and the returning file keeps its old slug.
    await add('antaranews-menlu-jenewa.html');
    report = await run();
    expect(report.articles.map((article) => article.file)).toEqual(['suara-menlu-ri-rusia-nato-dialog.html']);
    expect(report.copies).toEqual([{ file: 'antaranews-menlu-jenewa.html', slug: 'antaranews-menlu-jenewa', of: 'suara-menlu-ri-rusia-nato-dialog.html' }]);
  });

  it('gives the same articles whichever order the copies arrive in, once both are there from the start', async () => {
    await add('suara-menlu-ri-rusia-nato-dialog.html', 'antaranews-menlu-jenewa.html', 'baltic-air-policing.html', 'baltic-air-policing-copy.txt');
    const first = await run();
    await rm(out, { recursive: true });
    const again = await run();
    expect({ ...again, seconds: 0 }).toEqual({ ...first, seconds: 0 });
  });
});
