/**
 * The site's access to its content: articles in digest order, their rendered bodies (rendered
 * once, when the collection loads; feeds take the page's), and the topics.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from './digest.ts';
import type { FeedArticle } from './feeds.ts';
import { feedBodyHtml } from './render.ts';
import { mergeTopics, type Topic } from './topics.ts';
import { currentSite } from './urls.ts';

/** One generated article. */
export type Article = CollectionEntry<'articles'>;

/** Every article, in digest order (newest day first). */
export async function getArticles(): Promise<Article[]> {
  return sortNewestFirst(await getCollection('articles'));
}

/**
 * Every topic with a page: those of topics.yml in file order, then any other topic an article
 * carries.
 */
export async function getTopics(articles: readonly Article[]): Promise<Topic[]> {
  const configured = (await getCollection('topics'))
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ data: { slug, title, description } }) => (description ? { slug, title, description } : { slug, title }));
  return mergeTopics(
    configured,
    articles.flatMap((article) => article.data.topics),
  );
}

/** Slug → title, for showing an article's topics. */
export function topicTitles(topics: readonly Topic[]): Map<string, string> {
  return new Map(topics.map((topic) => [topic.slug, topic.title]));
}

/**
 * The article's body as its page shows it: rendered once, when the content layer loaded the
 * collection, by the site's Markdown processor (src/lib/markdown-processor.ts): sanitized, with
 * site URLs under `base` and the image policy of content/site.yml applied.
 */
export function articleHtml(article: Article): string {
  const html = article.rendered?.html;
  if (html === undefined) {
    // The loader logs why an entry failed to render and carries on; a page must not silently
    // lose its body.
    throw new Error(`article ${article.id}: its body was not rendered (see the content layer's error above)`);
  }
  return html;
}

/**
 * The article as the feeds need it: the page's body with absolute site URLs (feed readers
 * resolve root-relative URLs against anything), made from the page's HTML (src/lib/render.ts,
 * `feedBodyHtml`) for the few articles feeds carry (FEED_SIZE per feed).
 */
export function feedArticle(article: Article): FeedArticle {
  return { id: article.id, data: article.data, html: feedBodyHtml(articleHtml(article), currentSite()) };
}
