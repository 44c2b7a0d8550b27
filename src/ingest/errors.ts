/**
 * What a user reads when a file cannot be ingested. An ingest stage throws {@link IngestError}
 * for a bad input; src/config throws `ConfigError` for a mistake in a file the user wrote. Both
 * messages are shown next to the file name ("not a supported file type (.pdf)") as they are, so
 * they name no internals; anything else that escapes a stage is a bug, and said to be one.
 */
import { ConfigError } from '../config/errors.ts';

/** The error an ingest stage throws for a bad input; its message is the reason the user reads. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/**
 * A mistake in another file than the input being read (its sidecar): reported under `file`,
 * the file the user has to fix, with the input it holds back.
 */
export class OtherFileError extends IngestError {
  override name = 'OtherFileError';
  /** Path under content/ of the file that is wrong. */
  readonly file: string;
  constructor(file: string, message: string) {
    super(message);
    this.file = file;
  }
}

/** The reason a user reads for `error`: an IngestError's or ConfigError's message as is; anything else is a bug, said so. */
export function reasonOf(error: unknown): string {
  if (error instanceof IngestError || error instanceof ConfigError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read this file (permission denied)';
  if (code === 'ENOENT') return 'the file went away while it was being read';
  if (code === 'EISDIR') return 'a folder, not a file';
  return `internal error while reading this file (${error instanceof Error ? error.message : String(error)})`;
}

/** Characters that must not reach a terminal raw: controls (ESC, newline…) and bidirectional overrides, which reorder what is shown. */
const unprintable = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * One report line, `<file>: <status>: <reason>`, always one line and safe to print: control
 * characters and direction overrides in a file name or a reason are shown escaped (`\n`,
 * `\u001b`), so a file called "a\nb.html" or one holding an ESC cannot split or forge a line.
 */
export function reportLine(file: string, status: string, reason: string): string {
  return `${printable(file)}: ${status}: ${printable(reason)}`;
}

/** Short escapes for the controls everyone knows; the others are written `\uXXXX`. */
const shortEscapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every unprintable character escaped (`\n`, `\u001b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(unprintable, (char) => shortEscapes[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
