/**
 * Render a generated article's Markdown body to HTML: THE one pipeline for article bodies. Astro
 * runs it once per article, when the content layer loads the collection (it is the site's
 * Markdown processor, src/lib/markdown-processor.ts), and the article page shows that HTML as it
 * is (`entry.rendered.html`); feeds carry the same HTML with absolute site URLs
 * (`feedBodyHtml`).
 *
 * The body was sanitized by the ingest already; it is sanitized again here with the same schema
 * (defence in depth: Markdown is a second language with its own escapes, and a file under
 * src/content/articles/ may have been edited by hand).
 *
 * Three steps:
 * 1. `parseArticleBody`: Markdown → hast with Sätteri (Astro 7's native Markdown parser, GFM,
 *    no smart punctuation so the text stays as written, raw HTML left as opaque `raw` nodes),
 *    then sanitized with the one schema (src/article/sanitize-schema.ts), which drops those raw
 *    nodes and everything else it does not allow;
 * 2. `finishBody`: site URLs made to respect `base` (or absolute, for feeds, whose readers may
 *    resolve root-relative URLs against anything), `rel` on external links, lazy images, the
 *    image policy of content/site.yml, and the elements the sanitizer emptied unwrapped;
 * 3. `rehype-stringify`.
 *
 * The steps walk the tree recursively. The ingest writes bodies nested at most about 100 levels
 * deep (its sanitize stage's cap), which they take quickly and far within the stack
 * (test/ingest/deep-nesting.test.ts checks it).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import rehypeStringify from 'rehype-stringify';
import { markdownToHast, type Features } from 'satteri';
import { unified } from 'unified';
import { decodeHTMLAttribute } from 'entities';
import { sanitizeSchema } from '../article/sanitize-schema.ts';
import type { ImagePolicy } from '../config/site.ts';
import { isSitePath, resolveContentUrl } from './urls.ts';

/** Options for {@link articleBodyHtml} and {@link renderArticleBody}. */
export interface RenderOptions {
  /** Astro's `base` (e.g. `/news/`): site paths in the body (kept media) are prefixed with it. */
  base: string;
  /** Astro's `site`: when given, site paths become absolute URLs (for feeds). */
  site?: string | URL;
  /**
   * Which images to keep (content/site.yml's `images`): `remote` all, `local-only` only those the
   * ingest copied into the site (so no reader's browser contacts a publisher), `none` none.
   * Default: `remote`.
   */
  images?: ImagePolicy;
}

/**
 * What Sätteri parses: GFM (tables, strikethrough, task lists, footnotes, autolinks) as remark-gfm
 * does; no smart punctuation (a quote in an article stays the character the publisher wrote); no
 * frontmatter (Astro has already taken it off; a body starting with `---` is a rule); raw HTML
 * left as opaque `raw` nodes, never parsed into elements (the sanitizer drops them).
 */
export const markdownFeatures: Features = {
  gfm: true,
  smartPunctuation: false,
  frontmatter: false,
  rawHtml: false,
};

/** Element properties that hold a URL the reader's browser will follow or fetch. */
const urlProperties = ['href', 'src', 'cite'] as const;

/** Link relations for links leaving the site: no referrer, no opener, no endorsement. */
const externalRel = ['nofollow', 'noopener', 'noreferrer'];

const hastToHtml = unified().use(rehypeStringify).freeze();

/** A text node holding just the line break Sätteri puts between two blocks. */
const isBlockSeparator = (node: RootContent | undefined) => node?.type === 'text' && node.value === '\n';

/**
 * Two differences between Sätteri's hast and what the site's HTML has always been (remark-rehype),
 * evened out before sanitizing, and one thing Markdown cannot say (an empty header cell becomes a
 * data cell: see below):
 * - Sätteri writes a GFM column's alignment as `style="text-align: …"`, which the schema (no
 *   styles) would drop; remark-rehype wrote `align`, which the schema keeps (only the three
 *   values are carried over, and the schema checks `align` again);
 * - raw HTML is an opaque `raw` node, which the sanitizer drops; a block of it (a child of the
 *   document or of a block quote, whose children are all blocks) goes with the line break that
 *   separated it from the block before (or after), as remark-rehype did, so dropping it leaves
 *   no blank line. Raw HTML within text is left to the sanitizer: the line breaks around it are
 *   the text's own spaces.
 */
function prepareTree(parent: Root | Element): void {
  const blocks = parent.type === 'root' || parent.tagName === 'blockquote';
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index];
    if (node.type === 'raw' && blocks) {
      if (isBlockSeparator(children[index - 1])) {
        children.splice(index - 1, 2);
        index -= 2;
      } else if (isBlockSeparator(children[index + 1])) {
        children.splice(index, 2);
        index -= 1;
      }
      continue;
    }
    if (node.type !== 'element') continue;
    if (node.tagName === 'td' || node.tagName === 'th') {
      const style = node.properties.style;
      const match = typeof style === 'string' ? /^text-align:\s*(left|right|center);?$/.exec(style.trim()) : null;
      if (match) node.properties.align = match[1];
      // Markdown tables always have a header row: a publisher's table without one comes with
      // its first row promoted, and an empty header cell names no column (a data cell, then).
      if (node.tagName === 'th' && node.children.every((child) => child.type === 'text' && child.value.trim() === '')) node.tagName = 'td';
    } else if (node.children.length > 0) {
      prepareTree(node);
    }
  }
}

/** Parse and sanitize an article body (the costly step; the result is not modified later). */
export function parseArticleBody(markdown: string): Root {
  const tree = markdownToHast(markdown, { features: markdownFeatures, position: false }) as Root;
  prepareTree(tree);
  return sanitize(tree, sanitizeSchema) as Root;
}

/**
 * Finish a sanitized body in place: URLs resolved by `resolveContentUrl` (site paths get `base`,
 * or become absolute with `site`; leftover relative URLs are dropped), external links get
 * `rel="nofollow noopener noreferrer"`, images load lazily, and elements the sanitizer emptied
 * (an image without a source, a link without a target) are unwrapped or dropped. It only adds
 * attributes whose values it chooses itself.
 */
function finishBody(tree: Root, options: RenderOptions): void {
  const policy = options.images ?? 'remote';
  const resolve = (url: string) => resolveContentUrl(url, options.base, options.site);
  const finishChildren = (children: ElementContent[]): ElementContent[] => {
    let changed = false;
    const out: ElementContent[] = [];
    for (const node of children) {
      if (node.type !== 'element') {
        out.push(node);
        continue;
      }
      const kept = finishElement(node);
      if (Array.isArray(kept)) {
        changed = true;
        out.push(...kept);
      } else out.push(kept);
    }
    return changed ? out : children;
  };
  /** The element itself, or what takes its place (its children, or nothing). */
  const finishElement = (node: Element): Element | ElementContent[] => {
    const props = node.properties;
    // Decided before site paths become absolute (in feeds), which would look external.
    const external = typeof props.href === 'string' && /^(?:https?:)?\/\//i.test(props.href);
    if (node.tagName === 'img' && !imageAllowed(props.src, policy)) delete props.src;
    for (const name of urlProperties) {
      const value = props[name];
      if (typeof value === 'string') {
        const resolved = resolve(value);
        if (resolved === undefined) delete props[name];
        else props[name] = resolved;
      }
    }
    if (node.tagName === 'img' && typeof props.src !== 'string') return [];
    if (node.children.length > 0) node.children = finishChildren(node.children);
    // A link that lost its target is just its text; so is an in-page link (`#…`): the schema
    // keeps no ids, so it could only point nowhere (GFM footnote references, for one).
    if (node.tagName === 'a' && (typeof props.href !== 'string' || props.href.startsWith('#'))) return node.children;
    if (node.tagName === 'a' && external) props.rel = [...externalRel];
    if (node.tagName === 'img') {
      props.loading = 'lazy';
      props.decoding = 'async';
    }
    return node;
  };
  tree.children = finishChildren(tree.children as ElementContent[]) as Root['children'];
}

/**
 * Turn a sanitized body into HTML (see {@link finishBody}); `tree` is left untouched, so one
 * parsed body can give the page's HTML and the feeds'.
 */
export function articleBodyHtml(tree: Root, options: RenderOptions): string {
  const copy = structuredClone(tree);
  finishBody(copy, options);
  return hastToHtml.stringify(copy);
}

/** Markdown → the HTML a page (or, with `site`, a feed) shows: all three steps, in one go. */
export function renderArticleBody(markdown: string, options: RenderOptions): string {
  const tree = parseArticleBody(markdown);
  finishBody(tree, options);
  return hastToHtml.stringify(tree);
}

/**
 * A start tag as `rehype-stringify` writes it: a name, then attributes, each a bare name or
 * `name="value"` with every `"` in the value escaped. Text never holds a raw `<` (escaped as
 * `&#x3C;`), so each match is a real tag.
 */
const startTag = /<[a-z][a-z0-9]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;

/** A URL attribute holding a site path (one `/`, not `//` or `/\`), as the page has it (with `base`). */
const sitePathAttribute = /(\s(?:href|src|cite)=")(\/(?![/\\])[^"]*)"/g;

/**
 * The body HTML a feed carries, from the page's (what {@link renderArticleBody} made for the
 * page, with `base`): the same HTML with each site path made absolute against `site`, byte for
 * byte what rendering it again with `site` gives, without the Markdown (which the content layer
 * does not keep). Only attribute values inside tags change; each is decoded, resolved and
 * written back by the same serializer as the rest.
 */
export function feedBodyHtml(pageHtml: string, site: string | URL): string {
  return pageHtml.replace(startTag, (tag) =>
    tag.replace(sitePathAttribute, (_, before: string, value: string) => `${before}${attributeValue(new URL(decodeHTMLAttribute(value), site).href)}"`),
  );
}

/** `value` escaped as `rehype-stringify` escapes a double-quoted attribute value. */
function attributeValue(value: string): string {
  const html = hastToHtml.stringify({ type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: value }, children: [] }] });
  return html.slice('<a href="'.length, -'"></a>'.length);
}

/** Whether an image at `src` (as the Markdown has it) may be shown under `policy`. */
function imageAllowed(src: unknown, policy: ImagePolicy): boolean {
  if (policy === 'remote') return true;
  return policy === 'local-only' && typeof src === 'string' && isSitePath(src);
}
