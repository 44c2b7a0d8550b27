import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { finishArticle } from '../../src/ingest/finish-article.ts';
import { readMarkdownArticle } from '../../src/ingest/markdown-article.ts';
import type { Element, Root } from 'hast';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/markdown');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

function tags(tree: Root | Element): string[] {
  return tree.children.flatMap((node) => (node.type === 'element' ? [node.tagName, ...tags(node)] : []));
}

describe('readMarkdownArticle', () => {
  it('takes title, date, byline and topics from the frontmatter, overriding the heading', () => {
    const { metadata } = readMarkdownArticle(read('with-frontmatter.md'));
    expect(metadata).toEqual({
      title: 'NATO and Russia: a timeline',
      published: '2022-01-12T09:30:00+01:00',
      topics: ['russia-nato', 'energy'],
      byline: 'Test Desk',
    });
  });

  it('turns GFM into hast: strong, links, headings, lists and tables, without the title heading', () => {
    const { body } = readMarkdownArticle(read('with-frontmatter.md'));
    const found = tags(body);
    expect(found).not.toContain('h1');
    for (const tag of ['p', 'strong', 'a', 'h2', 'ul', 'li', 'table', 'th', 'td']) expect(found).toContain(tag);
    expect(toText(body)).not.toContain('A heading the frontmatter overrides');
  });

  it('drops raw HTML instead of passing it on', () => {
    const { body } = readMarkdownArticle(read('with-frontmatter.md'));
    expect(tags(body)).not.toContain('script');
    const text = toText(body);
    expect(text).not.toContain('alert');
    expect(text).not.toContain('Raw HTML is dropped');
    expect(JSON.stringify(body)).not.toContain('onclick');
  });

  it('uses a leading # heading as the title', () => {
    const { metadata, body } = readMarkdownArticle(read('title-from-heading.md'));
    expect(metadata.title).toBe('Ukraine crisis: what the Geneva talks mean');
    expect(tags(body)).toEqual(['p']);
  });

  it('leaves a title to be guessed (by finishArticle) from the first sentence when there is none', () => {
    const { metadata, body } = readMarkdownArticle(read('no-title.md'));
    expect(metadata.title).toBeUndefined();
    const { frontmatter } = finishArticle(body, metadata, 'no-title.md', []);
    expect(frontmatter.title).toBe('Notes from the briefing');
    expect(frontmatter.titleGuessed).toBe(true);
  });

  it('reports bad input with a reason', () => {
    expect(() => readMarkdownArticle('')).toThrow(/no article text/);
    expect(() => readMarkdownArticle('---\ntitle: x\n---\n')).toThrow(/no article text/);
    expect(() => readMarkdownArticle('---\ntopics: [Not A Slug]\n---\nText.')).toThrow(
      /^frontmatter: topics\[0\] must be a topic slug/,
    );
    expect(() => readMarkdownArticle('---\ntitle: "unclosed\n---\nText.')).toThrow(/^frontmatter: invalid YAML at line 2/);
  });
});
