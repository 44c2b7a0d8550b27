/**
 * Generic signals the extractor reads from markup: which tags never hold article text, and
 * which class/id words mark boilerplate (share bars, "related" boxes, comments, ads) or content.
 *
 * Nothing here names a site: these are the words publishers in general use for the parts of a
 * page that are not the article, in the languages kliping's readers bring.
 */

/** Elements whose content is never article text (code, media plumbing, form controls, chrome). */
export const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'source', 'track', 'map', 'select', 'option', 'input', 'textarea', 'button',
  'head', 'title', 'meta', 'link', 'base', 'nav', 'aside', 'dialog', 'frame', 'frameset', 'menu',
  // Ruby annotations (furigana): pronunciation hints above the text, not words of it.
  'rt', 'rp',
]);

/** Inline (phrasing) elements: their text belongs to the block around them. */
export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture',
]);

/**
 * Class/id words of page parts that are never the article: comments, "related" and "popular"
 * lists, newsletter boxes, ads, share bars, footers. Matched on word boundaries inside the
 * lower-cased `class` + `id` (a word ends at anything but a letter), so `share-bar`,
 * `related_posts` and `comments2` match, `shared` and `adverb` do not.
 */
const STRONG_WORDS = [
  'related', 'relatedposts', 'recommended', 'recommendations', 'recommend', 'popular', 'trending',
  'mostread', 'mostpopular', 'morestories', 'more-stories', 'readmore', 'read-more', 'readalso',
  'read-also', 'see-also', 'also-read', 'baca-juga', 'bacajuga', 'lihat-juga', 'artikel-terkait',
  'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up',
  'advert', 'advertisement', 'advertising', 'ads', 'ad', 'adslot', 'ad-slot', 'ad-container',
  'sponsor', 'sponsored', 'outbrain', 'taboola', 'dfp', 'gpt',
  'share', 'sharing', 'sharebar', 'share-bar', 'social', 'socials',
  'breadcrumb', 'breadcrumbs', 'sidebar', 'footer', 'cookie', 'cookies', 'gdpr', 'consent',
  'modal', 'popup', 'pagination', 'pager', 'skip', 'login',
  'author', 'authors', 'bio', 'biography', 'byline', 'about-author', 'about-the-author',
];

/** Reader comments: dropped even when they hold more prose than the article. */
const COMMENT_WORDS = ['comment', 'comments', 'disqus', 'respond', 'replies', 'reply', 'kommentare', 'komentar'];

/**
 * Class/id words that usually mark chrome but also turn up on wrappers of the article
 * ("header-and-content", "widget-text"): dropped only when no content word is present, and
 * not at all on the retry for pages where that found too little.
 */
const WEAK_WORDS = [
  'promo', 'promotion', 'follow', 'menu', 'navbar', 'nav', 'navigation',
  'header', 'masthead', 'tags', 'taglist', 'tag-list', 'tagcloud', 'toolbar', 'banner', 'rating',
  'dateline', 'meta',
];

/** Class/id words of the article body. */
const CONTENT_WORDS = [
  'article', 'articlebody', 'article-body', 'article-content', 'body', 'content', 'entry',
  'entry-content', 'main', 'post', 'post-content', 'story', 'story-body', 'text', 'hentry',
  'blog', 'page', 'detail', 'isi', 'konten', 'berita',
];

function wordPattern(words: string[]): RegExp {
  const escaped = words.map((word) => word.replace(/[-]/g, '[-_]?'));
  return new RegExp(`(?:^|[^a-z])(?:${escaped.join('|')})(?:$|[^a-z])`);
}

const STRONG_RE = wordPattern(STRONG_WORDS);
const COMMENTS_RE = wordPattern(COMMENT_WORDS);
const WEAK_RE = wordPattern(WEAK_WORDS);
/**
 * "Widget" is a sidebar box in blog themes but every block of a page builder
 * ("elementor-widget-container", "widget-wrap"): weak only without layout words around it.
 */
const WIDGET_RE = wordPattern(['widget', 'widgets']);
const LAYOUT_RE = /wrap|container|column|(?:^|[^a-z])(?:col|row|inner|element)(?:$|[^a-z])/;
const CONTENT_RE = wordPattern(CONTENT_WORDS);

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
const CAPTION_RE = wordPattern([
  'caption', 'captions', 'credit', 'credits', 'copyright', 'photo-credit', 'image-credit', 'media-caption',
  'figcaption', 'img-caption', 'image-caption', 'legend', 'image-description', 'imagedescription',
  'img-description', 'photo-description', 'bildtext', 'keterangan-foto',
]);
