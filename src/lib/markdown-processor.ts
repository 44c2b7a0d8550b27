/**
 * The site's Markdown processor for Astro (`markdown.processor` in astro.config.mjs): the one
 * renderer of article bodies (src/lib/render.ts), run once per article by the content layer's
 * glob loader when it loads the collection. What it returns is the article page's final body
 * HTML (`entry.rendered.html`): sanitized with the one schema, site URLs under `base`, external
 * links `rel`-marked, images lazy and filtered by content/site.yml's `images`.
 *
 * It implements Astro's `MarkdownProcessor` interface itself instead of extending `satteri()`,
 * because Astro appends its own hast plugins after a Sätteri processor's (heading ids, image
 * markers for astro:assets), which would put attributes the schema forbids (`id`) back after the
 * sanitizer. Sätteri still parses (render.ts).
 *
 * The content layer keeps rendered entries in its data store (Astro's cacheDir) and renders again
 * only an entry whose file changed, or everything when the Astro config changed. So everything
 * the HTML depends on besides the file is in this processor's `options`, which are part of the
 * config: `base`, the image policy, and a fingerprint of the renderer's own code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroUserConfig } from 'astro';
import type { ImagePolicy } from '../config/site.ts';
import { renderArticleBody } from './render.ts';
import { normalizeBase } from './urls.ts';

/** Astro's `markdown.processor`. */
type MarkdownProcessor = NonNullable<NonNullable<AstroUserConfig['markdown']>['processor']>;

/** What article bodies depend on besides their Markdown. */
export interface KlipingMarkdownOptions {
  /** Astro's `base`. */
  base: string;
  /** content/site.yml's `images`. */
  images: ImagePolicy;
  /** Changes whenever the renderer's code does (see {@link rendererFingerprint}). */
  renderer: string;
}

/** The processor for astro.config.mjs. */
export function klipingMarkdown(options: KlipingMarkdownOptions): MarkdownProcessor {
  const renderOptions = { base: normalizeBase(options.base), images: options.images };
  return {
    name: 'kliping',
    options: { ...options },
    async createRenderer() {
      return {
        async render(content) {
          return {
            code: renderArticleBody(content, renderOptions),
            // No headings, no images for astro:assets to process, no frontmatter copy: nothing
            // of the site reads them, and each would be kept in the data store per article.
            metadata: { headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter: {} },
          };
        },
      };
    },
  };
}

/** The modules and packages whose code decides the rendered HTML. */
const rendererSources = ['src/lib/render.ts', 'src/lib/markdown-processor.ts', 'src/lib/urls.ts', 'src/article/sanitize-schema.ts'];
const rendererPackages = ['satteri', 'hast-util-sanitize', 'hast-util-to-html', 'rehype-stringify'];

/**
 * A digest of the renderer's code and of the versions of the packages it uses, so that a data
 * store rendered by an older kliping is never served by a newer one.
 */
export function rendererFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of rendererSources) hash.update(`${file}\0${readFileSync(path.join(root, file), 'utf8')}\0`);
  for (const name of rendererPackages) {
    let version = 'absent';
    try {
      version = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      // A package hoisted elsewhere: its version then counts as unknown, which is stable.
    }
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}
