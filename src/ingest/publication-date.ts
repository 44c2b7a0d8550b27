/**
 * The date stage: on which day was this article published, and how sure can we be?
 *
 * A saved page states its date in many places that disagree in quality: JSON-LD and meta tags
 * written for machines, a `<time>` element under the headline, the day in the web address, a
 * dateline in the page's own words ("Senin, 4 Mei 2020", "3 квітня 2020"), or only somewhere in
 * its text. And it holds other dates that are not the article's: "updated" lines, reader
 * comments, the headlines of other articles in a sidebar, the current day in a header, a
 * copyright year, an embedded post. One walk over the page collects every piece of evidence
 * with where it stood (the headline's own article, a teaser, a comment, a sidebar or menu); the
 * choice is made afterwards, most deliberate source first:
 *
 * 1. what the publisher declared for machines: JSON-LD `datePublished` (an article's before a
 *    web page's), `article:published_time` and the other specific meta names, microdata,
 *    `<time pubdate>`. Unless the page shows another day with its headline (a date line or a
 *    labelled "Published" date within {@link NEAR_HEADLINE} characters, not labelled as an
 *    update): declarations are often a CMS record's, the date line is what readers are shown.
 *    A UTC instant becomes the publisher's wall-clock day (the same instant declared with an
 *    offset elsewhere, else the zone of the site's country or language); one day off the day
 *    in the address, the address wins;
 * 2. the day in the web address (`/2022/01/09/`, `/2022/jan/09/`, `/09-01-2022-…`): `url`;
 * 3. the date shown with the headline; `<time datetime>`, `data-*` timestamps, then the text of
 *    elements named date/time/meta/byline (`dateline`), nearest the headline first, never an
 *    update, a comment or a sidebar's;
 * 4. generic meta dates (`date`, `DC.date`: often the page record's creation), then a
 *    publication date in the page's script data (`"published_at": …`);
 * 5. a date labelled as the publication anywhere in the text ("Veröffentlicht am 3.4.2019"),
 *    then the first date written just after the headline (`text`);
 * 6. with a save date known: "2 hours ago", "kemarin" (`relative`);
 * 7. the date the page's text repeats most, or its only one (`text`).
 *
 * Every date must be plausible: not after the day the page was saved (or today), not before 1995.
 * The order of these rules was measured on ../shared/bench/dates (`npm run bench:dates`), each
 * kept only when neither half of the bench got worse.
 */
import type { Element, Root, RootContent } from 'hast';
import type { PublishedSource } from '../article/format.ts';
import { findDates, inZone, parseDate, type DateInText } from './dates.ts';
import { isArticleNode, readJsonLdNodes, stringOf } from './json-ld.ts';
import { readMetaTag } from './metadata.ts';
import { NOT_TEXT } from './html-elements.ts';
import { agoWords, anyOf, classParts, escapeRegExp, longestFirst, monthNumbers, publishedLabels, relativeDayWords, updatedLabels } from './lexicon/index.ts';
import { textContent } from './node-text.ts';

/** What the caller knows about the page from outside it. */
export interface FindPublishedOptions {
  /** The page's language (BCP 47): decides "09/01/2022" (see `parseDate`). */
  lang?: string;
  /** The article's web address (canonical, or where it was saved from). */
  url?: string;
  /** When the page was saved, if known: the latest plausible date, and "today" for "2 hours ago". */
  savedAt?: Date;
  /** Today: the latest plausible date when the save date is unknown. */
  now?: Date;
}

/** The dates the stage settles on. */
export interface PublicationDates {
  /** ISO 8601 date or date-time with the publisher's offset. */
  published?: string;
  /** Where `published` was read, when not from the page's metadata (see {@link PublishedSource}). */
  from?: PublishedSource;
  /** The last revision, when the page declares one. */
  modified?: string;
}

/** Oldest plausible publication day: no news page on the web is older. */
const OLDEST_DAY = '1995-01-01';
/** A date element's text longer than this is a container (a whole byline block, a list), not a date. */
const MAX_DATELINE_LENGTH = 160;
/** How far after the headline (in characters of text) a written date still counts as its dateline. */
const NEAR_HEADLINE = 1500;
/** At most this many candidates of a kind are kept: a listing page can hold thousands. */
const MAX_CANDIDATES = 60;
/** At most this much of a page's text is searched (a long page's dates are at its top). */
const MAX_TEXT = 60_000;
/** How much text before the headline is searched too (a dateline above the title). */
const TEXT_BEFORE_HEADLINE = 3_000;
/** At most this much of a page's text is collected. */
const MAX_COLLECTED = 2_000_000;

/** Find the publication date (and the last revision) of a parsed page. Never throws. */
export function findPublicationDates(tree: Root, options: FindPublishedOptions = {}): PublicationDates {
  const evidence = collect(tree);
  labelFromContext(evidence);
  const latest = options.savedAt ?? options.now ?? new Date();
  const lang = withRegion(options.lang, options.url);
  const parse = (value: string | undefined): string | undefined => {
    const cleaned = value?.replace(/\s+/g, ' ').trim();
    const date = cleaned ? parseDate(cleaned, { lang, now: latest }) : undefined;
    return date && date.slice(0, 10) >= OLDEST_DAY ? date : undefined;
  };
  const ld = readJsonLd(evidence.jsonLd);
  const modified = firstOf([...ld.modified, ...modifiedNames.map((name) => evidence.meta.get(name)), ...evidence.itemprop.modified], parse);

  const urlDay = options.url ? dayInUrl(options.url, latest) : undefined;

  // Which asides are real: one holding the headline is the page's frame.
  const headline = chooseHeadline(evidence, ld.headline ?? evidence.meta.get('og:title') ?? evidence.title);
  const frame = new Set(headline?.asides ?? []);
  const isAside = (asides: Asides) => asides.some((id) => !frame.has(id));
  const at = headline?.at;

  // The publisher's own date line right at the headline, as readers see it.
  const { text, offset } = readableText(evidence, isAside, at);
  const dates = plausibleTogether(findDates(text, { lang, now: latest }).filter((date) => date.day >= OLDEST_DAY), modified);
  const shown = shownDate(evidence, headline, isAside, parse) ?? labelledNearHeadline(text, offset, dates, at);

  // 1. Declared for machines.
  const declaredValues = [
    ...ld.published,
    ...publishedNames.map((name) => evidence.meta.get(name)),
    ...evidence.itemprop.published,
    ...evidence.times.filter((time) => time.published).map((time) => time.value),
  ];
  const declared = firstOf(declaredValues, parse);
  if (declared) {
    if (shown && shown.date.slice(0, 10) !== declared.slice(0, 10) && !urlDay) {
      return withModified({ published: shown.date, ...(shown.from ? { from: shown.from } : {}) }, modified);
    }
    if (urlDay && isUtc(declared) && Math.abs(dayDifference(declared.slice(0, 10), urlDay)) === 1) {
      return withModified({ published: urlDay, from: 'url' }, modified);
    }
    // A UTC instant is stored, not what readers saw: their day is the publisher's. Another
    // declaration of the same instant in the publisher's offset says which; else the zone of
    // the site's country or language, when it has one.
    if (isUtc(declared)) {
      const zone = publisherZone(options.lang, options.url);
      const local =
        sameInstantElsewhere(declared, [...declaredValues, ...genericPublishedNames.map((name) => evidence.meta.get(name)), ...evidence.times.map((time) => time.value)], parse) ??
        (zone ? inZone(declared, zone) : undefined);
      if (local) return withModified({ published: local }, modified);
    }
    // A CMS often gives the local time without its zone ("2022/01/09 14:30:12") while the date
    // line says "Minggu, 09 Jan 2022 14:30 WIB": the same minute, with a zone.
    if (/T[\d:]+$/.test(declared)) {
      const zoned = [...evidence.times, ...evidence.datelines]
        .map((candidate) => parse(candidate.value))
        .find((date) => date?.startsWith(declared.slice(0, 16)) && !/T[\d:]+$/.test(date));
      if (zoned) return withModified({ published: declared + zoned.slice(19) }, modified);
    }
    return withModified({ published: declared }, modified);
  }

  // 2. The web address.
  if (urlDay) return withModified({ published: urlDay, from: 'url' }, modified);

  // 3. Markup near the headline: what is shown with it first.
  if (shown) return withModified({ published: shown.date, ...(shown.from ? { from: shown.from } : {}) }, modified);
  const byDistance = (candidates: Candidate[]) =>
    candidates.filter((candidate) => !isAside(candidate.asides)).sort((a, b) => rank(a, headline) - rank(b, headline));
  for (const time of byDistance(evidence.times)) {
    const date = parse(time.value);
    if (date) return withModified({ published: date }, modified);
  }
  for (const stamp of byDistance(evidence.stamps)) {
    const date = parse(stamp.value);
    if (date) return withModified({ published: date }, modified);
  }
  const datelines = byDistance(evidence.datelines);
  for (const element of datelines.filter((line) => !line.updated)) {
    const date = parse(element.value);
    if (date) return withModified({ published: date, from: 'dateline' }, modified);
  }

  // Generic meta dates: TYPO3 and other CMSes fill `date` / `DC.date` with the page record's creation.
  const generic = firstOf([...genericPublishedNames.map((name) => evidence.meta.get(name)), ...otherPublishedMeta(evidence.meta)], parse);
  if (generic) return withModified({ published: generic }, modified);

  // A date in the page's own data.
  const fromScript = parse(evidence.scriptDate);
  if (fromScript) return withModified({ published: fromScript }, modified);

  // 4. The text: a labelled date, then the first date after the headline.
  for (const date of dates) {
    if (labelBefore(text, date.index) === 'published') return withModified({ published: date.day, from: 'text' }, modified);
  }
  if (at !== undefined) {
    const start = at - offset;
    const near = dates.find((date) => date.index >= start && date.index - start <= NEAR_HEADLINE && labelBefore(text, date.index) !== 'updated');
    if (near) return withModified({ published: near.day, from: 'text' }, modified);
  }

  // 5. Relative to the save date.
  if (options.savedAt) {
    const near = at === undefined ? '' : text.slice(at - offset, at - offset + 400);
    const relative = readRelative([...datelines.filter((line) => !line.updated).map((line) => line.value.toLowerCase()), near], options.savedAt);
    if (relative) return withModified({ published: relative, from: 'relative' }, modified);
  }

  // 6. What the text repeats most.
  const common = mostFrequent(dates);
  if (common) return withModified({ published: common, from: 'text' }, modified);
  return modified ? { modified } : {};
}

/**
 * The date shown with the headline: the nearest `<time>` or date line within
 * {@link NEAR_HEADLINE} of it, inside the article, not labelled as an update.
 */
function shownDate(
  evidence: Evidence,
  headline: Heading | undefined,
  isAside: (asides: Asides) => boolean,
  parse: (value: string | undefined) => string | undefined,
): { date: string; from?: PublishedSource } | undefined {
  if (headline === undefined) return undefined;
  const at = headline.at;
  const near = (candidate: Candidate) =>
    !isAside(candidate.asides) && !candidate.updated && candidate.at >= at - NEAR_HEADLINE / 2 && candidate.at <= at + NEAR_HEADLINE;
  const candidates = [
    ...evidence.times.filter(near).map((candidate) => ({ candidate, from: undefined })),
    ...evidence.datelines.filter(near).map((candidate) => ({ candidate, from: 'dateline' as const })),
  ].sort((a, b) => rank(a.candidate, headline) - rank(b.candidate, headline));
  for (const { candidate, from } of candidates) {
    const date = parse(candidate.value);
    if (date) return { date, from };
  }
  return undefined;
}

/** A date labelled as the publication ("Publié le 29 juin 2019") written near the headline. */
function labelledNearHeadline(text: string, offset: number, dates: DateInText[], at: number | undefined): { date: string; from: PublishedSource } | undefined {
  if (at === undefined) return undefined;
  const start = at - offset;
  const date = dates.find(
    (date) => date.index >= start - NEAR_HEADLINE / 2 && date.index <= start + NEAR_HEADLINE && labelBefore(text, date.index) === 'published',
  );
  return date ? { date: date.day, from: 'text' } : undefined;
}

/**
 * The article's headline: the `<h1>` that opens the page's title (a page has a logo or a menu in
 * an `<h1>` too), else the first inside `<article>`, else the first.
 */
function chooseHeadline(evidence: Evidence, title: string | undefined): Heading | undefined {
  // A menu lists the article's own title among others: the headline is not in one.
  const headings = evidence.headings.filter((heading) => heading.text.length > 0 && !heading.asides.some((id) => evidence.chrome.has(id)));
  const wanted = title?.replace(/\s+/g, ' ').trim().toLowerCase();
  if (wanted) {
    // The heading that is most of the title ("Kolumne: Queer Royal" is only its first segment).
    let best: Heading | undefined;
    let bestLength = 0;
    for (const heading of headings) {
      if (heading.text.length < 8) continue;
      const overlap = wanted.includes(heading.text) ? heading.text.length : heading.text.includes(wanted) ? wanted.length : wanted.includes(heading.text.slice(0, 40)) || heading.text.includes(wanted.slice(0, 40)) ? 40 : 0;
      if (overlap > bestLength) [best, bestLength] = [heading, overlap];
    }
    if (best) return best;
  }
  const h1s = headings.filter((heading) => heading.level === 1);
  return h1s.find((h1) => h1.inArticle) ?? h1s[0];
}

/**
 * The lower-cased text to search for written dates, asides blanked out (so offsets stay those of
 * the walk): around the headline when there is one (a page's top can be a huge menu), else from
 * the start. `offset` is where the returned text starts in the page's text.
 */
function readableText(evidence: Evidence, isAside: (asides: Asides) => boolean, headline: number | undefined): { text: string; offset: number } {
  const start = headline === undefined ? 0 : Math.max(0, headline - TEXT_BEFORE_HEADLINE);
  const end = start + MAX_TEXT;
  const parts: string[] = [];
  let position = 0;
  for (const piece of evidence.text) {
    const next = position + piece.value.length;
    if (next > start && position < end) parts.push(isAside(piece.asides) ? ' '.repeat(piece.value.length) : piece.value);
    position = next;
    if (position >= end) break;
  }
  // The first piece may begin before `start`: offsets count from where it begins.
  let offset = 0;
  position = 0;
  for (const piece of evidence.text) {
    if (position + piece.value.length > start) break;
    position += piece.value.length;
  }
  offset = position;
  return { text: parts.join('').toLowerCase(), offset };
}

function withModified(dates: PublicationDates, modified: string | undefined): PublicationDates {
  return modified ? { ...dates, modified } : dates;
}

// ---------------------------------------------------------------------------------------------
// The walk.

/** One date-bearing element: its value, where it stood, what it says it is. */
interface Candidate {
  value: string;
  /** Offset in the page's text where the element starts. */
  at: number;
  /** Inside `<article>` or `<main>`. */
  inArticle: boolean;
  /** The number of the innermost `<article>` or `<main>` around it (0: none). */
  article: number;
  /** The sidebars, navigation and related lists it stands in (see {@link Evidence.asides}). */
  asides: Asides;
  /** Says it is the publication (`<time pubdate>`, class "published", a "Published" label). */
  published: boolean;
  /** Says it is a revision (class "updated", an "Updated" label). */
  updated: boolean;
}

/**
 * The numbers of the aside elements (nav, aside, footer, class "sidebar", "related"…) around a
 * node, outermost first. Whether one really is an aside is settled after the walk: one that
 * holds the headline is the page's frame (Blogger's main column is a `div.widget`), not a sidebar.
 */
type Asides = readonly number[];

interface Heading {
  level: number;
  /** Lower-cased, white space collapsed. */
  text: string;
  at: number;
  inArticle: boolean;
  article: number;
  asides: Asides;
}

interface Evidence {
  meta: Map<string, string>;
  jsonLd: string[];
  title?: string;
  itemprop: { published: string[]; modified: string[] };
  times: Candidate[];
  stamps: Candidate[];
  datelines: Candidate[];
  /** The first publication date in a script's data (`"published_at":"2019-03-02T06:22:28+01:00"`). */
  scriptDate?: string;
  /** The first headings (h1–h3): the article's headline is one of them. */
  headings: Heading[];
  /** The page's text in reading order (without scripts, styles and comment sections), piece by piece. */
  text: Array<{ value: string; asides: Asides }>;
  length: number;
  asideCount: number;
  /** The asides that are `<nav>`, `<aside>` or `<footer>` elements: never around the headline. */
  chrome: Set<number>;
  articleCount: number;
}

/** Elements whose text is a block of its own: a space keeps their words apart in the text. */
const BLOCKS = new Set(['p', 'div', 'li', 'td', 'th', 'tr', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'span', 'time', 'dd', 'dt', 'blockquote', 'figcaption', 'a']);
/** Headings that may be the article's headline (Blogger titles a post with an `<h3>`). */
const HEADINGS = new Map([['h1', 1], ['h2', 2], ['h3', 3]]);
const MAX_HEADINGS = 40;
/** A page's own data in a script (Shopify, Next.js): the keys its publication date goes by. */
const scriptDatePattern = /["'](?:datePublished|date_published|published_at|publishedAt|publishDate|publish_date|publicationDate|publication_date|firstPublished(?:At|Date)?|first_published_at|created_at|createdAt|dateCreated)["']\s*:\s*["'](\d{4}-\d{2}-\d{2}[^"']{0,30})["']/;
/** Longer scripts are libraries, not a page's data. */
const MAX_SCRIPT = 1_000_000;
/** Where other articles' dates live: navigation, sidebars, footers, related lists. */
const ASIDE_TAGS = new Set(['nav', 'aside', 'footer']);
// A class word that starts with one of these ("sidebar-right", "related-posts", "widget_recent"):
// not "has-sidebar" or "page-with-widgets", which wrap the whole page.
const asidePattern = /(?:^|\s)(?:sidebar|side-bar|related|recommend|popular|trending|most-?read|teaser-list|more-news|latest|instagram-media|twitter-tweet|tiktok-embed|fb-post)/i;
/** Inside the article, only lists of other articles: a "sidebar" there holds the article's own details. */
const asideInArticlePattern = /(?:^|\s)(?:related|recommend|popular|trending|most-?read|more-news|instagram-media|twitter-tweet|tiktok-embed|fb-post)/i;
/**
 * Reader comments, never the article's date: a class word that starts with a comment word or
 * has one after `-` or `_` ("comment-meta", "wp-comment", "commentDate"), not one inside a
 * word ("ArticleHeaderComment": the header of an opinion piece).
 */
const commentPattern = new RegExp(`(?:^|\\s|[-_])(?:${classParts.comment.map(escapeRegExp).join('|')})`, 'i');
/** Elements that wrap the whole page, whatever their classes say. */
const PAGE_TAGS = new Set(['html', 'body', 'main', 'article']);
/** Names of elements that hold a date line. */
const datelinePattern = new RegExp(anyOf([...classParts.date, 'dateline', 'meta', 'byline', 'stamp', 'info', 'datum']), 'i');
const updatedClassPattern = /updat|modif/i;
const publishedClassPattern = /publish|pubdate|posted|created|dt-published/i;
/** `data-*` attributes that carry a timestamp (hast camel-cases them). */
const stampAttributes = ['dataTimestamp', 'dataTime', 'dataDate', 'dataDatetime', 'dataPublished', 'dataPublishedAt', 'dataPublishDate', 'dataUtime', 'dataEpoch', 'dataCreated'];

function collect(tree: Root): Evidence {
  const evidence: Evidence = {
    meta: new Map(),
    jsonLd: [],
    itemprop: { published: [], modified: [] },
    times: [],
    stamps: [],
    datelines: [],
    headings: [],
    text: [],
    length: 0,
    asideCount: 0,
    chrome: new Set(),
    articleCount: 0,
  };
  visit(tree.children, evidence, 0, []);
  return evidence;
}

function visit(nodes: RootContent[], evidence: Evidence, article: number, asides: Asides): void {
  const inArticle = article > 0;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (evidence.length < MAX_COLLECTED) {
        evidence.text.push({ value: node.value, asides });
        evidence.length += node.value.length;
      }
      continue;
    }
    if (node.type !== 'element') continue;
    const tag = node.tagName;
    const props = node.properties;
    if (tag === 'meta') {
      readMetaTag(node, evidence.meta);
      continue;
    }
    if (tag === 'script') {
      const content = textContent(node);
      if (String(props.type ?? '').toLowerCase().trim() === 'application/ld+json') evidence.jsonLd.push(content);
      else if (evidence.scriptDate === undefined && content.length < MAX_SCRIPT) evidence.scriptDate = scriptDatePattern.exec(content)?.[1];
      continue;
    }
    if (tag === 'title') {
      evidence.title ??= textContent(node);
      continue;
    }
    if (NOT_TEXT.has(tag)) continue;

    const names = nameOf(node);
    // A comment holds only its commenter's date: it is an aside, and its date lines are never
    // candidates. (Not a page-wide wrapper: WordPress marks `<body class="comments-open">`.)
    const inComment = names !== undefined && !PAGE_TAGS.has(tag) && commentPattern.test(names);
    let childAsides = asides;
    if (inComment || ASIDE_TAGS.has(tag) || (names && (inArticle ? asideInArticlePattern : asidePattern).test(names))) {
      childAsides = [...asides, ++evidence.asideCount];
      if (ASIDE_TAGS.has(tag)) evidence.chrome.add(evidence.asideCount);
    }
    const childArticle = tag === 'article' || tag === 'main' ? ++evidence.articleCount : article;
    const childInArticle = childArticle > 0;

    const at = evidence.length;
    const level = HEADINGS.get(tag);
    if (level !== undefined && evidence.headings.length < MAX_HEADINGS) {
      evidence.headings.push({ level, text: textContent(node).replace(/\s+/g, ' ').trim().toLowerCase(), at, inArticle: childInArticle, article: childArticle, asides: childAsides });
    }
    noteItemprop(node, evidence);
    const candidate = (value: string, published: boolean, updated: boolean): Candidate => ({
      value, at, inArticle: childInArticle, article: childArticle, asides: childAsides, published, updated,
    });
    if (tag === 'time') {
      const value = text(props.dateTime) ?? textContent(node);
      if (value && evidence.times.length < MAX_CANDIDATES) {
        const itemprop = text(props.itemProp)?.toLowerCase() ?? '';
        evidence.times.push(candidate(
          value,
          props.pubdate !== undefined || itemprop.includes('datepublished') || itemprop.includes('datecreated'),
          itemprop.includes('datemodified') || (names !== undefined && updatedClassPattern.test(names)),
        ));
      }
    }
    for (const key of stampAttributes) {
      const value = text(props[key]);
      if (value && /^\d{10}(?:\d{3})?$|^\d{4}-\d{2}-\d{2}/.test(value.trim()) && evidence.stamps.length < MAX_CANDIDATES) {
        evidence.stamps.push(candidate(value.trim(), false, false));
      }
    }
    if (names && !inComment && datelinePattern.test(names) && evidence.datelines.length < MAX_CANDIDATES) {
      const value = textContent(node, { skip: NOT_TEXT, before: () => ' ' }).replace(/\s+/g, ' ').trim();
      if (value && value.length <= MAX_DATELINE_LENGTH && /\d/.test(value)) {
        const label = labelOf(value);
        evidence.datelines.push(candidate(value, label === 'published' || publishedClassPattern.test(names), label === 'updated' || updatedClassPattern.test(names)));
      }
    }
    const block = BLOCKS.has(tag);
    if (block) {
      evidence.text.push({ value: ' ', asides });
      evidence.length += 1;
    }
    if (node.children.length > 0) visit(node.children, evidence, childArticle, childAsides);
    if (block) {
      evidence.text.push({ value: ' ', asides });
      evidence.length += 1;
    }
  }
}

/**
 * A date element says what it is by its class or its own words; else the words just before it
 * do ("last edited: <span class="odate">17 Jun 2018</span>").
 */
function labelFromContext(evidence: Evidence): void {
  const candidates = [...evidence.times, ...evidence.datelines].filter((candidate) => !candidate.published && !candidate.updated);
  if (candidates.length === 0) return;
  const text = evidence.text.map((piece) => piece.value).join('').toLowerCase();
  for (const candidate of candidates) {
    const label = labelBefore(text, candidate.at);
    if (label === 'updated') candidate.updated = true;
    else if (label === 'published') candidate.published = true;
  }
}

/** The element's class, id and component names, lower-cased, or undefined when it has none. */
function nameOf(element: Element): string | undefined {
  const props = element.properties;
  const parts: string[] = [];
  if (Array.isArray(props.className)) for (const name of props.className) parts.push(String(name));
  if (typeof props.id === 'string') parts.push(props.id);
  if (typeof props.dataComponent === 'string') parts.push(props.dataComponent);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Microdata dates on elements other than `<meta>` (which `readMetaTag` reads by name). */
function noteItemprop(element: Element, evidence: Evidence): void {
  const itemprop = text(element.properties.itemProp);
  if (!itemprop || element.tagName === 'meta') return;
  const key = itemprop.toLowerCase();
  const list = /datepublished|datecreated|uploaddate/.test(key) ? evidence.itemprop.published : /datemodified/.test(key) ? evidence.itemprop.modified : undefined;
  if (!list || list.length >= MAX_CANDIDATES) return;
  const props = element.properties;
  const value = text(props.dateTime) ?? text(props.content) ?? textContent(element);
  if (value) list.push(value);
}

// ---------------------------------------------------------------------------------------------
// Declared dates.

/** Meta names of the publication date, most deliberate first (lower-cased). */
const publishedNames = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'pubdate',
  'og:pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'publicationdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'content_publisheddate',
  'article.published',
  'published-date',
  'release_date',
  'datepublished',
  'uploaddate',
  'datecreated',
];
/** Any other meta name that says publication or creation ("sw-pubdate", "article.created"), not revision or expiry. */
const otherPublishedPattern = /pub(?:lish(?:ed)?|lication)?[-_.:]?(?:date|time)|(?:date|time)[-_.:]?pub|publish|created|issued/;
const notPublishedPattern = /modif|updat|expir|revis|edit|index|robots|print/;

function otherPublishedMeta(meta: Map<string, string>): string[] {
  const values: string[] = [];
  for (const [name, value] of meta) {
    if (otherPublishedPattern.test(name) && !notPublishedPattern.test(name) && !publishedNames.includes(name) && !genericPublishedNames.includes(name)) values.push(value);
  }
  return values;
}

/** The same instant as `utc` (to the minute), written with a non-zero offset, among `values`. */
function sameInstantElsewhere(utc: string, values: Array<string | undefined>, parse: (value: string | undefined) => string | undefined): string | undefined {
  const instant = Date.parse(utc);
  for (const value of values) {
    const date = parse(value);
    if (!date || isUtc(date) || !/T\d{2}:\d{2}.*[+-]\d{2}:\d{2}$/.test(date)) continue;
    if (Math.abs(Date.parse(date) - instant) < 60_000) return date;
  }
  return undefined;
}

/**
 * The time zone most of a site's readers live in, from its country domain (`.de`, `.co.id`) or
 * else the language and region of the page (`fr-CA`, `de`): undefined where that is not one
 * zone (English without a region, a `.com` in Spanish).
 */
export function publisherZone(lang: string | undefined, url: string | undefined): string | undefined {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    // No address: the language decides.
  }
  const domain = /\.([a-z]{2})$/.exec(host)?.[1];
  // A country domain, or a region in the language tag, settles it: a country with one zone, or
  // with most readers in one, has it; another (the United States) has none.
  const country = domain && !vanityDomains.has(domain) ? domain : (lang ?? '').toLowerCase().split(/[-_]/)[1];
  if (country) return countryZones[country];
  return languageZones[(lang ?? '').toLowerCase().split(/[-_]/)[0]];
}

/** Country domains sold to the world ("x.io", "y.tv"): they say nothing of where readers live. */
const vanityDomains = new Set(['io', 'tv', 'me', 'co', 'ai', 'fm', 'ly', 'to', 'cc', 'ws', 'gg', 'la', 'so', 'sh', 'ac']);

/**
 * English without a region reads "02/11/2023" month first; a British, Irish, Indian or
 * Australian site writes it day first: its country domain gives the region (`en` → `en-GB`).
 */
const dayFirstEnglish = new Set(['uk', 'ie', 'au', 'nz', 'in', 'za', 'ng', 'ke', 'sg', 'my', 'pk']);

function withRegion(lang: string | undefined, url: string | undefined): string | undefined {
  if (!lang || lang.includes('-') || !url) return lang;
  try {
    const country = /\.([a-z]{2})$/.exec(new URL(url).hostname)?.[1];
    return lang === 'en' && country && dayFirstEnglish.has(country) ? `en-${country}` : lang;
  } catch {
    return lang;
  }
}

/** Country (domain or region) → its main time zone: where one zone covers nearly all readers. */
const countryZones: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', fr: 'Europe/Paris', be: 'Europe/Brussels',
  nl: 'Europe/Amsterdam', lu: 'Europe/Luxembourg', it: 'Europe/Rome', es: 'Europe/Madrid', pt: 'Europe/Lisbon',
  pl: 'Europe/Warsaw', cz: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest', dk: 'Europe/Copenhagen',
  se: 'Europe/Stockholm', no: 'Europe/Oslo', fi: 'Europe/Helsinki', gr: 'Europe/Athens', ro: 'Europe/Bucharest',
  bg: 'Europe/Sofia', hr: 'Europe/Zagreb', si: 'Europe/Ljubljana', rs: 'Europe/Belgrade', ba: 'Europe/Sarajevo',
  ua: 'Europe/Kyiv', by: 'Europe/Minsk', ru: 'Europe/Moscow', tr: 'Europe/Istanbul', uk: 'Europe/London',
  gb: 'Europe/London', ie: 'Europe/Dublin', id: 'Asia/Jakarta', in: 'Asia/Kolkata', jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul', cn: 'Asia/Shanghai', tw: 'Asia/Taipei', hk: 'Asia/Hong_Kong', sg: 'Asia/Singapore',
  my: 'Asia/Kuala_Lumpur', ph: 'Asia/Manila', th: 'Asia/Bangkok', vn: 'Asia/Ho_Chi_Minh', il: 'Asia/Jerusalem',
  eg: 'Africa/Cairo', za: 'Africa/Johannesburg', ng: 'Africa/Lagos', ke: 'Africa/Nairobi', ar: 'America/Argentina/Buenos_Aires',
  cl: 'America/Santiago', co: 'America/Bogota', pe: 'America/Lima', ve: 'America/Caracas', nz: 'Pacific/Auckland',
  // Several zones, most readers in one.
  ca: 'America/Toronto', br: 'America/Sao_Paulo', au: 'Australia/Sydney', mx: 'America/Mexico_City',
};
/** Language → zone, for languages spoken mostly in one zone. */
const languageZones: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw',
  cs: 'Europe/Prague', hu: 'Europe/Budapest', uk: 'Europe/Kyiv', ru: 'Europe/Moscow', id: 'Asia/Jakarta',
  ja: 'Asia/Tokyo', ko: 'Asia/Seoul', tr: 'Europe/Istanbul', el: 'Europe/Athens', ro: 'Europe/Bucharest',
  bg: 'Europe/Sofia', hr: 'Europe/Zagreb', sr: 'Europe/Belgrade', bs: 'Europe/Sarajevo', da: 'Europe/Copenhagen',
  sv: 'Europe/Stockholm', nb: 'Europe/Oslo', fi: 'Europe/Helsinki', he: 'Asia/Jerusalem', th: 'Asia/Bangkok',
  vi: 'Asia/Ho_Chi_Minh',
};

/** Meta names of a date that need not be the publication (a record's creation, a page's date). */
const genericPublishedNames = ['dc.date', 'dcterms.date', 'date'];

/** Meta names of the last revision. */
const modifiedNames = ['article:modified_time', 'og:updated_time', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'datemodified'];

interface LdDates {
  published: string[];
  modified: string[];
  /** The article's headline, to find its `<h1>`. */
  headline?: string;
}

/** Publication dates in JSON-LD: an article's (NewsArticle, BlogPosting…) before any other node's. */
function readJsonLd(blocks: string[]): LdDates {
  const articles: string[] = [];
  const others: string[] = [];
  const modified: string[] = [];
  let headline: string | undefined;
  for (const node of readJsonLdNodes(blocks)) {
    const isArticle = isArticleNode(node);
    const published = stringOf(node.datePublished) ?? stringOf(node.dateCreated) ?? stringOf(node.uploadDate);
    if (published) (isArticle ? articles : others).push(published);
    const revised = stringOf(node.dateModified);
    if (revised) modified.push(revised);
    if (isArticle) headline ??= stringOf(node.headline);
  }
  return { published: [...articles, ...others], modified, headline };
}

// ---------------------------------------------------------------------------------------------
// The address, labels, relative dates, frequency.

/** `/2022/01/09/`, `/2022-01-09`, `/20220109/` in the address's path, or undefined. */
function dayInUrl(url: string, latest: Date): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match =
    /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(path) ??
    /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  // Day first, as European sites write it: `/23-01-2022-title/`.
  const dayFirst = match ? undefined : /\/(0?[1-9]|[12]\d|3[01])[-.](0?[1-9]|1[0-2])[-.]((?:19|20)\d{2})(?=[/_.-]|$)/.exec(path);
  // A month name, as the Guardian writes it: `/2020/oct/02/`.
  const named = match || dayFirst ? undefined : /\/((?:19|20)\d{2})\/(\p{L}{3,9})\/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u.exec(path.toLowerCase());
  const namedMonth = named ? monthNumbers[named[2]] : undefined;
  const parts = match
    ? [match[1], match[2], match[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : named && namedMonth
        ? [named[1], String(namedMonth), named[3]]
        : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const iso = parseDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, { now: latest });
  return iso && iso >= OLDEST_DAY ? iso : undefined;
}

const publishedLabelPattern = new RegExp(`(?:^|[^\\p{L}])(?:${longestFirst(publishedLabels).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
const updatedLabelPattern = new RegExp(`(?:^|[^\\p{L}])(?:${longestFirst(updatedLabels).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/**
 * What a short date line says its (first) date is, by the label before it: "Updated 12 Jan"
 * is an update, "9 January 2022 / Updated 8 hours ago" the publication with a later note.
 */
function labelOf(value: string): 'published' | 'updated' | undefined {
  const lower = value.toLowerCase();
  const first = findDates(lower)[0];
  if (first) return labelBefore(lower, first.index);
  const head = lower.slice(0, 40);
  const published = publishedLabelPattern.exec(head);
  const updated = updatedLabelPattern.exec(head);
  if (published && (!updated || published.index <= updated.index)) return 'published';
  return updated ? 'updated' : undefined;
}

/** The label just before a date in the text ("veröffentlicht am 3.4.2019"), if any. */
function labelBefore(text: string, index: number): 'published' | 'updated' | undefined {
  const before = text.slice(Math.max(0, index - 30), index);
  const published = lastMatch(publishedLabelPattern, before);
  const updated = lastMatch(updatedLabelPattern, before);
  if (published === undefined && updated === undefined) return undefined;
  return (published ?? -1) > (updated ?? -1) ? 'published' : 'updated';
}

function lastMatch(pattern: RegExp, text: string): number | undefined {
  let last: number | undefined;
  const global = new RegExp(pattern.source, 'gu');
  for (const match of text.matchAll(global)) last = match.index;
  return last;
}

const unit = (words: readonly string[]) => longestFirst(words).map(escapeRegExp).join('|');
const agoPattern = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${unit(agoWords.before)}) )?(\\d{1,3}) ?(${unit([...agoWords.hours, ...agoWords.days, ...agoWords.minutes])})(?![\\p{L}])(?: (${unit(agoWords.after)}))?`,
  'u',
);
const relativeDayPattern = new RegExp(`(?<![\\p{L}])(${longestFirst(Object.keys(relativeDayWords)).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');

/**
 * "2 hours ago", "vor 3 Tagen", "kemarin" in a date line near the headline (or the text just
 * after it), as a day counted back from the save date.
 */
function readRelative(lines: string[], savedAt: Date): string | undefined {
  for (const line of lines) {
    const ago = agoPattern.exec(line);
    // An "ago" needs its word before or after the number: "3 hours" alone is a duration.
    if (ago && (ago[3] || /\S+ \d/.test(ago[0]))) {
      const amount = Number(ago[1]);
      const hours = agoWords.days.includes(ago[2]) ? amount * 24 : agoWords.hours.includes(ago[2]) ? amount : amount / 60;
      return new Date(savedAt.getTime() - hours * 3600_000).toISOString().slice(0, 10);
    }
    const word = relativeDayPattern.exec(line);
    if (word && line.length <= 60) {
      return new Date(savedAt.getTime() - relativeDayWords[word[1]] * 86_400_000).toISOString().slice(0, 10);
    }
  }
  return undefined;
}

/** A date this many years before the page's latest is history it tells, not its own. */
const MAX_YEARS_BEFORE = 20;

/**
 * The dates of a text without those decades older than its latest one (or the page's last
 * revision): "the WIPO treaty of 20 December 1996" on a page of 2016 is not its date.
 */
function plausibleTogether(dates: DateInText[], modified: string | undefined): DateInText[] {
  let latest = modified?.slice(0, 10) ?? '';
  for (const { day } of dates) if (day > latest) latest = day;
  if (!latest) return dates;
  const oldest = `${Number(latest.slice(0, 4)) - MAX_YEARS_BEFORE}${latest.slice(4)}`;
  return dates.filter((date) => date.day >= oldest);
}

/** The day written most often (the earliest of equals), else the first. */
function mostFrequent(dates: Array<{ day: string }>): string | undefined {
  const counts = new Map<string, number>();
  for (const { day } of dates) counts.set(day, (counts.get(day) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 1;
  for (const [day, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && day < best)) {
      best = day;
      bestCount = count;
    }
  }
  return best ?? dates[0]?.day;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

/** Candidates nearest the headline first, those after it before those above it, published before updated. */
function rank(candidate: Candidate, headline: Heading | undefined): number {
  const at = headline?.at;
  const distance = at === undefined ? candidate.at : candidate.at >= at ? candidate.at - at : (at - candidate.at) * 2;
  // The headline's own `<article>` when it has one (a page lists teasers as `<article>`s too).
  const own = headline && headline.article > 0 ? candidate.article === headline.article : headline ? candidate.article === 0 : candidate.inArticle;
  return distance + (own ? 0 : 50_000) + (candidate.updated ? 1_000_000 : 0) - (candidate.published ? 500 : 0);
}

function isUtc(date: string): boolean {
  return /T\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]00:00)$/.test(date);
}

function dayDifference(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

function firstOf(values: Array<string | undefined>, parse: (value: string | undefined) => string | undefined): string | undefined {
  for (const value of values) {
    const date = parse(value);
    if (date) return date;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}
