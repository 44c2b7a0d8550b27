import { describe, expect, it } from 'vitest';
import { findStories, nameKey, storyKeys, type StoryArticle } from '../../src/ingest/stories.ts';

describe('nameKey', () => {
  it('spells a name alike in English, Indonesian, Russian and Ukrainian, whatever its case ending', () => {
    expect(new Set(['Ryabkov', 'Рябков', 'Рябкова', 'Рябковым'].map(nameKey)).size).toBe(1);
    expect(nameKey('Sherman')).toBe(nameKey('Шерман'));
    expect(nameKey('Kazakhstan')).toBe(nameKey('Казахстан'));
    expect(nameKey('Kazakhstan')).toBe(nameKey('Казахстане'));
    expect(new Set(['Geneva', 'Jenewa', 'Женева'].map(nameKey)).size).toBe(1);
    expect(new Set(['Moscow', 'Moskow', 'Москва'].map(nameKey)).size).toBe(1);
    expect(nameKey('Stoltenberg')).toBe(nameKey('Столтенберг'));
    expect(nameKey('Tokayev')).toBe(nameKey('Токаев'));
    expect(nameKey('Ryabkov')).not.toBe(nameKey('Sherman'));
  });
});

describe('storyKeys', () => {
  it('reads names inside sentences, numbers that are not years, and the words of the language', () => {
    const keys = storyKeys({
      lang: 'en',
      title: 'Talks In Geneva End Without Progress',
      text: 'Deputy foreign minister Sergei Ryabkov met Wendy Sherman in Geneva on Monday. About 100,000 troops are near the border since 2021.',
    });
    expect(keys).toContain(`@${nameKey('Ryabkov')}`);
    expect(keys).toContain(`@${nameKey('Sherman')}`);
    expect(keys).toContain(`@${nameKey('Geneva')}`);
    expect(keys).toContain('#100000');
    expect(keys).not.toContain('#2021');
    expect(keys).toContain('en:troop');
    // Title Case words count as names only when the text capitalises them too.
    expect(keys).not.toContain(`@${nameKey('Progress')}`);
  });
});

/** Articles of two events a day apart that share a name (Ryabkov), and one undated. */
function archive(): StoryArticle[] {
  const geneva = ['@rbkv', '@shrmn', '@gnv', '@strtg', '#100000'];
  const brussels = ['@rbkv', '@stltnbrg', '@grshk', '@brsl', '#30'];
  return [
    { id: 'a.html', slug: 'a', day: '2022-01-10', keys: [...geneva, 'en:talks'] },
    { id: 'b.html', slug: 'b', day: '2022-01-10', keys: [...geneva, 'ru:perego'] },
    { id: 'c.html', slug: 'c', day: '2022-01-11', keys: [...geneva, 'id:pertem'] },
    { id: 'd.html', slug: 'd', day: '2022-01-12', keys: [...brussels, 'en:council'] },
    { id: 'e.html', slug: 'e', day: '2022-01-12', keys: [...brussels, 'uk:rada'] },
    { id: 'f.html', slug: 'f', keys: [...geneva] },
  ];
}

describe('findStories', () => {
  it('groups the articles of each event and keeps two events that share a name apart', () => {
    const { stories } = findStories(archive());
    expect(stories.get('a.html')).toBe('a');
    expect(stories.get('b.html')).toBe('a');
    expect(stories.get('c.html')).toBe('a');
    expect(stories.get('d.html')).toBe('d');
    expect(stories.get('e.html')).toBe('d');
    expect(stories.has('f.html')).toBe(false);
  });

  it('keeps articles published too far apart, and articles the reader set apart, out of a story', () => {
    const far = archive().map((a) => (a.id === 'c.html' ? { ...a, day: '2022-02-20' } : a));
    expect(findStories(far).stories.has('c.html')).toBe(false);
    const alone = archive().map((a) => (a.id === 'b.html' ? { ...a, alone: true } : a));
    expect(findStories(alone).stories.has('b.html')).toBe(false);
  });

  it('never renames a story when articles are added, removed or read again', () => {
    const first = findStories(archive());
    const added = [...archive(), { id: 'g.html', slug: 'g', day: '2022-01-09', keys: ['@rbkv', '@shrmn', '@gnv', '@strtg', '#100000'] }];
    const second = findStories(added, first);
    // The new article is the earliest of its story: the story keeps its name all the same.
    expect(second.stories.get('g.html')).toBe('a');
    expect(second.stories.get('a.html')).toBe('a');
    const removed = findStories(added.filter((a) => a.id !== 'a.html'), second);
    expect(removed.stories.get('b.html')).toBe('a');
    const again = findStories(archive(), removed);
    expect(again.stories.get('a.html')).toBe('a');
    expect(again.stories.get('d.html')).toBe('d');
  });

  it('keeps the slug for the larger part of a story that splits, and never gives a slug twice', () => {
    const previous = { stories: new Map([['a.html', 's'], ['b.html', 's'], ['c.html', 's'], ['d.html', 's'], ['e.html', 's']]), given: ['s'] };
    const { stories, given } = findStories(archive(), previous);
    expect(stories.get('a.html')).toBe('s');
    expect(stories.get('d.html')).toBe('d');
    expect(given).toContain('s');
    // A story whose articles are gone leaves its slug given: a new story named after the same article gets another.
    const gone = findStories(archive().filter((a) => a.id === 'd.html' || a.id === 'e.html'), { stories: new Map(), given: ['d'] });
    expect(gone.stories.get('d.html')).toBe('d-2');
  });

  it('gives a merged story the slug of the older of the two', () => {
    const previous = { stories: new Map([['a.html', 'old'], ['b.html', 'newer'], ['c.html', 'newer']]), given: ['old', 'newer'] };
    const onlyGeneva = archive().filter((a) => ['a.html', 'b.html', 'c.html'].includes(a.id));
    // Two members had "newer": the larger part wins.
    expect(findStories(onlyGeneva, previous).stories.get('a.html')).toBe('newer');
    const tie = { stories: new Map([['a.html', 'old'], ['c.html', 'newer']]), given: ['old', 'newer'] };
    expect(findStories(onlyGeneva, tie).stories.get('b.html')).toBe('old');
  });
});
