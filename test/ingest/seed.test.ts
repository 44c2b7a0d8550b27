/**
 * The project's first real test case: the committed sample content/suara-rusia-nato-jenewa.txt
 * (see ../shared/seed/README.md, beside the repository, for what it must give), ingested end to end.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const sampleName = 'suara-rusia-nato-jenewa.txt';
const sample = readFileSync(path.join(repoRoot, 'content', sampleName), 'utf8');
const lines = sample.split('\n').map((line) => line.trim());

const firstBodyLine = lines.findIndex((line) => line.startsWith('Suara.com - Moskow mengatakan'));
const lastBodyLine = lines.findIndex((line) => line.endsWith('pada bulan Desember lalu.'));
const teaserLine = lines.findIndex((line) => line.startsWith('Baca Juga:'));
const bodyLines = lines.slice(firstBodyLine, lastBodyLine + 1).filter((_, index) => index + firstBodyLine !== teaserLine);
const boilerplateLines = lines.slice(lastBodyLine + 1).filter((line) => line !== '' && line !== '-');

function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
  return Array.from(segmenter.segment(text), (part) => part.segment.trim()).filter(Boolean);
}

describe('the sample article', () => {
  let dir: string;
  let report: IngestReport;
  let frontmatter: Record<string, unknown>;
  let markdown: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-seed-'));
    const content = path.join(dir, 'content');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(content);
    await copyFile(path.join(repoRoot, 'content', sampleName), path.join(content, sampleName));
    await copyFile(path.join(repoRoot, 'content', 'topics.yml'), path.join(content, 'topics.yml'));
    // "Today" fixed, so the year guessed for "Minggu (09/01)" does not depend on when tests run.
    report = await ingest(content, path.join(dir, 'out'), { now: new Date('2026-01-01T00:00:00Z') });
    const text = await readFile(path.join(dir, 'out', 'suara-rusia-nato-jenewa.md'), 'utf8');
    const [, yaml, ...rest] = text.split(/^---$/m);
    frontmatter = parse(yaml);
    markdown = rest.join('---');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is ingested without failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.articles.map((article) => article.slug)).toEqual(['suara-rusia-nato-jenewa']);
  });

  it('finds the body lines in the sample', () => {
    // Guards the tests below against a sample that no longer has the expected shape.
    expect(firstBodyLine).toBe(0);
    expect(lastBodyLine).toBeGreaterThan(teaserLine);
    expect(teaserLine).toBeGreaterThan(firstBodyLine);
    expect(bodyLines.length).toBeGreaterThan(10);
    expect(boilerplateLines.length).toBeGreaterThan(10);
  });

  it('keeps every sentence of the body, from the dateline to "pada bulan Desember lalu."', () => {
    const missing = bodyLines.flatMap(sentences).filter((sentence) => !markdown.includes(sentence));
    expect(missing).toEqual([]);
    expect(markdown).toContain('Suara.com - Moskow mengatakan');
    expect(markdown.trim().endsWith('pada bulan Desember lalu.')).toBe(true);
  });

  it('makes both subheadings headings, including the one run into a paragraph', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['## Mengapa Rusia dan AS bertemu?', '## Apa konsekuensi yang menanti Rusia?']);
    expect(markdown).toContain('kata Blinken.\n\n## Mengapa Rusia dan AS bertemu?\n\nPertemuan tingkat tinggi pekan ini');
  });

  it('drops the "Baca Juga:" teaser but keeps the paragraphs after it', () => {
    expect(markdown).not.toContain('Baca Juga');
    expect(markdown).not.toContain('Blinken Tegaskan Putin');
    expect(markdown).toContain('Rusia sendiri telah mengumpulkan pasukan di perbatasannya dengan Ukraina');
    expect(markdown).toContain('Meskipun tidak ada proses yang sedang berlangsung untuk membawa Kiev');
  });

  it('drops the link lists after the body, every heading and item', () => {
    for (const item of ['Rudal Jatuh di Polandia', 'Kode Redeem FC Mobile', 'Bank Mandiri', 'Tak Tayang di TV Lokal']) {
      expect(markdown).not.toContain(item);
    }
    const kept = boilerplateLines.filter((line) => markdown.includes(line.replace(/^- /, '')));
    expect(kept).toEqual([]);
  });

  it('has the expected frontmatter', () => {
    expect(frontmatter.topics).toEqual(['russia-nato', 'ukraine']);
    expect(frontmatter.source).toBe('Suara.com');
    expect(frontmatter.lang).toBe('id');
    expect(frontmatter.published).toBe('2022-01-09');
    expect(frontmatter.publishedFrom).toBe('weekday');
    expect(frontmatter.sourceFile).toBe(sampleName);
    expect(frontmatter.titleGuessed).toBe(true);
    expect(typeof frontmatter.title).toBe('string');
    const title = frontmatter.title as string;
    expect(title.length).toBeGreaterThan(20);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.startsWith('Moskow mengatakan')).toBe(true);
    const summary = frontmatter.summary as string;
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary.startsWith('Suara.com - Moskow mengatakan')).toBe(true);
  });
});
