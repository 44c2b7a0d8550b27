/**
 * Write one generated article: YAML frontmatter + GFM body, to `<outDir>/<slug>.md`.
 *
 * The bytes depend only on the article: keys in one fixed order, no timestamps, every string
 * double-quoted (so no YAML reader, old or new, turns "2022-01-09" into a date or "no" into
 * false) and never folded. The file is written to a temporary name in the same folder and then
 * renamed over the old one, so the site build never sees a half-written article; an unchanged
 * article is not rewritten at all, which keeps its modification time for incremental builds.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ArticleFrontmatter } from './types.ts';

/** Frontmatter keys in the order they are written. */
export const frontmatterKeys = [
  'title',
  'titleGuessed',
  'source',
  'url',
  'byline',
  'published',
  'publishedGuessed',
  'modified',
  'lang',
  'image',
  'topics',
  'summary',
  'sourceFile',
] as const satisfies readonly (keyof ArticleFrontmatter)[];

/** The generated file's full text. */
export function serializeArticle(frontmatter: ArticleFrontmatter, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of frontmatterKeys) {
    const value = frontmatter[key];
    // `false` flags carry no information: only "guessed: true" is written.
    if (value === undefined || value === null || value === false || value === '') continue;
    ordered[key] = value;
  }
  const yaml = stringify(ordered, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    indentSeq: true,
  });
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

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
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`not a valid slug: "${slug}"`);
  const file = path.join(outDir, `${slug}.md`);
  const text = serializeArticle(frontmatter, body);
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing === text) return false;
  await mkdir(outDir, { recursive: true });
  const temp = path.join(outDir, `.${slug}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return true;
}

/** True when `text` looks like a file {@link serializeArticle} wrote (used before deleting). */
export function isGeneratedArticle(text: string): boolean {
  if (!text.startsWith('---\n')) return false;
  const end = text.indexOf('\n---\n', 3);
  return end !== -1 && /^sourceFile: /m.test(text.slice(0, end + 1));
}
