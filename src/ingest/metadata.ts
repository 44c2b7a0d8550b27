/**
 * Read an article's metadata (title, byline, site, canonical URL, language, lead image,
 * description) from the whole saved page. Its dates are the date stage's (publication-date.ts).
 *
 * Pages state the same fact in several places that disagree in quality, so each field has an
 * order of sources, most deliberate first: JSON-LD and OpenGraph are written for machines,
 * `<meta>` tags are often CMS defaults, and visible text (an `<h1>`, a dateline) is a last
 * resort. The tree is walked once, collecting every candidate; the choices are made afterwards.
 */
import { decodeHTMLStrict } from 'entities';
import type { Element, Root, RootContent } from 'hast';
import { parseDate } from './dates.ts';
import { asArray, isArticleNode, readJsonLdNodes, stringOf, type LdNode } from './json-ld.ts';
import { BYLINE_LINE_BREAKS, FORM_PARTS, NOT_TEXT } from './html-elements.ts';
import { detectLanguage } from './language.ts';
import {
  anyOf,
  anyPattern,
  bylineNotNames,
  bylinePrefixes,
  bylineTailMonths,
  bylineTailWords,
  classParts,
  nameConjunctions,
  nameParticles as particleWords,
} from './lexicon/index.ts';
import { textContent } from './node-text.ts';
import type { ArticleMetadata } from './types.ts';
import { hostName, normalizeLang, webUrl } from '../article/fields.ts';

/** What the caller knows about the page from outside it. */
export interface MetadataHints {
  /** Where the page was saved from (`InputDocument.savedFrom`): last resort for `url`. */
  url?: string;
}

/** Read the metadata of a parsed page. Never throws; a field nothing supports is left out. */
export function readMetadata(tree: Root, hints: MetadataHints = {}): ArticleMetadata {
  const page = collect(tree);
  const ld = readJsonLd(page.jsonLd);
  const meta = (...names: string[]) => firstOf(names.map((name) => clean(page.meta.get(name))));

  const url = readUrl(page, hints);
  const host = hostName(url);
  const source = firstOf([meta('og:site_name'), clean(ld.publisher), meta('application-name'), host].map(siteName));
  const lang = readLang(page, ld);
  const siteNames = [source, host].filter((name): name is string => Boolean(name));

  const metadata: ArticleMetadata = {
    title: readTitle(page, ld, meta, siteNames),
    byline: readByline(page, ld, meta, source),
    source,
    url,
    lang,
    image: firstOf([meta('og:image', 'og:image:url', 'og:image:secure_url'), meta('twitter:image', 'twitter:image:src'), clean(ld.image)].map((value) => webUrl(value, url))),
    description: firstOf([meta('og:description'), meta('description'), meta('twitter:description'), clean(ld.description)]),
  };
  // Leave unknown fields out rather than set them to undefined: callers spread and serialize.
  for (const key of Object.keys(metadata) as Array<keyof ArticleMetadata>) {
    if (metadata[key] === undefined) delete metadata[key];
  }
  return metadata;
}

// ---------------------------------------------------------------------------------------------
// One walk over the tree.

interface Page {
  htmlLang?: string;
  /** `<meta>` content by lowercased name / property / itemprop / http-equiv; first one wins. */
  meta: Map<string, string>;
  /** All contents of the named metas, in the order of `names`. */
  metaAll(names: string[]): Array<string | undefined>;
  canonical?: string;
  jsonLd: string[];
  title?: string;
  h1s: Array<{ text: string; inArticle: boolean }>;
  /** Elements whose class, id, rel or itemprop says author / byline. */
  authorElements: Array<{ element: Element; inArticle: boolean }>;
  /** Paragraph text, for guessing the language when the page does not say. */
  sample: string;
}

const MAX_CANDIDATES = 24;
/** Trigram detection settles within a thousand characters and costs more with each one. */
const SAMPLE_LENGTH = 1000;
/** Class, id and component names of author elements (lexicon `classParts`), matched anywhere in a name. */
const authorPattern = new RegExp(anyOf(classParts.author), 'i');
/** Names of reader comments, whose authors and dates are not the article's. */
const commentPattern = new RegExp(anyOf(classParts.comment), 'i');
/**
 * Author or date: one test rules out most class names. Dates are the date stage's
 * (publication-date.ts), but a comment's date element ("comment-date") still says "not a byline".
 */
const candidatePattern = new RegExp(anyOf([...classParts.author, ...classParts.date]), 'i');

function collect(tree: Root): Page {
  const meta = new Map<string, string>();
  const page: Page = {
    meta,
    metaAll: (names) => names.map((name) => meta.get(name)),
    jsonLd: [],
    h1s: [],
    authorElements: [],
    sample: '',
  };
  visit(tree.children, page, false, false);
  return page;
}

/** Tags the walk acts on. A Map lookup beats a `switch`: parser-made tag names are not interned. */
const Tag = { Meta: 1, Link: 2, Script: 3, Title: 4, Html: 5, H1: 6, Article: 8, P: 9, Skip: 10 } as const;
type Tag = (typeof Tag)[keyof typeof Tag];
const tagCodes = new Map<string, Tag>([
  // What is not text is skipped with its content; `script` too, but for JSON-LD (its entry below wins).
  ...[...NOT_TEXT].map((tag): [string, Tag] => [tag, Tag.Skip]),
  ['meta', Tag.Meta], ['link', Tag.Link], ['script', Tag.Script], ['title', Tag.Title], ['html', Tag.Html],
  ['h1', Tag.H1], ['article', Tag.Article], ['p', Tag.P],
]);

/** The one walk, in document order. It recurses: a parsed page is at most `MAX_TREE_DEPTH` (parse.ts) deep. */
function visit(nodes: RootContent[], page: Page, inArticle: boolean, inParagraph: boolean): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'text') {
      if (inParagraph && page.sample.length < SAMPLE_LENGTH) page.sample += node.value;
      continue;
    }
    if (node.type !== 'element') continue;
    const props = node.properties;
    let childInArticle = inArticle;
    let childInParagraph = inParagraph;
    const tag = tagCodes.get(node.tagName);
    if (tag !== undefined) {
      switch (tag) {
        case Tag.Meta:
          readMetaTag(node, page.meta);
          continue;
        case Tag.Link:
          if (!page.canonical && tokens(props.rel).includes('canonical')) page.canonical = text(props.href);
          continue;
        case Tag.Script:
          if (text(props.type)?.toLowerCase().trim() === 'application/ld+json') page.jsonLd.push(textOf(node, false));
          continue;
        case Tag.Title:
          page.title ??= textOf(node, false);
          continue;
        case Tag.Skip:
          continue;
        case Tag.Html:
          page.htmlLang ??= text(props.lang) ?? text(props.xmlLang);
          break;
        case Tag.H1:
          if (page.h1s.length < 5) page.h1s.push({ text: textOf(node, true), inArticle });
          break;
        case Tag.Article:
          childInArticle = true;
          break;
        case Tag.P:
          childInParagraph = true;
          break;
      }
    }
    if (
      props.className !== undefined ||
      props.id !== undefined ||
      props.itemProp !== undefined ||
      props.rel !== undefined ||
      props.dataComponent !== undefined ||
      props.dataTestid !== undefined
    ) {
      noteCandidates(node, page, inArticle);
    }
    if (node.children.length > 0) visit(node.children, page, childInArticle, childInParagraph);
  }
}

/**
 * Note a `<meta>` tag's content under each of its names (property, name, itemprop, http-equiv),
 * lower-cased; the first tag of a name wins. The date stage reads its tags the same way.
 */
export function readMetaTag(element: Element, meta: Map<string, string>): void {
  const props = element.properties;
  const content = text(props.content) ?? text(props.value);
  if (content === undefined || !content.trim()) return;
  for (const key of [props.property, props.name, props.itemProp, props.httpEquiv]) {
    for (const name of tokens(key)) {
      const lower = name.toLowerCase();
      if (!meta.has(lower)) meta.set(lower, content);
    }
  }
}

/**
 * Remember author elements (their text is read later, only if needed). Runs on every element,
 * so it allocates nothing unless an attribute looks relevant.
 */
function noteCandidates(element: Element, page: Page, inArticle: boolean): void {
  const props = element.properties;
  let isAuthor = false;
  const itemprop = props.itemProp;
  if (itemprop !== undefined) {
    for (const name of tokens(itemprop)) if (name.toLowerCase() === 'author') isAuthor = true;
  }
  const className = props.className;
  if (Array.isArray(className)) {
    for (const name of className) {
      if (typeof name !== 'string' || !candidatePattern.test(name)) continue;
      // Commenters' names and dates ("comment-author", "comment-date") are not the article's.
      if (commentPattern.test(name)) return;
      if (!isAuthor && authorPattern.test(name)) isAuthor = true;
    }
  }
  const id = props.id;
  if (typeof id === 'string' && id && candidatePattern.test(id)) {
    if (commentPattern.test(id)) return;
    if (!isAuthor && authorPattern.test(id)) isAuthor = true;
  }
  // Component names in data attributes (`data-component="byline-block"`), as React sites write.
  const component = props.dataComponent ?? props.dataTestid;
  if (typeof component === 'string' && candidatePattern.test(component)) {
    if (!isAuthor && authorPattern.test(component)) isAuthor = true;
  }
  // A comment form's `<input id="author">` and its label are no byline.
  if (FORM_PARTS.has(element.tagName)) return;
  if (!isAuthor && element.tagName === 'a' && props.rel !== undefined) isAuthor = tokens(props.rel).includes('author');
  if (isAuthor && page.authorElements.length < MAX_CANDIDATES) page.authorElements.push({ element, inArticle });
}

// ---------------------------------------------------------------------------------------------
// JSON-LD.

interface LdFacts {
  headline?: string;
  author: string[];
  publisher?: string;
  image?: string;
  description?: string;
  inLanguage?: string;
}

/** The article node of the page's JSON-LD (in `@graph`, arrays, `mainEntity`), broken blocks skipped. */
function readJsonLd(blocks: string[]): LdFacts {
  const nodes = readJsonLdNodes(blocks);
  const byId = new Map<string, LdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value) && typeof (value as LdNode)['@id'] === 'string' && Object.keys(value).length === 1
      ? byId.get((value as LdNode)['@id'] as string) ?? value
      : value;

  const article = nodes.find(isArticleNode);
  if (!article) return { author: [] };
  const authors: string[] = [];
  for (const author of asArray(article.author ?? article.creator)) {
    const resolved = resolve(author);
    const name = typeof resolved === 'string' ? resolved : nameOf(resolved);
    if (name) authors.push(name);
  }
  return {
    headline: stringOf(article.headline) ?? stringOf(article.name),
    author: authors,
    publisher: nameOf(resolve(asArray(article.publisher)[0])),
    image: imageOf(article.image ?? article.thumbnailUrl, resolve),
    description: stringOf(article.description),
    inLanguage: stringOf(article.inLanguage) ?? nameOf(article.inLanguage),
  };
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return stringOf((value as LdNode).name);
}

function imageOf(value: unknown, resolve: (value: unknown) => unknown): string | undefined {
  for (const item of asArray(value)) {
    const image = resolve(item);
    if (typeof image === 'string') return image;
    if (image && typeof image === 'object') {
      const url = stringOf((image as LdNode).url) ?? stringOf((image as LdNode).contentUrl);
      if (url) return url;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Fields.

/** A site name as people write it; a URL given as the name becomes its host ("www.x.com" → "x.com"). */
function siteName(value: string | undefined): string | undefined {
  if (value?.startsWith('@')) return value.slice(1) || undefined;
  if (!value || !/^(?:https?:\/\/|www\.)\S+$/i.test(value)) return value;
  try {
    return new URL(/^https?:/i.test(value) ? value : `http://${value}`).hostname.replace(/^www\./, '');
  } catch {
    return value;
  }
}

function readUrl(page: Page, hints: MetadataHints): string | undefined {
  const base = webUrl(hints.url);
  const ogUrl = webUrl(clean(page.meta.get('og:url')), base);
  return webUrl(clean(page.canonical), ogUrl ?? base) ?? ogUrl ?? base;
}

/**
 * Separators between a title's segments. Global, for `matchAll` only: `matchAll` starts at the
 * pattern's `lastIndex`, so a `.test` on this same object would leave it where the last page's
 * match ended, and the next page's title would be cut differently (output depending on which
 * pages were read before it). `hasTitleSeparator` tests with its own copy.
 */
const titleSeparators = /\s+(?:\||-|–|—|::|»|·|•)\s+/g;
const hasTitleSeparator = new RegExp(titleSeparators.source);

function readTitle(
  page: Page,
  ld: LdFacts,
  meta: (...names: string[]) => string | undefined,
  siteNames: string[],
): string | undefined {
  // A segment to drop: the site's name, or a date ("23.01.2022 - Title", "Title | DW | 19.01.2020").
  const isSite = (text: string) => siteNames.some((name) => sameSite(text, name, false));
  const isNoise = (text: string) => siteNames.some((name) => sameSite(text, name, true)) || isBareDate(text);
  const documentTitle = clean(page.title);
  const candidates = [meta('og:title'), clean(ld.headline), meta('twitter:title'), clean(readH1(page, documentTitle, isSite))];
  for (const candidate of candidates) {
    const title = candidate && stripSiteName(candidate, isNoise, false);
    if (title && !isSite(title)) return title;
  }
  const stripped = documentTitle && stripSiteName(documentTitle, isNoise, true);
  return stripped && !isSite(stripped) ? stripped : undefined;
}

/** A title segment that is only a date ("19.01.2020", "Minggu, 09 Januari 2022"). */
function isBareDate(text: string): boolean {
  return text.length <= 40 && wordCount(text) <= 5 && !hasTitleSeparator.test(text) && parseDate(text) !== undefined;
}

/**
 * The page's headline `<h1>`: the first in an `<article>`, else the first one the `<title>`
 * echoes. Outside an article, an h1 is as often the logo or a hidden "Navigation" heading.
 */
function readH1(page: Page, documentTitle: string | undefined, isSite: (text: string) => boolean): string | undefined {
  const inArticle = page.h1s.find((h1) => h1.inArticle && clean(h1.text));
  if (inArticle) return inArticle.text;
  const squashedTitle = documentTitle ? squash(documentTitle) : undefined;
  return page.h1s.find((h1) => {
    const text = clean(h1.text);
    if (!text || isSite(text)) return false;
    return squashedTitle === undefined || squashedTitle.includes(squash(text));
  })?.text;
}

/**
 * Drop the site's name from "Title | Site", "Site - Title" (any of | - – — :: » ·). From a
 * `<title>`, also drop a short trailing segment ("… - Berita Terkini"): titles append sections
 * and slogans that no other source repeats.
 */
function stripSiteName(title: string, isNoise: (text: string) => boolean, dropShortTail: boolean): string {
  let current = title;
  // Twice, for "Site | Title | 19.01.2020"-like stacks. The site name may itself hold separators
  // ("Title - INCURVY Plus-Size Fashion - BLOG"), so every separator is a possible cut.
  for (let round = 0; round < 2; round++) {
    const separators = [...current.matchAll(titleSeparators)];
    let cut: string | undefined;
    for (const separator of separators) {
      const head = current.slice(0, separator.index);
      const tail = current.slice(separator.index + separator[0].length);
      if (isNoise(tail) && squash(head)) cut = head;
      else if (isNoise(head) && squash(tail)) cut = tail;
      if (cut !== undefined) break;
    }
    if (cut === undefined) break;
    current = cut;
  }
  if (dropShortTail) {
    const separators = [...current.matchAll(titleSeparators)];
    const last = separators[separators.length - 1];
    if (last) {
      const head = current.slice(0, last.index);
      const tail = current.slice(last.index + last[0].length);
      if (wordCount(tail) <= 4 && tail.length <= 30 && wordCount(head) >= 3 && head.length >= tail.length * 2) current = head;
    }
  }
  // A separator left dangling at either end ("Über André Loibl |").
  return current.replace(/^\s*(?:[|–—»·•:-]+\s+)+|(?:\s+[|–—»·•:-]+)+\s*$/g, '').trim();
}

/**
 * Whether a title segment names the site: "Suara.com" ~ "suara.com", "BBC News" ~ "bbc.co.uk",
 * "DW" ~ "dw.com", "Teufel Blog" ~ "Das Lautsprecher Teufel Blog".
 */
function sameSite(text: string, name: string, segment: boolean): boolean {
  const a = squash(text);
  const b = squash(name);
  if (!a || !b) return false;
  if (a === b) return true;
  // A segment that starts a long site name ("Fischerhütte" of "Fischerhütte | hejfish.com").
  if (segment && a.length >= 8 && b.startsWith(a)) return true;
  if (name.includes('.')) {
    // A host's first label ("bbc" of bbc.co.uk) starting a short segment ("BBC News").
    const label = squash(name.replace(/^www\./, '').split('.')[0]);
    if (a === label || (label.length >= 3 && a.startsWith(label) && wordCount(text) <= 3)) return true;
  }
  // A short segment made only of the site name's words.
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const nameWords = new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return words.length >= 2 && words.length <= 4 && words.every((word) => nameWords.has(word));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "By", "Oleh", "Penulis:" before a name (lexicon `bylines.prefixes`). */
const bylinePrefix = new RegExp(String.raw`^${anyPattern(bylinePrefixes)}(?!\p{L})\s*[:|-]?\s*`, 'iu');
/**
 * Where a byline runs into its dateline: "Jeff Foust Monday, November 18", "Ann Lee 9 Jan"
 * (lexicon `weekdays.bylineTails`, `datelines.bylineTails`, `months.bylineTails`).
 */
const bylineDateTail = new RegExp(
  String.raw`(?:^|\s+)(?:on\s+)?${anyOf(bylineTailWords)}(?!\p{L}).*$|(?:^|\s+)${anyOf(bylineTailMonths)}\p{L}*\.?\s+\d.*$|\s*\d.*$`,
  'iu',
);
const MAX_BYLINE_LENGTH = 100;
/** Lower-case words a name may hold (lexicon `nameParticles`). */
const nameParticles: ReadonlySet<string> = new Set(particleWords);
/** Between two names: punctuation, or a conjunction (lexicon `bylines.conjunctions`). */
const bylineSeparator = new RegExp(
  String.raw`\s*(?:,|;|\||&|\s[-–—]\s|(?<!\p{L})${anyOf(nameConjunctions)}(?!\p{L}))\s*`,
  'iu',
);
/** A byline segment that names no author (lexicon `bylines.notNames`). */
const nonPersonSegment = new RegExp(String.raw`^${anyOf(bylineNotNames)}\b`, 'iu');

function readByline(
  page: Page,
  ld: LdFacts,
  meta: (...names: string[]) => string | undefined,
  source: string | undefined,
): string | undefined {
  const articleAuthor = meta('article:author');
  const authorElements = page.authorElements.some((candidate) => candidate.inArticle)
    ? page.authorElements.filter((candidate) => candidate.inArticle)
    : page.authorElements;
  const sources: Array<() => Array<string | undefined>> = [
    () => ld.author,
    () => [meta('author', 'dc.creator', 'parsely-author', 'sailthru.author')],
    () => [articleAuthor],
    () =>
      authorElements
        .filter((candidate) => tokens(candidate.element.properties.rel).includes('author'))
        .map((candidate) => textOf(candidate.element, true)),
    () => authorElements.slice(0, 4).map((candidate) => textOf(candidate.element, true, '\n')),
  ];
  for (const read of sources) {
    const names = bylineNames(read(), source);
    if (names.length > 0) return names.join(', ');
  }
  return undefined;
}

/** Clean, split and deduplicate author strings into names. */
function bylineNames(values: Array<string | undefined>, source: string | undefined): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    // Longer than any list of names: an author box with a biography.
    if (!value || value.replace(/\s+/g, ' ').trim().length > MAX_BYLINE_LENGTH) continue;
    // Lines (block elements) and bars separate a byline's parts: "By Paul Kirby\nBBC News".
    for (const line of value.split(/[|\n]/)) {
      const segment = clean(line);
      if (!segment || nonPersonSegment.test(segment)) continue;
      for (const part of segment.replace(bylinePrefix, '').split(bylineSeparator)) {
        const name = part
          .replace(bylinePrefix, '')
          .replace(bylineDateTail, '')
          .replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
        if (!isPlausibleName(name, source)) continue;
        const key = name.toLowerCase();
        if (!seen.has(key)) {
          seen.add(key);
          names.push(name);
        }
      }
    }
  }
  // "Tom Davies Associated Press" next to "Tom Davies": the longer one is name plus affiliation.
  return names.filter((name) => !names.some((other) => other !== name && name.toLowerCase().startsWith(`${other.toLowerCase()} `)));
}

function isPlausibleName(name: string, source: string | undefined): boolean {
  if (name.length < 2 || name.length > 60 || wordCount(name) > 6) return false;
  if (/^(?:https?:|www\.)|@|\d/i.test(name)) return false;
  if (!/\p{L}/u.test(name)) return false;
  // Names are capitalized but for particles (van, de, bin); a run of lowercase words is prose.
  const lowercase = name.split(' ').filter((word) => /^\p{Ll}/u.test(word) && !nameParticles.has(word));
  if (lowercase.length > 1) return false;
  if (parseDate(name)) return false;
  return !(source && squash(name) === squash(source));
}

function readLang(page: Page, ld: LdFacts): string | undefined {
  const declared = [
    page.htmlLang,
    page.meta.get('content-language'),
    page.meta.get('language'),
    page.meta.get('og:locale'),
    page.meta.get('dc.language'),
    ld.inLanguage,
  ];
  for (const value of declared) {
    const lang = normalizeLang(value);
    if (lang) return lang;
  }
  return detectLanguage(page.sample.slice(0, SAMPLE_LENGTH));
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

/** Trim, collapse white space, decode leftover (double-encoded) entities, drop tags. */
function clean(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value;
  if (text.includes('&')) text = decodeHTMLStrict(text);
  if (text.includes('<')) text = text.replace(/<[^>]*>/g, ' ');
  text = text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return text || undefined;
}

function firstOf(values: Array<string | undefined>): string | undefined {
  return values.find((value) => value !== undefined && value !== '');
}


function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

function tokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

/**
 * Text content of an element, without what is not text (a byline or dateline is never in a
 * script or a form value). With `blocks`, elements are separated by a space (or by
 * `lineBreak` for those that start a line) so that words in sibling elements do not run together.
 */
function textOf(element: Element, blocks: boolean, lineBreak = ' '): string {
  const before = blocks ? (tagName: string) => (BYLINE_LINE_BREAKS.has(tagName) ? lineBreak : ' ') : undefined;
  return textContent(element, { skip: NOT_TEXT, before });
}
