/**
 * Where an article's own images live on the site: the ingest copies the images a saved page
 * carries (its `_files/` folder, `data:` URIs, MHTML parts) into `public/article-media/<slug>/`,
 * the Markdown points at them by site path, and the site's URL helper gives that path the `base`.
 */
/** Site path under which the kept images are served, one folder per article. */
export const MEDIA_PREFIX = '/article-media/';

/** Site path of one article's media folder. */
export function mediaPath(slug: string): string {
  return `${MEDIA_PREFIX}${slug}/`;
}

/** True for a site path of a kept image (`/article-media/<slug>/<name>`): the only non-web image URL an article may hold. */
export function isMediaPath(value: string): boolean {
  return value.length > MEDIA_PREFIX.length && value.startsWith(MEDIA_PREFIX) && !/\s/.test(value);
}

/** The names the ingest gives kept images (a hash of their bytes and the format's extension). */
export const mediaFileNamePattern = /^[0-9a-f]{20}\.(?:png|jpg|gif|webp|avif)$/;
