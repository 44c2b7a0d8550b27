/**
 * Types shared by the ingest stages. The frontmatter contract itself (what the site may rely
 * on) is owned by `src/content.config.ts`; `ArticleFrontmatter` mirrors it for the writer.
 */
import type { Root } from 'hast';

/** What one article's generated Markdown file carries in its frontmatter. */
export interface ArticleFrontmatter {
  /** Never empty. */
  title: string;
  /** True when no real title was found and one was made from the text (first sentence…). */
  titleGuessed?: boolean;
  /** Site name, e.g. "Suara.com". */
  source?: string;
  /** Canonical URL of the original article, when known. */
  url?: string;
  /** Authors, comma-separated, deduplicated. */
  byline?: string;
  /** ISO 8601 date-time (with offset) or date. */
  published?: string;
  /** True when the published date was inferred (e.g. a year guessed from a weekday). */
  publishedGuessed?: boolean;
  modified?: string;
  /** BCP 47 primary language subtag, e.g. "id", "en", "ru". */
  lang?: string;
  /** Lead image URL (absolute, or a site path under the media folder). */
  image?: string;
  /** Topic slugs, from the rules or from the input's own frontmatter. */
  topics: string[];
  /** Plain-text summary, at most ~300 characters. */
  summary?: string;
  /** Path of the input under content/, with forward slashes. */
  sourceFile: string;
}

/** Metadata that a reader (HTML, text or Markdown) found in one input; every field optional. */
export type ArticleMetadata = Partial<Omit<ArticleFrontmatter, 'topics' | 'sourceFile'>> & {
  /** Topics given by the user in the input's own frontmatter or sidecar: they override rules. */
  topics?: string[];
  /** Description found in the page (meta description, og:description…), before summarizing. */
  description?: string;
};

/** What a reader stage hands on: metadata plus the article body as a (not yet sanitized) hast tree. */
export interface ArticleDraft {
  metadata: ArticleMetadata;
  body: Root;
}
