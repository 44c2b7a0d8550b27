/**
 * The manifest: what the ingest remembers between runs, in two files of the articles folder:
 * - `.manifest.json`: each input's slug, kept for good (see `uniqueSlugs`): permalinks are
 *   forever. Small, and written before any article of a new input exists;
 * - `.inputs.json`: for each input present at the last run, what it was read into (its size,
 *   modification time and content hash, its sidecar's, and what became of it: an article, a
 *   copy of another article, or a failure and its reason), with the pipeline's version and a
 *   hash of the settings it was read with. An input whose record still matches costs a stat on
 *   the next run, not a parse (src/ingest/ingest.ts decides). Written once a run's articles are.
 *
 * Both are written only by the ingest, atomically, with sorted keys (the same archive gives the
 * same bytes). When the slugs are missing (a first run, or an archive from before them), they are
 * read back from the generated articles themselves, whose frontmatter names their input: an
 * existing site keeps its addresses. A file that cannot be read is rebuilt the same way; missing
 * records only mean every input is read once more.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isSlug } from '../article/fields.ts';
import { isGeneratedArticle } from '../article/format.ts';
import { compareCodePoints } from './slug.ts';
import { writeAtomically } from './write.ts';

/** The slugs' file name, inside the generated articles' folder (hidden: never an article). */
export const MANIFEST_FILE = '.manifest.json';

/** The records' file name, beside it. */
export const INPUTS_FILE = '.inputs.json';

/** Format versions: a reader finding another one starts that file afresh. */
const SLUGS_VERSION = 1;
const INPUTS_VERSION = 1;

/** A file as the manifest last saw it: a changed size or time means hashing it again. */
export interface FileState {
  size: number;
  /** Modification time, in milliseconds. */
  mtime: number;
  /** SHA-256 of its bytes, hex. */
  hash: string;
}

/** What one input was read into at the last run. */
export interface InputRecord extends FileState {
  /** The sidecar it was read with, if any. */
  sidecar?: FileState & { file: string };
  /** An article of its own, a copy folded into another input's article, or a failure. */
  outcome: 'article' | 'copy' | 'failed';
  /** For an article or a copy: what finding and listing copies needs, and the topics for the summary. */
  url?: string;
  source?: string;
  fingerprint?: string;
  topics?: string[];
  /** For an article: the names of the images written for it, and the inputs listed as its copies. */
  media?: string[];
  copies?: string[];
  /** For a copy: the input whose article it is folded into. */
  copyOf?: string;
  /** For a failure: the file to blame (the input, or its sidecar) and the reason. */
  failedFile?: string;
  reason?: string;
}

/** What the manifest remembers. */
export interface Manifest {
  /** Slug of every input ever ingested, by its path under content/ (removed inputs included). */
  slugs: Map<string, string>;
  /** The pipeline version (src/ingest/pipeline-version.ts) the records below were made with. */
  pipeline?: string;
  /** Hash of the settings the records were made with (topic rules, site rules, media folder). */
  settings?: string;
  /** The inputs present at the last run, by path under content/. */
  inputs: Map<string, InputRecord>;
  /**
   * The files' texts as last read or written by this process: {@link writeManifest} compares with
   * them instead of reading the files again (megabytes, for a large archive).
   */
  texts?: { slugs?: string; inputs?: string };
}

/** Read the manifest of `outDir`, or rebuild its slugs from the generated articles there. */
export async function readManifest(outDir: string): Promise<Manifest> {
  const slugsText = await fs.readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const inputsText = await fs.readFile(path.join(outDir, INPUTS_FILE), 'utf8').catch(() => undefined);
  const manifest: Manifest = { slugs: new Map(), inputs: new Map(), texts: { slugs: slugsText, inputs: inputsText } };
  const slugs = parseVersioned(slugsText, SLUGS_VERSION)?.slugs;
  if (slugs && typeof slugs === 'object') {
    for (const [file, slug] of Object.entries(slugs as Record<string, unknown>)) {
      if (typeof slug === 'string' && isSlug(slug)) manifest.slugs.set(file, slug);
    }
  } else {
    manifest.slugs = await slugsOfGeneratedArticles(outDir);
  }
  const data = parseVersioned(inputsText, INPUTS_VERSION);
  if (data?.inputs && typeof data.inputs === 'object') {
    for (const [file, record] of Object.entries(data.inputs as Record<string, unknown>)) {
      if (isInputRecord(record)) manifest.inputs.set(file, record);
    }
    if (typeof data.pipeline === 'string') manifest.pipeline = data.pipeline;
    if (typeof data.settings === 'string') manifest.settings = data.settings;
  }
  return manifest;
}

/** The JSON object in `text` when it has this `version`, else undefined (absent, not JSON, another version). */
function parseVersioned(text: string | undefined, version: number): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Record<string, unknown> | null;
    return data && typeof data === 'object' && data.version === version ? data : undefined;
  } catch {
    // Not JSON (a crash cannot cause this: both are written atomically).
    return undefined;
  }
}

/** A record written by this version (anything else is dropped: its input is read again). */
function isInputRecord(value: unknown): value is InputRecord {
  if (!value || typeof value !== 'object') return false;
  const record = value as Partial<InputRecord>;
  return (
    typeof record.size === 'number' &&
    typeof record.mtime === 'number' &&
    typeof record.hash === 'string' &&
    (record.outcome === 'article' || record.outcome === 'copy' || record.outcome === 'failed')
  );
}

/**
 * Write the manifest of `outDir`: its slugs, and its records too unless `slugsOnly`. Each file
 * only when its bytes change (compared with `manifest.texts` when known, else with the file).
 */
export async function writeManifest(outDir: string, manifest: Manifest, options: { slugsOnly?: boolean } = {}): Promise<void> {
  const texts = (manifest.texts ??= {});
  const slugs = Object.fromEntries([...manifest.slugs].sort(([a], [b]) => compareCodePoints(a, b)));
  texts.slugs = await writeIfChanged(path.join(outDir, MANIFEST_FILE), `${JSON.stringify({ version: SLUGS_VERSION, slugs }, null, 1)}\n`, texts.slugs);
  if (options.slugsOnly) return;
  // One input per line: 10,000 inputs stay a few megabytes and diff readably.
  const inputs = [...manifest.inputs]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([file, record]) => `  ${JSON.stringify(file)}: ${JSON.stringify(record)}`);
  const head = JSON.stringify({ version: INPUTS_VERSION, pipeline: manifest.pipeline, settings: manifest.settings }, null, 1);
  const text = `${head.slice(0, -2)},\n "inputs": {${inputs.length > 0 ? `\n${inputs.join(',\n')}\n ` : ''}}\n}\n`;
  texts.inputs = await writeIfChanged(path.join(outDir, INPUTS_FILE), text, texts.inputs);
}

/** Write `text` to `file` atomically unless it holds it already (`known`, or read); resolves to `text`. */
async function writeIfChanged(file: string, text: string, known: string | undefined): Promise<string> {
  const current = known ?? (await fs.readFile(file, 'utf8').catch(() => undefined));
  if (current !== text) await writeAtomically(file, text);
  return text;
}

/** Input path → slug, from the `sourceFile` of every generated article in `outDir`. */
async function slugsOfGeneratedArticles(outDir: string): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  const names = await fs.readdir(outDir).catch(() => [] as string[]);
  for (const name of names.sort(compareCodePoints)) {
    const slug = name.slice(0, -3);
    if (!name.endsWith('.md') || !isSlug(slug)) continue;
    const text = await fs.readFile(path.join(outDir, name), 'utf8').catch(() => '');
    if (!isGeneratedArticle(text)) continue;
    const line = /^sourceFile: .*$/m.exec(text.slice(0, text.indexOf('\n---\n', 3) + 1));
    try {
      const file = line ? (parse(line[0]) as { sourceFile?: unknown }).sourceFile : undefined;
      if (typeof file === 'string' && !slugs.has(file)) slugs.set(file, slug);
    } catch {
      // A hand-edited line that is no longer YAML: that article's input gets its slug anew.
    }
  }
  return slugs;
}
