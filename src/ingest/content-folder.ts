/**
 * What is in the content folder: which files are articles, which are configuration
 * (`topics.yml`, `site.yml`, `sites/*.yml`), which are sidecars correcting an article, and which are neither.
 *
 * - sidecars: `x.yml` (or `x.yaml`) next to an input `x.html`, `x.txt`… holds corrections for it
 *   with the frontmatter keys (title, url, published, source, byline, lang, topics, summary);
 * - one article per name: `x.html` and `x.txt` side by side are the same article saved twice,
 *   so one is read (Markdown, then a web page, then MHTML, then a text copy) and the other is
 *   reported as skipped;
 * - files inside a browser's "Save Page As" `*_files/` folder, hidden files and folders
 *   (`.DS_Store`, `.git/`), and `Thumbs.db` / `desktop.ini`: left out without a word;
 * - anything that is not a regular file (a named pipe, a socket, a device: reading one could
 *   block forever) is never opened, and reported;
 * - anything else that is not `.html`, `.htm`, `.xhtml`, `.mhtml`, `.mht`, `.txt`, `.text`, `.md`
 *   or `.markdown`: reported as skipped.
 *
 * Nothing here writes. The configuration is read and checked whole, each mistake reported under
 * the file it is in, so that a run can stop before it rewrites anything.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/errors.ts';
import { loadSiteSettings } from '../config/site.ts';
import { loadTopics, type TopicRule } from '../config/topics.ts';
import { decodeText } from './decode.ts';
import { reasonOf } from './errors.ts';
import { inputKind, type InputKind } from './input-kind.ts';
import type { SiteRule } from './site-rules.ts';
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
  /** Configuration files: `topics.yml` and the site rules under `sites/`. */
  configuration: string[];
  /** Files that are neither articles, configuration nor sidecars, or a second copy of an article. */
  skipped: FileReport[];
  /** Inputs that cannot be read at all, and folders that could not be listed. */
  failed: FileReport[];
  /** Configuration files that cannot be read at all (a named pipe called `topics.yml`). */
  unreadableConfiguration: FileReport[];
}

const sidecarExtensions = ['.yml', '.yaml'];
const systemJunk = new Set(['thumbs.db', 'desktop.ini']);
/** Which of several inputs with one name is read: the one the user wrote, then the richest. */
const kindPreference: InputKind[] = ['markdown', 'html', 'mhtml', 'text'];

/** Sort the files under `contentRoot` (an absolute path) into inputs, sidecars, configuration and the rest. */
export async function scanContentFolder(contentRoot: string): Promise<ContentFolder> {
  const folder: ContentFolder = { inputs: [], sidecars: new Map(), configuration: [], skipped: [], failed: [], unreadableConfiguration: [] };
  const files = await listFiles(contentRoot, folder);
  folder.configuration = files.filter(isConfiguration).filter((file) => isTopLevelConfiguration(file) || isSiteRuleFile(file));
  const candidates = files.filter((file) => inputKind(file) !== undefined && !isConfiguration(file));
  folder.inputs = oneInputPerName(candidates, folder.skipped);
  const stems = new Set(candidates.map(stemOf));
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

/** The inputs to read: of several with one name (`x.html`, `x.txt`), the preferred kind; the others are skipped. */
function oneInputPerName(candidates: readonly string[], skipped: FileReport[]): string[] {
  const byStem = new Map<string, string[]>();
  for (const file of candidates) byStem.set(stemOf(file), [...(byStem.get(stemOf(file)) ?? []), file]);
  const inputs: string[] = [];
  for (const group of byStem.values()) {
    const [chosen, ...others] = [...group].sort(
      (a, b) => kindPreference.indexOf(inputKind(a)!) - kindPreference.indexOf(inputKind(b)!) || compareCodePoints(a, b),
    );
    inputs.push(chosen);
    for (const file of others) {
      skipped.push({ file, reason: `the same article as ${path.posix.basename(chosen)}, which is read instead (rename one to keep both)` });
    }
  }
  return inputs.sort(compareCodePoints);
}

/** The user's configuration: topic rules and per-site extraction rules. */
export interface Configuration {
  topics: TopicRule[];
  siteRules: Map<string, SiteRule>;
  /** Configuration files with a mistake, and the mistake: the run stops before writing. */
  failed: FileReport[];
  /**
   * A hash of what decides an article's files: the bytes of topics.yml and of every site rule
   * (site.yml only shapes the site, so it is left out). The manifest keeps it: when it changes,
   * every input is read again.
   */
  hash: string;
}

/**
 * Read and check every configuration file of `folder`: `topics.yml` and `sites/*.yml`. Every
 * mistake is reported under its file (not only the first), so one run shows them all.
 */
export async function readConfiguration(contentRoot: string, folder: ContentFolder): Promise<Configuration> {
  const configuration: Configuration = { topics: [], siteRules: new Map(), failed: [...folder.unreadableConfiguration], hash: '' };
  const ruleFiles = new Map<string, string>();
  const hash = createHash('sha256');
  for (const file of folder.configuration) {
    const name = path.posix.basename(file);
    try {
      const bytes = new Uint8Array(await fs.readFile(path.join(contentRoot, ...file.split('/'))));
      if (file !== 'site.yml') hash.update(`${file}\0`).update(bytes).update('\0');
      const text = decodeText(bytes).text;
      if (file === 'topics.yml') {
        configuration.topics = loadTopics(text, 'topics.yml');
        continue;
      }
      if (file === 'site.yml') {
        // Read by the site; checked here so that a mistake stops the build before it starts.
        loadSiteSettings(text, 'site.yml');
        continue;
      }
      // Loaded only when there is a rule: it brings the CSS selector engine.
      const { parseSiteRule } = await import('./site-rules.ts');
      const rule = parseSiteRule(text, name);
      const other = ruleFiles.get(rule.host);
      if (other) throw new ConfigError(`${name}: a second rule for ${rule.host} (the first is sites/${other})`);
      ruleFiles.set(rule.host, name);
      configuration.siteRules.set(rule.host, rule);
    } catch (error) {
      // Messages name the file already ("topics.yml: topics[1].slug …"); the report names it too.
      const reason = reasonOf(error);
      configuration.failed.push({ file, reason: reason.startsWith(`${name}: `) ? reason.slice(name.length + 2) : reason });
    }
  }
  configuration.hash = hash.digest('hex').slice(0, 16);
  return configuration;
}

/** True for `child` at or below `parent` (absolute paths). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** `topics.yml`, `site.yml` and everything under `sites/`: read as configuration, never as articles. */
export function isConfiguration(file: string): boolean {
  return isTopLevelConfiguration(file) || file.startsWith('sites/');
}

function isTopLevelConfiguration(file: string): boolean {
  return file === 'topics.yml' || file === 'site.yml';
}

/** A site rule: `sites/<host>.yml` (or `.yaml`); names starting with `.` or `_` are set aside. */
function isSiteRuleFile(file: string): boolean {
  return /^sites\/[^/._][^/]*\.ya?ml$/i.test(file);
}

function stemOf(file: string): string {
  const extension = path.posix.extname(file);
  return extension ? file.slice(0, -extension.length) : file;
}

/** What a file that is not a regular file is, for the report. */
function specialKind(stat: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Every regular file under `root` as a path with forward slashes, sorted, leaving out what is
 * never an article and never worth a word: hidden files and folders, `*_files/` folders, OS junk.
 * Symbolic links are followed only to regular files inside content/. Anything else that would
 * be read (a named pipe called `x.html` or `topics.yml`) is reported, never opened.
 */
async function listFiles(root: string, folder: ContentFolder): Promise<string[]> {
  const files: string[] = [];
  const realRoot = await fs.realpath(root).catch(() => {
    throw new Error(`the content folder ${root} does not exist`);
  });
  const special = (relative: string, what: string) => {
    const report = { file: relative, reason: `${what}, not a file: never read` };
    if (isTopLevelConfiguration(relative) || isSiteRuleFile(relative)) folder.unreadableConfiguration.push(report);
    else if (inputKind(relative) && !isConfiguration(relative)) folder.failed.push(report);
    else folder.skipped.push(report);
  };
  // Synchronous listing: an archive saved with wget is thousands of small folders, and one
  // awaited round trip per folder cost a third of a second at 10,000 pages.
  const walk = (dir: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      folder.failed.push({ file: prefix || '.', reason: `cannot read this folder (${(error as NodeJS.ErrnoException).code})` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const relative = prefix + name;
      if (name.startsWith('.') || systemJunk.has(name.toLowerCase())) continue;
      if (entry.isDirectory()) {
        if (!name.endsWith('_files')) walk(path.join(dir, name), `${relative}/`);
      } else if (entry.isFile()) {
        files.push(relative);
      } else if (entry.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(path.join(dir, name));
        } catch {
          target = undefined;
        }
        const stat = target ? statSync(target, { throwIfNoEntry: false }) : undefined;
        if (stat?.isFile() && isInside(target!, realRoot)) files.push(relative);
        else if (stat && !stat.isFile() && !stat.isDirectory()) special(relative, `a link to ${specialKind(stat)}`);
        else folder.skipped.push({ file: relative, reason: 'a link to something outside content/ (or to a folder)' });
      } else {
        special(relative, specialKind(entry));
      }
    }
  };
  walk(root, '');
  return files.sort(compareCodePoints);
}
