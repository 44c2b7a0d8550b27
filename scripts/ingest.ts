/**
 * `npm run ingest [-- --strict] [--content DIR] [--out DIR] [--media DIR]`: turn content/ into
 * generated articles under src/content/articles/ and the images saved pages carry under
 * public/article-media/ (see src/ingest/ingest.ts).
 *
 * Prints one line per file that failed or was skipped, then a summary line. Exits 0 even when
 * some files failed, so one bad download does not stop a build; `--strict` exits 1 instead.
 * Set SOURCE_DATE_EPOCH (seconds) to fix "today" for dates written without a year, as for any
 * reproducible build.
 */
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/ingest.ts';

function main(): Promise<number> | number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        strict: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'src/content/articles' },
        media: { type: 'string', default: 'public/article-media' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}`);
    return 2;
  }
  if (values.help) {
    console.log('usage: npm run ingest -- [--strict] [--content DIR] [--out DIR] [--media DIR]');
    return 0;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  return ingest(values.content, values.out, {
    strict: values.strict,
    mediaDir: values.media,
    now,
    log: (line) => console.log(line),
  }).then(
    (report) => (report.ok ? 0 : 1),
    (error: Error) => {
      console.error(`ingest: ${error.message}`);
      return 2;
    },
  );
}

process.exitCode = await main();
