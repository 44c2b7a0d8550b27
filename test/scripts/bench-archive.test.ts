/**
 * `npm run bench:archive`: its page generator is deterministic (the same N and seed give the same
 * bytes) and its pages are real saved news pages that kliping's ingest reads into the articles
 * the generator meant (title, source, date, language, topics); and the report's verdicts and
 * growth exponents follow the targets.
 */
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prepareBareSite } from '../../scripts/bench-archive/bare-site.ts';
import { copyProject } from '../../scripts/bench-archive/project-copy.ts';
import { extraPage, generatePage, generatePages, pageText, writePages, type GeneratedPage } from '../../scripts/bench-archive/generate-pages.ts';
import { measure } from '../../scripts/bench-archive/measure.ts';
import { parseOptions } from '../../scripts/bench-archive/options.ts';
import { growth, verdicts } from '../../scripts/bench-archive/report.ts';
import { ingestSummary, type SizeResult, type StepResult } from '../../scripts/bench-archive/run-size.ts';
import type { Measurement } from '../../scripts/bench-archive/measure.ts';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const SEED = 424242;

describe('generatePages', () => {
  it('gives the same bytes for the same N and seed, other bytes for another seed', () => {
    const a = [...generatePages(30, SEED)];
    const b = [...generatePages(30, SEED)];
    expect(a.map((page) => page.file)).toEqual(b.map((page) => page.file));
    expect(a.map(pageText)).toEqual(b.map(pageText));
    const other = [...generatePages(30, SEED + 1)].map(pageText);
    expect(other).not.toEqual(a.map(pageText));
  });

  it('makes page i the same whatever N is, so runs of different sizes share their first pages', () => {
    const ten = [...generatePages(10, SEED)];
    const thirty = [...generatePages(30, SEED)];
    expect(thirty.slice(0, 10).map(pageText)).toEqual(ten.map(pageText));
    expect(pageText(generatePage(7, SEED))).toBe(pageText(ten[7]));
  });

  it('gives every page its own file name, and the extra page one that none of the others has', () => {
    const pages = [...generatePages(300, SEED)];
    const names = pages.map((page) => page.file.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain(extraPage(300, SEED).file.toLowerCase());
  });

  it('makes realistic pages: ~700 words of article inside a saved page of a few outlets', () => {
    const pages = [...generatePages(60, SEED)];
    const bytes = pages.map((page) => Buffer.byteLength(pageText(page)));
    expect(Math.min(...bytes)).toBeGreaterThan(50_000);
    expect(bytes.reduce((a, b) => a + b, 0) / bytes.length).toBeGreaterThan(100_000);
    for (const page of pages) expect(page.expected.words).toBeGreaterThanOrEqual(600);
    expect(new Set(pages.map((page) => page.expected.source)).size).toBe(4);
    expect(new Set(pages.map((page) => page.expected.lang))).toEqual(new Set(['id', 'en']));
    const text = pages.map(pageText).join('\n');
    for (const chrome of ['Baca Juga:', 'BACA JUGA', 'Read more:', 'Read also', 'Berita Terkait', 'Most viewed', '<nav', '<footer', '<script', 'Advertisement']) {
      expect(text).toContain(chrome);
    }
  });

  it('writes the same digest twice for the same pages', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kliping-bench-gen-'));
    try {
      const one = await writePages(path.join(dir, 'a'), generatePages(15, SEED));
      const two = await writePages(path.join(dir, 'b'), generatePages(15, SEED));
      expect(two.digest).toBe(one.digest);
      expect(one.pages).toBe(15);
      const first = generatePage(0, SEED);
      expect(await readFile(path.join(dir, 'a', ...first.file.split('/')), 'utf8')).toBe(pageText(first));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('generated pages through the ingest', () => {
  let dir: string;
  let pages: GeneratedPage[];
  let report: IngestReport;
  const frontmatter = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-bench-ingest-'));
    const content = path.join(dir, 'content');
    pages = [...generatePages(20, SEED)];
    await writePages(content, pages);
    await cp(path.join(repoRoot, 'content/topics.yml'), path.join(content, 'topics.yml'));
    report = await ingest(content, path.join(dir, 'out'), { now: new Date('2026-01-01T00:00:00Z'), jobs: 1 });
    for (const article of report.articles) {
      const text = await readFile(path.join(dir, 'out', `${article.slug}.md`), 'utf8');
      frontmatter.set(article.file, parse(text.split(/^---$/m)[1]));
    }
  }, 120_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes an article of every page: none failed, skipped or folded into another', () => {
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.copies).toEqual([]);
    expect(report.articles.map((article) => article.file).sort()).toEqual(pages.map((page) => page.file).sort());
  });

  it('reads the title, source, language and date each page states', () => {
    for (const page of pages) {
      const data = frontmatter.get(page.file)!;
      expect(data.title, page.file).toBe(page.expected.title);
      expect(data.source, page.file).toBe(page.expected.source);
      expect(data.lang, page.file).toBe(page.expected.lang);
      expect(data.url, page.file).toBe(page.expected.url);
      expect(Date.parse(String(data.published)), page.file).toBe(Date.parse(page.expected.published));
    }
  });

  it('files the Russia–NATO and Ukraine pages under their topics, and the others under none', () => {
    for (const page of pages) expect(frontmatter.get(page.file)!.topics, page.file).toEqual(page.expected.topics);
    const topics = pages.flatMap((page) => page.expected.topics);
    expect(topics).toContain('russia-nato');
    expect(topics).toContain('ukraine');
    expect(pages.some((page) => page.expected.topics.length === 0)).toBe(true);
  });

  it('spreads the dates over two years', () => {
    const times = pages.map((page) => Date.parse(page.expected.published));
    const years = new Set(pages.map((page) => page.expected.published.slice(0, 4)));
    expect(years).toEqual(new Set(['2022', '2023']));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(365 * 86_400_000);
  });
});

describe('options', () => {
  it('reads one size or a list, and the steps in run order', () => {
    expect(parseOptions([]).sizes).toEqual([1000]);
    const options = parseOptions(['--articles', '1000,5000,10000', '--steps', 'build,cold', '--keep', '--json']);
    expect(options.sizes).toEqual([1000, 5000, 10000]);
    expect(options.steps).toEqual(['cold', 'build']);
    expect(options.keep && options.json).toBe(true);
  });

  it('refuses a size that is not a positive number and an unknown step', () => {
    expect(() => parseOptions(['--articles', '10,000'])).toThrow(/not a positive whole number/);
    expect(() => parseOptions(['--articles', 'x'])).toThrow(/not a positive whole number/);
    expect(() => parseOptions(['--steps', 'cold,warm'])).toThrow(/unknown step "warm"/);
  });
});

describe('measure', () => {
  // GNU time is a Debian package (`time`), not part of Node: without it there is nothing to test.
  it.skipIf(!existsSync('/usr/bin/time'))("gives a command's wall and CPU time, its memory and its exit code", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kliping-bench-measure-'));
    try {
      const result = await measure('/bin/sh', ['-c', 'echo hello; exit 3'], { cwd: dir, env: process.env, logFile: path.join(dir, 'log.txt') });
      expect(result.exitCode).toBe(3);
      expect(result.tail).toContain('hello');
      expect(result.wallS).toBeGreaterThanOrEqual(0);
      expect(result.maxRssMb).toBeGreaterThan(0);
      expect(await readFile(path.join(dir, 'log.txt'), 'utf8')).toBe('hello\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('ingestSummary', () => {
  it("reads the counts of the ingest's summary line, copies included", () => {
    expect(ingestSummary(['reading: 3 of 3 inputs', 'ingested 827 articles (827 new), 173 copies of other articles, 0 failed, 0 skipped; 20.2 s'])).toMatchObject({ articles: 827, copies: 173, failed: 0 });
    expect(ingestSummary(['ingested 1 article, 2 failed, 0 skipped'])).toMatchObject({ articles: 1, copies: 0, failed: 2 });
    expect(ingestSummary(['nothing'])).toBeUndefined();
  });
});

describe('prepareBareSite', () => {
  it("lays out the blog-starter site with the project's packages and every generated article, nothing else", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kliping-bench-bare-'));
    try {
      const articles = path.join(dir, 'articles');
      await mkdir(articles);
      await writeFile(path.join(articles, 'a.md'), '---\ntitle: "A"\n---\n\nA.\n');
      await writeFile(path.join(articles, 'b.md'), '---\ntitle: "B"\n---\n\nB.\n');
      await writeFile(path.join(articles, '.manifest.json'), '{}');
      const site = path.join(dir, 'bare');
      expect(await prepareBareSite(site, articles, repoRoot)).toBe(2);
      const files = (await readdir(site, { recursive: true })).filter((name) => !name.startsWith('node_modules')).sort();
      expect(files).toEqual(
        expect.arrayContaining(['astro.config.mjs', 'src/content.config.ts', 'src/pages/index.astro', 'src/pages/blog/[...slug].astro', 'src/layouts/BlogPost.astro', 'src/content/blog/a.md', 'src/content/blog/b.md']),
      );
      expect(files.filter((name) => name.endsWith('.tmpl') || name.endsWith('.json'))).toEqual([]);
      expect((await lstat(path.join(site, 'node_modules/astro'))).isSymbolicLink()).toBe(true);
      // Vite's and Astro's caches stay the bare site's own.
      expect(await readdir(path.join(site, 'node_modules'))).not.toContain('.vite');
      expect(await readFile(path.join(site, 'src/pages/blog/[...slug].astro'), 'utf8')).toContain('render(post)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('copyProject', () => {
  it("copies the checkout's code but not its generated articles, and links its packages", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kliping-bench-copy-'));
    try {
      await copyProject(repoRoot, dir);
      for (const file of ['scripts/ingest.ts', 'src/ingest/ingest.ts', 'astro.config.mjs', 'content/topics.yml', 'package.json']) {
        expect(await readFile(path.join(dir, file), 'utf8'), file).toBe(await readFile(path.join(repoRoot, file), 'utf8'));
      }
      // A fresh clone has no src/content/ at all (the articles are generated): either way, none copied.
      expect(await readdir(path.join(dir, 'src/content')).catch(() => [])).not.toContain('articles');
      expect((await lstat(path.join(dir, 'node_modules/.bin'))).isSymbolicLink()).toBe(true);
      expect(await readdir(path.join(dir, 'node_modules'))).not.toContain('.vite');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('report', () => {
  const m = (wallS: number, cpuS: number, peakRssMb = 500): Measurement => ({
    wallS,
    userS: cpuS,
    sysS: 0,
    cpuS,
    maxRssMb: peakRssMb,
    treeRssMb: 0,
    peakRssMb,
    exitCode: 0,
    tail: [],
  });
  const step = (name: StepResult['step'], measurement: Measurement): StepResult => ({ step: name, label: name, measurement, note: '', ok: true, load: 0 });
  const result = (articles: number, steps: StepResult[]): SizeResult => ({
    articles,
    seed: 1,
    generation: { pages: articles, bytes: 0, digest: '', topics: {}, seconds: 0 },
    steps,
    startup: m(0.5, 0.5),
    workdir: '/tmp/x',
    kept: false,
  });

  it('judges each target, with the build ratio judged only from 5,000 articles', () => {
    const steps = [step('cold', m(10, 18)), step('serial', m(17, 16)), step('nochange', m(1.5, 1)), step('add1', m(2.5, 2)), step('build', m(30, 33, 2100)), step('bare', m(25, 30))];
    const at = (n: number) => Object.fromEntries(verdicts(result(n, steps)).map((v) => [v.what, v.verdict]));
    expect(at(10_000)).toEqual({
      'no-change ingest wall': 'PASS',
      '+1 file ingest wall': 'FAIL',
      'cold ingest: 1 thread / default (wall)': 'PASS',
      'site build CPU / bare Astro CPU': 'PASS',
      'peak RSS, any kliping step': 'FAIL',
    });
    expect(at(5_000)['site build CPU / bare Astro CPU']).toBe('PASS');
    expect(at(1_000)['site build CPU / bare Astro CPU']).toBe('info');
  });

  it('says n/a where a step did not run', () => {
    const rows = verdicts(result(1000, [step('cold', m(10, 18)), { step: 'serial', label: 'serial', note: 'n/a', ok: true, load: 0 }]));
    expect(rows.find((v) => v.what.startsWith('cold ingest'))!.verdict).toBe('n/a');
  });

  it('gives the growth exponent between sizes: 1 for linear time, 0 for flat', () => {
    const rows = growth([result(1000, [step('cold', m(10, 10)), step('nochange', m(1, 1))]), result(10_000, [step('cold', m(100, 100)), step('nochange', m(1, 1))])]);
    expect(rows.find((g) => g.step === 'cold')!.exponents[0]).toBeCloseTo(1);
    expect(rows.find((g) => g.step === 'cold')!.cpuExponents[0]).toBeCloseTo(1);
    expect(rows.find((g) => g.step === 'nochange')!.exponents[0]).toBeCloseTo(0);
  });
});
