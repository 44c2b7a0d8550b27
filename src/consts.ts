/**
 * Site-wide constants, imported wherever the site needs them (as in Astro's blog starter). What
 * the user may change (title, description, language, page and feed sizes, images) is not here but
 * in content/site.yml, read once in src/lib/settings.ts.
 */
import { siteSettings } from './lib/settings.ts';

/*
 * What used to be constants here and is now content/site.yml's (src/lib/settings.ts), kept as
 * aliases only for the files that still import them (src/components/Header.astro, the sources and
 * archive pages); new code reads `siteSettings` (src/lib/settings.ts) and the interface language's
 * words from src/lib/i18n/ (`ui`, `uiLang`). Remove each once nothing imports it.
 */

/** @deprecated content/site.yml's `title`: use `siteSettings.title`. */
export const SITE_TITLE: string = siteSettings.title;

/** @deprecated content/site.yml's `description`: use `siteSettings.description`. */
export const SITE_DESCRIPTION: string = siteSettings.description;

/** @deprecated The interface language (content/site.yml's `language`): use `uiLang` of src/lib/i18n/index.ts. */
export const SITE_LANG: string = siteSettings.language;

/** @deprecated content/site.yml's `pageSize`: use `siteSettings.pageSize`. */
export const PAGE_SIZE: number = siteSettings.pageSize;

/** @deprecated content/site.yml's `feedSize`: use `siteSettings.feedSize`. */
export const FEED_SIZE: number = siteSettings.feedSize;

/*
 * Feed size limits. Readers fetch a feed again and again, and one huge article (a book pasted
 * into a .txt, a hand-edited generated file) would otherwise be copied whole into the site feed
 * and into each of its topics' feeds. Each limit is far above what real articles reach: the
 * numbers are measured on the 1,456 articles generated from the extraction benchmarks' real
 * pages (sanitized feed HTML in UTF-8: median 4.1 KB, 99th percentile 45 KB, 99.9th 93 KB,
 * largest 119 KB; the 50 largest together, XML-escaped as a feed carries them, 2.5 MB).
 */

/**
 * Largest article body (its sanitized HTML, in UTF-8 bytes) a feed item carries in full: over
 * twice the largest real article (119 KB), so every real article is carried whole. A larger one
 * carries its summary, a note and a link to the article page instead.
 */
export const FEED_ITEM_CONTENT_MAX_BYTES = 256 * 1024;

/**
 * Largest feed, in bytes of XML: items past it are left out (the newest are kept, and always at
 * least one). No real feed reaches it: a feed of the default 50 articles (content/site.yml's
 * `feedSize`), even if they were the 50 largest real ones, makes 2.5 MB.
 */
export const FEED_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Longest text field in a feed (title, summary, byline, topic title), in characters; a longer
 * one is cut with "…". Real ones: titles at most 201 characters, summaries 300 (the ingest
 * writes ~300 at most), bylines 131.
 */
export const FEED_TEXT_MAX_CHARS = 1000;

/** Most topics an item lists as categories (real articles have at most 2; the ingest allows 20). */
export const FEED_MAX_CATEGORIES = 20;
