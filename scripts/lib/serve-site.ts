/**
 * A built site served on a free local port under its base, as a static host would serve a
 * sub-path deployment: for the screenshots, Lighthouse and the browser tests.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Content types by file extension (Pagefind's `.pf_*` files are binary). */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running server: its origin, the URL of a path under the base, and a way to stop it. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The full URL of `sitePath` (relative to the base; '' for the base itself). */
  url(sitePath?: string): string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves the files of `dir` under `base` (e.g. `/news/`) on 127.0.0.1: a path ending in `/` gives
 * its folder's `index.html`; anything else that is not a file under `dir` (outside the base, a
 * folder without its `/`, a missing file) is a 404 with the site's `404.html` when it has one.
 */
export async function serveSite(dir: string, base: string): Promise<ServedSite> {
  const root = path.resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer(async (request, response) => {
    let file: string | undefined;
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (pathname.startsWith(prefix)) file = path.join(root, pathname.slice(prefix.length), pathname.endsWith('/') ? 'index.html' : '');
    } catch {
      // A malformed %-escape: not a file of ours.
    }
    if (file?.startsWith(root + path.sep)) {
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }).end(body);
        return;
      } catch {
        // Missing, or a folder asked for without its `/`: a 404 below.
      }
    }
    const notFound = await readFile(path.join(root, '404.html')).catch(() => 'not found');
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath = '') => `${origin}${prefix}${sitePath.replace(/^\/+/, '')}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
