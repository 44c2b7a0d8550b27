/**
 * What an article page tells machines about itself: schema.org `NewsArticle` JSON-LD (search
 * engines, link previews, read-later apps) and the Open Graph locale. Pure functions; the page's
 * head (src/components/BaseHead.astro) gives them the article and its own absolute URLs.
 *
 * Every input is hostile (titles, bylines and site names come from saved pages): the JSON is
 * written so that nothing in it can end the `<script type="application/ld+json">` element it is
 * put in, or be read as markup by anything (see {@link scriptSafeJson}).
 */

/** The article as JSON-LD needs it. */
export interface NewsArticleInput {
  headline: string;
  /** The summary. */
  description?: string;
  /** ISO 8601, as the frontmatter has it. */
  published?: string;
  modified?: string;
  /** Authors, comma-separated (the frontmatter's `byline`). */
  byline?: string;
  /** The publisher's name (the frontmatter's `source`, or the original's host). */
  source?: string;
  /** The original article's URL. */
  originalUrl?: string;
  /** Primary language subtag. */
  lang?: string;
  /** Absolute URL of the article's page on this site. */
  url: string;
  /** Absolute URL of the lead image, when the page may show one. */
  image?: string;
  /** Topic names. */
  keywords?: readonly string[];
}

/** The byline's person names: `"Jane Doe, John Roe and Ann Poe"` → three names. */
export function bylineNames(byline: string | undefined): string[] {
  if (!byline) return [];
  const names = byline
    .replace(/^\s*(?:by|oleh)\s+/i, '')
    .split(/\s*(?:[,;&/|]|\s(?:and|dan|und|et|y|и)\s)\s*/iu)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => /[\p{L}\p{N}]/u.test(name));
  return [...new Set(names)];
}

/** The `NewsArticle` object (plain data, not yet JSON). Absent fields are left out. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const authors = bylineNames(input.byline).map((name) => ({ '@type': 'Person', name }));
  const keywords = input.keywords?.filter((keyword) => keyword.trim() !== '') ?? [];
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    ...(input.published ? { datePublished: input.published } : {}),
    ...(input.modified ? { dateModified: input.modified } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(input.source ? { publisher: { '@type': 'Organization', name: input.source } } : {}),
    ...(input.originalUrl ? { isBasedOn: input.originalUrl } : {}),
    ...(input.lang ? { inLanguage: input.lang } : {}),
    url: input.url,
    mainEntityOfPage: input.url,
    ...(input.image ? { image: input.image } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
  };
  return data;
}

/**
 * `value` as JSON that is safe as the text of a `<script>` element (and in any HTML or XML
 * text): `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`, so no `</script`, `<!--`
 * or entity can appear, and U+2028/U+2029 as escapes too (JavaScript parsers before ES2019
 * read them as line ends). JSON parsers read the same value back.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The JSON-LD text for an article page's `<script type="application/ld+json">`. */
export function newsArticleJsonLd(input: NewsArticleInput): string {
  return scriptSafeJson(newsArticle(input));
}

/**
 * `og:locale` (`language_TERRITORY`) for a language subtag: the territory where most of its
 * readers are, for the languages kliping reads dates in and a few more; undefined for the others
 * (a guessed territory would be wrong more often than helpful).
 */
const openGraphLocales: Record<string, string> = {
  ar: 'ar_AR',
  de: 'de_DE',
  en: 'en_US',
  es: 'es_ES',
  fr: 'fr_FR',
  id: 'id_ID',
  it: 'it_IT',
  ja: 'ja_JP',
  ko: 'ko_KR',
  ms: 'ms_MY',
  nl: 'nl_NL',
  pl: 'pl_PL',
  pt: 'pt_BR',
  ru: 'ru_RU',
  th: 'th_TH',
  tr: 'tr_TR',
  uk: 'uk_UA',
  vi: 'vi_VN',
  zh: 'zh_CN',
};

export function openGraphLocale(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  return Object.hasOwn(openGraphLocales, lang.toLowerCase()) ? openGraphLocales[lang.toLowerCase()] : undefined;
}
