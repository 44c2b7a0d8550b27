/**
 * User-written metadata: the YAML a user types to correct what kliping extracted.
 *
 * It comes in two places, with the same keys (title, url, published, source, byline, lang,
 * topics, summary, story):
 * - a frontmatter block at the top of a `.md` or `.txt` input (read with gray-matter);
 * - a sidecar next to an HTML input: `x.html` is corrected by `x.yml` (the input's name with
 *   its extension replaced by `.yml`; `.yaml` works too). Sidecars are configuration, not
 *   articles, so ingest never reads them as input of their own.
 *
 * Input is hostile and typed by hand: the YAML is read by `parseUserYaml` (src/config), each
 * value is checked with the article contract's field rules (src/article/fields.ts), and
 * gray-matter's JavaScript engine — which would `eval` a `---js` block — is never reachable.
 */
import matter from 'gray-matter';
import { ConfigError } from '../config/errors.ts';
import { parseUserYaml } from '../config/user-yaml.ts';
import { IngestError } from './errors.ts';
import { MAX_TOPICS_PER_ARTICLE } from './limits.ts';
import type { ArticleMetadata } from './types.ts';
import { hasVisibleText, implausibleDate, isoDate, isSlug, normalizeLang, webUrl } from '../article/fields.ts';

/** Keys a user may set, in the order they are documented. */
const userMetadataKeys = [
  'title',
  'url',
  'published',
  'source',
  'byline',
  'lang',
  'topics',
  'summary',
  'story',
] as const;

/** A text split into its frontmatter data (empty when there is none) and the rest. */
export interface SplitFrontmatter {
  data: Record<string, unknown>;
  content: string;
}

/**
 * Split a leading `---` YAML block from `text` (gray-matter), parsing it as user YAML.
 * Only YAML (`---` or `---yaml`) is accepted; other gray-matter languages are refused.
 */
export function splitFrontmatter(text: string, label = 'frontmatter'): SplitFrontmatter {
  const source = text.replace(/^\uFEFF/, '');
  const language = /^---([A-Za-z]+)[ \t]*\r?\n/.exec(source)?.[1];
  if (language && !/^ya?ml$/i.test(language)) {
    throw new IngestError(`${label}: only YAML frontmatter is supported (not "${language}")`);
  }
  if (!language && !/^---[ \t]*\r?\n/.test(source)) return { data: {}, content: source };
  // gray-matter would read an unclosed block as running to the end of the file, and report
  // whatever the article's text then breaks in YAML, far below the real mistake.
  if (!/\n---[ \t]*(?:\r?\n|$)/.test(source.slice(3))) {
    throw new IngestError(`${label}: the block opened by "---" on line 1 is never closed (end it with a line "---")`);
  }
  let parsedData: unknown = {};
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source, {
      language: 'yaml',
      engines: {
        // The one engine ever used; the others throw rather than eval.
        yaml: { parse: (yamlText: string) => ((parsedData = parseUserYaml(yamlText, label)) ?? {}) as object },
        javascript: refuse,
        js: refuse,
        coffee: refuse,
        json: refuse,
      },
    });
  } catch (cause) {
    if (cause instanceof IngestError || cause instanceof ConfigError) throw cause;
    throw new IngestError(`${label}: ${(cause as Error).message}`);
  }
  // An empty block never reaches the engine, so `parsedData` is still {}.
  const data = parsedData;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError(`${label}: must be a mapping of keys (title: …, topics: […])`);
  }
  return { data: data as Record<string, unknown>, content: file.content };
}

function refuse(): never {
  throw new IngestError('only YAML frontmatter is supported');
}

/**
 * Validate user-written data (a frontmatter block or a sidecar) into {@link ArticleMetadata}.
 * Unknown keys and wrongly typed values are errors naming `label` and the key, so a typo never
 * silently does nothing. Dates must parse (ISO 8601, e.g. 2022-01-09 or 2022-01-09T14:30:00+07:00)
 * and be plausible (from 1900 to a day after `now`); at most MAX_TOPICS_PER_ARTICLE topics.
 */
export function readUserMetadata(data: Record<string, unknown>, label: string, now: Date = new Date()): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const key of Object.keys(data)) {
    if (!(userMetadataKeys as readonly string[]).includes(key)) {
      throw new IngestError(`${label}: unknown key "${key}" (known keys: ${userMetadataKeys.join(', ')})`);
    }
  }
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') throw new IngestError(`${label}: ${key} must be text`);
    // A value with nothing visible (a zero-width space) is no value: the title is then guessed.
    const trimmed = value.replace(/\s+/g, ' ').trim();
    return hasVisibleText(trimmed) ? trimmed : undefined;
  };

  const title = text('title');
  if (title) metadata.title = title;
  const url = text('url');
  if (url) {
    if (webUrl(url) === undefined) throw new IngestError(`${label}: url must be an http(s) address`);
    metadata.url = url;
  }
  const published = text('published');
  if (published) {
    const iso = isoDate(published);
    if (!iso) {
      throw new IngestError(`${label}: published must be an ISO 8601 date like 2022-01-09 (got "${published}")`);
    }
    const implausible = implausibleDate(iso, now);
    if (implausible) throw new IngestError(`${label}: published ${implausible} (${published})`);
    metadata.published = published;
  }
  const source = text('source');
  if (source) metadata.source = source;
  const byline = text('byline');
  if (byline) metadata.byline = byline;
  const lang = text('lang');
  if (lang) {
    const code = normalizeLang(lang);
    if (!code) throw new IngestError(`${label}: lang must be a language code like "id" or "en"`);
    metadata.lang = code;
  }
  const summary = text('summary');
  if (summary) metadata.summary = summary;
  // The story stage decides stories; the reader can only take an article out of one it got
  // wrong (and so split a story). A story name here would be a slug to keep in step with others.
  const story = data.story;
  if (story !== undefined && story !== null) {
    if (story !== 'none') {
      const got = typeof story === 'string' ? `"${story.slice(0, 60)}"` : typeof story === 'number' || typeof story === 'boolean' ? String(story) : `a ${Array.isArray(story) ? 'list' : typeof story}`;
      throw new IngestError(`${label}: story must be none, to keep this article out of every story (got ${got})`);
    }
    metadata.alone = true;
  }

  if (data.topics !== undefined && data.topics !== null) {
    // One topic may be written without brackets: `topics: ukraine`.
    const list = typeof data.topics === 'string' ? [data.topics] : data.topics;
    if (!Array.isArray(list)) throw new IngestError(`${label}: topics must be a list of topic slugs`);
    const topics: string[] = [];
    list.forEach((topic, index) => {
      if (typeof topic !== 'string' || !isSlug(topic)) {
        throw new IngestError(`${label}: topics[${index}] must be a topic slug (lowercase letters, digits and hyphens)`);
      }
      if (!topics.includes(topic)) topics.push(topic);
    });
    if (topics.length > MAX_TOPICS_PER_ARTICLE) {
      throw new IngestError(`${label}: ${topics.length} topics; an article is filed under at most ${MAX_TOPICS_PER_ARTICLE}`);
    }
    // An empty list is meaningful: "file this under no topic".
    metadata.topics = topics;
  }
  return metadata;
}

/** Metadata given by the user wins over metadata found in the input; guesses are dropped. */
export function applyUserMetadata(found: ArticleMetadata, user: ArticleMetadata): ArticleMetadata {
  const merged: ArticleMetadata = { ...found, ...user };
  if (user.published) delete merged.publishedFrom;
  return merged;
}
