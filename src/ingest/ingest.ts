/**
 * Ingest: turn everything in content/ into generated articles, one Markdown file each.
 *
 * For each input: read (HTML, plain text or Markdown reader) → user corrections (frontmatter,
 * sidecar) → sanitize → Markdown and plain text → title, summary, language, topics → write.
 * One bad file is reported (its path under content/ and the reason) and the others go on; only
 * a misconfiguration of the run itself (an output folder inside content/) throws.
 *
 * What in content/ is not an article:
 * - `topics.yml` and `sites/**`: configuration;
 * - sidecars: `x.yml` (or `x.yaml`) next to an input `x.html`, `x.txt`… holds corrections for it
 *   with the frontmatter keys (title, url, published, source, byline, lang, topics, summary),
 *   which win over what was found in the input (and over the input's own frontmatter);
 * - files inside a browser's "Save Page As" `*_files/` folder, hidden files and folders
 *   (`.DS_Store`, `.git/`), and `Thumbs.db` / `desktop.ini`: skipped without a word;
 * - anything else that is not `.html`, `.htm`, `.xhtml`, `.mhtml`, `.mht`, `.txt`, `.text`, `.md`
 *   or `.markdown`: reported as skipped.
 *
 * Nothing under content/ is written. In the output folder, only files this step generated are
 * ever replaced or removed (those whose input is gone or now fails).
 */
import { promises as fs, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { decodeText } from './decode.ts';
import { inputKind, readInput, type InputDocument } from './read-input.ts';
import { IngestError } from './errors.ts';
import { readHtmlArticle } from './html-article.ts';
import { detectLanguage } from './language.ts';
import { collectMedia, MEDIA_PREFIX, mediaPath, type MediaFile } from './media.ts';
import { readMarkdownArticle } from './markdown-article.ts';
import { toMarkdown, toPlainText } from './markdown.ts';
import { sanitizeArticle } from './sanitize.ts';
import { loadSiteRules, type SiteRule } from './site-rules.ts';
import { applyUserMetadata, parseUserYaml, readUserMetadata } from './sidecar.ts';
import { compareCodePoints, uniqueSlugs } from './slug.ts';
import { guessTitle, summarize } from './summary.ts';
import { readTextArticle } from './text-article.ts';
import { classifyTopics, loadTopics, type TopicRule } from './topics.ts';
import type { ArticleDraft, ArticleFrontmatter, ArticleMetadata } from './types.ts';
import { isGeneratedArticle, writeArticle } from './write.ts';
import { webUrl } from './web-url.ts';
import { guessPublished, isoDate } from './dates.ts';

/** Options for {@link ingest}. */
export interface IngestOptions {
  /** When true, `report.ok` is false if any file failed (the CLI then exits non-zero). */
  strict?: boolean;
  /** Receives one line per reported file and the summary line. Default: nothing is logged. */
  log?: (line: string) => void;
  /**
   * Folder for the images a saved page carries itself (its `_files/` folder, `data:` URIs, MHTML
   * parts), one subfolder per article, served at `/article-media/<slug>/`. Without it those
   * images are dropped. The CLI uses `public/article-media`.
   */
  mediaDir?: string;
  /**
   * "Today" for dates written without a year (see `readTextArticle`). Default: the current
   * date. Output changes with it only when the latest matching year does (years apart).
   */
  now?: Date;
}

/** A file that was not ingested, and why. `file` is its path under content/ (forward slashes). */
export interface FileReport {
  file: string;
  reason: string;
}

/** What one run did. */
export interface IngestReport {
  /** Articles written (or found already up to date), in path order. */
  articles: { file: string; slug: string; changed: boolean }[];
  /** Files that should have been articles (or configuration) but could not be read. */
  failed: FileReport[];
  /** Files that are not articles and not configuration. */
  skipped: FileReport[];
  /** Slugs of generated files removed because their input is gone or failed. */
  removed: string[];
  /** False when `strict` was set and something failed. */
  ok: boolean;
}

const sidecarExtensions = ['.yml', '.yaml'];
const systemJunk = new Set(['thumbs.db', 'desktop.ini']);

/** Ingest every input under `contentDir` into `outDir`. Never throws for one bad file. */
export async function ingest(contentDir: string, outDir: string, options: IngestOptions = {}): Promise<IngestReport> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const contentRoot = path.resolve(contentDir);
  const outRoot = path.resolve(outDir);
  const mediaRoot = options.mediaDir === undefined ? undefined : path.resolve(options.mediaDir);
  for (const [name, dir] of [['output', outRoot], ['media', mediaRoot]] as const) {
    if (dir && (isInside(dir, contentRoot) || isInside(contentRoot, dir))) {
      throw new Error(`the ${name} folder (${dir}) and the content folder (${contentDir}) must not contain each other`);
    }
  }

  const report: IngestReport = { articles: [], failed: [], skipped: [], removed: [], ok: true };
  const files = await listFiles(contentRoot, report);
  // The site's collection reads this folder: it exists even before the first article.
  await fs.mkdir(outRoot, { recursive: true });
  const inputs = files.filter((file) => inputKind(file) !== undefined && !isConfiguration(file));
  const stems = new Set(inputs.map(stemOf));
  const sidecars = new Set<string>();

  for (const file of files) {
    if (isConfiguration(file) || inputKind(file)) continue;
    const extension = path.posix.extname(file).toLowerCase();
    if (sidecarExtensions.includes(extension)) {
      if (stems.has(stemOf(file))) sidecars.add(file);
      else report.skipped.push({ file, reason: `no input named ${path.posix.basename(stemOf(file))}.* for this sidecar to correct` });
    } else {
      report.skipped.push({ file, reason: `not a supported file type (${extension || 'no extension'})` });
    }
  }

  const rules = await readTopicRules(contentRoot, report);
  const siteRules = inputs.some((file) => ['html', 'mhtml'].includes(inputKind(file)!)) ? readSiteRules(contentRoot, report) : new Map<string, SiteRule>();
  const slugs = uniqueSlugs(inputs);
  const written = new Set<string>();

  const media = new Map<string, MediaFile[]>();

  for (const file of inputs) {
    const slug = slugs.get(file)!;
    try {
      const sidecar = sidecarExtensions.map((extension) => stemOf(file) + extension).find((name) => sidecars.has(name));
      const article = await readArticle(contentRoot, file, sidecar, { now, rules, siteRules, slug, collect: mediaRoot !== undefined });
      // Images first: an article never points at a picture that is not there yet.
      if (mediaRoot && article.media.length > 0) await writeMedia(path.join(mediaRoot, slug), article.media);
      const changed = await writeArticle(outRoot, slug, article.frontmatter, article.markdown);
      written.add(slug);
      if (article.media.length > 0) media.set(slug, article.media);
      report.articles.push({ file, slug, changed });
    } catch (error) {
      report.failed.push({ file, reason: reasonOf(error) });
    }
  }

  report.removed = await removeStale(outRoot, written);
  if (mediaRoot) await removeStaleMedia(mediaRoot, media);
  report.failed.sort((a, b) => compareCodePoints(a.file, b.file));
  report.skipped.sort((a, b) => compareCodePoints(a.file, b.file));
  for (const { file, reason } of report.failed) log(`${file}: failed: ${reason}`);
  for (const { file, reason } of report.skipped) log(`${file}: skipped: ${reason}`);
  log(summaryLine(report));
  report.ok = !(options.strict && report.failed.length > 0);
  return report;
}

/** "ingested 3 articles, 1 failed, 1 skipped" (and how many stale files were removed, if any). */
export function summaryLine(report: IngestReport): string {
  const count = report.articles.length;
  let line = `ingested ${count} article${count === 1 ? '' : 's'}, ${report.failed.length} failed, ${report.skipped.length} skipped`;
  if (report.removed.length > 0) line += `, ${report.removed.length} removed`;
  return line;
}

interface ReadContext {
  now: Date;
  rules: TopicRule[];
  siteRules: Map<string, SiteRule>;
  slug: string;
  /** Keep the images the input carries (see `IngestOptions.mediaDir`). */
  collect: boolean;
}

/** Everything to write for one input. */
interface Article {
  frontmatter: ArticleFrontmatter;
  markdown: string;
  media: MediaFile[];
}

async function readArticle(contentRoot: string, file: string, sidecar: string | undefined, context: ReadContext): Promise<Article> {
  const absolute = path.join(contentRoot, ...file.split('/'));
  const doc = readInput(absolute, new Uint8Array(await fs.readFile(absolute)));
  // A date written without a year is placed before the day the page was saved, when known.
  const savedAt = doc.savedAt ? new Date(doc.savedAt) : undefined;
  if (savedAt && !Number.isNaN(savedAt.getTime()) && savedAt < context.now) context = { ...context, now: savedAt };
  const draft = readDraft(doc, context);
  let media: MediaFile[] = [];
  if (context.collect) {
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

  let metadata = draft.metadata;
  if (sidecar) {
    const label = path.posix.basename(sidecar);
    const text = decodeText(new Uint8Array(await fs.readFile(path.join(contentRoot, ...sidecar.split('/'))))).text;
    const data = parseUserYaml(text, label) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) throw new IngestError(`${label}: must be a mapping of keys (title: …)`);
    metadata = applyUserMetadata(metadata, readUserMetadata(data as Record<string, unknown>, label));
  }
  const article = finishArticle(draft.body, metadata, file, context.rules, context.now);
  return { ...article, media };
}

/**
 * The article's running text for its summary: its paragraphs, without captions, tables,
 * quotations or list items, which make odd summaries.
 */
function leadText(tree: Root): string {
  const paragraphs: string[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || /^(figure|figcaption|table|blockquote|ul|ol|pre|aside)$/.test(child.tagName)) continue;
      if (child.tagName === 'p') paragraphs.push(toText(child, { whitespace: 'normal' }).trim());
      else walk(child);
    }
  };
  walk(tree);
  return paragraphs.filter(Boolean).join('\n\n');
}

/** Largest image copied from next to an input. */
const maxMediaBytes = 20 * 1024 * 1024;

/** Read files next to an input, only inside content/ (no `../`, no links out). */
function localReader(contentRoot: string, dir: string): (relativePath: string) => Uint8Array | undefined {
  return (relativePath) => {
    const file = path.resolve(dir, relativePath);
    if (!isInside(file, contentRoot)) return undefined;
    try {
      const real = realpathSync(file);
      if (!isInside(real, realpathSync(contentRoot))) return undefined;
      const stat = statSync(real);
      if (!stat.isFile() || stat.size > maxMediaBytes) return undefined;
      return new Uint8Array(readFileSync(real));
    } catch {
      return undefined;
    }
  };
}

/** Write an article's images (named by a hash of their bytes, so an existing name is the same file). */
async function writeMedia(dir: string, files: MediaFile[]): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const { name, bytes } of files) {
    const file = path.join(dir, name);
    const existing = await fs.stat(file).catch(() => undefined);
    if (existing?.size === bytes.length) continue;
    const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  }
}

/** Names collectMedia gives: only such files are ever removed from the media folder. */
const mediaNamePattern = /^[0-9a-f]{20}\.(?:png|jpg|gif|webp|avif)$|^\..*\.tmp$/;

/** Remove media no written article uses any more: stale files and emptied article folders. */
async function removeStaleMedia(mediaRoot: string, media: Map<string, MediaFile[]>): Promise<void> {
  const dirs = await fs.readdir(mediaRoot, { withFileTypes: true }).catch(() => [] as Dirent[]);
  for (const entry of dirs) {
    if (!entry.isDirectory() || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.name)) continue;
    const dir = path.join(mediaRoot, entry.name);
    const keep = new Set((media.get(entry.name) ?? []).map((file) => file.name));
    const names = await fs.readdir(dir);
    for (const name of names) {
      if (!keep.has(name) && mediaNamePattern.test(name)) await fs.rm(path.join(dir, name), { force: true });
    }
    if ((await fs.readdir(dir)).length === 0) await fs.rmdir(dir);
  }
}

function readDraft(doc: InputDocument, context: ReadContext): ArticleDraft {
  if (doc.kind === 'html') return readHtmlArticle(doc, { rules: context.siteRules });
  return doc.kind === 'text' ? readTextArticle(doc.text, { now: context.now }) : readMarkdownArticle(doc.text);
}

/**
 * The stages every reader's draft goes through: sanitize, Markdown, then the frontmatter (title,
 * summary, language, a guessed date and topics fall back on the text when the input gave none).
 */
export function finishArticle(
  body: Root,
  metadata: ArticleMetadata,
  sourceFile: string,
  rules: TopicRule[],
  now: Date = new Date(),
): Omit<Article, 'media'> {
  const clean = sanitizeArticle(body);
  const text = toPlainText(clean);
  if (text.trim() === '') {
    // Say what the user can do: most such pages are video or gallery pages, or were saved
    // before their script had put the text in.
    throw new IngestError(
      'no article text found (a video or gallery page, or saved before the text had loaded? save it again once it shows, or add a site rule in content/sites/)',
    );
  }
  const markdown = toMarkdown(clean, { baseUrl: webUrl(metadata.url) });

  const givenTitle = oneLine(metadata.title);
  const titleGuessed = !givenTitle;
  const title = givenTitle ?? guessTitle(text);
  const lang = validLang(metadata.lang) ?? detectLanguage(text);
  const summary = metadata.summary
    ? summarize(metadata.summary)
    : metadata.description?.trim()
      ? summarize(metadata.description)
      : summarize(leadText(clean) || text);

  // A page without a date may still say "pada hari Minggu (09/01)" (see readTextArticle).
  let published = isoDate(metadata.published);
  let publishedGuessed = published ? metadata.publishedGuessed : undefined;
  if (!published) {
    published = guessPublished(text, now);
    publishedGuessed = published ? true : undefined;
  }

  const frontmatter: ArticleFrontmatter = {
    title,
    titleGuessed: titleGuessed || metadata.titleGuessed || undefined,
    source: oneLine(metadata.source),
    url: webUrl(metadata.url),
    byline: oneLine(metadata.byline),
    published,
    publishedGuessed: publishedGuessed || undefined,
    modified: isoDate(metadata.modified),
    lang,
    image: imageUrl(metadata.image),
    // A guessed title is the text's own first sentence: counting it again would double it.
    topics: classifyTopics(titleGuessed || metadata.titleGuessed ? text : `${title}\n\n${text}`, metadata, rules),
    summary: summary || undefined,
    sourceFile,
  };
  return { frontmatter, markdown };
}

/**
 * Per-site rules from `content/sites/*.yml`. An invalid rule is reported under its file's name
 * and the generic extractor is used for every site instead.
 */
function readSiteRules(contentRoot: string, report: IngestReport): Map<string, SiteRule> {
  try {
    return loadSiteRules(path.join(contentRoot, 'sites'));
  } catch (error) {
    const reason = reasonOf(error);
    const named = /^([^/:]+\.ya?ml): (.*)$/s.exec(reason);
    report.failed.push(named ? { file: `sites/${named[1]}`, reason: named[2] } : { file: 'sites/', reason });
    return new Map();
  }
}

async function readTopicRules(contentRoot: string, report: IngestReport): Promise<TopicRule[]> {
  const file = path.join(contentRoot, 'topics.yml');
  if (!(await exists(file))) return [];
  try {
    return loadTopics(decodeText(new Uint8Array(await fs.readFile(file))).text, 'topics.yml');
  } catch (error) {
    // Articles are still written, filed only under the topics their own frontmatter gives.
    report.failed.push({ file: 'topics.yml', reason: reasonOf(error).replace(/^topics\.yml: /, '') });
    return [];
  }
}

/**
 * Every file under `root` as a path with forward slashes, sorted, leaving out what is never
 * an article and never worth a word: hidden files and folders, `*_files/` folders, OS junk.
 * Symbolic links are followed only to files inside content/.
 */
async function listFiles(root: string, report: IngestReport): Promise<string[]> {
  const files: string[] = [];
  const realRoot = await fs.realpath(root).catch(() => {
    throw new Error(`the content folder ${root} does not exist`);
  });
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      report.failed.push({ file: prefix || '.', reason: `cannot read this folder (${(error as NodeJS.ErrnoException).code})` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const relative = prefix + name;
      if (name.startsWith('.') || systemJunk.has(name.toLowerCase())) continue;
      if (entry.isDirectory()) {
        if (!name.endsWith('_files')) await walk(path.join(dir, name), `${relative}/`);
      } else if (entry.isFile()) {
        files.push(relative);
      } else if (entry.isSymbolicLink()) {
        const target = await fs.realpath(path.join(dir, name)).catch(() => undefined);
        const stat = target ? await fs.stat(target).catch(() => undefined) : undefined;
        if (stat?.isFile() && isInside(target!, realRoot)) files.push(relative);
        else report.skipped.push({ file: relative, reason: 'a link to something outside content/ (or to a folder)' });
      }
    }
  };
  await walk(root, '');
  return files.sort(compareCodePoints);
}

/** Temporary files older than this are leftovers of a crashed run. */
const staleTempAge = 10 * 60 * 1000;

/** Remove generated files not written in this run, and temporary files a crash left behind. */
async function removeStale(outRoot: string, written: Set<string>): Promise<string[]> {
  const removed: string[] = [];
  const names = await fs.readdir(outRoot).catch(() => [] as string[]);
  for (const name of names.sort(compareCodePoints)) {
    const file = path.join(outRoot, name);
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      // Left by a crashed run; a recent one may belong to a run still writing.
      const stat = await fs.stat(file).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > staleTempAge) await fs.rm(file, { force: true });
      continue;
    }
    if (!name.endsWith('.md') || written.has(name.slice(0, -3))) continue;
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    // Only what this step wrote: a file someone put there by hand stays.
    if (!isGeneratedArticle(text)) continue;
    await fs.rm(file, { force: true });
    removed.push(name.slice(0, -3));
  }
  return removed;
}


function isConfiguration(file: string): boolean {
  return file === 'topics.yml' || file.startsWith('sites/');
}

function stemOf(file: string): string {
  const extension = path.posix.extname(file);
  return extension ? file.slice(0, -extension.length) : file;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** The reason a user reads: an IngestError's message as is; anything else is a bug, said so. */
function reasonOf(error: unknown): string {
  if (error instanceof IngestError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read this file (permission denied)';
  return `internal error while reading this file (${error instanceof Error ? error.message : String(error)})`;
}

function oneLine(value: string | undefined): string | undefined {
  const text = value?.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text || undefined;
}


function imageUrl(value: string | undefined): string | undefined {
  if (value?.startsWith(MEDIA_PREFIX) && !/\s/.test(value)) return value;
  return webUrl(value);
}

/** The primary language subtag ("en-US" → "en"), as the frontmatter contract wants. */
function validLang(value: string | undefined): string | undefined {
  return value && /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$/.test(value.trim()) ? value.trim().split(/[-_]/)[0].toLowerCase() : undefined;
}
