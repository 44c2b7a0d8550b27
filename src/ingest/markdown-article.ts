/**
 * The Markdown reader: a `.md` article (optionally with a YAML frontmatter block) in, metadata
 * and a body tree out. The Markdown is parsed as GFM (remark) and turned into hast
 * (remark-rehype), so it meets the same sanitize and Markdown stages as every other input.
 * Raw HTML inside the Markdown is dropped, not rendered: only Markdown constructs come through.
 */
import type { Element, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { IngestError } from './errors.ts';
import { collapseSpace, renderedText } from './node-text.ts';
import { applyUserMetadata, readUserMetadata, splitFrontmatter } from './sidecar.ts';
import type { ArticleDraft, ArticleMetadata } from './types.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: false });

/** Options for {@link readMarkdownArticle}. */
export interface ReadMarkdownOptions {
  /** "Today", for checking the frontmatter's date. Default: the current date. */
  now?: Date;
}

/** Read a Markdown article. A leading `# Heading` is its title unless the frontmatter gives one. */
export function readMarkdownArticle(text: string, options: ReadMarkdownOptions = {}): ArticleDraft {
  const { data, content } = splitFrontmatter(text);
  const user = readUserMetadata(data, 'frontmatter', options.now);
  const body = processor.runSync(processor.parse(content)) as Root;
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

/** Positions point into the Markdown source; nothing downstream needs them. */
function withoutPositions<T extends Root | Element>(node: T): T {
  delete node.position;
  for (const child of node.children) {
    if (child.type === 'element') withoutPositions(child);
    else delete child.position;
  }
  return node;
}
