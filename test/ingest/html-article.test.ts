import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../src/ingest/html-article.ts';
import { toPlainText } from '../../src/ingest/markdown.ts';
import { sanitizeArticle } from '../../src/ingest/sanitize.ts';
import { parseSiteRule } from '../../src/ingest/site-rules.ts';

const paragraphs = [
  'Russia and NATO envoys met in Brussels on Wednesday for the first session of the NATO-Russia Council in more than two years.',
  'The alliance said it was ready to talk about arms control and missile deployments, but would not give up its open-door policy.',
  'Moscow has demanded guarantees that Ukraine will never join the alliance, a demand NATO members have rejected outright.',
];

const page = `<!doctype html><html lang="en"><head>
<title>NATO and Russia talk in Brussels | Ledger</title>
<link rel="canonical" href="https://www.ledger.example/world/nato-russia-council">
<meta property="article:published_time" content="2022-01-12T18:00:00Z">
<meta name="author" content="Desk Editor">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="story">
  <div class="kicker">Diplomacy</div>
  <h2 class="hed">Envoys meet in Brussels as Ukraine tensions rise</h2>
  <p class="by">By <span class="writer">Anna Kovalenko</span> and <span class="writer">John Mercer</span></p>
  <span class="stamp">12.01.2022, 21:05</span>
  <div class="copy">${paragraphs.map((p) => `<p>${p}</p>`).join('')}<div class="promo">Subscribe to the Ledger briefing</div></div>
</div>
<footer>© Ledger</footer>
</body></html>`;

describe('readHtmlArticle', () => {
  it('reads metadata and the body of a saved page with the generic extractor', () => {
    const { metadata, body } = readHtmlArticle({ kind: 'html', text: page });
    expect(metadata.title).toBe('NATO and Russia talk in Brussels');
    expect(metadata.url).toBe('https://www.ledger.example/world/nato-russia-council');
    expect(metadata.published).toBe('2022-01-12T18:00:00+00:00');
    const text = toPlainText(sanitizeArticle(body));
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(text).not.toContain('Home');
    expect(text).not.toContain('© Ledger');
  });

  it('lets the site rule for the page\'s host choose the body and correct title, date and author', () => {
    const rule = parseSiteRule(
      ['body: .story .copy', 'strip: .promo', 'title: .story .hed', 'date: .stamp', 'author: .by .writer'].join('\n'),
      'ledger.example.yml',
    );
    const { metadata, body } = readHtmlArticle({ kind: 'html', text: page }, { rules: new Map([[rule.host, rule]]) });
    expect(metadata.title).toBe('Envoys meet in Brussels as Ukraine tensions rise');
    expect(metadata.byline).toBe('Anna Kovalenko, John Mercer');
    expect(metadata.published).toMatch(/^2022-01-12T21:05/);
    // What the rule does not say still comes from the page.
    expect(metadata.url).toBe('https://www.ledger.example/world/nato-russia-council');
    expect(toPlainText(sanitizeArticle(body))).toBe(paragraphs.join('\n\n'));
  });

  it('ignores rules for other hosts', () => {
    const rule = parseSiteRule('title: .kicker', 'other.example.yml');
    const { metadata } = readHtmlArticle({ kind: 'html', text: page }, { rules: new Map([[rule.host, rule]]) });
    expect(metadata.title).toBe('NATO and Russia talk in Brussels');
  });

  it('passes `explain` to the extractor: candidates, the chosen block, tidied lines, what a site rule strips', () => {
    const lines: string[] = [];
    readHtmlArticle({ kind: 'html', text: page }, { explain: (line) => lines.push(line) });
    expect(lines).toContainEqual(expect.stringMatching(/^candidate \d+\.\d html > body > div\.story > div\.copy /));
    expect(lines).toContainEqual(expect.stringMatching(/^chosen html > body > div\.story \(score /));
    expect(lines).toContain('dropped line (dateline or byline at the top): <p> "By Anna Kovalenko and John Mercer"');

    const rule = parseSiteRule('body: .story .copy\nstrip: .promo', 'ledger.example.yml');
    const ruled: string[] = [];
    readHtmlArticle({ kind: 'html', text: page }, { rules: new Map([[rule.host, rule]]), explain: (line) => ruled.push(line) });
    expect(ruled).toContain('site rule for ledger.example: stripping 1 element(s) matching .promo');
    expect(ruled).toContain('site rule for ledger.example: body is 1 element(s) matching .story .copy');
  });
});
