/**
 * A sane outline for an article body, on its Markdown tree (mdast), just before it is written:
 *
 * - **Headings start at level 2 and never skip a level.** The site shows the article's title as
 *   the page's only `<h1>`; publishers' bodies keep their own levels (an `<h3>` or `<h4>` straight
 *   under the title, an `<h5>` under an `<h2>`). Levels are renumbered in document order, keeping
 *   their relative order: the shallowest heading seen so far becomes `##`, and a heading deeper
 *   than the one before it goes at most one level further (`h3 h5 h5 h4 h3` → `## ### ### ### ##`).
 *   A heading with nothing to read in it (no text, no described image) is dropped.
 * - **No empty links.** A link with nothing to read in it leads nowhere a reader can tell: a link
 *   around an image without alt text keeps the image and loses the link (the picture still shows;
 *   a nameless link is unusable with a screen reader), and a link with only white space (or
 *   nothing) in it is dropped, its white space kept so the words around it stay apart. A link
 *   around an image with alt text is fine as it is: the alt text names it.
 *
 * Runs on the tree `toMarkdown` built, after its URL clean-up (which can leave a link empty by
 * dropping an image it cannot resolve). Walks without recursion: the tree is as deep as the
 * sanitize stage allows.
 */
import type { Heading, Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';

/** Give `tree` (in place) headings from level 2 without skips, and no empty links; returns it. */
export function outline(tree: Root): Root {
  dropEmptyLinks(tree);
  renumberHeadings(tree);
  return tree;
}

/** What a node has for a reader to read or see: its text, or an image's alt text. */
function readable(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ((current.type === 'text' || current.type === 'inlineCode') && current.value.trim() !== '') return true;
    if ((current.type === 'image' || current.type === 'imageReference') && (current.alt ?? '').trim() !== '') return true;
    if ('children' in current) for (const child of current.children as Nodes[]) stack.push(child);
  }
  return false;
}

/** Images anywhere inside `node`, in order. */
function images(node: Nodes): PhrasingContent[] {
  const found: PhrasingContent[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'image' || current.type === 'imageReference') found.push(current);
    else if ('children' in current) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as Nodes);
  }
  return found;
}

/** The white space an empty link held, as one space (or nothing when it held none). */
function spaceOf(node: Nodes): PhrasingContent[] {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text' && current.value !== '') return [{ type: 'text', value: ' ' }];
    if (current.type === 'break') return [{ type: 'text', value: ' ' }];
    if ('children' in current) for (const child of current.children as Nodes[]) stack.push(child);
  }
  return [];
}

/** Replace every link with nothing readable by its images, or by its white space. */
function dropEmptyLinks(tree: Root): void {
  const stack: Parents[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    let changed = false;
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if ((child.type === 'link' || child.type === 'linkReference') && !readable(child)) {
        const kept = images(child);
        for (const node of kept.length > 0 ? kept : spaceOf(child)) children.push(node);
        changed = true;
      } else {
        children.push(child);
      }
    }
    if (changed) {
      // A paragraph or heading that held only an empty link has nothing left to show.
      parent.children = mergeText(children as PhrasingContent[]) as typeof parent.children;
    }
    for (const child of parent.children as Nodes[]) if ('children' in child) stack.push(child);
  }
  removeEmptyBlocks(tree);
}

/** Neighbouring text nodes as one, and white space at no edge doubled. */
function mergeText(children: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (const child of children) {
    const last = result[result.length - 1];
    if (child.type === 'text' && last?.type === 'text') {
      last.value = /\s$/.test(last.value) ? last.value + child.value.replace(/^\s+/, '') : last.value + child.value;
    } else result.push(child.type === 'text' ? { ...child } : child);
  }
  return result;
}

/** Paragraphs left with only white space go; so do headings with nothing readable. */
function removeEmptyBlocks(tree: Root): void {
  const stack: Parents[] = [tree];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const children = (parent.children as Nodes[]).filter((child) => {
      if (child.type === 'paragraph') return child.children.some((node) => node.type !== 'text' || node.value.trim() !== '');
      if (child.type === 'heading') return readable(child);
      return true;
    });
    if (children.length !== parent.children.length) {
      for (const child of children) {
        if (child.type === 'paragraph' || child.type === 'heading') trimEdges(child.children);
      }
      parent.children = children as typeof parent.children;
    }
    for (const child of parent.children as Nodes[]) if ('children' in child) stack.push(child);
  }
  // Edges of paragraphs whose empty link was their first or last content.
  visitBlocks(tree, (block) => trimEdges(block.children));
}

function visitBlocks(tree: Root, visit: (block: { children: PhrasingContent[] }) => void): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading') visit(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

/** White space at a block's edges means nothing (remark-stringify would encode it as `&#x20;`). */
function trimEdges(children: PhrasingContent[]): void {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = children[children.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index];
    if (child.type === 'text' && child.value === '') children.splice(index, 1);
  }
}

/** The body's headings in document order (also those inside quotes and list items). */
function headings(tree: Root): Heading[] {
  const found: Heading[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading') found.push(node);
    else if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContent);
  }
  return found;
}

/**
 * Renumber the headings: each is placed under the nearest earlier heading of a shallower original
 * level, one level below it (at most 6); with none, it is a top heading, `##`.
 */
function renumberHeadings(tree: Root): void {
  const open: { original: number; level: number }[] = [];
  for (const heading of headings(tree)) {
    const original = heading.depth;
    while (open.length > 0 && open[open.length - 1].original >= original) open.pop();
    const level = Math.min(6, open.length === 0 ? 2 : open[open.length - 1].level + 1);
    heading.depth = level as Heading['depth'];
    open.push({ original, level });
  }
}
