/**
 * Read many inputs into articles, on every core: the costly part of a run (parsing, extraction,
 * Markdown) happens here, and nothing here writes.
 *
 * Each input is read by `readOne` (read-article.ts, plus the fingerprint the duplicate finder
 * needs), either in this thread or in a pool of worker threads (tinypool) running the same
 * function (read-worker.ts). A result depends only on its input, so the two give the same bytes
 * (test/ingest/incremental.test.ts compares them). At most a few tasks per thread are in flight
 * at once: memory stays bounded however large the archive, since the caller consumes each
 * result as it arrives.
 */
import os from 'node:os';
import type { ArticleFrontmatter } from '../article/format.ts';
import type { TopicRule } from '../config/topics.ts';
import type { StoryData } from './manifest.ts';
import type { MediaFile } from './media.ts';
import type { SiteRule } from './site-rules.ts';

/** What every read in one run shares. */
export interface ReadSettings {
  contentRoot: string;
  topics: TopicRule[];
  siteRules: Map<string, SiteRule>;
  keepMedia: boolean;
  /** "Today", in milliseconds (a Date does not cross to a worker as one). */
  now: number;
}

/** One input to read. */
export interface ReadTask {
  file: string;
  sidecar?: string;
  slug: string;
}

/** The hashes of what was read: the input's bytes and its sidecar's (SHA-256, hex). */
interface ReadHashes {
  file: string;
  hash: string;
  sidecarHash?: string;
}

/** What became of one input. */
export type ReadResult =
  | (ReadHashes & {
      ok: true;
      frontmatter: ArticleFrontmatter;
      markdown: string;
      media: MediaFile[];
      /** See `fingerprintText` (duplicates.ts). */
      fingerprint: string;
      /** What the story stage needs of it: its keys, day, outlet and `story: none` (its story is the stage's to decide). */
      story: StoryData;
    })
  | (ReadHashes & {
      ok: false;
      /** The file to blame: the input, or its sidecar. */
      failedFile: string;
      reason: string;
    });

/** Options for {@link readArticles}. */
export interface ReadArticlesOptions {
  /**
   * Threads to read on. Default: the `KLIPING_JOBS` environment variable, else one per core.
   * With 1, or few inputs (starting a thread costs more than it saves), everything is read here.
   */
  jobs?: number;
}

/** Below this many inputs a worker pool costs more (each thread loads the whole pipeline) than it saves. */
const MIN_INPUTS_FOR_POOL = 16;

/** Tasks in flight per worker: enough to keep it busy, few enough to bound memory. */
const TASKS_PER_THREAD = 4;

/** The number of threads to read on, from `jobs`, `KLIPING_JOBS` or the machine. */
function readThreads(jobs?: number): number {
  const fromEnv = Number(process.env.KLIPING_JOBS);
  const wanted = jobs ?? (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : os.availableParallelism());
  return Math.max(1, Math.floor(wanted));
}

/**
 * Read every task, calling `onResult` for each as it is done (in no fixed order; `onResult` may
 * be async and is awaited before more of its kind are started).
 */
export async function readArticles(
  tasks: readonly ReadTask[],
  settings: ReadSettings,
  onResult: (result: ReadResult) => void | Promise<void>,
  options: ReadArticlesOptions = {},
): Promise<void> {
  if (tasks.length === 0) return;
  const threads = Math.min(readThreads(options.jobs), tasks.length);
  const { readOne } = await import('./read-one.ts');
  let next = 0;
  // This thread reads too, between handing out tasks and taking results: on two cores, one
  // worker beside it measured faster than two workers beside an idle thread (1,000 pages:
  // 6.3 s against 7.2 s; one thread alone 8.1 s), since a worker costs its own start-up and warm-up.
  const here = async (): Promise<void> => {
    while (next < tasks.length) await onResult(await readOne(tasks[next++], settings));
  };
  if (threads <= 1 || tasks.length < MIN_INPUTS_FOR_POOL) return here();
  const workers = threads - 1;
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: new URL('./read-worker.ts', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // Several tasks at a worker at once: while this thread is busy reading a page, it cannot
    // hand the worker its next one.
    concurrentTasksPerWorker: TASKS_PER_THREAD,
    workerData: settings,
    // Node 24 runs the pipeline's TypeScript itself (it uses only erasable syntax, see
    // tsconfig.json): a worker that inherited a loader such as tsx's would transform every module
    // again, costing each thread about a second of CPU before its first page.
    execArgv: [],
  });
  try {
    const lane = async (): Promise<void> => {
      while (next < tasks.length) await onResult((await pool.run(tasks[next++])) as ReadResult);
    };
    await Promise.all([...Array.from({ length: workers * TASKS_PER_THREAD }, lane), here()]);
  } finally {
    await pool.destroy();
  }
}
