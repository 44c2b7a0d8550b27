/**
 * `npm run dev [-- --port N] [--host [ADDRESS]] [--open]`: the live preview. Ingests content/,
 * starts Astro's dev server, and ingests again whenever something in content/ changes
 * (src/ingest/watch.ts): the generated articles change, Astro's content layer sees them, and
 * the open page reloads. No restart for new, changed or removed articles or for topics.yml.
 *
 * - Holds the run lock (src/ingest/run-lock.ts) for the whole session: a `npm run build` or
 *   `npm run ingest` meanwhile says so and exits, rather than writing the same folders.
 * - A bad file is reported on one line with its name, as by `npm run ingest`; a mistake in
 *   topics.yml stops that run (the site keeps what it had) until it is fixed.
 * - Ctrl-C stops watching, stops the server and releases the lock.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dev } from 'astro';
import { projectFolders, runLockFile } from '../src/config/folders.ts';
import { acquireRunLock, LockedError, type RunLock } from '../src/ingest/run-lock.ts';
import { watchContent, type ContentWatcher } from '../src/ingest/watch.ts';

/** Astro's dev server, as `dev()` gives it (the type is not exported by name). */
type DevServer = Awaited<ReturnType<typeof dev>>;

const usage = 'usage: npm run dev -- [--port N] [--host [ADDRESS]] [--open]';

/** The server options `astro dev` takes that make sense here. */
interface DevArgs {
  port?: number;
  host?: string | boolean;
  open?: boolean;
  help?: boolean;
}

/** Parse `--port N`, `--host` / `--host ADDRESS` (an optional value, as `astro dev` takes it), `--open`. */
function parseDevArgs(argv: readonly string[]): DevArgs {
  const args: DevArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const next = inline ?? (argv[i + 1]?.startsWith('-') ? undefined : argv[i + 1]);
    const consume = () => {
      if (inline === undefined) i++;
      return next!;
    };
    if (flag === '--port') {
      if (next === undefined || !/^\d+$/.test(next)) throw new Error('--port needs a number');
      args.port = Number(consume());
    } else if (flag === '--host') {
      args.host = next === undefined ? true : consume();
    } else if (flag === '--open') {
      args.open = true;
    } else if (flag === '--help' || flag === '-h') {
      args.help = true;
    } else {
      throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return args;
}

/** "12:03:45": Astro's dev server starts its lines with the time too. */
const clock = () => new Date().toTimeString().slice(0, 8);

async function main(): Promise<number | undefined> {
  let args: DevArgs;
  try {
    args = parseDevArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`dev: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const folders = projectFolders();
  const lockFile = runLockFile(folders);
  let lock: RunLock;
  try {
    await mkdir(folders.articles, { recursive: true });
    lock = await acquireRunLock(lockFile, 'dev');
  } catch (error) {
    if (!(error instanceof LockedError)) throw error;
    console.error(`dev: ${error.message}`);
    return 2;
  }
  // Whatever ends the process (Vite's own SIGTERM or stdin handling calls process.exit), the
  // lock must not outlive it: a later build would only take it over after checking our pid.
  process.on('exit', () => {
    try {
      if (readFileSync(lockFile, 'utf8').startsWith(`${process.pid} `)) rmSync(lockFile, { force: true });
    } catch {
      // Already gone.
    }
  });

  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
  const watcher: ContentWatcher = watchContent(folders.content, folders.articles, {
    mediaDir: folders.media,
    now,
    log: (line) => console.log(`${clock()} [ingest] ${line}`),
  });
  let server: DevServer | undefined;
  let stopping = false;
  let stoppingSince = 0;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C: the user does not want to wait. One right after the first is the same
      // Ctrl-C, passed on by a wrapper (npm forwards the terminal's signal it also got itself).
      if (Date.now() - stoppingSince > 1000) process.exit(130);
      return;
    }
    stopping = true;
    stoppingSince = Date.now();
    console.log(`${clock()} [dev] ${signal === 'SIGINT' ? 'stopping' : `${signal}: stopping`}`);
    await watcher.close();
    await server?.stop().catch((error: Error) => console.error(`dev: ${error.message}`));
    await lock.release();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));

  // The site starts with every article already there.
  await watcher.ready;
  if (stopping) return undefined;
  const ours = process.listeners('SIGTERM');
  try {
    server = await dev({ root: process.cwd(), server: { port: args.port, host: args.host, open: args.open } });
  } catch (error) {
    console.error(`dev: the dev server did not start: ${(error as Error).message}`);
    await watcher.close();
    await lock.release();
    return 1;
  }
  // Vite's own SIGTERM handler exits without waiting for the ingest and the lock: one shutdown
  // path, ours (it stops the server too).
  for (const listener of process.listeners('SIGTERM')) if (!ours.includes(listener)) process.off('SIGTERM', listener);
  return undefined;
}

const code = await main();
if (code !== undefined) {
  process.exitCode = code;
  // A dev server that failed half-way may keep handles open: do not hang, once output is out.
  setTimeout(() => process.exit(code), 500).unref();
}
