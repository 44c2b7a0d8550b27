/**
 * One build or ingest at a time: two at once write the same generated folder and Astro's
 * `.prerender` files and fail with module errors no one can read. The lock is a file created
 * exclusively (`wx`) holding the owner's process id; a lock whose process is gone (killed, a
 * crash) is taken over, so a crash never blocks the next build.
 */
import { promises as fs } from 'node:fs';

/** A held lock; `release()` removes it (only if it is still ours). */
export interface RunLock {
  release(): Promise<void>;
}

/** Thrown when another live process holds the lock. */
export class LockedError extends Error {
  override name = 'LockedError';
}

/**
 * Take the lock at `file`, or throw a {@link LockedError} saying who holds it. `what` names the
 * run for that message ("build", "ingest").
 */
export async function acquireRunLock(file: string, what: string): Promise<RunLock> {
  const stamp = `${process.pid} ${new Date().toISOString()} ${what}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(file, stamp, { flag: 'wx' });
      return {
        release: async () => {
          if ((await fs.readFile(file, 'utf8').catch(() => '')) === stamp) await fs.rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await fs.readFile(file, 'utf8').catch(() => '');
    const [pid, since, by] = holder.trim().split(' ');
    if (isAlive(Number(pid))) {
      throw new LockedError(`another ${by ?? 'build'} is running (process ${pid}, since ${since}): wait for it to finish (or, if it is gone, delete ${file})`);
    }
    // Its process is gone: the lock is a leftover. Remove it and try again.
    await fs.rm(file, { force: true });
  }
  throw new LockedError(`could not take the lock ${file}: other runs keep starting at the same time`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
