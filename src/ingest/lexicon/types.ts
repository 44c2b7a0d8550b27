/**
 * The shape every language of the lexicon fills in: one field per concern (teasers, credits,
 * dates, pitches…), and inside a concern one list per rule that reads it.
 *
 * Several concerns hold more than one list of nearly the same words (three lists of weekdays,
 * three of months): the rules that read them were written at different times and match
 * different sets, and this lexicon moved their words without changing what any rule matches.
 * Each list says which rule reads it, so unifying two of them is a visible, deliberate change.
 */

/** A month, January = 1. */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** A day of the week, Sunday = 0 (as `Date#getUTCDay` counts). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Month number → its names and abbreviations, lower-cased. */
export type MonthNames = Readonly<Record<Month, readonly string[]>>;

/** Weekday number → its names, lower-cased. */
export type WeekdayNames = Readonly<Record<Weekday, readonly string[]>>;

/**
 * The source of a regular expression, for phrases with gaps or variants ("download (?:the|our)
 * [^.]{0,20}app"). Written for the flags of the rule that reads it; never with a capturing group,
 * since rules join these into one alternation and some read their own groups by number.
 */
export type PatternSource = string;

/**
 * An explicitly empty list: kliping knows no such words in this language (yet). Filling one in
 * changes what a rule does on pages in that language, so check it against the snapshot.
 */
export const none: readonly never[] = Object.freeze([]);

/** "Read also" teasers: lines that point at another article. */
export interface Teasers {
  /** Labels opening a teaser block in HTML bodies ("Baca juga", "Lesen Sie auch"); read by the tidy pass, case-insensitively. */
  readonly readAlso: readonly string[];
  /** Labels opening a teaser line in text copies, before a colon ("Baca juga: …"); read by the text reader. */
  readonly inTextCopies: readonly string[];
}

/** Photo and staff credits. */
export interface Credits {
  /** Words that open a credit line before ":", "©", "|" or "/" ("Foto: …", "Image source: …"). */
  readonly lineLabels: readonly string[];
  /** Words that may follow a line label before its colon ("Photo credit:", "Photo by:"). */
  readonly lineLabelSuffixes: readonly string[];
  /** Words that open a copyright line before ":" or "©". */
  readonly copyrightLabels: readonly string[];
  /** Credits that end a short line ("… file photo"); agencies are in `neutral.ts`. */
  readonly lineEnds: readonly PatternSource[];
  /** Labels of a credit in brackets closing a caption ("… (Foto: Getty)"). */
  readonly captionLabels: readonly string[];
  /** Labels of a credit after a caption's last sentence ("…. Foto: Archivo"). */
  readonly captionTrailers: readonly string[];
  /** Labels of a staff credit line ("Editor: Rina", "Penulis: …"). */
  readonly staffLabels: readonly string[];
}

/** Bylines: who wrote the article. */
export interface Bylines {
  /** Words opening a byline line at the top of a body ("By …", "Oleh …"), before a space; read by the tidy pass. */
  readonly lineStarts: readonly string[];
  /** Prefixes cut from an author name ("Written by", "Penulis:"), followed by a non-letter; read by the metadata reader. */
  readonly prefixes: readonly PatternSource[];
  /** Words joining two names in one byline ("A and B", "A dan B"). */
  readonly conjunctions: readonly string[];
  /** Labels of byline segments that name no author ("Editor …", "Foto …"). */
  readonly notNames: readonly string[];
}

/** Datelines: when the article was published or updated. */
export interface Datelines {
  /** Labels opening a dateline line ("Publiziert: 03.04.2020"); read by the tidy pass. */
  readonly labels: readonly string[];
  /** Words that may follow a label before the date ("Aktualisiert am …", "Published on …"). */
  readonly prepositions: readonly string[];
  /** Words that mark a short line at the top of a body as a dateline or reading time ("Updated", "Lesezeit"). */
  readonly words: readonly string[];
  /** Words where a byline runs into its dateline ("Ann Lee Published 9 Jan"); read by the metadata reader. */
  readonly bylineTails: readonly string[];
}

/**
 * Words the date stage reads around a date (src/ingest/publication-date.ts): which date a label
 * names, and dates written relative to the day a page was saved. Lower-cased.
 */
export interface Dating {
  /** Labels saying the date beside them is the publication ("Published", "Veröffentlicht am"). */
  readonly published: readonly string[];
  /**
   * Labels saying the date beside them is not the publication: a later revision ("Updated",
   * "Aktualisiert"), the page's own clock ("Aktuelle Zeit", "It is currently") or a member's
   * registration ("Registriert", "Joined") on forum pages.
   */
  readonly updated: readonly string[];
  /** Words naming a day by its distance from today ("yesterday": 1, "kemarin": 1). */
  readonly days: Readonly<Record<string, number>>;
  /** Words before "N hours" that make it a time ago ("vor", "il y a", "hace"). */
  readonly agoBefore: readonly string[];
  /** Words after "N hours" that make it a time ago ("ago", "yang lalu", "назад"). */
  readonly agoAfter: readonly string[];
  /** Units of a time ago: hours, days, minutes. */
  readonly hours: readonly string[];
  readonly dayUnits: readonly string[];
  readonly minutes: readonly string[];
}

/** Month names, for the rules that read them. */
export interface Months {
  /** Names and abbreviations the date parser reads; null where it reads none in this language. */
  readonly names: MonthNames | null;
  /** Words that count as a month in a short dateline at the top of a body; read by the tidy pass as whole words. */
  readonly metaLines: readonly string[];
  /** Stems where a byline runs into a date ("Ann Lee Jan 9"), any letters following; read by the metadata reader. */
  readonly bylineTails: readonly string[];
}

/** Weekday names, for the rules that read them. */
export interface Weekdays {
  /**
   * Names the weekday-date reader knows ("Minggu (09/01)": a weekday and a day/month without a
   * year, as Indonesian news writes them); null where it reads none in this language.
   */
  readonly names: WeekdayNames | null;
  /** Stems that may open a date-only line ("Mon, 11 Jan 2019"), any letters following; read by the tidy pass. */
  readonly dateOnlyLines: readonly string[];
  /** Names where a byline runs into its dateline ("Jeff Foust Monday, …"); read by the metadata reader. */
  readonly bylineTails: readonly string[];
}

/** Words written after a time of day. */
export interface TimeWords {
  /** What may follow the time on a date-only line ("14:30 WIB", "14.30 Uhr"); read by the tidy pass. */
  readonly suffixes: readonly string[];
  /** Zone abbreviations the date parser reads: an offset in minutes east of UTC, or an IANA zone where it moves. */
  readonly zones: Readonly<Record<string, number | string>>;
}

/** Subscribe, follow and sign-up pitches. */
export interface Pitches {
  /** A pitch anywhere in a short line at the bottom of a body; read case-insensitively between word boundaries. */
  readonly anywhere: readonly PatternSource[];
  /** A pitch opening a short line anywhere in a body. */
  readonly lineStart: readonly PatternSource[];
}

/**
 * Words of `class` and `id` attributes, matched as whole words (a word ends at anything but a
 * letter a–z; "-" inside a word also matches "_" or nothing). Lower-case letters and "-" only.
 */
export interface ClassWords {
  /** Page parts that are never the article: related lists, ads, share bars, footers. */
  readonly boilerplate: readonly string[];
  /** Reader comments. */
  readonly comments: readonly string[];
  /** Usually chrome, but also seen on wrappers of the article (headers, menus, tag lists). */
  readonly weak: readonly string[];
  /** The article body. */
  readonly content: readonly string[];
  /** Captions and photo credits. */
  readonly caption: readonly string[];
}

/** Parts of `class`, `id` and component names, matched anywhere in a name ("post-author-name"). */
export interface ClassParts {
  /** An author or byline element. */
  readonly author: readonly string[];
  /** A date or time element. */
  readonly date: readonly string[];
  /** Reader comments: their authors and dates are not the article's. */
  readonly comment: readonly string[];
}

/** Everything kliping knows of one language's boilerplate vocabulary. */
export interface Lexicon {
  /** ISO 639-1 code ("id", "en"). */
  readonly code: string;
  /** The language's English name, for messages and docs. */
  readonly name: string;
  readonly teasers: Teasers;
  /** Headings of the link lists after an article in text copies ("Berita Terkait", "Terpopuler"), as the text reader folds them. */
  readonly relatedHeadings: readonly string[];
  /** Whole-line labels of ads, players and widgets ("Advertisement", "Teilen"), lower-cased, without surrounding punctuation. */
  readonly widgetLabels: readonly string[];
  /** Labels of a keyword line ("Tags:", "Themen:"). */
  readonly tagLabels: readonly string[];
  readonly credits: Credits;
  readonly bylines: Bylines;
  readonly datelines: Datelines;
  readonly dating: Dating;
  readonly months: Months;
  readonly weekdays: Weekdays;
  readonly time: TimeWords;
  /** Appeals and disclaimers that are never the article: membership appeals, comment-form prompts, rights notices. */
  readonly appeals: readonly PatternSource[];
  readonly pitches: Pitches;
  /** Affiliate and advertising disclosures opening a line ("Werbung:", "This post contains affiliate links"). */
  readonly disclosures: readonly PatternSource[];
  /** Question words that open a subheading run into a paragraph ("Mengapa …?", "Why …?"), lower-cased. */
  readonly interrogatives: readonly string[];
  /** Class/id words in this language; the English ones every CMS uses are in `markup.ts`. */
  readonly classWords: ClassWords;
  /** Class/id name parts in this language; the English ones are in `markup.ts`. */
  readonly classParts: ClassParts;
}

// Whole concerns a language has no words for yet, named so a sparse language file says so in one
// line each (like `none` for a single list).

/** No byline words. */
export const noBylines: Bylines = { lineStarts: none, prefixes: none, conjunctions: none, notNames: none };
/** No dateline words. */
export const noDatelines: Datelines = { labels: none, prepositions: none, words: none, bylineTails: none };
/** No dating words. */
export const noDating: Dating = { published: none, updated: none, days: {}, agoBefore: none, agoAfter: none, hours: none, dayUnits: none, minutes: none };
/** No month names. */
export const noMonths: Months = { names: null, metaLines: none, bylineTails: none };
/** No weekday names. */
export const noWeekdays: Weekdays = { names: null, dateOnlyLines: none, bylineTails: none };
/** No time words. */
export const noTime: TimeWords = { suffixes: none, zones: {} };
/** No pitches. */
export const noPitches: Pitches = { anywhere: none, lineStart: none };
/** No class or id words (most are in markup.ts, for every language). */
export const noClassWords: ClassWords = { boilerplate: none, comments: none, weak: none, content: none, caption: none };
/** No class-name fragments. */
export const noClassParts: ClassParts = { author: none, date: none, comment: none };
