import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeTopics, readTopics, titleFromSlug } from '../../src/lib/topics.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('readTopics', () => {
  it('reads slug, title and description of each topic, in file order', () => {
    const yaml = readFileSync(path.join(repoRoot, 'test/fixtures/site/content/topics.yml'), 'utf8');
    expect(readTopics(yaml)).toEqual([
      { slug: 'russia-nato', title: 'Russia–NATO', description: 'Russia and the North Atlantic alliance.' },
      { slug: 'ukraine', title: 'Ukraine', description: 'Ukraine, its war and its politics.' },
      { slug: 'energy', title: 'Energy & gas' },
    ]);
  });

  it('reads the project’s own content/topics.yml', () => {
    const yaml = readFileSync(path.join(repoRoot, 'content/topics.yml'), 'utf8');
    const slugs = readTopics(yaml).map((topic) => topic.slug);
    expect(slugs).toContain('russia-nato');
    expect(slugs).toContain('ukraine');
  });

  it('fails with the file name and the reason for an invalid file', () => {
    expect(() => readTopics('topics:\n  - slug: Not A Slug\n    title: X\n    all: [[x]]\n', '/site/topics.yml')).toThrow(
      /\/site\/topics\.yml: .*slug/,
    );
  });

  it('gives no topics for an empty file', () => {
    expect(readTopics('')).toEqual([]);
  });
});

describe('mergeTopics', () => {
  const configured = [
    { slug: 'russia-nato', title: 'Russia–NATO' },
    { slug: 'ukraine', title: 'Ukraine', description: 'Ukraine.' },
  ];

  it('keeps configured topics first, in order, even without articles, then adds used ones by slug', () => {
    expect(mergeTopics(configured, ['ukraine', 'middle-east', 'diplomacy', 'ukraine', 'diplomacy'])).toEqual([
      { slug: 'russia-nato', title: 'Russia–NATO' },
      { slug: 'ukraine', title: 'Ukraine', description: 'Ukraine.' },
      { slug: 'diplomacy', title: 'Diplomacy' },
      { slug: 'middle-east', title: 'Middle east' },
    ]);
  });

  it('titles an unknown slug readably', () => {
    expect(titleFromSlug('middle-east')).toBe('Middle east');
    expect(titleFromSlug('g20')).toBe('G20');
  });
});
