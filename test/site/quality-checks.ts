/**
 * The checks of the quality gates (test/site/quality.test.ts) that need no browser: the Nu Html
 * Checker (vnu.jar, on the system's Java), links and page weight.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** The Nu Html Checker's jar, from the `vnu-jar` package (its Java download is never run). */
export const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** Whether a `java` that runs is on the PATH. */
export function hasJava(): boolean {
  const result = spawnSync('java', ['-version'], { stdio: 'ignore' });
  return result.status === 0;
}

/** One message of the Nu checker, with the page (path under dist) it is about. */
export interface NuMessage {
  type: string;
  subType?: string;
  page: string;
  message: string;
  extract?: string;
  line?: number;
}

/**
 * Run the Nu checker once over every HTML file under `dir`; its errors (and any file it could not
 * check), with the page named relative to `dir`.
 */
export async function nuErrors(dir: string): Promise<NuMessage[]> {
  const args = ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', dir];
  const { code, stderr, stdout } = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ code: status, stderr: err, stdout: out }));
  });
  // The JSON report goes to stderr; exit status 1 means "errors found".
  const json = stderr.slice(stderr.indexOf('{'));
  let report: { messages?: { type: string; subType?: string; url?: string; message: string; extract?: string; lastLine?: number }[] };
  try {
    report = JSON.parse(json);
  } catch {
    throw new Error(`the Nu checker failed (exit ${code}):\n${stderr.slice(0, 2000)}\n${stdout.slice(0, 2000)}`);
  }
  const root = path.resolve(dir);
  return (report.messages ?? []).map((entry) => {
    const file = entry.url?.startsWith('file:') ? decodeURIComponent(new URL(entry.url).pathname) : (entry.url ?? '?');
    return {
      type: entry.type,
      subType: entry.subType,
      page: path.relative(root, file).split(path.sep).join('/'),
      message: entry.message,
      extract: entry.extract,
      line: entry.lastLine,
    };
  });
}

/** Problems grouped by their message, most frequent first, each with the pages it is on. */
export function groupByMessage<T extends { message: string; page: string }>(items: readonly T[]): { message: string; count: number; pages: string[] }[] {
  const groups = new Map<string, { message: string; count: number; pages: string[] }>();
  for (const item of items) {
    let group = groups.get(item.message);
    if (!group) groups.set(item.message, (group = { message: item.message, count: 0, pages: [] }));
    group.count++;
    if (!group.pages.includes(item.page)) group.pages.push(item.page);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
}

/** A readable report of grouped problems: one block per message, with up to `shown` pages. */
export function formatGroups(title: string, groups: ReturnType<typeof groupByMessage>, shown = 8): string {
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  const pages = new Set(groups.flatMap((group) => group.pages)).size;
  const lines = [`${title}: ${total} on ${pages} page(s), ${groups.length} distinct message(s)`];
  for (const group of groups) {
    lines.push(`  ${group.count}× ${group.message}`);
    for (const page of group.pages.slice(0, shown)) lines.push(`      ${page}`);
    if (group.pages.length > shown) lines.push(`      … and ${group.pages.length - shown} more page(s)`);
  }
  return lines.join('\n');
}

/** The URL a built file is served at (`articles/x/index.html` → `<origin><base>articles/x/`). */
export function pageUrl(file: string, origin: string): URL {
  return new URL(file.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : '')), origin);
}

/** Every URL in one page's `href`, `src` and `srcset` attributes, and the ids it declares. */
export function pageReferences(html: string): { urls: { tag: string; attribute: string; value: string }[]; ids: Set<string> } {
  const urls: { tag: string; attribute: string; value: string }[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id) ids.add(attributes.id);
        for (const attribute of ['href', 'src']) {
          if (attribute in attributes) urls.push({ tag, attribute, value: attributes[attribute] });
        }
        if (attributes.srcset) {
          for (const candidate of attributes.srcset.split(',')) {
            const value = candidate.trim().split(/\s+/)[0];
            if (value) urls.push({ tag, attribute: 'srcset', value });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { urls, ids };
}

/** A link that leads nowhere, or out of the site's base. */
export interface BrokenLink {
  page: string;
  message: string;
}

/**
 * Check every `href`/`src`/`srcset` of every HTML file in `files` (paths under `dir`): each must
 * be an external http(s) or mailto URL, or a file of the build under `base` (a fragment must name
 * an id of its page).
 */
export function brokenLinks(dir: string, files: readonly string[], site: string, base: string): { broken: BrokenLink[]; checked: number } {
  const origin = new URL(base, site);
  const existing = new Set(files);
  const pages = new Map<string, ReturnType<typeof pageReferences>>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, pageReferences(readFileSync(path.join(dir, file), 'utf8')));
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const [file, { urls }] of pages) {
    const here = pageUrl(file, origin.href);
    for (const { tag, attribute, value } of urls) {
      checked++;
      const where = `<${tag} ${attribute}="${value}">`;
      if (value.trim() === '') {
        broken.push({ page: file, message: `empty ${attribute} on <${tag}>` });
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, here);
      } catch {
        broken.push({ page: file, message: `unparsable URL: ${where}` });
        continue;
      }
      if (url.protocol === 'mailto:') continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        broken.push({ page: file, message: `${url.protocol} URL: ${where}` });
        continue;
      }
      if (url.host !== origin.host) continue;
      if (!url.pathname.startsWith(origin.pathname)) {
        broken.push({ page: file, message: `outside the base ${origin.pathname}: ${where}` });
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(origin.pathname.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!existing.has(target)) {
        broken.push({ page: file, message: `no such file in dist: ${where}` });
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!pages.get(target)?.ids.has(id)) broken.push({ page: file, message: `no id "${id}" in ${target}: ${where}` });
      }
    }
  }
  return { broken, checked };
}

/** An article page's weight: its HTML and the stylesheets it links, in bytes. */
export interface PageWeight {
  page: string;
  html: number;
  css: number;
  /** The bytes of the article's own text (the `.article-body` element's HTML). */
  body: number;
  total: number;
}

/** The weight of `file` (under `dir`, served from `base`). */
export function pageWeight(dir: string, file: string, site: string, base: string): PageWeight {
  const html = readFileSync(path.join(dir, file), 'utf8');
  const origin = new URL(base, site);
  const here = pageUrl(file, origin.href);
  let css = 0;
  const stylesheets = new Set<string>();
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (tag === 'link' && /(?:^|\s)stylesheet(?:\s|$)/i.test(attributes.rel ?? '') && attributes.href) {
        const url = new URL(attributes.href, here);
        if (url.host === origin.host && url.pathname.startsWith(origin.pathname)) stylesheets.add(decodeURIComponent(url.pathname.slice(origin.pathname.length)));
      }
    },
  });
  parser.end(html);
  for (const sheet of stylesheets) css += statSync(path.join(dir, sheet)).size;
  const bytes = Buffer.byteLength(html);
  return { page: file, html: bytes, css, body: articleBodyBytes(html), total: bytes + css };
}

/** The bytes of the `<div class="article-body">` element's content (0 without one). */
function articleBodyBytes(html: string): number {
  const open = /<div[^>]*\bclass="[^"]*\barticle-body\b[^"]*"[^>]*>/.exec(html);
  if (!open) return 0;
  // Count nested divs to find its end.
  const start = open.index + open[0].length;
  const tags = /<(\/?)div\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return Buffer.byteLength(html.slice(start, match.index));
  }
  return 0;
}
