/**
 * The manifest: what the ingest remembers between runs, in `<articles folder>/.manifest.json`.
 * Today that is each input's slug, kept for good (see `uniqueSlugs`): permalinks are forever.
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

/** Format version: a reader finding another one rebuilds the manifest from the articles. */
const VERSION = 1;

/** What the manifest remembers. */
export interface Manifest {
  /** Slug of every input ever ingested, by its path under content/ (removed inputs included). */
  slugs: Map<string, string>;
}

/** Read the manifest of `outDir`, or rebuild it from the generated articles there. */
export async function readManifest(outDir: string): Promise<Manifest> {
  const text = await fs.readFile(path.join(outDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    try {
      const data = JSON.parse(text) as { version?: unknown; slugs?: unknown };
      if (data.version === VERSION && data.slugs && typeof data.slugs === 'object') {
        const slugs = new Map<string, string>();
        for (const [file, slug] of Object.entries(data.slugs as Record<string, unknown>)) {
          if (typeof slug === 'string' && isSlug(slug)) slugs.set(file, slug);
        }
        return { slugs };
      }
    } catch {
      // Not JSON (a crash cannot cause this: it is written atomically): rebuild below.
    }
  }
  return { slugs: await slugsOfGeneratedArticles(outDir) };
}

/** Write the manifest of `outDir` (only when its bytes change). */
export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const slugs = Object.fromEntries([...manifest.slugs].sort(([a], [b]) => compareCodePoints(a, b)));
  const text = `${JSON.stringify({ version: VERSION, slugs }, null, 1)}\n`;
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
