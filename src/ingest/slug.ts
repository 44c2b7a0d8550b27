/**
 * Slugs: each article's address, /articles/<slug>/, made from the input's path under content/.
 *
 * Path, not title: a user who fixes a title in frontmatter must not break links to the article.
 * Folders become part of the slug (`2022/geneva.html` → `2022-geneva`) because article pages
 * are one path segment. Slugs are ASCII (see `isSlug` in src/article/fields.ts): names in any
 * script are transliterated by @sindresorhus/transliterate (`Рябков назвал переговоры трудными`
 * → `ryabkov-nazval-peregovory-trudnymi`, `Jenéwa` → `jenewa`, `Straße` → `strasse`); a name that
 * still has no letters or digits (a script it does not know) gets `article-` and a short hash of
 * its path.
 */
import { createHash } from 'node:crypto';
import transliterate from '@sindresorhus/transliterate';

/** Longest slug; file names stay far below file-system limits (255 bytes). */
const maxSlugLength = 80;

/** Lowercase ASCII letters and digits joined by single hyphens, at most {@link maxSlugLength}. */
function slugify(text: string): string {
  const slug = transliterate(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > maxSlugLength / 2 ? cut.slice(0, boundary) : cut.slice(0, maxSlugLength)).replace(/-+$/, '');
}

/** The slug of an input at `sourceFile` (its path under content/, forward slashes). */
function slugForSource(sourceFile: string): string {
  const withoutExtension = sourceFile.replace(/\.[^./]*$/, '');
  return slugify(withoutExtension) || `article-${shortHash(sourceFile)}`;
}

/**
 * Slugs for many inputs at once, unique and permanent. `remembered` holds the slug each input
 * was given before (the manifest, src/ingest/manifest.ts), including inputs since removed: an
 * input keeps its slug for good, and no other input is ever given a slug that one had, so a
 * link to /articles/<slug>/ never comes to show another article. A new input gets the slug of
 * its path; when that is taken (`a-b.html` is there and `A_B.HTML` is added), it gets `-` and a
 * short hash of its own path, which does not depend on what else is in content/.
 */
export function uniqueSlugs(sourceFiles: readonly string[], remembered: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>(remembered.values());
  const fresh: string[] = [];
  for (const sourceFile of [...sourceFiles].sort(compareCodePoints)) {
    const slug = remembered.get(sourceFile);
    if (slug !== undefined) slugs.set(sourceFile, slug);
    else fresh.push(sourceFile);
  }
  for (const sourceFile of fresh) {
    let slug = slugForSource(sourceFile);
    if (taken.has(slug)) {
      const suffix = `-${shortHash(sourceFile)}`;
      slug = slug.slice(0, maxSlugLength - suffix.length).replace(/-+$/, '') + suffix;
      // Two paths whose hashes collide as well: count on from 2 (never seen, but never a clash).
      for (let count = 2; taken.has(slug); count++) slug = `${slug.replace(/-\d+$/, '')}-${count}`;
    }
    taken.add(slug);
    slugs.set(sourceFile, slug);
  }
  return slugs;
}

/** Sort order independent of locale and platform. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
