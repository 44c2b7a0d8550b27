/**
 * The site's access to its content: articles in digest order, their rendered bodies (rendered
 * once, when the collection loads; feeds take the page's), and the topics.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { decodeHTML } from 'entities';
import { sortNewestFirst } from './digest.ts';
import type { FeedArticle } from './feeds.ts';
import { feedBodyHtml } from './render.ts';
import { relatedReading } from './related.ts';
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

/** Characters of a body's HTML read for its plain text: far more than the related-reading ranking reads. */
const TEXT_HTML_MAX = 200_000;

/**
 * The article's body as plain text, for ranking related reading: its rendered HTML (kept in memory
 * by the content layer, so no file is read again) without tags, entities decoded. The HTML is the
 * serializer's, with every `<` in text escaped, so each `<…>` is a tag (attribute values quoted).
 */
export function articleText(article: Article): string {
  const html = articleHtml(article).slice(0, TEXT_HTML_MAX);
  return decodeHTML(html.replace(/<(?:[^>"]|"[^"]*")*(?:>|$)/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Related reading for every article of one build (see {@link relatedArticles}). */
interface RelatedIndex {
  /** The rendered bodies of the articles it was made from: an article not among them is from another build. */
  members: WeakSet<object>;
  related: Map<string, Article[]>;
}

let relatedIndex: Promise<RelatedIndex> | undefined;

async function makeRelatedIndex(): Promise<RelatedIndex> {
  const articles = await getArticles();
  const byId = new Map(articles.map((article) => [article.id, article]));
  const ranked = relatedReading(
    articles.map((article) => ({
      id: article.id,
      title: article.data.title,
      text: `${article.data.summary ?? ''} ${articleText(article)}`,
      topics: article.data.topics,
      lang: article.data.lang,
      copies: article.data.copies?.map((copy) => copy.slug),
    })),
  );
  const members = new WeakSet<object>();
  for (const article of articles) if (article.rendered) members.add(article.rendered);
  return { members, related: new Map([...ranked].map(([id, ids]) => [id, ids.map((other) => byId.get(other)!)])) };
}

/**
 * Up to five other articles to read after `article`, best first (src/lib/related.ts): ranked once
 * for the whole build, on the first article page, and kept for the others. The dev server, whose
 * articles change as it runs, ranks again for each page.
 */
export async function relatedArticles(article: Article): Promise<Article[]> {
  let index = relatedIndex && !import.meta.env.DEV ? await relatedIndex : undefined;
  if (!index || !article.rendered || !index.members.has(article.rendered)) {
    relatedIndex = makeRelatedIndex();
    index = await relatedIndex;
  }
  return index.related.get(article.id) ?? [];
}
