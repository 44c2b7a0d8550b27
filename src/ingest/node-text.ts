/**
 * The text of a hast node, in the forms the ingest reads it: as written (`textContent`, the
 * DOM's word for it), on one line (`lineText`), or laid out as a browser would show it
 * (`renderedText`, from hast-util-to-text).
 */
import type { Nodes, Parents } from 'hast';
import { toText } from 'hast-util-to-text';

/** Options of {@link textContent}. They apply to the node's descendants, not to the node itself. */
export interface TextContentOptions {
  /** Elements left out with everything inside them (e.g. `NOT_TEXT` of `html-elements.ts`). */
  skip?: ReadonlySet<string>;
  /** Text put before an element's content: a space or a line break, so words of two blocks stay apart. */
  before?: (tagName: string) => string;
}

/**
 * Every text node under `node`, joined as written: nothing added, white space kept, comments
 * left out. With options, skipped elements are left out and separators put between elements.
 */
export function textContent(node: Nodes, options: TextContentOptions = {}): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  const { skip, before } = options;
  let out = '';
  const walk = (parent: Parents) => {
    for (const child of parent.children) {
      if (child.type === 'text') out += child.value;
      else if (child.type === 'element' && !skip?.has(child.tagName)) {
        if (before) out += before(child.tagName);
        walk(child);
      }
    }
  };
  walk(node);
  return out;
}

/** White space runs as one space, none at the ends. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text under `node` as one line: {@link textContent} with its white space collapsed. */
export function lineText(node: Nodes): string {
  return collapseSpace(textContent(node));
}

/**
 * The text under `node` as a browser lays it out (hast-util-to-text, CSS `white-space: normal`):
 * blocks on lines of their own, paragraphs apart by a blank line, white space inside collapsed.
 */
export function renderedText(node: Nodes): string {
  return toText(node, { whitespace: 'normal' });
}
