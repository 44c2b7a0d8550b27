/**
 * The manifest: what the ingest remembers between runs, in three files of the articles folder:
 * - `.manifest.json`: each input's slug, kept for good (see `uniqueSlugs`): permalinks are
 *   forever. Beside them, every story slug ever given, each with the inputs last filed under it
 *   (an input stays listed when it leaves its story or goes, so that a story split by
 *   `story: none`, or an input put back, gets its slug again; and no slug is ever given to
 *   another story). Small, and written before any article of a new input, or a new story, exists;
 * - `.inputs.json`: for each input present at the last run, what it was read into (its size,
 *   modification time and content hash, its sidecar's, and what became of it: an article, a
 *   copy of another article, or a failure and its reason), with the pipeline's version and a
 *   hash of the settings it was read with. An input whose record still matches costs a stat on
 *   the next run, not a parse (src/ingest/ingest.ts decides). Written once a run's articles are;
 * - `.stories.json`: for each article, what the story stage needs of it (src/ingest/stories.ts:
 *   its story keys, day, outlet and `story: none`) and the story its generated file names. Kept apart
 *   because it is large (a kilobyte or two an article) and only a run that files stories again
 *   needs it: a run with nothing new reads only its first line, a hash of its records, and
 *   compares it with the one `.inputs.json` notes, that of the stories file the last complete run
 *   left (another one: the file is not that run's, and what it says the articles' files name is
 *   checked against them).
 *
 * All are written only by the ingest, atomically, with sorted keys (the same archive gives the
 * same bytes). When the slugs are missing (a first run, or an archive from before them), they are
 * read back from the generated articles themselves, whose frontmatter names their input: an
 * existing site keeps its addresses; the story slugs likewise, from the articles' `story`. A file
 * that cannot be read is rebuilt the same way; missing records only mean every input is read
 * once more, and an article missing from the stories file is read again for it.
 */
import { closeSync, promises as fs, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'yaml';
import { isSlug } from '../article/fields.ts';
import { isGeneratedArticle, storyOf } from '../article/format.ts';
import { compareCodePoints } from './slug.ts';
import { writeAtomically } from './write.ts';

/** The slugs' file name, inside the generated articles' folder (hidden: never an article). */
export const MANIFEST_FILE = '.manifest.json';

/** The records' file name, beside it. */
export const INPUTS_FILE = '.inputs.json';

/** The story stage's file name, beside them. */
export const STORIES_FILE = '.stories.json';

/** Format versions: a reader finding another one starts that file afresh. */
const SLUGS_VERSION = 1;
const INPUTS_VERSION = 1;
const STORIES_VERSION = 1;

/** A file as the manifest last saw it: a changed size or time means hashing it again. */
export interface FileState {
  size: number;
  /** Modification time, in milliseconds. */
  mtime: number;
  /** SHA-256 of its bytes, hex. */
  hash: string;
}

/** What one input was read into at the last run. */
export interface InputRecord extends FileState {
  /** The sidecar it was read with, if any. */
  sidecar?: FileState & { file: string };
  /** An article of its own, a copy folded into another input's article, or a failure. */
  outcome: 'article' | 'copy' | 'failed';
  /** For an article or a copy: what finding and listing copies needs, and the topics for the summary. */
  url?: string;
  source?: string;
  fingerprint?: string;
  topics?: string[];
  /** For an article: the names of the images written for it, and the inputs listed as its copies. */
  media?: string[];
  copies?: string[];
  /** For a copy: the input whose article it is folded into. */
  copyOf?: string;
  /** For a failure: the file to blame (the input, or its sidecar) and the reason. */
  failedFile?: string;
  reason?: string;
}

/** What the story stage knows of one article between runs (see src/ingest/stories.ts). */
export interface StoryRecord {
  /**
   * Its story keys (`storyKeys`), joined by spaces (none holds one): one string an article is
   * far lighter to keep, hand over from a worker and read back than hundreds.
   */
  keys: string;
  /** Its publication day (`2022-01-10`), if it has a date. */
  day?: string;
  /** Its outlet (the frontmatter's `source`): two articles of one outlet are not a story's pair. */
  source?: string;
  /** The user keeps it out of every story (`story: none`). */
  alone?: boolean;
  /** The story its generated file names, if any. */
  story?: string;
}

/** What a read of an article gives the story stage: its record but the story, which is the stage's to decide. */
export type StoryData = Omit<StoryRecord, 'story'>;

/** The story slugs the manifest remembers. */
export interface StoryMemory {
  /**
   * The story each input was last filed under, by its path under content/: the stage's previous
   * assignment (`findStories`). An input keeps its entry when it leaves its story or goes.
   */
  storyOf: Map<string, string>;
  /** Every story slug ever given, in use or not. */
  given: Set<string>;
}

/** What the manifest remembers. */
export interface Manifest {
  /** Slug of every input ever ingested, by its path under content/ (removed inputs included). */
  slugs: Map<string, string>;
  /**
   * The story slugs, once {@link loadStoryMemory} has read them: only a run that files stories
   * needs them. Until then they stay the text they were read as (`texts.stories`), and are
   * written back as such.
   */
  storyMemory?: StoryMemory;
  /** The pipeline version (src/ingest/pipeline-version.ts) the records below were made with. */
  pipeline?: string;
  /** Hash of the settings the records were made with (topic rules, site rules, media folder). */
  settings?: string;
  /** The inputs present at the last run, by path under content/. */
  inputs: Map<string, InputRecord>;
  /** The hash of the stories file the run that wrote the records left (see {@link STORIES_FILE}). */
  stories?: string;
  /**
   * The files' texts as last read or written by this process: {@link writeManifest} compares with
   * them instead of reading the files again (megabytes, for a large archive).
   */
  texts?: { slugs?: string; inputs?: string; stories?: string };
}

/** Where the story slugs start in the slugs' file: its last key, after the slugs (see {@link writeManifest}). */
const STORIES_KEY = '\n "stories": ';

/** Read the manifest of `outDir`, or rebuild its slugs from the generated articles there. */
export async function readManifest(outDir: string): Promise<Manifest> {
  const slugsText = await fs.readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const inputsText = await fs.readFile(path.join(outDir, INPUTS_FILE), 'utf8').catch(() => undefined);
  const manifest: Manifest = { slugs: new Map(), inputs: new Map(), texts: { slugs: slugsText, inputs: inputsText } };
  // The story slugs are cut off unread: thousands of them, and most runs file no story.
  const at = slugsText?.indexOf(STORIES_KEY) ?? -1;
  const kept = parseVersioned(at === -1 ? slugsText : `${slugsText!.slice(0, at - 1)}\n}`, SLUGS_VERSION);
  const slugs = isObject(kept?.slugs) ? kept.slugs : undefined;
  if (slugs) {
    for (const [file, slug] of Object.entries(slugs)) {
      if (typeof slug === 'string' && isSlug(slug)) manifest.slugs.set(file, slug);
    }
    if (at !== -1) manifest.texts!.stories = slugsText!.slice(at + STORIES_KEY.length, slugsText!.lastIndexOf('\n}'));
  }
  if (!slugs || manifest.texts!.stories === undefined) {
    const found = await readBackArticles(outDir);
    if (!slugs) manifest.slugs = found.slugs;
    if (manifest.texts!.stories === undefined) manifest.storyMemory = { storyOf: found.storyOf, given: new Set(found.storyOf.values()) };
  }
  const data = parseVersioned(inputsText, INPUTS_VERSION);
  if (isObject(data?.inputs)) {
    for (const [file, record] of Object.entries(data.inputs)) {
      if (isInputRecord(record)) manifest.inputs.set(file, record);
    }
    if (typeof data.pipeline === 'string') manifest.pipeline = data.pipeline;
    if (typeof data.settings === 'string') manifest.settings = data.settings;
    if (typeof data.stories === 'string') manifest.stories = data.stories;
  }
  return manifest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The manifest's story slugs (see {@link Manifest.storyMemory}), read on first use. Stories that
 * cannot be read are read back from the generated articles' `story`.
 */
export async function loadStoryMemory(outDir: string, manifest: Manifest): Promise<StoryMemory> {
  if (manifest.storyMemory) return manifest.storyMemory;
  const memory: StoryMemory = { storyOf: new Map(), given: new Set() };
  let stories: unknown;
  try {
    stories = JSON.parse(manifest.texts?.stories ?? '');
  } catch {
    // Not JSON (a hand edit): what the articles say is what is left.
  }
  if (isObject(stories)) {
    for (const [story, files] of Object.entries(stories)) {
      if (!isSlug(story) || !Array.isArray(files)) continue;
      memory.given.add(story);
      for (const file of files) if (typeof file === 'string') memory.storyOf.set(file, story);
    }
  } else {
    memory.storyOf = (await readBackArticles(outDir)).storyOf;
    memory.given = new Set(memory.storyOf.values());
  }
  manifest.storyMemory = memory;
  return memory;
}

/** The JSON object in `text` when it has this `version`, else undefined (absent, not JSON, another version). */
function parseVersioned(text: string | undefined, version: number): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Record<string, unknown> | null;
    return data && typeof data === 'object' && data.version === version ? data : undefined;
  } catch {
    // Not JSON (a crash cannot cause this: both are written atomically).
    return undefined;
  }
}

/** A record written by this version (anything else is dropped: its input is read again). */
function isInputRecord(value: unknown): value is InputRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Partial<InputRecord>;
  return (
    typeof record.size === 'number' &&
    typeof record.mtime === 'number' &&
    typeof record.hash === 'string' &&
    (record.outcome === 'article' || record.outcome === 'copy' || record.outcome === 'failed')
  );
}

/**
 * Write the manifest of `outDir`: its slugs, and its records too unless `slugsOnly`. Each file
 * only when its bytes change (compared with `manifest.texts` when known, else with the file).
 */
export async function writeManifest(outDir: string, manifest: Manifest, options: { slugsOnly?: boolean } = {}): Promise<void> {
  const texts = (manifest.texts ??= {});
  const slugs = Object.fromEntries([...manifest.slugs].sort(([a], [b]) => compareCodePoints(a, b)));
  const slugsHead = JSON.stringify({ version: SLUGS_VERSION, slugs }, null, 1);
  const stories = manifest.storyMemory ? storiesText(manifest.storyMemory) : (texts.stories ?? '{}');
  texts.slugs = await writeIfChanged(path.join(outDir, MANIFEST_FILE), `${slugsHead.slice(0, -2)},${STORIES_KEY}${stories}\n}\n`, texts.slugs);
  if (options.slugsOnly) return;
  const head = JSON.stringify({ version: INPUTS_VERSION, pipeline: manifest.pipeline, settings: manifest.settings, stories: manifest.stories }, null, 1);
  const text = `${head.slice(0, -2)},\n "inputs": ${objectByLine(manifest.inputs)}\n}\n`;
  texts.inputs = await writeIfChanged(path.join(outDir, INPUTS_FILE), text, texts.inputs);
}

/** The story slugs as the slugs' file holds them: each with the inputs last filed under it, one story a line. */
function storiesText(memory: StoryMemory): string {
  const members = new Map<string, string[]>([...memory.given].map((story) => [story, []]));
  for (const [file, story] of memory.storyOf) {
    const files = members.get(story);
    if (files) files.push(file);
    else members.set(story, [file]);
  }
  for (const files of members.values()) files.sort(compareCodePoints);
  return objectByLine(members);
}

/**
 * A JSON object of `entries`, sorted by key, one entry a line: 10,000 inputs stay a few megabytes
 * and diff readably.
 */
function objectByLine(entries: Iterable<[string, unknown]>): string {
  const lines = [...entries]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{${lines.length > 0 ? `\n${lines.join(',\n')}\n ` : ''}}`;
}

/** Write `text` to `file` atomically unless it holds it already (`known`, or read); resolves to `text`. */
async function writeIfChanged(file: string, text: string, known: string | undefined): Promise<string> {
  const current = known ?? (await fs.readFile(file, 'utf8').catch(() => undefined));
  if (current !== text) await writeAtomically(file, text);
  return text;
}

/**
 * Input path → slug, from the `sourceFile` of every generated article in `outDir`, and input
 * path → story, from their `story`.
 */
async function readBackArticles(outDir: string): Promise<{ slugs: Map<string, string>; storyOf: Map<string, string> }> {
  const slugs = new Map<string, string>();
  const stories = new Map<string, string>();
  const names = await fs.readdir(outDir).catch(() => [] as string[]);
  for (const name of names.sort(compareCodePoints)) {
    const slug = name.slice(0, -3);
    if (!name.endsWith('.md') || !isSlug(slug)) continue;
    const text = await fs.readFile(path.join(outDir, name), 'utf8').catch(() => '');
    if (!isGeneratedArticle(text)) continue;
    const line = /^sourceFile: .*$/m.exec(text.slice(0, text.indexOf('\n---\n', 3) + 1));
    try {
      const file = line ? (parse(line[0]) as { sourceFile?: unknown }).sourceFile : undefined;
      if (typeof file === 'string' && !slugs.has(file)) {
        slugs.set(file, slug);
        const story = storyOf(text);
        if (story) stories.set(file, story);
      }
    } catch {
      // A hand-edited line that is no longer YAML: that article's input gets its slug anew.
    }
  }
  return { slugs, storyOf: stories };
}

/** The stories file as read: a record for each article it lists (invalid ones left out), and its text. */
export interface StoryRecords {
  records: Map<string, StoryRecord>;
  /** Its text, when there is a file: {@link writeStoryRecords} compares with it. */
  text?: string;
}

/** Read the stories file of `outDir` (see {@link STORIES_FILE}); none, or another version, is no records. */
export async function readStoryRecords(outDir: string): Promise<StoryRecords> {
  const text = await fs.readFile(path.join(outDir, STORIES_FILE), 'utf8').catch(() => undefined);
  const records = new Map<string, StoryRecord>();
  const data = parseVersioned(text, STORIES_VERSION);
  if (isObject(data?.articles)) {
    for (const [file, value] of Object.entries(data.articles)) {
      const record = storyRecord(value);
      if (record) records.set(file, record);
    }
  }
  return { records, text };
}

/** A stored record as this version writes it (see {@link storyLine}), else undefined: its article is read again. */
function storyRecord(value: unknown): StoryRecord | undefined {
  if (!isObject(value) || typeof value.keys !== 'string') return undefined;
  const record: StoryRecord = { keys: value.keys };
  if (typeof value.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.day)) record.day = value.day;
  if (typeof value.source === 'string') record.source = value.source;
  if (value.alone === true) record.alone = true;
  if (typeof value.story === 'string' && isSlug(value.story)) record.story = value.story;
  return record;
}

/** One article's record as its line holds it: the short fields before the keys. */
function storyLine({ keys, day, source, alone, story }: StoryRecord): object {
  return { alone: alone || undefined, day, source, keys, story };
}

/**
 * Write the stories file of `outDir` with `records` (unless it holds them already: `known` is its
 * text as read); resolves to the hash on its first line, for the records (see {@link Manifest.stories}).
 */
export async function writeStoryRecords(outDir: string, records: ReadonlyMap<string, StoryRecord>, known?: string): Promise<string> {
  const articles = objectByLine([...records].map(([file, record]) => [file, storyLine(record)]));
  const hash = createHash('sha256').update(articles).digest('hex').slice(0, 16);
  await writeIfChanged(path.join(outDir, STORIES_FILE), `{"version": ${STORIES_VERSION}, "hash": "${hash}",\n "articles": ${articles}\n}\n`, known);
  return hash;
}

/**
 * The hash on the first line of the stories file of `outDir` (see {@link writeStoryRecords}),
 * read without reading the rest; undefined when there is no such file.
 */
export function storiesFileHash(outDir: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path.join(outDir, STORIES_FILE), 'r');
    const head = Buffer.alloc(64);
    const length = readSync(fd, head, 0, head.length, 0);
    const match = /^\{"version": (\d+), "hash": "([0-9a-f]{16})",\n/.exec(head.toString('latin1', 0, length));
    return match && Number(match[1]) === STORIES_VERSION ? match[2] : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
