/**
 * `robots.txt`: every crawler may read everything, and the sitemap (written by @astrojs/sitemap,
 * `sitemap-index.xml`) is named by its absolute URL under the site's base. Crawlers read
 * `/robots.txt` at the origin's root only: under a base (`/news/`), this file is the one to copy
 * or merge there.
 */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/urls.ts';

/** The sitemap's site path (as BaseHead.astro announces it). */
const sitemapPath = '/sitemap-index.xml';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${siteUrl(sitemapPath)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
