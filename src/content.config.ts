/**
 * The frontmatter contract between the ingest and the site: what a generated article under
 * src/content/articles/ carries (mirrored by `ArticleFrontmatter` in src/ingest/types.ts), and
 * the user's topics from content/topics.yml.
 *
 * Environment (for tests and unusual layouts):
 * - KLIPING_ARTICLES_DIR: folder of generated articles (default `src/content/articles`);
 * - KLIPING_CONTENT_DIR: folder holding topics.yml (default `content`).
 * Both absolute, or relative to the project root.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { xmlSafe } from './ingest/sanitize.ts';
import { topicsLoader } from './lib/topics.ts';

const articlesDir = process.env.KLIPING_ARTICLES_DIR || 'src/content/articles';
const contentDir = process.env.KLIPING_CONTENT_DIR || 'content';

/** Lowercase letters, digits and single hyphens: a topic slug is a URL path segment. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug (a-z, 0-9, hyphens)');

/**
 * ISO 8601 date (`2022-01-09`) or date-time with offset (`2022-01-09T14:30:00+07:00`), kept as
 * written. The ingest quotes dates; an unquoted one in a hand-edited file is already a Date to
 * the YAML parser, and becomes its ISO string (in UTC, as YAML reads it).
 */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/)
    .refine((text) => !Number.isNaN(Date.parse(text)), 'must be a real date'),
);

/**
 * Text shown on pages and in feeds, trimmed and without control characters (a stray one is
 * invisible on a page but makes an RSS feed invalid XML).
 */
const text = z.string().transform((value) => xmlSafe(value).trim());

/** An http(s) URL: the only kind the site may link to or load from another origin. */
const webUrl = z.url({ protocol: /^https?$/ });

/**
 * Optional fields that only decorate a page degrade to "absent" when malformed (`.catch`): one
 * odd value in one generated file must not fail the whole site's build, and a `javascript:` URL
 * must never reach an `href`. Required fields fail loudly: without them there is no page.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: articlesDir,
    // The ingest already chose the slug (the file name): keep it exactly, so /articles/<slug>/
    // is what the ingest reports, rather than re-slugifying it.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z.object({
    title: text.pipe(z.string().min(1)),
    titleGuessed: z.boolean().optional().catch(undefined),
    source: text.pipe(z.string().min(1)).optional().catch(undefined),
    url: webUrl.optional().catch(undefined),
    byline: text.pipe(z.string().min(1)).optional().catch(undefined),
    published: isoDate.optional().catch(undefined),
    publishedGuessed: z.boolean().optional().catch(undefined),
    modified: isoDate.optional().catch(undefined),
    lang: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/)
      .optional()
      .catch(undefined),
    image: z
      .union([webUrl, z.string().regex(/^\/article-media\/[^\s]+$/)])
      .optional()
      .catch(undefined),
    topics: z.array(slug).default([]),
    summary: text.pipe(z.string().min(1)).optional().catch(undefined),
    sourceFile: z.string().min(1),
  }),
});

const topics = defineCollection({
  loader: topicsLoader({ contentDir }),
  schema: z.object({
    slug,
    title: z.string().trim().min(1),
    description: z.string().optional(),
    /** Position in topics.yml: the order topics are listed in. */
    order: z.number().int(),
  }),
});

export const collections = { articles, topics };
