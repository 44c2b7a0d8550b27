/**
 * THE one sanitize schema of kliping, and the URL rule that goes with it: the part of the
 * article contract that says what HTML a generated article may contain.
 *
 * Everything that reaches the generated site passes `sanitizeSchema` twice: once at ingest
 * (`sanitizeArticle` in src/ingest/sanitize.ts, before Markdown is written), and once more at
 * render time, when the site turns that Markdown back into HTML through
 * `rehype-sanitize(sanitizeSchema)` (src/lib/render.ts, src/lib/markdown-processor.ts). The
 * schema therefore has to be right for both: strict enough for hostile saved pages, and
 * complete enough for what `remark-rehype` makes of our own GFM (tables, `del`, code blocks).
 *
 * It starts from `hast-util-sanitize`'s `defaultSchema` (GitHub's rules) and narrows it to
 * article content: no forms, no inputs, no ids or names (no DOM clobbering), no classes, no
 * style, no event handlers, URLs only with http(s) (and mailto for links) or relative.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * A URL value that can go into `href`/`src`/`cite`: no whitespace, no control characters, no
 * `<`, `>`, `"`, backtick or backslash. A relative URL containing those (`<script>…`) passes a
 * protocol check, but could turn back into live markup in a later Markdown → HTML step, and
 * browsers read `\` as `/` in http(s) URLs. Real URLs percent-encode these characters.
 * Used in the schema itself so the render-time pass enforces it too.
 */
const safeUrl = /^[^\s<>"`\\\u0000-\u001F\u007F-\u009F]+$/;

/** Schemes allowed per URL property; anything else with a scheme is dropped. */
export const urlSchemes = {
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
  protocols: urlSchemes,
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

