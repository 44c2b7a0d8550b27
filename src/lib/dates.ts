/**
 * What the site says about where a date came from: the one place for that wording, so the
 * article page (and anything else that shows a guessed date) says it the same way.
 *
 * A date the page's metadata or the user gave (no `publishedFrom`) is shown plainly; a date the
 * ingest read into the page (src/article/format.ts, `PublishedSource`) is shown with a note
 * saying where it was found, so readers know how far to trust it.
 */
import type { PublishedSource } from '../article/format.ts';

/**
 * The note per source, short enough to follow a date in a line of metadata ("9 Jan 2022 (date
 * from the web address)"). A record, so a new source without wording fails to compile.
 */
const notes: Record<PublishedSource, string> = {
  url: 'date from the web address',
  dateline: 'date read from the page’s date line',
  text: 'date found in the page’s text',
  relative: 'date worked out from a relative date and the day the page was saved',
  weekday: 'year inferred from the weekday',
};

/** The note that follows a guessed date: `'url'` → "date from the web address". */
export function publishedFromNote(source: PublishedSource): string {
  return notes[source];
}

/**
 * How the user gives an article its date (which always wins over anything read from the page),
 * for the lists of undated articles and the tooltip of a guessed date.
 */
export const dateCorrectionHint = 'A “published:” line in the saved file’s sidecar .yml (or its frontmatter) sets the date.';

/** The tooltip of a guessed date's note: it is not the page's own claim, and how to correct it. */
export const publishedFromHint = `Not stated in the page’s metadata. ${dateCorrectionHint}`;
