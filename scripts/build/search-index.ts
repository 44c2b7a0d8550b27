/**
 * The search index: Pagefind over a built site, run by `npm run build` (scripts/build.ts) on the
 * staging folder before it replaces dist/, and by the tests on their own builds.
 *
 * - Only article pages are indexed, and of them only the element marked `data-pagefind-body`
 *   (the article's text, src/layouts/ArticleLayout.astro), with its headline added at the top
 *   (searchView); its title, source, date and topics come from `data-pagefind-meta` /
 *   `data-pagefind-filter` attributes on the page.
 * - Each article is indexed under its own language. Pagefind takes a page's language from
 *   `<html lang>` only (a `lang` on an inner element is ignored), and every page of the site says
 *   `<html lang="en">` for its interface, the article's language being on the article. So what
 *   Pagefind is given is the page with `<html lang>` set to the nearest `lang` around the marked
 *   body (the page written to the site is not changed): one index per article language
 *   (`pagefind/pagefind.<lang>_<hash>.pf_meta`, listed in `pagefind/pagefind-entry.json`), each
 *   with that language's stemming. The search page merges them all (src/pages/search.astro).
 * - Result URLs are the pages' own, with `base` (`/digest/articles/x/`), so the browser needs no
 *   base URL option.
 * - Only Pagefind's search library (pagefind.js, its worker and WebAssembly) is kept: the site
 *   shows results with its own script, so Pagefind's ready-made UIs are not shipped.
 *
 * Any error from Pagefind throws: the caller fails the build.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';

/** Where the bundle goes under the site, and the site path the search page loads it from. */
export const searchBundleDir = 'pagefind';

/** Pagefind's ready-made interfaces, which the site does not use. */
const unusedFiles = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

export interface SearchIndexReport {
  /** Pages indexed. */
  pages: number;
  /** Indexed pages per language (`{ en: 12, id: 3 }`). */
  languages: Record<string, number>;
}

/** What Pagefind is given of a page: its language and the HTML to index. */
export interface SearchView {
  /** The nearest `lang` around the marked body (`null` when none is declared). */
  language: string | null;
  /** The page with the headline at the top of the marked body. */
  html: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * How Pagefind should see a page, or undefined when it has no element marked
 * `data-pagefind-body` (not an article). The language is the body's own `lang` or its nearest
 * ancestor's (`<html>` included). The headline (the element marked `data-pagefind-meta="title"`,
 * which is outside the article's text) is put at the top of the body as an `<h1>`, so that its
 * words find the article, ranked as a heading, without indexing the rest of the page's header.
 */
export function searchView(html: string): SearchView | undefined {
  const stack: (string | undefined)[] = [];
  let language: string | null | undefined;
  let bodyStart = -1;
  let title = '';
  let titleDepth = 0;
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (language !== undefined) return;
        const inherited = stack.length > 0 ? stack[stack.length - 1] : undefined;
        const own = attributes.lang?.trim();
        const lang = own ? own : inherited;
        if ('data-pagefind-body' in attributes) {
          language = lang ?? null;
          bodyStart = parser.endIndex + 1;
          parser.pause();
          return;
        }
        if (titleDepth > 0) titleDepth++;
        else if (attributes['data-pagefind-meta'] === 'title') titleDepth = 1;
        stack.push(lang);
      },
      ontext(text) {
        if (titleDepth > 0) title += text;
      },
      onclosetag() {
        if (language !== undefined) return;
        stack.pop();
        if (titleDepth > 0) titleDepth--;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (language === undefined) return undefined;
  const headline = title.replace(/\s+/g, ' ').trim();
  return {
    language,
    html: headline ? `${html.slice(0, bodyStart)}<h1>${escapeText(headline)}</h1>${html.slice(bodyStart)}` : html,
  };
}

/** `html` with its `<html>` element's `lang` set to `lang` (added when absent). */
function withHtmlLang(html: string, lang: string): string {
  const escaped = lang.replace(/[^A-Za-z0-9-]/g, '');
  const open = /<html\b[^>]*>/i.exec(html);
  if (!open) return `<html lang="${escaped}">${html}</html>`;
  const tag = /\slang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.test(open[0])
    ? open[0].replace(/\slang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, ` lang="${escaped}"`)
    : open[0].replace(/^<html/i, `<html lang="${escaped}"`);
  return html.slice(0, open.index) + tag + html.slice(open.index + open[0].length);
}

/** The site path of an output HTML file: `articles/x/index.html` → `/base/articles/x/`. */
function pageUrlOf(relative: string, base: string): string {
  const posix = relative.split(path.sep).join('/');
  const page = posix === 'index.html' ? '' : posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
  return `${base}${page.split('/').map(encodeURIComponent).join('/')}`;
}

function check(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`search index: ${what}: ${errors.join('; ')}`);
}

/**
 * Index the built site in `siteDir` (served under `base`, e.g. `/digest/`) and write the bundle
 * to `<siteDir>/pagefind/`. Throws on any Pagefind error.
 */
export async function buildSearchIndex(siteDir: string, options: { base: string }): Promise<SearchIndexReport> {
  const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const bundle = path.join(siteDir, searchBundleDir);
  const entries = await fs.readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .filter((relative) => !relative.startsWith(`${searchBundleDir}${path.sep}`))
    .sort();
  const languages: Record<string, number> = {};
  const created = await pagefind.createIndex({});
  try {
    check(created.errors, 'starting Pagefind');
    const index = created.index;
    if (!index) throw new Error('search index: Pagefind did not start');
    for (const relative of files) {
      const html = await fs.readFile(path.join(siteDir, relative), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const view = searchView(html);
      if (!view) continue;
      // Pagefind expects ISO 639-1 ("en", "id"); the site writes primary subtags already.
      const lang = (view.language ?? 'unknown').toLowerCase().split('-')[0] || 'unknown';
      const added = await index.addHTMLFile({ url: pageUrlOf(relative, base), content: withHtmlLang(view.html, lang) });
      check(added.errors, `indexing ${relative}`);
      languages[lang] = (languages[lang] ?? 0) + 1;
    }
    await fs.rm(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    check(written.errors, 'writing the bundle');
  } finally {
    await pagefind.close();
  }
  for (const name of await fs.readdir(bundle)) {
    if (unusedFiles.test(name)) await fs.rm(path.join(bundle, name));
  }
  const pages = Object.values(languages).reduce((sum, count) => sum + count, 0);
  return { pages, languages };
}
