/**
 * JSON-LD as pages write it: read every node of every `<script type="application/ld+json">`
 * block (arrays, `@graph`, a WebPage's `mainEntity`), forgiving what CMSes get wrong. The
 * metadata stage reads the article node's headline, authors and image from it, the date stage
 * its dates.
 */

/** One JSON-LD node. */
export type LdNode = Record<string, unknown>;

/** Schema.org types of an article (lower-cased, without the schema.org prefix). */
const articleTypes = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'report',
  'scholarlyarticle', 'techarticle', 'socialmediaposting', 'posting', 'advertisercontentarticle', 'satiricalarticle',
]);

/** Every node of the blocks, in document order; a block that is not JSON is skipped. */
export function readJsonLdNodes(blocks: readonly string[]): LdNode[] {
  const nodes: LdNode[] = [];
  for (const block of blocks) {
    const value = parseJson(block);
    if (value !== undefined) flatten(value, nodes, 0);
  }
  return nodes;
}

/** Whether a node is an article (NewsArticle, BlogPosting, Report…), not a web page or an organisation. */
export function isArticleNode(node: LdNode): boolean {
  return typesOf(node).some((type) => articleTypes.has(type));
}

const jsonPrefix = /^(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/)\s*/;
const jsonSuffix = /\s*(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/)\s*$/;

/** JSON.parse, forgiving what CMSes get wrong: comment/CDATA wrappers, raw newlines, trailing commas. */
function parseJson(block: string): unknown {
  let trimmed = block.trim();
  // Only look at the ends: a regex anchored at `$` would rescan a 60 KB block from every space.
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) trimmed = trimmed.replace(jsonPrefix, '');
  if (!trimmed.endsWith('}') && !trimmed.endsWith(']')) {
    const tail = trimmed.slice(-40).replace(jsonSuffix, '');
    trimmed = trimmed.slice(0, Math.max(0, trimmed.length - 40)) + tail;
  }
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, nodes: LdNode[], depth: number): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, nodes, depth + 1);
    return;
  }
  const node = value as LdNode;
  nodes.push(node);
  flatten(node['@graph'], nodes, depth + 1);
  // A WebPage whose mainEntity is the article.
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, nodes, depth + 1);
}

/** A node's types, lower-cased, without the schema.org prefix. */
export function typesOf(node: LdNode): string[] {
  return asArray(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase());
}

/** A value as a list: nothing, one item, or the list itself. */
export function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** A JSON-LD value as text: a string or number, or the first item of a list (of lists…). */
export function stringOf(value: unknown): string | undefined {
  // A loop, not recursion: JSON.parse takes lists nested a million deep.
  while (Array.isArray(value)) value = value[0];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

