/**
 * The whole site's RSS feed: the newest `feedSize` articles (content/site.yml), full content,
 * within the feed size limits (src/lib/feeds.ts), titled and described as site.yml says.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedArticle, getArticles, getTopics, topicTitles } from '../lib/articles.ts';
import { feedItem, feedOptions } from '../lib/feeds.ts';
import { uiLang } from '../lib/i18n/index.ts';
import { siteSettings } from '../lib/settings.ts';
import { currentBase, currentSite, feedPath } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const context = { site: currentSite(), base: currentBase() };
  const articles = await getArticles();
  const titles = topicTitles(await getTopics(articles));
  const items = articles.slice(0, siteSettings.feedSize).map((article) => feedItem(feedArticle(article), titles, context));
  const channel = { title: siteSettings.title, description: siteSettings.description, feedPath, language: uiLang };
  return rss(feedOptions(channel, items, context));
};
