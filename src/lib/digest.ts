/**
 * Ordering, grouping and dates of articles, as the digest shows them. Pure functions over the
 * frontmatter, so the order is the same on every page and feed.
 *
 * Dates stay as the ingest wrote them (ISO 8601 with the publisher's offset, or a bare date):
 * an article published "Minggu, 09 Januari 2022 | 23:30 WIB" belongs to 9 January, the day its
 * readers saw it, even though it is already the 9th at 16:30 in UTC. So the day is read from the
 * string, and only the order within a day uses the instant.
 */

/** The frontmatter fields the digest reads. */
export interface DatedArticle {
  id: string;
  data: { published?: string };
}

/** Articles of one day, newest first; `day` is `YYYY-MM-DD`, or undefined for undated ones. */
export interface DayGroup<T> {
  day: string | undefined;
  articles: T[];
}

/** The publication day as written (`2022-01-09` from `2022-01-09T23:30:00+07:00`). */
export function dayOf(iso: string | undefined): string | undefined {
  const match = iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso) : null;
  return match ? match[1] : undefined;
}

/** Milliseconds since the epoch of an ISO date, or undefined. */
function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

/** What the digest orders an article by, read once per article. */
interface SortKey<T> {
  article: T;
  day: string | undefined;
  time: number;
}

/**
 * Digest order: by day, newest first; within a day, by instant, newest first; undated articles
 * last; ties by id, so the order never depends on the file system.
 */
function compareNewestFirst<T extends DatedArticle>(a: SortKey<T>, b: SortKey<T>): number {
  if (a.day !== b.day) {
    if (a.day === undefined) return 1;
    if (b.day === undefined) return -1;
    return a.day < b.day ? 1 : -1;
  }
  if (a.time !== b.time) return b.time - a.time;
  const idA = a.article.id;
  const idB = b.article.id;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** A sorted copy of `articles` in digest order (each date parsed once, not once per comparison). */
export function sortNewestFirst<T extends DatedArticle>(articles: readonly T[]): T[] {
  return articles
    .map((article): SortKey<T> => ({ article, day: dayOf(article.data.published), time: timeOf(article.data.published) ?? 0 }))
    .sort(compareNewestFirst)
    .map((key) => key.article);
}

/** True when the digest can place the article on a day (its `published` starts with one). */
export function isDated(article: DatedArticle): boolean {
  return dayOf(article.data.published) !== undefined;
}

/** Orders titles as readers look them up: ignoring case and accents, numbers by value ("Brief 2" before "Brief 10"). */
const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A sorted copy of `articles` by title (see {@link titleCollator}), ties by id: the order of lists without dates. */
export function sortByTitle<T extends { id: string; data: { title: string } }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => titleCollator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An archive split in two: what the digest lists by day, and what it cannot place on any day. */
export interface DatedSplit<T> {
  /** Articles with a day, in digest order (newest first). */
  dated: T[];
  /** Articles without one, by title (then id). */
  undated: T[];
}

/**
 * Split articles into those the digest lists by day and those without a date. Undated articles
 * get a list of their own rather than the end of the digest: sorted after every dated one, they
 * would sit on its last page, as if they were the oldest news.
 */
export function splitByDate<T extends DatedArticle & { data: { title: string } }>(articles: readonly T[]): DatedSplit<T> {
  const dated: T[] = [];
  const undated: T[] = [];
  for (const article of articles) (isDated(article) ? dated : undated).push(article);
  return { dated: sortNewestFirst(dated), undated: sortByTitle(undated) };
}

/** The digest's articles with each story shown once (see {@link collapseStories}). */
export interface CollapsedDigest<T, S> {
  /** The articles the digest lists, in its order: one per story, the others as they were. */
  entries: T[];
  /** Entry id → the story shown in that article's place. */
  storyAt: Map<string, S>;
}

/**
 * The digest with each story once, at the place of its newest article (the first of its articles
 * in digest order), the story's other articles left out, so that an event told by five outlets
 * is one entry rather than five. `storyOf` gives an article's story (src/lib/stories.ts), if any.
 * The entries stay articles in digest order, so pagination and the day headings work on them as
 * on any list.
 */
export function collapseStories<T extends DatedArticle, S>(articles: readonly T[], storyOf: ReadonlyMap<string, S>): CollapsedDigest<T, S> {
  const entries: T[] = [];
  const storyAt = new Map<string, S>();
  const shown = new Set<S>();
  for (const article of articles) {
    const story = storyOf.get(article.id);
    if (story === undefined) {
      entries.push(article);
    } else if (!shown.has(story)) {
      shown.add(story);
      storyAt.set(article.id, story);
      entries.push(article);
    }
  }
  return { entries, storyAt };
}

/** Split articles (already in digest order) into runs of the same publication day. */
export function groupByDay<T extends DatedArticle>(articles: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const article of articles) {
    const day = dayOf(article.data.published);
    const last = groups.at(-1);
    if (last && last.day === day) last.articles.push(article);
    else groups.push({ day, articles: [article] });
  }
  return groups;
}

/** Date formatters by kind and locale: made once (an `Intl.DateTimeFormat` costs far more to make than to use). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter of calendar days: in UTC, so no time zone shifts a day (see {@link formatDay}). */
function dayFormatter(kind: keyof typeof formats, locale: string): Intl.DateTimeFormat {
  const key = `${kind} ${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, formats[kind]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The forms of a calendar date the site writes. */
const formats = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  short: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A month for headings and lists: `2022-01` → "January 2022" (in `locale`). */
export function formatMonth(month: string, locale = 'en-GB'): string {
  const [year, number] = month.split('-').map(Number);
  return dayFormatter('month', locale).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A day for headings: `2022-01-09` → "Sunday 9 January 2022" (in `locale`). */
export function formatDay(day: string, locale = 'en-GB'): string {
  const [year, month, date] = day.split('-').map(Number);
  // The day is a calendar date, not an instant: format it in UTC so no time zone shifts it.
  return dayFormatter('long', locale).format(new Date(Date.UTC(year, month - 1, date)));
}

/** A short date for lists: `2022-01-09…` → "9 Jan 2022". */
export function formatShortDate(iso: string, locale = 'en-GB'): string {
  const day = dayOf(iso);
  if (!day) return iso;
  const [year, month, date] = day.split('-').map(Number);
  return dayFormatter('short', locale).format(new Date(Date.UTC(year, month - 1, date)));
}

/**
 * The time of day as the publisher gave it, with its offset: `…T14:30:00+07:00` → "14:30 UTC+7",
 * `…T09:05Z` → "09:05 UTC"; undefined for a bare date.
 */
export function formatTimeOfDay(iso: string): string | undefined {
  const match = /T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!match) return undefined;
  const [, time, offset] = match;
  if (!offset) return time;
  if (offset === 'Z') return `${time} UTC`;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)!;
  if (hours === '00' && minutes === '00') return `${time} UTC`;
  return `${time} UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}
