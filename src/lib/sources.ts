/**
 * The outlets articles come from, as the site lists them (`/sources/`, `/sources/<slug>/`).
 *
 * An outlet is the article's `source` (its site name, "Suara.com"), else the host of its web
 * address, else "unknown". Names that differ only in case, accents or punctuation ("Suara.com",
 * "suara.com") are one outlet with one slug; the name shown is the one most of its articles use.
 */

import transliterate from '@sindresorhus/transliterate';
import { hostName } from '../article/fields.ts';

/** An article as this module reads it. */
export interface SourcedArticle {
  id: string;
  data: { source?: string; url?: string };
}

/** One outlet and its articles, in the order given. */
export interface Source<T> {
  slug: string;
  name: string;
  articles: T[];
}

/** Slug of articles whose outlet is not known. */
export const UNKNOWN_SOURCE = 'unknown';

/** The outlet's name for an article: its source, else its web address's host, else undefined. */
export function sourceName(article: SourcedArticle): string | undefined {
  const source = article.data.source?.trim();
  if (source) return source;
  return hostName(article.data.url);
}

/**
 * The outlet's slug, in ASCII so its address is plain: `Suara.com` → `suara-com`,
 * `РИА Новости` → `ria-novosti`; a name with nothing to transliterate is `unknown`.
 */
export function sourceSlug(name: string | undefined): string {
  if (!name) return UNKNOWN_SOURCE;
  const slug = transliterate(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || UNKNOWN_SOURCE;
}

/**
 * Articles grouped by outlet, outlets by name (case- and accent-insensitive), the unknown outlet
 * last; each outlet's articles in the order given.
 */
export function groupBySource<T extends SourcedArticle>(articles: readonly T[]): Source<T>[] {
  const groups = new Map<string, { names: Map<string, number>; articles: T[] }>();
  for (const article of articles) {
    const name = sourceName(article);
    const slug = sourceSlug(name);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { names: new Map(), articles: [] }));
    group.articles.push(article);
    if (name) group.names.set(name, (group.names.get(name) ?? 0) + 1);
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...groups.entries()]
    .map(([slug, group]) => ({ slug, name: mostUsed(group.names) ?? 'Unknown source', articles: group.articles }))
    .sort((a, b) => (a.slug === UNKNOWN_SOURCE ? 1 : b.slug === UNKNOWN_SOURCE ? -1 : collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1)));
}

/** The name used most (the first of equals in alphabetical order), so the choice never depends on file order. */
function mostUsed(names: Map<string, number>): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [name, n] of names) if (n > count || (n === count && best !== undefined && name < best)) [best, count] = [name, n];
  return best;
}
