/**
 * Read one input for a run (see read-articles.ts): the article, or why there is none, as plain
 * data that can cross from a worker thread (an error's class does not survive the crossing, so
 * the report line is decided here). What the later stages need of the article's text (its
 * fingerprint for the copy finder, its keys for the story stage) is made here too, on the
 * thread that read it, so the text itself never has to be kept.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fingerprintText } from './duplicates.ts';
import { OtherFileError, reasonOf } from './errors.ts';
import { readArticle } from './read-article.ts';
import type { ReadResult, ReadSettings, ReadTask } from './read-articles.ts';
import { storyKeys } from './stories.ts';

/**
 * Read `task.file` into an article with its fingerprint and story data, or a failure naming the
 * file to fix; either way with the hashes of the input and its sidecar, for the manifest.
 */
export async function readOne(task: ReadTask, settings: ReadSettings): Promise<ReadResult> {
  const hashes = { hash: await hashFile(settings.contentRoot, task.file), sidecarHash: task.sidecar === undefined ? undefined : await hashFile(settings.contentRoot, task.sidecar) };
  try {
    const article = await readArticle(settings.contentRoot, task.file, task.sidecar, {
      now: new Date(settings.now),
      topics: settings.topics,
      siteRules: settings.siteRules,
      slug: task.slug,
      keepMedia: settings.keepMedia,
    });
    const { title, lang, published, source } = article.frontmatter;
    // The publisher's day, as written (a date-time keeps the publisher's own offset).
    const day = published?.slice(0, 10);
    // Joined into one string (see StoryRecord.keys); a space in a key, which storyKeys never
    // makes, would split it: it becomes `_` in every article alike, so keys still meet.
    const keys = storyKeys({ title, text: article.text, lang }).map((key) => key.replaceAll(' ', '_')).join(' ');
    return {
      file: task.file,
      ...hashes,
      ok: true,
      frontmatter: article.frontmatter,
      markdown: article.markdown,
      media: article.media,
      fingerprint: fingerprintText(article.text),
      story: { keys, ...(day ? { day } : {}), ...(source ? { source } : {}), ...(article.alone ? { alone: true } : {}) },
    };
  } catch (error) {
    if (error instanceof OtherFileError) {
      return { file: task.file, ...hashes, ok: false, failedFile: error.file, reason: `${error.message} (${task.file} waits for it)` };
    }
    return { file: task.file, ...hashes, ok: false, failedFile: task.file, reason: reasonOf(error) };
  }
}

/** SHA-256 of a file under content/, hex; '' when it cannot be read (then it is read again next run). */
async function hashFile(contentRoot: string, file: string): Promise<string> {
  const bytes = await fs.readFile(path.join(contentRoot, ...file.split('/'))).catch(() => undefined);
  return bytes ? createHash('sha256').update(bytes).digest('hex') : '';
}
