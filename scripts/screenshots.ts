/**
 * `npm run screenshots [-- --out DIR] [--dist DIR] [--base /news/]`: screenshots of the built
 * site for review — the digest, a topic, an article and the search page, each on a phone and a
 * desktop, in the light and the dark colour scheme — into `screenshots/` (or DIR), as
 * `<page>-<device>-<scheme>.png`. Serves `dist/` (build it first: `npm run build`) on a local
 * port under its base and drives Debian's Chromium (`/usr/bin/chromium`; no browser download).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, hasChromium, launchChromium } from './lib/chromium.ts';
import { serveSite } from './lib/serve-site.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const devices = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
} as const;
const schemes = ['light', 'dark'] as const;

/** The first folder under `dir` (sorted), or undefined. */
function firstEntry(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()[0];
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
  if (!hasChromium) {
    console.error(`screenshots: ${chromiumPath} is missing (apt-get install chromium)`);
    process.exitCode = 2;
    return;
  }
  const topic = firstEntry(path.join(dist, 'topics'));
  const article = firstEntry(path.join(dist, 'articles'));
  const pages: Array<[string, string]> = [
    ['digest', ''],
    ...(topic && existsSync(path.join(dist, 'topics', topic, 'index.html')) ? [['topic', `topics/${topic}/`] as [string, string]] : []),
    ...(article ? [['article', `articles/${article}/`] as [string, string]] : []),
    ...(existsSync(path.join(dist, 'search', 'index.html')) ? [['search', 'search/?q=nato'] as [string, string]] : []),
  ];

  mkdirSync(out, { recursive: true });
  const server = await serveSite(dist, base);
  const browser = await launchChromium();
  try {
    for (const [device, options] of Object.entries(devices)) {
      for (const scheme of schemes) {
        const context = await browser.newContext({ ...options, colorScheme: scheme });
        const page = await context.newPage();
        for (const [name, sitePath] of pages) {
          await page.goto(server.url(sitePath), { waitUntil: 'networkidle' });
          const file = path.join(out, `${name}-${device}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: false });
          console.log(path.relative(repoRoot, file));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
