/**
 * The other saved copies of an article (`copies` in its frontmatter, src/article/format.ts): other
 * inputs holding the same article, folded into it by the ingest. Each keeps its permanent slug,
 * and its address, `/articles/<slug>/`, sends readers on to the article.
 */

/** An address a copy of an article keeps: `/articles/<slug>/` sends readers on to `article`. */
export interface CopyRedirect<T> {
  slug: string;
  article: T;
}

/**
 * The redirect pages the articles' copies need (`data.copies`, each with its permanent slug), in
 * one pass. A real article's address is never taken: a copy whose slug is an article's id gets no
 * page (the article wins), and of two articles claiming the same copy slug, the first in
 * `articles` (digest order: the newest) gets it.
 */
export function copyRedirects<T extends { id: string; data: { copies?: readonly { slug: string }[] } }>(
  articles: readonly T[],
): CopyRedirect<T>[] {
  const taken = new Set(articles.map((article) => article.id));
  const redirects: CopyRedirect<T>[] = [];
  for (const article of articles) {
    for (const { slug } of article.data.copies ?? []) {
      if (taken.has(slug)) continue;
      taken.add(slug);
      redirects.push({ slug, article });
    }
  }
  return redirects;
}
