/**
 * The story stage of a run: file every article under its story (src/ingest/stories.ts) and make
 * each generated file say so, changing only the files whose story changed.
 *
 * In order, so that a run stopped at any point leaves nothing the next one cannot put right:
 * 1. group the articles and name the stories, each keeping its slug (`findStories`, with the
 *    manifest's memory of which input was last in which story);
 * 2. save the story slugs in the manifest (a slug is remembered before an article carries it);
 * 3. save the stories file (what each article's file is about to say);
 * 4. set `story` in each generated file that says otherwise (write.ts).
 * The caller then saves the records with the stories file's hash: until it has, the next run
 * files stories again and checks every article's file (see manifest.ts).
 */
import { loadStoryMemory, writeManifest, writeStoryRecords, type Manifest, type StoryData, type StoryRecord } from './manifest.ts';
import { findStories } from './stories.ts';
import { writeArticleStory } from './write.ts';

/** One article for the stage. */
export interface StageArticle {
  /** Its input's path under content/. */
  file: string;
  slug: string;
  /** Its story data: fresh when it was read in this run, else from the stories file. */
  data: StoryData;
  /** The story its generated file names now (undefined: none), or null when that is not known: the file is read to see. */
  written: string | undefined | null;
}

/** What the stage did. */
export interface StoriesOutcome {
  /** Stories on the site (two articles or more). */
  stories: number;
  /** Of them, stories whose slug was given in this run. */
  new: number;
  /** Of them, older stories whose articles are not those of the last run. */
  changed: number;
  /** Stories of the last run that are no longer (their articles gone, or down to one). */
  ended: number;
  /** Inputs whose generated file the stage changed. */
  rewritten: Set<string>;
  /** The hash of the stories file as written, for the records (see `Manifest.stories`). */
  hash: string;
}

/**
 * Run the stage over `articles` (every article on the site: copies are not articles of their
 * own) in `outDir`. `stored` is the stories file as read (records and text): what it says of
 * articles gone since tells which stories they were in, for counting what changed.
 */
export async function fileStories(
  outDir: string,
  manifest: Manifest,
  articles: readonly StageArticle[],
  stored: { records: ReadonlyMap<string, StoryRecord>; text?: string },
): Promise<StoriesOutcome> {
  const memory = await loadStoryMemory(outDir, manifest);
  const assignment = findStories(
    articles.map(({ file, slug, data }) => ({ id: file, slug, day: data.day, keys: data.keys === '' ? [] : data.keys.split(' '), source: data.source, alone: data.alone })),
    { stories: memory.storyOf, given: memory.given },
    changesSince(articles, stored.records),
  );
  const members = (stories: Iterable<[string, string | undefined]>) => {
    const byStory = new Map<string, string[]>();
    for (const [file, story] of stories) {
      if (!story) continue;
      const files = byStory.get(story);
      if (files) files.push(file);
      else byStory.set(story, [file]);
    }
    return byStory;
  };
  // The stories as the articles' files told them before this run (gone articles: as stored).
  const current = new Set(articles.map(({ file }) => file));
  const before = members([
    ...articles.map(({ file, written }): [string, string | undefined] => [file, written === null ? stored.records.get(file)?.story : written]),
    ...[...stored.records].filter(([file]) => !current.has(file)).map(([file, record]): [string, string | undefined] => [file, record.story]),
  ]);
  const now = members(assignment.stories);
  let created = 0;
  let changed = 0;
  for (const [story, files] of now) {
    if (!memory.given.has(story)) created++;
    else if (!sameMembers(before.get(story) ?? [], files)) changed++;
  }
  const ended = [...before.keys()].filter((story) => !now.has(story)).length;

  // An input keeps the story it leaves in memory (see StoryMemory.storyOf): taken out by
  // `story: none` and put back, it gets its story's slug again.
  for (const [file, story] of assignment.stories) memory.storyOf.set(file, story);
  memory.given = assignment.given;
  await writeManifest(outDir, manifest, { slugsOnly: true });

  const records = new Map<string, StoryRecord>();
  for (const { file, data } of articles) records.set(file, { ...data, story: assignment.stories.get(file) });
  const hash = await writeStoryRecords(outDir, records, stored.text);

  const rewritten = new Set<string>();
  for (const { file, slug, written } of articles) {
    const story = assignment.stories.get(file);
    if (written !== null && written === story) continue;
    if (await writeArticleStory(outDir, slug, story)) rewritten.add(file);
  }
  return { stories: now.size, new: created, changed, ended, rewritten, hash };
}

/**
 * What changed since the stories file was written, for grouping only the days near it again
 * (`findStories`' `changedDays`, and the stories the last run left as `current`): the days of the
 * articles added, read into other keys, days, outlets or `story: none`, and removed. Nothing
 * (the whole archive is grouped) when the file is missing or not the one the articles' files
 * agree with.
 */
function changesSince(articles: readonly StageArticle[], stored: ReadonlyMap<string, StoryRecord>): { changedDays?: string[]; current?: Map<string, string> } {
  if (stored.size === 0 || articles.some(({ written }) => written === null)) return {};
  const days = new Set<string | undefined>();
  const present = new Set<string>();
  for (const { file, data } of articles) {
    present.add(file);
    const before = stored.get(file);
    if (before && before.keys === data.keys && before.day === data.day && before.source === data.source && !before.alone === !data.alone) continue;
    days.add(data.day);
    days.add(before?.day);
  }
  for (const [file, record] of stored) if (!present.has(file)) days.add(record.day);
  days.delete(undefined);
  const current = new Map<string, string>();
  for (const [file, record] of stored) if (record.story) current.set(file, record.story);
  return { changedDays: [...days] as string[], current };
}

/** The same inputs, in any order. */
function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((file) => set.has(file));
}
