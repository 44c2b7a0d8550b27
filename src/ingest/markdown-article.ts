/**
 * The Markdown reader: a `.md` article (optionally with a YAML frontmatter block) in, metadata
 * and a body tree out. The Markdown is parsed as GFM (remark) and turned into hast
 * (remark-rehype), so it meets the same sanitize and Markdown stages as every other input.
 * Raw HTML inside the Markdown is dropped, not rendered: only Markdown constructs come through.
 *
 * Nesting is limited ({@link MAX_MARKDOWN_NESTING}) before the Markdown is parsed: remark's
 * parser takes time growing much faster than the nesting, and the tree it would build would be
 * deeper than the walks after it can go.
 */
import type { Element, Root } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { IngestError } from './errors.ts';
import { collapseSpace, renderedText } from './node-text.ts';
import { MAX_TREE_DEPTH } from './parse.ts';
import { applyUserMetadata, readUserMetadata, splitFrontmatter } from './sidecar.ts';
import type { ArticleDraft, ArticleMetadata } from './types.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: false });

/**
 * Deepest nesting a Markdown article may have: quotes and lists in each other, or emphasis, links
 * and HTML tags in each other (markdown-it's default `maxNesting`). Written articles nest a few
 * levels. remark's parser (micromark) slows down much faster than the nesting grows (1,000 quote
 * markers on one line: 0.2 s; 4,000: 4 s; 100,000: minutes), so an input nested deeper is
 * refused before it is parsed, with the line where it happens.
 */
export const MAX_MARKDOWN_NESTING = 100;

/** Options for {@link readMarkdownArticle}. */
export interface ReadMarkdownOptions {
  /** "Today", for checking the frontmatter's date. Default: the current date. */
  now?: Date;
}

/** Read a Markdown article. A leading `# Heading` is its title unless the frontmatter gives one. */
export function readMarkdownArticle(text: string, options: ReadMarkdownOptions = {}): ArticleDraft {
  const { data, content } = splitFrontmatter(text);
  const user = readUserMetadata(data, 'frontmatter', options.now);
  // The frontmatter's lines come before the content's: name the file's line in a refusal.
  const firstLine = lineCount(text) - lineCount(content) + 1;
  checkNesting(content, firstLine);
  const mdast = processor.parse(content);
  // What the check above measures is the source; the tree is what the walks below must take.
  if (treeDepth(mdast) > MAX_TREE_DEPTH) throw new IngestError(`nested more than ${MAX_TREE_DEPTH} levels deep: not an article`);
  const body = processor.runSync(mdast) as Root;
  // remark-rehype puts "\n" text nodes between blocks; they carry nothing.
  body.children = body.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  if (body.children.length === 0) throw new IngestError('no article text (only frontmatter)');

  const found: ArticleMetadata = {};
  const first = body.children[0];
  if (first.type === 'element' && first.tagName === 'h1') {
    const heading = collapseSpace(renderedText(first));
    if (heading) {
      // The site shows the title above the article: keep it out of the body.
      found.title = heading;
      body.children.shift();
    }
  }
  const bodyText = renderedText(body);
  if (bodyText.trim() === '' && !found.title) throw new IngestError('no article text (only frontmatter)');
  // A title, a date implied by weekdays and the language are guessed by `finishArticle` for every reader.
  return { metadata: applyUserMetadata(found, user), body: withoutPositions(body) };
}

/**
 * Refuse Markdown nested more than {@link MAX_MARKDOWN_NESTING} levels deep, measured on the text
 * in one pass: per line, its quote and list markers and its indentation (blocks); per paragraph,
 * the emphasis, links and HTML tags opened and not yet closed (inline). Fenced code blocks are
 * skipped. The measure errs a little on the deep side (it does not know which indented lines are
 * code, nor which emphasis will pair up): the limit is far above what articles nest, and far
 * below what hurts.
 */
function checkNesting(content: string, firstLine: number): void {
  const lines = content.split(/\r\n?|\n/);
  let fence: string | undefined;
  let inline = { brackets: 0, emphasis: 0, tags: 0 };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      // Only a run at least as long, with nothing after it, closes a fence.
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(line)) fence = undefined;
      continue;
    }
    if (opening !== undefined) {
      fence = opening;
      continue;
    }
    if (line.trim() === '') inline = { brackets: 0, emphasis: 0, tags: 0 };
    const depth = blockDepth(line) + inlineDepth(line, inline);
    if (depth > MAX_MARKDOWN_NESTING) {
      throw new IngestError(`nested more than ${MAX_MARKDOWN_NESTING} levels deep (line ${firstLine + index}): not an article`);
    }
  }
}

/**
 * How many quotes and lists a line may be inside: its markers (`>`, `-`, `+`, `*`, `1.`, `1)`), and
 * its indentation before the last of them counted as a list level per two columns (a nested
 * list is indented at least as far as its parent item's text), leaving out the one space each
 * marker before the last takes. A line without markers opens nothing: it is 0.
 */
function blockDepth(line: string): number {
  let markers = 0;
  let columns = 0;
  let columnsBeforeLast = 0;
  let i = 0;
  for (;;) {
    for (let char = line[i]; char === ' ' || char === '\t'; char = line[++i]) columns += char === '\t' ? 4 : 1;
    const char = line[i];
    let end = i;
    if (char === '>') end = i + 1;
    else {
      if (char === '-' || char === '+' || char === '*') end = i + 1;
      else {
        while (end - i < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
        if (end > i && (line[end] === '.' || line[end] === ')')) end++;
        else end = i;
      }
      // A list marker is followed by white space or ends the line.
      if (end > i && !(end === line.length || line[end] === ' ' || line[end] === '\t')) end = i;
    }
    if (end === i) break;
    markers++;
    columnsBeforeLast = columns;
    i = end;
  }
  return markers === 0 ? 0 : markers + Math.floor(Math.max(0, columnsBeforeLast - (markers - 1)) / 2);
}

/** Void HTML elements: a tag opening one opens nothing. */
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);
/** An HTML tag's start: `<name` or `</name`, and what follows the name. */
const TAG_START = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/;

/**
 * How deep inline markup is nested at the deepest point of `line`, counting on from the lines
 * before it in the paragraph (`open`, updated): link brackets, emphasis runs (`*`, `_`, `~`)
 * that can only open or only close, and HTML tags. Backslash escapes and code spans are skipped.
 */
function inlineDepth(line: string, open: { brackets: number; emphasis: number; tags: number }): number {
  let max = open.brackets + open.emphasis + open.tags;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '`') {
      let end = i;
      while (line[end] === '`') end++;
      const close = line.indexOf(line.slice(i, end), end);
      i = (close < 0 ? end : close + end - i) - 1;
      continue;
    }
    if (char === '[') open.brackets++;
    else if (char === ']') open.brackets = Math.max(0, open.brackets - 1);
    else if (char === '*' || char === '_' || char === '~') {
      let end = i;
      while (line[end] === char) end++;
      const before = i > 0 ? line[i - 1] : ' ';
      const after = end < line.length ? line[end] : ' ';
      const opens = !/\s/.test(after) && (/[\s\p{P}\p{S}]/u.test(before) || !/[\p{P}\p{S}]/u.test(after));
      const closes = !/\s/.test(before) && (/[\s\p{P}\p{S}]/u.test(after) || !/[\p{P}\p{S}]/u.test(before));
      if (opens && !closes) open.emphasis++;
      else if (closes && !opens) open.emphasis = Math.max(0, open.emphasis - 1);
      i = end - 1;
    } else if (char === '<') {
      const tag = TAG_START.exec(line.slice(i, i + 64));
      if (tag && !VOID_TAGS.has(tag[2].toLowerCase())) {
        if (tag[1]) open.tags = Math.max(0, open.tags - 1);
        else if (!/^[^>]*\/>/.test(line.slice(i, i + 1024))) open.tags++;
      }
    }
    max = Math.max(max, open.brackets + open.emphasis + open.tags);
  }
  return max;
}

/** Lines in `text`. */
function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** How deep a Markdown tree goes, without recursion. */
function treeDepth(tree: MdastNodes): number {
  let max = 0;
  const stack: Array<[MdastNodes, number]> = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

/** Positions point into the Markdown source; nothing downstream needs them. Recursive: the tree is at most MAX_TREE_DEPTH deep. */
function withoutPositions<T extends Root | Element>(node: T): T {
  delete node.position;
  for (const child of node.children) {
    if (child.type === 'element') withoutPositions(child);
    else delete child.position;
  }
  return node;
}
