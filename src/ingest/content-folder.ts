/**
 * What is in the content folder: which files are articles, which are configuration
 * (`topics.yml`, `sites/**`), which are sidecars correcting an article, and which are neither.
 *
 * - sidecars: `x.yml` (or `x.yaml`) next to an input `x.html`, `x.txt`… holds corrections for it
 *   with the frontmatter keys (title, url, published, source, byline, lang, topics, summary);
 * - files inside a browser's "Save Page As" `*_files/` folder, hidden files and folders
 *   (`.DS_Store`, `.git/`), and `Thumbs.db` / `desktop.ini`: left out without a word;
 * - anything else that is not `.html`, `.htm`, `.xhtml`, `.mhtml`, `.mht`, `.txt`, `.text`, `.md`
 *   or `.markdown`: reported as skipped.
 *
 * Nothing here writes; the configuration is read and checked, each mistake reported under the
 * file it is in.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { loadTopics, type TopicRule } from '../config/topics.ts';
import { decodeText } from './decode.ts';
import { reasonOf } from './errors.ts';
import { inputKind } from './read-input.ts';
import { loadSiteRules, type SiteRule } from './site-rules.ts';
import { compareCodePoints } from './slug.ts';

/** A file that was not ingested, and why. `file` is its path under content/ (forward slashes). */
export interface FileReport {
  file: string;
  reason: string;
}

/** The content folder, sorted into its kinds of file (paths under it, forward slashes, sorted). */
export interface ContentFolder {
  /** Files to read as articles. */
  inputs: string[];
  /** The sidecar correcting an input, by input. */
  sidecars: Map<string, string>;
  /** Files that are neither articles, configuration nor sidecars. */
  skipped: FileReport[];
  /** Folders that could not be read. */
  failed: FileReport[];
}

const sidecarExtensions = ['.yml', '.yaml'];
const systemJunk = new Set(['thumbs.db', 'desktop.ini']);

/** Sort the files under `contentRoot` (an absolute path) into inputs, sidecars and skipped files. */
export async function scanContentFolder(contentRoot: string): Promise<ContentFolder> {
  const folder: ContentFolder = { inputs: [], sidecars: new Map(), skipped: [], failed: [] };
  const files = await listFiles(contentRoot, folder);
  folder.inputs = files.filter((file) => inputKind(file) !== undefined && !isConfiguration(file));
  const stems = new Set(folder.inputs.map(stemOf));
  const sidecars = new Set<string>();
  for (const file of files) {
    if (isConfiguration(file) || inputKind(file)) continue;
    const extension = path.posix.extname(file).toLowerCase();
    if (sidecarExtensions.includes(extension)) {
      if (stems.has(stemOf(file))) sidecars.add(file);
      else folder.skipped.push({ file, reason: `no input named ${path.posix.basename(stemOf(file))}.* for this sidecar to correct` });
    } else {
      folder.skipped.push({ file, reason: `not a supported file type (${extension || 'no extension'})` });
    }
  }
  for (const input of folder.inputs) {
    const sidecar = sidecarExtensions.map((extension) => stemOf(input) + extension).find((name) => sidecars.has(name));
    if (sidecar) folder.sidecars.set(input, sidecar);
  }
  return folder;
}

/** The user's configuration: topic rules and per-site extraction rules. */
export interface Configuration {
  topics: TopicRule[];
  siteRules: Map<string, SiteRule>;
  /** Configuration files with a mistake, and the mistake. */
  failed: FileReport[];
}

/**
 * Read `topics.yml` and, when `withSiteRules` (some input is a web page), `sites/*.yml`. A file
 * with a mistake is reported and stands as if absent: articles are still written, filed only
 * under the topics their own frontmatter gives, extracted by the generic extractor.
 */
export async function readConfiguration(contentRoot: string, withSiteRules: boolean): Promise<Configuration> {
  const configuration: Configuration = { topics: [], siteRules: new Map(), failed: [] };
  const topicsFile = path.join(contentRoot, 'topics.yml');
  if (await exists(topicsFile)) {
    try {
      configuration.topics = loadTopics(decodeText(new Uint8Array(await fs.readFile(topicsFile))).text, 'topics.yml');
    } catch (error) {
      configuration.failed.push({ file: 'topics.yml', reason: reasonOf(error).replace(/^topics\.yml: /, '') });
    }
  }
  if (withSiteRules) {
    try {
      configuration.siteRules = loadSiteRules(path.join(contentRoot, 'sites'));
    } catch (error) {
      const reason = reasonOf(error);
      const named = /^([^/:]+\.ya?ml): (.*)$/s.exec(reason);
      configuration.failed.push(named ? { file: `sites/${named[1]}`, reason: named[2] } : { file: 'sites/', reason });
    }
  }
  return configuration;
}

/** True for `child` at or below `parent` (absolute paths). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** `topics.yml` and everything under `sites/`: read as configuration, never as articles. */
function isConfiguration(file: string): boolean {
  return file === 'topics.yml' || file.startsWith('sites/');
}

function stemOf(file: string): string {
  const extension = path.posix.extname(file);
  return extension ? file.slice(0, -extension.length) : file;
}

/**
 * Every file under `root` as a path with forward slashes, sorted, leaving out what is never
 * an article and never worth a word: hidden files and folders, `*_files/` folders, OS junk.
 * Symbolic links are followed only to files inside content/.
 */
async function listFiles(root: string, folder: ContentFolder): Promise<string[]> {
  const files: string[] = [];
  const realRoot = await fs.realpath(root).catch(() => {
    throw new Error(`the content folder ${root} does not exist`);
  });
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      folder.failed.push({ file: prefix || '.', reason: `cannot read this folder (${(error as NodeJS.ErrnoException).code})` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const relative = prefix + name;
      if (name.startsWith('.') || systemJunk.has(name.toLowerCase())) continue;
      if (entry.isDirectory()) {
        if (!name.endsWith('_files')) await walk(path.join(dir, name), `${relative}/`);
      } else if (entry.isFile()) {
        files.push(relative);
      } else if (entry.isSymbolicLink()) {
        const target = await fs.realpath(path.join(dir, name)).catch(() => undefined);
        const stat = target ? await fs.stat(target).catch(() => undefined) : undefined;
        if (stat?.isFile() && isInside(target!, realRoot)) files.push(relative);
        else folder.skipped.push({ file: relative, reason: 'a link to something outside content/ (or to a folder)' });
      }
    }
  };
  await walk(root, '');
  return files.sort(compareCodePoints);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
