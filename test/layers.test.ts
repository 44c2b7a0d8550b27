/**
 * The layers of the code, checked: the article contract (src/article) stands on nothing of
 * ours; the shared configuration (src/config) only on the contract; the ingest (src/ingest) on
 * both; and the site (src/lib, src/pages, src/components, src/layouts, src/content.config.ts,
 * astro.config.mjs) never on the ingest's internals. Every import of every file is read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Which top folders of src/ each layer may import from (its own always included). */
const allowed: Record<string, string[]> = {
  article: ['article'],
  config: ['article', 'config'],
  ingest: ['article', 'config', 'ingest'],
  site: ['article', 'config', 'site'],
};

/** The layer a repository path belongs to. */
function layerOf(file: string): string {
  const match = /^src\/(article|config|ingest)\//.exec(file);
  if (match) return match[1];
  if (file.startsWith('src/') || file === 'astro.config.mjs') return 'site';
  return 'outside';
}

/** Module specifiers a TypeScript, JavaScript or Astro file imports or re-exports. */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3]);
  return specifiers;
}

/** Every import in `files` (repository paths → text) that crosses a layer the wrong way. */
function violations(files: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    const layer = layerOf(file);
    if (layer === 'outside') continue;
    for (const specifier of importsOf(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const targetLayer = layerOf(target);
      if (targetLayer !== 'outside' && !allowed[layer].includes(targetLayer)) found.push(`${file} imports ${specifier} (${layer} → ${targetLayer})`);
    }
  }
  return found;
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (relative !== 'src/content') walk(relative);
      } else if (/\.(?:ts|mts|js|mjs|astro)$/.test(entry.name)) {
        files.set(relative, readFileSync(path.join(repoRoot, relative), 'utf8'));
      }
    }
  };
  walk('src');
  files.set('astro.config.mjs', readFileSync(path.join(repoRoot, 'astro.config.mjs'), 'utf8'));
  return files;
}

describe('layers', () => {
  it('no import crosses a layer the wrong way', () => {
    const files = sourceFiles();
    expect(files.size).toBeGreaterThan(40);
    expect(violations(files)).toEqual([]);
  });

  it('the site reads articles through the contract, not the ingest', () => {
    const site = [...sourceFiles()].filter(([file]) => layerOf(file) === 'site');
    expect(site.some(([, text]) => importsOf(text).some((specifier) => specifier.includes('article/')))).toBe(true);
  });

  it('catches a page, a library module or the contract reaching into the ingest', () => {
    const bad = new Map([
      ['src/lib/feeds.ts', "import { xmlSafe } from '../ingest/sanitize.ts';"],
      ['src/pages/index.astro', "---\nimport { ingest } from '../ingest/ingest.ts';\n---"],
      ['src/content.config.ts', "export { loadTopics } from './ingest/topics.ts';"],
      ['src/article/format.ts', "const m = await import('../ingest/write.ts');"],
      ['src/config/topics.ts', "import type { X } from '../lib/urls.ts';"],
      ['src/ingest/write.ts', "import { articlePath } from '../lib/urls.ts';"],
    ]);
    expect(violations(bad)).toHaveLength(6);
    const good = new Map([
      ['src/lib/feeds.ts', "import { xmlSafe } from '../article/fields.ts';\nimport rss from '@astrojs/rss';"],
      ['src/ingest/write.ts', "import { serializeArticle } from '../article/format.ts';\nimport { compareCodePoints } from './slug.ts';"],
    ]);
    expect(violations(good)).toEqual([]);
  });
});
