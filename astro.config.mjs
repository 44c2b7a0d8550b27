// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { klipingMarkdown, rendererFingerprint } from './src/lib/markdown-processor.ts';
import { projectFolders } from './src/config/folders.ts';
import { readSiteSettings } from './src/config/site.ts';

/*
 * Environment:
 * - KLIPING_SITE: the public origin, for feeds, canonical links and the sitemap
 *   (default https://example.org);
 * - KLIPING_BASE: the path the site is served under, e.g. /news/ (default /);
 * - KLIPING_OUT_DIR: where the built site goes (default dist/; tests build elsewhere);
 * - KLIPING_CACHE_DIR: Astro's cache (default node_modules/.astro; tests keep theirs apart).
 * Article and topic folders are read in src/content.config.ts (KLIPING_ARTICLES_DIR,
 * KLIPING_CONTENT_DIR).
 */
const site = process.env.KLIPING_SITE || 'https://example.org';
const base = process.env.KLIPING_BASE || '/';
const root = fileURLToPath(new URL('.', import.meta.url));
// Read here on every load of this file (not through a module-level constant, which a process
// building twice would keep): article bodies are rendered with it (src/lib/markdown-processor.ts).
const { images } = readSiteSettings(projectFolders().content);

export default defineConfig({
  site,
  base,
  // Every page is a folder with an index.html; links always end in "/" (src/lib/urls.ts), so
  // dev and any static host agree on one form of each URL.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Never inline CSS: the pages' Content-Security-Policy (src/components/BaseHead.astro)
    // allows only same-origin stylesheets, no inline <style>.
    inlineStylesheets: 'never',
  },
  ...(process.env.KLIPING_OUT_DIR ? { outDir: process.env.KLIPING_OUT_DIR } : {}),
  ...(process.env.KLIPING_CACHE_DIR ? { cacheDir: process.env.KLIPING_CACHE_DIR } : {}),
  // The toolbar injects inline scripts in dev that the CSP forbids; the site has no JS at all.
  devToolbar: { enabled: false },
  markdown: {
    // Article bodies are rendered once, when the collection loads, into the article page's final
    // HTML (src/lib/markdown-processor.ts, src/lib/render.ts). No syntax highlighting: the
    // sanitize schema keeps no classes or styles, so it would be work thrown away.
    processor: klipingMarkdown({ base, images, renderer: rendererFingerprint(root) }),
    syntaxHighlight: false,
  },
  integrations: [sitemap()],
});
