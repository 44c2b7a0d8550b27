import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleBodyHtml, feedBodyHtml, parseArticleBody, renderArticleBody, type RenderOptions } from '../../src/lib/render.ts';

/** Markdown → the HTML a page or feed shows: both steps, as src/lib/articles.ts runs them. */
function renderMarkdown(markdown: string, options: RenderOptions): string {
  return articleBodyHtml(parseArticleBody(markdown), options);
}

const atRoot = { base: '/' };
const underNews = { base: '/news/' };

/** Parse rendered HTML the way a browser does and list its elements. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html), 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

/** Everything in rendered HTML that a browser could run. */
function liveCode(html: string): string[] {
  const problems: string[] = [];
  for (const element of elements(html)) {
    if (['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'form'].includes(element.tagName)) {
      problems.push(`<${element.tagName}>`);
    }
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) problems.push(`${element.tagName}[${name}]`);
      if (typeof value === 'string' && /^\s*(?:javascript|vbscript|data):/i.test(value)) {
        problems.push(`${element.tagName}[${name}=${value}]`);
      }
    }
  }
  return problems;
}

describe('renderMarkdown', () => {
  it('renders GFM: headings, emphasis, links, lists, tables, strikethrough', () => {
    const html = renderMarkdown(
      [
        '## Mengapa Rusia dan AS bertemu?',
        '',
        'Kata **Ryabkov** kepada _Interfax_: ~~tidak~~ naif.',
        '',
        '- satu',
        '- dua',
        '',
        '| Negara | Delegasi |',
        '| --- | --- |',
        '| Rusia | Ryabkov |',
      ].join('\n'),
      atRoot,
    );
    expect(html).toContain('<h2>Mengapa Rusia dan AS bertemu?</h2>');
    expect(html).toContain('<strong>Ryabkov</strong>');
    expect(html).toContain('<em>Interfax</em>');
    expect(html).toContain('<del>tidak</del>');
    expect(html).toMatch(/<ul>\s*<li>satu<\/li>\s*<li>dua<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<table>[\s\S]*<th>Negara<\/th>[\s\S]*<td>Ryabkov<\/td>[\s\S]*<\/table>/);
  });

  it('makes an empty header cell a data cell: it names no column', () => {
    const html = renderMarkdown('|  | 2021 | 2022 |\n| --- | --- | --- |\n| Exports | 1 | 2 |\n', { base: '/', images: 'remote' });
    expect(elements(html).filter((element) => element.tagName === 'th').map((th) => th.children.length)).toEqual([1, 1]);
    expect(html).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th>2021<\/th>/);
  });

  it('drops raw HTML in the Markdown, block and inline, keeping the prose around it', () => {
    const html = renderMarkdown(
      [
        'Before.',
        '',
        '<script>alert("block")</script>',
        '',
        '<div onclick="alert(1)"><p>inside a raw block</p></div>',
        '',
        'Officials said <img src="x" onerror="alert(1)"> progress was <b onclick="x()">slow</b>.',
        '',
        'After.',
      ].join('\n'),
      atRoot,
    );
    expect(liveCode(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<div|<img|<b[ >]|onerror|onclick/i);
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('Officials said  progress was slow.');
    expect(html).toContain('<p>After.</p>');
  });

  it('takes the href off links whose scheme is not allowed, keeping their text', () => {
    const html = renderMarkdown(
      '[x](javascript:alert(1)) [y](JaVaScRiPt:alert(2)) [z](data:text/html;base64,PHNjcmlwdD4=) [w](vbscript:msgbox)',
      atRoot,
    );
    expect(liveCode(html)).toEqual([]);
    expect(html).not.toMatch(/href/);
    expect(html).toBe('<p>x y z w</p>');
  });

  it('drops images whose source is not allowed', () => {
    const html = renderMarkdown('![tracker](javascript:alert(1)) ![b](data:image/svg+xml,<svg onload=alert(1)>)', atRoot);
    expect(liveCode(html)).toEqual([]);
    expect(html).not.toContain('<img');
  });

  it('never turns a link address that was markup back into live script (Markdown round trip)', () => {
    // What a sanitized `<a href="<script>alert(1)</script>">x</a>` can look like once written as
    // Markdown (escaped destination), plus the raw form and the angle-bracket form.
    const html = renderMarkdown(
      [
        '[x](\\<script\\>alert\\(1\\)\\</script\\>)',
        '',
        '<a href="<script>alert(2)</script>">raw</a>',
        '',
        '[y](<\\<script>alert(3)\\</script>>)',
        '',
        '[z]: <script>alert(4)</script>',
        '',
        '[ref][z]',
      ].join('\n'),
      atRoot,
    );
    expect(liveCode(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    expect(elements(html).filter((element) => element.tagName === 'script')).toEqual([]);
    for (const element of elements(html)) {
      const href = element.properties.href;
      if (typeof href === 'string') expect(href).not.toMatch(/[<>"]/);
    }
  });

  it('keeps only the images content/site.yml allows: all, those copied into the site, or none', () => {
    const markdown = '![kept](/article-media/suara/ryabkov.jpg) ![remote](https://cdn.example.com/a.jpg) ![insecure](http://cdn.example.com/b.jpg)';
    const sources = (options: RenderOptions) =>
      elements(renderMarkdown(markdown, options)).filter((element) => element.tagName === 'img').map((element) => element.properties.src);
    expect(sources(underNews)).toEqual(['/news/article-media/suara/ryabkov.jpg', 'https://cdn.example.com/a.jpg', 'http://cdn.example.com/b.jpg']);
    expect(sources({ ...underNews, images: 'remote' })).toEqual(sources(underNews));
    expect(sources({ ...underNews, images: 'local-only' })).toEqual(['/news/article-media/suara/ryabkov.jpg']);
    expect(sources({ base: '/news/', site: 'https://example.org', images: 'local-only' })).toEqual(['https://example.org/news/article-media/suara/ryabkov.jpg']);
    expect(sources({ ...underNews, images: 'none' })).toEqual([]);
    // The alt text of a dropped image is not left behind as stray text.
    expect(renderMarkdown(markdown, { ...underNews, images: 'none' })).not.toMatch(/remote|insecure|kept/);
  });

  it('prefixes site paths (kept media) with base, leaving external URLs alone', () => {
    const markdown = '![Ryabkov](/article-media/suara/ryabkov.jpg) ![remote](https://cdn.example.com/a.jpg)';
    expect(renderMarkdown(markdown, underNews)).toContain('src="/news/article-media/suara/ryabkov.jpg"');
    expect(renderMarkdown(markdown, atRoot)).toContain('src="/article-media/suara/ryabkov.jpg"');
    expect(renderMarkdown(markdown, underNews)).toContain('src="https://cdn.example.com/a.jpg"');
  });

  it('makes site paths absolute when given the site (for feeds)', () => {
    const html = renderMarkdown('![a](/article-media/x/a.jpg) [topic](/topics/ukraine/)', {
      base: '/news/',
      site: 'https://example.org',
    });
    expect(html).toContain('src="https://example.org/news/article-media/x/a.jpg"');
    expect(html).toContain('href="https://example.org/news/topics/ukraine/"');
    // A site link made absolute is still ours: no nofollow on it.
    expect(html).not.toContain('rel=');
  });

  it('drops relative URLs the ingest left unresolved, and gives scheme-relative ones https', () => {
    const html = renderMarkdown('[a](../other-story.html) ![b](img/photo.jpg) ![c](//cdn.example.com/c.jpg)', underNews);
    expect(html).toBe('<p>a  <img src="https://cdn.example.com/c.jpg" alt="c" loading="lazy" decoding="async"></p>');
  });

  it('marks external links nofollow/noopener/noreferrer and loads images lazily', () => {
    const html = renderMarkdown('[Interfax](https://www.interfax.ru/) ![a](https://cdn.example.com/a.jpg)', atRoot);
    expect(html).toContain('<a href="https://www.interfax.ru/" rel="nofollow noopener noreferrer">Interfax</a>');
    expect(html).toMatch(/<img src="https:\/\/cdn\.example\.com\/a\.jpg" alt="a" loading="lazy" decoding="async">/);
  });

  it('unwraps in-page links, since the schema keeps no ids for them to reach (footnotes)', () => {
    const html = renderMarkdown('Claim[^1] and [top](#top).\n\n[^1]: Source.', atRoot);
    expect(html).not.toMatch(/href="#/);
    expect(html).not.toMatch(/\sid=/);
    expect(html).toContain('Source.');
  });

  it('is deterministic, and leaves the parsed tree untouched between outputs', () => {
    const markdown = 'A [link](https://example.com) and ![i](/article-media/a.png).';
    const tree: Root = parseArticleBody(markdown);
    const snapshot = structuredClone(tree);
    const page = articleBodyHtml(tree, underNews);
    const feed = articleBodyHtml(tree, { base: '/news/', site: 'https://example.org' });
    expect(tree).toEqual(snapshot);
    expect(articleBodyHtml(tree, underNews)).toBe(page);
    expect(renderMarkdown(markdown, underNews)).toBe(page);
    expect(feed).not.toBe(page);
  });

  it('renders in one go what parsing and finishing give', () => {
    const markdown = 'A [link](https://example.com) and ![i](/article-media/a.png).\n\n| a | b |\n| :- | -: |\n| 1 | 2 |';
    for (const options of [atRoot, underNews, { base: '/news/', site: 'https://example.org', images: 'local-only' as const }]) {
      expect(renderArticleBody(markdown, options)).toBe(articleBodyHtml(parseArticleBody(markdown), options));
    }
  });

  it('keeps GFM column alignment (Sätteri writes it as a style, the schema keeps `align`)', () => {
    const html = renderMarkdown('| a | b | c |\n| :- | -: | :-: |\n| 1 | 2 | 3 |', atRoot);
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('<td align="right">2</td>');
    expect(html).toContain('<td align="center">3</td>');
    expect(html).not.toContain('style');
  });

  it('leaves no blank line where a raw HTML block was dropped', () => {
    expect(renderMarkdown('<div>x</div>\n\nFirst.\n\n<script>y</script>\n\nSecond.\n\n<!-- z -->', atRoot)).toBe('<p>First.</p>\n<p>Second.</p>');
    // Within a paragraph the line breaks are the text's spaces: they stay.
    expect(renderMarkdown('a <b>x</b>\n<i>y</i> b', atRoot)).toBe('<p>a x\ny b</p>');
  });

  it('keeps the text as written: no smart quotes, dashes or ellipses, no frontmatter', () => {
    expect(renderMarkdown('"kecewa" -- ... \'x\'', atRoot)).toBe('<p>"kecewa" -- ... \'x\'</p>');
    expect(renderMarkdown('---\ntitle: x\n---\ntext', atRoot)).toBe('<hr>\n<h2>title: x</h2>\n<p>text</p>');
  });
});

describe('feedBodyHtml', () => {
  const site = 'https://example.org';

  it('makes the page body’s site URLs absolute, leaving the rest byte for byte', () => {
    const markdown = '[t](/topics/ukraine/ "a & b") ![a](/article-media/x/a&b.jpg) [e](https://example.com/?a=1&b=2) > [q](/x?y=1&z="2")';
    const page = renderArticleBody(markdown, underNews);
    const feed = feedBodyHtml(page, site);
    expect(feed).toBe(renderArticleBody(markdown, { ...underNews, site }));
    expect(feed).toContain('href="https://example.org/news/topics/ukraine/"');
    expect(feed).not.toMatch(/(?:href|src)="\//);
  });

  it('changes attributes only, never text that looks like one', () => {
    const markdown = 'Text saying href="/x/" and src="/y.jpg" <a href="/z/">', images = '![i](/article-media/i.jpg)';
    const page = renderArticleBody(`${markdown} ${images}`, atRoot);
    const feed = feedBodyHtml(page, site);
    expect(feed).toContain('Text saying href="/x/" and src="/y.jpg"');
    expect(feed).toContain('src="https://example.org/article-media/i.jpg"');
    expect(feed).toBe(renderArticleBody(`${markdown} ${images}`, { ...atRoot, site }));
  });

  it('gives what rendering with the site gives, whatever the links (property)', () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9&"'<>%é ?=#._~-]{0,12}$/);
    const url = fc.oneof(
      segment.map((path) => `/${path}`),
      segment.map((path) => `/article-media/${path}`),
      segment.map((path) => `https://cdn.example.com/${path}`),
      segment.map((path) => `//cdn.example.com/${path}`),
      segment,
      segment.map((path) => `#${path}`),
    );
    const inline = fc.oneof(
      fc.tuple(segment, url).map(([text, target]) => `[${text || 'x'}](<${target}>)`),
      fc.tuple(segment, url).map(([alt, target]) => `![${alt}](<${target}>)`),
      fc.tuple(url, segment).map(([target, title]) => `[l](<${target}> "${title.replace(/"/g, '')}")`),
      segment,
    );
    const markdown = fc.array(fc.array(inline, { maxLength: 5 }).map((parts) => parts.join(' ')), { maxLength: 4 }).map((paragraphs) => paragraphs.join('\n\n'));
    fc.assert(
      fc.property(markdown, fc.constantFrom('/', '/news/'), fc.constantFrom('remote' as const, 'local-only' as const), (md, base, images) => {
        expect(feedBodyHtml(renderArticleBody(md, { base, images }), site)).toBe(renderArticleBody(md, { base, images, site }));
      }),
      { numRuns: 500 },
    );
  });
});
