/**
 * Property test: whatever mix of dangerous fragments a saved page holds, the ingest → render
 * pipeline never yields script, event handlers, script URLs or forbidden elements, and the
 * Markdown in between never holds raw HTML.
 */
import fc from 'fast-check';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/parse.ts';
import { sanitizeArticle } from '../../src/ingest/sanitize.ts';
import { findDangers, ingestAndRender, newsPage, rawHtmlIn } from './pipeline.ts';

/** Pieces of markup, URLs, Markdown and quoting that attacks are built from. */
const fragments = [
  '<script>', '</script>', 'alert(1)', '<img src=x onerror=alert(1)>', '<img src="', '<a href="', '<a href=',
  '">', "'>", '</a>', 'javascript:', 'JaVaScRiPt:', 'java\tscript:', '&#106;avascript:', '&#x3a;', '&colon;', 'vbscript:',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:image/svg+xml,', '<svg onload=alert(1)>', '<svg>', '</svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<iframe src=javascript:alert(1)>', '<iframe srcdoc="',
  '<object data=', '<embed src=', '<style>', '</style>', '<noscript>', '</noscript>', '<template>', '</template>',
  '<textarea>', '</textarea>', '<title>', '</title>', '<xmp>', '</xmp>', '<!--', '-->', '<![CDATA[', ']]>', '<?xml ?>',
  '<p title="', '</p>', '<p>', '<div>', '</div>', '<table><tr><td>', '</td></tr></table>', '<ul><li>', '<figure><figcaption>',
  '<form action=javascript:alert(1)><button>', '<button formaction=javascript:alert(1)>', '<base href=javascript:/>',
  '<meta http-equiv=refresh content="0;url=javascript:alert(1)">', '<link rel=import href=x>', ' onmouseover=alert(1) ',
  ' onerror=alert(1)', ' style="background:url(javascript:alert(1))"', '&lt;script&gt;', '&lt;img src=x onerror=alert(1)&gt;',
  '[x](javascript:alert(1))', '![x](javascript:alert(1))', '<javascript:alert(1)>', '<https://example.com>',
  '[a]: javascript:alert(1)', '`', '```', '\\', '"', "'", '<', '>', '&', '*', '_', '#', '|', '\n', '\n\n', '\t', '\u0000', '\u2028',
  'www.example.com', 'https://example.com/a b', '//evil.example', '<br>', '<hr>', '<pre><code>', '</code></pre>',
];

const body = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

const toHtml = (tree: ReturnType<typeof sanitizeArticle>) => unified().use(rehypeStringify).stringify(tree);

describe('random dangerous markup', () => {
  it('is dangerous when nothing is sanitized (so the properties below can fail)', () => {
    const live = fc.sample(body, 100).filter((html) => findDangers(toHtml(parseHtml(html))).length > 0);
    expect(live.length).toBeGreaterThan(10);
  });

  it('never survives ingest and render', () => {
    fc.assert(
      fc.property(body, (html) => {
        const { markdown, html: rendered, siteHtml } = ingestAndRender(newsPage(html));
        expect(findDangers(rendered)).toEqual([]);
        expect(findDangers(siteHtml)).toEqual([]);
        expect(rawHtmlIn(markdown)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never survives sanitizeArticle alone, serialized straight to HTML', () => {
    fc.assert(
      fc.property(body, (html) => {
        expect(findDangers(toHtml(sanitizeArticle(parseHtml(html))))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
