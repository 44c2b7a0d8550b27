/**
 * Test helper: read an RSS document the way a strict feed reader would. saxes checks XML 1.0
 * well-formedness, the allowed characters and namespace prefixes (throwing on the first
 * error); fast-xml-parser then gives the structure to assert on (entities decoded).
 */
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/** Throw unless `xml` is a well-formed, namespace-well-formed XML 1.0 document. */
export function assertWellFormedXml(xml: string, fileName = 'feed'): void {
  new SaxesParser({ xmlns: true, fileName }).write(xml).close();
}

/** Validate, then parse an RSS document; `item` and `category` are always arrays. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML is untyped
export function parseFeedXml(xml: string, fileName?: string): any {
  assertWellFormedXml(xml, fileName);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'category'].includes(name) });
  return parser.parse(xml);
}
