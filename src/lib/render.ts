/**
 * Render a generated article's Markdown body to HTML, for the article page (`set:html`) and for
 * the `content` of feed items: one pipeline, so both outputs are the same sanitized HTML.
 *
 * The body was sanitized by the ingest already; it is sanitized again here with the same schema
 * (defence in depth: Markdown is a second language with its own escapes, and a file under
 * src/content/articles/ may have been edited by hand).
 *
 * Two steps, so the costly one runs once per article: `parseArticleBody` (Markdown → sanitized
 * hast) and `articleBodyHtml` (hast → HTML with site URLs made to respect `base`, or absolute
 * for feeds, whose readers may resolve root-relative URLs against anything).
 *
 * The steps here (remark, the sanitizer, `visit`, the stringifier) walk the tree recursively. The
 * ingest writes bodies nested at most about 100 levels deep (its sanitize stage's cap), which
 * they take quickly and far within the stack (test/ingest/deep-nesting.test.ts checks it).
 */
import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { sanitizeSchema } from '../article/sanitize-schema.ts';
import type { ImagePolicy } from '../config/site.ts';
import { isSitePath, resolveContentUrl } from './urls.ts';

/** Options for {@link articleBodyHtml}. */
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

/** Element properties that hold a URL the reader's browser will follow or fetch. */
const urlProperties = ['href', 'src', 'cite'] as const;

/** Link relations for links leaving the site: no referrer, no opener, no endorsement. */
const externalRel = ['nofollow', 'noopener', 'noreferrer'];

/** Markdown → sanitized hast. Raw HTML never becomes hast (no `allowDangerousHtml`): it is dropped. */
const markdownToSafeHast = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .freeze();

const hastToHtml = unified().use(rehypeStringify).freeze();

/** Parse and sanitize an article body (the expensive step; the result is not modified later). */
export function parseArticleBody(markdown: string): Root {
  return markdownToSafeHast.runSync(markdownToSafeHast.parse(markdown)) as Root;
}

/**
 * Turn a sanitized body into HTML: URLs resolved by `resolveContentUrl` (site paths get `base`,
 * or become absolute with `site`; leftover relative URLs are dropped),
 * external links get `rel="nofollow noopener noreferrer"`, images load lazily, and elements the
 * sanitizer emptied (an image without a source, a link without a target) are unwrapped or
 * dropped. It only adds attributes whose values it chooses itself; `tree` is left untouched.
 */
export function articleBodyHtml(tree: Root, options: RenderOptions): string {
  const copy = structuredClone(tree);
  const resolve = (url: string) => resolveContentUrl(url, options.base, options.site);
  visit(copy, 'element', (node: Element, index, parent) => {
    const props = node.properties;
    // Decided before site paths become absolute (in feeds), which would look external.
    const external = typeof props.href === 'string' && /^(?:https?:)?\/\//i.test(props.href);
    if (node.tagName === 'img' && !imageAllowed(props.src, options.images ?? 'remote')) delete props.src;
    for (const name of urlProperties) {
      const value = props[name];
      if (typeof value === 'string') {
        const resolved = resolve(value);
        if (resolved === undefined) delete props[name];
        else props[name] = resolved;
      }
    }
    if (parent && index !== undefined) {
      if (node.tagName === 'img' && typeof props.src !== 'string') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      // A link that lost its target is just its text; so is an in-page link (`#…`): the schema
      // keeps no ids, so it could only point nowhere (GFM footnote references, for one).
      if (node.tagName === 'a' && (typeof props.href !== 'string' || props.href.startsWith('#'))) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
    }
    if (node.tagName === 'a' && external) {
      props.rel = [...externalRel];
    }
    if (node.tagName === 'img') {
      props.loading = 'lazy';
      props.decoding = 'async';
    }
    return undefined;
  });
  return hastToHtml.stringify(copy);
}

/** Whether an image at `src` (as the Markdown has it) may be shown under `policy`. */
function imageAllowed(src: unknown, policy: ImagePolicy): boolean {
  if (policy === 'remote') return true;
  return policy === 'local-only' && typeof src === 'string' && isSitePath(src);
}
