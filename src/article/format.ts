/**
 * A generated article as a file: YAML frontmatter + GFM body, `src/content/articles/<slug>.md`.
 * The ingest writes it (`serializeArticle`), the site's collection reads it
 * (src/content.config.ts checks each field with the rules of ./fields.ts), and the ingest
 * recognises its own files before it replaces or removes anything (`isGeneratedArticle`).
 *
 * The bytes depend only on the article: keys in one fixed order, no timestamps, every string
 * double-quoted (so no YAML reader, old or new, turns "2022-01-09" into a date or "no" into
 * false) and never folded.
 */
import { stringify } from 'yaml';

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
  /**
   * Where `published` was read when it is not the page's own claim (see {@link PublishedSource}).
   * Absent when the date came from the page's metadata (JSON-LD, meta tags, microdata,
   * `<time datetime>`), the input's own frontmatter or the user's sidecar: what the publisher or
   * the user stated, rather than what the ingest read into the page.
   */
  publishedFrom?: PublishedSource;
  modified?: string;
  /** BCP 47 primary language subtag, e.g. "id", "en", "ru". */
  lang?: string;
  /** Lead image URL (absolute, or a site path under the media folder). */
  image?: string;
  /** Topic slugs, from the rules or from the input's own frontmatter. */
  topics: string[];
  /** Plain-text summary, at most ~300 characters. */
  summary?: string;
  /**
   * The story the article is part of: the slug of the news event it reports with other articles
   * (src/ingest/stories.ts), absent when it is in none. Decided by the ingest's story stage over
   * the whole archive, so it can change without the article's input changing ({@link withStory}).
   */
  story?: string;
  /** Path of the input under content/, with forward slashes. */
  sourceFile: string;
  /**
   * Other inputs holding this same article (the same canonical URL, or near-identical text: a
   * syndicated copy, or an `.html` and a `.txt` of one page), folded into this one by the
   * ingest, in path order. Each keeps the slug it was given: its address leads here.
   */
  copies?: ArticleCopy[];
}

/**
 * Where the ingest found a `published` date that neither the page's metadata nor the user
 * stated: the article page tells readers which, so they know how far to trust it
 * (src/lib/dates.ts).
 */
export type PublishedSource =
  /** The day written in the article's web address (`/2022/01/09/`). */
  | 'url'
  /** Read from the page's visible date line near the headline (not machine-readable markup). */
  | 'dateline'
  /** Found in the page's text (the body or elsewhere): the weakest reading of a full date. */
  | 'text'
  /** Worked out from "2 hours ago" / "kemarin" against the day the page was saved. */
  | 'relative'
  /** A day and month with a weekday ("Minggu (09/01)"): the year inferred from the weekday. */
  | 'weekday';

/** Every {@link PublishedSource} (a record, so that adding one to the type without adding it here fails to compile). */
const publishedSourceSet: Record<PublishedSource, true> = { url: true, dateline: true, text: true, relative: true, weekday: true };

/** Every {@link PublishedSource}, in the order of the type: the values a generated file's `publishedFrom` may take. */
export const publishedSources = Object.keys(publishedSourceSet) as [PublishedSource, ...PublishedSource[]];

/** Another saved copy of an article (see {@link ArticleFrontmatter.copies}). */
export interface ArticleCopy {
  /** Its path under content/. */
  sourceFile: string;
  /** Its permanent slug: `/articles/<slug>/` redirects to the article it is a copy of. */
  slug: string;
  /** Its site name and canonical URL, when known. */
  source?: string;
  url?: string;
}

/** Frontmatter keys in the order they are written. */
const frontmatterKeys = [
  'title',
  'titleGuessed',
  'source',
  'url',
  'byline',
  'published',
  'publishedFrom',
  'modified',
  'lang',
  'image',
  'topics',
  'summary',
  'story',
  'sourceFile',
  'copies',
] as const satisfies readonly (keyof ArticleFrontmatter)[];

/** How the frontmatter's YAML is written: every string double-quoted, never folded. */
const yamlOptions = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, indentSeq: true } as const;

/** The generated file's full text. */
export function serializeArticle(frontmatter: ArticleFrontmatter, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of frontmatterKeys) {
    const value = frontmatter[key];
    // `false` flags carry no information: only "guessed: true" is written.
    if (value === undefined || value === null || value === false || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && key === 'copies') continue;
    ordered[key] = value;
  }
  const yaml = stringify(ordered, yamlOptions);
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * `text`, a file {@link serializeArticle} wrote, with its `story` set to `story` (or removed, when
 * undefined) and every other byte as it was: the same text `serializeArticle` gives with that
 * story. Undefined when `text` is not such a file. The story stage changes an article's story
 * without reading its input again; editing the one line, rather than parsing and writing the
 * whole frontmatter back, cannot change anything else in it.
 */
export function withStory(text: string, story: string | undefined): string | undefined {
  if (!isGeneratedArticle(text)) return undefined;
  const end = text.indexOf('\n---\n', 3) + 1;
  // Top-level keys start their line (nested values, such as a copy's `sourceFile`, are indented;
  // strings are one line each, see `yamlOptions`).
  const lines = text.slice(4, end).split(/(?<=\n)/).filter((line) => !line.startsWith('story:'));
  if (story !== undefined && story !== '') {
    const after = new Set<string>(frontmatterKeys.slice(frontmatterKeys.indexOf('story') + 1));
    // `sourceFile` is in every generated file and comes after `story`: there is always a place.
    const at = lines.findIndex((line) => after.has(/^([A-Za-z]+):/.exec(line)?.[1] ?? ''));
    lines.splice(at, 0, stringify({ story }, yamlOptions));
  }
  return `---\n${lines.join('')}${text.slice(end)}`;
}

/** The `story` a file {@link serializeArticle} wrote says the article is in, if any. */
export function storyOf(text: string): string | undefined {
  if (!isGeneratedArticle(text)) return undefined;
  const line = /^story: "([a-z0-9-]+)"$/m.exec(text.slice(0, text.indexOf('\n---\n', 3) + 1));
  return line?.[1];
}

/** True when `text` looks like a file {@link serializeArticle} wrote (checked before replacing or deleting it). */
export function isGeneratedArticle(text: string): boolean {
  if (!text.startsWith('---\n')) return false;
  const end = text.indexOf('\n---\n', 3);
  return end !== -1 && /^sourceFile: /m.test(text.slice(0, end + 1));
}
