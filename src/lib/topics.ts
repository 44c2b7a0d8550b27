/**
 * The site's one way to the user's topics (`content/topics.yml`, validated by `loadTopics` of
 * src/config/topics.ts, as the ingest does): an Astro content loader for the `topics` collection, and the merge of those
 * topics with the topics the articles actually carry.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadTopics } from '../config/topics.ts';

/** What the site shows of a topic. */
export interface Topic {
  slug: string;
  title: string;
  description?: string;
}

/** Options for {@link topicsLoader}. */
export interface TopicsLoaderOptions {
  /** Folder holding topics.yml: absolute, or relative to the project root. */
  contentDir: string;
}

/**
 * Content loader for the `topics` collection: one entry per topic of topics.yml, id = slug,
 * `order` = position in the file. A missing file means no configured topics (articles may still
 * carry topics of their own); an invalid file fails the build with loadTopics' message, rather
 * than silently dropping every topic page.
 */
export function topicsLoader(options: TopicsLoaderOptions): Loader {
  return {
    name: 'kliping-topics',
    load: async ({ config, store, parseData, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const file = path.resolve(root, options.contentDir, 'topics.yml');
      // The data store wants paths relative to the project root, with forward slashes.
      const filePath = path.relative(root, file).split(path.sep).join('/');
      const sync = async () => {
        let topics: Topic[] = [];
        if (existsSync(file)) {
          // What the site shows of each topic (its matching rules stay with the ingest).
          topics = loadTopics(await fs.readFile(file, 'utf8'), file).map(({ slug, title, description }) =>
            description === undefined ? { slug, title } : { slug, title, description },
          );
        } else {
          logger.warn(`${file} not found: no topics configured`);
        }
        const entries = [];
        for (const [order, topic] of topics.entries()) {
          entries.push({ id: topic.slug, data: await parseData({ id: topic.slug, data: { ...topic, order }, filePath }), filePath });
        }
        // Replaced only once every topic has passed the schema: a mistake keeps the topics the
        // site had (in `npm run dev`) rather than half of them.
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      if (!watcher) return;
      // In `npm run dev`: reload when topics.yml is saved, created or deleted. Not at once: an
      // editor that writes in place (truncate, then write) sends one event for both, often
      // before the text is there, and the empty file would mean "no topics" until the next save.
      let timer: NodeJS.Timeout | undefined;
      const reload = (changed: string) => {
        if (changed !== file) return;
        clearTimeout(timer);
        timer = setTimeout(() => sync().catch((error: Error) => logger.error(error.message)), 150);
      };
      watcher.add(file);
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}

/** A readable title for a topic slug that topics.yml does not define: "middle-east" → "Middle east". */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The topics the site has pages for: every configured topic (in topics.yml order, even with no
 * articles yet, so its address is stable), then any other topic an article carries (from the
 * input's own frontmatter), by slug, titled from the slug.
 */
export function mergeTopics(configured: readonly Topic[], used: Iterable<string>): Topic[] {
  const known = new Set(configured.map((topic) => topic.slug));
  const extra = [...new Set(used)].filter((slug) => !known.has(slug)).sort();
  return [...configured, ...extra.map((slug) => ({ slug, title: titleFromSlug(slug) }))];
}

/**
 * The articles filed under each of `topics`, in the order of `articles` (digest order), in one
 * pass over the articles: slug → articles (an empty list for a topic without any).
 */
export function articlesByTopic<T extends { data: { topics: readonly string[] } }>(
  articles: readonly T[],
  topics: readonly Topic[],
): Map<string, T[]> {
  const byTopic = new Map<string, T[]>(topics.map((topic) => [topic.slug, []]));
  for (const article of articles) {
    // A topic listed twice in one article's frontmatter files it once.
    for (const slug of new Set(article.data.topics)) byTopic.get(slug)?.push(article);
  }
  return byTopic;
}
