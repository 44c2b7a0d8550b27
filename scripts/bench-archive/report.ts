/**
 * The archive benchmark's verdicts and tables: each size's steps, its ratios against the issue's
 * targets with PASS/FAIL, and how each step's time grows with N when several sizes ran.
 */
import os from 'node:os';
import type { StepName } from './options.ts';
import { STEP_LABELS } from './options.ts';
import type { SizeResult, StepResult } from './run-size.ts';

/** The targets, at 10,000 articles on a 2-core machine (the numbers). */
export const TARGETS = {
  /** No-change ingest, wall seconds. */
  noChangeWallS: 2,
  /** Ingest after adding one file, wall seconds. */
  addOneWallS: 2,
  /** Cold ingest on one thread / cold ingest, wall: at least this. */
  parallelSpeedup: 1.6,
  /** Site build CPU / bare Astro build CPU: at most this at 10,000 articles … */
  buildCpuRatio10k: 1.1,
  /** … and at 5,000. */
  buildCpuRatio5k: 1.15,
  /** Peak resident memory of any kliping step, MB. */
  peakRssMb: 2048,
} as const;

/** One row of the verdict table. */
export interface Verdict {
  what: string;
  /** The measured value, when there is one. */
  value?: number;
  unit: string;
  target: string;
  /** `info` where no target applies at this size or the step did not run. */
  verdict: 'PASS' | 'FAIL' | 'info' | 'n/a';
}

const stepOf = (result: SizeResult, step: StepName): StepResult | undefined => result.steps.find((s) => s.step === step);
const measured = (result: SizeResult, step: StepName) => {
  const found = stepOf(result, step);
  return found?.ok && found.measurement ? found.measurement : undefined;
};

/** The targets applied to one size's results. */
export function verdicts(result: SizeResult): Verdict[] {
  const rows: Verdict[] = [];
  const atMost = (what: string, value: number | undefined, limit: number, unit: string, target = `≤ ${limit} ${unit}`): Verdict =>
    value === undefined ? { what, unit, target, verdict: 'n/a' } : { what, value, unit, target, verdict: value <= limit ? 'PASS' : 'FAIL' };

  rows.push(atMost('no-change ingest wall', measured(result, 'nochange')?.wallS, TARGETS.noChangeWallS, 's'));
  rows.push(atMost('+1 file ingest wall', measured(result, 'add1')?.wallS, TARGETS.addOneWallS, 's'));

  const cold = measured(result, 'cold');
  const serial = measured(result, 'serial');
  const speedup = cold && serial ? serial.wallS / cold.wallS : undefined;
  rows.push(
    speedup === undefined
      ? { what: 'cold ingest: 1 thread / default (wall)', unit: '×', target: `≥ ${TARGETS.parallelSpeedup}×`, verdict: 'n/a' }
      : { what: 'cold ingest: 1 thread / default (wall)', value: speedup, unit: '×', target: `≥ ${TARGETS.parallelSpeedup}×`, verdict: speedup >= TARGETS.parallelSpeedup ? 'PASS' : 'FAIL' },
  );

  const build = measured(result, 'build');
  const bare = measured(result, 'bare');
  const buildRatio = build && bare ? build.cpuS / bare.cpuS : undefined;
  const limit = result.articles >= 10_000 ? TARGETS.buildCpuRatio10k : result.articles >= 5_000 ? TARGETS.buildCpuRatio5k : undefined;
  if (buildRatio === undefined) rows.push({ what: 'site build CPU / bare Astro CPU', unit: '×', target: limit ? `≤ ${limit}×` : '—', verdict: 'n/a' });
  else if (limit === undefined) rows.push({ what: 'site build CPU / bare Astro CPU', value: buildRatio, unit: '×', target: 'targets at ≥ 5,000', verdict: 'info' });
  else rows.push({ what: 'site build CPU / bare Astro CPU', value: buildRatio, unit: '×', target: `≤ ${limit}×`, verdict: buildRatio <= limit ? 'PASS' : 'FAIL' });

  const kliping = (['cold', 'serial', 'nochange', 'add1', 'build'] as const).map((s) => measured(result, s)).filter((m) => m !== undefined);
  const peak = kliping.length > 0 ? Math.max(...kliping.map((m) => m.peakRssMb)) : undefined;
  rows.push(atMost('peak RSS, any kliping step', peak, TARGETS.peakRssMb, 'MB'));

  // A step that failed outright fails the run, whatever its numbers.
  for (const step of result.steps) {
    if (!step.ok) rows.push({ what: `${step.label} succeeded`, unit: '', target: 'exit 0, no failed file', verdict: 'FAIL' });
  }
  return rows;
}

/** Right-align numbers and left-align text in columns. */
function table(header: string[], rows: string[][], numeric: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const fmt = (value: number | undefined, digits = 2) => (value === undefined ? '—' : value.toFixed(digits));
const thousands = (n: number) => n.toLocaleString('en-US');

/** The text report of one size: what was generated, each step, the verdicts. */
export function sizeReport(result: SizeResult): string {
  const g = result.generation;
  const topics = Object.entries(g.topics)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, count]) => `${topic} ${count}`)
    .join(', ');
  const lines = [
    `== ${thousands(result.articles)} articles (seed ${result.seed}) ==`,
    `generated ${thousands(g.pages)} pages, ${(g.bytes / 1e6).toFixed(1)} MB (${(g.bytes / g.pages / 1024).toFixed(0)} KB a page), in ${g.seconds.toFixed(1)} s; pages per topic: ${topics}`,
    `${result.kept ? 'kept' : 'removed'}: ${result.workdir}`,
    '',
    table(
      ['step', 'wall s', 'CPU s', 'peak RSS MB', 'load', 'notes'],
      [
        ...result.steps.map((s) => [s.label, fmt(s.measurement?.wallS), fmt(s.measurement?.cpuS), fmt(s.measurement?.peakRssMb, 0), fmt(s.load, 1), s.note]),
        ['(ingest start-up, --help)', fmt(result.startup.wallS), fmt(result.startup.cpuS), fmt(result.startup.peakRssMb, 0), '', 'the floor under each ingest step'],
      ],
      [false, true, true, true, true, false],
    ),
    `load: the 1-minute load average as the step started; above ${os.availableParallelism()} (the cores), others' work inflates wall times.`,
    '',
    table(
      ['target', 'value', 'target', 'verdict'],
      verdicts(result).map((v) => [v.what, v.value === undefined ? '—' : `${fmt(v.value)} ${v.unit}`.trim(), v.target, v.verdict]),
      [false, true, false, false],
    ),
  ];
  return lines.join('\n');
}

/** How one step's time grows between sizes. */
export interface Growth {
  step: StepName;
  /** Wall seconds per size, in the order of the sizes. */
  wallS: Array<number | undefined>;
  /** CPU seconds per size: steadier than wall on a shared machine. */
  cpuS: Array<number | undefined>;
  /** Between consecutive sizes: log(t2/t1) / log(N2/N1) of wall time; 1 is linear, 0 flat, 2 quadratic. */
  exponents: Array<number | undefined>;
  /** The same of CPU time. */
  cpuExponents: Array<number | undefined>;
}

/** log(t2/t1) / log(N2/N1) between consecutive sizes. */
function exponentsOf(times: Array<number | undefined>, sizes: readonly number[]): Array<number | undefined> {
  return times.slice(1).map((t2, i) => {
    const t1 = times[i];
    return t1 && t2 && sizes[i] !== sizes[i + 1] ? Math.log(t2 / t1) / Math.log(sizes[i + 1] / sizes[i]) : undefined;
  });
}

/** Each step's wall and CPU time across sizes and their growth exponents between consecutive ones. */
export function growth(results: readonly SizeResult[]): Growth[] {
  const sizes = results.map((r) => r.articles);
  const steps = [...new Set(results.flatMap((r) => r.steps.map((s) => s.step)))];
  return steps.map((step) => {
    const measurements = results.map((r) => stepOf(r, step)?.measurement);
    const wallS = measurements.map((m) => m?.wallS);
    const cpuS = measurements.map((m) => m?.cpuS);
    return { step, wallS, cpuS, exponents: exponentsOf(wallS, sizes), cpuExponents: exponentsOf(cpuS, sizes) };
  });
}

/** The growth table, when more than one size ran. */
export function growthReport(results: readonly SizeResult[]): string {
  const sizes = results.map((r) => r.articles);
  const pairs = sizes.slice(1).map((n, i) => `${thousands(sizes[i])}→${thousands(n)}`);
  const header = ['step', ...sizes.map((n) => `wall ${thousands(n)}`), ...sizes.map((n) => `CPU ${thousands(n)}`), ...pairs.map((p) => `k wall ${p}`), ...pairs.map((p) => `k CPU ${p}`)];
  const rows = growth(results).map((g) => [STEP_LABELS[g.step], ...g.wallS.map((t) => fmt(t)), ...g.cpuS.map((t) => fmt(t)), ...g.exponents.map((k) => fmt(k)), ...g.cpuExponents.map((k) => fmt(k))]);
  return [
    '== growth with N (seconds) ==',
    table(header, rows, header.map((_, i) => i > 0)),
    'k: time ∝ N^k between two sizes (1 linear, 0 flat, 2 quadratic); CPU is the steadier on a shared machine.',
  ].join('\n');
}
