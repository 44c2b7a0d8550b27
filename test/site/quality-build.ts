/**
 * The site the quality gates (test/site/quality.test.ts) check: the sample content (content/)
 * plus every page of ../shared/bench/extraction and ../shared/bench/multilingual (gzipped saved
 * pages, unpacked into `extraction/` and `multilingual/` beside the sample), read by the real
 * ingest into a scratch folder and built by Astro under a non-root base. When the ingest filed no
 * articles into stories, three of different languages are filed into one, so that the story pages
 * (src/pages/stories/) face the gates too.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';
import { buildSiteForTest } from './astro-build.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The bench folders whose pages go into the site, under ../shared/bench. */
export const benchFolders = ['extraction', 'multilingual'] as const;

/** A built quality site. */
export interface QualitySite {
  work: string;
  outDir: string;
  site: string;
  base: string;
  report: IngestReport;
  /** Inputs given to the ingest. */
  inputs: number;
  seconds: { prepare: number; ingest: number; build: number };
}

/** Build the site from content/ and the bench pages under `benchRoot` (../shared/bench). */
export async function buildQualitySite(benchRoot: string, site: string, base: string): Promise<QualitySite> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kliping-quality-'));
  try {
    return await buildIn(work, benchRoot, site, base);
  } catch (error) {
    // The caller gets no folder to clean up.
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

async function buildIn(work: string, benchRoot: string, site: string, base: string): Promise<QualitySite> {
  let started = performance.now();
  const content = path.join(work, 'content');
  const articles = path.join(work, 'articles');
  const publicDir = path.join(work, 'public');
  const outDir = path.join(work, 'dist');
  await cp(path.join(repoRoot, 'content'), content, { recursive: true });
  let inputs = 0;
  for (const folder of benchFolders) {
    const from = path.join(benchRoot, folder, 'html');
    const to = path.join(content, folder);
    await mkdir(to, { recursive: true });
    for (const name of (await readdir(from)).sort()) {
      if (!/\.html?(?:\.gz)?$/.test(name)) continue;
      const bytes = await readFile(path.join(from, name));
      // The bytes as saved: the ingest decodes them (not all pages are UTF-8).
      await writeFile(path.join(to, name.replace(/\.gz$/, '')), name.endsWith('.gz') ? gunzipSync(bytes) : bytes);
      inputs++;
    }
  }
  await cp(path.join(repoRoot, 'public'), publicDir, { recursive: true, filter: (from) => !from.includes('article-media') });
  const seconds = { prepare: 0, ingest: 0, build: 0 };
  seconds.prepare = (performance.now() - started) / 1000;

  started = performance.now();
  const report = await ingest(content, articles, { mediaDir: path.join(publicDir, 'article-media') });
  await ensureStory(articles);
  seconds.ingest = (performance.now() - started) / 1000;

  started = performance.now();
  await buildSiteForTest({ articles, content, outDir, publicDir, work, site, base });
  seconds.build = (performance.now() - started) / 1000;
  return { work, outDir, site, base, report, inputs: inputs + 1, seconds };
}

/** Articles `ensureStory` files into one story: the sample (Indonesian) and two bench pages in other languages. */
const storyMembers = [/^suara-/, /^extraction-/, /^multilingual-/];

/**
 * File three generated articles of different languages into one story, `quality-sample-story`,
 * unless the ingest already made a story (a `story:` line in some article's frontmatter).
 */
async function ensureStory(articles: string): Promise<void> {
  const files = (await readdir(articles)).filter((name) => name.endsWith('.md')).sort();
  const texts = new Map(await Promise.all(files.map(async (name) => [name, await readFile(path.join(articles, name), 'utf8')] as const)));
  if ([...texts.values()].some((text) => /^---\n(?:.*\n)*?story:/.test(text))) return;
  const langOf = (text: string) => /^lang: "?([a-z]+)/m.exec(text)?.[1];
  const chosen: string[] = [];
  for (const pattern of storyMembers) {
    const taken = new Set(chosen.map((name) => langOf(texts.get(name)!)));
    const name = files.find((file) => pattern.test(file) && langOf(texts.get(file)!) && !taken.has(langOf(texts.get(file)!)));
    if (name) chosen.push(name);
  }
  for (const name of chosen) await writeFile(path.join(articles, name), texts.get(name)!.replace(/^---\n/, '---\nstory: quality-sample-story\n'));
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
