/**
 * The Content-Security-Policy every page carries (as a `<meta>`, first in `<head>`): the site has
 * no JavaScript, and nothing from an article may run.
 *
 * No script at all in production (`script-src 'none'`), styles only from our own stylesheet,
 * images from us, and from any https origin only when content/site.yml allows remote images (the
 * default: articles link their images remotely), nothing framed, no plugins, no forms.
 * The dev server needs its own client script and injects CSS as inline <style>, so dev is
 * relaxed just enough for that; the built site is what readers get.
 * (`frame-ancestors` cannot be set from a <meta>; set it as a header where the host allows.)
 */
import type { ImagePolicy } from '../config/site.ts';

/** The policy for a page of the built site (`dev: false`) or of the dev server. */
export function contentSecurityPolicy(options: { dev: boolean; images: ImagePolicy }): string {
  const { dev, images } = options;
  return [
    "default-src 'self'",
    dev ? "script-src 'self'" : "script-src 'none'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    images === 'remote' ? "img-src 'self' https:" : "img-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
