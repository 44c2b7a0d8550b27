import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireRunLock, LockedError } from '../../src/ingest/run-lock.ts';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kliping-lock-'));
  file = path.join(dir, '.lock');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('acquireRunLock', () => {
  it('lets one run in at a time and names the one holding it', async () => {
    const lock = await acquireRunLock(file, 'build');
    expect(await readFile(file, 'utf8')).toMatch(new RegExp(`^${process.pid} \\S+ build\\n$`));
    const second = acquireRunLock(file, 'ingest');
    await expect(second).rejects.toBeInstanceOf(LockedError);
    await expect(second).rejects.toThrow(`another build is running (process ${process.pid}, since `);
    await lock.release();
    const next = await acquireRunLock(file, 'ingest');
    await next.release();
    await expect(readFile(file)).rejects.toThrow();
  });

  it('takes over a lock whose process is gone (a crash, kill -9)', async () => {
    const finished = spawnSync(process.execPath, ['-e', '0']);
    await writeFile(file, `${finished.pid} 2026-01-01T00:00:00.000Z build\n`);
    const lock = await acquireRunLock(file, 'build');
    expect(await readFile(file, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    await lock.release();
  });

  it('takes over a lock file holding garbage, and never removes a lock that is no longer its own', async () => {
    await writeFile(file, 'not a pid\n');
    const lock = await acquireRunLock(file, 'build');
    await writeFile(file, `${process.pid} 2030-01-01T00:00:00.000Z other\n`);
    await lock.release();
    expect(await readFile(file, 'utf8')).toContain('other');
  });
});
