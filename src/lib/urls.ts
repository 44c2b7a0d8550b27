/**
 * THE one place where site URLs are made. Every internal link, asset and feed URL goes through
 * here so that the site works under any `base` (e.g. `https://example.org/news/`).
 *
 * The pure functions take `base` and `site` as parameters (easy to test); the wrappers at the end
 * read Astro's `import.meta.env`.
 */

/** Site path of the home page (the digest). */
export const homePath = '/';

/** Site path of the topic list. */
export const topicsPath = '/topics/';

/** Site path of the whole-site RSS feed. */
export const feedPath = '/rss.xml';

/**
 * Encode each segment of a slug (which may hold `/` for nested inputs) for use in a path.
 * Slugs are already URL-safe by contract; this only guards against a stray character.
 */
function encodeSlug(slug: string): string {
  return slug.split('/').map(encodeURIComponent).join('/');
}

/** Site path of the digest's `page`-th page (1-based). */
export function digestPath(page = 1): string {
  return page <= 1 ? homePath : `/${page}/`;
}

/** Site path of the `page`-th page (1-based) of the articles without a date, which the digest cannot place on a day. */
export function undatedPath(page = 1): string {
  return page <= 1 ? '/undated/' : `/undated/${page}/`;
}

/** Site path of one article's page. */
export function articlePath(slug: string): string {
  return `/articles/${encodeSlug(slug)}/`;
}

/** Site path of a topic's `page`-th page (1-based). */
export function topicPath(topic: string, page = 1): string {
  const first = `/topics/${encodeSlug(topic)}/`;
  return page <= 1 ? first : `${first}${page}/`;
}

/** Site path of the `page`-th page (1-based) of a topic's articles without a date. */
export function topicUndatedPath(topic: string, page = 1): string {
  const first = `${topicPath(topic)}undated/`;
  return page <= 1 ? first : `${first}${page}/`;
}

/** Site path of a topic's RSS feed. */
export function topicFeedPath(topic: string): string {
  return `/topics/${encodeSlug(topic)}/rss.xml`;
}

/** Site path of the search page. */
export const searchPath = '/search/';

/** Site path of the list of outlets. */
export const sourcesPath = '/sources/';

/** Site path of an outlet's `page`-th page (1-based). */
export function sourcePath(source: string, page = 1): string {
  const first = `/sources/${encodeSlug(source)}/`;
  return page <= 1 ? first : `${first}${page}/`;
}

/** Site path of the archive's list of months. */
export const archivePath = '/archive/';

/** Site path of a month's (`YYYY-MM`) `page`-th page (1-based) in the archive. */
export function archiveMonthPath(month: string, page = 1): string {
  const first = `/archive/${encodeSlug(month)}/`;
  return page <= 1 ? first : `${first}${page}/`;
}

/** Site path of the list of stories. */
export const storiesPath = '/stories/';

/** Site path of one story's page. */
export function storyPath(slug: string): string {
  return `/stories/${encodeSlug(slug)}/`;
}

/** True for a root-relative path such as `/topics/` (not `//host/…`, not `https:…`, not `x/y`). */
export function isSitePath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}

/**
 * Normalize Astro's `base` (`/`, `/news`, `/news/`, `news`) to the form `/news/`.
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefix a site path with `base`: `withBase('/topics/ukraine/', '/news/')` →
 * `/news/topics/ukraine/`. Throws on anything that is not a root-relative path, because a
 * caller passing an absolute or relative URL here is a bug that would otherwise ship broken links.
 */
export function withBase(path: string, base: string): string {
  if (!isSitePath(path)) {
    throw new TypeError(`Not a site path (must start with a single "/"): ${JSON.stringify(path)}`);
  }
  return normalizeBase(base) + path.slice(1);
}

/**
 * Absolute URL of a site path, for feeds, canonical links and sitemaps:
 * `absoluteUrl('/rss.xml', 'https://example.org', '/news/')` → `https://example.org/news/rss.xml`.
 * Only the origin of `site` counts, as in Astro: the path prefix is `base`'s job.
 */
export function absoluteUrl(path: string, site: string | URL, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** A URL that starts with a scheme (`https:`, `mailto:`). */
const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where a URL found in an article body should point on the built site, or undefined when it
 * cannot point anywhere sensible:
 * - a site path (media the ingest kept, `/article-media/…`) gets `base`, or becomes absolute
 *   when `site` is given (feed readers resolve root-relative URLs against anything);
 * - a URL with a scheme stays (the sanitizer already allowed its scheme);
 * - a scheme-relative `//host/…` gets `https:`;
 * - a fragment stays;
 * - any other relative URL is dropped: the ingest resolves relative URLs against the original
 *   page, so one left over would point to a wrong place on this site.
 */
export function resolveContentUrl(url: string, base: string, site?: string | URL): string | undefined {
  if (isSitePath(url)) return site ? absoluteUrl(url, site, base) : withBase(url, base);
  if (url.startsWith('//')) return `https:${url}`;
  if (hasScheme.test(url) || url.startsWith('#')) return url;
  return undefined;
}

/** The site's `base`, as configured in astro.config.mjs. */
export function currentBase(): string {
  return normalizeBase(import.meta.env.BASE_URL);
}

/** The site's origin, as configured in astro.config.mjs (`site`). */
export function currentSite(): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs must set `site` (env KLIPING_SITE) for absolute URLs');
  return site;
}

/** Link to a site path from a page: `pageUrl('/topics/ukraine/')`. */
export function pageUrl(path: string): string {
  return withBase(path, currentBase());
}

/** Absolute URL of a site path, for feeds and canonical links. */
export function siteUrl(path: string): string {
  return absoluteUrl(path, currentSite(), currentBase());
}
