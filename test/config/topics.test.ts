import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.ts';
import { loadTopics, wordsOf } from '../../src/config/topics.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const defaults = loadTopics(readFileSync(path.join(repoRoot, 'content/topics.yml'), 'utf8'));

function errorOf(yaml: string): string {
  try {
    loadTopics(yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadTopics to throw');
}

describe('loadTopics', () => {
  it('reads the default topics in file order', () => {
    expect(defaults.map((topic) => [topic.slug, topic.title])).toEqual([
      ['russia-nato', 'Russia–NATO'],
      ['ukraine', 'Ukraine'],
    ]);
    expect(defaults[0].all).toHaveLength(2);
    expect(defaults[1].all[0].minMentions).toBe(2);
  });

  it('accepts the long group form with its own minMentions, and a topic-wide minMentions', () => {
    const [topic] = loadTopics(`
topics:
  - slug: energy
    title: Energy
    minMentions: 1
    all:
      - [gas, Nord Stream]
      - any: [Europe, Eropa]
        minMentions: 3
`);
    expect(topic.all.map((group) => group.minMentions)).toEqual([1, 3]);
    expect(topic.all[0].terms[1].words).toEqual(['nord', 'stream']);
  });

  it('names the file, the path and the reason for each mistake', () => {
    expect(errorOf('topics:\n  - slug: ok\n    title: A\n    all: [[a]]\n  - slug: Bad Slug\n    title: B\n    all: [[b]]\n')).toBe(
      'topics.yml: topics[1].slug must be lowercase letters, digits and hyphens',
    );
    expect(errorOf('topics:\n  - slug: a\n    all: [[a]]\n')).toBe('topics.yml: topics[0].title must be non-empty text');
    expect(errorOf('topics:\n  - slug: a\n    title: A\n    all: []\n')).toMatch(/^topics\.yml: topics\[0\]\.all must be a non-empty list/);
    expect(errorOf('topics:\n  - slug: a\n    title: A\n    all: [[x, "*"]]\n')).toBe(
      'topics.yml: topics[0].all[0][1] must contain a letter or digit',
    );
    expect(errorOf('topics:\n  - slug: a\n    title: A\n    all: [[x*y]]\n')).toMatch(/all\[0\]\[0\] may use "\*" only at its very end/);
    expect(errorOf('topics:\n  - slug: a\n    title: A\n    minMentions: 0\n    all: [[x]]\n')).toBe(
      'topics.yml: topics[0].minMentions must be a whole number ≥ 1',
    );
    expect(errorOf('topics:\n  - slug: a\n    title: A\n    al: [[x]]\n')).toMatch(/^topics\.yml: topics\[0\]\.al is not a known key/);
    expect(errorOf('topics:\n  - {slug: a, title: A, all: [[x]]}\n  - {slug: a, title: B, all: [[y]]}\n')).toMatch(
      /topics\[1\]\.slug repeats "a"/,
    );
    expect(errorOf('topics:\n  - slug: a\n    title: A\n    all:\n      - any: [x]\n        min: 2\n')).toMatch(
      /topics\[0\]\.all\[0\]\.min is not a known key/,
    );
    expect(errorOf('topic:\n  - x\n')).toMatch(/^topics\.yml: topic is not a known key/);
  });

  it('reports broken YAML with its line', () => {
    expect(errorOf('topics:\n  - slug: a\n    slug: b\n')).toMatch(/^topics\.yml: invalid YAML at line 3, column \d+: /);
  });

  it('treats an empty file as no topics', () => {
    expect(loadTopics('# nothing yet\n')).toEqual([]);
  });
});

describe('wordsOf', () => {
  it('normalizes case and accents in Latin and Cyrillic and splits on punctuation', () => {
    expect(wordsOf('Zelenskýy, KYIV’s Ukraina-Rusia Україна Её')).toEqual([
      'zelenskyy', 'kyiv', 's', 'ukraina', 'rusia', 'украіна', 'ее',
    ]);
  });
});
