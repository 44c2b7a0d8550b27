/**
 * Make an article's hast tree safe: THE one sanitize schema of kliping.
 *
 * Everything that reaches the generated site passes `sanitizeSchema` twice: once here at
 * ingest (`sanitizeArticle`, before Markdown is written), and once more at render time, when
 * the site turns that Markdown back into HTML through `rehype-sanitize(sanitizeSchema)`. The
 * schema therefore has to be right for both: strict enough for hostile saved pages, and
 * complete enough for what `remark-rehype` makes of our own GFM (tables, `del`, code blocks).
 *
 * The schema starts from `hast-util-sanitize`'s `defaultSchema` (GitHub's rules) and narrows it
 * to article content: no forms, no inputs, no ids or names (no DOM clobbering), no classes, no
 * style, no event handlers, URLs only with http(s) (and mailto for links) or relative.
 *
 * `sanitizeArticle` adds what a schema cannot express: it drops URLs that could be reborn as
 * markup after a Markdown round trip, recovers lazy-loaded images, keeps block structure where
 * wrappers would otherwise be unwrapped into one run of text, and removes characters that are
 * invalid in XML (the site's RSS feeds embed the same content).
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { parseHtml } from './parse.ts';

/**
 * A URL value that can go into `href`/`src`/`cite`: no whitespace, no control characters, no
 * `<`, `>`, `"`, backtick or backslash. A relative URL containing those (`<script>…`) passes a
 * protocol check, but could turn back into live markup in a later Markdown → HTML step, and
 * browsers read `\` as `/` in http(s) URLs. Real URLs percent-encode these characters.
 * Used in the schema itself so the render-time pass enforces it too.
 */
const safeUrl = /^[^\s<>"`\\\u0000-\u001F\u007F-\u009F]+$/;

/** Schemes allowed per URL property; anything else with a scheme is dropped. */
const protocols = {
  // Links: the web, plus mailto (journalists' contact addresses). No javascript:, data:,
  // vbscript:, file:, irc:, xmpp: (the last two are in GitHub's list; news has no use for them).
  href: ['http', 'https', 'mailto'],
  // Images: the web only. No `data:` (can carry SVG with script in old browsers, and bloats the
  // Markdown), no `blob:`/`file:` (meaningless outside the saving browser).
  src: ['http', 'https'],
  // Quotation sources on blockquote/q.
  cite: ['http', 'https'],
} satisfies Record<string, string[]>;

/**
 * Elements removed together with everything inside them. Anything else that is not in
 * `tagNames` is unwrapped: the element goes, its children stay (article text inside a `span`,
 * `font` or custom element must survive).
 */
const strip = [
  // Script and style: their content is code, not text.
  'script',
  'style',
  // Inert templates hold markup for scripts to stamp out; not article text.
  'template',
  // Embedded documents, plugins and their fallbacks (iframe content is raw text holding
  // markup, e.g. `srcdoc`-like payloads in old browsers).
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'param',
  'noembed',
  'portal',
  'fencedframe',
  // Foreign content: SVG and MathML have their own parsing rules (CDATA, `<style>` and
  // `<script>` in SVG, `annotation-xml`), the classic ground for mutation XSS.
  'svg',
  'math',
  // Forms and their controls: no value in an archived article, and a phishing surface.
  // (A `form` wrapping the whole page, as ASP.NET WebForms pages do, is unwrapped instead:
  // see `isPageWrapperForm`.)
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'output',
  'keygen',
  // Media players: their children are "your browser does not support video" fallbacks and
  // `source`/`track` elements. The lead image comes from metadata instead.
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  // Image maps: `area` elements are links without text.
  'map',
  'area',
  // Document-level elements that only appear when a caller hands in more than a body.
  'head',
  'title',
  'meta',
  'link',
  'base',
  // `xmp` and `plaintext` show their content as literal markup; never article prose.
  'xmp',
  'plaintext',
  // Modal dialogs in article bodies are newsletter/paywall pop-ups.
  'dialog',
];

/** Language tags as in `lang="id"` or `lang="en-GB"`. */
const languageTag = /^[a-zA-Z]{2,8}(?:-[a-zA-Z0-9]{1,8})*$/;
/** Pixel sizes as plain integers (`width="640"`); percentages and units say nothing in Markdown. */
const pixels = /^\d{1,5}$/;

/**
 * THE sanitize schema of kliping, for `hast-util-sanitize` / `rehype-sanitize`.
 * Used at ingest by `sanitizeArticle` and again at render time by the site.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Comments can hide conditional-comment tricks and carry nothing for readers.
  allowComments: false,
  allowDoctypes: false,
  tagNames: [
    // Structure. `div` is kept (without attributes) because many news sites use `div`s as
    // paragraphs; unwrapping them would run their texts together.
    'div',
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    // Lists.
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    // Figures: the image and its caption. `picture` is not kept: its `source` elements are
    // dropped and the `img` inside it is unwrapped into place.
    'figure',
    'figcaption',
    'img',
    // Tables.
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    // Text-level semantics.
    'a',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    // `del`/`ins`: GFM strikethrough renders as `del` at render time.
    'del',
    'ins',
    'sub',
    'sup',
    'mark',
    'small',
    'abbr',
    'cite',
    'q',
    'code',
    'kbd',
    'samp',
    'var',
    'time',
  ],
  attributes: {
    // Links: where to and a tooltip. No `target` (reverse tabnabbing), no `rel`, no `ping`,
    // no `download`, no footnote data attributes (we do not emit GFM footnotes).
    a: [['href', safeUrl], 'title'],
    img: [['src', safeUrl], 'alt', 'title', ['width', pixels], ['height', pixels]],
    blockquote: [['cite', safeUrl]],
    q: [['cite', safeUrl]],
    // Ordered lists that do not start at 1 keep their numbering in Markdown.
    ol: [['start', /^\d{1,9}$/]],
    // Table cells: spans and GFM column alignment (rehype-remark reads `align`).
    td: [['colSpan', /^\d{1,3}$/], ['rowSpan', /^\d{1,3}$/], ['align', 'left', 'right', 'center']],
    th: [['colSpan', /^\d{1,3}$/], ['rowSpan', /^\d{1,3}$/], ['align', 'left', 'right', 'center'], ['scope', 'row', 'col', 'rowgroup', 'colgroup']],
    time: ['dateTime'],
    abbr: ['title'],
    // On any element: only language and direction, which matter for mixed-script articles.
    // Deliberately absent: `id`, `name` (DOM clobbering; we drop them rather than prefix them
    // since nothing links to them), `className` (no site classes in content), `style`,
    // every `on*` handler, `data*`, `tabIndex`, `accessKey`, and the form attributes
    // (`action`, `method`, …) that GitHub's schema allows.
    '*': [['lang', languageTag], ['dir', 'ltr', 'rtl', 'auto']],
  },
  // Nothing above may clobber, but keep GitHub's prefixing as a second line should someone
  // allow `id`/`name` later.
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  clobberPrefix: 'user-content-',
  protocols,
  // Elements that only make sense inside a parent; outside it they are unwrapped.
  ancestors: {
    caption: ['table'],
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    td: ['table'],
    th: ['table'],
    li: ['ul', 'ol'],
    dt: ['dl'],
    dd: ['dl'],
    figcaption: ['figure'],
  },
  // GitHub's schema requires task-list checkboxes; we have no inputs at all.
  required: {},
  strip,
};

/** Block-level containers that are renamed to `div` so their contents stay separate blocks. */
const blockContainers = new Set([
  'article',
  'section',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'address',
  'center',
  'details',
  'summary',
  'hgroup',
  'fieldset',
  'legend',
  'search',
]);

/** Obsolete or equivalent elements renamed to the kept element with the same meaning. */
const renamed = new Map([
  ['strike', 's'],
  ['tt', 'code'],
  ['listing', 'pre'],
  ['menu', 'ul'],
  ['dir', 'ul'],
]);

/**
 * Deepest element nesting kept. Real article bodies nest a few dozen levels; a hostile page can
 * nest thousands, which would overflow the stack of every recursive step after this one
 * (hast-util-sanitize, rehype-remark, remark-stringify). Deeper elements are unwrapped.
 */
const maxDepth = 100;

const stripped = new Set(strip);

/**
 * `data-*` attributes lazy-loading scripts use for the real image URL, in order of preference
 * (hast property names).
 */
export const lazySources = ['dataSrc', 'dataLazySrc', 'dataOriginal', 'dataLazy', 'dataUrl', 'dataHiResSrc'];

/** Characters invalid in XML 1.0 (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), plus DEL and C1 controls (mis-decoded bytes, invisible). */
const invalidXmlChars =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Remove the characters XML forbids (one would make a feed unreadable): the sanitizer does it to
 * article text, the site to frontmatter values and feed fields.
 */
export function xmlSafe(text: string): string {
  return text.replace(invalidXmlChars, '');
}

/**
 * Clean one URL from an `href`/`src`/`cite` attribute, or return `undefined` when it cannot be
 * made safe. Mirrors what browsers do before resolving (trim C0 controls and spaces, drop tabs
 * and newlines anywhere, so `java\tscript:` is seen as `javascript:`), percent-encodes inner
 * spaces, and refuses anything with a scheme not in `schemes` or with characters that could
 * become markup after a Markdown round trip.
 */
export function cleanUrl(value: string, schemes: readonly string[]): string | undefined {
  let url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  url = url.replace(/ /g, '%20');
  if (url === '' || !safeUrl.test(url)) return undefined;
  const colon = url.indexOf(':');
  if (colon >= 0) {
    // A colon before any `/`, `?` or `#` makes what precedes it a scheme (or an invalid URL).
    const end = url.search(/[/?#]/);
    if (end < 0 || colon < end) {
      const scheme = url.slice(0, colon).toLowerCase();
      if (!/^[a-z][a-z0-9+.-]*$/.test(scheme) || !schemes.includes(scheme)) return undefined;
      // Lower-case the scheme: the schema's protocol check is case-sensitive.
      url = scheme + url.slice(colon);
    }
  }
  return url;
}

/** Make an article body safe: a new tree with only what `sanitizeSchema` allows, and clean URLs and text. */
export function sanitizeArticle(tree: Root): Root {
  const prepared: Root = { type: 'root', children: prepareChildren(tree.children, 0, new Map()) as RootContent[] };
  const result = sanitize(prepared, sanitizeSchema);
  const root: Root = result.type === 'root' ? result : { type: 'root', children: [result as RootContent] };
  root.children = finishChildren(root.children) as RootContent[];
  return root;
}

type Content = RootContent | ElementContent;

/** Elements the schema keeps, and those it keeps only inside a given ancestor. */
const keptTags = new Set(sanitizeSchema.tagNames);
const requiredAncestors: Record<string, string[]> = sanitizeSchema.ancestors ?? {};

/**
 * Before the schema: copy the tree, renaming, recovering lazy images and cleaning URLs, and
 * doing the structural part of the schema here already (drop `strip` elements, unwrap unknown
 * ones and those outside their required ancestor). hast-util-sanitize would do the same, but
 * recursively and with `push(...children)`, which overflows the stack on hostile pages with
 * hundreds of thousands of siblings; here children are moved one by one. The schema still runs
 * afterwards on the result, as the authority on attributes and a second check on elements.
 *
 * `open` counts the kept elements currently open, for the ancestor rule.
 */
function prepareChildren(children: readonly Content[], depth: number, open: Map<string, number>, result: Content[] = []): Content[] {
  for (const child of children) {
    if (child.type === 'element') prepareElement(child, depth, open, result);
    else if (child.type === 'text') result.push({ type: 'text', value: child.value });
    // Comments, doctypes and anything else are dropped by the schema anyway.
  }
  return result;
}

/** Append what becomes of `element` to `result`: a cleaned copy, its unwrapped content, or nothing. */
function prepareElement(element: Element, depth: number, open: Map<string, number>, result: Content[]): void {
  let tagName = element.tagName.toLowerCase();
  let children = element.children;

  if (blockContainers.has(tagName)) tagName = 'div';
  else if (renamed.has(tagName)) tagName = renamed.get(tagName)!;
  else if (tagName === 'form' && isPageWrapperForm(element)) tagName = 'div';
  else if (tagName === 'noscript') children = noscriptChildren(element);

  if (stripped.has(tagName)) return;
  const ancestors = requiredAncestors[tagName];
  const keep = keptTags.has(tagName) && (!ancestors || ancestors.some((name) => (open.get(name) ?? 0) > 0));
  if (!keep) {
    if (depth < maxDepth) prepareChildren(children, depth + 1, open, result);
    else flattenChildren(children, open, result);
    return;
  }

  const properties: Properties = { ...element.properties };
  // A 1×1 (or 0×0, 2×2) image is a tracking pixel: it shows nothing and reports the reader.
  if (tagName === 'img' && isTrackingPixel(properties)) return;
  if (tagName === 'img') recoverLazySource(properties);
  cleanUrlProperty(properties, 'href', protocols.href);
  cleanUrlProperty(properties, 'src', protocols.src);
  cleanUrlProperty(properties, 'cite', protocols.cite);

  open.set(tagName, (open.get(tagName) ?? 0) + 1);
  const content = depth < maxDepth ? prepareChildren(children, depth + 1, open) : flattenChildren(children, open, []);
  open.set(tagName, open.get(tagName)! - 1);
  result.push({ type: 'element', tagName, properties, children: content as ElementContent[] });
}

/**
 * The content of a too-deep subtree without its nesting, walked without recursion: text and
 * childless elements (images, line breaks) in document order, a space at every element
 * boundary so words stay apart, and nothing from inside elements the schema strips.
 */
function flattenChildren(children: readonly Content[], open: Map<string, number>, result: Content[]): Content[] {
  const stack: (Content | 'boundary')[] = [];
  const pushReversed = (nodes: readonly Content[]) => {
    for (let index = nodes.length - 1; index >= 0; index--) stack.push(nodes[index]);
  };
  pushReversed(children);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'boundary') result.push({ type: 'text', value: ' ' });
    else if (node.type === 'text') result.push({ type: 'text', value: node.value });
    else if (node.type === 'element' && !stripped.has(node.tagName.toLowerCase())) {
      if (node.children.length === 0) {
        prepareElement(node, maxDepth, open, result);
      } else {
        stack.push('boundary');
        pushReversed(node.children);
        stack.push('boundary');
      }
    }
  }
  return result;
}

function cleanUrlProperty(properties: Properties, name: string, schemes: readonly string[]): void {
  const value = properties[name];
  if (value === undefined || value === null) return;
  const clean = typeof value === 'string' ? cleanUrl(value, schemes) : undefined;
  if (clean === undefined) delete properties[name];
  else properties[name] = clean;
}

/** An image declared at most 2 pixels wide or high (`width="1" height="1"`). */
function isTrackingPixel(properties: Properties): boolean {
  for (const name of ['width', 'height']) {
    const value = properties[name];
    const size = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(?:px)?\s*$/.test(value) ? Number.parseInt(value, 10) : undefined;
    if (size !== undefined && size <= 2) return true;
  }
  return false;
}

/**
 * Lazy-loading pages put a placeholder (a `data:` GIF, a spinner, or nothing) in `src` and the
 * real image in a `data-*` attribute or `srcset`; the schema drops both, so promote the real
 * URL to `src` first.
 */
function recoverLazySource(properties: Properties): void {
  const src = typeof properties.src === 'string' ? properties.src.trim() : '';
  const placeholder =
    src === '' ||
    /^data:/i.test(src) ||
    /(?:^|\/)(?:blank|spacer|pixel|placeholder|lazy[-_]?load\w*|loading)\.(?:gif|png|svg)(?:[?#]|$)/i.test(src) ||
    // A blurred preview a few pixels wide (`?w=20`), swapped for the real image by a script.
    /[?&](?:w|width)=\d{1,2}(?:&|$)/i.test(src);
  if (!placeholder) return;
  for (const name of lazySources) {
    const value = properties[name];
    if (typeof value === 'string' && value.trim() !== '' && !/^data:/i.test(value.trim())) {
      properties.src = value;
      return;
    }
  }
  const candidate = largestSrcsetCandidate(properties.dataSrcset ?? properties.srcSet);
  if (candidate) properties.src = candidate;
}

/** The widest candidate of a `srcset` (hast keeps it as a comma-separated list). */
function largestSrcsetCandidate(value: Properties[string]): string | undefined {
  const entries = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  let best: string | undefined;
  let bestWidth = -1;
  for (const entry of entries) {
    const [url, descriptor = ''] = entry.trim().split(/\s+/);
    if (!url || /^data:/i.test(url)) continue;
    const width = Number.parseFloat(descriptor) || 0;
    if (width > bestWidth) {
      best = url;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * A `form` around the whole page (ASP.NET WebForms) holds the article; a `form` inside an
 * article is a newsletter or comment box. Tell them apart by the prose they contain.
 */
function isPageWrapperForm(form: Element): boolean {
  let paragraphs = 0;
  const stack: ElementContent[] = [...form.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'article' || node.tagName === 'main') return true;
    if (node.tagName === 'p' && ++paragraphs >= 3) return true;
    stack.push(...node.children);
  }
  return false;
}

/**
 * `noscript` is unwrapped: lazy-loading pages put the real `<img>` there. htmlparser2 (our
 * `parseHtml`) builds its content as elements; a spec parser with scripting on keeps it as raw
 * text, so text that holds markup is parsed again here. Either way the result then goes
 * through the schema like everything else.
 */
function noscriptChildren(element: Element): ElementContent[] {
  const onlyText = element.children.every((child) => child.type === 'text' || child.type === 'comment');
  if (!onlyText) return element.children;
  const text = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  if (!text.includes('<')) return element.children;
  return parseHtml(text).children.filter((child): child is ElementContent => child.type !== 'doctype');
}

/** After the schema: remove invalid characters, images without a source, links without a target. */
function finishChildren(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const result: (RootContent | ElementContent)[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      const value = xmlSafe(child.value);
      if (value !== '') result.push({ type: 'text', value });
    } else if (child.type === 'element') {
      const properties = child.properties;
      for (const key in properties) {
        const value = properties[key];
        if (typeof value === 'string') properties[key] = xmlSafe(value);
      }
      child.children = finishChildren(child.children) as ElementContent[];
      // An image that lost its source shows nothing; drop it (its alt text is not the article's).
      if (child.tagName === 'img' && typeof properties.src !== 'string') continue;
      // A link that lost its target is just its text.
      if (child.tagName === 'a' && typeof properties.href !== 'string') {
        for (const grandchild of child.children) result.push(grandchild);
        continue;
      }
      result.push(child);
    }
  }
  return result;
}
