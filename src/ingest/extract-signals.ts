/**
 * Generic signals the extractor reads from markup: which class/id words mark boilerplate (share
 * bars, "related" boxes, comments, ads) or content. (Which tags never hold article text is an
 * element category: see `html-elements.ts`.)
 *
 * Nothing here names a site: these are the words publishers in general use for the parts of a
 * page that are not the article, in the languages kliping's readers bring.
 */

import { classWords, widgetWords } from './lexicon/index.ts';

/**
 * Class/id words (lexicon `classWords`) are matched on word boundaries inside the lower-cased
 * `class` + `id` (a word ends at anything but a letter), so `share-bar`, `related_posts` and
 * `comments2` match, `shared` and `adverb` do not.
 */
function wordPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) => word.replace(/[-]/g, '[-_]?'));
  return new RegExp(`(?:^|[^a-z])(?:${escaped.join('|')})(?:$|[^a-z])`);
}

/** Page parts that are never the article: "related" and "popular" lists, newsletter boxes, ads, share bars, footers. */
const STRONG_RE = wordPattern(classWords.boilerplate);
/** Reader comments: dropped even when they hold more prose than the article. */
const COMMENTS_RE = wordPattern(classWords.comments);
/**
 * Usually chrome, but also on wrappers of the article ("header-and-content", "widget-text"):
 * dropped only when no content word is present, and not at all on the retry for pages where
 * that found too little.
 */
const WEAK_RE = wordPattern(classWords.weak);
/**
 * "Widget" is a sidebar box in blog themes but every block of a page builder
 * ("elementor-widget-container", "widget-wrap"): weak only without layout words around it.
 */
const WIDGET_RE = wordPattern(widgetWords);
const LAYOUT_RE = /wrap|container|column|(?:^|[^a-z])(?:col|row|inner|element)(?:$|[^a-z])/;
/** The article body. */
const CONTENT_RE = wordPattern(classWords.content);

/** How an element's class/id words vote: boilerplate, content, both or neither. */
export interface ClassSignal {
  /** An embedded post (tweet, Instagram…) quoted by the article. */
  embed: boolean;
  /** Reader comments. */
  comments: boolean;
  /** Never the article (related lists, ads, share bars, footers). */
  strong: boolean;
  /** Usually chrome (headers, menus, widgets, tag lists). */
  weak: boolean;
  content: boolean;
  /** Hidden by a utility class (`hidden`, `sr-only`, `visually-hidden`…). */
  hidden: boolean;
  /** A caption or photo credit. */
  caption: boolean;
}

/** Read the boilerplate/content signal of a lower-cased `class id` string. */
export function classSignal(words: string): ClassSignal {
  if (words === '') return NO_SIGNAL;
  // Split camelCase the cheap way: the caller lower-cases, so "relatedPosts" arrives as
  // "relatedposts"; the compound words above cover the usual ones.
  const embed = EMBED_RE.test(words);
  // "has-sidebar", "with-ads", "no-print", "non-ad-column": words about what an element
  // contains or lacks, not what it is.
  const own = words.replace(NEGATED_RE, ' ').replace(UTILITY_RE, ' ');
  return {
    embed,
    comments: !embed && COMMENTS_RE.test(own),
    strong: !embed && STRONG_RE.test(own),
    weak: !embed && (WEAK_RE.test(own) || (WIDGET_RE.test(own) && !LAYOUT_RE.test(own))),
    content: CONTENT_RE.test(words),
    hidden: HIDDEN_RE.test(words),
    caption: CAPTION_RE.test(words),
  };
}

const NO_SIGNAL: ClassSignal = { embed: false, comments: false, strong: false, weak: false, content: false, hidden: false, caption: false };

const NEGATED_RE = /(?:has|with|without|no|non|not)[-_]+[a-z]+/g;
/** CSS utility classes (Tailwind, Bootstrap) that only look like words: "text-center", "justify-content-between". */
const UTILITY_RE =
  /(?:^|\s)(?:[a-z0-9]+:)?(?:text|content|justify-content|align-content|place-content)-(?:left|right|center|justify|start|end|between|around|evenly|stretch|white|black|muted|primary|secondary|success|danger|warning|info|light|dark|body|gray\S*|grey\S*|uppercase|lowercase|capitalize|nowrap|truncate|xs|sm|md|lg|xl|\d\S*)(?=\s|$)/g;

/** Whole class names of utility classes that hide an element from sighted readers. */
const HIDDEN_RE = /(?:^|\s)(?:hidden|is-hidden|d-none|hide|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only|element-invisible)(?:\s|$)/;

/** Embedded posts (tweets, Instagram…) quoted by the article: content, whatever else the class says. */
const EMBED_RE = /embed|twitter-tweet|instagram-media|tiktok-embed/;
/** Captions and photo credits. */
const CAPTION_RE = wordPattern(classWords.caption);
