/**
 * Types the ingest stages hand each other. What they finally write, the frontmatter contract,
 * is `ArticleFrontmatter` in src/article/format.ts.
 */
import type { Root } from 'hast';
import type { ArticleFrontmatter } from '../article/format.ts';

/** Metadata that a reader (HTML, text or Markdown) found in one input; every field optional. */
export type ArticleMetadata = Partial<Omit<ArticleFrontmatter, 'titleGuessed' | 'topics' | 'sourceFile' | 'story'>> & {
  /** Topics given by the user in the input's own frontmatter or sidecar: they override rules. */
  topics?: string[];
  /**
   * The user said this article is in no story (`story: none` in its frontmatter or sidecar): the
   * story stage leaves it out. Its `story` itself is the stage's to decide, over all articles.
   */
  alone?: boolean;
  /** Description found in the page (meta description, og:description…), before summarizing. */
  description?: string;
};

/** What a reader stage hands on: metadata plus the article body as a (not yet sanitized) hast tree. */
export interface ArticleDraft {
  metadata: ArticleMetadata;
  body: Root;
  /** Host of the site rule (content/sites/) that chose the body, when one did. */
  siteRule?: string;
}
