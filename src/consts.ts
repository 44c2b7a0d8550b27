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
