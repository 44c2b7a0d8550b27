import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isGeneratedArticle, publishedSources, serializeArticle, storyOf, withStory, type ArticleFrontmatter } from '../../src/article/format.ts';
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

describe('withStory', () => {
  const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
  // Values that could fool a line-based edit: a `story:` or `sourceFile:` inside a title, a
  // summary or a copy, newlines, quotes, YAML look-alikes.
  const tricky = fc.oneof(fc.string(), fc.constantFrom('story: "x"', '\nstory: x', 'sourceFile: a', 'no', '2022-01-09', '"', '---', 'a\n---\nb'));
  const frontmatter: fc.Arbitrary<ArticleFrontmatter> = fc.record(
    {
      title: tricky.filter((title) => title !== ''),
      titleGuessed: fc.boolean(),
      source: tricky,
      url: fc.constantFrom('https://news.example.com/a', undefined),
      published: fc.constantFrom('2022-01-09', '2022-01-10T18:00:00+01:00', undefined),
      lang: fc.constantFrom('en', 'id', undefined),
      topics: fc.array(slug, { maxLength: 3 }),
      summary: tricky,
      story: fc.option(slug, { nil: undefined }),
      sourceFile: tricky.filter((file) => file !== ''),
      copies: fc.array(fc.record({ sourceFile: tricky, slug, source: fc.option(tricky, { nil: undefined }) }), { maxLength: 2 }),
    },
    { requiredKeys: ['title', 'topics', 'sourceFile'] },
  );

  it('gives the bytes serializeArticle gives with that story, whatever the other fields hold', () => {
    fc.assert(
      fc.property(frontmatter, fc.option(slug, { nil: undefined }), tricky, (article, story, body) => {
        const text = serializeArticle(article, body);
        expect(withStory(text, story)).toBe(serializeArticle({ ...article, story }, body));
        expect(storyOf(serializeArticle({ ...article, story }, body))).toBe(story);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('puts the story after the summary and before the input, and takes it out again', () => {
    const text = serializeArticle(sampleFrontmatter, 'Body.');
    const filed = withStory(text, 'geneva-talks')!;
    expect(filed.split('\n').slice(7, 10)).toEqual(['summary: "no"', 'story: "geneva-talks"', 'sourceFile: "news/a.txt"']);
    expect(withStory(filed, undefined)).toBe(text);
    expect(withStory(filed, 'other')).toBe(serializeArticle({ ...sampleFrontmatter, story: 'other' }, 'Body.'));
  });

  it('leaves a file it did not write alone', () => {
    expect(withStory('# notes\n\nstory: "x"\n', 'y')).toBeUndefined();
    expect(storyOf('---\ntitle: mine\nstory: "x"\n---\n')).toBeUndefined();
  });
});
