/**
 * Stories: the articles the ingest filed under one news event (frontmatter `story: <slug>`), told
 * by different outlets or in different languages within days. The site lists them on `/stories/`,
 * gives each a page, `/stories/<slug>/`, and shows each once in the digest.
 *
 * Only what the site holds counts: a story key that only one article on the site carries (its
 * other tellings removed from content/, or never saved) is no story, and that article is shown
 * as an ordinary one. Pure functions over the frontmatter, so every page agrees.
 */
import { dayOf } from './digest.ts';
import { sourceName, sourceSlug } from './sources.ts';

/** An article as this module reads it. */
export interface StoryArticle {
  id: string;
  data: { title: string; published?: string; lang?: string; source?: string; url?: string; story?: string };
}

/** One story: two or more of the site's articles about one event. */
export interface Story<T extends StoryArticle> {
  slug: string;
  /** The article whose title is the story's headline (see {@link groupStories}). */
  lead: T;
  headline: string;
  /** Its first and last publication days (`YYYY-MM-DD`), undefined when no article has a date. */
  firstDay: string | undefined;
  lastDay: string | undefined;
  /** Oldest first, undated last, ties by id. */
  articles: T[];
  /** Its outlets' names (as src/lib/sources.ts names them), each once, in order of first telling. */
  outlets: string[];
  /** Its articles' languages (primary subtags), each once, in order of first telling. */
  languages: string[];
}

/** The instant of an ISO date, or undefined. */
function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Order within a story: by day, oldest first (the day as the publisher wrote it, as in the
 * digest), then by instant; undated last; ties by id, so the order never depends on the file system.
 */
function compareOldestFirst(a: StoryArticle, b: StoryArticle): number {
  const dayA = dayOf(a.data.published);
  const dayB = dayOf(b.data.published);
  if (dayA !== dayB) {
    if (dayA === undefined) return 1;
    if (dayB === undefined) return -1;
    return dayA < dayB ? -1 : 1;
  }
  const timeA = timeOf(a.data.published) ?? 0;
  const timeB = timeOf(b.data.published) ?? 0;
  if (timeA !== timeB) return timeA - timeB;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The distinct values of a list, in order, compared by `key`. */
function distinct(values: readonly (string | undefined)[], key: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    if (value === undefined || seen.has(key(value))) continue;
    seen.add(key(value));
    result.push(value);
  }
  return result;
}

/** One story of `articles` (two or more, sharing a story key). */
function makeStory<T extends StoryArticle>(slug: string, articles: readonly T[], language: string): Story<T> {
  const sorted = [...articles].sort(compareOldestFirst);
  // A headline readers of the site can read, when one of the tellings is in their language; else
  // the first telling's, the one the event was first reported with.
  const lead = sorted.find((article) => article.data.lang === language) ?? sorted[0];
  const days = sorted.map((article) => dayOf(article.data.published)).filter((day) => day !== undefined);
  return {
    slug,
    lead,
    headline: lead.data.title,
    firstDay: days[0],
    lastDay: days.at(-1),
    articles: sorted,
    // "Suara.com" and "suara.com" are one outlet, as on /sources/.
    outlets: distinct(sorted.map(sourceName), sourceSlug),
    languages: distinct(sorted.map((article) => article.data.lang)),
  };
}

/** Where a story stands among others: its newest dated article's day and instant. */
interface StoryKey {
  day: string | undefined;
  time: number;
}

/** The key of a story (see {@link StoryKey}). */
function keyOf(story: Story<StoryArticle>): StoryKey {
  const newest = story.articles.findLast((article) => dayOf(article.data.published) !== undefined);
  return { day: story.lastDay, time: timeOf(newest?.data.published) ?? 0 };
}

/** Newest first, as the digest orders articles (by day, then instant); no day last. */
function compareNewestFirst(a: StoryKey, b: StoryKey): number {
  if (a.day !== b.day) {
    if (a.day === undefined) return 1;
    if (b.day === undefined) return -1;
    return a.day < b.day ? 1 : -1;
  }
  return b.time - a.time;
}

/**
 * The site's stories: its articles grouped by `story` key, only groups of two or more. Each
 * story's headline is the title of its earliest article in `language` (the interface's, from
 * content/site.yml), else of its earliest article. Stories newest first, by their newest article
 * (as the digest orders articles: by day, then by instant); stories with no dated article last;
 * ties by slug.
 */
export function groupStories<T extends StoryArticle>(articles: readonly T[], language: string): Story<T>[] {
  const bySlug = new Map<string, T[]>();
  for (const article of articles) {
    const slug = article.data.story;
    if (!slug) continue;
    const members = bySlug.get(slug);
    if (members) members.push(article);
    else bySlug.set(slug, [article]);
  }
  const keyed = [...bySlug]
    .filter(([, members]) => members.length >= 2)
    .map(([slug, members]) => {
      const story = makeStory(slug, members, language);
      return { story, key: keyOf(story) };
    });
  keyed.sort((a, b) => compareNewestFirst(a.key, b.key) || (a.story.slug < b.story.slug ? -1 : 1));
  return keyed.map(({ story }) => story);
}

/** Article id → the story it is part of, for every article of `stories`. */
export function storiesByArticle<T extends StoryArticle>(stories: readonly Story<T>[]): Map<string, Story<T>> {
  const byArticle = new Map<string, Story<T>>();
  for (const story of stories) for (const article of story.articles) byArticle.set(article.id, story);
  return byArticle;
}
