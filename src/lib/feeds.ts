/**
 * RSS feeds: the one place feed items and channels are built, for the whole site (`/rss.xml`)
 * and for each topic (`/topics/<slug>/rss.xml`).
 *
 * Feed readers are an output like the pages: items carry the same sanitized HTML as the article
 * page, every text is stripped of characters XML 1.0 forbids (one stray control character in a
 * title makes the whole feed unreadable), and every link is absolute and respects `base`.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { xmlSafe } from '../article/fields.ts';
import { absoluteUrl, articlePath, homePath } from './urls.ts';

/** The article fields a feed item reads (a subset of the `articles` collection's data). */
export interface FeedArticleData {
  title: string;
  published?: string;
  summary?: string;
  byline?: string;
  source?: string;
  topics: string[];
}

/** One article for a feed: its slug, frontmatter and rendered (sanitized) body. */
export interface FeedArticle {
  id: string;
  data: FeedArticleData;
  html: string;
}

/** Where the site lives: Astro's `site` (origin) and `base`. */
export interface FeedContext {
  site: string | URL;
  base: string;
}

/** What a feed is about. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the feed itself (for `atom:link rel="self"`). */
  feedPath: string;
  /** Site path of the page the feed mirrors (the channel's `link`). */
  pagePath?: string;
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escape text for an XML attribute or element written by hand (in `customData`). Named
 * entities only: @astrojs/rss re-parses `customData` and decodes these five before writing it
 * out again escaped, whereas numeric references would come out double-escaped.
 */
function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => xmlEntities[char]);
}

/** XML namespaces the feeds use beyond RSS 2.0 (`content:` is added by @astrojs/rss itself). */
const feedNamespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/**
 * One feed item: absolute link under `base`, full sanitized content, summary, date, topic
 * titles as categories and the byline as `dc:creator`. `topicTitles` maps slug → title.
 */
export function feedItem(
  article: FeedArticle,
  topicTitles: ReadonlyMap<string, string>,
  context: FeedContext,
): RSSFeedItem {
  const { data } = article;
  const item: RSSFeedItem = {
    title: xmlSafe(data.title),
    link: absoluteUrl(articlePath(article.id), context.site, context.base),
    content: xmlSafe(article.html),
  };
  if (data.summary) item.description = xmlSafe(data.summary);
  const time = data.published ? Date.parse(data.published) : Number.NaN;
  if (!Number.isNaN(time)) item.pubDate = new Date(time);
  if (data.topics.length > 0) {
    item.categories = data.topics.map((slug) => xmlSafe(topicTitles.get(slug) ?? slug));
  }
  if (data.byline) item.customData = `<dc:creator>${escapeXml(data.byline)}</dc:creator>`;
  return item;
}

/** Options for `@astrojs/rss` for one channel and its items (already in digest order). */
export function feedOptions(
  channel: FeedChannel,
  items: RSSFeedItem[],
  context: FeedContext,
): RSSOptions {
  const self = absoluteUrl(channel.feedPath, context.site, context.base);
  return {
    title: xmlSafe(channel.title),
    description: xmlSafe(channel.description),
    // @astrojs/rss uses `site` as the channel link verbatim: give it the page's full URL.
    site: absoluteUrl(channel.pagePath ?? homePath, context.site, context.base),
    xmlns: feedNamespaces,
    customData: `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}
