/**
 * Astro's own Markdown processor, made safe.
 *
 * The site never shows Astro's rendering of an article: pages and feeds use `articleHtml` and
 * `feedArticle` (src/lib/articles.ts, which render through src/lib/render.ts). But the content layer's glob loader still renders every Markdown entry
 * with the configured processor at sync time (so that `render(entry)` would work), and
 * Sätteri, Astro 7's default processor, keeps raw HTML verbatim and keeps `javascript:` links.
 * So that a future `render(entry)` can never put unsanitized HTML on a page, Astro's processor
 * gets the same sanitize schema as a hast plugin, and raw HTML is left unparsed (as opaque
 * `raw` nodes, which the sanitizer drops).
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { sanitizeSchema } from '../article/sanitize-schema.ts';

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

/**
 * A Sätteri hast plugin that replaces the whole rendered tree with its sanitized copy, once per
 * document, after every other plugin (so nothing can add markup behind it).
 */
const satteriSanitize: HastPlugin = {
  name: 'kliping-sanitize',
  after(root, ctx) {
    ctx.replaceNode(root, sanitize(root as Root, sanitizeSchema) as Root);
  },
};

/** Options for `satteri()` in astro.config.mjs: sanitized output, raw HTML never parsed. */
export const satteriOptions: SatteriProcessorOptions = {
  hastPlugins: [satteriSanitize],
  features: { rawHtml: false },
};
