/**
 * Parse a whole saved page into a hast tree, fast.
 *
 * Saved pages average ~190 KB. `rehype-parse` (parse5, spec-exact) runs at about 6 MB/s here,
 * htmlparser2 at about 48 MB/s, so the whole page is tokenized by htmlparser2 and built
 * straight into hast nodes; the rest of the unified/rehype ecosystem (`hast-util-select`,
 * `hast-util-to-text`, `rehype-sanitize`, `rehype-remark`) then works on the result. The tree
 * is not spec-exact for broken markup (htmlparser2 implies fewer end tags than a browser), which
 * the extractor tolerates; nothing built here reaches output without passing the sanitize stage.
 *
 * Nesting is capped as browsers cap it (see {@link MAX_TREE_DEPTH}), so that no tree made here
 * is deeper than any walk of it can go: the ingest's own recursive walks and those of the
 * unified utilities need no depth checks of their own.
 */
import { Parser } from 'htmlparser2';
import { find, html as htmlSchema } from 'property-information';
import { parse as parseSpaces } from 'space-separated-tokens';
import { parse as parseCommas } from 'comma-separated-tokens';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

type Parent = Root | Element;

/**
 * Deepest element of a parsed tree (the root's children are at depth 1). As in browsers (Blink's
 * HTML parser caps its DOM at 512 levels), an element the markup opens deeper is attached beside
 * the element at the cap instead of inside it, with its own text; an element at the cap that
 * goes on after such a child goes on in a copy of itself after it, so the page's words keep
 * their order. No saved page comes near the cap (the deepest of ~2,200 real pages nests 51
 * levels), so it changes nothing there; a page nested 200,000 levels becomes a tree every walk
 * can take.
 */
export const MAX_TREE_DEPTH = 512;

/**
 * htmlparser2 keeps its open elements in an array it grows at the front (`unshift`), which costs
 * time in proportion to their number at every tag: 200,000 unclosed tags took minutes. When it
 * holds this many, parsing goes on with a fresh parser from the tag that would open one more
 * (see {@link parseHtml}).
 */
const MAX_PARSER_OPEN = MAX_TREE_DEPTH;

/**
 * What a `<head>` holds. Any other element opened in it ends it, as in a browser: a page saved
 * without `</head><body>` has its content in the body, not in a head every reader skips.
 */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template',
  // A second <head> inside the first (it happens) is part of it.
  'head',
]);

/** Thrown out of the parser's callbacks to stop it at `offset`, where a fresh parser takes over. */
class Restart {
  readonly offset: number;
  constructor(offset: number) {
    this.offset = offset;
  }
}

/** Parse HTML text into a hast `Root` (no positional info). */
export function parseHtml(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  // The open elements, innermost last; past the cap they are no longer each other's parents.
  const stack: Parent[] = [root];
  let current: Parent = root;
  let parser: Parser;
  /** Where in `text` the running parser started, and how many elements it holds open. */
  let start = 0;
  let open = 0;
  /** `current` is at the cap and a child was attached after it: continue it in a copy. */
  let passed = false;
  /** The head was ended by content (see {@link HEAD_CONTENT}): its own end tag is ignored. */
  let headEnded = false;

  /** Where text goes: `current`, or the copy continuing it after a child attached beside it. */
  const textParent = (): Parent => {
    if (passed) {
      const { tagName, properties } = current as Element;
      const copy: Element = { type: 'element', tagName, properties: { ...properties }, children: [] };
      stack[MAX_TREE_DEPTH - 1].children.push(copy as RootContent & ElementContent);
      stack[stack.length - 1] = copy;
      current = copy;
      passed = false;
    }
    return current;
  };

  const handler = {
    onopentag(name: string, attribs: Record<string, string>) {
      if (open >= MAX_PARSER_OPEN) throw new Restart(start + parser.startIndex);
      if (!headEnded && current.type === 'element' && current.tagName === 'head' && !HEAD_CONTENT.has(name)) {
        // End the head here and go on in a body, which the page's own <body> (if it comes) joins.
        headEnded = true;
        stack.pop();
        current = stack[stack.length - 1];
        if (name !== 'body') {
          const body: Element = { type: 'element', tagName: 'body', properties: {}, children: [] };
          current.children.push(body as RootContent & ElementContent);
          stack.push(body);
          current = body;
        }
      }
      const element: Element = {
        type: 'element',
        tagName: name,
        properties: toProperties(attribs),
        children: [],
      };
      const parent = stack.length > MAX_TREE_DEPTH ? stack[MAX_TREE_DEPTH - 1] : current;
      parent.children.push(element as RootContent & ElementContent);
      stack.push(element);
      current = element;
      passed = false;
      open++;
    },
    onclosetag(name: string) {
      if (name === 'head' && headEnded) return;
      if (name === 'html' && headEnded && current.type === 'element' && current.tagName === 'body' && stack.length > 2) {
        // The body opened in place of the head's end closes with the page.
        stack.pop();
        current = stack[stack.length - 1];
      }
      // A parser closes only what it opened, innermost first (void elements right away).
      if (open > 0) {
        open--;
        stack.pop();
        current = stack[stack.length - 1];
        // The element closed was attached beside `current`, after it.
        passed = stack.length > MAX_TREE_DEPTH;
      }
    },
    ontext(data: string) {
      const parent = textParent();
      const last = parent.children[parent.children.length - 1];
      // htmlparser2 may deliver one text run in several chunks; keep one node per run.
      if (last && last.type === 'text') last.value += data;
      else parent.children.push({ type: 'text', value: data });
    },
    oncomment(data: string) {
      textParent().children.push({ type: 'comment', value: data });
    },
  };

  for (;;) {
    parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
    try {
      parser.end(start === 0 ? text : text.slice(start));
      return root;
    } catch (error) {
      if (!(error instanceof Restart)) throw error;
      // The elements left open stay open: what follows is read as their content, attached at
      // the cap (the closing tags that would have ended them are strays to the fresh parser).
      start = error.offset;
      open = 0;
    }
  }
}

/** Turn raw attributes into hast properties, as hastscript does (className arrays, booleans…). */
function toProperties(attribs: Record<string, string>): Properties {
  const properties: Properties = {};
  for (const name in attribs) {
    const value = attribs[name];
    const info = find(htmlSchema, name);
    if (info.spaceSeparated) properties[info.property] = parseSpaces(value);
    else if (info.commaSeparated) properties[info.property] = parseCommas(value);
    else if (info.boolean) properties[info.property] = true;
    else if (info.number && value !== '' && !Number.isNaN(Number(value))) properties[info.property] = Number(value);
    else properties[info.property] = value;
  }
  return properties;
}
