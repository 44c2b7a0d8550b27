/**
 * Turn a sanitized article tree into GFM Markdown (`toMarkdown`) or plain text (`toPlainText`).
 *
 * `toMarkdown` is rehype-remark → remark-gfm → remark-stringify with fixed style options, so
 * the same tree always gives the same bytes: ATX headings, `-` bullets, `*` emphasis (it also
 * works inside words, where `_` does not), `**` strong, fenced code. Figures become the image
 * followed by its caption as an emphasized paragraph. Raw HTML never reaches the output: the
 * few constructs that would produce it (comments) are dropped, and text that looks like markup
 * is escaped by remark-stringify.
 *
 * `toPlainText` is a direct tree walk, fast enough to run on every page of a benchmark.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Nodes as MdastNodes, Parents as MdastParents, PhrasingContent, Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { webUrl } from '../article/fields.ts';
import { MEDIA_PREFIX } from '../article/media.ts';
import { NOT_IN_CELL, NOT_PROSE, PLAIN_TEXT_BLOCKS, TABLE_CELLS } from './html-elements.ts';
import { collapseSpace } from './node-text.ts';
import { outline } from './outline.ts';

/** Options for `toMarkdown`. */
export interface ToMarkdownOptions {
  /**
   * Canonical URL of the article. Relative link targets and image sources are resolved
   * against it, so they keep pointing at the original site; without it they stay relative.
   */
  baseUrl?: string;
}

type Handler = NonNullable<RehypeRemarkOptions['handlers']>[string];
type State = Parameters<NonNullable<Handler>>[0];

/** The house Markdown style: fixed so output is stable across runs and readable in an editor. */
const stringifyOptions: StringifyOptions = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fences: true,
  fence: '`',
  rule: '-',
  ruleRepetition: 3,
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  quote: '"',
  resourceLink: true,
};

/** A figure caption becomes an emphasized paragraph (or several) under the image. */
const figcaption: NonNullable<Handler> = (state: State, node: Element) => {
  const blocks = state.toFlow(state.all(node)) as MdastContent[];
  return blocks.map(
    (block): MdastContent =>
      block.type === 'paragraph' ? { type: 'paragraph', children: [{ type: 'emphasis', children: block.children }] } : block,
  );
};

/** Hast → mdast → GFM, built once: the processor holds no per-document state. */
const processor = unified()
  // Comments would come out as raw HTML; a sanitized tree has none, but be sure.
  .use(rehypeRemark, { handlers: { figcaption }, nodeHandlers: { comment: () => undefined } })
  .use(remarkGfm)
  .use(remarkStringify, stringifyOptions)
  .freeze();

/** Convert a (sanitized) article tree to GitHub-flavoured Markdown. */
export function toMarkdown(tree: Root, options: ToMarkdownOptions = {}): string {
  const base = parseBase(options.baseUrl);
  let markdown: string;
  try {
    const hast = structuredClone(tree);
    prepareTree(hast);
    const mdast = processor.runSync(hast) as MdastRoot;
    finishMdast(mdast, base);
    outline(mdast);
    markdown = processor.stringify(mdast);
  } catch (error) {
    // The unified utilities recurse and spread arrays into calls; a hostile page with hundreds
    // of thousands of inline elements in one paragraph overflows the stack. Keep its text.
    if (!(error instanceof RangeError)) throw error;
    markdown = plainMarkdown(tree);
  }
  return markdown.trim() === '' ? '' : markdown.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** The article's plain text as Markdown paragraphs (escaped by remark-stringify): the fallback. */
function plainMarkdown(tree: Root): string {
  const paragraphs = toPlainText(tree)
    .split('\n\n')
    .map((block): MdastContent => ({ type: 'paragraph', children: [{ type: 'text', value: block }] }));
  return processor.stringify({ type: 'root', children: paragraphs });
}

/** Only an absolute http(s) URL can serve as base; anything else resolves nothing. */
function parseBase(baseUrl: string | undefined): URL | undefined {
  const href = webUrl(baseUrl);
  return href ? new URL(href) : undefined;
}

/**
 * Tidy the Markdown tree in place: drop raw HTML, resolve URLs (or drop what cannot be resolved),
 * turn `<br><br>` runs into paragraph breaks, and use a header-less table's first row as its header.
 */
function finishMdast(node: MdastNodes, base: URL | undefined): void {
  // URLs first: a link unwrapped to its text must be tidied with the text around it.
  if ('children' in node) {
    const parent = node as MdastParents;
    const children = parent.children.filter((child) => child.type !== 'html').flatMap((child) => withUsableUrl(child as MdastContent, base));
    parent.children = children as typeof parent.children;
  }
  if (node.type === 'table' && node.children.length > 1 && node.children[0].children.every((cell) => cell.children.length === 0)) {
    node.children.shift();
  }
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    node.children = trimEdges(tidyPhrasing(node.children, node.type === 'heading'));
  }
  // `<h2><b>Title</b></h2>` is a heading; `## **Title**` says the same thing twice.
  if (node.type === 'heading') {
    const content = node.children.filter((child) => !isBlankText(child));
    if (content.length === 1 && content[0].type === 'strong') node.children = content[0].children;
  }
  if ('children' in node) {
    const parent = node as MdastParents;
    if (parent.children.some((child) => child.type === 'paragraph')) {
      parent.children = (parent.children as MdastContent[]).flatMap(splitParagraph) as typeof parent.children;
    }
    for (const child of parent.children) finishMdast(child, base);
  }
}

/**
 * A link, image or definition with its URL resolved; one whose URL cannot be resolved loses it:
 * an image or definition is dropped, a link becomes its text.
 */
function withUsableUrl(node: MdastContent, base: URL | undefined): MdastContent[] {
  if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return [node];
  const url = resolveUrl(node.url, base);
  if (url !== undefined) {
    node.url = url;
    return [node];
  }
  // The text of an unwrapped link may itself be an image (`[![](a_kl.jpg)](a.jpg)`).
  return node.type === 'link' ? (node.children as MdastContent[]).flatMap((child) => withUsableUrl(child, base)) : [];
}

type Attention = Extract<PhrasingContent, { type: 'emphasis' | 'strong' | 'delete' }>;

function isAttention(node: PhrasingContent): node is Attention {
  return node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete';
}

/** White space at the edges of a block means nothing, and remark-stringify would encode it (`&#x20;`). */
function trimEdges(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return children.filter((child) => child.type !== 'text' || child.value !== '');
}

/**
 * Make inline content serialize cleanly: whitespace at the edges of emphasis moves outside it
 * (`<em> word </em>` would otherwise need character references), neighbouring runs of the same
 * emphasis merge (`<i>a</i><i>b</i>` is one run, not `*a*_b_`), empty emphasis goes, in
 * headings line breaks become spaces (an ATX heading is one line), and so do line endings in
 * inline code.
 */
function tidyPhrasing(children: PhrasingContent[], inHeading: boolean): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  const push = (node: PhrasingContent) => {
    const last = result[result.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if (isAttention(node) && last && last.type === node.type) {
      const target = (last as Attention).children as PhrasingContent[];
      for (const child of node.children) {
        const previous = target[target.length - 1];
        if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
        else target.push(child);
      }
    }
    else result.push(node);
  };
  for (const child of children) {
    if (inHeading && child.type === 'break') {
      push({ type: 'text', value: ' ' });
    } else if (child.type === 'inlineCode' && /[\r\n]/.test(child.value)) {
      // A code span is one run of a paragraph: a blank line in it (a `<pre>` inside a link)
      // would end the paragraph there and leave the rest, `<img onerror>` included, as raw
      // HTML. Its line endings read as spaces anyway (CommonMark).
      push({ ...child, value: child.value.replace(/[ \t]*(?:\r?\n[ \t]*)+/g, ' ') });
    } else if (isAttention(child)) {
      const inner = tidyPhrasing(child.children, inHeading);
      const leading = takeEdgeSpace(inner, 'start');
      const trailing = takeEdgeSpace(inner, 'end');
      const content = inner.filter((node) => node.type !== 'text' || node.value !== '');
      if (leading) push({ type: 'text', value: leading });
      if (content.length > 0) push({ ...child, children: content } as Attention);
      if (trailing) push({ type: 'text', value: trailing });
    } else if ('children' in child) {
      push({ ...child, children: tidyPhrasing(child.children as PhrasingContent[], inHeading) } as PhrasingContent);
    } else {
      push(child);
    }
  }
  return result;
}

/** Remove and return the whitespace at one edge of inline content (in place). */
function takeEdgeSpace(content: PhrasingContent[], edge: 'start' | 'end'): string {
  const node = edge === 'start' ? content[0] : content[content.length - 1];
  if (node?.type !== 'text') return '';
  const space = (edge === 'start' ? /^\s*/ : /\s*$/).exec(node.value)![0];
  node.value = edge === 'start' ? node.value.slice(space.length) : node.value.slice(0, node.value.length - space.length);
  return space;
}

/**
 * Sites that write paragraphs as `text<br><br>text` mean two paragraphs: split a paragraph at
 * every run of two or more line breaks, and drop breaks at its start and end.
 */
function splitParagraph(node: MdastContent): MdastContent[] {
  if (node.type !== 'paragraph' || !node.children.some((child) => child.type === 'break')) return [node];
  const paragraphs: PhrasingContent[][] = [[]];
  const children = node.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type === 'break') {
      // Look past whitespace for another break.
      let next = index + 1;
      while (next < children.length && isBlankText(children[next])) next++;
      if (next < children.length && children[next].type === 'break') {
        while (next < children.length && (children[next].type === 'break' || isBlankText(children[next]))) next++;
        paragraphs.push([]);
        index = next - 1;
        continue;
      }
    }
    paragraphs[paragraphs.length - 1].push(child);
  }
  return paragraphs
    .map((content) => trimBreaks(content))
    .filter((content) => content.some((child) => !isBlankText(child)))
    .map((content) => ({ type: 'paragraph', children: content }) as MdastContent);
}

function isBlankText(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function trimBreaks(content: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  let end = content.length;
  while (start < end && (content[start].type === 'break' || isBlankText(content[start]))) start++;
  while (end > start && (content[end - 1].type === 'break' || isBlankText(content[end - 1]))) end--;
  return content.slice(start, end);
}

/**
 * Prepare the hast copy for rehype-remark, in place.
 *
 * `base` elements go: rehype-remark would resolve URLs against them, and only the caller's
 * `baseUrl` may do that. GFM tables hold one line of text per cell: a table with a single row or
 * a single column is layout, not data, and is replaced by its cells' content so paragraphs stay
 * paragraphs; in a data table, blocks inside a cell become inline runs separated by spaces.
 *
 * Recursive: a sanitized tree is at most the sanitize stage's depth cap deep.
 */
function prepareTree(node: Root | Element): void {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'base') continue;
    if (child.type === 'element' && child.tagName === 'table') {
      const rows = tableRows(child);
      if (rows.length <= 1 || rows.every((row) => row.children.filter(isCell).length <= 1)) {
        children.push(...layoutTableContent(child));
        continue;
      }
      for (const row of rows) for (const cell of row.children.filter(isCell)) spaceBlocks(cell);
    } else if (child.type === 'element') {
      prepareTree(child);
    }
    children.push(child);
  }
  node.children = children as typeof node.children;
}

function isCell(node: ElementContent): node is Element {
  return node.type === 'element' && TABLE_CELLS.has(node.tagName);
}

/** Table parts that hold rows. */
const TABLE_SECTIONS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);

/**
 * What a layout table stands for, in order: each cell's content as a block, and so is text
 * standing outside any cell, where the sanitize stage's depth cap leaves the words of a table
 * nested too deep. Elements outside cells (captions, stray line breaks) are left out.
 */
function layoutTableContent(table: Element): Element[] {
  const blocks: Element[] = [];
  const block = (children: ElementContent[]) => blocks.push({ type: 'element', tagName: 'div', properties: {}, children });
  // The table, its sections, its rows: three levels at most.
  const read = (part: Element) => {
    for (const child of part.children) {
      if (child.type === 'text') {
        if (child.value.trim() !== '') block([child]);
        continue;
      }
      if (child.type !== 'element') continue;
      const name = child.tagName;
      if (TABLE_CELLS.has(name)) {
        if (part.tagName === 'tr') {
          prepareTree(child);
          block(child.children);
        }
      } else if (name === 'tr') {
        if (part.tagName !== 'tr') read(child);
      } else if (TABLE_SECTIONS.has(name)) {
        if (part.tagName === 'table') read(child);
      }
    }
  };
  read(table);
  return blocks;
}

/** The rows of a table, not of tables nested in it. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push(row);
    }
  }
  return rows;
}

/**
 * Turn the blocks inside a table cell into inline runs ending in a space: whitespace between
 * blocks would be minified away and their words run together.
 */
function spaceBlocks(node: Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    spaceBlocks(child);
    if (NOT_IN_CELL.has(child.tagName)) {
      child.tagName = 'span';
      child.children.push({ type: 'text', value: ' ' });
    }
  }
}

/**
 * Where a link or image of the article points, as an address that works on this site: absolute
 * (resolved against the canonical URL), or a path to the media the ingest kept. Undefined when it
 * cannot be resolved: a relative URL left in the Markdown would point into this site instead of
 * the original one (and Astro would try to import a relative image as a build asset).
 */
function resolveUrl(url: string, base: URL | undefined): string | undefined {
  // Absolute (has a scheme) stays as is; the sanitizer only let safe schemes through.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return withValidFragment(url);
  // Images the ingest kept are served by this site, not the original one.
  if (url.startsWith(MEDIA_PREFIX)) return url;
  // In-page anchors lead nowhere: the sanitizer drops every id.
  if (url.startsWith('#')) return undefined;
  // A protocol-relative `//host/path` needs only a scheme; anything else relative needs the base.
  const resolved = webUrl(url, base?.href ?? (url.startsWith('//') ? 'https://host.invalid/' : undefined));
  return resolved && withValidFragment(resolved);
}

/**
 * A URL whose fragment holds no second `#` (`…#:~:text=it&#x27;s#more` copied from a browser's
 * address bar): browsers cope, HTML does not allow it, so each is written `%23`.
 */
function withValidFragment(url: string): string {
  const hash = url.indexOf('#');
  if (hash < 0 || url.indexOf('#', hash + 1) < 0) return url;
  return url.slice(0, hash + 1) + url.slice(hash + 1).replaceAll('#', '%23');
}

/**
 * The article as plain text: one paragraph per block element (separated by blank lines),
 * whitespace collapsed inside blocks, table cells separated by spaces, `br` as a line break.
 * No Markdown syntax, no URLs, no image alt text, no figure captions. Entities are already decoded in the tree.
 */
export function toPlainText(tree: Root): string {
  const blocks: string[] = [];
  let line = '';
  let lines: string[] = [];

  const flushLine = () => {
    const text = collapseSpace(line);
    if (text) lines.push(text);
    line = '';
  };
  const flushBlock = () => {
    flushLine();
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };

  const walk = (nodes: readonly (RootContent | ElementContent)[], pre: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (pre) {
          const parts = node.value.split('\n');
          line += parts[0];
          for (let index = 1; index < parts.length; index++) {
            flushLine();
            line = parts[index];
          }
        } else line += node.value;
      } else if (node.type === 'element') {
        const name = node.tagName;
        if (NOT_PROSE.has(name)) continue;
        // One `br` ends a line; a second one in a row ends the paragraph.
        if (name === 'br') {
          if (line.trim() === '' && lines.length > 0) flushBlock();
          else flushLine();
        }
        else if (TABLE_CELLS.has(name)) {
          line += ' ';
          walk(node.children, pre);
          line += ' ';
        } else if (PLAIN_TEXT_BLOCKS.has(name)) {
          flushBlock();
          walk(node.children, pre || name === 'pre');
          flushBlock();
        } else walk(node.children, pre);
      }
    }
  };

  walk(tree.children, false);
  flushBlock();
  return blocks.join('\n\n');
}
