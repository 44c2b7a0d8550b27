/**
 * Quality gates on a real-sized site: the sample content plus every page of
 * ../shared/bench/extraction and ../shared/bench/multilingual, ingested by the project's own
 * ingest and built once under the base /digest/ (test/site/quality-build.ts). Then:
 *
 * - the Nu Html Checker (vnu.jar from the `vnu-jar` package, run once over every built page on
 *   the system's Java): no errors on any page;
 * - axe-core in Debian's Chromium (never a downloaded browser): no violations on the digest, a
 *   topic page, three article pages, a story's page and the sources, archive, search and stories
 *   pages when the site has them, in the light and the dark colour scheme;
 * - links: every `href`/`src`/`srcset` on every page is an external http(s) (or mailto) URL or a
 *   file of the build, inside the base;
 * - page weight: an article page's HTML and the CSS it links weigh at most 30 KB, beside the
 *   article's own text (which is the publisher's length, not the site's).
 *
 * Failures are printed grouped by message, with the pages they are on. Skipped as a whole when
 * ../shared is absent; the Nu checker needs `java`, axe needs /usr/bin/chromium (.ci/run installs
 * both).
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { benchFolders, buildQualitySite, filesUnder, type QualitySite } from './quality-build.ts';
import { brokenLinks, formatGroups, groupByMessage, hasJava, nuErrors, pageWeight, type PageWeight } from './quality-checks.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const benchRoot = path.resolve(repoRoot, '../shared/bench');
const hasShared = benchFolders.every((folder) => existsSync(path.join(benchRoot, folder, 'html')));
const javaRuns = hasJava();

const site = 'https://kliping.example';
const base = '/digest/';

/** An article page's HTML (beside the article's text) and CSS together may weigh this much. */
const MAX_PAGE_BYTES = 30 * 1024;

/** Pages other engineers are adding; checked by axe when the build has them. */
const optionalPages = ['sources/index.html', 'archive/index.html', 'search/index.html', 'stories/index.html'];

const started = performance.now();
const timings: Record<string, number> = {};

async function timed<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    timings[name] = (performance.now() - start) / 1000;
  }
}

describe.skipIf(!hasShared)(
  hasShared ? 'quality gates on the sample and bench pages under /digest/' : `quality gates skipped: ${benchRoot}/{${benchFolders.join(',')}} is absent`,
  () => {
    let built: QualitySite;
    let files: string[];

    beforeAll(async () => {
      built = await buildQualitySite(benchRoot, site, base);
      files = await filesUnder(built.outDir);
      Object.assign(timings, { 'copy inputs': built.seconds.prepare, ingest: built.seconds.ingest, 'astro build': built.seconds.build });
      const { report } = built;
      console.log(
        `quality site: ${built.inputs} inputs → ${report.articles.length} articles, ${report.copies.length} copies, ` +
          `${report.failed.length} failed; ${files.filter((file) => file.endsWith('.html')).length} HTML files in ${built.outDir}` +
          report.failed.map((failure) => `\n  not an article: ${failure.file}: ${failure.reason}`).join(''),
      );
      // A bench page the ingest cannot read is reported and left out; most must make articles.
      expect(report.articles.length).toBeGreaterThan(built.inputs * 0.9);
    }, 1_200_000);

    afterAll(async () => {
      timings.total = (performance.now() - started) / 1000;
      console.log(`quality gates took ${Object.entries(timings).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`);
      if (process.env.KLIPING_KEEP_QUALITY_BUILD) console.log(`quality build kept in ${built?.work} (KLIPING_KEEP_QUALITY_BUILD)`);
      else if (built?.work) await rm(built.work, { recursive: true, force: true });
    });

    it.skipIf(!javaRuns)(javaRuns ? 'Nu Html Checker: no errors on any page' : 'Nu Html Checker skipped: no java (apt-get install default-jre-headless)', async () => {
      const errors = await timed('Nu checker', () => nuErrors(built.outDir));
      const report = formatGroups('Nu Html Checker errors', groupByMessage(errors));
      console.log(report);
      expect(errors.length, report).toBe(0);
    }, 600_000);

    describe.skipIf(!hasChromium)(hasChromium ? 'axe-core in Chromium' : `axe skipped: ${chromiumPath} is absent (apt-get install chromium)`, () => {
      let browser: Browser;
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

      beforeAll(async () => {
        browser = await launchChromium();
      });

      afterAll(async () => {
        await browser?.close();
      });

      /** The pages axe checks: the digest, a topic, three articles and the optional pages there are. */
      function axePages(): string[] {
        const articles = files.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
        const body = (file: string) => readFileSync(path.join(built.outDir, file), 'utf8');
        const sample = articles.find((file) => file.startsWith('articles/suara-')) ?? articles[0];
        // A bench article with headings, a list and links; one of another language with a table or figure.
        const rich = articles.find((file) => file.startsWith('articles/extraction-') && /<h2[\s>]/.test(body(file)) && /<ul[\s>]/.test(body(file)) && /<a [^>]*href="https?:/.test(body(file)));
        const multilingual =
          articles.find((file) => file.startsWith('articles/multilingual-') && /<(?:table|figure)[\s>]/.test(body(file)) && !/<article[^>]*lang="en/.test(body(file))) ??
          articles.find((file) => file.startsWith('articles/multilingual-'));
        const topic = files.find((file) => /^topics\/[^/]+\/index\.html$/.test(file));
        const story = files.find((file) => /^stories\/[^/]+\/index\.html$/.test(file));
        const pages = ['index.html', topic, sample, rich, multilingual, story].filter((file): file is string => file !== undefined);
        for (const page of optionalPages) {
          if (files.includes(page)) pages.push(page);
          else console.log(`axe: ${page} is not in this build (not yet part of the site): skipped`);
        }
        return [...new Set(pages)];
      }

      for (const colorScheme of ['light', 'dark'] as const) {
        it(`has no violations in the ${colorScheme} colour scheme`, async () => {
          const pages = axePages();
          const context: BrowserContext = await browser.newContext({ colorScheme });
          // Served from the build, at the site's own address; nothing else is fetched.
          const origin = new URL(base, site);
          await context.route('**/*', async (route) => {
            const url = new URL(route.request().url());
            if (url.host !== origin.host || !url.pathname.startsWith(origin.pathname)) return route.abort();
            let file = decodeURIComponent(url.pathname.slice(origin.pathname.length));
            if (file === '' || file.endsWith('/')) file += 'index.html';
            const full = path.join(built.outDir, file);
            if (!full.startsWith(built.outDir + path.sep) || !existsSync(full)) return route.fulfill({ status: 404, body: 'not found' });
            return route.fulfill({ path: full });
          });
          const violations: { page: string; message: string }[] = [];
          try {
            await timed(`axe (${colorScheme})`, async () => {
              for (const file of pages) {
                const page = await context.newPage();
                const start = performance.now();
                try {
                  await page.goto(new URL(file.replace(/index\.html$/, ''), origin).href, { waitUntil: 'load' });
                  await page.evaluate(axeSource);
                  const found = await page.evaluate(async () => {
                    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
                    const result = await axe.run(document, { resultTypes: ['violations'] });
                    return result.violations.map((violation) => ({
                      id: violation.id,
                      impact: violation.impact,
                      help: violation.help,
                      targets: violation.nodes.map((node) => node.target.join(' ')),
                    }));
                  });
                  for (const violation of found) {
                    const targets = violation.targets.slice(0, 3).join(', ') + (violation.targets.length > 3 ? ', …' : '');
                    violations.push({ page: `${file} (${violation.targets.length}: ${targets})`, message: `${violation.impact} ${violation.id}: ${violation.help}` });
                  }
                } finally {
                  await page.close();
                  timings[`axe ${colorScheme} ${file}`] = (performance.now() - start) / 1000;
                }
              }
            });
          } finally {
            await context.close();
          }
          const report = formatGroups(`axe violations (${colorScheme}) on ${pages.join(', ')}`, groupByMessage(violations), 20);
          console.log(report);
          expect(violations.length, report).toBe(0);
        });
      }
    });

    it('links: every href and src is external or a file of the build, inside the base', async () => {
      const { broken, checked } = await timed('links', () => brokenLinks(built.outDir, files, site, base));
      const report = formatGroups(`broken links (of ${checked} checked)`, groupByMessage(broken));
      console.log(report);
      expect(broken.length, report).toBe(0);
    });

    it(`page weight: an article page's HTML and CSS, beside its text, weigh at most ${MAX_PAGE_BYTES / 1024} KB`, async () => {
      const all: PageWeight[] = await timed('page weight', () =>
        files.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file)).map((file) => pageWeight(built.outDir, file, site, base)),
      );
      // The pages left at the addresses of copies ("This article has moved") have no article.
      const weights = all.filter((weight) => weight.body > 0);
      expect(weights.length, 'every article has a page with an .article-body').toBeGreaterThanOrEqual(built.report.articles.length);
      const heavy = weights.filter((weight) => weight.total - weight.body > MAX_PAGE_BYTES);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      const byOwn = [...weights].sort((a, b) => b.total - b.body - (a.total - a.body));
      const byTotal = [...weights].sort((a, b) => b.total - a.total);
      const totals = weights.map((weight) => weight.total).sort((a, b) => a - b);
      const report = [
        `article pages: ${weights.length} (and ${all.length - weights.length} pages of copies that moved); HTML + CSS: median ${kb(totals[Math.floor(totals.length / 2)] ?? 0)}, ` +
          `${totals.filter((total) => total > MAX_PAGE_BYTES).length} over ${kb(MAX_PAGE_BYTES)} with the article's text`,
        `heaviest without the text: ${byOwn.slice(0, 3).map((w) => `${w.page} ${kb(w.total - w.body)} (HTML ${kb(w.html - w.body)} + CSS ${kb(w.css)})`).join('; ')}`,
        `heaviest with the text: ${byTotal.slice(0, 3).map((w) => `${w.page} ${kb(w.total)} (text ${kb(w.body)})`).join('; ')}`,
        ...heavy.map((w) => `  over: ${w.page} ${kb(w.total - w.body)} without its text (HTML ${kb(w.html)}, text ${kb(w.body)}, CSS ${kb(w.css)})`),
      ].join('\n');
      console.log(report);
      expect(heavy.length, report).toBe(0);
    });
  },
);
