/**
 * The site's own words (its "chrome": header, footer, headings, pagination, notes, feed titles),
 * in the interface language of content/site.yml (`language:`). Articles keep their own language.
 *
 * One dictionary per language, `src/lib/i18n/<code>.ts`, exporting `const <code>: UiStrings`.
 * Strings may hold `{name}` placeholders, filled by {@link fill}; counts are {@link Plural}
 * forms, chosen by {@link plural}; a sentence with a link in it is split around its placeholder
 * by {@link parts}, so the page puts the link where each language wants it.
 *
 * Adding a language: copy en.ts to `<code>.ts` and translate it (its one export typed
 * `UiStrings`); that file is all: site.yml accepts its code and `dictionaries` loads it.
 * The compiler refuses a dictionary with a missing or extra string, and test/lib/i18n.test.ts a
 * string left empty or with other placeholders than English.
 *
 * Adding a page or feature: add a group to {@link UiStrings} (one per page or feature, named after
 * it), then the same group to every dictionary, at the place each file marks.
 */
import type { InterfaceLanguage } from '../../config/site.ts';
import { siteSettings } from '../settings.ts';

/**
 * The forms of a phrase with a count, by CLDR plural category (`Intl.PluralRules`): English uses
 * `one` and `other`; Indonesian has one form, so both are the same there. `{count}` is the number.
 */
export interface Plural {
  one: string;
  other: string;
}

/** Every string of the interface, grouped by page or feature. */
export interface UiStrings {
  /** About the language itself. */
  meta: {
    /** BCP 47 tag for `<html lang>` and the metadata of lists (`en`, `id`). */
    lang: string;
    /** Locale for dates and numbers (`en-GB`: "Sunday 9 January 2022"; `id-ID`: "Minggu, 9 Januari 2022"). */
    locale: string;
    /** The language's own name ("English", "Bahasa Indonesia"). */
    name: string;
  };
  /** Every page's frame: skip link, header navigation, footer, lists of topics. */
  common: {
    skipToContent: string;
    /** The header's navigation (src/components/Header.astro). */
    nav: {
      /** Its `aria-label`. */
      label: string;
      digest: string;
      topics: string;
      sources: string;
      archive: string;
      stories: string;
      feed: string;
    };
    /** `{title}`: the site's title. */
    footer: string;
    /** `aria-label` of an article's list of topics. */
    topicLinksLabel: string;
    /** A later page of a list: `{title}`, `{page}`. */
    pageTitle: string;
    /** An empty list. */
    noArticles: string;
  };
  /** Links between the pages of a list (src/components/Pagination.astro). */
  pagination: {
    /** The navigation's `aria-label`. */
    label: string;
    /** `{page}`, `{pages}`. */
    pageOf: string;
    /** A list by day: towards newer articles, and older ones. */
    newer: string;
    older: string;
    /** A list by title: the previous page and the next one. */
    previous: string;
    next: string;
  };
  /** The front page, the newest articles by day (src/pages/[...page].astro). */
  digest: {
    heading: string;
    /** Title of page 2, 3…: `{page}`. */
    pageTitle: string;
    /** Empty, but with undated articles. */
    noDatedArticles: string;
    /** The link to the undated list. */
    undatedLink: Plural;
    /** The heading of a day group with no day. */
    undatedDay: string;
  };
  /** The list of topics and each topic's pages (src/pages/topics/). */
  topics: {
    /** The list of topics: title and heading, and its description (`{site}`). */
    listTitle: string;
    listDescription: string;
    /** `{count}` articles of a topic. */
    articleCount: Plural;
    /** The link to a topic's feed. */
    feedLink: string;
    noTopics: string;
    /** A topic page's title after page 1: `{topic}`, `{page}`. */
    pageTitle: string;
    /** A topic's description when topics.yml gives none: `{topic}`. */
    description: string;
    noDatedArticles: string;
    /** The link to the topic's undated list. */
    undatedLink: Plural;
  };
  /** The lists of articles without a date (src/pages/undated/, src/pages/topics/[topic]/undated/). */
  undated: {
    heading: string;
    description: string;
    /** Why these are here. */
    lead: string;
    empty: string;
    /** A topic's list: `{topic}`. */
    topicHeading: string;
    topicDescription: string;
    /** `{link}`: {@link topicLeadLink}, to the topic's pages. */
    topicLead: string;
    topicLeadLink: string;
    topicEmpty: string;
  };
  /** Where a guessed publication date came from (src/lib/dates.ts), by `publishedFrom`. */
  dates: {
    url: string;
    dateline: string;
    text: string;
    relative: string;
    weekday: string;
    /** How the user gives an article its date. */
    correctionHint: string;
    /** The tooltip of a guessed date, before the correction hint. */
    notStated: string;
  };
  /** One article's page (src/layouts/ArticleLayout.astro). */
  article: {
    titleGuessed: string;
    /** `{byline}`. */
    byline: string;
    /** Before the date of the last update. */
    updated: string;
    /** Before the link to the original. */
    original: string;
    /** Before the other saved copies. */
    alsoSavedAs: string;
  };
  /** The address of a saved copy, leading to its article (src/layouts/RedirectLayout.astro). */
  redirect: {
    heading: string;
    /** `{link}`: the article's title, linking to it. */
    body: string;
  };
  /** The page for an unknown address (src/pages/404.astro). */
  notFound: {
    title: string;
    /** `{latest}` and `{topics}`: links to the digest and to the topics. */
    body: string;
    latestLink: string;
    topicsLink: string;
  };
  /** Feeds' own words (src/pages/rss.xml.ts, src/pages/topics/[topic]/rss.xml.ts). */
  feeds: {
    /** A topic's feed title: `{topic}`, `{site}`. */
    topicTitle: string;
    /** A topic's feed description when topics.yml gives none: `{topic}`. */
    topicDescription: string;
  };
  /** Related reading after an article (src/layouts/ArticleLayout.astro). */
  related: {
    heading: string;
  };
  /** The search page and the header's search box (src/pages/search.astro, src/components/SearchBox.astro). */
  search: {
    /** The page's title and heading. */
    title: string;
    description: string;
    /** The search box's accessible name and placeholder. */
    label: string;
    button: string;
    /** The filters: their labels and their "any" choice. */
    topic: string;
    allTopics: string;
    source: string;
    allSources: string;
    /** Without JavaScript: `{topics}`, `{digest}`, `{undated}`: links to those lists. */
    needsJavaScript: string;
    topicsLink: string;
    digestLink: string;
    undatedLink: string;
    /** While Pagefind loads. */
    loading: string;
    /** When the site was built without its index. */
    unavailable: string;
    /** `{count}` results for `{term}`. */
    found: Plural;
    /** No result for `{term}`. */
    none: string;
    /** After {@link found} when only the first `{shown}` are listed. */
    firstShown: string;
  };
  /** The outlets and each outlet's articles (src/pages/sources/). */
  sources: {
    /** The list's title and heading, and its description (`{site}`). */
    title: string;
    description: string;
    /** `{count}` articles of an outlet. */
    articleCount: Plural;
    /** An outlet's page: its title after page 1 (`{source}`, `{page}`), description (`{source}`), count line (`{count}`). */
    pageTitle: string;
    sourceDescription: string;
    sourceCount: Plural;
    /** The link back to the list, and to an article's outlet page on the article (`{source}`). */
    allSources: string;
    moreFrom: string;
    /** The name of an outlet nothing names. */
    unknown: string;
  };
  /** The archive by month (src/pages/archive/). */
  archive: {
    /** The list of months: title, heading, description (`{site}`). */
    title: string;
    description: string;
    /** `{count}` articles of a month. */
    articleCount: Plural;
    noDatedArticles: string;
    /** A month's page: title after page 1 (`{month}`, `{page}`), description (`{month}`). */
    pageTitle: string;
    monthDescription: string;
    allMonths: string;
  };
  /** Stories: articles about one event (src/pages/stories/, src/components/StorySummary.astro). */
  stories: {
    /** The list's title and heading, its description (`{site}`) and its lead. */
    title: string;
    description: string;
    lead: string;
    empty: string;
    /** What marks a story in the digest. */
    label: string;
    /** `{count}` articles of a story, and `{count}` outlets ("from 2 outlets"). */
    articleCount: Plural;
    outletCount: Plural;
    /** The days a story spans: `{first}`, `{last}`. */
    span: string;
    /** Its outlets (`{outlets}`, a list) and its languages (`{languages}`, a list). */
    outlets: string;
    languages: string;
    /** A story's page: its description (`{outlets}`), headings, the link back to the list. */
    storyDescription: string;
    articlesHeading: string;
    timelineHeading: string;
    allStories: string;
    /** On an article's page: `{story}` (its headline, linking to it), `{articles}` and `{outlets}` (the counts above). */
    partOf: string;
  };
  // New groups go here, one per page or feature (search, sources, archive…), and in every dictionary.
}

/**
 * Every dictionary, by language code: each file `<code>.ts` of this folder (its one export), so
 * that a language is added by adding its file (src/config/site.ts reads the same folder to check
 * site.yml's `language`).
 */
export const dictionaries: Readonly<Record<InterfaceLanguage, UiStrings>> = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, UiStrings>>(['./*.ts', '!./index.ts'], { eager: true })).map(([file, module]) => [
    file.slice(2, -3),
    Object.values(module)[0],
  ]),
);

/** The dictionary of `language` (one of the files of this folder: site.yml is checked against them). */
export function dictionaryFor(language: InterfaceLanguage): UiStrings {
  const dictionary = dictionaries[language];
  if (!dictionary) throw new Error(`no dictionary for the interface language ${JSON.stringify(language)} in src/lib/i18n/`);
  return dictionary;
}

/** The interface's words in the language of content/site.yml. */
export const ui: UiStrings = dictionaryFor(siteSettings.language);

/** The interface language as a BCP 47 tag, for `<html lang>` and everything the site writes in it. */
export const uiLang: string = ui.meta.lang;

/** The locale of the interface's dates and numbers. */
export const uiLocale: string = ui.meta.locale;

/** The codes of the languages the interface speaks. */
export const uiLanguages: readonly InterfaceLanguage[] = Object.keys(dictionaries).sort();

/** `{name}` placeholders of a template. */
const placeholder = /\{(\w+)\}/g;

/** Numbers as the interface writes them ("1,234" in English, "1.234" in Indonesian). */
export function formatNumber(value: number, locale = uiLocale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * A template with its placeholders filled: `fill('Page {page} of {pages}', { page: 2, pages: 3 })`
 * → "Page 2 of 3". Numbers are written in `locale`; a placeholder without a value stays as is.
 */
export function fill(template: string, values: Record<string, string | number>, locale = uiLocale): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Plural rules by locale, made once. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of `forms` for `count`, filled (`{count}` and `values`): "1 article", "3 articles". */
export function plural(forms: Plural, count: number, values: Record<string, string | number> = {}, locale = uiLocale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(count);
  const form = category === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count }, locale);
}

/** A piece of a template: text, or the name of a placeholder the page fills (with a link, say). */
export type TemplatePart = { text: string } | { slot: string };

/**
 * A template cut at its placeholders, for sentences with links in them: `parts('Try the {latest}.')`
 * → `[{ text: 'Try the ' }, { slot: 'latest' }, { text: '.' }]`.
 */
export function parts(template: string): TemplatePart[] {
  const result: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholder)) {
    if (match.index > last) result.push({ text: template.slice(last, match.index) });
    result.push({ slot: match[1] });
    last = match.index + match[0].length;
  }
  if (last < template.length) result.push({ text: template.slice(last) });
  return result;
}

/** The placeholder names of a template, sorted (for checking that translations keep them). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1]).sort();
}

/** Language names by locale, made once. */
const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the interface's words: `languageName('id')` → "Indonesian" ("Indonesia" in Indonesian); an unknown code as it is. */
export function languageName(code: string, locale = uiLocale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a well-formed language code: nothing to name.
    return code;
  }
}

/** List formatters by locale, made once. */
const listFormats = new Map<string, Intl.ListFormat>();

/** Items as a sentence writes them: "Suara.com, ТАСС and Reuters" ("…, ТАСС, dan Reuters" in Indonesian). */
export function formatList(items: readonly string[], locale = uiLocale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}
