/**
 * The pipeline's version, for the manifest: when it changes, every input is read again once.
 *
 * It is a hash of the code that turns an input into an article (src/ingest, src/article,
 * src/config) and of the installed dependencies' lock file, not a number someone must remember
 * to raise: a changed rule, a fixed bug or an updated parser all count, and nothing else does.
 * Reading ~70 small files costs a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCodePoints } from './slug.ts';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Folders under src/ whose code decides what an article's files hold. */
const pipelineFolders = ['ingest', 'article', 'config'];

let cached: string | undefined;

/** A short hash of the pipeline's code and dependencies (the same checkout gives the same value). */
export function pipelineVersion(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const folder of pipelineFolders) {
    const dir = path.join(sourceRoot, folder);
    const files = (readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => /\.[cm]?[jt]s$/.test(name))
      .map((name) => name.split(path.sep).join('/'))
      .sort(compareCodePoints);
    for (const name of files) {
      hash.update(`${folder}/${name}\0`);
      hash.update(readFileSync(path.join(dir, name)));
      hash.update('\0');
    }
  }
  const lockFile = path.join(sourceRoot, '..', 'package-lock.json');
  try {
    hash.update(readFileSync(lockFile));
  } catch {
    // Installed without a lock file: the code alone decides.
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
