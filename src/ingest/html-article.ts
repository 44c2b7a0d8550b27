/**
 * The HTML reader: a saved page (already decoded) in, metadata and the article's body out.
 *
 * This is the one code path for HTML: the site build (`ingest.ts`) and the extraction
 * benchmark (`scripts/bench-extract.ts`) both call it, so the benchmark measures what readers get.
 */
import { parseHtml } from './parse.ts';
import { readMetadata } from './metadata.ts';
import { extractArticle } from './extract.ts';
import { findSiteRule, readRuleMetadata, type SiteRule } from './site-rules.ts';
import type { InputDocument } from './read-input.ts';
import type { ArticleDraft } from './types.ts';

/** Options for {@link readHtmlArticle}. */
export interface ReadHtmlOptions {
  /** Per-site rules by host (from `content/sites/`), applied before the generic extractor. */
  rules?: Map<string, SiteRule>;
  /**
   * Called with one line per extractor decision: the candidates' scores, the block chosen and
   * why, what was kept beside it, and every line the tidy pass removed with its rule.
   */
  explain?: (line: string) => void;
}

/** Read one decoded HTML document into an unsanitized {@link ArticleDraft}. */
export function readHtmlArticle(doc: InputDocument, options: ReadHtmlOptions = {}): ArticleDraft {
  const tree = parseHtml(doc.text);
  // Metadata first: the extractor may prune the tree it is given.
  const found = readMetadata(tree, { url: doc.savedFrom });
  const rule = options.rules && found.url ? findSiteRule(options.rules, found.url) : undefined;
  // A site rule's title/date/author selectors were written for this site: they win.
  const metadata = rule ? { ...found, ...readRuleMetadata(tree, rule) } : found;
  const body = extractArticle(tree, { rules: rule, explain: options.explain });
  return rule ? { metadata, body, siteRule: rule.host } : { metadata, body };
}
