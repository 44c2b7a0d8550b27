/**
 * Browser-level check: every XSS vector of ../shared/bench/xss and every hand-made hostile page,
 * ingested and rendered by the site's pipeline, is loaded into a real Chromium with `alert`,
 * `confirm`, `prompt`, `print` and `document.write` recording into `window.__xss`. Nothing may
 * be recorded, no dialog may open, the page may not navigate, and every URL the browser resolved
 * in the rendered DOM must be http(s) or mailto. A control page of live payloads proves the
 * harness sees execution when it happens.
 *
 * Uses Debian's Chromium (/usr/bin/chromium), never a downloaded browser; skipped without it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { ingestAndRender, newsPage } from './pipeline.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const vectorsFile = path.join(path.resolve(here, '../..', '../shared'), 'bench/xss/vectors.json');
const fixturesDir = path.join(here, '../fixtures/xss');

/** Records every way a payload could show it ran. Our own harness script, not article content. */
const hook = `<script>
window.__xss = [];
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (...args) => { window.__xss.push(name + '(' + args.join(',') + ')'); };
}
document.write = document.writeln = (...args) => { window.__xss.push('document.write(' + args.join(',') + ')'); };
</script>`;

function testPage(sections: { id: string; html: string }[]): string {
  const body = sections.map((section) => `<section data-case="${section.id}">\n${section.html}\n</section>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${hook}</head><body>\n${body}\n</body></html>`;
}

interface Outcome {
  executed: string[];
  badUrls: string[];
  dialogs: string[];
  navigations: string[];
}

/** Load `html`, poke every element with the events handlers listen for, and report. */
async function load(page: Page, html: string): Promise<Outcome> {
  const dialogs: string[] = [];
  const navigations: string[] = [];
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  const onNavigation = (frame: { url(): string; parentFrame(): unknown }) => {
    if (!frame.parentFrame() && frame.url() !== 'about:blank') navigations.push(frame.url());
  };
  page.on('dialog', onDialog);
  page.on('framenavigated', onNavigation);
  try {
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    const result = await page.evaluate(async () => {
      const events = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'focus', 'focusin', 'blur', 'animationstart', 'transitionend', 'pointerover', 'toggle', 'scroll', 'wheel'];
      for (const element of Array.from(document.body.querySelectorAll('*'))) {
        for (const type of events) element.dispatchEvent(new Event(type, { bubbles: true }));
        (element as HTMLElement).focus?.();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const badUrls: string[] = [];
      for (const element of Array.from(document.body.querySelectorAll('[href], [src], [action], [formaction], [poster], [data], [cite]'))) {
        for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite']) {
          const raw = element.getAttribute(name);
          if (raw === null) continue;
          const protocol = new URL(raw, document.baseURI).protocol;
          if (!['http:', 'https:', 'mailto:'].includes(protocol)) badUrls.push(`${element.tagName} ${name}=${raw}`);
        }
      }
      return { executed: (window as unknown as { __xss: string[] }).__xss, badUrls };
    });
    return { ...result, dialogs, navigations };
  } finally {
    page.off('dialog', onDialog);
    page.off('framenavigated', onNavigation);
  }
}

describe.skipIf(!hasChromium)(
  hasChromium ? 'rendered hostile input in Chromium' : `browser test skipped: ${chromiumPath} is absent (apt-get install chromium)`,
  () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchChromium();
      page = await browser.newPage();
      // Nothing leaves the machine: images and everything else fail to load (which also fires
      // any `onerror` that survived).
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('sees payloads run when nothing is sanitized (control)', async () => {
      const outcome = await load(
        page,
        testPage([
          { id: 'img', html: '<img src="https://img.example/missing.png" onerror="alert(1)">' },
          { id: 'svg', html: '<svg onload="confirm(2)"></svg>' },
          { id: 'hover', html: '<p onmouseover="prompt(3)">hover</p>' },
          { id: 'link', html: '<a href="javascript:alert(4)">x</a>' },
        ]),
      );
      expect(outcome.executed.sort()).toEqual(['alert(1)', 'confirm(2)', 'prompt(3)']);
      expect(outcome.badUrls).toEqual(['A href=javascript:alert(4)']);
    });

    it('runs nothing from the XSS vectors and hostile pages after ingest and render', async () => {
      const sections: { id: string; html: string }[] = [];
      if (existsSync(vectorsFile)) {
        const { vectors } = JSON.parse(readFileSync(vectorsFile, 'utf8')) as { vectors: { id: string; payload: string }[] };
        for (const vector of vectors) sections.push({ id: vector.id, html: ingestAndRender(newsPage(vector.payload)).siteHtml });
      } else {
        console.log(`XSS vectors not loaded: ${vectorsFile} is absent; hostile pages only`);
      }
      for (const name of readdirSync(fixturesDir).filter((file) => file.endsWith('.html')).sort()) {
        sections.push({ id: name, html: ingestAndRender(readFileSync(path.join(fixturesDir, name), 'utf8')).siteHtml });
      }
      console.log(`loading ${sections.length} rendered cases into Chromium`);
      const outcome = await load(page, testPage(sections));
      if (outcome.executed.length > 0 || outcome.dialogs.length > 0 || outcome.navigations.length > 0) {
        // Find the culprits one by one for a useful failure message.
        const culprits: string[] = [];
        for (const section of sections) {
          const single = await load(page, testPage([section]));
          if (single.executed.length + single.dialogs.length + single.navigations.length > 0) culprits.push(section.id);
        }
        expect(culprits, JSON.stringify(outcome)).toEqual([]);
      }
      expect(outcome).toEqual({ executed: [], badUrls: [], dialogs: [], navigations: [] });
    });
  },
);
