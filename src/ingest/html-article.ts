/**
 * The HTML reader: a saved page (already decoded) in, metadata and the article's body out.
 *
 * This is the one code path for HTML: the site build (`ingest.ts`) and the extraction
 * benchmark (`scripts/bench-extract.ts`) both call it, so the benchmark measures what readers get.
 */
import { parseHtml } from './parse.ts';
import { readMetadata } from './metadata.ts';
import { findPublicationDates } from './publication-date.ts';
import { extractArticle } from './extract.ts';
import { findSiteRule, readRuleMetadata, type SiteRule } from './site-rules.ts';
import type { InputDocument } from './read-input.ts';
import type { Root } from 'hast';
import type { ArticleDraft, ArticleMetadata } from './types.ts';

/** Options for {@link readHtmlArticle}. */
export interface ReadHtmlOptions {
  /** Per-site rules by host (from `content/sites/`), applied before the generic extractor. */
  rules?: Map<string, SiteRule>;
  /**
   * Called with one line per extractor decision: the candidates' scores, the block chosen and
   * why, what was kept beside it, and every line the tidy pass removed with its rule.
   */
  explain?: (line: string) => void;
  /** Today: no page is published after it (nor after the day it was saved, when known). */
  now?: Date;
}

/** What the HTML reader knows of a page from outside it. */
export interface PageHints {
  /** Where the page was saved from (last resort for its URL). */
  url?: string;
  /** When it was saved, when the file says. */
  savedAt?: Date;
  /** Today. */
  now?: Date;
}

/**
 * A page's metadata: what `readMetadata` reads (title, byline, source, URL, language…) with the
 * dates the date stage settles on (`published`, where it came from, `modified`).
 */
export function readPageMetadata(tree: Root, hints: PageHints = {}): ArticleMetadata {
  const described = readMetadata(tree, { url: hints.url });
  const savedAt = hints.savedAt && !Number.isNaN(hints.savedAt.getTime()) ? hints.savedAt : undefined;
  const dates = findPublicationDates(tree, { lang: described.lang, url: described.url, savedAt, now: hints.now });
  return {
    ...described,
    ...(dates.published ? { published: dates.published } : {}),
    ...(dates.from ? { publishedFrom: dates.from } : {}),
    ...(dates.modified ? { modified: dates.modified } : {}),
  };
}

/** Read one decoded HTML document into an unsanitized {@link ArticleDraft}. */
export function readHtmlArticle(doc: InputDocument, options: ReadHtmlOptions = {}): ArticleDraft {
  const tree = parseHtml(doc.text);
  // Metadata first: the extractor may prune the tree it is given.
  const savedAt = doc.savedAt ? new Date(doc.savedAt) : undefined;
  const found = readPageMetadata(tree, { url: doc.savedFrom, savedAt, now: options.now });
  const rule = options.rules && found.url ? findSiteRule(options.rules, found.url) : undefined;
  // A site rule's title/date/author selectors were written for this site: they win (and its
  // date is no guess).
  const ruled = rule ? readRuleMetadata(tree, rule) : undefined;
  const metadata: ArticleMetadata = ruled ? { ...found, ...ruled } : found;
  if (ruled?.published) delete metadata.publishedFrom;
  const body = extractArticle(tree, { rules: rule, explain: options.explain });
  return rule ? { metadata, body, siteRule: rule.host } : { metadata, body };
}
