/**
 * The story stage in the ingest (src/ingest/story-stage.ts): real pages in four languages
 * (test/fixtures/stories/articles, written for the project) are ingested into a temporary
 * folder, and the generated articles' `story` is read back as the site reads it.
 *
 * What is pinned is the contract with readers: reports of one event share a story, a story's
 * slug never changes while its articles come and go, `story: none` takes an article out and
 * back, a run with nothing new files no story and writes nothing, and the stage's memory
 * survives losing its files.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest, type IngestOptions } from '../../src/ingest/ingest.ts';
import { INPUTS_FILE, MANIFEST_FILE, STORIES_FILE } from '../../src/ingest/manifest.ts';
import { writeArticleStory } from '../../src/ingest/write.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repoRoot, 'test/fixtures/stories/articles');
const now = new Date('2026-01-01T00:00:00Z');

// One event told in two languages (test/fixtures/stories/articles-labels.json), and an article of
// the same day about something else.
const genevaEn = 'en-geneva-ledger';
const genevaRu = 'ru-geneva-vestnik';
const djokovic = 'en-djokovic-northline';
// One event told in four languages, over two days.
const kazakhstan = ['en-kazakhstan-ledger', 'ru-kazakhstan-vestnik', 'uk-kazakhstan-oglyadach', 'id-kazakhstan-warta'];
const booster = 'id-booster-kabardunia';

describe('ingest: stories', () => {
  let dir: string;
  let content: string;
  let out: string;
  let lines: string[];

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kliping-stories-'));
    content = path.join(dir, 'content');
    out = path.join(dir, 'out');
    await mkdir(content);
    lines = [];
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = (options: IngestOptions = {}) => ingest(content, out, { now, log: (line) => lines.push(line), ...options });

  /** Copy fixture pages into content/ (as `<name>.html`, or under another name). */
  const add = async (...names: string[]) => {
    for (const name of names) await cp(path.join(fixtures, `${name}.html`), path.join(content, `${name}.html`));
  };

  /** Every generated article's `story` (undefined: none), by slug. */
  const stories = async (): Promise<Record<string, string | undefined>> => {
    const result: Record<string, string | undefined> = {};
    for (const name of (await readdir(out)).filter((name) => name.endsWith('.md')).sort()) {
      const text = await readFile(path.join(out, name), 'utf8');
      result[name.slice(0, -3)] = (parse(text.split(/^---$/m)[1]) as { story?: string }).story;
    }
    return result;
  };

  /** Every file of the output folder, hidden ones too, with its bytes and modification time. */
  const files = async (): Promise<Record<string, { text: string; mtime: number }>> => {
    const result: Record<string, { text: string; mtime: number }> = {};
    for (const name of (await readdir(out)).sort()) {
      result[name] = { text: await readFile(path.join(out, name), 'utf8'), mtime: (await stat(path.join(out, name))).mtimeMs };
    }
    return result;
  };

  it('files two reports of one event in two languages under one story, and an unrelated article under none', async () => {
    await add(genevaEn, genevaRu, djokovic);
    // The same page saved twice is one article with a copy, not two articles of a story.
    await cp(path.join(fixtures, `${genevaEn}.html`), path.join(content, 'saved-again.html'));
    const report = await run();
    expect(report.copies.map((copy) => copy.file)).toEqual(['saved-again.html']);
    // A new story is named after its earliest article (by day, then slug).
    expect(await stories()).toEqual({ [djokovic]: undefined, [genevaEn]: genevaEn, [genevaRu]: genevaEn });
    expect(report.stories).toEqual({ stories: 1, new: 1, changed: 0, ended: 0 });
    expect(lines.at(-2)).toBe('stories: 1 (1 new)');
    // What the stage needs of each article is kept beside the records, not in them.
    expect(Object.keys(JSON.parse(await readFile(path.join(out, STORIES_FILE), 'utf8')).articles)).toEqual([`${djokovic}.html`, `${genevaEn}.html`, `${genevaRu}.html`]);
    expect(await readFile(path.join(out, INPUTS_FILE), 'utf8')).not.toContain('"keys"');
  });

  it('never renames a story as articles join it, others arrive, a member goes, or everything is read again', async () => {
    const [en, ru, uk] = kazakhstan;
    await add(en, ru);
    await run();
    expect(await stories()).toEqual({ [en]: en, [ru]: en });

    await add(uk);
    let report = await run();
    expect(await stories()).toEqual({ [en]: en, [ru]: en, [uk]: en });
    expect(report.stories).toEqual({ stories: 1, new: 0, changed: 1, ended: 0 });

    await add(booster);
    await run();
    expect(await stories()).toEqual({ [booster]: undefined, [en]: en, [ru]: en, [uk]: en });

    // The article the story is named after goes: the story keeps its name.
    await rm(path.join(content, `${en}.html`));
    report = await run();
    expect(report.removed).toEqual([en]);
    expect(await stories()).toEqual({ [booster]: undefined, [ru]: en, [uk]: en });

    // Everything read again (a new pipeline or settings), and from scratch but for the manifest.
    expect((await run({ force: true })).read).toBe(3);
    expect(await stories()).toEqual({ [booster]: undefined, [ru]: en, [uk]: en });
    for (const name of await readdir(out)) if (name !== MANIFEST_FILE) await rm(path.join(out, name));
    await run();
    expect(await stories()).toEqual({ [booster]: undefined, [ru]: en, [uk]: en });

    // A story's slug is never given to another story, even once it has ended.
    await rm(path.join(content, `${ru}.html`));
    await run();
    expect(await stories()).toEqual({ [booster]: undefined, [uk]: undefined });
    await add(en, ru);
    await rm(path.join(content, `${uk}.html`));
    await run();
    // en and ru were last in the story `en`: they are that story again.
    expect(await stories()).toEqual({ [booster]: undefined, [en]: en, [ru]: en });
  });

  it('takes an article out of its story with "story: none" in its sidecar, and puts it back under the same slug', async () => {
    await add(genevaEn, genevaRu, djokovic);
    await run();
    expect(await stories()).toEqual({ [djokovic]: undefined, [genevaEn]: genevaEn, [genevaRu]: genevaEn });

    // A story needs two articles: the other one is in none either.
    await writeFile(path.join(content, `${genevaRu}.yml`), 'story: none\n');
    let report = await run();
    expect(await stories()).toEqual({ [djokovic]: undefined, [genevaEn]: undefined, [genevaRu]: undefined });
    expect(report.stories).toEqual({ stories: 0, new: 0, changed: 0, ended: 1 });
    expect(lines.at(-2)).toBe('stories: 0 (1 ended)');

    await rm(path.join(content, `${genevaRu}.yml`));
    report = await run();
    expect(await stories()).toEqual({ [djokovic]: undefined, [genevaEn]: genevaEn, [genevaRu]: genevaEn });
    expect(report.stories?.new).toBe(0);
  });

  it('takes "story: none" from the frontmatter of a text input too', async () => {
    const text = (await readFile(path.join(fixtures, `${genevaRu}.html`), 'utf8')).replace(/<[^>]+>/g, '\n');
    await add(genevaEn);
    await writeFile(path.join(content, 'copied.txt'), `---\npublished: 2022-01-10\nlang: ru\n---\n${text}`);
    await run();
    expect(await stories()).toEqual({ copied: 'copied', [genevaEn]: 'copied' });
    await writeFile(path.join(content, 'copied.txt'), `---\npublished: 2022-01-10\nlang: ru\nstory: none\n---\n${text}`);
    await run();
    expect(await stories()).toEqual({ copied: undefined, [genevaEn]: undefined });
  });

  it('does not file stories again, nor write anything, when nothing changed', async () => {
    await add(genevaEn, genevaRu, djokovic);
    await run();
    const before = await files();
    lines = [];
    const report = await run();
    expect(report.read).toBe(0);
    expect(report.stories).toBeUndefined();
    expect(lines.some((line) => line.startsWith('stories:'))).toBe(false);
    expect(await files()).toEqual(before);

    // Not even read: the rest of the stories file could be anything.
    const storiesFile = path.join(out, STORIES_FILE);
    const [head] = before[STORIES_FILE].text.split('\n');
    await writeFile(storiesFile, `${head}\n not what it was\n`);
    expect((await run()).stories).toBeUndefined();
    // Until an article changes: the stage finds nothing it can use, and reads every article again.
    await add(booster);
    const changed = await run();
    expect(changed.read).toBe(4);
    expect(await stories()).toEqual({ [booster]: undefined, [djokovic]: undefined, [genevaEn]: genevaEn, [genevaRu]: genevaEn });
  });

  it('reads every article again when the stories file is gone, keeping every story and rewriting no article', async () => {
    await add(...kazakhstan, djokovic);
    await run();
    const before = await files();
    await rm(path.join(out, STORIES_FILE));
    const report = await run();
    expect(report.read).toBe(5);
    expect(report.stories).toEqual({ stories: 1, new: 0, changed: 0, ended: 0 });
    const after = await files();
    for (const name of Object.keys(before).filter((name) => name.endsWith('.md'))) expect(after[name]).toEqual(before[name]);
    expect(after[STORIES_FILE].text).toBe(before[STORIES_FILE].text);
  });

  it('checks the articles against the stories when the stories file is not the last complete run\'s', async () => {
    await add(genevaEn, genevaRu, djokovic);
    await run();
    // As if a run had stopped after writing the stories file and one article: the records do
    // not know that file, and the article names a story it should not.
    await writeArticleStory(out, djokovic, 'left-by-a-stopped-run');
    const storiesFile = path.join(out, STORIES_FILE);
    await writeFile(storiesFile, (await readFile(storiesFile, 'utf8')).replace(/"hash": "[0-9a-f]{16}"/, '"hash": "0123456789abcdef"'));
    const report = await run();
    expect(report.read).toBe(0);
    expect(await stories()).toEqual({ [djokovic]: undefined, [genevaEn]: genevaEn, [genevaRu]: genevaEn });
    expect(report.articles.find((article) => article.file === `${djokovic}.html`)).toMatchObject({ changed: true, status: 'changed' });
    // And the next run trusts the file it wrote.
    expect((await run()).stories).toBeUndefined();
  });

  it('reads story slugs back from the articles when the manifest is gone, or from before stories', async () => {
    const [en, ru, uk, id] = kazakhstan;
    await add(en, ru);
    await run();
    await rm(path.join(out, MANIFEST_FILE));
    await rm(path.join(content, `${en}.html`));
    await add(uk);
    await run();
    expect(await stories()).toEqual({ [ru]: en, [uk]: en });
    // A manifest written before stories: its slugs, and no story slug.
    const { slugs } = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8'));
    await writeFile(path.join(out, MANIFEST_FILE), `${JSON.stringify({ version: 1, slugs }, null, 1)}\n`);
    await add(id);
    await run();
    expect(await stories()).toEqual({ [id]: en, [ru]: en, [uk]: en });
    // Read back from the articles: an input gone before is no longer remembered in its story.
    expect(JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')).stories).toEqual({ [en]: [`${id}.html`, `${ru}.html`, `${uk}.html`] });
  });

  it('reports a sidecar with another story than none on one line, naming it, and builds the rest', async () => {
    await add(genevaEn, genevaRu, djokovic);
    await writeFile(path.join(content, `${djokovic}.yml`), 'story: maybe\n');
    const report = await run();
    const reason = `story must be none, to keep this article out of every story (got "maybe") (${djokovic}.html waits for it)`;
    expect(report.failed).toEqual([{ file: `${djokovic}.yml`, reason }]);
    expect(lines.filter((line) => line.includes(djokovic))).toEqual([`${djokovic}.yml: failed: ${reason}`]);
    expect(await stories()).toEqual({ [genevaEn]: genevaEn, [genevaRu]: genevaEn });
  });
});
