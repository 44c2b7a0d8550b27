/**
 * Hand-made hostile saved pages (test/fixtures/xss/): each goes through ingest and render; none
 * may leave anything that runs, and the benign article content around the attacks must survive.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDangers, ingestAndRender, linksIn, rawHtmlIn } from './pipeline.ts';

const base = 'https://news.example.com/2024/05/story.html';

function run(name: string): { markdown: string; html: string } {
  const file = fileURLToPath(new URL(`../fixtures/xss/${name}`, import.meta.url));
  const result = ingestAndRender(readFileSync(file, 'utf8'), base);
  // Common to every fixture: nothing live in the rendered HTML, no raw HTML in the Markdown.
  expect(findDangers(result.html)).toEqual([]);
  expect(findDangers(result.siteHtml)).toEqual([]);
  expect(rawHtmlIn(result.markdown)).toEqual([]);
  return result;
}


describe('hostile saved pages', () => {
  it('inline-scripts.html: scripts and handlers go, text, https links and images stay', () => {
    const { markdown } = run('inline-scripts.html');
    expect(markdown).toContain('# Council approves bridge');
    expect(markdown).toContain('The council voted 7 to 2 on Tuesday to fund the footbridge.');
    expect(markdown).toContain('[the full plans](https://news.example.com/city/bridge-plans)');
    expect(markdown).toContain('![Artist\'s impression of the bridge](https://cdn.example.com/photos/bridge.jpg)');
    expect(markdown).toContain('*The planned bridge. Image: City of Example*');
    expect(markdown).toContain('Work starts in **March**.');
    // javascript: links keep their words but lose their target.
    expect(markdown).toContain('or click here or here.');
    expect(markdown).not.toMatch(/alert|tracker|not article text|written|NewsArticle|evil\.example|ads\.example/);
  });

  it('embeds.html: iframes (srcdoc too), objects, media, meta refresh and base go with their fallbacks', () => {
    const { markdown } = run('embeds.html');
    expect(markdown).toBe(
      '## Flood defences tested\n\nEngineers closed the barrier for the first time this year.\n\nThe barrier protects [12,000 homes](https://flood.example.org/areas).\n',
    );
  });

  it('css.html: style elements and attributes go, styled text and the table stay', () => {
    const { markdown, html } = run('css.html');
    expect(markdown).toContain('Prices rose by 3.2 percent in April.\n\nFood and energy led the increase.\n\nEconomists had expected 3.0 percent.');
    expect(markdown).toContain('Hidden teaser text stays as text.');
    expect(markdown).toContain('| April | 3.2% |');
    expect(markdown).not.toMatch(/expression|url\(|behavior|binding|@import|display:none/);
    expect(html).not.toMatch(/style|background=/i);
  });

  it('svg-math.html: SVG and MathML go entirely, a data: SVG image goes, the https chart stays', () => {
    const { markdown } = run('svg-math.html');
    expect(markdown).toBe(
      '## Chart of the week\n\nTurnout fell in every district.\n\n![Turnout chart](https://cdn.example.com/chart.png)\n\nSource: electoral commission.\n',
    );
  });

  it('noscript.html: lazy images are recovered, noscript tricks stay inert', () => {
    const { markdown } = run('noscript.html');
    expect(markdown).toContain('![Crowd at the festival](https://cdn.example.com/festival-crowd.jpg)');
    expect(markdown).toContain('![Main stage](https://cdn.example.com/festival-stage.jpg)');
    expect(markdown).toContain('![](https://cdn.example.com/nested.jpg)');
    expect(markdown).toContain('Noscript paragraph');
    expect(markdown).toContain('The festival drew 40,000 visitors.');
    expect(markdown).toContain('Organisers plan a second stage next year.');
    expect(markdown).not.toMatch(/data:|base64|alert/);
  });

  it('broken-markup.html: unclosed and malformed tags keep the prose and lose every script', () => {
    const { markdown, html } = run('broken-markup.html');
    expect(markdown).toMatch(/^Markets closed higher on Friday\n\n/);
    expect(markdown).toContain('regional lenders');
    expect(markdown).toContain('[closing report](https://markets.example.com/close "closing \\"report\\"")');
    expect(markdown).toContain('![Trader](https://cdn.example.com/trader.jpg)');
    expect(markdown).toContain('slash attribute');
    expect(markdown).toContain('Oil fell 2 percent.');
    expect(linksIn(html)).toEqual([
      'closing report -> https://markets.example.com/close',
      ' -> https://news.example.com/2024/05/x',
      ' -> https://news.example.com/2024/05/x',
      'Trader -> https://cdn.example.com/trader.jpg',
      "alert('in tag')>in tag -> https://markets.example.com/",
    ]);
    // Script bodies never become text; only the text a browser would also show as text may remain.
    expect(markdown).not.toMatch(/alert\('(?:double lt|quotes|unclosed|comment|unquoted)'\)/);
  });

  it('mutation.html: mXSS shapes (math/svg/style/table nesting, raw-text elements) leave no markup', () => {
    const { markdown } = run('mutation.html');
    expect(markdown).toBe(
      '## Mutation-style payloads\n\nStorage prices keep falling.\n\nEscaped title\n\nAnalysts expect the trend to continue.\n',
    );
  });

  it('markdown-injection.html: Markdown and HTML typed as text stay text; quote and paren breakouts fail', () => {
    const { markdown, html } = run('markdown-injection.html');
    // Typed Markdown is escaped, so it renders as the same visible text and never as a link.
    expect(markdown).toContain("Click \\[here]\\(javascript:alert('md-link')) to win.");
    expect(html).toContain("Click [here](javascript:alert('md-link')) to win.");
    expect(html).toContain("&#x3C;img src=x onerror=alert('escaped')>");
    expect(html).toContain("<code>&#x3C;img src=x onerror=alert('inline code')></code>");
    // A quote inside a URL makes it unusable: the link is dropped, its text stays.
    expect(markdown).toContain('\nquote breakout\n');
    // Titles and alt text stay inside their attribute.
    expect(html).toContain('title="t&#x22; onclick=&#x22;alert(&#x27;title&#x27;)"');
    expect(linksIn(html)).toEqual([
      "paren breakout -> https://example.com/path)%5D(javascript:alert('paren'))",
      "alt ](javascript:alert('alt')) text -> https://cdn.example.com/ok.jpg",
      'title breakout -> https://example.com/ok',
      // GFM autolink literals are fine: they are http(s).
      'www.example.com -> http://www.example.com',
      'https://example.org/page -> https://example.org/page',
    ]);
    expect(markdown).toContain('Entity tricks: \\&#106;avascript:alert(1) and \\&lt;b\\&gt; stay text.');
  });

  it('urls.html: only http(s), mailto and relative URLs survive, resolved against the base', () => {
    const { markdown, html } = run('urls.html');
    expect(linksIn(html)).toEqual([
      'query and fragment -> https://example.com/ok?a=1&b=2#frag',
      'site relative -> https://news.example.com/relative/path',
      'document relative -> https://news.example.com/2024/05/other-story.html',
      'protocol relative -> https://cdn.example.com/protocol-relative',
      'email tips -> mailto:tips@news.example.com',
      'padded -> https://example.com/padded',
      // Percent-encoded colon is no scheme: a harmless (if useless) relative path.
      "percent -> https://news.example.com/2024/05/javascript%3Aalert('percent')",
      'space in path -> https://cdn.example.com/a%20b.jpg',
      'relative image -> https://news.example.com/2024/05/images/local.jpg',
    ]);
    // Every refused link keeps its text.
    for (const text of ['entities', 'hex entities', 'tab', 'newline', 'control', 'named colon', 'vb', 'data link', 'file', 'backslash', 'https backslash', 'lt in href', 'breakout', 'irc']) {
      expect(markdown).toMatch(new RegExp(` ${text}[ \n]`));
    }
    expect(markdown).not.toMatch(/data:|js image|data image/);
  });
});
