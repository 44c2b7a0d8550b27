/**
 * `npm run bench:lighthouse [-- --dist DIR] [--base /path/] [--json OUT.json]`: Lighthouse
 * (performance, accessibility, best practices, SEO) on a built site, a benchmark to read, not a
 * gate (the gates are test/site/quality.test.ts).
 *
 * Serves the built folder (default dist/, from `npm run build`) on 127.0.0.1 under its base (read
 * from the built digest's stylesheet link unless `--base` is given) and runs Lighthouse's default
 * mobile profile in Debian's Chromium (/usr/bin/chromium, or CHROME_PATH; never a downloaded
 * browser) on the digest, the topics page, one topic, and the median-sized and the largest article
 * page. Nothing leaves the machine: every https:// request (the articles' remote images) is
 * blocked, so image-heavy pages score as if their images were instant.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { serveSite } from './lib/serve-site.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(repoRoot, 'dist') },
    base: { type: 'string' },
    json: { type: 'string' },
  },
});
const dist = path.resolve(values.dist!);
const chromePath = process.env.CHROME_PATH || chromiumPath;
if (!existsSync(chromePath)) {
  console.error(`bench:lighthouse: no Chromium at ${chromePath} (apt-get install chromium, or set CHROME_PATH); no browser is downloaded`);
  process.exit(2);
}
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`bench:lighthouse: ${dist} has no index.html: run \`npm run build\` first (or give --dist)`);
  process.exit(2);
}

/** The base the site was built for: what precedes `_astro/` in the digest's stylesheet link. */
function detectBase(): string {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  return /<link[^>]+href="([^"]*?)_astro\//.exec(html)?.[1] || '/';
}
const base = (values.base ?? detectBase()).replace(/\/?$/, '/');

const server = await serveSite(dist, base);

/** The pages to measure, as paths under the base. */
function pagesToMeasure(): { name: string; path: string }[] {
  const pages = [{ name: 'digest', path: '' }];
  if (existsSync(path.join(dist, 'topics/index.html'))) pages.push({ name: 'topics', path: 'topics/' });
  const topics = existsSync(path.join(dist, 'topics')) ? readdirSync(path.join(dist, 'topics')).filter((name) => existsSync(path.join(dist, 'topics', name, 'index.html'))).sort() : [];
  if (topics[0]) pages.push({ name: `topic ${topics[0]}`, path: `topics/${topics[0]}/` });
  const articles = existsSync(path.join(dist, 'articles'))
    ? readdirSync(path.join(dist, 'articles'))
        .map((slug) => ({ slug, file: path.join(dist, 'articles', slug, 'index.html') }))
        .filter(({ file }) => existsSync(file) && readFileSync(file, 'utf8').includes('article-body'))
        .map(({ slug, file }) => ({ slug, size: statSync(file).size }))
        .sort((a, b) => a.size - b.size || a.slug.localeCompare(b.slug))
    : [];
  const median = articles[Math.floor(articles.length / 2)];
  const largest = articles[articles.length - 1];
  if (median) pages.push({ name: `article ${median.slug} (median size)`, path: `articles/${median.slug}/` });
  if (largest && largest !== median) pages.push({ name: `article ${largest.slug} (largest)`, path: `articles/${largest.slug}/` });
  return pages;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [...chromiumArgs],
});
const results: Record<string, unknown>[] = [];
try {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on ${dist} (base ${base}), ${chromePath}, mobile profile, remote https:// blocked\n`);
  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'bytes KB'];
  console.log(header.join('\t'));
  for (const page of pagesToMeasure()) {
    const url = server.url(page.path);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
      blockedUrlPatterns: ['https://*'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) console.error(`${page.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const scores: Record<string, number> = Object.fromEntries(categories.map((id) => [id, score(id)]));
    const row = {
      page: page.name,
      url: `${base}${page.path}`,
      ...scores,
      fcp: Math.round(metric('first-contentful-paint')),
      lcp: Math.round(metric('largest-contentful-paint')),
      tbt: Math.round(metric('total-blocking-time')),
      cls: Number(metric('cumulative-layout-shift').toFixed(3)),
      bytes: Math.round(metric('total-byte-weight') / 1024),
      failing: Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id),
    };
    results.push(row);
    console.log([row.page, ...categories.map((id) => scores[id]), row.fcp, row.lcp, row.tbt, row.cls, row.bytes].join('\t'));
    if (row.failing.length > 0) console.log(`\tfailing audits: ${row.failing.join(', ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ base, chromePath, results }, null, 2) + '\n');
  console.log(`\nwrote ${values.json}`);
}
