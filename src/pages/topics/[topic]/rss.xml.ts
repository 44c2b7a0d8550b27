/** One topic's RSS feed: its newest FEED_SIZE articles, full content, within the feed size limits (src/lib/feeds.ts). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_SIZE, SITE_TITLE } from '../../../consts.ts';
import { feedArticle, getArticles, getTopics, topicTitles } from '../../../lib/articles.ts';
import { feedItem, feedOptions } from '../../../lib/feeds.ts';
import { articlesByTopic, type Topic } from '../../../lib/topics.ts';
import { currentBase, currentSite, topicFeedPath, topicPath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const topics = await getTopics(articles);
  const titles = topicTitles(topics);
  const byTopic = articlesByTopic(articles, topics);
  return topics.map((topic) => ({
    params: { topic: topic.slug },
    props: { topic, titles, articles: (byTopic.get(topic.slug) ?? []).slice(0, FEED_SIZE) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic; titles: Map<string, string>; articles: Awaited<ReturnType<typeof getArticles>> }> = ({
  props: { topic, titles, articles },
}) => {
  const context = { site: currentSite(), base: currentBase() };
  const items = articles.map((article) => feedItem(feedArticle(article), titles, context));
  const channel = {
    title: `${topic.title} · ${SITE_TITLE}`,
    description: topic.description ?? `Articles about ${topic.title}.`,
    feedPath: topicFeedPath(topic.slug),
    pagePath: topicPath(topic.slug),
  };
  return rss(feedOptions(channel, items, context));
};
