/** The whole site's RSS feed: the newest FEED_SIZE articles, full content, within the feed size limits (src/lib/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_SIZE, SITE_DESCRIPTION, SITE_TITLE } from '../consts.ts';
import { feedArticle, getArticles, getTopics, topicTitles } from '../lib/articles.ts';
import { feedItem, feedOptions } from '../lib/feeds.ts';
import { currentBase, currentSite, feedPath } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const context = { site: currentSite(), base: currentBase() };
  const articles = await getArticles();
  const titles = topicTitles(await getTopics(articles));
  const items = articles.slice(0, FEED_SIZE).map((article) => feedItem(feedArticle(article), titles, context));
  return rss(feedOptions({ title: SITE_TITLE, description: SITE_DESCRIPTION, feedPath }, items, context));
};
