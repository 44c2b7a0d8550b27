/**
 * The archive benchmark's input: N realistic saved news pages as a pure function of (N, seed).
 *
 * Page i depends only on (seed, i): its own PRNG stream is derived from both, so the first 20
 * pages of a 10,000-page run are the 20 pages of a 20-page run, and the "+1 file" step's page is
 * page N. Pages are yielded one at a time: 10,000 pages of ~190 KB would not fit in one heap.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fillerPool, urlSlug, type Headline } from './chrome.ts';
import { outlets, pickOutlet, type Outlet } from './outlets.ts';
import { createRandom, deriveSeed, type Random } from './prng.ts';
import { headline, makeStory, pickBeat, type Story } from './story.ts';
import type { Lang } from './words.ts';

/** The seed runs use unless told otherwise. */
export const DEFAULT_SEED = 20220109;

/** What the ingest should make of a page: for tests and sanity checks of a run. */
export interface ExpectedArticle {
  title: string;
  /** The outlet's og:site_name. */
  source: string;
  url: string;
  lang: Lang;
  /** ISO 8601 with the outlet's offset. */
  published: string;
  /** Topic slugs of content/topics.yml. */
  topics: string[];
  beat: Story['beat'];
  /** Words of body text. */
  words: number;
}

/** One generated saved page. */
export interface GeneratedPage {
  /** Where it goes under the content folder, forward slashes. */
  file: string;
  /** Its text as pieces in order (see `html` in chrome.ts): {@link pageText} joins them. */
  parts: readonly string[];
  expected: ExpectedArticle;
}

/** A generated page's whole text. */
export function pageText(page: GeneratedPage): string {
  return page.parts.join('');
}

/** Other stories' headlines for the chrome, on the same outlet. */
function otherHeadlines(outlet: Outlet, count: number, random: Random): Headline[] {
  return Array.from({ length: count }, () => {
    const title = headline(outlet.lang, pickBeat(random), random);
    return { title, url: `https://${outlet.host}/news/${urlSlug(title)}-${random.int(100000, 999999)}` };
  });
}

/** A page's story and where it is saved, before it is rendered. */
interface PagePlan {
  random: Random;
  outlet: Outlet;
  story: Story;
  id: number;
  /** The name its outlet gives it (not yet deduplicated). */
  file: string;
}

/** Page `index`'s story and file name: the first half of generating it, enough to name it. */
function planPage(index: number, seed: number): PagePlan {
  const random = createRandom(deriveSeed(seed, index));
  const outlet = pickOutlet(random);
  const story = makeStory(index, outlet.lang, outlet.offsetMinutes, random);
  const id = 100_000 + index;
  return { random, outlet, story, id, file: outlet.file(story, id) };
}

/** Page `index` of a run seeded `seed`, with the file name its outlet gives it (not yet deduplicated). */
export function generatePage(index: number, seed: number): GeneratedPage {
  return renderPage(planPage(index, seed), index, seed);
}

/** The second half: the page's HTML, and what the ingest should make of it. */
function renderPage({ random, outlet, story, id, file }: PagePlan, index: number, seed: number): GeneratedPage {
  const url = outlet.url(story, id);
  const parts = outlet.render({
    index,
    id,
    story,
    url,
    image: `https://img.${outlet.host.replace(/^www\./, '')}/${story.published.year}/${id}.jpg`,
    description: story.standfirst,
    readAlso: otherHeadlines(outlet, 2, random),
    related: otherHeadlines(outlet, 6, random),
    popular: otherHeadlines(outlet, 10, random),
    random,
    pool: fillerPool(seed),
  });
  return {
    file,
    parts,
    expected: {
      title: story.title,
      source: outlet.name,
      url,
      lang: story.lang,
      published: story.published.iso,
      topics: story.topics,
      beat: story.beat,
      words: story.words,
    },
  };
}

/** `file`, or the first of "file (2).html", "file (3).html" … not in `taken` (lowercased); taken after. */
function freeName(file: string, taken: Set<string>): string {
  let name = file;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = file.replace(/(\.[a-z]+)$/, ` (${n})$1`);
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Pages 0 … count-1 of a run, one at a time. Two stories with the same headline on the same
 * outlet would be saved under one name; the later one gets " (2)" before its extension, as a
 * browser names a second download.
 */
export function* generatePages(count: number, seed: number = DEFAULT_SEED): Generator<GeneratedPage> {
  const taken = new Set<string>();
  for (let index = 0; index < count; index++) {
    const page = generatePage(index, seed);
    yield { ...page, file: freeName(page.file, taken) };
  }
}

/**
 * The page the "+1 file" step adds to a run of `count` pages: page `count`, named so that it
 * does not collide with any of the others (whose names are planned, not rendered: cheap).
 */
export function extraPage(count: number, seed: number = DEFAULT_SEED): GeneratedPage {
  const taken = new Set<string>();
  for (let index = 0; index < count; index++) freeName(planPage(index, seed).file, taken);
  const page = generatePage(count, seed);
  return { ...page, file: freeName(page.file, taken) };
}

/** What writing a run's pages produced. */
export interface WrittenPages {
  pages: number;
  bytes: number;
  /** SHA-256 over every file's name and bytes, in order: equal runs have equal digests. */
  digest: string;
  /** Pages per topic slug, and `none` for pages on no topic. */
  topics: Record<string, number>;
}

/**
 * Write `pages` under `contentDir` (creating folders), returning totals and a digest.
 *
 * Each page's pieces are encoded one after the other into one reused buffer and written
 * synchronously: joining a page into a fresh ~190 KB string, or allocating a fresh Buffer for
 * it, cost several times more than generating it; and nothing else runs while pages are written.
 */
export async function writePages(contentDir: string, pages: Iterable<GeneratedPage>): Promise<WrittenPages> {
  const hash = createHash('sha256');
  const topics: Record<string, number> = {};
  const folders = new Set<string>();
  let buffer = Buffer.allocUnsafe(4 << 20);
  let count = 0;
  let bytes = 0;
  for (const page of pages) {
    const target = path.join(contentDir, ...page.file.split('/'));
    const dir = path.dirname(target);
    if (!folders.has(dir)) {
      mkdirSync(dir, { recursive: true });
      folders.add(dir);
    }
    // UTF-8 takes at most 3 bytes per UTF-16 unit: size the buffer for the worst case.
    const units = page.parts.reduce((sum, part) => sum + part.length, 0);
    if (units * 3 > buffer.length) buffer = Buffer.allocUnsafe(units * 3);
    let length = 0;
    for (const part of page.parts) length += buffer.write(part, length, 'utf8');
    const data = buffer.subarray(0, length);
    writeFileSync(target, data);
    hash.update(page.file).update('\0').update(data).update('\0');
    count++;
    bytes += length;
    for (const topic of page.expected.topics.length > 0 ? page.expected.topics : ['none']) topics[topic] = (topics[topic] ?? 0) + 1;
  }
  return { pages: count, bytes, digest: hash.digest('hex'), topics };
}

/** The outlets pages are drawn from, for reports. */
export const outletNames = outlets.map((outlet) => outlet.name);
