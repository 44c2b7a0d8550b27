/**
 * Ingest: turn everything in content/ into generated articles, one Markdown file each, doing
 * only the work that is new.
 *
 * The run, in order:
 * 1. sort the content folder into inputs, sidecars and the rest (content-folder.ts) and read the
 *    configuration (topics.yml, sites/): a mistake there stops the run before anything is written;
 * 2. give every input its permanent slug (slug.ts, with the manifest's memory, manifest.ts);
 * 3. decide which inputs to read: one whose size and time (or, when those changed, content hash)
 *    and sidecar match the manifest's record, read with the same pipeline and settings, and whose
 *    generated files are there, is not read again;
 * 4. read the others on every core (read-articles.ts), writing each one's images as it arrives;
 * 5. fold copies of one article into one (duplicates.ts): the same canonical URL or near-identical
 *    text; the copy already published stays the article, the others are listed in its `copies`
 *    and their addresses lead to it;
 * 6. write the articles (write.ts), remove what inputs that are gone, failed or are now copies had
 *    generated;
 * 7. when an article is new, changed or gone (or the stories file is not the last run's), file
 *    the articles under their stories (story-stage.ts: the same event told by several articles)
 *    and set `story` in the files whose story changed; then save the manifest, report.
 *
 * One bad file is reported (its path under content/ and the reason) and the others go on; only
 * a misconfiguration of the run itself (an output folder inside content/) throws. Nothing under
 * content/ is written.
 */
import { createHash } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleCopy, ArticleFrontmatter } from '../article/format.ts';
import { isInside, readConfiguration, scanContentFolder, type FileReport } from './content-folder.ts';
import { findDuplicates } from './duplicates.ts';
import { OtherFileError, reasonOf, reportLine } from './errors.ts';
import { readManifest, readStoryRecords, storiesFileHash, writeManifest, type FileState, type InputRecord, type StoryData, type StoryRecords } from './manifest.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { readArticles, type ReadResult, type ReadTask } from './read-articles.ts';
import { inputKind, type InputKind } from './input-kind.ts';
import { compareCodePoints, uniqueSlugs } from './slug.ts';
import type { StageArticle } from './story-stage.ts';
import { readArticleStory, removeStaleArticles, removeStaleMedia, writeArticle, writeMedia } from './write.ts';

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
  /** Read every input again, even those the manifest says are up to date. */
  force?: boolean;
  /** Threads to read on (see `readArticles`); 1 reads everything in this thread. */
  jobs?: number;
  /** Called as inputs are read: how many of how many this run reads. */
  onProgress?: (done: number, total: number) => void;
}

/** What became of an article's input in this run. */
export type ArticleStatus = 'new' | 'changed' | 'unchanged';

/** What one run did. */
export interface IngestReport {
  /** Articles on the site after this run (written, or found up to date), in path order. */
  articles: { file: string; slug: string; changed: boolean; status: ArticleStatus }[];
  /** Inputs folded into another input's article (see {@link ArticleFrontmatter.copies}), in path order. */
  copies: { file: string; slug: string; of: string }[];
  /** Files that should have been articles (or configuration) but could not be read. */
  failed: FileReport[];
  /** Files that are not articles and not configuration. */
  skipped: FileReport[];
  /** Slugs of generated files removed because their input is gone, failed or became a copy. */
  removed: string[];
  /** How many inputs were read (parsed) in this run; the others cost a look at the manifest. */
  read: number;
  /** Articles per topic slug, over all articles. */
  topics: Record<string, number>;
  /**
   * Stories (two articles or more about one event), when this run filed them: only a run in which
   * an article is new, changed or gone does. `new`: named in this run; `changed`: older stories
   * whose articles are not the last run's; `ended`: the last run's stories that are no more.
   */
  stories?: { stories: number; new: number; changed: number; ended: number };
  /** Wall time of the run, in seconds. */
  seconds: number;
  /** False when `strict` was set and something failed, or the run stopped. */
  ok: boolean;
  /** True when a mistake in the configuration stopped the run before it wrote anything. */
  stopped: boolean;
}

/** An article read in this run, waiting for the duplicate finder before it is written. */
interface ReadArticle {
  frontmatter: ArticleFrontmatter;
  markdown: string;
  story: StoryData;
}

/** Which copy of an article is the article, when none is published yet: the richest kind of input. */
const copyPreference: InputKind[] = ['html', 'mhtml', 'markdown', 'text'];

/**
 * Ingest every input under `contentDir` into `outDir`. Never throws for one bad file. A mistake
 * in the configuration (topics.yml, a site rule) stops the run before anything is written:
 * every mistake is reported, `report.stopped` and not `report.ok`.
 */
export async function ingest(contentDir: string, outDir: string, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
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
  const report: IngestReport = {
    articles: [],
    copies: [],
    failed: [...folder.failed],
    skipped: folder.skipped,
    removed: [],
    read: 0,
    topics: {},
    seconds: 0,
    ok: true,
    stopped: false,
  };
  if (configuration.failed.length > 0) {
    // Writing now would file every article under no topic, or extract without the site's rule.
    report.failed = configuration.failed;
    report.skipped = [];
    report.stopped = true;
    report.ok = false;
    finishReport(report, started, log);
    return report;
  }

  // The site's collection reads this folder: it exists even before the first article.
  await fs.mkdir(outRoot, { recursive: true });
  const manifest = await readManifest(outRoot);
  const previous = manifest.inputs;
  const settings = createHash('sha256').update(`${configuration.hash}\0${mediaRoot ?? ''}`).digest('hex').slice(0, 16);
  const upToDate = !options.force && manifest.pipeline === pipelineVersion() && manifest.settings === settings;
  const slugs = uniqueSlugs(folder.inputs, manifest.slugs);
  for (const [file, slug] of slugs) manifest.slugs.set(file, slug);
  const generated = new Set(await fs.readdir(outRoot));
  const mediaFolders = mediaRoot ? new Set(await fs.readdir(mediaRoot).catch(() => [] as string[])) : new Set<string>();

  // 3. What to read. `records` becomes the manifest's inputs: only inputs present now.
  const records = new Map<string, InputRecord>();
  const states = new Map<string, { input: FileState; sidecar?: FileState & { file: string } }>();
  const tasks: ReadTask[] = [];
  for (const file of folder.inputs) {
    const slug = slugs.get(file)!;
    const sidecar = folder.sidecars.get(file);
    const record = upToDate ? previous.get(file) : undefined;
    const input = await fileState(contentRoot, file, record);
    const sidecarFile = sidecar === undefined ? undefined : await fileState(contentRoot, sidecar, record?.sidecar?.file === sidecar ? record.sidecar : undefined);
    const sidecarState = sidecar !== undefined && sidecarFile ? { file: sidecar, ...sidecarFile } : undefined;
    const outputsThere =
      record?.outcome !== 'article' || (generated.has(`${slug}.md`) && (!record.media?.length || mediaFolders.has(slug)));
    if (record && input && sameContent(record, input) && sameContent(record.sidecar, sidecarState) && outputsThere) {
      records.set(file, { ...record, ...input, sidecar: sidecarState });
    } else {
      if (input) states.set(file, { input, sidecar: sidecarState });
      tasks.push({ file, sidecar, slug });
    }
  }
  // Stories are filed again only when what they are made of may have changed: an input to read,
  // an article gone, or a stories file that is not the one the last complete run left (gone,
  // replaced, or written by a run that stopped before its records: what it says the articles'
  // files name is then checked against them). A run with nothing new never reads that file.
  const present = new Set(folder.inputs);
  let articleGone = false;
  for (const [file, record] of previous) if (record.outcome === 'article' && !present.has(file)) articleGone = true;
  const storiesSynced = manifest.stories !== undefined && storiesFileHash(outRoot) === manifest.stories;
  const fileStoriesNow = tasks.length > 0 || articleGone || !storiesSynced;
  let stored: StoryRecords = { records: new Map() };
  if (fileStoriesNow) {
    stored = await readStoryRecords(outRoot);
    // An article the stories file lacks is read again for its keys, as one the records lack is.
    for (const [file, record] of records) {
      if (record.outcome !== 'article' || stored.records.has(file)) continue;
      records.delete(file);
      states.set(file, { input: record, sidecar: record.sidecar });
      tasks.push({ file, sidecar: folder.sidecars.get(file), slug: slugs.get(file)! });
    }
  }

  // 4. Read, on every core. A slug is remembered before its article exists, never the other way
  // round. Images and articles are written as they arrive (most articles have no copy, and
  // writing 10,000 files after the last read would keep the other cores idle); an article found
  // to have copies is written again below, with them, and a copy's own article is removed. An
  // input is recorded as read only once its article is final (a crash reads it again: its old
  // record no longer matches the file, or there is none).
  if (tasks.length > 0) await writeManifest(outRoot, manifest, { slugsOnly: true });
  const readNow = new Map<string, ReadArticle>();
  /** Whether each article written as it arrived changed its file. */
  const writtenAtOnce = new Map<string, boolean>();
  let writeAtOnce = true;
  let done = 0;
  const total = tasks.length;
  const keep = async (result: ReadResult): Promise<void> => {
    const known = states.get(result.file);
    const state = {
      input: { size: known?.input.size ?? 0, mtime: known?.input.mtime ?? 0, hash: result.hash },
      sidecar: known?.sidecar && result.sidecarHash !== undefined ? { ...known.sidecar, hash: result.sidecarHash } : undefined,
    };
    if (!result.ok) {
      records.set(result.file, { ...state.input, sidecar: state.sidecar, outcome: 'failed', failedFile: result.failedFile, reason: result.reason });
    } else {
      const slug = slugs.get(result.file)!;
      if (mediaRoot && result.media.length > 0) await writeMedia(path.join(mediaRoot, slug), result.media);
      // Its story is decided once every article is read (step 7); the one it had is the likeliest,
      // and keeps the file from being written twice (without the stories file, its file says).
      const record = stored.records.get(result.file);
      const story = record ? record.story : await readArticleStory(outRoot, slug);
      const frontmatter: ArticleFrontmatter = { ...result.frontmatter, story };
      readNow.set(result.file, { frontmatter, markdown: result.markdown, story: result.story });
      if (writeAtOnce) writtenAtOnce.set(result.file, await writeArticle(outRoot, slug, frontmatter, result.markdown));
      const { url, source, topics } = result.frontmatter;
      records.set(result.file, {
        ...state.input,
        sidecar: state.sidecar,
        outcome: 'article',
        url,
        source,
        fingerprint: result.fingerprint,
        topics,
        media: result.media.length > 0 ? result.media.map((file) => file.name) : undefined,
      });
    }
    options.onProgress?.(++done, total);
  };
  const readSettings = { contentRoot, topics: configuration.topics, siteRules: configuration.siteRules, keepMedia: mediaRoot !== undefined, now: now.getTime() };
  await readArticles(tasks, readSettings, keep, { jobs: options.jobs });

  // 5. Copies of one article: which input is the article, and which are its copies.
  const copiesOf = new Map<string, string[]>();
  const copyOf = new Map<string, string>();
  for (const group of groupCopies(records, previous, readNow.size > 0)) {
    const article = chooseArticle(group, previous, (file) => generated.has(`${slugs.get(file)}.md`));
    copiesOf.set(article, group.filter((file) => file !== article));
    for (const file of group) if (file !== article) copyOf.set(file, article);
  }
  // An article whose input did not change but whose copies did (or which was a copy) is read again.
  const again: ReadTask[] = [];
  for (const [file, record] of records) {
    if (copyOf.has(file) || record.outcome === 'failed' || readNow.has(file)) continue;
    const copies = copiesOf.get(file) ?? [];
    if (record.outcome !== 'article' || !sameList(record.copies ?? [], copies) || copies.some((copy) => readNow.has(copy))) {
      again.push({ file, sidecar: folder.sidecars.get(file), slug: slugs.get(file)! });
      states.set(file, { input: record, sidecar: record.sidecar });
    }
  }
  // These know their copies already: written once, below.
  writeAtOnce = false;
  await readArticles(again, readSettings, keep, { jobs: options.jobs });
  report.read = total + again.length;

  // 6. Write what is left: articles with copies, and those read again for them (their slugs
  // were saved before the first read; a slug is only ever new for an input read then).
  const written = new Set<string>();
  const media = new Map<string, readonly string[]>();
  for (const [file, record] of records) {
    const slug = slugs.get(file)!;
    if (record.outcome === 'failed') {
      report.failed.push({ file: record.failedFile ?? file, reason: record.reason ?? 'could not be read' });
      continue;
    }
    const article = copyOf.get(file);
    if (article !== undefined) {
      // Written as it arrived, before it was known to be a copy: never on the site, never "removed".
      if (writtenAtOnce.has(file) && !generated.has(`${slug}.md`)) await fs.rm(path.join(outRoot, `${slug}.md`), { force: true });
      records.set(file, { ...record, outcome: 'copy', copyOf: article, copies: undefined });
      report.copies.push({ file, slug, of: article });
      continue;
    }
    const copies = copiesOf.get(file) ?? [];
    const read = readNow.get(file);
    let changed = writtenAtOnce.get(file) ?? false;
    if (read && (copies.length > 0 || !writtenAtOnce.has(file))) {
      const frontmatter: ArticleFrontmatter = { ...read.frontmatter, copies: copies.map((copy) => describeCopy(copy, slugs, records)) };
      changed = (await writeArticle(outRoot, slug, frontmatter, read.markdown)) || changed;
    }
    const before = previous.get(file);
    // New to the site: no article there before (or the input was a copy or a failure).
    const status: ArticleStatus = !generated.has(`${slug}.md`) || (before && before.outcome !== 'article') ? 'new' : changed ? 'changed' : 'unchanged';
    records.set(file, { ...record, outcome: 'article', copyOf: undefined, copies: copies.length > 0 ? copies : undefined });
    written.add(slug);
    if (record.media?.length) media.set(slug, record.media);
    for (const topic of record.topics ?? []) report.topics[topic] = (report.topics[topic] ?? 0) + 1;
    report.articles.push({ file, slug, changed, status });
  }

  // 7. Stories, over every article (written in this run or not).
  if (fileStoriesNow) {
    const stage: StageArticle[] = report.articles.map(({ file, slug }) => {
      const read = readNow.get(file);
      // Every article not read now is in the stories file (else it was read above).
      const data = read?.story ?? stored.records.get(file) ?? { keys: '' };
      const written = read ? read.frontmatter.story : storiesSynced ? stored.records.get(file)?.story : null;
      return { file, slug, data, written };
    });
    // The articles read are written: let their text go before the stage needs memory of its own.
    readNow.clear();
    // Loaded here, not above: a run that files no story never loads the stage.
    const { fileStories } = await import('./story-stage.ts');
    const outcome = await fileStories(outRoot, manifest, stage, stored);
    manifest.stories = outcome.hash;
    report.stories = { stories: outcome.stories, new: outcome.new, changed: outcome.changed, ended: outcome.ended };
    for (const article of report.articles) {
      if (!outcome.rewritten.has(article.file)) continue;
      article.changed = true;
      if (article.status === 'unchanged') article.status = 'changed';
    }
  }
  await writeManifest(outRoot, Object.assign(manifest, { pipeline: pipelineVersion(), settings, inputs: records }));
  report.removed = await removeStaleArticles(outRoot, written);
  if (mediaRoot) await removeStaleMedia(mediaRoot, media);
  report.ok = !(options.strict && report.failed.length > 0);
  finishReport(report, started, log);
  return report;
}

/**
 * The file's size, time and hash; the hash is taken from `known` (not read) when size and time
 * match it. Undefined when the file is gone (deleted since the folder was listed).
 */
async function fileState(contentRoot: string, file: string, known: FileState | undefined): Promise<FileState | undefined> {
  const absolute = path.join(contentRoot, ...file.split('/'));
  // Synchronous: one stat is microseconds, and 10,000 awaited ones cost a second in round trips.
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (known && known.size === stat.size && known.mtime === stat.mtimeMs) return { size: stat.size, mtime: stat.mtimeMs, hash: known.hash };
  // Only an input the manifest knows is worth hashing here: a new one is read anyway.
  if (!known || known.size !== stat.size) return { size: stat.size, mtime: stat.mtimeMs, hash: '' };
  const bytes = await fs.readFile(absolute).catch(() => undefined);
  return bytes && { size: stat.size, mtime: stat.mtimeMs, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** Both absent, or the same bytes (a hash of '' is unknown: never the same). */
function sameContent(a: FileState | undefined, b: FileState | undefined): boolean {
  if (!a || !b) return a === b;
  return a.hash !== '' && a.hash === b.hash && a.size === b.size;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The groups of inputs holding one article, from the inputs' records. When nothing was read and
 * no input that had text is gone, they are the groups of the last run (the records say who is
 * whose copy), so a run with nothing new does not compare 10,000 fingerprints again.
 */
function groupCopies(records: ReadonlyMap<string, InputRecord>, previous: ReadonlyMap<string, InputRecord>, anyRead: boolean): string[][] {
  const hasText = (record: InputRecord) => record.outcome !== 'failed' && record.fingerprint !== undefined;
  const removed = [...previous].some(([file, record]) => hasText(record) && !records.has(file));
  if (!anyRead && !removed) {
    return [...records]
      .filter(([, record]) => record.outcome === 'article' && record.copies?.length)
      .map(([file, record]) => [file, ...record.copies!].sort(compareCodePoints));
  }
  return findDuplicates([...records].filter(([, record]) => hasText(record)).map(([file, record]) => ({ file, url: record.url, fingerprint: record.fingerprint! })));
}

/**
 * Of several inputs holding one article, the one that is the article: one already published
 * (its address stays what it was), else the richest kind of input, else the first by path.
 */
function chooseArticle(group: readonly string[], previous: ReadonlyMap<string, InputRecord>, generated: (file: string) => boolean): string {
  const published = (file: string) => previous.get(file)?.outcome === 'article' && generated(file);
  const kind = (file: string) => copyPreference.indexOf(inputKind(file) ?? 'text');
  return [...group].sort((a, b) => Number(published(b)) - Number(published(a)) || kind(a) - kind(b) || compareCodePoints(a, b))[0];
}

/** A copy as its article's frontmatter lists it. */
function describeCopy(file: string, slugs: ReadonlyMap<string, string>, records: ReadonlyMap<string, InputRecord>): ArticleCopy {
  const record = records.get(file);
  const copy: ArticleCopy = { sourceFile: file, slug: slugs.get(file)! };
  if (record?.source) copy.source = record.source;
  if (record?.url) copy.url = record.url;
  return copy;
}

/** Sort the report and log it: one line per failed and skipped file, then the summary. */
function finishReport(report: IngestReport, started: number, log: (line: string) => void): void {
  const byFile = (a: { file: string }, b: { file: string }) => compareCodePoints(a.file, b.file);
  report.articles.sort(byFile);
  report.copies.sort(byFile);
  report.failed.sort(byFile);
  report.skipped.sort(byFile);
  report.topics = Object.fromEntries(Object.entries(report.topics).sort(([a], [b]) => compareCodePoints(a, b)));
  report.seconds = Math.round(performance.now() - started) / 1000;
  for (const { file, reason } of report.failed) log(reportLine(file, 'failed', reason));
  for (const { file, reason } of report.skipped) log(reportLine(file, 'skipped', reason));
  // An archive without stories is not told about them.
  if (report.stories && Object.values(report.stories).some((n) => n > 0)) log(storiesLine(report.stories));
  log(summaryLine(report));
}

/** "stories: 12 (3 new, 1 changed, 1 ended)". */
function storiesLine({ stories, new: created, changed, ended }: NonNullable<IngestReport['stories']>): string {
  const parts = [created > 0 ? `${created} new` : '', changed > 0 ? `${changed} changed` : '', ended > 0 ? `${ended} ended` : ''].filter(Boolean);
  return `stories: ${stories}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * "ingested 3 articles (1 new, 2 unchanged), 1 copy, 1 failed, 1 skipped, 1 removed; russia-nato 2,
 * ukraine 1; 0.4 s".
 */
function summaryLine(report: IngestReport): string {
  if (report.stopped) {
    return `stopped: ${report.failed.length} mistake${report.failed.length === 1 ? '' : 's'} in the configuration (above); nothing was written`;
  }
  const count = report.articles.length;
  const statuses = (['new', 'changed', 'unchanged'] as const)
    .map((status) => [status, report.articles.filter((article) => article.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  let line = `ingested ${count} article${count === 1 ? '' : 's'}${statuses.length > 0 ? ` (${statuses.join(', ')})` : ''}`;
  if (report.copies.length > 0) line += `, ${report.copies.length} cop${report.copies.length === 1 ? 'y' : 'ies'} of other articles`;
  line += `, ${report.failed.length} failed, ${report.skipped.length} skipped`;
  if (report.removed.length > 0) line += `, ${report.removed.length} removed`;
  const topics = Object.entries(report.topics).map(([topic, n]) => `${topic} ${n}`);
  if (topics.length > 0) line += `; ${topics.join(', ')}`;
  return `${line}; ${report.seconds.toFixed(1)} s`;
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
    // Loaded here, not above: a run with nothing new to read never loads the readers.
    const { readArticle } = await import('./read-article.ts');
    const article = await readArticle(contentRoot, relative, folder.sidecars.get(relative), {
      now: options.now ?? new Date(),
      topics: configuration.topics,
      siteRules: configuration.siteRules,
      slug: 'explain',
      keepMedia: false,
      explain: log,
    });
    const { title, published, publishedFrom, lang, topics, source } = article.frontmatter;
    const date = published && publishedFrom ? `${published} (date from: ${publishedFrom})` : published;
    log(`result: "${title}" (${[source, date, lang].filter(Boolean).join(', ') || 'no source, date or language'}), topics [${topics.join(', ')}], ${article.markdown.length} characters of Markdown`);
    return true;
  } catch (error) {
    if (error instanceof OtherFileError) log(reportLine(error.file, 'failed', error.message));
    else log(reportLine(relative, 'failed', reasonOf(error)));
    return false;
  }
}
