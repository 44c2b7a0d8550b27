/**
 * The archive benchmark's command line: `npm run bench:archive -- [--articles N[,N…]]
 * [--seed S] [--steps a,b,…] [--keep] [--json]`.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate-pages.ts';

/** The steps a run can measure, in the order they run. */
export const STEP_NAMES = ['cold', 'serial', 'nochange', 'add1', 'build', 'bare'] as const;

/** One measured step. */
export type StepName = (typeof STEP_NAMES)[number];

/** What each step is, for help and tables. */
export const STEP_LABELS: Record<StepName, string> = {
  cold: 'cold ingest',
  serial: 'cold ingest, 1 thread',
  nochange: 'no-change ingest',
  add1: '+1 file ingest',
  build: 'site build (kliping)',
  bare: 'bare Astro build',
};

/** A parsed command line. */
export interface BenchOptions {
  /** Archive sizes to run, in order: one full run (fresh folders) each. */
  sizes: number[];
  seed: number;
  steps: StepName[];
  /** Keep each run's temporary folder (pages, articles, sites, logs) instead of removing it. */
  keep: boolean;
  /** Print the results as JSON on stdout (progress still goes to stderr). */
  json: boolean;
  help: boolean;
}

/** The usage text. */
export const usage = `usage: npm run bench:archive -- [--articles N[,N…]] [--seed S] [--steps ${STEP_NAMES.join(',')}] [--keep] [--json]

  --articles  archive sizes, e.g. 1000 or 1000,5000,10000 (default 1000)
  --seed      generator seed (default ${DEFAULT_SEED}); the same N and seed give the same pages
  --steps     which steps to measure (default all): ${STEP_NAMES.map((s) => `${s} = ${STEP_LABELS[s]}`).join('; ')}
  --keep      keep the temporary folders (printed) instead of removing them
  --json      print the results as JSON`;

/** Parse `argv` (without node and the script); throws with a message for a bad command line. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      steps: { type: 'string', default: STEP_NAMES.join(',') },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  const sizes = values.articles.split(',').map((part) => {
    const text = part.trim().replace(/_/g, '');
    if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`--articles: "${part}" is not a positive whole number (write 10000, not 10,000)`);
    return Number(text);
  });
  if (!/^\d+$/.test(values.seed) || Number(values.seed) > 0xffffffff) throw new Error(`--seed: "${values.seed}" is not a 32-bit whole number`);
  const steps = values.steps.split(',').map((name) => name.trim());
  for (const name of steps) {
    if (!(STEP_NAMES as readonly string[]).includes(name)) throw new Error(`--steps: unknown step "${name}" (one of ${STEP_NAMES.join(', ')})`);
  }
  return {
    sizes,
    seed: Number(values.seed),
    // Always in run order, whatever order they were given in.
    steps: STEP_NAMES.filter((name) => steps.includes(name)),
    keep: values.keep,
    json: values.json,
    help: values.help,
  };
}
