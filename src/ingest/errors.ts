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

/** The reason a user reads for `error`: an IngestError's or ConfigError's message as is; anything else is a bug, said so. */
export function reasonOf(error: unknown): string {
  if (error instanceof IngestError || error instanceof ConfigError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read this file (permission denied)';
  return `internal error while reading this file (${error instanceof Error ? error.message : String(error)})`;
}
