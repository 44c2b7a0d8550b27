/** Reading built HTML in the site tests, as a hast tree. */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A whole HTML document, parsed as a browser would. */
export function parseHtml(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

/** The elements under `tree` (itself included), in document order; only `<tagName>` ones if given. */
export function elements(tree: Root | Element, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (!tagName || node.tagName === tagName) found.push(node);
  });
  return found;
}

/** The text under `node`, joined as it stands (whitespace kept). */
export function text(node: Root | Element): string {
  let value = '';
  visit(node, 'text', (child: { value: string }) => {
    value += child.value;
  });
  return value;
}
