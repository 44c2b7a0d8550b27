/**
 * Ingest: turn everything in content/ into generated articles, one Markdown file each.
 *
 * The run, in order: sort the content folder into inputs, sidecars and the rest
 * (content-folder.ts); read the configuration (topics.yml, sites/); give every input its slug
 * (slug.ts); read each input into an article (read-article.ts: readInput → the reader for its
 * kind → sidecar → finishArticle); write it and its images (write.ts); remove what inputs that
 * are gone or now fail had generated; report.
 *
 * One bad file is reported (its path under content/ and the reason) and the others go on; only
 * a misconfiguration of the run itself (an output folder inside content/) throws. Nothing under
 * content/ is written.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isInside, readConfiguration, scanContentFolder, type FileReport } from './content-folder.ts';
import { OtherFileError, reasonOf, reportLine } from './errors.ts';
import { readManifest, writeManifest } from './manifest.ts';
import type { MediaFile } from './media.ts';
import { readArticle } from './read-article.ts';
import { inputKind } from './read-input.ts';
import { compareCodePoints, uniqueSlugs } from './slug.ts';
import { removeStaleArticles, removeStaleMedia, writeArticle, writeMedia } from './write.ts';

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
  /** False when `strict` was set and something failed, or the run stopped. */
  ok: boolean;
  /** True when a mistake in the configuration stopped the run before it wrote anything. */
  stopped: boolean;
}

/**
 * Ingest every input under `contentDir` into `outDir`. Never throws for one bad file. A mistake
 * in the configuration (topics.yml, a site rule) stops the run before anything is written:
 * every mistake is reported, `report.stopped` and not `report.ok`.
 */
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

  const folder = await scanContentFolder(contentRoot);
  const configuration = await readConfiguration(contentRoot, folder);
  const report: IngestReport = { articles: [], failed: [...folder.failed], skipped: folder.skipped, removed: [], ok: true, stopped: false };
  if (configuration.failed.length > 0) {
    // Writing now would file every article under no topic, or extract without the site's rule.
    report.failed = configuration.failed;
    report.skipped = [];
    report.stopped = true;
    report.ok = false;
    finishReport(report, log);
    return report;
  }

  // The site's collection reads this folder: it exists even before the first article.
  await fs.mkdir(outRoot, { recursive: true });
  const manifest = await readManifest(outRoot);
  const slugs = uniqueSlugs(folder.inputs, manifest.slugs);
  const written = new Set<string>();
  const media = new Map<string, MediaFile[]>();

  for (const file of folder.inputs) {
    const slug = slugs.get(file)!;
    manifest.slugs.set(file, slug);
    try {
      const article = await readArticle(contentRoot, file, folder.sidecars.get(file), {
        now,
        topics: configuration.topics,
        siteRules: configuration.siteRules,
        slug,
        keepMedia: mediaRoot !== undefined,
      });
      // Images first: an article never points at a picture that is not there yet.
      if (mediaRoot && article.media.length > 0) await writeMedia(path.join(mediaRoot, slug), article.media);
      const changed = await writeArticle(outRoot, slug, article.frontmatter, article.markdown);
      written.add(slug);
      if (article.media.length > 0) media.set(slug, article.media);
      report.articles.push({ file, slug, changed });
    } catch (error) {
      if (error instanceof OtherFileError) report.failed.push({ file: error.file, reason: `${error.message} (${file} waits for it)` });
      else report.failed.push({ file, reason: reasonOf(error) });
    }
  }

  // Slugs first, articles after: a crash in between leaves a slug remembered, never an article without one.
  await writeManifest(outRoot, manifest);
  report.removed = await removeStaleArticles(outRoot, written);
  if (mediaRoot) await removeStaleMedia(mediaRoot, media);
  report.ok = !(options.strict && report.failed.length > 0);
  finishReport(report, log);
  return report;
}

/** Sort the report and log it: one line per failed and skipped file, then the summary. */
function finishReport(report: IngestReport, log: (line: string) => void): void {
  report.failed.sort((a, b) => compareCodePoints(a.file, b.file));
  report.skipped.sort((a, b) => compareCodePoints(a.file, b.file));
  for (const { file, reason } of report.failed) log(reportLine(file, 'failed', reason));
  for (const { file, reason } of report.skipped) log(reportLine(file, 'skipped', reason));
  log(summaryLine(report));
}

/** "ingested 3 articles, 1 failed, 1 skipped" (and how many stale files were removed, if any). */
function summaryLine(report: IngestReport): string {
  if (report.stopped) {
    return `stopped: ${report.failed.length} mistake${report.failed.length === 1 ? '' : 's'} in the configuration (above); nothing was written`;
  }
  const count = report.articles.length;
  let line = `ingested ${count} article${count === 1 ? '' : 's'}, ${report.failed.length} failed, ${report.skipped.length} skipped`;
  if (report.removed.length > 0) line += `, ${report.removed.length} removed`;
  return line;
}

/**
 * Read one input as the ingest would, writing nothing, and tell `log` how: the extractor's
 * reasoning for a web page (candidate blocks and their scores, the chosen one, what the tidy
 * pass removed), then the title, date, language and topics the article would get and the size
 * of its text. For users writing a site rule. `file` is a path to the input, inside `contentDir`.
 * Resolves to false when the input cannot be read (the reason is logged).
 */
export async function explainInput(contentDir: string, file: string, options: Pick<IngestOptions, 'log' | 'now'> = {}): Promise<boolean> {
  const log = options.log ?? (() => {});
  const contentRoot = path.resolve(contentDir);
  const absolute = path.resolve(file);
  if (!isInside(absolute, contentRoot)) throw new Error(`${file} is not inside the content folder (${contentDir})`);
  const relative = path.relative(contentRoot, absolute).split(path.sep).join('/');
  if (!(await fs.stat(absolute).catch(() => undefined))?.isFile()) throw new Error(`${file} is not a file`);
  const kind = inputKind(relative);
  if (!kind) throw new Error(`${relative} is not an input kliping reads (.html, .htm, .mhtml, .txt, .md …)`);
  const folder = await scanContentFolder(contentRoot);
  const configuration = await readConfiguration(contentRoot, folder);
  for (const { file: name, reason } of configuration.failed) log(reportLine(name, 'failed', reason));
  try {
    const article = await readArticle(contentRoot, relative, folder.sidecars.get(relative), {
      now: options.now ?? new Date(),
      topics: configuration.topics,
      siteRules: configuration.siteRules,
      slug: 'explain',
      keepMedia: false,
      explain: log,
    });
    const { title, published, lang, topics, source } = article.frontmatter;
    log(`result: "${title}" (${[source, published, lang].filter(Boolean).join(', ') || 'no source, date or language'}), topics [${topics.join(', ')}], ${article.markdown.length} characters of Markdown`);
    return true;
  } catch (error) {
    if (error instanceof OtherFileError) log(reportLine(error.file, 'failed', error.message));
    else log(reportLine(relative, 'failed', reasonOf(error)));
    return false;
  }
}
