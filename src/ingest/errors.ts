/**
 * The one error type an ingest stage throws for a bad input. Its message is the reason a user
 * reads next to the file name ("not a supported file type (.pdf)"), so it names no internals.
 */
export class IngestError extends Error {
  override name = 'IngestError';
}
