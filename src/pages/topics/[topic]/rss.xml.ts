/**
 * One topic's RSS feed: its newest `feedSize` articles (content/site.yml), full content, within
 * the feed size limits (src/lib/feeds.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedArticle, getArticles, getTopics, topicTitles } from '../../../lib/articles.ts';
import { feedItem, feedOptions } from '../../../lib/feeds.ts';
import { fill, ui, uiLang } from '../../../lib/i18n/index.ts';
import { siteSettings } from '../../../lib/settings.ts';
import { articlesByTopic, type Topic } from '../../../lib/topics.ts';
import { currentBase, currentSite, topicFeedPath, topicPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const topics = await getTopics(articles);
  const titles = topicTitles(topics);
  const byTopic = articlesByTopic(articles, topics);
  return topics.map((topic) => ({
    params: { topic: topic.slug },
    props: { topic, titles, articles: (byTopic.get(topic.slug) ?? []).slice(0, siteSettings.feedSize) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic; titles: Map<string, string>; articles: Awaited<ReturnType<typeof getArticles>> }> = ({
  props: { topic, titles, articles },
}) => {
  const context = { site: currentSite(), base: currentBase() };
  const items = articles.map((article) => feedItem(feedArticle(article), titles, context));
  const channel = {
    title: fill(ui.feeds.topicTitle, { topic: topic.title, site: siteSettings.title }),
    description: topic.description ?? fill(ui.feeds.topicDescription, { topic: topic.title }),
    feedPath: topicFeedPath(topic.slug),
    pagePath: topicPath(topic.slug),
    language: uiLang,
  };
  return rss(feedOptions(channel, items, context));
};
