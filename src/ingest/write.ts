/**
 * The ingest's only writes: one generated article (`<outDir>/<slug>.md`, in the format of
 * src/article/format.ts) or a new `story` in it, the images it keeps (`<mediaDir>/<slug>/`), and
 * the removal of what an earlier run generated for an input that is gone or now fails.
 *
 * Every file is written to a temporary name in its folder and then renamed over the old one, so
 * the site build never sees a half-written file; an unchanged file is not rewritten at all,
 * which keeps its modification time for incremental builds. Only files this step generated are
 * ever replaced or removed: a file someone put there by hand stays.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { isSlug } from '../article/fields.ts';
import { isGeneratedArticle, serializeArticle, storyOf, withStory, type ArticleFrontmatter } from '../article/format.ts';
import { mediaFileNamePattern } from '../article/media.ts';
import type { MediaFile } from './media.ts';
import { compareCodePoints } from './slug.ts';

/** Temporary files are hidden and end in `.tmp`: never articles, never media. */
const tempFilePattern = /^\..*\.tmp$/;

/** Temporary files older than this are leftovers of a crashed run. */
const staleTempAge = 10 * 60 * 1000;

/**
 * Write `<outDir>/<slug>.md` atomically. Resolves to true when the file changed (or is new),
 * false when it already held exactly these bytes.
 */
export async function writeArticle(
  outDir: string,
  slug: string,
  frontmatter: ArticleFrontmatter,
  body: string,
): Promise<boolean> {
  if (!isSlug(slug)) throw new Error(`not a valid slug: "${slug}"`);
  const file = path.join(outDir, `${slug}.md`);
  const text = serializeArticle(frontmatter, body);
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (existing === text) return false;
  await fs.mkdir(outDir, { recursive: true });
  await writeAtomically(file, text);
  return true;
}

/** The `story` the generated article `<outDir>/<slug>.md` names, if it exists and names one. */
export async function readArticleStory(outDir: string, slug: string): Promise<string | undefined> {
  if (!isSlug(slug)) return undefined;
  const text = await fs.readFile(path.join(outDir, `${slug}.md`), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : storyOf(text);
}

/**
 * Set the `story` of the generated article `<outDir>/<slug>.md` (none when undefined), changing
 * nothing else in it. Resolves to true when the file changed; false when it already said so, or
 * is missing or not generated (then it is not touched).
 */
export async function writeArticleStory(outDir: string, slug: string, story: string | undefined): Promise<boolean> {
  if (!isSlug(slug)) throw new Error(`not a valid slug: "${slug}"`);
  const file = path.join(outDir, `${slug}.md`);
  const existing = await fs.readFile(file, 'utf8').catch(() => undefined);
  const text = existing === undefined ? undefined : withStory(existing, story);
  if (text === undefined || text === existing) return false;
  await writeAtomically(file, text);
  return true;
}

/** Write an article's images into `dir` (named by a hash of their bytes, so an existing name is the same file). */
export async function writeMedia(dir: string, files: readonly MediaFile[]): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const { name, bytes } of files) {
    const file = path.join(dir, name);
    const existing = await fs.stat(file).catch(() => undefined);
    if (existing?.size === bytes.length) continue;
    await writeAtomically(file, bytes);
  }
}

/**
 * Remove generated articles not written in this run (their input is gone or failed), and
 * temporary files a crashed run left behind. Resolves to the removed slugs, sorted.
 */
export async function removeStaleArticles(outDir: string, written: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(outDir).catch(() => [] as string[]);
  for (const name of names.sort(compareCodePoints)) {
    const file = path.join(outDir, name);
    if (tempFilePattern.test(name)) {
      // A recent one may belong to a run still writing.
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > staleTempAge) await fs.rm(file, { force: true });
      continue;
    }
    if (!name.endsWith('.md') || written.has(name.slice(0, -3))) continue;
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    if (!isGeneratedArticle(text)) continue;
    await fs.rm(file, { force: true });
    removed.push(name.slice(0, -3));
  }
  return removed;
}

/**
 * Remove media no written article uses any more: stale files and emptied article folders.
 * `media` maps each written article's slug to the names of the images it keeps.
 */
export async function removeStaleMedia(mediaDir: string, media: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const dirs = await fs.readdir(mediaDir, { withFileTypes: true }).catch(() => [] as Dirent[]);
  for (const entry of dirs) {
    if (!entry.isDirectory() || !isSlug(entry.name)) continue;
    const dir = path.join(mediaDir, entry.name);
    const keep = new Set(media.get(entry.name) ?? []);
    const names = await fs.readdir(dir);
    for (const name of names) {
      if (!keep.has(name) && (mediaFileNamePattern.test(name) || tempFilePattern.test(name))) await fs.rm(path.join(dir, name), { force: true });
    }
    if ((await fs.readdir(dir)).length === 0) await fs.rmdir(dir);
  }
}

/** Write `file` through a temporary file in the same folder and a rename, so no reader sees it half-written. */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
