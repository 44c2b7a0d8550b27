/**
 * The site's two collections: the generated articles under src/content/articles/ (their
 * frontmatter checked with the article contract's field rules, src/article/fields.ts, the same
 * the ingest wrote them with) and the user's topics from content/topics.yml.
 *
 * Folders come from src/config/folders.ts (KLIPING_ARTICLES_DIR, KLIPING_CONTENT_DIR), as for
 * the ingest.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { hasVisibleText, implausibleDate, isoDate, normalizeLang, slugPattern, webUrl, xmlSafe } from './article/fields.ts';
import { publishedSources } from './article/format.ts';
import { isMediaPath } from './article/media.ts';
import { projectFolders } from './config/folders.ts';
import { topicsLoader } from './lib/topics.ts';

const folders = projectFolders();

/** Lowercase letters, digits and single hyphens: a topic's or a story's slug is a URL path segment. */
const slug = z.string().regex(slugPattern, 'must be a slug (a-z, 0-9, hyphens)');

/**
 * ISO 8601 date (`2022-01-09`) or date-time with offset (`2022-01-09T14:30:00+07:00`), kept as
 * written. The ingest quotes dates; an unquoted one in a hand-edited file is already a Date to
 * the YAML parser, and becomes its ISO string (in UTC, as YAML reads it). A date that cannot be
 * an article's (before 1900, or days after this build) is no date.
 */
const date = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string()
    .transform(isoDate)
    .pipe(z.string())
    .refine((iso) => !implausibleDate(iso, new Date()), 'must be a plausible date'),
);

/**
 * Text shown on pages and in feeds, trimmed and without control characters (a stray one is
 * invisible on a page but makes an RSS feed invalid XML).
 */
const text = z.string().transform((value) => xmlSafe(value).trim());

/**
 * Where a guessed `published` date was read (src/article/format.ts, `PublishedSource`). The
 * ingest writes only these; any other value is one the site has no wording for, and is dropped
 * like any other malformed decoration.
 */
const publishedFrom = z.enum(publishedSources);

/** An http(s) URL: the only kind the site may link to or load from another origin. */
const web = z.string().transform((value) => webUrl(value)).pipe(z.string());

/** The language as its primary subtag ("id", "en"). */
const lang = z.string().transform(normalizeLang).pipe(z.string());

/**
 * Another saved input holding the same article, folded into this one by the ingest
 * (src/article/format.ts, `ArticleCopy`): its file under content/, its permanent slug (its
 * address, /articles/<slug>/, leads to this article), and its site name and URL when known.
 * Without a file or a valid slug a copy is nothing the site can show or send on; a URL or site
 * name that is not one is left out, as for the article's own.
 */
const copy = z.object({
  sourceFile: text.pipe(z.string().min(1)),
  slug: z.string().regex(slugPattern),
  source: text.pipe(z.string().min(1)).optional().catch(undefined),
  url: web.optional().catch(undefined),
});

/** The valid copies of a list, in its order; none (or no list) is absent. */
const copies = z
  .array(z.unknown())
  .transform((items) =>
    items.flatMap((item) => {
      const parsed = copy.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  )
  .transform((valid) => (valid.length > 0 ? valid : undefined));

/**
 * Optional fields that only decorate a page degrade to "absent" when malformed (`.catch`): one
 * odd value in one generated file must not fail the whole site's build, and a `javascript:` URL
 * must never reach an `href`. Required fields fail loudly: without them there is no page.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: folders.articles,
    // The ingest already chose the slug (the file name): keep it exactly, so /articles/<slug>/
    // is what the ingest reports, rather than re-slugifying it.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Each body is rendered once, as the collection loads, into the page's final HTML
    // (src/lib/markdown-processor.ts); the site never reads the Markdown again, so the data store
    // (kept in memory for the build, and on disk) holds only the HTML.
    retainBody: false,
  }),
  schema: z.object({
    title: text.pipe(z.string().refine(hasVisibleText, 'must have a visible character')),
    titleGuessed: z.boolean().optional().catch(undefined),
    source: text.pipe(z.string().min(1)).optional().catch(undefined),
    url: web.optional().catch(undefined),
    byline: text.pipe(z.string().min(1)).optional().catch(undefined),
    published: date.optional().catch(undefined),
    publishedFrom: publishedFrom.optional().catch(undefined),
    modified: date.optional().catch(undefined),
    lang: lang.optional().catch(undefined),
    image: z
      .string()
      .transform((value) => (isMediaPath(value) ? value : webUrl(value)))
      .pipe(z.string())
      .optional()
      .catch(undefined),
    topics: z.array(slug).default([]),
    summary: text.pipe(z.string().min(1)).optional().catch(undefined),
    sourceFile: z.string().min(1),
    copies: copies.optional().catch(undefined),
    // The story the ingest filed the article under (src/lib/stories.ts): a slug, as it names the
    // story's address, /stories/<slug>/; anything else is no story.
    story: slug.optional().catch(undefined),
  }),
});

const topics = defineCollection({
  loader: topicsLoader({ contentDir: folders.content }),
  schema: z.object({
    slug,
    title: z.string().trim().min(1),
    description: z.string().optional(),
    /** Position in topics.yml: the order topics are listed in. */
    order: z.number().int(),
  }),
});

export const collections = { articles, topics };
