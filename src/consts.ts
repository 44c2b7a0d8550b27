/** Site-wide constants, imported wherever the site needs them (as in Astro's blog starter). */

/** Name of the site, in the header, page titles and feeds. */
export const SITE_TITLE = 'kliping';

/** One-line description, for the home page's meta description and the site feed. */
export const SITE_DESCRIPTION = 'A clean, fast digest of saved news articles, by day and by topic.';

/** Language of the site's own interface text (articles carry their own `lang`). */
export const SITE_LANG = 'en';

/** Articles per page on the digest and on topic pages. */
export const PAGE_SIZE = 20;

/** Articles per feed: feed readers need the recent items, not the whole archive. */
export const FEED_SIZE = 50;

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
 * least one). No real feed reaches it: FEED_SIZE articles even if they were the 50 largest real
 * ones make 2.5 MB.
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
