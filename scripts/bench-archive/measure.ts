/**
 * Run one command as a child process and measure it the way the archive benchmark reports:
 * wall time, CPU time (user + sys, of the process and every process it waited for) and peak
 * memory, from GNU time (`/usr/bin/time -f`), so the numbers are the child's own and not the
 * benchmark's.
 *
 * GNU time's peak is that of the largest single process. A command that spreads work over
 * child processes (a process pool) uses their sum, so the process tree's resident memory is also
 * sampled from /proc while it runs, and the peak reported is the larger of the two.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What one measured run took. */
export interface Measurement {
  /** Elapsed real time, seconds. */
  wallS: number;
  userS: number;
  sysS: number;
  /** userS + sysS. */
  cpuS: number;
  /** Peak resident memory of the largest single process (GNU time's %M), MB. */
  maxRssMb: number;
  /** Peak summed resident memory of the whole process tree, sampled, MB. */
  treeRssMb: number;
  /** max(maxRssMb, treeRssMb). */
  peakRssMb: number;
  exitCode: number;
  /** The last lines the command printed (stdout and stderr, interleaved as they came). */
  tail: string[];
}

/** How to run the command. */
export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Everything the command prints goes to this file (its full log). */
  logFile: string;
  /** Lines of output kept in `tail`. Default 40. */
  tailLines?: number;
  /** How often the process tree's memory is sampled, ms. Default 100. */
  sampleMs?: number;
}

const TIME = '/usr/bin/time';
const MB = 1024 * 1024;

/** Whether GNU time is installed (the benchmark cannot measure without it). */
export async function hasGnuTime(): Promise<boolean> {
  return fs.access(TIME).then(
    () => true,
    () => false,
  );
}

/** Run `command args…` under GNU time and measure it. Never rejects for a failing command. */
export async function measure(command: string, args: readonly string[], options: MeasureOptions): Promise<Measurement> {
  const timeFile = path.join(os.tmpdir(), `kliping-bench-time-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  await fs.mkdir(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const keep = options.tailLines ?? 40;
  const tail: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    tail.push(...lines);
    if (tail.length > keep) tail.splice(0, tail.length - keep);
  };

  // %e wall, %U user, %S sys (seconds), %M peak RSS (KB); on a line of its own, last.
  const child = spawn(TIME, ['-o', timeFile, '-f', 'kliping-bench %e %U %S %M', command, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let treePeak = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) treePeak = Math.max(treePeak, treeRssBytes(child.pid));
  }, options.sampleMs ?? 100);

  const exitCode = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearInterval(sampler);
  if (partial) tail.push(partial);
  if (tail.length > keep) tail.splice(0, tail.length - keep);
  await new Promise<void>((resolve) => log.end(resolve));

  const report = await fs.readFile(timeFile, 'utf8').catch(() => '');
  await fs.rm(timeFile, { force: true });
  const match = /^kliping-bench ([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/m.exec(report);
  if (!match) throw new Error(`${TIME} gave no measurement for ${command} (exit ${exitCode}): ${report.trim() || 'no output'}`);
  const [wallS, userS, sysS] = [match[1], match[2], match[3]].map(Number);
  const maxRssMb = (Number(match[4]) * 1024) / MB;
  const treeRssMb = treePeak / MB;
  return { wallS, userS, sysS, cpuS: userS + sysS, maxRssMb, treeRssMb, peakRssMb: Math.max(maxRssMb, treeRssMb), exitCode, tail };
}

/**
 * Resident memory of `root` and all its descendants now, in bytes, from /proc (0 where /proc
 * is not there). Threads share their process's memory, so only processes are counted.
 */
export function treeRssBytes(root: number): number {
  // Synchronous reads: one sample is one consistent look, and these are tiny files.
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  // /proc/<pid>/stat counts resident memory in pages (4 KB on the machines this runs on).
  const pageSize = 4096;
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
