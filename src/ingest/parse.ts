/**
 * Parse a whole saved page into a hast tree, fast.
 *
 * Saved pages average ~190 KB. `rehype-parse` (parse5, spec-exact) runs at about 6 MB/s here,
 * htmlparser2 at about 48 MB/s, so the whole page is tokenized by htmlparser2 and built
 * straight into hast nodes; the rest of the unified/rehype ecosystem (`hast-util-select`,
 * `hast-util-to-text`, `rehype-sanitize`, `rehype-remark`) then works on the result. The tree
 * is not spec-exact for broken markup (htmlparser2 implies fewer end tags than a browser), which
 * the extractor tolerates; nothing built here reaches output without passing the sanitize stage.
 */
import { Parser } from 'htmlparser2';
import { find, html as htmlSchema } from 'property-information';
import { parse as parseSpaces } from 'space-separated-tokens';
import { parse as parseCommas } from 'comma-separated-tokens';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

type Parent = Root | Element;

/** Parse HTML text into a hast `Root` (no positional info). */
export function parseHtml(text: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  let current: Parent = root;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const element: Element = {
          type: 'element',
          tagName: name,
          properties: toProperties(attribs),
          children: [],
        };
        current.children.push(element as RootContent & ElementContent);
        stack.push(element);
        current = element;
      },
      onclosetag() {
        if (stack.length > 1) {
          stack.pop();
          current = stack[stack.length - 1];
        }
      },
      ontext(data) {
        const last = current.children[current.children.length - 1];
        // htmlparser2 may deliver one text run in several chunks; keep one node per run.
        if (last && last.type === 'text') last.value += data;
        else current.children.push({ type: 'text', value: data });
      },
      oncomment(data) {
        current.children.push({ type: 'comment', value: data });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(text);
  return root;
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
