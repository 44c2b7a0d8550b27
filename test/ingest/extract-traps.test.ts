import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { parseHtml } from '../../src/ingest/parse.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { sanitizeArticle } from '../../src/ingest/sanitize.ts';
import { TRAP_LANGUAGES, relatedHeadlinePage, shortArticlePage } from '../fixtures/extract/traps.ts';

function extractText(html: string): string {
  return toText(extractArticle(parseHtml(html))).replace(/\s+/g, ' ');
}

describe.each(TRAP_LANGUAGES)('extractArticle on a $lang regional news page', (language) => {
  it('takes the short news item, not the long list of headlines and teasers beside it', () => {
    const text = extractText(shortArticlePage(language));
    for (const sentence of language.sentences) expect(text).toContain(sentence);
    for (const [headline, teaser] of language.teasers) {
      expect(text).not.toContain(headline);
      expect(text).not.toContain(teaser);
    }
    expect(text).not.toContain(language.listHeading);
  });

  it.each(['paragraph', 'bold', 'heading'] as const)('drops a related headline linked as a %s after the body', (shape) => {
    const text = extractText(relatedHeadlinePage(language, shape));
    for (const sentence of language.sentences) expect(text).toContain(sentence);
    expect(text).not.toContain(language.relatedHeadline);
  });
});

describe('extractArticle on the parts of a news page around its body', () => {
  const sentences = TRAP_LANGUAGES.find((language) => language.lang === 'en')!.sentences;
  const body = sentences.map((sentence) => `<p>${sentence}</p>`).join('');

  it('puts a paragraph-long standfirst under the headline in front of the body, not a one-line subtitle', () => {
    const lead =
      'Inspectors found cracks in two piers of the only bridge between the farms and the market town, and the county says the repairs cannot wait until the harvest is over.';
    const dek = 'Repairs start on Monday.';
    const related = '<div class="more"><h3>More news</h3><a href="/1">Other story one</a> <a href="/2">Other story two</a> <a href="/3">Other story three</a></div>';
    const html = `<html><body><div class="top"><nav class="crumbs"><a href="/">Home</a> › <a href="/local">Local news</a> › <a href="/local/roads">Roads and traffic</a></nav><header class="article-header"><h1>Mill Creek bridge to close</h1><h2 class="subtitle">${dek}</h2><p class="intro">${lead}</p><div class="byline">By Ellen Marsh</div></header><div class="tools"><a href="/share/f">Share on Facebook</a> <a href="/share/x">Share on X</a> <a href="/print">Print this article</a> <a href="/mail">Send by email</a></div></div><div class="columns"><div class="body-copy">${body}</div>${related}</div></body></html>`;
    const text = extractText(html);
    expect(text.indexOf(lead)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(lead)).toBeLessThan(text.indexOf(sentences[0]));
    expect(text).not.toContain(dek);
    expect(text).not.toContain('By Ellen Marsh');
  });

  it('reads an ASP.NET page whose whole content sits in one <form>', () => {
    const steps = ['Melt the butter in a pan over low heat, stirring all the time.', 'Add the sugar, then stir until it has dissolved completely.', 'Pour the mixture into the tin and leave it to cool for an hour.'];
    const html = `<html><body><form id="aspnetForm" action="/page.aspx"><div class="page"><h1>Caramel</h1><div class="steps">${steps.map((s) => `<div class="step"><div class="step-text">${s} ${sentences[1]}</div></div>`).join('')}</div></div></form></body></html>`;
    const text = toText(sanitizeArticle(extractArticle(parseHtml(html)))).replace(/\s+/g, ' ');
    for (const step of steps) expect(text).toContain(step);
  });
});
