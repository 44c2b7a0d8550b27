/**
 * The ingest's size limits: what one input may weigh and make, so that no file (hostile or
 * a mistake: a database dump saved as .txt, a book, a generated page) can stall the build or
 * multiply the site's size. Each is far above what real news pages need; the numbers measured
 * on 1,456 real saved pages are given with each. An input over a limit is refused with a
 * message saying which limit and by how much; the other files still build.
 */

/** Largest saved web page (.html, .mhtml) read. SingleFile and MHTML pages carry their images inline; real ones weigh 0.1–20 MB (the benchmark pages, saved without images: at most 1.6 MB). */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** Largest text copy or Markdown file (.txt, .md) read: they hold text only, a long read is ~100 KB. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

/** Largest article kept, as generated Markdown: the largest of 1,456 real articles is 152 KB (99th percentile 51 KB). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Most topics one article may be filed under (given in its frontmatter or sidecar): each topic is a page and a feed. */
export const MAX_TOPICS_PER_ARTICLE = 20;

/** Largest image copied from next to an input or out of it (a full-size press photo is 1–10 MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Most bytes of images one article copies from its `_files/` folder: images past it are left out (the article keeps its text). Images inside a page (SingleFile, MHTML) are bounded by {@link MAX_PAGE_BYTES}. */
export const MAX_MEDIA_BYTES_PER_ARTICLE = 64 * 1024 * 1024;

/** "1.5 MB", "64 KB": a size as a user reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
