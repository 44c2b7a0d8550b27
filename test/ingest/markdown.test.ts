import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/parse.ts';
import { sanitizeArticle } from '../../src/ingest/sanitize.ts';
import { toMarkdown, toPlainText } from '../../src/ingest/markdown.ts';

/** The ingest path: parse → sanitize → Markdown. */
function md(html: string, baseUrl?: string): string {
  return toMarkdown(sanitizeArticle(parseHtml(html)), baseUrl === undefined ? {} : { baseUrl });
}

function text(html: string): string {
  return toPlainText(sanitizeArticle(parseHtml(html)));
}

const base = 'https://news.example.com/world/2024/05/02/bridge.html';

describe('toMarkdown', () => {
  it('writes a second # in a link’s fragment as %23 (HTML allows one)', () => {
    expect(md('<p><a href="https://x.example/a#:~:text=it&#x27;s#more">x</a></p>')).toBe('[x](https://x.example/a#:~:text=it\'s%23more)\n');
  });

  it('writes headings ATX, emphasis with *, strong with **, bullets with -', () => {
    expect(md('<h2>Reaction</h2><p>It was <em>very</em> <strong>loud</strong>, wo<i>rd</i>.</p><ul><li>one</li><li>two</li></ul>')).toBe(
      '## Reaction\n\nIt was *very* **loud**, wo*rd*.\n\n- one\n- two\n',
    );
  });

  it('writes emphasis cleanly: edge spaces moved out, neighbours merged, empty runs dropped', () => {
    expect(md('<p>A<em> spaced </em>word, <i>one</i><i>two</i>, <b> </b>end.</p>')).toBe('A *spaced* word, *onetwo*, end.\n');
  });

  it('keeps a heading on one line when it holds line breaks', () => {
    expect(md('<h2>Bridge<br>vote <em>today<br>at noon</em></h2>')).toBe('## Bridge vote *today at noon*\n');
  });

  it('drops bold that covers a whole heading', () => {
    expect(md('<h3> <strong>Pre-workout meal</strong> </h3><h3><b>Part</b> two</h3>')).toBe('## Pre-workout meal\n\n## **Part** two\n');
  });

  it('keeps nested and numbered lists', () => {
    expect(md('<ol start="3"><li>three<ul><li>inner</li></ul></li><li>four</li></ol>')).toBe('3. three\n   - inner\n4. four\n');
  });

  it('resolves relative links and images against the base URL and keeps absolute ones', () => {
    expect(
      md('<p><a href="/politics/">Politics</a> <a href="other.html#top">other</a> <a href="https://elsewhere.example/x">x</a> <a href="mailto:desk@news.example.com">mail</a></p><p><img src="../img/a.jpg" alt="A"></p>', base),
    ).toBe(
      '[Politics](https://news.example.com/politics/) [other](https://news.example.com/world/2024/05/02/other.html#top) [x](https://elsewhere.example/x) [mail](mailto:desk@news.example.com)\n\n![A](https://news.example.com/world/2024/05/img/a.jpg)\n',
    );
  });

  it('resolves against the given base URL only, never a <base> element in the tree', () => {
    expect(toMarkdown(parseHtml('<base href="https://evil.example/"><p><a href="/x">x</a></p>'), { baseUrl: base })).toBe(
      '[x](https://news.example.com/x)\n',
    );
  });

  it('keeps images the ingest carried (the media folder) as site paths, whatever the base URL', () => {
    expect(md('<p><img src="/article-media/kyiv/3f2a.jpg" alt="Map"> <a href="/article-media-old/x">x</a></p>', base)).toBe(
      '![Map](/article-media/kyiv/3f2a.jpg) [x](https://news.example.com/article-media-old/x)\n',
    );
  });

  it('keeps only the text of a link it cannot resolve, and drops such images, without a usable base URL', () => {
    expect(md('<p><a href="/a">a</a> and <a href="page.html"><em>b</em></a></p>')).toBe('a and *b*\n');
    expect(md('<p><a href="/a">a</a></p>', 'javascript:alert(1)')).toBe('a\n');
    expect(md('<p><a href="/a">a</a></p>', 'not a url')).toBe('a\n');
    // Relative images would be read as build assets by Astro and fail the whole site.
    expect(md('<p>Logo <img src="img/logo.jpg" alt="Logo"> here</p><p><img src="../a.png" alt="A"></p>')).toBe('Logo  here\n');
    expect(md('<p><a href="img/big.jpg"><img src="img/small.jpg" alt="thumbnail"></a> Caption</p>')).toBe('Caption\n');
    // Absolute, protocol-relative and kept-media URLs need no base.
    expect(md('<p><a href="https://x.example/">x</a> <img src="//cdn.example.org/p.jpg" alt="p"> <img src="/article-media/s/1.png" alt="m"></p>')).toBe(
      '[x](https://x.example/) ![p](https://cdn.example.org/p.jpg) ![m](/article-media/s/1.png)\n',
    );
  });

  it('drops in-page anchors, which lead nowhere once ids are gone', () => {
    expect(md('<p>See <a href="#note-1">note 1</a>.</p>', base)).toBe('See note 1.\n');
  });

  it('writes a figure as its image followed by the caption in emphasis', () => {
    expect(md('<figure><img src="https://cdn.example.com/b.jpg" alt="The bridge"><figcaption>The old bridge. <span>Photo: Reuters</span></figcaption></figure><p>Next.</p>')).toBe(
      '![The bridge](https://cdn.example.com/b.jpg)\n\n*The old bridge. Photo: Reuters*\n\nNext.\n',
    );
  });

  it('emphasizes every paragraph of a caption that holds blocks', () => {
    expect(md('<figure><img src="https://cdn.example.com/c.jpg" alt=""><figcaption><p>Line one</p><p>Credit: AFP</p></figcaption></figure>')).toBe(
      '![](https://cdn.example.com/c.jpg)\n\n*Line one*\n\n*Credit: AFP*\n',
    );
  });

  it('writes GFM tables, using the first row as header when there is no thead', () => {
    expect(md('<table><thead><tr><th>Party</th><th align="right">Seats</th></tr></thead><tbody><tr><td>A</td><td>12</td></tr></tbody></table>')).toBe(
      '| Party | Seats |\n| ----- | ----: |\n| A     |    12 |\n',
    );
    expect(md('<table><tr><td>Year</td><td>Cost</td></tr><tr><td>2024</td><td>1 | 2</td></tr></table>')).toBe(
      '| Year | Cost   |\n| ---- | ------ |\n| 2024 | 1 \\| 2 |\n',
    );
  });

  it('unwraps single-column layout tables into paragraphs and keeps cell blocks apart', () => {
    expect(md('<table><tr><td><p>First.</p><p>Second.</p></td></tr></table>')).toBe('First.\n\nSecond.\n');
    expect(md('<table><tr><td>a</td><td><p>b1</p><p>b2</p></td></tr><tr><td>c</td><td>d</td></tr></table>')).toBe(
      '| a | b1 b2 |\n| - | ----- |\n| c | d     |\n',
    );
  });

  it('keeps blockquotes and code blocks', () => {
    expect(md('<blockquote><p>We will build it.</p><p>— Mayor</p></blockquote><pre><code>let x = 1;\nx &lt; 2</code></pre>')).toBe(
      '> We will build it.\n>\n> — Mayor\n\n```\nlet x = 1;\nx < 2\n```\n',
    );
  });

  it('turns double line breaks into paragraphs and keeps single ones', () => {
    expect(md('<div>First line<br>same paragraph<br><br>  <br>Second paragraph<br></div>')).toBe('First line\\\nsame paragraph\n\nSecond paragraph\n');
  });

  it('escapes text that looks like Markdown or HTML so it stays text', () => {
    const out = md('<p>&lt;script&gt;alert(1)&lt;/script&gt; *not em* [not](link)</p><p>1. not a list</p><p># not a heading</p>');
    expect(out).toBe('\\<script>alert(1)\\</script> \\*not em\\* \\[not]\\(link)\n\n1\\. not a list\n\n\\# not a heading\n');
  });

  it('keeps inline code on one line, so markup in it stays code', () => {
    // An unclosed <code> spans the paragraphs after it: a blank line inside the code span would
    // end it there and leave `<img … onerror>` as raw HTML in the Markdown (found by
    // test/security/xss-property.test.ts).
    const open = '<p>The council voted.</p><code>&lt;img src=x onerror=alert(1)&gt;<p>Work starts in spring.</p>';
    expect(md(open)).toBe('The council voted.\n\n`<img src=x onerror=alert(1)> Work starts in spring.`\n');
    const linked = '<p>The council voted.</p><a href="/x"><code>&lt;img src=x onerror=alert(1)&gt;<p>Work starts in spring.</p>';
    expect(md(linked, base)).toBe('The council voted.\n\n[`<img src=x onerror=alert(1)> Work starts in spring.`](https://news.example.com/x)\n');
  });

  it('never outputs raw HTML, even for a tree that was not sanitized', () => {
    const tree = parseHtml('<p>a<!-- comment --><span>b</span></p>');
    expect(toMarkdown(tree)).toBe('ab\n');
  });

  it('is deterministic and returns an empty string for an empty article', () => {
    const html = '<h2>x</h2><p>y <a href="/z">z</a></p>';
    expect(md(html, base)).toBe(md(html, base));
    expect(md('<div> </div>')).toBe('');
  });
});

describe('toPlainText', () => {
  it('separates blocks with blank lines and collapses whitespace inside them', () => {
    expect(text('<h2>Title  here</h2><p>First\n   paragraph  with <a href="https://x.example">a link</a>.</p><ul><li>one</li><li>two</li></ul><blockquote><p>Quote</p></blockquote>')).toBe(
      'Title here\n\nFirst paragraph with a link.\n\none\n\ntwo\n\nQuote',
    );
  });

  it('leaves out URLs, image alt text and Markdown syntax', () => {
    expect(text('<p><em>Em</em> and <strong>strong</strong> <img src="https://x.example/a.jpg" alt="ALT TEXT"> <code>a_b</code></p>')).toBe('Em and strong a_b');
  });

  it('puts table cells apart and rows on their own', () => {
    expect(text('<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>$1m</td></tr></table>')).toBe('Year Cost\n\n2024 $1m');
  });

  it('decodes entities and treats one br as a line break, two as a paragraph break', () => {
    expect(text('<p>Fish &amp; chips&nbsp;today<br>next line<br><br>new paragraph</p>')).toBe('Fish & chips today\nnext line\n\nnew paragraph');
  });

  it('keeps the lines of preformatted text', () => {
    expect(text('<pre>line 1\nline 2</pre>')).toBe('line 1\nline 2');
  });

  it('leaves out figure captions, which toMarkdown keeps', () => {
    const html = '<p>Delegates met in Geneva.</p><figure><img src="https://x.example/a.jpg" alt="Talks"><figcaption>Sergei Ryabkov in Geneva. Photo: Reuters</figcaption></figure><p>Talks went on.</p>';
    expect(text(html)).toBe('Delegates met in Geneva.\n\nTalks went on.');
    expect(md(html)).toContain('*Sergei Ryabkov in Geneva. Photo: Reuters*');
  });
});
