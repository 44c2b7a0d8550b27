import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesByTopic, mergeTopics, topicsLoader } from '../../src/lib/topics.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
}

/** Run the `topics` collection's loader on `contentDir` as Astro would (without the schema), and return what it stores. */
async function loadCollection(contentDir: string): Promise<{ entries: StoredEntry[]; warnings: string[] }> {
  const entries: StoredEntry[] = [];
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${repoRoot}/`) },
    store: {
      clear: () => entries.splice(0),
      set: (entry: StoredEntry) => (entries.push(entry), true),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    logger: { warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message) },
  } as unknown as Parameters<Loader['load']>[0];
  await topicsLoader({ contentDir }).load(context);
  return { entries, warnings };
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty folder (removed after the tests). */
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kliping-topics-'));
  tempDirs.push(dir);
  return dir;
}

/** A fresh folder holding a topics.yml with `text`. */
function contentWith(text: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'topics.yml');
  writeFileSync(file, text);
  return { dir, file };
}

describe('topicsLoader', () => {
  it('reads slug, title and description of each topic, in file order', async () => {
    const { entries } = await loadCollection(path.join(repoRoot, 'test/fixtures/site/content'));
    expect(entries.map((entry) => entry.data)).toEqual([
      { slug: 'russia-nato', title: 'Russia–NATO', description: 'Russia and the North Atlantic alliance.', order: 0 },
      { slug: 'ukraine', title: 'Ukraine', description: 'Ukraine, its war and its politics.', order: 1 },
      { slug: 'energy', title: 'Energy & gas', order: 2 },
    ]);
    expect(entries.map((entry) => entry.id)).toEqual(['russia-nato', 'ukraine', 'energy']);
    expect(entries[0].filePath).toBe('test/fixtures/site/content/topics.yml');
  });

  it('reads the project’s own content/topics.yml', async () => {
    const slugs = (await loadCollection('content')).entries.map((entry) => entry.id);
    expect(slugs).toContain('russia-nato');
    expect(slugs).toContain('ukraine');
  });

  it('fails with the file name and the reason for an invalid file', async () => {
    const { dir, file } = contentWith('topics:\n  - slug: Not A Slug\n    title: X\n    all: [[x]]\n');
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(loadCollection(dir)).rejects.toThrow(new RegExp(`^${escaped}: .*slug`));
  });

  it('gives no topics for an empty file', async () => {
    expect(await loadCollection(contentWith('').dir)).toEqual({ entries: [], warnings: [] });
  });

  it('gives no topics, with a warning, when there is no topics.yml', async () => {
    const dir = tempDir();
    const { entries, warnings } = await loadCollection(dir);
    expect(entries).toEqual([]);
    expect(warnings).toEqual([`${path.join(dir, 'topics.yml')} not found: no topics configured`]);
  });
});

describe('mergeTopics', () => {
  const configured = [
    { slug: 'russia-nato', title: 'Russia–NATO' },
    { slug: 'ukraine', title: 'Ukraine', description: 'Ukraine.' },
  ];

  it('keeps configured topics first, in order, even without articles, then adds used ones by slug', () => {
    expect(mergeTopics(configured, ['ukraine', 'middle-east', 'diplomacy', 'ukraine', 'diplomacy'])).toEqual([
      { slug: 'russia-nato', title: 'Russia–NATO' },
      { slug: 'ukraine', title: 'Ukraine', description: 'Ukraine.' },
      { slug: 'diplomacy', title: 'Diplomacy' },
      { slug: 'middle-east', title: 'Middle east' },
    ]);
  });

  it('titles an unknown slug readably', () => {
    const titleOf = (slug: string) => mergeTopics([], [slug])[0].title;
    expect(titleOf('middle-east')).toBe('Middle east');
    expect(titleOf('g20')).toBe('G20');
  });
});

describe('articlesByTopic', () => {
  const topics = [{ slug: 'ukraine', title: 'Ukraine' }, { slug: 'energy', title: 'Energy' }];
  const article = (id: string, ...slugs: string[]) => ({ id, data: { topics: slugs } });

  it('files each article under each of its topics, in the given order, once', () => {
    const articles = [article('a', 'ukraine'), article('b', 'ukraine', 'ukraine', 'energy'), article('c', 'other'), article('d')];
    const byTopic = articlesByTopic(articles, topics);
    expect(byTopic.get('ukraine')?.map((a) => a.id)).toEqual(['a', 'b']);
    expect(byTopic.get('energy')?.map((a) => a.id)).toEqual(['b']);
    // Only the topics asked for, each with a list (empty when no article has it).
    expect([...byTopic.keys()]).toEqual(['ukraine', 'energy']);
    expect(articlesByTopic([article('x')], topics).get('energy')).toEqual([]);
  });

  it('takes one pass over the articles, however many topics', () => {
    const many = Array.from({ length: 100_000 }, (_, n) => article(`a${n}`, `t${n % 500}`, 'ukraine'));
    const manyTopics = Array.from({ length: 500 }, (_, n) => ({ slug: `t${n}`, title: `T${n}` }));
    const start = performance.now();
    const byTopic = articlesByTopic(many, [...manyTopics, ...topics]);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(byTopic.get('t7')).toHaveLength(200);
    expect(byTopic.get('ukraine')).toHaveLength(100_000);
  });
});
