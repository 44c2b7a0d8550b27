// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteriOptions } from './src/lib/markdown-processor.ts';

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
    processor: satteri(satteriOptions),
  },
  integrations: [sitemap()],
});
