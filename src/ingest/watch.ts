/**
 * The live preview's half of the ingest: watch the content folder and ingest again whenever
 * something in it changes, so the generated articles (which Astro's dev server watches) follow
 * what the user drops, edits and removes.
 *
 * - Changes are debounced: a browser's "Save Page As" writes a page and then its `_files/`
 *   folder, an editor writes a file in several steps; each burst is one run.
 * - One run at a time: changes that arrive during a run make one more run after it.
 * - Temporary files of browsers and editors (`.crdownload`, `.part`, `~`, `.swp`, hidden files)
 *   start no run; their final rename does.
 * - Each run prints what changed ("+1 article: geneva"), and a file that failed or was skipped
 *   only when it is new to the report or was just touched, so an old bad file does not repeat
 *   on every save.
 */
import { promises as fs, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { printable, reportLine } from './errors.ts';
import { ingest, type IngestReport } from './ingest.ts';

/** Options for {@link watchContent}. */
export interface WatchContentOptions {
  /** As for `ingest`: where saved pages' own images go (the CLI's `public/article-media`). */
  mediaDir?: string;
  /** Receives every line to show the user. Default: nothing is shown. */
  log?: (line: string) => void;
  /** Called after every run (the first included) with its report. */
  onIngested?: (report: IngestReport) => void | Promise<void>;
  /** "Today" for dates without a year, as for `ingest`. Default: the current date, each run. */
  now?: Date;
  /** Quiet time after the last change before a run starts, in ms (default 200). */
  debounceMs?: number;
}

/** A running watch; see {@link watchContent}. */
export interface ContentWatcher {
  /** Resolves with the report of the first run, which starts at once (undefined if it threw, which is logged). */
  readonly ready: Promise<IngestReport | undefined>;
  /** Resolves when no run is going on or waiting (for tests and shutdown). */
  idle(): Promise<void>;
  /** Stop watching; resolves once the run in progress, if any, is over. */
  close(): Promise<void>;
}

/** Names that browsers and editors write while saving, before the final name appears. */
const temporaryName = /(?:\.crdownload|\.part|\.partial|\.download|\.tmp|\.temp|\.swp|\.swo|\.swx|\.kate-swp|~)$|^#.*#$|^4913$/i;

/**
 * True for a changed path (under the content folder) that must not start a run: anything
 * hidden (`.DS_Store`, `.git/`, `.~lock.x#`, an editor's `.x.swp`) and the temporary files
 * browsers and editors write before renaming to the final name (`x.html.crdownload`, `x.part`,
 * `x~`, vim's `4913` probe, Safari's `x.html.download/` folder). The rename to the final name
 * is a change of its own.
 */
export function isIgnoredChange(relativePath: string): boolean {
  // Every part: Safari downloads into a folder `x.html.download/`.
  return relativePath
    .split(/[\\/]/)
    .filter(Boolean)
    .some((part) => part.startsWith('.') || temporaryName.test(part));
}

/**
 * Ingest `contentDir` into `outDir` now, then again after every change under `contentDir`
 * (recursively), until `close()`. Never throws for a run: what goes wrong is logged. The caller
 * keeps other ingests out (the run lock) for as long as it watches.
 */
export function watchContent(contentDir: string, outDir: string, options: WatchContentOptions = {}): ContentWatcher {
  const log = options.log ?? (() => {});
  const debounceMs = options.debounceMs ?? 200;
  let pending = new Set<string>();
  let lastChange = 0;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  let previous: IngestReport | undefined;

  const runOnce = async (changed: ReadonlySet<string>): Promise<IngestReport | undefined> => {
    const first = previous === undefined;
    const started = performance.now();
    let report: IngestReport;
    try {
      // The first run reports as `npm run ingest` does (every bad file, the totals); the next
      // ones only what they changed.
      report = await ingest(contentDir, outDir, { mediaDir: options.mediaDir, now: options.now, log: first ? log : undefined });
    } catch (error) {
      log(`ingest: ${printable((error as Error).message)}`);
      return undefined;
    }
    if (!first) {
      for (const line of reportLines(report, previous!, changed)) log(line);
      log(`${runSummary(report, previous!)} (${Math.round(performance.now() - started)} ms)`);
    }
    // A run stopped by a configuration mistake wrote nothing: compare the next one with the last
    // that did, so its articles are not all reported as new.
    if (!report.stopped || first) previous = report;
    try {
      await options.onIngested?.(report);
    } catch (error) {
      log(`ingest: ${printable((error as Error).message)}`);
    }
    return report;
  };

  // Runs one after the other until no change is waiting. A change during a run waits for the
  // debounce again, so a page still being saved is read once, when it is complete.
  const drain = async (): Promise<void> => {
    while (pending.size > 0 && !closed) {
      const wait = lastChange + debounceMs - Date.now();
      if (wait > 0) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, wait);
        });
        continue;
      }
      const changed = pending;
      pending = new Set();
      await runOnce(changed);
    }
  };

  const kick = () => {
    if (running || closed) return;
    running = drain().finally(() => {
      running = undefined;
      // A change that arrived as the loop ended.
      if (pending.size > 0) kick();
    });
  };

  const onChange = (relative: string) => {
    pending.add(relative);
    lastChange = Date.now();
    if (!running) {
      clearTimeout(timer);
      timer = setTimeout(kick, debounceMs);
    }
  };
  // Watch before the first run, so a file dropped during it is not missed.
  let tree: TreeWatcher | undefined;
  try {
    tree = watchTree(contentDir, onChange, (message) => log(`ingest: ${printable(message)}`));
  } catch (error) {
    log(`ingest: cannot watch ${contentDir} (${printable((error as Error).message)}); changes need a restart`);
  }

  const first = (async () => {
    const report = await runOnce(new Set());
    return report;
  })();
  running = first.then(() => undefined).finally(() => {
    running = undefined;
    if (pending.size > 0) kick();
  });

  return {
    ready: first,
    async idle() {
      while (!closed && (running || pending.size > 0)) await (running ?? new Promise((resolve) => setTimeout(resolve, debounceMs)));
      await running;
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      wake?.();
      tree?.close();
      await running;
    },
  };
}

/** Folder watches kept in step with the folders under a root; see {@link watchTree}. */
interface TreeWatcher {
  close(): void;
}

/**
 * Call `onChange` with the path (under `root`, forward slashes) of every file or folder created,
 * changed, renamed or removed anywhere under `root`, hidden folders left out as the ingest
 * leaves them out, and temporary files ({@link isIgnoredChange}) not reported.
 *
 * One non-recursive watch per folder rather than `fs.watch(root, { recursive: true })`: on
 * Linux, Node's recursive watch follows each file, and a file replaced by a rename (how editors
 * save, how the ingest itself writes) is never seen again, neither its next change nor its
 * removal (Node 24). A folder's own watch reports every name in it, whatever replaced it.
 */
function watchTree(root: string, onChange: (relative: string) => void, onError: (message: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  let syncing: Promise<void> | undefined;
  let again = false;

  /** Whether `dir` got a new watch (false when it had one, or cannot be watched). */
  const add = (dir: string): boolean => {
    if (closed || watchers.has(dir)) return false;
    let watcher: FSWatcher;
    try {
      watcher = watch(path.join(root, dir), (event, name) => {
        const relative = name === null ? dir : dir === '' ? String(name) : `${dir}/${String(name)}`;
        if (name !== null && isIgnoredChange(relative)) return;
        onChange(relative);
        if (event === 'rename') {
          // A watched folder renamed, removed or replaced: its watch (and those below it) follow
          // the old folder; drop them, and let the sync watch whatever has that name now.
          for (const [watched, stale] of watchers) {
            if (watched !== '' && (watched === relative || watched.startsWith(`${relative}/`))) {
              stale.close();
              watchers.delete(watched);
            }
          }
          // A folder may have come or gone (a "Save Page As" creates its _files/ folder).
          sync();
        }
      });
    } catch (error) {
      // The root must be watchable; a folder that vanished since it was listed needs no watch.
      if (dir === '') throw error;
      return false;
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
      if (dir === '') onError(`stopped watching ${root}: it is gone; restart to watch it again`);
    });
    watchers.set(dir, watcher);
    return true;
  };

  // Bring the watches in line with the folders there are now; calls during a sync make one more.
  const sync = (): void => {
    if (syncing) {
      again = true;
      return;
    }
    syncing = (async () => {
      do {
        again = false;
        const present = await listFolders(root);
        for (const [dir, watcher] of watchers) {
          if (dir !== '' && !present.has(dir)) {
            watcher.close();
            watchers.delete(dir);
          }
        }
        for (const dir of present) {
          if (!add(dir) || first) continue;
          // A folder that appeared after the last listing (`mkdir -p a/b`, a saved page's
          // _files/): what was created in it, or below it, before its watch began was seen by no
          // watch. So it counts as a change, and the folders are listed once more.
          onChange(dir);
          again = true;
        }
      } while (again && !closed);
    })().finally(() => {
      syncing = undefined;
      first = false;
    });
  };

  let first = true;
  add('');
  sync();
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** Every folder under `root` (paths under it, forward slashes; not `root` itself), hidden ones and their contents left out. */
async function listFolders(root: string): Promise<Set<string>> {
  const folders = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
      folders.add(relative);
      await walk(relative);
    }
  };
  await walk('');
  return folders;
}

/**
 * The failed and skipped lines worth showing after a run: all of them when the configuration
 * stopped it; otherwise those new to the report, with a new reason, or whose file was just
 * changed (the user saved it again and wants to know).
 */
function reportLines(report: IngestReport, previous: IngestReport, changed: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const [status, now, before] of [
    ['failed', report.failed, previous.failed],
    ['skipped', report.skipped, previous.skipped],
  ] as const) {
    const known = new Map(before.map(({ file, reason }) => [file, reason]));
    for (const { file, reason } of now) {
      if (report.stopped || known.get(file) !== reason || changed.has(file) || changed.has('')) lines.push(reportLine(file, status, reason));
    }
  }
  return lines;
}

/**
 * One line for a run after the first: what changed since `previous`
 * ("+1 article: geneva; 1 updated: kyiv; 1 removed: old-news").
 */
export function runSummary(report: IngestReport, previous: IngestReport): string {
  if (report.stopped) {
    return `stopped: ${report.failed.length} mistake${report.failed.length === 1 ? '' : 's'} in the configuration (above); the site keeps the articles it had`;
  }
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const known = new Set(previous.articles.map((article) => article.slug));
  const added = report.articles.filter((article) => !known.has(article.slug)).map((article) => article.slug);
  const updated = report.articles.filter((article) => article.changed && known.has(article.slug)).map((article) => article.slug);
  const wasCopy = new Set(previous.copies.map((copy) => copy.file));
  const copies = report.copies.filter((copy) => !wasCopy.has(copy.file)).map((copy) => `${printable(copy.file)} (same as ${printable(copy.of)})`);
  const parts: string[] = [];
  if (added.length > 0) parts.push(`+${count(added.length, 'article')}: ${listed(added)}`);
  if (updated.length > 0) parts.push(`${updated.length} updated: ${listed(updated)}`);
  if (report.removed.length > 0) parts.push(`${report.removed.length} removed: ${listed(report.removed)}`);
  if (copies.length > 0) parts.push(`${copies.length} new ${copies.length === 1 ? 'copy' : 'copies'} of another article: ${listed(copies)}`);
  if (report.failed.length > 0) parts.push(`${report.failed.length} failed`);
  return parts.length > 0 ? parts.join('; ') : 'no article changed';
}

/** "a, b, c" — the first few, then how many more. */
function listed(slugs: readonly string[], shown = 5): string {
  return slugs.length <= shown ? slugs.join(', ') : `${slugs.slice(0, shown).join(', ')} and ${slugs.length - shown} more`;
}
