/**
 * The baseline the site build is compared with: a bare Astro 7 site of the blog starter's shape
 * (template in ./bare-site/) building the very Markdown files the ingest wrote.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { linkPackages } from './project-copy.ts';

/** The template's folder: its files end in `.tmpl` (see its README.md). */
export const BARE_TEMPLATE = path.join(import.meta.dirname, 'bare-site');

/** Copy every `x.tmpl` under `from` to `x` under `to`, keeping folders. */
async function copyTemplate(from: string, to: string): Promise<void> {
  for (const entry of await fs.readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.tmpl')) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source).slice(0, -'.tmpl'.length));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(source, target);
  }
}

/**
 * Lay out the bare site in `dir`: the template, the project's packages, and every generated
 * article of `articlesDir` in its collection folder. Returns how many articles it got.
 * Its `node_modules` links each of the project's packages (see `linkPackages`): Vite's and
 * Astro's caches are the bare site's own.
 */
export async function prepareBareSite(dir: string, articlesDir: string, projectRoot: string): Promise<number> {
  await fs.rm(dir, { recursive: true, force: true });
  await copyTemplate(BARE_TEMPLATE, dir);

  await linkPackages(projectRoot, dir);

  const blog = path.join(dir, 'src/content/blog');
  await fs.mkdir(blog, { recursive: true });
  let count = 0;
  for (const name of await fs.readdir(articlesDir)) {
    // Only the articles: not the ingest's manifest, lock or anything hidden.
    if (!name.endsWith('.md') || name.startsWith('.')) continue;
    await fs.copyFile(path.join(articlesDir, name), path.join(blog, name));
    count++;
  }
  return count;
}
