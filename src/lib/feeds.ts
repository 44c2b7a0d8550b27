/**
 * RSS feeds: the one place feed items and channels are built, for the whole site (`/rss.xml`)
 * and for each topic (`/topics/<slug>/rss.xml`).
 *
 * Feed readers are an output like the pages: items carry the same sanitized HTML as the article
 * page, every text is stripped of characters XML 1.0 forbids (one stray control character in a
 * title makes the whole feed unreadable), and every link is absolute and respects `base`.
 *
 * Each text field is written the way readers read it, so that every reader shows the text as
 * written and none finds markup in it (checked with feedparser in test/site/feed-readers.test.ts):
 * - `description` (item and channel) is HTML to every reader: it holds the text escaped as HTML,
 *   so "the <b> tag" shows as such instead of turning bold, and `<a href="javascript:…">` in a
 *   summary is text, not a link;
 * - `title` (item and channel) is plain text to some readers and HTML to others (feedparser
 *   guesses per title): a title in which HTML could see a tag or a character reference is escaped
 *   as HTML, which feedparser then reads as HTML; any other title is written as is, which reads
 *   the same either way;
 * - `category` and `dc:creator` are plain text to readers: written as is.
 * `@astrojs/rss` escapes every field once more for XML.
 *
 * Sizes are bounded (src/consts.ts): text fields, the content of one item and the whole feed.
 */
import { Buffer } from 'node:buffer';
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { decodeHTML } from 'entities';
import { xmlSafe } from '../article/fields.ts';
import { FEED_ITEM_CONTENT_MAX_BYTES, FEED_MAX_BYTES, FEED_MAX_CATEGORIES, FEED_TEXT_MAX_CHARS } from '../consts.ts';
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
  /** The language of the channel's own words, a BCP 47 tag (`<language>`): the interface's (content/site.yml). */
  language?: string;
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

/** Text as HTML that shows exactly that text (quotes too, so it also fits in an attribute). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => xmlEntities[char]);
}

/** `<` that starts a tag, end tag, comment or declaration in HTML, or `&#` of a (maybe broken) character reference. */
const htmlMarkupStart = /<[a-z/!?]|&#/i;

/**
 * Whether an HTML reader would read `text` as something else than itself: a tag or comment
 * could start in it, or a character reference (`&amp;`, `&copy` without semicolon, `&#60;`).
 * "AT&T", "a < b" and quotes read the same as text and as HTML.
 */
function readsDifferentlyAsHtml(text: string): boolean {
  return htmlMarkupStart.test(text) || decodeHTML(text) !== text;
}

/**
 * A title field: as is when plain-text and HTML readers read it alike, else escaped as HTML
 * (see the module comment), so no reader renders markup from it.
 */
function titleField(text: string): string {
  return readsDifferentlyAsHtml(text) ? escapeHtml(text) : text;
}

/**
 * Text fit for a feed: without characters XML forbids, at most FEED_TEXT_MAX_CHARS characters
 * (a longer one is cut, never inside a surrogate pair, and ends with "…").
 */
function feedText(text: string): string {
  const clean = xmlSafe(text).trim();
  if (clean.length <= FEED_TEXT_MAX_CHARS) return clean;
  const cut = clean.slice(0, FEED_TEXT_MAX_CHARS - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** FEED_ITEM_CONTENT_MAX_BYTES as a reader reads it in the note. */
const contentLimitKb = `${Math.round(FEED_ITEM_CONTENT_MAX_BYTES / 1024)} KB`;

/**
 * An item's content: the article's sanitized HTML, or, when that is over
 * FEED_ITEM_CONTENT_MAX_BYTES, its summary and a note linking to the article page (HTML made
 * here from escaped text, nothing of the article's markup).
 */
function itemContent(html: string, summary: string | undefined, link: string): string {
  const body = xmlSafe(html);
  if (Buffer.byteLength(body) <= FEED_ITEM_CONTENT_MAX_BYTES) return body;
  const note = `<p><em>This article is too long for feeds (over ${contentLimitKb}): <a href="${escapeHtml(link)}">read it on the site</a>.</em></p>`;
  return summary ? `<p>${escapeHtml(summary)}</p>\n${note}` : note;
}

/** XML namespaces the feeds use beyond RSS 2.0 (`content:` is added by @astrojs/rss itself). */
const feedNamespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/**
 * One feed item: absolute link under `base`, full sanitized content (or a note when it is too
 * large for feeds), summary, date, topic titles as categories and the byline as `dc:creator`,
 * each text field in the form readers read it (see the module comment). `topicTitles` maps
 * slug → title.
 */
export function feedItem(
  article: FeedArticle,
  topicTitles: ReadonlyMap<string, string>,
  context: FeedContext,
): RSSFeedItem {
  const { data } = article;
  const link = absoluteUrl(articlePath(article.id), context.site, context.base);
  const summary = data.summary ? feedText(data.summary) || undefined : undefined;
  const item: RSSFeedItem = {
    title: titleField(feedText(data.title)),
    link,
    content: itemContent(article.html, summary, link),
  };
  if (summary) item.description = escapeHtml(summary);
  const time = data.published ? Date.parse(data.published) : Number.NaN;
  if (!Number.isNaN(time)) item.pubDate = new Date(time);
  if (data.topics.length > 0) {
    item.categories = data.topics
      .slice(0, FEED_MAX_CATEGORIES)
      .map((slug) => feedText(topicTitles.get(slug) ?? slug));
  }
  const byline = data.byline ? feedText(data.byline) : '';
  if (byline) item.customData = `<dc:creator>${escapeXml(byline)}</dc:creator>`;
  return item;
}

/** Bytes each character the XML writer escapes adds (`&` → `&amp;`: 4 more). */
const xmlEscapeGrowth: Record<string, number> = { '&': 4, '<': 3, '>': 3, '"': 5, "'": 5 };

/** Bytes `text` takes in the feed once @astrojs/rss has escaped it for XML. */
function xmlBytes(text: string | undefined): number {
  if (!text) return 0;
  let bytes = Buffer.byteLength(text);
  for (const [char] of text.matchAll(/[&<>"']/g)) bytes += xmlEscapeGrowth[char];
  return bytes;
}

/** Upper bound of the bytes of an item's tags, `guid` attribute and date (180 written today). */
const itemMarkupBytes = 512;

/** Upper bound of the bytes of a `<category>` element's tags (21 written). */
const categoryMarkupBytes = 32;

/** Upper bound of the bytes a feed writes besides its items and texts (XML declaration, `rss`, namespaces, channel tags: 280 written today). */
const channelMarkupBytes = 1024;

/** Bytes an item takes in the feed, at most. */
function itemBytes(item: RSSFeedItem): number {
  const categories = (item.categories ?? []).reduce((sum, category) => sum + categoryMarkupBytes + xmlBytes(category), 0);
  // `customData` is already escaped XML, written back as it is.
  const custom = item.customData ? Buffer.byteLength(item.customData) : 0;
  // The link is written twice, as `link` and `guid`.
  return itemMarkupBytes + xmlBytes(item.title) + 2 * xmlBytes(item.link) + xmlBytes(item.description) + xmlBytes(item.content) + categories + custom;
}

/** The first items that fit in `budget` bytes, and always the first one (a feed of one item is still a feed). */
function itemsWithin(items: RSSFeedItem[], budget: number): RSSFeedItem[] {
  let used = 0;
  let count = 0;
  for (const item of items) {
    used += itemBytes(item);
    if (count > 0 && used > budget) break;
    count++;
  }
  return items.slice(0, count);
}

/**
 * Options for `@astrojs/rss` for one channel and its items (already in digest order, newest
 * first): the newest items that fit in FEED_MAX_BYTES.
 */
export function feedOptions(
  channel: FeedChannel,
  items: RSSFeedItem[],
  context: FeedContext,
): RSSOptions {
  const self = absoluteUrl(channel.feedPath, context.site, context.base);
  // @astrojs/rss uses `site` as the channel link verbatim: give it the page's full URL.
  const site = absoluteUrl(channel.pagePath ?? homePath, context.site, context.base);
  const title = titleField(feedText(channel.title));
  const description = escapeHtml(feedText(channel.description));
  const language = channel.language ? `<language>${escapeXml(channel.language)}</language>` : '';
  const customData = `${language}<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`;
  const channelBytes = channelMarkupBytes + xmlBytes(title) + xmlBytes(description) + xmlBytes(site) + Buffer.byteLength(customData);
  return {
    title,
    description,
    site,
    xmlns: feedNamespaces,
    customData,
    items: itemsWithin(items, FEED_MAX_BYTES - channelBytes),
  };
}
