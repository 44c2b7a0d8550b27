/**
 * The Content-Security-Policy every page carries (as a `<meta>`, first in `<head>`): the site has
 * no JavaScript except on its search page, and nothing from an article may run.
 *
 * No script at all in production (`script-src 'none'`), styles only from our own stylesheet,
 * images from us, and from any https origin only when content/site.yml allows remote images (the
 * default: articles link their images remotely), nothing framed, no plugins, and forms only to
 * our own pages (the header's search box is a plain GET form to the search page).
 *
 * The search page (`search: true`, src/pages/search.astro) is the one exception: it runs our
 * search script and Pagefind's (src/pages/search.astro, scripts/build/search-index.ts), all
 * same-origin files: `script-src 'self'` for them, `'wasm-unsafe-eval'` because Pagefind searches
 * with WebAssembly, and `worker-src 'self'` because it does so in a web worker (pagefind-worker.js).
 * Its index files are fetched from our own origin, which `default-src 'self'` already allows as
 * `connect-src`; no inline script or style is allowed there either.
 *
 * The dev server needs its own client script and injects CSS as inline <style>, so dev is
 * relaxed just enough for that; the built site is what readers get.
 * (`frame-ancestors` cannot be set from a <meta>; set it as a header where the host allows.)
 */
import type { ImagePolicy } from '../config/site.ts';

/** The policy for a page of the built site (`dev: false`) or of the dev server. */
export function contentSecurityPolicy(options: { dev: boolean; images: ImagePolicy; search?: boolean }): string {
  const { dev, images, search = false } = options;
  const scripts = search ? "script-src 'self' 'wasm-unsafe-eval'" : dev ? "script-src 'self'" : "script-src 'none'";
  return [
    "default-src 'self'",
    scripts,
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    images === 'remote' ? "img-src 'self' https:" : "img-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    search ? "worker-src 'self'" : "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
