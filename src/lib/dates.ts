/**
 * What the site says about where a date came from: the one place for that wording, so the
 * article page (and anything else that shows a guessed date) says it the same way. The words are
 * the interface language's (src/lib/i18n/, group `dates`).
 *
 * A date the page's metadata or the user gave (no `publishedFrom`) is shown plainly; a date the
 * ingest read into the page (src/article/format.ts, `PublishedSource`) is shown with a note
 * saying where it was found, so readers know how far to trust it.
 */
import type { PublishedSource } from '../article/format.ts';
import { ui, type UiStrings } from './i18n/index.ts';

/** The wording of dates: a dictionary's `dates` group. */
export type DateStrings = UiStrings['dates'];

/**
 * The note that follows a guessed date, short enough to follow a date in a line of metadata:
 * `'url'` → "date from the web address" ("9 Jan 2022 (date from the web address)"). The
 * dictionaries have one per source, so a new source without wording fails to compile.
 */
export function publishedFromNote(source: PublishedSource, strings: DateStrings = ui.dates): string {
  const { url, dateline, text, relative, weekday } = strings;
  const notes: Record<PublishedSource, string> = { url, dateline, text, relative, weekday };
  return notes[source];
}

/**
 * How the user gives an article its date (which always wins over anything read from the page),
 * for the lists of undated articles and the tooltip of a guessed date.
 */
export function dateCorrectionHintIn(strings: DateStrings): string {
  return strings.correctionHint;
}

/** The tooltip of a guessed date's note: it is not the page's own claim, and how to correct it. */
export function publishedFromHintIn(strings: DateStrings): string {
  return `${strings.notStated} ${strings.correctionHint}`;
}

/** {@link dateCorrectionHintIn} in the interface language. */
export const dateCorrectionHint = dateCorrectionHintIn(ui.dates);

/** {@link publishedFromHintIn} in the interface language. */
export const publishedFromHint = publishedFromHintIn(ui.dates);
