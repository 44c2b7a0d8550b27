/**
 * `npm run screenshots [-- --out DIR] [--dist DIR] [--base /news/]`: screenshots of the built
 * site for review — the digest, a topic, an article and the search page, each on a phone and a
 * desktop, in the light and the dark colour scheme — into `screenshots/` (or DIR), as
 * `<page>-<device>-<scheme>.png`. Serves `dist/` (build it first: `npm run build`) on a local
 * port under its base and drives Debian's Chromium (`/usr/bin/chromium`; no browser download).
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const devices = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;
const schemes = ['light', 'dark'] as const;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Serve `dist` under `base` on a free local port, as a static host would. */
function serve(dist: string, base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    pathname = pathname.slice(base.length);
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) file = path.join(dist, '404.html');
    response.writeHead(file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    resolve({ server, origin: `http://127.0.0.1:${port}` });
  }));
}

/** The first directory entry under `dir` (sorted), or undefined. */
function firstEntry(dir: string): string | undefined {
  return existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')).sort()[0] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const dist = path.resolve(option('--dist', path.join(repoRoot, 'dist')));
  const out = path.resolve(option('--out', path.join(repoRoot, 'screenshots')));
  const base = `/${option('--base', process.env.KLIPING_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`screenshots: no site in ${path.relative(repoRoot, dist) || dist}: run \`npm run build\` first`);
    process.exitCode = 2;
    return;
  }
  if (!existsSync(executablePath)) {
    console.error(`screenshots: ${executablePath} is missing (apt-get install chromium)`);
    process.exitCode = 2;
    return;
  }
  const topic = firstEntry(path.join(dist, 'topics'))?.replace(/\.xml$/, '');
  const article = firstEntry(path.join(dist, 'articles'));
  const pages: Array<[string, string]> = [
    ['digest', ''],
    ...(topic && existsSync(path.join(dist, 'topics', topic, 'index.html')) ? [['topic', `topics/${topic}/`] as [string, string]] : []),
    ...(article ? [['article', `articles/${article}/`] as [string, string]] : []),
    ...(existsSync(path.join(dist, 'search', 'index.html')) ? [['search', 'search/?q=nato'] as [string, string]] : []),
  ];

  mkdirSync(out, { recursive: true });
  const { server, origin } = await serve(dist, base);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    for (const [device, options] of Object.entries(devices)) {
      for (const scheme of schemes) {
        const context = await browser.newContext({ ...options, colorScheme: scheme });
        const page = await context.newPage();
        for (const [name, sitePath] of pages) {
          await page.goto(`${origin}${base}${sitePath}`, { waitUntil: 'networkidle' });
          const file = path.join(out, `${name}-${device}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: false });
          console.log(path.relative(repoRoot, file));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
