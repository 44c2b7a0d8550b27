import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isGeneratedArticle, publishedSources, serializeArticle } from '../../src/article/format.ts';
import { sampleFrontmatter } from '../fixtures/frontmatter.ts';

const frontmatter = sampleFrontmatter;

describe('serializeArticle', () => {
  it('writes keys in a fixed order, skips empty values and false flags', () => {
    const text = serializeArticle(frontmatter, '\n## Heading\n\nBody.\n\n');
    expect(text).toBe(
      [
        '---',
        'title: "Rusia \\"kecewa\\": 2022-01-09"',
        'published: "2022-01-09"',
        'publishedFrom: "weekday"',
        'topics:',
        '  - "russia-nato"',
        '  - "ukraine"',
        'summary: "no"',
        'sourceFile: "news/a.txt"',
        '---',
        '',
        '## Heading',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through a YAML reader with strings kept as strings', () => {
    const text = serializeArticle(frontmatter, 'Body.');
    const data = parse(text.split('---\n')[1], { schema: 'yaml-1.1' });
    expect(data.published).toBe('2022-01-09');
    expect(data.summary).toBe('no');
    expect(data.title).toBe(frontmatter.title);
  });

  it('is recognized as generated, unlike a user file', () => {
    expect(isGeneratedArticle(serializeArticle(frontmatter, 'x'))).toBe(true);
    expect(isGeneratedArticle('---\ntitle: mine\n---\nsourceFile: "x"\n')).toBe(false);
    expect(isGeneratedArticle('# notes\n')).toBe(false);
  });
});

describe('publishedSources', () => {
  it('lists every place a guessed date may come from, once', () => {
    expect(publishedSources).toEqual(['url', 'dateline', 'text', 'relative', 'weekday']);
  });
});
