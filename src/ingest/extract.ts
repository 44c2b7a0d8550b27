/**
 * Find the article body in a whole saved page.
 *
 * One bottom-up walk measures every element (visible text, link text, commas, paragraphs…) and
 * lets each paragraph-like block vote for the containers around it, readability-style; the best
 * container (plus siblings that carry content too) is then copied out, leaving behind elements
 * whose measurements say "navigation", "teaser list" or "form", and lines that are boilerplate
 * in any of the readers' languages ("Baca juga", "Read more", "Читайте также"…).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { classSignal } from './extract-signals.ts';
import { tidyArticle } from './extract-tidy.ts';
import {
  CLEANED_CONDITIONALLY, HEADINGS, INLINE, LISTS, NEVER_CONTENT, NOT_PARAGRAPH, PAGE_WRAPPERS,
} from './html-elements.ts';
import { lineText, textContent } from './node-text.ts';
import { selectRule, type SiteRule } from './site-rules.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /**
   * Site rule for the page's host (see `site-rules.ts`): its `strip` selectors are removed
   * first; its `body` selector, when it matches, replaces the generic search for the body.
   */
  rules?: SiteRule;
  /**
   * Called with one line per decision: the candidates' scores, the container chosen and how
   * (feed passed over, split body joined, climb to a parent), each block kept beside it and why,
   * blocks dropped by class or as clutter, and every line the tidy pass removed with its rule.
   * For finding out why a page came out wrong, e.g. before writing a site rule.
   */
  explain?: (line: string) => void;
}

// ---------------------------------------------------------------- thresholds
//
// Every number the extractor decides by, in one place. Those marked "Readability's" are Mozilla
// Readability's (its DEFAULT_CHAR_THRESHOLD, sibling and "clean conditionally" rules); the others
// were set on the extraction benchmarks. Each trades leaving article text out against letting
// boilerplate in: change one only with `npm run bench:extract:compare` and `bench:multilingual`.

/**
 * A body with less text than this (characters, after the tidy pass) is suspect: the search is
 * run again without the weak class-name signals (Readability's DEFAULT_CHAR_THRESHOLD).
 */
const MIN_ARTICLE_CHARS = 500;
/** The retry's body replaces the first only with this many times its text: a little more is not worth trusting chrome-named containers. */
const RETRY_MIN_GAIN = 1.5;

/**
 * A prose run (see {@link isProseRun}) is a block's own text of at least this many characters:
 * shorter runs are labels, buttons and menu items (Readability's).
 */
const PROSE_RUN_MIN_CHARS = 25;
/** …of which less than this share is link text: more is a teaser or a link list. */
const PROSE_RUN_MAX_LINK_SHARE = 0.5;
/** A block with this much own text counts as a paragraph (a `<div>` of text between `<br>`s), for the clutter test's counts. */
const PARAGRAPH_MIN_CHARS = 10;

/** A prose run's votes: one, one per comma, and one per this many characters (Readability's)… */
const CHARS_PER_VOTE = 100;
/** …but at most this many for its length (Readability's). */
const MAX_LENGTH_VOTES = 3;
/** Ancestors a prose run votes for: the parent in full, the grandparent half, farther ones less (Readability's). */
const VOTE_LEVELS = 5;
/** What a content word in the class/id adds to an element's score, and a boilerplate word takes off (Readability's). */
const CLASS_WEIGHT = 25;
/** Score a candidate starts with, by tag: containers of text up, lists, forms and headings down (Readability's, plus the HTML5 containers). */
const BLOCK_SCORE_TAGS: Record<string, number> = {
  div: 5, article: 5, section: 3, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/** An element classed "caption" or "credit" holding this much text (whole page) is a layout's name for something else. */
const CAPTION_MAX_CHARS = 400;
/** An element whose class says chrome is kept when it holds at least this share of the page's prose: the article in an unluckily named wrapper. */
const CHROME_MAX_PROSE_SHARE = 0.4;
/** An element with at least this share of the page's text (and its headline) is a page wrapper, whatever its class says. */
const WRAPPER_MIN_TEXT_SHARE = 0.6;

/** The best-scoring candidates looked at for a feed of posts and for a body split in parts. */
const TOP_CANDIDATES = 6;
/** This many `<article>` children make a feed of posts, not one post. */
const FEED_MIN_POSTS = 3;
/**
 * This many children that are teasers (a linked headline with its blurb) make a list of other
 * articles, a feed too: a "latest news" column whose blurbs out-vote a short item beside it…
 */
const FEED_MIN_TEASERS = 4;
/** …when they are at least this share of its element children. */
const FEED_TEASER_SHARE = 0.5;
/** How deep inside a child its linked headline may sit (a card's body, its header). */
const TEASER_HEADLINE_DEPTH = 3;
/** A candidate belongs to a feed when it, or an ancestor fewer than this many levels up, is one (the feed, a post, a post's part). */
const FEED_LEVELS = 3;
/** A feed is passed over when the best candidate outside it scores at least this share of the top score. */
const FEED_OUTSIDE_MIN_SHARE = 0.4;
/** Runners-up scoring at least this share of the top, neither inside nor around it (Readability's)… */
const SPLIT_MIN_SHARE = 0.6;
/** …at least this many of them: the body is split in parts, and their common ancestor is the article. */
const SPLIT_MIN_PARTS = 2;
/** Climbing from the top candidate stops at a parent scoring less than 1/this of the score below it (Readability's third). */
const CLIMB_MAX_DROP = 3;

/**
 * A standfirst (the lead under the headline, above the body) has at least this many characters:
 * a paragraph. A one-line subtitle (a "dek") stays out, like the headline it goes with.
 */
const STANDFIRST_MIN_CHARS = 160;
/** …is at most this many characters of page text before the body… */
const STANDFIRST_MAX_GAP = 1500;
/** …and has fewer links than this share of its text. */
const STANDFIRST_MAX_LINK_DENSITY = 0.25;

/** Levels above the chosen container whose prose blocks beside it are taken too. */
const RELATIVE_LEVELS = 2;
/** A sibling of the chosen container scoring at least this (Readability's)… */
const SIBLING_MIN_SCORE = 10;
/** …or this share of the top score, whichever is more, is more of the article (Readability's). */
const SIBLING_SCORE_SHARE = 0.2;
/** Bonus, as a share of the top score, for a sibling with the chosen container's class (Readability's). */
const SAME_CLASS_BONUS = 0.2;
/** A same-class sibling of the container's tag with this much text… */
const SPLIT_PART_MIN_CHARS = 100;
/** …and less link density than this is a part of a body split by figures or ads. */
const SPLIT_PART_MAX_LINK_DENSITY = 0.35;
/** Prose: more than this many characters (Readability's sibling paragraph rule)… */
const PROSE_MIN_CHARS = 80;
/** …with less link density than this (Readability's). */
const PROSE_MAX_LINK_DENSITY = 0.25;
/** A block of prose is at least this share paragraph text (the rest: headings, lists, captions). */
const PROSE_BLOCK_MIN_SHARE = 0.7;
/** A block of prose with images has at least this much text: with less, it is a figure or a gallery. */
const PROSE_BLOCK_MIN_CHARS_WITH_IMAGES = 300;

/** A container holding at least this share of the chosen one's non-link text is the article, never clutter. */
const MOST_OF_BODY = 0.5;
/** Clutter test (Readability's "clean conditionally"): this many commas mark prose, never clutter. */
const CLUTTER_MAX_COMMAS = 10;
/** List items a non-list may hold beyond its paragraphs before it is clutter (Readability's). */
const CLUTTER_LIST_ITEM_ALLOWANCE = 100;
/** More than one image and fewer paragraphs per image than this: an image grid (Readability's). */
const CLUTTER_MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** A container with less text than this is clutter (Readability's)… */
const CLUTTER_MIN_CHARS = 25;
/** …unless at least this share of it is heading, … */
const CLUTTER_HEADING_SHARE = 0.9;
/** …or it holds a figure's images, at most this many (Readability's). */
const CLUTTER_MAX_FIGURE_IMAGES = 2;
/** A container without a content class and more link density than this is a link list (Readability's). */
const CLUTTER_LINK_DENSITY = 0.2;
/** A container with a content class is a link list only above this link density (Readability's). */
const CLUTTER_LINK_DENSITY_CONTENT = 0.5;

/** Candidates listed by `explain`. */
const EXPLAIN_CANDIDATES = 8;

/** Measurements of one element, from the walk. Counts exclude text that is never content. */
interface Stat {
  parent: Stat | undefined;
  element: Element;
  /** Visible characters, whitespace runs counted as one. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  commas: number;
  /** Characters of text not inside a block-level descendant (the element's own "paragraph"). */
  inlineChars: number;
  inlineLinkChars: number;
  paragraphs: number;
  images: number;
  listItems: number;
  headingChars: number;
  /** Table header cells (`th`): a table with them holds data, not layout or links. */
  headerCells: number;
  /** Characters of paragraph text (blocks of prose with few links) inside the element. */
  prose: number;
  /** Class/id vote: +CLASS_WEIGHT for a content word, −CLASS_WEIGHT for a boilerplate one. */
  weight: number;
  /** An embedded post the article quotes (never "clutter", whatever its links). */
  embed: boolean;
  /** Accumulated paragraph votes; `undefined` until some paragraph votes for this element. */
  score: number | undefined;
  /** Left out of the article (never-content tag, hidden, boilerplate class). */
  dropped: boolean;
  hasBlockChild: boolean;
}

interface Walk {
  stats: Map<Element, Stat>;
  candidates: Stat[];
  body: Stat | undefined;
  /** Drop elements whose class/id says boilerplate (turned off on the retry). */
  dropByClass: boolean;
  explain: ((line: string) => void) | undefined;
  page: Page;
  /** The top candidate was a feed of posts, passed over: keep feeds out of the siblings too. */
  feeds?: boolean;
  /** The candidate the votes ranked first, before any climb to a common ancestor. */
  winner?: Stat;
}

/**
 * Extract the article body of a parsed page. Returns a new root holding copies of the body's
 * nodes (unsanitized); the input tree is not modified.
 */
export function extractArticle(tree: Root, options: ExtractOptions = {}): Root {
  const { explain } = options;
  // The extractor's one exit through the tidy pass: whichever way a body was found, it is
  // tidied here. (The retry's body is tidied too before it is chosen: the lengths compared
  // are of what readers would get.)
  const tidied = (found: Found) => tidyArticle(found.body, { titles: found.titles, explain });
  const found = findBody(tree, options);
  let result = tidied(found);
  if (found.retry && textLength(result) < MIN_ARTICLE_CHARS) {
    // Some pages put the article inside a container whose class reads like chrome
    // ("widget-area", "header-and-content"): try again trusting only the strong words.
    explain?.('little text found: retrying without the weak class-name signals');
    const retry = tidied(found.retry());
    if (textLength(retry) > textLength(result) * RETRY_MIN_GAIN) result = retry;
  }
  return result;
}

/** A body found in the page: copies of its nodes, not yet tidied. */
interface Found {
  body: Root;
  /** The page's titles, for the tidy pass to spot the headline repeated in the body. */
  titles: string[];
  /** The generic search's second try, without the weak class-name signals. */
  retry?: () => Found;
}

/**
 * The body by the site rule, or by the generic search. The walks here recurse: a parsed page is
 * at most `MAX_TREE_DEPTH` (parse.ts) deep, well within the call stack.
 */
function findBody(tree: Root, options: ExtractOptions): Found {
  const { rules: rule, explain } = options;
  const page = measurePage(tree);
  if (rule?.strip) {
    for (const selector of rule.strip) {
      const stripped = selectRule(selector, tree);
      for (const element of stripped) page.stripped.add(element);
      explain?.(`site rule for ${rule.host}: stripping ${stripped.length} element(s) matching ${selector}`);
    }
  }
  if (rule?.body) {
    const bodies = outermost(selectRule(rule.body, tree));
    if (bodies.length > 0) {
      explain?.(`site rule for ${rule.host}: body is ${bodies.length} element(s) matching ${rule.body}`);
      return { body: extractByRule(bodies, page), titles: page.titles };
    }
    explain?.(`site rule for ${rule.host}: nothing matches ${rule.body}, using the generic extractor`);
  }
  return {
    body: extractWith(tree, page, true, explain),
    titles: page.titles,
    retry: () => ({ body: extractWith(tree, page, false, explain), titles: page.titles }),
  };
}

/** The body a site rule names: copies of its elements without never-content, hidden or stripped parts. */
function extractByRule(bodies: Element[], page: Page): Root {
  const keep = (element: Element) =>
    !NEVER_CONTENT.has(element.tagName) && !isHidden(element.properties) && !page.stripped.has(element);
  const children: RootContent[] = [];
  for (const body of bodies) {
    const kept = copyTree(body, keep);
    if (kept) children.push(kept);
  }
  return { type: 'root', children };
}

/** Drop matches nested inside other matches (a selector like `div.text` can match both). */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  const inner = new Set<Element>();
  const mark = (element: Element, inside: boolean) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (inside && set.has(child)) inner.add(child);
      mark(child, inside || set.has(child));
    }
  };
  for (const element of elements) mark(element, true);
  return elements.filter((element) => !inner.has(element));
}

/** The generic search: measure, choose the container, add its siblings and relatives, copy them out clean. */
function extractWith(tree: Root, page: Page, dropByClass: boolean, explain: Walk['explain']): Root {
  const walk: Walk = { stats: new Map(), candidates: [], body: undefined, dropByClass, explain, page };
  for (const child of tree.children) if (child.type === 'element') measure(child, undefined, walk, []);
  const top = chooseTop(walk);
  if (!top) {
    explain?.('no candidate and no <body>: nothing found');
    return { type: 'root', children: [] };
  }
  explain?.(`chosen ${describe(top)} (score ${finalScore(top).toFixed(1)}, ${top.chars} chars) ${snippet(top.element)}`);
  const picked = withStandfirst(tree, withRelatives(top, withSiblings(top, walk), walk), walk);
  const children: RootContent[] = [];
  for (const stat of picked) {
    const copy = copyClean(stat.element, walk, stat);
    if (copy) children.push(copy);
  }
  return { type: 'root', children };
}

// ---------------------------------------------------------------- measuring

/**
 * Raw sizes from a first, cheap walk: how much text and how much prose (paragraph text with few
 * links) each element holds before anything is dropped, and where the page's `<h1>` is. Class
 * names are not trusted on an element that holds most of the page: wrappers named after a GDPR
 * banner, an "off-canvas ad" or a "read-more" expander around the whole article exist.
 */
interface Page {
  sizes: Map<Element, Size>;
  headlines: Element[];
  total: Size;
  /** The page's titles (`<title>`, `og:title`, `twitter:title`), to spot the headline in the body. */
  titles: string[];
  /** Elements a site rule strips. */
  stripped: Set<Element>;
}

interface Size {
  chars: number;
  prose: number;
}

function measurePage(tree: Root): Page {
  const page: Page = { sizes: new Map(), headlines: [], total: { chars: 0, prose: 0 }, titles: [], stripped: new Set() };
  // Returns [chars, inline chars, inline link chars] and records the element's Size.
  let prose = 0;
  const walk = (element: Element, inLink: boolean): [number, number, number] => {
    if (NEVER_CONTENT.has(element.tagName)) {
      if (element.tagName === 'head') readTitles(element, page.titles);
      return [0, 0, 0];
    }
    const link = inLink || element.tagName === 'a';
    const proseBefore = prose;
    let chars = 0;
    let inline = 0;
    let inlineLink = 0;
    for (const child of element.children) {
      if (child.type === 'text') {
        const n = countChars(child.value);
        chars += n;
        inline += n;
        if (link) inlineLink += n;
      } else if (child.type === 'element') {
        const [c, i, l] = walk(child, link);
        chars += c;
        if (INLINE.has(child.tagName)) {
          inline += i;
          inlineLink += l;
        }
      }
    }
    if (isProseRun(element.tagName, inline, inlineLink)) prose += inline - inlineLink;
    page.sizes.set(element, { chars, prose: prose - proseBefore });
    if (element.tagName === 'h1') page.headlines.push(element);
    return [chars, inline, inlineLink];
  };
  for (const child of tree.children) {
    if (child.type === 'element') page.total.chars += walk(child, false)[0];
  }
  page.total.prose = prose;
  return page;
}

/** The page's own titles: `<title>` and the `og:`/`twitter:` title metadata in `<head>`. */
function readTitles(head: Element, titles: string[]): void {
  for (const child of head.children) {
    if (child.type !== 'element') continue;
    const props = child.properties;
    if (child.tagName === 'title') titles.push(textContent(child));
    else if (child.tagName === 'meta' && typeof props.content === 'string' && /^(?:og|twitter):title$/.test(String(props.property ?? props.name))) {
      titles.push(props.content);
    }
  }
}

/** Commas, in the scripts that have their own (Arabic, CJK): readability's sign of prose. */
function countCommas(value: string): number {
  let commas = 0;
  for (let i = value.indexOf(','); i >= 0; i = value.indexOf(',', i + 1)) commas++;
  if (/[\u060c\uff0c\u3001]/.test(value)) commas += (value.match(/[\u060c\uff0c\u3001]/g) ?? []).length;
  return commas;
}

/** Non-space characters, with each run of spaces between them counted as one. */
function countChars(value: string): number {
  let chars = 0;
  let space = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160 || code === 12) {
      if (!space) chars++;
      space = true;
    } else {
      chars++;
      space = false;
    }
  }
  return chars;
}

/**
 * A prose run: a block's own text (outside its block children) long enough, and with few enough
 * links, to be a paragraph of the article. It is the page's prose, and it votes for the
 * containers around it.
 */
function isProseRun(tag: string, chars: number, linkChars: number): boolean {
  return !INLINE.has(tag) && chars >= PROSE_RUN_MIN_CHARS && linkChars < chars * PROSE_RUN_MAX_LINK_SHARE;
}

/** Measure an element and its subtree (bottom-up), letting its prose runs vote; `path` holds its ancestors' stats. */
function measure(element: Element, parent: Stat | undefined, walk: Walk, path: Stat[]): Stat {
  const tag = element.tagName;
  const stat: Stat = {
    parent, element, chars: 0, linkChars: 0, commas: 0, inlineChars: 0, inlineLinkChars: 0,
    paragraphs: 0, images: 0, listItems: 0, headingChars: 0, headerCells: 0, prose: 0, weight: 0, embed: false, score: undefined,
    dropped: false, hasBlockChild: false,
  };
  walk.stats.set(element, stat);
  if (tag === 'body') walk.body = stat;
  const props = element.properties;
  if (NEVER_CONTENT.has(tag) || isHidden(props) || walk.page.stripped.has(element)) {
    stat.dropped = true;
    return stat;
  }
  const words = classWords(props);
  if (words && !PAGE_WRAPPERS.has(tag)) {
    const signal = classSignal(words);
    if (signal.strong || signal.weak) stat.weight -= CLASS_WEIGHT;
    if (signal.content) stat.weight += CLASS_WEIGHT;
    stat.embed = signal.embed;
    // Captions and credits outside a <figure> are detached from their image: not body text.
    // A "caption" holding paragraphs is a layout's name for something else.
    const caption = signal.caption && tag !== 'figcaption' && (walk.page.sizes.get(element)?.chars ?? 0) < CAPTION_MAX_CHARS;
    // Comment sections can out-write the article; everything else that holds most of the
    // page's prose is the article in a wrapper with an unlucky name.
    const comments = signal.comments && !isPageWrapper(element, walk.page);
    // Weak words on a heading or inside a line of text ("nav_" anchors on subheadings, a
    // "dateline" span opening the first paragraph) do not make it chrome.
    const weak = walk.dropByClass && signal.weak && !signal.content && !INLINE.has(tag) && !HEADINGS.has(tag);
    const chrome =
      (signal.strong || weak) &&
      !holdsProse(element, walk.page, CHROME_MAX_PROSE_SHARE) &&
      !isPageWrapper(element, walk.page);
    const hidden = signal.hidden && !isPageWrapper(element, walk.page);
    if (caption || comments || chrome || hidden) {
      walk.explain?.(`dropped by class: <${tag} ${words.slice(0, 60)}> ${snippet(element)}`);
      stat.dropped = true;
      return stat;
    }
  }
  const isLink = tag === 'a';
  path.push(stat);
  for (const child of element.children) {
    if (child.type === 'text') {
      const chars = countChars(child.value);
      const commas = countCommas(child.value);
      stat.chars += chars;
      stat.inlineChars += chars;
      stat.commas += commas;
      if (isLink) {
        stat.linkChars += chars;
        stat.inlineLinkChars += chars;
      }
    } else if (child.type === 'element') {
      const sub = measure(child, stat, walk, path);
      if (sub.dropped) continue;
      stat.chars += sub.chars;
      stat.linkChars += isLink ? sub.chars : sub.linkChars;
      stat.commas += sub.commas;
      stat.paragraphs += sub.paragraphs;
      stat.images += sub.images;
      stat.listItems += sub.listItems;
      stat.headingChars += sub.headingChars;
      stat.headerCells += sub.headerCells;
      stat.prose += sub.prose;
      if (INLINE.has(child.tagName)) {
        stat.inlineChars += sub.inlineChars;
        stat.inlineLinkChars += isLink ? sub.inlineChars : sub.inlineLinkChars;
      } else {
        stat.hasBlockChild = true;
      }
    }
  }
  path.pop();
  // Paragraphs: <p>, and blocks that read as one (a <div> of text between <br>s counts too).
  if (tag === 'p' || (stat.inlineChars >= PARAGRAPH_MIN_CHARS && !INLINE.has(tag) && !NOT_PARAGRAPH.has(tag))) stat.paragraphs++;
  if (tag === 'img' || tag === 'picture') stat.images++;
  else if (tag === 'li') stat.listItems++;
  else if (tag === 'th') stat.headerCells++;
  else if (HEADINGS.has(tag)) stat.headingChars = stat.chars;

  // A prose run is a paragraph: it votes for the containers above it.
  if (isProseRun(tag, stat.inlineChars, stat.inlineLinkChars)) {
    stat.prose += stat.inlineChars - stat.inlineLinkChars;
    const votes = 1 + stat.commas + Math.min(Math.floor(stat.inlineChars / CHARS_PER_VOTE), MAX_LENGTH_VOTES);
    // A block mixing its own text with block children is itself the container of that text.
    let level = 0;
    if (stat.hasBlockChild) vote(stat, votes, level++, walk);
    for (let i = path.length - 1; i >= 0 && level < VOTE_LEVELS; i--, level++) vote(path[i], votes, level, walk);
  }
  return stat;
}

/** Holds most of the page's text and its headline: a wrapper, whatever its class says. */
function isPageWrapper(element: Element, page: Page): boolean {
  const size = page.sizes.get(element);
  if (!size || size.chars < page.total.chars * WRAPPER_MIN_TEXT_SHARE) return false;
  if (page.headlines.length === 0) return true;
  for (const headline of page.headlines) if (contains(element, headline)) return true;
  return false;
}

/** Holds at least `share` of the page's prose. */
function holdsProse(element: Element, page: Page, share: number): boolean {
  const size = page.sizes.get(element);
  return size !== undefined && size.prose > 0 && size.prose >= page.total.prose * share;
}

function contains(ancestor: Element, node: Element): boolean {
  if (ancestor === node) return true;
  for (const child of ancestor.children) if (child.type === 'element' && contains(child, node)) return true;
  return false;
}

function vote(stat: Stat, votes: number, level: number, walk: Walk): void {
  if (stat.score === undefined) {
    stat.score = (BLOCK_SCORE_TAGS[stat.element.tagName] ?? 0) + stat.weight;
    walk.candidates.push(stat);
  }
  // Readability's dividers: the parent gets the votes in full, the grandparent half, then less and less.
  stat.score += level === 0 ? votes : level === 1 ? votes / 2 : votes / (level * 3);
}

function isHidden(props: Element['properties']): boolean {
  if (props.hidden !== undefined && props.hidden !== false) return true;
  if (props.ariaHidden === 'true') return true;
  const style = props.style;
  if (typeof style === 'string' && style.length > 0) {
    const compact = style.replace(/\s+/g, '').toLowerCase();
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  return false;
}

function classWords(props: Element['properties']): string {
  const className = props.className;
  let words = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '';
  if (typeof props.id === 'string') words += ' ' + props.id;
  // camelCase names ("authorInfo", "relatedPosts") are words too.
  return words.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().trim();
}

// ---------------------------------------------------------------- choosing

function linkDensity(stat: Stat): number {
  return stat.chars === 0 ? 0 : stat.linkChars / stat.chars;
}

function finalScore(stat: Stat): number {
  return (stat.score ?? 0) * (1 - linkDensity(stat));
}

/** The container the votes choose as the article (before siblings and relatives are added). */
function chooseTop(walk: Walk): Stat | undefined {
  const explain = walk.explain;
  let ranked = walk.candidates
    .filter((stat) => !isDroppedPath(stat))
    .sort((a, b) => finalScore(b) - finalScore(a));
  if (explain) {
    for (const s of ranked.slice(0, EXPLAIN_CANDIDATES)) {
      explain(`candidate ${finalScore(s).toFixed(1)} ${describe(s)} (${s.chars} chars, link density ${linkDensity(s).toFixed(2)})`);
    }
  }
  // A feed of post cards ("You may also like" with whole teasers) can out-vote a short article
  // beside it, or drag the choice up to an ancestor of both: when something outside the feed
  // scores well too, that is the article.
  let feed: Stat | undefined;
  let passedOver: Stat | undefined;
  for (const stat of ranked.slice(0, TOP_CANDIDATES)) if ((feed = feedOf(stat))) break;
  if (feed) {
    const outside = ranked.filter((stat) => stat !== feed && !isInside(stat, feed) && !holdsFeed(stat));
    if (outside.length > 0 && finalScore(outside[0]) >= finalScore(ranked[0]) * FEED_OUTSIDE_MIN_SHARE) {
      explain?.(`${describe(feed)} is a feed of posts: passed over for ${describe(outside[0])}`);
      walk.feeds = true;
      passedOver = feed;
      ranked = outside;
    }
  }
  let top: Stat | undefined = ranked[0];
  walk.winner = top;
  if (!top) {
    if (walk.body) explain?.('no paragraph voted: taking the whole <body>');
    return walk.body;
  }
  const topScore = finalScore(top);

  // When several strong candidates share an ancestor, the article is that ancestor (a body
  // split into several containers by ads or figures).
  const first = top;
  const topAncestors = ancestorSet(first);
  const alternatives = ranked
    .slice(1, TOP_CANDIDATES)
    .filter((stat) => finalScore(stat) >= topScore * SPLIT_MIN_SHARE && !topAncestors.has(stat) && !isInside(stat, first));
  if (alternatives.length >= SPLIT_MIN_PARTS) {
    const ancestorsOf = alternatives.map((stat) => ancestorSet(stat));
    for (let parent = top.parent; parent && parent.element.tagName !== 'body'; parent = parent.parent) {
      const holding = ancestorsOf.filter((set) => set.has(parent!)).length;
      if (holding >= SPLIT_MIN_PARTS) {
        explain?.(`${describe(parent)} holds the top candidate and ${holding} runners-up scoring at least ${SPLIT_MIN_SHARE} of it: a body split in parts`);
        top = parent;
        break;
      }
    }
  }

  // Climb while the parent scores better: the votes say it holds more of the article.
  let last = finalScore(top);
  const threshold = last / CLIMB_MAX_DROP;
  for (let parent = top.parent; parent && parent.element.tagName !== 'body'; parent = parent.parent) {
    if (parent.score === undefined) continue;
    // Not up to the feed passed over: that would take it along again.
    if (passedOver && isInside(passedOver, parent)) break;
    const score = finalScore(parent);
    if (score < threshold) break;
    if (score > last) {
      explain?.(`${describe(parent)} scores ${score.toFixed(1)}, more than the ${last.toFixed(1)} below it: climbing to it`);
      top = parent;
      break;
    }
    last = score;
  }
  // A lone child says nothing its parent doesn't: take the parent, which may have siblings.
  while (top.parent && top.parent.element.tagName !== 'body' && countElementChildren(top.parent) === 1) {
    explain?.(`${describe(top)} is the only child of its parent: taking the parent`);
    top = top.parent;
  }
  return top;
}

/**
 * A list of posts, not one: three or more `<article>` children, or mostly teasers — children
 * holding a linked headline (see {@link isTeaser}).
 */
function isFeed(stat: Stat): boolean {
  let articles = 0;
  let teasers = 0;
  let children = 0;
  for (const child of stat.element.children) {
    if (child.type !== 'element') continue;
    children++;
    if (child.tagName === 'article' && ++articles >= FEED_MIN_POSTS) return true;
    if (isTeaser(child, 0)) teasers++;
  }
  return teasers >= FEED_MIN_TEASERS && teasers >= children * FEED_TEASER_SHARE;
}

/** Holds a headline (`<h2>`–`<h6>`) that is a link, or a link holding a headline, near its top. */
function isTeaser(element: Element, depth: number): boolean {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    const heading = HEADINGS.has(child.tagName) && child.tagName !== 'h1';
    if (heading && holdsLink(child)) return true;
    if (child.tagName === 'a' && child.children.some((inner) => inner.type === 'element' && HEADINGS.has(inner.tagName))) return true;
    if (depth + 1 < TEASER_HEADLINE_DEPTH && isTeaser(child, depth + 1)) return true;
  }
  return false;
}

function holdsLink(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === 'a' || holdsLink(child)));
}

/** The feed of posts that `stat` is, or is a post of. */
function feedOf(stat: Stat): Stat | undefined {
  for (let s: Stat | undefined = stat, level = 0; s && level < FEED_LEVELS; s = s.parent, level++) if (isFeed(s)) return s;
  return undefined;
}

/** Holds a feed of posts somewhere inside (climbing to it would take the feed along). */
function holdsFeed(stat: Stat): boolean {
  const stack: Element[] = [stat.element];
  while (stack.length > 0) {
    const element = stack.pop()!;
    let articles = 0;
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'article') articles++;
      stack.push(child);
    }
    if (articles >= FEED_MIN_POSTS) return true;
  }
  return false;
}

function isDroppedPath(stat: Stat): boolean {
  for (let s: Stat | undefined = stat; s; s = s.parent) if (s.dropped) return true;
  return false;
}

function isInside(stat: Stat, ancestor: Stat): boolean {
  for (let s = stat.parent; s; s = s.parent) if (s === ancestor) return true;
  return false;
}

function ancestorSet(stat: Stat): Set<Stat> {
  const set = new Set<Stat>();
  for (let s = stat.parent; s; s = s.parent) set.add(s);
  return set;
}

function countElementChildren(stat: Stat): number {
  let n = 0;
  for (const child of stat.element.children) if (child.type === 'element') n++;
  return n;
}

/**
 * Readability looks at the chosen container's siblings only; articles split across page-builder
 * rows, or an intro kept apart from the body, continue a level or two up: add the prose blocks
 * beside the container's parent and grandparent, in page order.
 */
function withRelatives(top: Stat, picked: Stat[], walk: Walk): Stat[] {
  const result = [...picked];
  let current = top.parent;
  for (let level = 0; level < RELATIVE_LEVELS && current?.parent && current.element.tagName !== 'body'; level++) {
    const grand = current.parent;
    if (grand.element.tagName === 'html') break;
    const before: Stat[] = [];
    const after: Stat[] = [];
    let seen = false;
    for (const child of grand.element.children) {
      if (child.type !== 'element') continue;
      const relative = walk.stats.get(child);
      if (!relative) continue;
      if (relative === current) seen = true;
      else if (!relative.dropped && isProseBlock(relative)) {
        (seen ? after : before).push(relative);
        walk.explain?.(`kept ${describe(relative)}: a block of prose beside ${describe(current)} ${snippet(child)}`);
      }
    }
    result.unshift(...before);
    result.push(...after);
    current = grand;
  }
  return result;
}

/**
 * The standfirst: news pages print the lead paragraph in the article's header, under the
 * headline and apart from the body ("p.lead", "h2.excerpt", "div.bajada"…), where no vote
 * reaches it. Blocks of prose between the page's `<h1>` and the body, close above the body,
 * go in front of it; datelines and bylines among them are left to the tidy pass.
 */
function withStandfirst(tree: Root, picked: Stat[], walk: Walk): Stat[] {
  const headline = walk.page.headlines[0];
  const first = picked[0]?.element;
  if (!headline || !first || picked.some((stat) => contains(stat.element, headline))) return picked;
  const keep = new Set(picked.map((stat) => stat.element));
  let seenHeadline = false;
  let reachedBody = false;
  // Blocks after the headline, each with the page text between it and the body's start.
  const blocks: { stat: Stat; end: number }[] = [];
  let chars = 0;
  const visit = (element: Element): void => {
    if (reachedBody) return;
    if (keep.has(element)) {
      reachedBody = true;
      return;
    }
    if (element === headline) {
      seenHeadline = true;
      return;
    }
    const stat = walk.stats.get(element);
    if (seenHeadline) {
      // Not a link (a teaser card), a figure's caption or a list.
      const tag = element.tagName;
      if (!stat || stat.dropped || NEVER_CONTENT.has(tag) || tag === 'a' || tag === 'figure' || LISTS.has(tag)) return;
      if (!hasBlockChild(element)) {
        chars += stat.chars;
        if (stat.chars >= STANDFIRST_MIN_CHARS && linkDensity(stat) < STANDFIRST_MAX_LINK_DENSITY) blocks.push({ stat, end: chars });
        return;
      }
    }
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  for (const child of tree.children) if (child.type === 'element') visit(child);
  if (!seenHeadline || !reachedBody) return picked;
  const leads = blocks.filter((block) => chars - block.end + block.stat.chars <= STANDFIRST_MAX_GAP).map((block) => block.stat);
  for (const lead of leads) walk.explain?.(`kept ${describe(lead)}: the standfirst under the headline (${lead.chars} chars) ${snippet(lead.element)}`);
  return [...leads, ...picked];
}

/** Has a child that is not inline: a container of blocks, not a block of text. */
function hasBlockChild(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && !INLINE.has(child.tagName));
}

/** Prose: enough text, with few enough links (Readability's test of a sibling paragraph). */
function readsAsProse(stat: Stat): boolean {
  return stat.chars > PROSE_MIN_CHARS && linkDensity(stat) < PROSE_MAX_LINK_DENSITY;
}

/** Mostly paragraph text with few links and little else: more of the article when beside it. */
function isProseBlock(stat: Stat): boolean {
  return (
    stat.element.tagName !== 'figure' &&
    readsAsProse(stat) &&
    stat.prose >= stat.chars * PROSE_BLOCK_MIN_SHARE &&
    (stat.images === 0 || stat.chars >= PROSE_BLOCK_MIN_CHARS_WITH_IMAGES)
  );
}

/** The chosen container plus the siblings that look like more of the same article. */
function withSiblings(top: Stat, walk: Walk): Stat[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = finalScore(top);
  const threshold = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SCORE_SHARE);
  // Classes only: ids differ between the parts of one body ("c2617", "c2618").
  const topClass = classWords({ className: top.element.properties.className });
  const picked: Stat[] = [];
  const keep = (sibling: Stat, why: string) => {
    picked.push(sibling);
    walk.explain?.(`kept ${describe(sibling)}: ${why} ${snippet(sibling.element)}`);
  };
  for (const child of parent.element.children) {
    if (child.type !== 'element') continue;
    const sibling = walk.stats.get(child);
    if (!sibling || sibling.dropped) continue;
    if (sibling === top) {
      picked.push(sibling);
      continue;
    }
    if (walk.feeds && holdsFeed(sibling)) continue;
    const sameClass = topClass !== '' && classWords({ className: child.properties.className }) === topClass;
    const bonus = sameClass ? topScore * SAME_CLASS_BONUS : 0;
    if (sibling.score !== undefined && finalScore(sibling) + bonus >= threshold) {
      keep(sibling, `sibling scoring ${finalScore(sibling).toFixed(1)}${sameClass ? ' + same-class bonus' : ''} ≥ ${threshold.toFixed(1)}`);
    } else if (sameClass && child.tagName === top.element.tagName && sibling.chars >= SPLIT_PART_MIN_CHARS && linkDensity(sibling) < SPLIT_PART_MAX_LINK_DENSITY) {
      // The body split in several same-class parts (by figures or ads) whose paragraphs sit too
      // deep to have voted for the part itself.
      keep(sibling, 'a same-class part of the body');
    } else if (child.tagName !== 'p' && isProseBlock(sibling)) {
      // A block of prose beside the body (an intro, a part after a figure) is more of it.
      keep(sibling, 'a block of prose beside it');
    } else if (child.tagName === 'p') {
      if (readsAsProse(sibling)) keep(sibling, 'a paragraph beside it');
      else if (sibling.chars > 0 && sibling.chars <= PROSE_MIN_CHARS && linkDensity(sibling) === 0 && /\.( |$)/.test(textContent(child))) {
        keep(sibling, 'a short sentence beside it');
      }
    }
  }
  return picked;
}

// ---------------------------------------------------------------- copying out

/**
 * A copy of `element` and its text, leaving out every element `keep` refuses, with all inside
 * it (comments go too). The one walker copying page subtrees out: the page is never modified.
 */
function copyTree(element: Element, keep: (element: Element) => boolean, tagOf?: (element: Element) => string): Element | undefined {
  if (!keep(element)) return undefined;
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type === 'element') {
      const copy = copyTree(child, keep, tagOf);
      if (copy) children.push(copy);
    } else if (child.type === 'text') {
      children.push({ type: 'text', value: child.value });
    }
  }
  return { type: 'element', tagName: tagOf?.(element) ?? element.tagName, properties: { ...element.properties }, children };
}

/**
 * Copy a kept element without the parts the measurements mark as not article. A `form` around
 * the vote's winner (ASP.NET pages wrap the whole page in one) is copied as a `div`: the
 * article it holds is not a form the sanitizer should drop.
 */
function copyClean(element: Element, walk: Walk, picked: Stat): Element | undefined {
  return copyTree(element, (inner) => {
    const stat = walk.stats.get(inner);
    if (!stat || stat.dropped) return false;
    if (
      stat !== picked && CLEANED_CONDITIONALLY.has(inner.tagName) && !holdsMostOf(stat, picked) && looksLikeClutter(stat)
    ) {
      if (stat.chars > 0) walk.explain?.(`dropped as clutter: ${describe(stat)} ${snippet(inner)}`);
      return false;
    }
    return true;
  }, (inner) => (inner.tagName === 'form' && holdsWinner(walk.stats.get(inner)!, walk) ? 'div' : inner.tagName));
}

/** Is `stat` the candidate the votes ranked first, or around it? */
function holdsWinner(stat: Stat, walk: Walk): boolean {
  return walk.winner !== undefined && (stat === walk.winner || isInside(walk.winner, stat));
}

/** Does `stat` hold most of the prose of the kept container `picked`? Then it is the article. */
function holdsMostOf(stat: Stat, picked: Stat): boolean {
  return stat.chars - stat.linkChars >= MOST_OF_BODY * (picked.chars - picked.linkChars);
}

/** Readability's "clean conditionally", on the walk's numbers: link lists, image grids, forms. */
function looksLikeClutter(stat: Stat): boolean {
  const tag = stat.element.tagName;
  if (stat.embed || (tag === 'table' && stat.headerCells > 0)) return false;
  const weight = stat.weight;
  if (weight < 0 && weight + (stat.score ?? 0) < 0) return true;
  if (stat.commas >= CLUTTER_MAX_COMMAS) return false;
  const isList = LISTS.has(tag);
  const density = linkDensity(stat);
  const paragraphs = stat.paragraphs;
  const images = stat.images;
  // (Readability's rule: only far more list items than paragraphs make a non-list clutter.)
  const listItems = stat.listItems - CLUTTER_LIST_ITEM_ALLOWANCE;
  const headingDensity = stat.chars === 0 ? 0 : stat.headingChars / stat.chars;
  if (images > 1 && paragraphs / images < CLUTTER_MIN_PARAGRAPHS_PER_IMAGE) return true;
  if (!isList && listItems > paragraphs) return true;
  if (!isList && headingDensity < CLUTTER_HEADING_SHARE && stat.chars < CLUTTER_MIN_CHARS && (images === 0 || images > CLUTTER_MAX_FIGURE_IMAGES)) return true;
  // A weight below CLASS_WEIGHT: no content word in the class.
  if (!isList && weight < CLASS_WEIGHT && density > CLUTTER_LINK_DENSITY) return true;
  if (weight >= CLASS_WEIGHT && density > CLUTTER_LINK_DENSITY_CONTENT) return true;
  return false;
}

// ---------------------------------------------------------------- helpers

/** Characters of a body's text, white space runs counted as one. */
function textLength(root: Root): number {
  return lineText(root).length;
}

/** The start of an element's text, quoted, for `explain`. */
function snippet(element: Element): string {
  return JSON.stringify(lineText(element).slice(0, 80));
}

/** A short CSS-like path of an element, for `explain`. */
function describe(stat: Stat): string {
  const parts: string[] = [];
  for (let s: Stat | undefined = stat; s && parts.length < 4; s = s.parent) {
    parts.unshift(s.element.tagName + (classWords(s.element.properties) ? '.' + classWords(s.element.properties).replace(/\s+/g, '.').slice(0, 40) : ''));
  }
  return parts.join(' > ');
}
