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
import { INLINE, NEVER_CONTENT, classSignal } from './extract-signals.ts';
import { tidyArticle } from './extract-tidy.ts';
import { selectRule, type SiteRule } from './site-rules.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /**
   * Site rule for the page's host (see `site-rules.ts`): its `strip` selectors are removed
   * first; its `body` selector, when it matches, replaces the generic search for the body.
   */
  rules?: SiteRule;
  /**
   * Called with one line per decision (candidate scores, the chosen container, dropped
   * blocks): for finding out why a page came out wrong, e.g. before writing a site rule.
   */
  explain?: (line: string) => void;
}

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
  /** Class/id vote: +25 content, −25 boilerplate. */
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
}

/**
 * Extract the article body of a parsed page. Returns a new root holding copies of the body's
 * nodes (unsanitized); the input tree is not modified.
 */
export function extractArticle(tree: Root, options: ExtractOptions = {}): Root {
  const { rules: rule, explain } = options;
  if (depthOf(tree) > MAX_DEPTH) {
    // The walks below recurse; a hostile or broken page nested thousands of levels deep would
    // overflow the stack. Such a page gets its text as plain paragraphs instead.
    explain?.(`page nested deeper than ${MAX_DEPTH} levels: reading its text as plain paragraphs`);
    return tidyArticle(flatParagraphs(tree), { titles: [], explain });
  }
  const page = measurePage(tree);
  if (rule?.strip) for (const selector of rule.strip) for (const element of selectRule(selector, tree)) page.stripped.add(element);
  if (rule?.body) {
    const bodies = outermost(selectRule(rule.body, tree));
    if (bodies.length > 0) {
      explain?.(`site rule for ${rule.host}: body is ${bodies.length} element(s) matching ${rule.body}`);
      return extractByRule(bodies, page, explain);
    }
    explain?.(`site rule for ${rule.host}: nothing matches ${rule.body}, using the generic extractor`);
  }
  let result = extractWith(tree, page, true, explain);
  if (textLength(result) < 500) {
    // Some pages put the article inside a container whose class reads like chrome
    // ("widget-area", "header-and-content"): try again trusting only the strong words.
    explain?.('little text found: retrying without the weak class-name signals');
    const retry = extractWith(tree, page, false, explain);
    if (textLength(retry) > textLength(result) * 1.5) result = retry;
  }
  return result;
}

/** Deeper than any real page; well within the call stack of every walk here. */
const MAX_DEPTH = 1000;

/** How deep the element tree goes, without recursion. */
function depthOf(tree: Root): number {
  let max = 0;
  const stack: [Root | Element, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) break;
    for (const child of node.children) if (child.type === 'element') stack.push([child, depth + 1]);
  }
  return max;
}

/** Every run of text between blocks as a `<p>`, in page order, without recursion. */
function flatParagraphs(tree: Root): Root {
  const children: RootContent[] = [];
  let text = '';
  const flush = () => {
    const value = text.replace(/\s+/g, ' ').trim();
    if (value) children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value }] });
    text = '';
  };
  const stack: (Root | Element | string)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      text += node;
      continue;
    }
    if (node.type === 'element') {
      if (NEVER_CONTENT.has(node.tagName) || isHidden(node.properties)) continue;
      if (!INLINE.has(node.tagName)) flush();
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child.type === 'text') stack.push(child.value);
      else if (child.type === 'element') stack.push(child);
    }
  }
  flush();
  return { type: 'root', children };
}

/** The body a site rule names: copies of its elements without never-content, hidden or stripped parts. */
function extractByRule(bodies: Element[], page: Page, explain: ExtractOptions['explain']): Root {
  const copy = (element: Element): Element | undefined => {
    if (NEVER_CONTENT.has(element.tagName) || isHidden(element.properties) || page.stripped.has(element)) return undefined;
    const children: ElementContent[] = [];
    for (const child of element.children) {
      if (child.type === 'element') {
        const kept = copy(child);
        if (kept) children.push(kept);
      } else if (child.type === 'text') {
        children.push({ type: 'text', value: child.value });
      }
    }
    return { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children };
  };
  const children: RootContent[] = [];
  for (const body of bodies) {
    const kept = copy(body);
    if (kept) children.push(kept);
  }
  return tidyArticle({ type: 'root', children }, { titles: page.titles, explain });
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

function extractWith(tree: Root, page: Page, dropByClass: boolean, explain: Walk['explain']): Root {
  const walk: Walk = { stats: new Map(), candidates: [], body: undefined, dropByClass, explain, page };
  for (const child of tree.children) if (child.type === 'element') measure(child, undefined, walk, []);
  const top = chooseTop(walk);
  if (!top) return { type: 'root', children: [] };
  const picked = withRelatives(top, withSiblings(top, walk), walk);
  if (explain) {
    const ranked = walk.candidates.filter((s) => !isDroppedPath(s)).sort((a, b) => finalScore(b) - finalScore(a));
    for (const s of ranked.slice(0, 8)) explain(`candidate ${finalScore(s).toFixed(1)} ${describe(s)} (${s.chars} chars, link density ${linkDensity(s).toFixed(2)})`);
    explain(`chosen ${describe(top)}`);
    for (const s of picked) explain(`kept ${describe(s)} ${snippet(s.element)}`);
  }
  const children: RootContent[] = [];
  for (const stat of picked) {
    const copy = copyClean(stat.element, walk, stat);
    if (copy) children.push(copy);
  }
  return tidyArticle({ type: 'root', children }, { titles: page.titles, explain });
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
    if (!INLINE.has(element.tagName) && inline >= 25 && inlineLink < inline * 0.5) prose += inline - inlineLink;
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
    if (child.tagName === 'title') titles.push(plainText(child));
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

const BLOCK_SCORE_TAGS: Record<string, number> = {
  div: 5, article: 5, section: 3, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

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
  if (words && !WRAPPERS.has(tag)) {
    const signal = classSignal(words);
    if (signal.strong || signal.weak) stat.weight -= 25;
    if (signal.content) stat.weight += 25;
    stat.embed = signal.embed;
    // Captions and credits outside a <figure> are detached from their image: not body text.
    // A "caption" holding paragraphs is a layout's name for something else.
    const caption = signal.caption && tag !== 'figcaption' && (walk.page.sizes.get(element)?.chars ?? 0) < 400;
    // Comment sections can out-write the article; everything else that holds most of the
    // page's prose is the article in a wrapper with an unlucky name.
    const comments = signal.comments && !isPageWrapper(element, walk.page);
    // Weak words on a heading or inside a line of text ("nav_" anchors on subheadings, a
    // "dateline" span opening the first paragraph) do not make it chrome.
    const weak = walk.dropByClass && signal.weak && !signal.content && !INLINE.has(tag) && !HEADINGS.has(tag);
    const chrome =
      (signal.strong || weak) &&
      !holdsProse(element, walk.page, 0.4) &&
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
  if (tag === 'p' || (stat.inlineChars >= 10 && !INLINE.has(tag) && !NOT_PARAGRAPH.has(tag))) stat.paragraphs++;
  if (tag === 'img' || tag === 'picture') stat.images++;
  else if (tag === 'li') stat.listItems++;
  else if (tag === 'th') stat.headerCells++;
  else if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') stat.headingChars = stat.chars;

  // A block with enough text of its own is a paragraph: it votes for the containers above it.
  if (!INLINE.has(tag) && stat.inlineChars >= 25 && stat.inlineLinkChars < stat.inlineChars * 0.5) {
    stat.prose += stat.inlineChars - stat.inlineLinkChars;
    const votes = 1 + stat.commas + Math.min(Math.floor(stat.inlineChars / 100), 3);
    // A block mixing its own text with block children is itself the container of that text.
    let level = 0;
    if (stat.hasBlockChild) vote(stat, votes, level++, walk);
    for (let i = path.length - 1; i >= 0 && level < 5; i--, level++) vote(path[i], votes, level, walk);
  }
  return stat;
}

/** Blocks whose own text is an item or a cell, not a paragraph. */
const NOT_PARAGRAPH = new Set(['li', 'dt', 'dd', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'figcaption']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Page-level wrappers: their class lists describe the page, never a boilerplate block. */
const WRAPPERS = new Set(['html', 'body', 'main']);

/** Holds most of the page's text and its headline: a wrapper, whatever its class says. */
function isPageWrapper(element: Element, page: Page): boolean {
  const size = page.sizes.get(element);
  if (!size || size.chars < page.total.chars * 0.6) return false;
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

function chooseTop(walk: Walk): Stat | undefined {
  let ranked = walk.candidates
    .filter((stat) => !isDroppedPath(stat))
    .sort((a, b) => finalScore(b) - finalScore(a));
  // A feed of post cards ("You may also like" with whole teasers) can out-vote a short article
  // beside it, or drag the choice up to an ancestor of both: when something outside the feed
  // scores well too, that is the article.
  let feed: Stat | undefined;
  for (const stat of ranked.slice(0, 6)) if ((feed = feedOf(stat))) break;
  if (feed) {
    const outside = ranked.filter((stat) => stat !== feed && !isInside(stat, feed) && !holdsFeed(stat));
    if (outside.length > 0 && finalScore(outside[0]) >= finalScore(ranked[0]) * 0.4) {
      walk.explain?.(`${describe(feed)} is a feed of posts: passed over for ${describe(outside[0])}`);
      walk.feeds = true;
      ranked = outside;
    }
  }
  let top: Stat | undefined = ranked[0];
  if (!top) return walk.body;
  const topScore = finalScore(top);

  // When several strong candidates share an ancestor, the article is that ancestor (a body
  // split into several containers by ads or figures).
  const first = top;
  const topAncestors = ancestorSet(first);
  const alternatives = ranked
    .slice(1, 6)
    .filter((stat) => finalScore(stat) >= topScore * 0.75 && !topAncestors.has(stat) && !isInside(stat, first));
  if (alternatives.length >= 2) {
    const ancestorsOf = alternatives.map((stat) => ancestorSet(stat));
    for (let parent = top.parent; parent && parent.element.tagName !== 'body'; parent = parent.parent) {
      const holding = ancestorsOf.filter((set) => set.has(parent!)).length;
      if (holding >= 2) {
        top = parent;
        break;
      }
    }
  }

  // Climb while the parent scores better: the votes say it holds more of the article.
  let last = finalScore(top);
  const threshold = last / 3;
  for (let parent = top.parent; parent && parent.element.tagName !== 'body'; parent = parent.parent) {
    if (parent.score === undefined) continue;
    const score = finalScore(parent);
    if (score < threshold) break;
    if (score > last) {
      top = parent;
      break;
    }
    last = score;
  }
  // A lone child says nothing its parent doesn't: take the parent, which may have siblings.
  while (top.parent && top.parent.element.tagName !== 'body' && countElementChildren(top.parent) === 1) {
    top = top.parent;
  }
  return top;
}

/** Three or more `<article>` children: a list of posts, not one. */
function isFeed(stat: Stat): boolean {
  let articles = 0;
  for (const child of stat.element.children) if (child.type === 'element' && child.tagName === 'article' && ++articles >= 3) return true;
  return false;
}

/** The feed of posts that `stat` is, or is a post of. */
function feedOf(stat: Stat): Stat | undefined {
  for (let s: Stat | undefined = stat, level = 0; s && level < 3; s = s.parent, level++) if (isFeed(s)) return s;
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
    if (articles >= 3) return true;
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
  for (let level = 0; level < 2 && current?.parent && current.element.tagName !== 'body'; level++) {
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
      else if (!relative.dropped && isProseBlock(relative)) (seen ? after : before).push(relative);
    }
    result.unshift(...before);
    result.push(...after);
    current = grand;
  }
  return result;
}

/** Mostly paragraph text with few links and little else: more of the article when beside it. */
function isProseBlock(stat: Stat): boolean {
  return (
    stat.element.tagName !== 'figure' &&
    stat.chars > 80 &&
    stat.prose >= stat.chars * 0.7 &&
    linkDensity(stat) < 0.25 &&
    (stat.images === 0 || stat.chars >= 300)
  );
}

/** The chosen container plus the siblings that look like more of the same article. */
function withSiblings(top: Stat, walk: Walk): Stat[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = finalScore(top);
  const threshold = Math.max(10, topScore * 0.2);
  // Classes only: ids differ between the parts of one body ("c2617", "c2618").
  const topClass = classWords({ className: top.element.properties.className });
  const picked: Stat[] = [];
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
    const bonus = sameClass ? topScore * 0.2 : 0;
    if (sibling.score !== undefined && finalScore(sibling) + bonus >= threshold) {
      picked.push(sibling);
    } else if (sameClass && child.tagName === top.element.tagName && sibling.chars >= 100 && linkDensity(sibling) < 0.35) {
      // The body split in several same-class parts (by figures or ads) whose paragraphs sit too
      // deep to have voted for the part itself.
      picked.push(sibling);
    } else if (child.tagName !== 'p' && isProseBlock(sibling)) {
      // A block of prose beside the body (an intro, a part after a figure) is more of it.
      picked.push(sibling);
    } else if (child.tagName === 'p') {
      const density = linkDensity(sibling);
      if (sibling.chars > 80 && density < 0.25) picked.push(sibling);
      else if (sibling.chars > 0 && sibling.chars <= 80 && density === 0 && /\.( |$)/.test(plainText(child))) {
        picked.push(sibling);
      }
    }
  }
  return picked;
}

// ---------------------------------------------------------------- copying out

const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'header', 'footer']);

/** Copy an element without the parts the measurements mark as not article. */
function copyClean(element: Element, walk: Walk, picked: Stat): Element | undefined {
  const stat = walk.stats.get(element);
  if (!stat || stat.dropped) return undefined;
  if (stat !== picked && CONDITIONAL.has(element.tagName) && !holdsMostOf(stat, picked) && looksLikeClutter(stat)) {
    if (stat.chars > 0) walk.explain?.(`dropped as clutter: ${describe(stat)} ${snippet(element)}`);
    return undefined;
  }
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type === 'element') {
      const copy = copyClean(child, walk, picked);
      if (copy) children.push(copy);
    } else if (child.type === 'text') {
      children.push({ type: 'text', value: child.value });
    }
  }
  return { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children };
}

/** Does `stat` hold most of the prose of the kept container `picked`? Then it is the article. */
function holdsMostOf(stat: Stat, picked: Stat): boolean {
  return stat.chars - stat.linkChars >= 0.5 * (picked.chars - picked.linkChars);
}

/** Readability's "clean conditionally", on the walk's numbers: link lists, image grids, forms. */
function looksLikeClutter(stat: Stat): boolean {
  const tag = stat.element.tagName;
  if (stat.embed || (tag === 'table' && stat.headerCells > 0)) return false;
  const weight = stat.weight;
  if (weight < 0 && weight + (stat.score ?? 0) < 0) return true;
  if (stat.commas >= 10) return false;
  const isList = tag === 'ul' || tag === 'ol';
  const density = linkDensity(stat);
  const paragraphs = stat.paragraphs;
  const images = stat.images;
  // (Readability's rule: only far more list items than paragraphs make a non-list clutter.)
  const listItems = stat.listItems - 100;
  const headingDensity = stat.chars === 0 ? 0 : stat.headingChars / stat.chars;
  if (images > 1 && paragraphs / images < 0.5) return true;
  if (!isList && listItems > paragraphs) return true;
  if (!isList && headingDensity < 0.9 && stat.chars < 25 && (images === 0 || images > 2)) return true;
  if (!isList && weight < 25 && density > 0.2) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}

// ---------------------------------------------------------------- helpers

function plainText(node: Element | Root): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') out += plainText(child);
  }
  return out;
}

function textLength(root: Root): number {
  return plainText(root).replace(/\s+/g, ' ').trim().length;
}

function snippet(element: Element): string {
  return JSON.stringify(plainText(element).replace(/\s+/g, ' ').trim().slice(0, 80));
}

/** A short CSS-like path of an element, for `explain`. */
function describe(stat: Stat): string {
  const parts: string[] = [];
  for (let s: Stat | undefined = stat; s && parts.length < 4; s = s.parent) {
    parts.unshift(s.element.tagName + (classWords(s.element.properties) ? '.' + classWords(s.element.properties).replace(/\s+/g, '.').slice(0, 40) : ''));
  }
  return parts.join(' > ');
}
