/**
 * The manifest: what the ingest remembers between runs, in `<articles folder>/.manifest.json`:
 * - each input's slug, kept for good (see `uniqueSlugs`): permalinks are forever;
 * - for each input present at the last run, what it was read into (its size, modification
 *   time and content hash, its sidecar's, and what became of it: an article, a copy of another
 *   article, or a failure and its reason), with the pipeline's version and a hash of the
 *   settings it was read with. An input whose record still matches costs a stat on the next
 *   run, not a parse (src/ingest/ingest.ts decides).
 *
 * It is written only by the ingest, atomically, with sorted keys (the same archive gives the same
 * bytes). When it is missing (a first run, or an archive from before it existed), the slugs are
 * read back from the generated articles themselves, whose frontmatter names their input: an
 * existing site keeps its addresses. A manifest that cannot be read is rebuilt the same way.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isSlug } from '../article/fields.ts';
import { isGeneratedArticle } from '../article/format.ts';
import { compareCodePoints } from './slug.ts';
import { writeAtomically } from './write.ts';

/** The manifest's file name, inside the generated articles' folder (hidden: never an article). */
export const MANIFEST_FILE = '.manifest.json';

/** Format version. Version 1 held slugs only: its slugs are kept, its inputs are read again. */
const VERSION = 2;

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
}

/** Read the manifest of `outDir`, or rebuild it from the generated articles there. */
export async function readManifest(outDir: string): Promise<Manifest> {
  const text = await fs.readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    try {
      const data = JSON.parse(text) as { version?: unknown; slugs?: unknown; pipeline?: unknown; settings?: unknown; inputs?: unknown };
      if ((data.version === 1 || data.version === VERSION) && data.slugs && typeof data.slugs === 'object') {
        const slugs = new Map<string, string>();
        for (const [file, slug] of Object.entries(data.slugs as Record<string, unknown>)) {
          if (typeof slug === 'string' && isSlug(slug)) slugs.set(file, slug);
        }
        const inputs = new Map<string, InputRecord>();
        if (data.version === VERSION && data.inputs && typeof data.inputs === 'object') {
          for (const [file, record] of Object.entries(data.inputs as Record<string, unknown>)) {
            if (isInputRecord(record)) inputs.set(file, record);
          }
        }
        return {
          slugs,
          inputs,
          pipeline: typeof data.pipeline === 'string' ? data.pipeline : undefined,
          settings: typeof data.settings === 'string' ? data.settings : undefined,
        };
      }
    } catch {
      // Not JSON (a crash cannot cause this: it is written atomically): rebuild below.
    }
  }
  return { slugs: await slugsOfGeneratedArticles(outDir), inputs: new Map() };
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

/** Write the manifest of `outDir` (only when its bytes change). */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sorted = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => compareCodePoints(a, b)));
  // One input per line: a 10,000-article manifest stays a few megabytes and diffs readably.
  const inputs = [...manifest.inputs]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([file, record]) => `  ${JSON.stringify(file)}: ${JSON.stringify(record)}`);
  const head = JSON.stringify({ version: VERSION, pipeline: manifest.pipeline, settings: manifest.settings, slugs: sorted(manifest.slugs) }, null, 1);
  const text = `${head.slice(0, -2)},\n "inputs": {${inputs.length > 0 ? `\n${inputs.join(',\n')}\n ` : ''}}\n}\n`;
  const file = path.join(outDir, MANIFEST_FILE);
  if ((await fs.readFile(file, 'utf8').catch(() => undefined)) === text) return;
  await writeAtomically(file, text);
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
