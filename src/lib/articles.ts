/**
 * The site's access to its content: articles in digest order, their rendered bodies (rendered
 * once per article per build, shared by the article page and every feed), and the topics.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Root } from 'hast';
import { sortNewestFirst } from './digest.ts';
import type { FeedArticle } from './feeds.ts';
import { articleBodyHtml, parseArticleBody } from './render.ts';
import { mergeTopics, type Topic } from './topics.ts';
import { siteSettings } from './settings.ts';
import { currentBase, currentSite } from './urls.ts';

/** One generated article. */
export type Article = CollectionEntry<'articles'>;

/** Every article, in digest order (newest day first). */
export async function getArticles(): Promise<Article[]> {
  return sortNewestFirst(await getCollection('articles'));
}

/** The articles filed under `topic`, in digest order. */
export function articlesOfTopic(articles: readonly Article[], topic: string): Article[] {
  return articles.filter((article) => article.data.topics.includes(topic));
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

/** What was made of each article's body, by id, with the Markdown it came from (dev edits invalidate). */
interface Rendered {
  body: string;
  tree: Root;
  page?: string;
  feed?: string;
}
const rendered = new Map<string, Rendered>();

/** The article body parsed and sanitized once per build, shared by its page and every feed. */
function renderedBody(article: Article): Rendered {
  const body = article.body ?? '';
  let entry = rendered.get(article.id);
  if (!entry || entry.body !== body) {
    entry = { body, tree: parseArticleBody(body) };
    rendered.set(article.id, entry);
  }
  return entry;
}

/** The article's body as sanitized HTML for its page (see src/lib/render.ts). */
export function articleHtml(article: Article): string {
  const entry = renderedBody(article);
  entry.page ??= articleBodyHtml(entry.tree, { base: currentBase(), images: siteSettings.images });
  return entry.page;
}

/** The article as the feeds need it: the same sanitized body, with absolute site URLs. */
export function feedArticle(article: Article): FeedArticle {
  const entry = renderedBody(article);
  entry.feed ??= articleBodyHtml(entry.tree, { base: currentBase(), site: currentSite(), images: siteSettings.images });
  return { id: article.id, data: article.data, html: entry.feed };
}
