/**
 * Test helpers for the security suite: the full ingest → render pipeline, and a structural
 * inspector that lists everything in rendered HTML that could run script.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { toMarkdown } from '../../src/ingest/markdown.ts';
import { parseHtml } from '../../src/ingest/parse.ts';
import { sanitizeSchema } from '../../src/article/sanitize-schema.ts';
import { sanitizeArticle } from '../../src/ingest/sanitize.ts';
import { articleBodyHtml, parseArticleBody } from '../../src/lib/render.ts';

const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/** Render generated Markdown the way the site does: GFM → HTML → sanitize again → string. */
export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown));
}

/**
 * A saved page through ingest (parse → sanitize → Markdown) and render; returns the Markdown,
 * the HTML of the reference chain above, and the HTML of the site's own renderer (src/lib/render.ts)
 * (which adds rel/loading attributes and resolves site paths after sanitizing).
 */
export function ingestAndRender(
  html: string,
  baseUrl = 'https://news.example.com/2024/05/story.html',
): { markdown: string; html: string; siteHtml: string } {
  const markdown = toMarkdown(sanitizeArticle(parseHtml(html)), { baseUrl });
  return { markdown, html: renderMarkdown(markdown), siteHtml: articleBodyHtml(parseArticleBody(markdown), { base: '/news/', site: 'https://digest.example.org' }) };
}

/** Raw HTML that remark would pass through from Markdown (should never be any in ours). */
export function rawHtmlIn(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const found: string[] = [];
  visit(tree, 'html', (node: { value: string }) => {
    found.push(node.value);
  });
  return found;
}

/** Every link and image of rendered HTML as `text -> url` (images: `alt -> src`), in order. */
export function linksIn(html: string): string[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a') links.push(`${toText(node)} -> ${String(node.properties.href)}`);
    if (node.tagName === 'img') links.push(`${String(node.properties.alt ?? '')} -> ${String(node.properties.src)}`);
  });
  return links;
}

/** Wrap an article body in a realistic saved news page. */
export function newsPage(body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves new bridge | Example News</title>
<meta property="og:title" content="Council approves new bridge"><link rel="stylesheet" href="/site.css">
<script>window.dataLayer = [];</script></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
<main><article class="story"><h1>Council approves new bridge</h1>
<p class="byline">By <a href="/authors/jane">Jane Doe</a> · <time datetime="2024-05-02T09:00:00Z">2 May 2024</time></p>
<p>The city council voted on Tuesday to fund a new pedestrian bridge over the river.</p>
${body}
<p>Construction is expected to start next spring, <a href="https://news.example.com/bridge-plans">according to the plans</a>.</p>
</article></main><footer>© Example News</footer></body></html>`;
}

/** Elements that must never appear in rendered article HTML. */
const forbiddenElements = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea',
  'select', 'svg', 'math', 'style', 'meta', 'base', 'link', 'template', 'noscript', 'portal', 'video', 'audio',
]);

/** Attributes holding URLs that a browser may load or navigate to. */
const urlAttributes = [
  'href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'srcSet', 'data', 'cite',
  'longDesc', 'dynsrc', 'lowsrc', 'ping', 'manifest', 'codeBase', 'archive', 'profile', 'useMap', 'icon',
];

/** Schemes that execute or embed content when loaded. */
const scriptSchemes = /^(?:javascript|vbscript|livescript|mocha|data):/i;

/**
 * Everything in `html` that could run script, found by parsing it as a browser would
 * (rehype-parse, spec-exact) and as our own fast parser does (htmlparser2, which the ingest
 * side uses), and inspecting both trees: a difference between parsers is where mutation XSS
 * lives. An empty list means clean.
 */
export function findDangers(html: string): string[] {
  const dangers = new Set<string>();
  inspectTree(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, dangers);
  inspectTree(parseHtml(html), dangers);
  // Belt and braces: a textual check on the serialized HTML.
  if (/<script/i.test(html)) dangers.add('"<script" in the HTML text');
  return [...dangers];
}

function inspectTree(tree: Root, dangers: Set<string>): void {
  visit(tree, 'element', (node: Element) => {
    if (forbiddenElements.has(node.tagName.toLowerCase())) dangers.add(`element <${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) dangers.add(`event handler ${name} on <${node.tagName}>`);
      if (/^(style|srcDoc|formAction|xmlns.*|is)$/i.test(name)) dangers.add(`attribute ${name} on <${node.tagName}>`);
      if (urlAttributes.includes(name)) {
        const values = Array.isArray(value) ? value.map(String) : [String(value)];
        for (const url of values) {
          // Browsers strip C0 controls and spaces around, and tabs/newlines inside, URLs.
          const normalized = url.replace(/[\u0000-\u0020]/g, '');
          if (scriptSchemes.test(normalized)) dangers.add(`${name}="${url}" on <${node.tagName}>`);
        }
      }
    }
  });
}
