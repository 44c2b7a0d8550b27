/**
 * Progress of a long ingest, for people watching it: on a terminal a bar redrawn in place
 * (`reading ████████░░░░ 512/1000`), elsewhere (CI, a log file) a plain line every few seconds.
 * Nothing shows for a run that is over within a second: most runs read a file or two.
 */

/** Where progress goes: a stream, and whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Options for {@link progressReporter}. */
export interface ProgressOptions {
  /** Milliseconds before anything shows. Default 1000. */
  delay?: number;
  /** Milliseconds between plain lines when the stream is not a terminal. Default 5000. */
  lineInterval?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** Feeds progress to a stream; `update` is the ingest's `onProgress`, `finish` clears the bar. */
export interface ProgressReporter {
  update: (done: number, total: number) => void;
  finish: () => void;
}

/** Redraws per second at most, on a terminal: more only costs time. */
const FRAME_MS = 100;
const BAR_WIDTH = 30;

/** Report progress on `stream` (see the module comment). */
export function progressReporter(stream: ProgressStream, options: ProgressOptions = {}): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const delay = options.delay ?? 1000;
  const interval = stream.isTTY ? FRAME_MS : (options.lineInterval ?? 5000);
  const started = now();
  let shown = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - started < delay || (time - shown < interval && done < total)) return;
      shown = time;
      if (stream.isTTY) {
        const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
        stream.write(`\r\x1b[2Kreading ${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${done}/${total}`);
        drawn = true;
      } else {
        stream.write(`reading: ${done} of ${total} inputs\n`);
      }
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
