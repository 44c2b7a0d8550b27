/**
 * The lexicon: the words of boilerplate (teasers, credits, datelines, pitches…) in every
 * language kliping reads, one file per language, merged here into the lists the ingest
 * stages build their rules from. Adding a language is adding its file and listing it below.
 *
 * Merged lists keep the order of `languages` and drop repeats (several languages share words:
 * "foto", "autor"). Order does not change what a rule matches: most rules only ask whether a
 * line matches, and those that read the match either sort their words longest first or are
 * built so that two of their words cannot match at the same place.
 */
import { markupClassParts, markupClassWords, widgetWords } from './markup.ts';
import { captionAgencies, nameParticles, neutralTime, newsAgencies, photoAgencyCredits } from './neutral.ts';
import type { ClassParts, ClassWords, Lexicon, Month, PatternSource, Weekday } from './types.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hu } from './hu.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

export type * from './types.ts';
export { anyOf, anyPattern, escapeRegExp, longestFirst } from './alternation.ts';
export { captionAgencies, nameParticles, newsAgencies, widgetWords };

/** Every language of the lexicon, by code. */
export const languages: readonly Lexicon[] = [ar, de, en, es, fr, hu, id, it, nl, pl, pt, ru, uk];

/** The words `pick` takes from each language, then `extra`, without repeats. */
function merged(pick: (lexicon: Lexicon) => readonly string[], extra: readonly string[] = []): readonly string[] {
  return [...new Set([...languages.flatMap(pick), ...extra])];
}

// Teasers and related lists.

/** "Read also" labels opening a teaser block in an HTML body. */
export const readAlsoPhrases = merged((l) => l.teasers.readAlso);
/** Labels opening a teaser line in a text copy. */
export const textCopyTeasers = merged((l) => l.teasers.inTextCopies);
/** Headings of the link lists after an article in a text copy. */
export const relatedHeadings = merged((l) => l.relatedHeadings);

// Labels.

/** Whole-line labels of ads, players and widgets. */
export const widgetLabels = merged((l) => l.widgetLabels);
/** Labels of a keyword line. */
export const tagLabels = merged((l) => l.tagLabels);

// Credits.

/** Words opening a credit line. */
export const creditLabels = merged((l) => l.credits.lineLabels);
/** Words between a credit label and its colon. */
export const creditLabelSuffixes = merged((l) => l.credits.lineLabelSuffixes);
/** Words opening a copyright line. */
export const copyrightLabels = merged((l) => l.credits.copyrightLabels);
/** Credits ending a short line: the languages' words and the agencies. */
export const creditLineEnds: readonly PatternSource[] = merged((l) => l.credits.lineEnds, photoAgencyCredits);
/** Labels of a credit in brackets closing a caption. */
export const captionCreditLabels = merged((l) => l.credits.captionLabels);
/** Labels of a credit after a caption's last sentence. */
export const captionCreditTrailers = merged((l) => l.credits.captionTrailers);
/** Labels of a staff credit line. */
export const staffLabels = merged((l) => l.credits.staffLabels);

// Bylines.

/** Words opening a byline line at the top of a body. */
export const bylineLineStarts = merged((l) => l.bylines.lineStarts);
/** Prefixes cut from an author name. */
export const bylinePrefixes: readonly PatternSource[] = merged((l) => l.bylines.prefixes);
/** Words joining two names in one byline. */
export const nameConjunctions = merged((l) => l.bylines.conjunctions);
/** Labels of byline segments that name no author. */
export const bylineNotNames = merged((l) => l.bylines.notNames);

// Datelines and dates.

/** Labels opening a dateline line. */
export const datelineLabels = merged((l) => l.datelines.labels);
/** Words between a dateline label and its date. */
export const datelinePrepositions = merged((l) => l.datelines.prepositions);
/** Words marking a short line at the top of a body as a dateline. */
export const datelineWords = merged((l) => l.datelines.words);
/** Words and weekdays where a byline runs into its dateline. */
export const bylineTailWords = merged((l) => [...l.weekdays.bylineTails, ...l.datelines.bylineTails]);
/** Month stems where a byline runs into a date. */
export const bylineTailMonths = merged((l) => l.months.bylineTails);
/** Words that count as a month in a short dateline at the top of a body. */
export const metaLineMonths = merged((l) => l.months.metaLines);
/** Weekday stems that may open a date-only line. */
export const dateOnlyWeekdays = merged((l) => l.weekdays.dateOnlyLines);
/** What may follow the time on a date-only line. */
export const timeSuffixes = merged((l) => l.time.suffixes, neutralTime.suffixes);

/** Labels naming a date as the publication, in every language (the date stage). */
export const publishedLabels = merged((l) => l.dating.published);
/** Labels naming a date as a revision. */
export const updatedLabels = merged((l) => l.dating.updated);
/** Words naming a day by its distance from today → that distance in days. */
export const relativeDayWords: Readonly<Record<string, number>> = Object.assign({}, ...languages.map((l) => l.dating.days));
/** Words around "N hours" that make it a time ago, and the units by kind. */
export const agoWords = {
  before: merged((l) => l.dating.agoBefore),
  after: merged((l) => l.dating.agoAfter),
  hours: merged((l) => l.dating.hours),
  days: merged((l) => l.dating.dayUnits),
  minutes: merged((l) => l.dating.minutes),
};

/** Every month name the date parser reads → its number. */
export const monthNumbers: Readonly<Record<string, Month>> = Object.fromEntries(
  languages.flatMap((l) =>
    Object.entries(l.months.names ?? {}).flatMap(([month, names]) => names.map((name) => [name, Number(month) as Month])),
  ),
);

/** Every weekday name the weekday-date reader knows → its day (Sunday = 0). */
export const weekdayNumbers: Readonly<Record<string, Weekday>> = Object.fromEntries(
  languages.flatMap((l) =>
    Object.entries(l.weekdays.names ?? {}).flatMap(([day, names]) => names.map((name) => [name, Number(day) as Weekday])),
  ),
);

/** Every zone abbreviation the date parser reads → its offset (minutes east of UTC) or IANA zone. */
export const timeZones: Readonly<Record<string, number | string>> = Object.assign(
  {},
  neutralTime.zones,
  ...languages.map((l) => l.time.zones),
);

// Appeals and pitches.

/** Appeals and disclaimers that are never the article. */
export const appealPatterns: readonly PatternSource[] = merged((l) => l.appeals);
/** Pitches anywhere in a short line at the bottom of a body. */
export const pitchPatterns: readonly PatternSource[] = merged((l) => l.pitches.anywhere);
/** Pitches opening a short line. */
export const pitchStartPatterns: readonly PatternSource[] = merged((l) => l.pitches.lineStart);
/** Affiliate and advertising disclosures opening a line. */
export const disclosurePatterns: readonly PatternSource[] = merged((l) => l.disclosures);

// Text copies.

/** Question words that open a run-in subheading. */
export const interrogatives = merged((l) => l.interrogatives);

// Markup.

/** Class/id words: each language's and the English ones of every CMS. */
export const classWords: ClassWords = {
  boilerplate: merged((l) => l.classWords.boilerplate, markupClassWords.boilerplate),
  comments: merged((l) => l.classWords.comments, markupClassWords.comments),
  weak: merged((l) => l.classWords.weak, markupClassWords.weak),
  content: merged((l) => l.classWords.content, markupClassWords.content),
  caption: merged((l) => l.classWords.caption, markupClassWords.caption),
};

/** Class/id name parts: each language's and the English ones. */
export const classParts: ClassParts = {
  author: merged((l) => l.classParts.author, markupClassParts.author),
  date: merged((l) => l.classParts.date, markupClassParts.date),
  comment: merged((l) => l.classParts.comment, markupClassParts.comment),
};
