/**
 * The outline of generated Markdown (src/ingest/outline.ts, applied by `toMarkdown`): body
 * headings start at `##` and never skip a level, and no link is left with nothing to read.
 */
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/ingest/markdown.ts';
import { parseHtml } from '../../src/ingest/parse.ts';
import { sanitizeArticle } from '../../src/ingest/sanitize.ts';

const base = 'https://news.example.com/world/2024/05/02/bridge.html';

/** The ingest path: parse → sanitize → Markdown. */
function md(html: string): string {
  return toMarkdown(sanitizeArticle(parseHtml(html)), { baseUrl: base });
}

/** The heading levels of generated Markdown, in order. */
function levels(markdown: string): number[] {
  return [...markdown.matchAll(/^(#{1,6}) /gm)].map((match) => match[1].length);
}

describe('heading levels', () => {
  it('starts the body at ## when the publisher starts at h3, h4 or h5', () => {
    for (const tag of ['h3', 'h4', 'h5']) {
      expect(md(`<p>Lead.</p><${tag}>Reaction</${tag}><p>Text.</p>`)).toBe('Lead.\n\n## Reaction\n\nText.\n');
    }
  });

  it('makes a heading repeated as h1 in the body a ##', () => {
    expect(md('<h1>Bridge opens</h1><p>Text.</p><h2>Traffic</h2><p>More.</p>')).toBe('## Bridge opens\n\nText.\n\n### Traffic\n\nMore.\n');
  });

  it('keeps the relative order and closes the gaps: each level at most one below its parent', () => {
    const html = ['h3', 'h5', 'h5', 'h6', 'h4', 'h3', 'h6', 'h2', 'h4'].map((tag, n) => `<${tag}>T${n}</${tag}><p>p${n}</p>`).join('');
    expect(levels(md(html))).toEqual([2, 3, 3, 4, 3, 2, 3, 2, 3]);
  });

  it('leaves a body that already starts at ## without gaps as it is', () => {
    const html = '<h2>A</h2><p>a</p><h3>B</h3><p>b</p><h2>C</h2><p>c</p>';
    expect(levels(md(html))).toEqual([2, 3, 2]);
  });

  it('never goes deeper than ######', () => {
    const html = '<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>';
    expect(levels(md(html))).toEqual([2, 3, 4, 5, 6, 6]);
  });

  it('renumbers headings inside quotes and lists in document order with the others', () => {
    const markdown = md('<h4>Out</h4><blockquote><h5>Quoted</h5><p>q</p></blockquote><ul><li><h6>Listed</h6><p>l</p></li></ul>');
    expect(levels(markdown.replace(/^(?:> |\s*- )/gm, ''))).toEqual([2, 3, 4]);
  });

  it('drops a heading with nothing to read in it', () => {
    expect(md('<h3> </h3><h3><a href="/x"></a></h3><p>Text.</p><h4>Next</h4>')).toBe('Text.\n\n## Next\n');
  });

  it('keeps a heading that is only a described image', () => {
    expect(md('<h3><img src="/a.png" alt="Logo"></h3><p>Text.</p>')).toBe('## ![Logo](https://news.example.com/a.png)\n\nText.\n');
  });
});

describe('empty links', () => {
  it('drops a link with no text, keeping the words around it apart', () => {
    expect(md('<p>Before<a href="/x"></a> after and<a href="/y"> </a>end.</p>')).toBe('Before after and end.\n');
  });

  it('drops a paragraph that held only an empty link', () => {
    expect(md('<p>One.</p><p><a href="/x">  </a></p><p>Two.</p>')).toBe('One.\n\nTwo.\n');
  });

  it('unwraps a link around an image without alt text to the image', () => {
    expect(md('<p><a href="/big.jpg"><img src="/small.jpg"></a></p>')).toBe('![](https://news.example.com/small.jpg)\n');
    expect(md('<p><a href="/big.jpg"><img src="/small.jpg" alt="  "></a> caption</p>')).toBe('![](https://news.example.com/small.jpg) caption\n');
  });

  it('keeps a link around an image with alt text: the alt text names it', () => {
    expect(md('<p><a href="/big.jpg"><img src="/small.jpg" alt="The bridge"></a></p>')).toBe(
      '[![The bridge](https://news.example.com/small.jpg)](https://news.example.com/big.jpg)\n',
    );
  });

  it('drops a link left empty when its only image could not be resolved', () => {
    expect(toMarkdown(sanitizeArticle(parseHtml('<p>See <a href="https://x.example/"><img src="rel.jpg"></a>this.</p>')))).toBe('See this.\n');
  });

  it('keeps links with text, even only in emphasis or code', () => {
    expect(md('<p><a href="/a"><em>one</em></a> <a href="/b"><code>two</code></a></p>')).toBe(
      '[*one*](https://news.example.com/a) [`two`](https://news.example.com/b)\n',
    );
  });

  it('drops empty links inside lists and quotes too', () => {
    expect(md('<ul><li>Item <a href="/x"></a></li></ul><blockquote><p><a href="/y"></a>Quote</p></blockquote>')).toBe('- Item\n\n> Quote\n');
  });
});
