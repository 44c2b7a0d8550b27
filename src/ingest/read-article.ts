/**
 * One input, start to finish: read its bytes (readInput), let the reader for its kind make a
 * draft (HTML, plain text or Markdown), keep the images it carries, apply the user's sidecar,
 * and finish the article (finishArticle). Pure but for reading the input and the files next to
 * it; writing is the caller's.
 */
import { promises as fs, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { mediaPath } from '../article/media.ts';
import type { TopicRule } from '../config/topics.ts';
import { isInside } from './content-folder.ts';
import { decodeText } from './decode.ts';
import { IngestError, OtherFileError, reasonOf } from './errors.ts';
import { formatBytes, MAX_IMAGE_BYTES, MAX_MEDIA_BYTES_PER_ARTICLE, MAX_PAGE_BYTES, MAX_TEXT_BYTES } from './limits.ts';
import { finishArticle, type FinishedArticle } from './finish-article.ts';
import { readHtmlArticle } from './html-article.ts';
import { readMarkdownArticle } from './markdown-article.ts';
import { collectMedia, type MediaFile } from './media.ts';
import { inputKind, readInput, type InputDocument } from './read-input.ts';
import { applyUserMetadata, readUserMetadata } from './sidecar.ts';
import { parseUserYaml } from '../config/user-yaml.ts';
import type { SiteRule } from './site-rules.ts';
import { readTextArticle } from './text-article.ts';
import type { ArticleDraft, ArticleMetadata } from './types.ts';

/** What {@link readArticle} needs besides the file. */
export interface ReadArticleContext {
  /** "Today", for dates written without a year. */
  now: Date;
  topics: TopicRule[];
  siteRules: Map<string, SiteRule>;
  /** The article's slug: its kept images are served under its media path. */
  slug: string;
  /** Keep the images the input carries (else they are dropped). */
  keepMedia: boolean;
  /** Receives the extractor's reasoning for an HTML input (see `npm run ingest -- --explain`). */
  explain?: (line: string) => void;
}

/** Everything to write for one input. */
export interface Article extends FinishedArticle {
  media: MediaFile[];
}

/**
 * Read the input at `file` (its path under `contentRoot`, forward slashes), corrected by
 * `sidecar` when given, into an article. Throws an IngestError (or ConfigError) for a bad input.
 */
export async function readArticle(contentRoot: string, file: string, sidecar: string | undefined, context: ReadArticleContext): Promise<Article> {
  const absolute = path.join(contentRoot, ...file.split('/'));
  // The sidecar first: a mistake there is found without reading a page that may be large.
  const corrections = sidecar === undefined ? undefined : await readSidecar(contentRoot, sidecar, context.now);
  const isPage = ['html', 'mhtml'].includes(inputKind(file) ?? '');
  const limit = isPage ? MAX_PAGE_BYTES : MAX_TEXT_BYTES;
  const { size } = await fs.stat(absolute);
  if (size > limit) {
    throw new IngestError(`too large: ${formatBytes(size)} (kliping reads ${isPage ? 'saved pages' : 'text and Markdown files'} up to ${formatBytes(limit)})`);
  }
  const doc = readInput(absolute, new Uint8Array(await fs.readFile(absolute)));
  // A date written without a year is placed before the day the page was saved, when known.
  const savedAt = doc.savedAt ? new Date(doc.savedAt) : undefined;
  const now = savedAt && !Number.isNaN(savedAt.getTime()) && savedAt < context.now ? savedAt : context.now;
  const draft = readDraft(doc, now, context);
  let media: MediaFile[] = [];
  if (context.keepMedia) {
    // Before sanitizing: the schema refuses data: URIs and the Markdown stage resolves relative
    // paths against the original site, so carried images must be swapped in first.
    const collected = collectMedia(
      draft.body,
      { readLocal: localReader(contentRoot, path.dirname(absolute)), resources: doc.resources, pageUrl: doc.savedFrom ?? draft.metadata.url },
      { publicPath: mediaPath(context.slug) },
    );
    draft.body = collected.tree;
    media = collected.files;
  }

  const metadata = corrections ? applyUserMetadata(draft.metadata, corrections) : draft.metadata;
  return { ...finishArticle(draft.body, metadata, file, context.topics, now, draft.siteRule), media };
}

/**
 * The corrections a sidecar holds. Any mistake in it, or a sidecar that cannot be read, is an
 * {@link OtherFileError} naming the sidecar: that is the file the user has to fix.
 */
async function readSidecar(contentRoot: string, sidecar: string, now: Date): Promise<ArticleMetadata> {
  const label = path.posix.basename(sidecar);
  try {
    const text = decodeText(new Uint8Array(await fs.readFile(path.join(contentRoot, ...sidecar.split('/'))))).text;
    const data = parseUserYaml(text, label) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) throw new IngestError(`${label}: must be a mapping of keys (title: …)`);
    return readUserMetadata(data as Record<string, unknown>, label, now);
  } catch (error) {
    const reason = reasonOf(error);
    throw new OtherFileError(sidecar, reason.startsWith(`${label}: `) ? reason.slice(label.length + 2) : reason);
  }
}

function readDraft(doc: InputDocument, now: Date, context: ReadArticleContext): ArticleDraft {
  if (doc.kind === 'html') return readHtmlArticle(doc, { rules: context.siteRules, explain: context.explain, now });
  return doc.kind === 'text' ? readTextArticle(doc.text, { now }) : readMarkdownArticle(doc.text, { now });
}

/**
 * Read files next to an input, only inside content/ (no `../`, no links out), only regular
 * files (a named pipe would block the read forever), each at most MAX_IMAGE_BYTES and together
 * at most MAX_MEDIA_BYTES_PER_ARTICLE.
 */
function localReader(contentRoot: string, dir: string): (relativePath: string) => Uint8Array | undefined {
  let budget = MAX_MEDIA_BYTES_PER_ARTICLE;
  return (relativePath) => {
    const file = path.resolve(dir, relativePath);
    if (!isInside(file, contentRoot)) return undefined;
    try {
      const real = realpathSync(file);
      if (!isInside(real, realpathSync(contentRoot))) return undefined;
      const stat = statSync(real);
      if (!stat.isFile() || stat.size > MAX_IMAGE_BYTES || stat.size > budget) return undefined;
      budget -= stat.size;
      return new Uint8Array(readFileSync(real));
    } catch {
      return undefined;
    }
  };
}
