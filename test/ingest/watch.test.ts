/**
 * The live preview's watch-and-ingest loop (src/ingest/watch.ts) on real folders: one run per
 * burst of writes, never two at once, temporary files ignored, and files replaced by a rename
 * (how editors save) still followed afterwards.
 */
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest.ts';
import { isIgnoredChange, watchContent, type ContentWatcher } from '../../src/ingest/watch.ts';

let work: string;
let content: string;
let out: string;
let watcher: ContentWatcher | undefined;
let runs: IngestReport[];
let lines: string[];

/**
 * A page whose text is its own, made-up words seeded by `title`: the ingest folds pages with
 * near-identical text into one article, and these must stay apart.
 */
function page(title: string): string {
  let seed = [...title].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const letter = () => 'abdefgiklmnoprstuvz'[(seed = (seed * 1103515245 + 12345) >>> 0) % 19];
  const word = () => Array.from({ length: 3 + (seed % 5) }, letter).join('');
  const sentences = Array.from({ length: 10 }, () => `${Array.from({ length: 9 }, word).join(' ')}.`);
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${sentences.join(' ')}</p></article></body></html>`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait until `runs` has `count` reports (and the loop is quiet), or fail. */
async function runsReach(count: number): Promise<void> {
  const started = Date.now();
  while (runs.length < count) {
    if (Date.now() - started > 10_000) throw new Error(`${runs.length} runs, expected ${count}:\n${lines.join('\n')}`);
    await sleep(20);
  }
  await watcher!.idle();
}

function start(): ContentWatcher {
  watcher = watchContent(content, out, { debounceMs: 150, log: (line) => lines.push(line), onIngested: (report) => void runs.push(report) });
  return watcher;
}

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kliping-watch-'));
  content = path.join(work, 'content');
  out = path.join(work, 'articles');
  await mkdir(content);
  runs = [];
  lines = [];
});

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  await rm(work, { recursive: true, force: true });
});

describe('isIgnoredChange', () => {
  it('ignores hidden files and the temporary files of browsers and editors', () => {
    for (const name of ['.DS_Store', '.git/index', 'a/.x.html.swp', 'x.html.crdownload', 'x.html.part', 'x.html~', '#x.md#', '4913', 'x.md.swp', '.~lock.x#', 'x.html.download/x.html']) {
      expect(isIgnoredChange(name), name).toBe(true);
    }
    for (const name of ['x.html', 'topics.yml', 'sites/example.com.yml', 'x_files/a.png', 'Рябков.html', 'part.html']) {
      expect(isIgnoredChange(name), name).toBe(false);
    }
  });
});

describe('watchContent', () => {
  it('ingests at once, then a dropped page with its _files/ folder in one run', async () => {
    start();
    await watcher!.ready;
    expect(runs).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^ingested 0 articles/);

    // "Save Page As": the page, then its folder of images, a few milliseconds apart.
    await writeFile(path.join(content, 'harbour.html'), page('Harbour reopens'));
    await mkdir(path.join(content, 'harbour_files'));
    for (const name of ['a.png', 'b.png', 'c.png']) {
      await sleep(20);
      await writeFile(path.join(content, 'harbour_files', name), 'not really a png');
    }
    await runsReach(2);
    await sleep(400);
    expect(runs).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^\+1 article: harbour \(\d+ ms\)$/);
    expect(await readdir(out)).toContain('harbour.md');
  });

  it('runs once more for changes made during a run, never two at once', async () => {
    start();
    await watcher!.ready;
    await writeFile(path.join(content, 'one.html'), page('First story'));
    await sleep(170); // the run starts…
    await writeFile(path.join(content, 'two.html'), page('Second story'));
    await writeFile(path.join(content, 'three.html'), page('Third story'));
    await runsReach(3);
    await sleep(400);
    expect(runs.length).toBeLessThanOrEqual(3);
    expect(runs.at(-1)!.articles.map((article) => article.slug).sort()).toEqual(['one', 'three', 'two']);
  });

  it('ignores temporary files, and follows a file replaced by a rename', async () => {
    await writeFile(path.join(content, 'story.html'), page('Story one'));
    start();
    await watcher!.ready;

    await writeFile(path.join(content, 'draft.html.crdownload'), 'half a page');
    await writeFile(path.join(content, '.story.html.swp'), page('Story two'));
    await sleep(400);
    expect(runs).toHaveLength(1);

    // An editor's save: the temporary file renamed over the page. Then saved again, then removed:
    // each is seen (Node's recursive watch loses a file once it has been replaced).
    await rename(path.join(content, '.story.html.swp'), path.join(content, 'story.html'));
    await runsReach(2);
    expect(lines.at(-1)).toMatch(/^1 updated: story/);
    await writeFile(path.join(content, 'story.html'), page('Story three'));
    await runsReach(3);
    expect(lines.at(-1)).toMatch(/^1 updated: story/);
    await rm(path.join(content, 'story.html'));
    await runsReach(4);
    expect(lines.at(-1)).toMatch(/^1 removed: story/);
  });

  it('reports a failing file once, and again when it is saved again', async () => {
    start();
    await watcher!.ready;
    await writeFile(path.join(content, 'blank.html'), '<html><body></body></html>');
    await runsReach(2);
    expect(lines.filter((line) => line.startsWith('blank.html: failed: '))).toHaveLength(1);
    await writeFile(path.join(content, 'other.html'), page('Other story'));
    await runsReach(3);
    expect(lines.filter((line) => line.startsWith('blank.html: failed: '))).toHaveLength(1);
    await writeFile(path.join(content, 'blank.html'), '<html><body><p></p></body></html>');
    await runsReach(4);
    expect(lines.filter((line) => line.startsWith('blank.html: failed: '))).toHaveLength(2);
  });

  it('watches folders created after it started', async () => {
    start();
    await watcher!.ready;
    await mkdir(path.join(content, 'ukraine', 'january'), { recursive: true });
    await sleep(300);
    const before = runs.length;
    await writeFile(path.join(content, 'ukraine', 'january', 'talks.html'), page('Talks resume'));
    await runsReach(before + 1);
    expect(runs.at(-1)!.articles.map((article) => article.slug)).toContain('ukraine-january-talks');
  });
});
