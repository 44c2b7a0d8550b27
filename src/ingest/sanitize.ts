/**
 * Make an article's hast tree safe, at ingest: `sanitizeArticle` runs THE one sanitize schema
 * (`sanitizeSchema`, owned by the article contract in src/article/sanitize-schema.ts, which the
 * site's renderer applies again) and adds what a schema cannot express: it drops URLs that could
 * be reborn as markup after a Markdown round trip, recovers lazy-loaded images, keeps block
 * structure where wrappers would otherwise be unwrapped into one run of text, and removes
 * characters that are invalid in XML (the site's RSS feeds embed the same content).
 */
import { sanitize } from 'hast-util-sanitize';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { cleanUrl, sanitizeSchema, urlSchemes } from '../article/sanitize-schema.ts';
import { xmlSafe } from '../article/fields.ts';
import { parseHtml } from './parse.ts';

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
 * Deepest element nesting kept in an article body; deeper elements are unwrapped, their text and
 * images kept in order. Real bodies nest a few dozen levels (a parsed page is at most
 * `MAX_TREE_DEPTH`, 512, deep). The Markdown written for the body nests as deep, and the site
 * parses it again (src/lib/render.ts) with remark, which slows down much faster than nesting
 * grows: keeping bodies shallow keeps that quick, and every recursive step on the way
 * (hast-util-sanitize, rehype-remark, remark-stringify, the renderer's) far within the stack.
 */
export const MAX_BODY_DEPTH = 100;

const stripped = new Set(sanitizeSchema.strip);

/**
 * `data-*` attributes lazy-loading scripts use for the real image URL, in order of preference
 * (hast property names).
 */
export const lazySources = ['dataSrc', 'dataLazySrc', 'dataOriginal', 'dataLazy', 'dataUrl', 'dataHiResSrc'];

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
    if (depth < MAX_BODY_DEPTH) prepareChildren(children, depth + 1, open, result);
    else flattenChildren(children, open, result);
    return;
  }

  const properties: Properties = { ...element.properties };
  // A 1×1 (or 0×0, 2×2) image is a tracking pixel: it shows nothing and reports the reader.
  if (tagName === 'img' && isTrackingPixel(properties)) return;
  if (tagName === 'img') recoverLazySource(properties);
  cleanUrlProperty(properties, 'href', urlSchemes.href);
  cleanUrlProperty(properties, 'src', urlSchemes.src);
  cleanUrlProperty(properties, 'cite', urlSchemes.cite);

  open.set(tagName, (open.get(tagName) ?? 0) + 1);
  const content = depth < MAX_BODY_DEPTH ? prepareChildren(children, depth + 1, open) : flattenChildren(children, open, []);
  open.set(tagName, open.get(tagName)! - 1);
  const item = listItemTag[tagName];
  const listed = item ? itemsOnly(content as ElementContent[], item) : (content as ElementContent[]);
  result.push({ type: 'element', tagName, properties, children: listed });
}

/** The item element of each kind of list: what may stand straight inside it. */
const listItemTag: Record<string, string> = { ul: 'li', ol: 'li', dl: 'dd' };

/**
 * A list's children as list items: text or elements straight inside `<ul>`/`<ol>`/`<dl>` (broken
 * markup, or what unwrapping left there) are put in an item of their own. Left bare, the Markdown
 * stage writes them outside any escaping context, so text such as "&lt;img onerror=…&gt;" came
 * out as raw HTML in the generated Markdown.
 */
function itemsOnly(children: ElementContent[], item: string): ElementContent[] {
  const items: ElementContent[] = [];
  let loose: ElementContent[] = [];
  const flush = () => {
    if (loose.some((node) => node.type !== 'text' || node.value.trim() !== '')) {
      items.push({ type: 'element', tagName: item, properties: {}, children: loose });
    }
    loose = [];
  };
  for (const child of children) {
    if (child.type === 'element' && (child.tagName === item || (item === 'dd' && child.tagName === 'dt'))) {
      flush();
      items.push(child);
    } else {
      loose.push(child);
    }
  }
  flush();
  return items;
}

/** Childless elements that still mean something in a flattened subtree: a picture, a line break, a rule. */
const keptFlat = new Set(['img', 'br', 'hr']);

/**
 * The content of a too-deep subtree without its nesting, walked without recursion: text and
 * images, line breaks and rules in document order, a space at every element boundary so words
 * stay apart, and nothing from inside elements the schema strips. Text runs are joined: a
 * hostile subtree of 100,000 elements gives a few nodes, not 200,000 spaces.
 */
function flattenChildren(children: readonly Content[], open: Map<string, number>, result: Content[]): Content[] {
  const stack: (Content | 'boundary')[] = [];
  const pushReversed = (nodes: readonly Content[]) => {
    for (let index = nodes.length - 1; index >= 0; index--) stack.push(nodes[index]);
  };
  // (Text nodes in `result` are this stage's own copies: extending them changes no input.) Whether
  // the text so far ends in a space is kept aside: testing a string built by `+=` flattens it.
  const addText = (value: string) => {
    if (value === '') return;
    const last = result[result.length - 1];
    if (last?.type === 'text') last.value += value;
    else result.push({ type: 'text', value });
    spaced = /\s/.test(value[value.length - 1]);
  };
  const lastNode = result[result.length - 1];
  let spaced = lastNode?.type === 'text' && /\s$/.test(lastNode.value);
  pushReversed(children);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'boundary') {
      if (!(spaced && result[result.length - 1]?.type === 'text')) addText(' ');
    } else if (node.type === 'text') addText(node.value);
    else if (node.type === 'element' && !stripped.has(node.tagName.toLowerCase())) {
      if (node.children.length === 0) {
        if (keptFlat.has(node.tagName.toLowerCase())) prepareElement(node, MAX_BODY_DEPTH, open, result);
        else stack.push('boundary');
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

/**
 * After the schema: remove invalid characters, images without a source, links without a target.
 * Recursive: the tree is at most {@link MAX_BODY_DEPTH} deep.
 */
function finishChildren(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const result: (RootContent | ElementContent)[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      const value = xmlSafe(child.value);
      // Runs of text (what unwrapping 8,000 <span>s leaves) become one node: the Markdown stage
      // takes time quadratic in the number of sibling text nodes.
      const last = result.at(-1);
      if (last?.type === 'text') last.value += value;
      else if (value !== '') result.push({ type: 'text', value });
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
