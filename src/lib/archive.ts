/**
 * The archive by month (`/archive/`, `/archive/YYYY-MM/`): dated articles grouped by the month
 * of their publication day as written (the publisher's day, like the digest's days); a month's
 * name is the digest's `formatMonth`.
 */
import { dayOf } from './digest.ts';

/** One month and its articles, in the order given. */
export interface Month<T> {
  /** `YYYY-MM`. */
  month: string;
  articles: T[];
}

/**
 * Articles grouped by month, newest month first; undated articles are left out (they have their
 * own page). Within a month the articles keep the order given (pass them in digest order).
 */
export function groupByMonth<T extends { data: { published?: string } }>(articles: readonly T[]): Month<T>[] {
  const months = new Map<string, T[]>();
  for (const article of articles) {
    const day = dayOf(article.data.published);
    if (!day) continue;
    const month = day.slice(0, 7);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(article);
  }
  return [...months.entries()].sort(([a], [b]) => (a < b ? 1 : -1)).map(([month, list]) => ({ month, articles: list }));
}
