import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pairScores, readLabels, readPage } from '../../scripts/bench-stories.ts';
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
    expect(new Set(['Europe', 'Eropa', 'Европа', 'Європа'].map(nameKey)).size).toBe(1);
  });

  it('reads an acronym each language spells its own way as the English one, in capitals only', () => {
    expect(new Set(['OSCE', 'ОБСЕ', 'ОБСЄ'].map(nameKey))).toEqual(new Set(['osce']));
    expect(new Set(['CSTO', 'ОДКБ'].map(nameKey))).toEqual(new Set(['csto']));
    expect(new Set(['US', 'США', 'AS'].map(nameKey))).toEqual(new Set(['us']));
    expect(nameKey('As')).not.toBe('us');
  });
});

describe('storyKeys', () => {
  it('reads names inside sentences, numbers that are not years, and the words of the language', () => {
    const keys = storyKeys({
      lang: 'en',
      title: 'Talks In Geneva End Without Progress',
      text: 'Deputy Foreign Minister Sergei Ryabkov met Wendy Sherman in Geneva on Monday. About 100,000 troops are near the border since 2021.',
    });
    expect(keys).toContain(`@${nameKey('Ryabkov')}`);
    expect(keys).toContain(`@${nameKey('Sherman')}`);
    // Named twice: the key carries its count.
    expect(keys).toContain(`@${nameKey('Geneva')}*2`);
    expect(keys).toContain('#100000');
    expect(keys).not.toContain('#2021');
    expect(keys).toContain('en:troop');
    // Title Case words count as names only when the text capitalises them too.
    expect(keys).not.toContain(`@${nameKey('Progress')}`);
    // Offices and days are capitalised by convention, not names.
    for (const word of ['Deputy', 'Foreign', 'Minister', 'Monday']) expect(keys.some((key) => key.startsWith(`@${nameKey(word)}`))).toBe(false);
  });

  it('reads names from the headline and the lead, and words further on', () => {
    const background = ' The border has been tense for months and the talks went on all day.'.repeat(30);
    const keys = storyKeys({ lang: 'en', title: 'Talks end', text: `In Geneva, Sherman met Ryabkov.${background} Later Stoltenberg spoke about enlargement.` });
    expect(keys).toContain(`@${nameKey('Sherman')}`);
    expect(keys.some((key) => key.startsWith(`@${nameKey('Stoltenberg')}`))).toBe(false);
    expect(keys).toContain('en:enlar');
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

  it('leaves the stories of days far from every change as they were', () => {
    const previous = findStories(archive());
    // Read again with other keys, the March articles would no longer be a story: they are not regrouped.
    const march = [
      { id: 'm1.html', slug: 'm1', day: '2022-03-01', keys: ['@aaa'] },
      { id: 'm2.html', slug: 'm2', day: '2022-03-01', keys: ['@bbb'] },
    ];
    const stories = new Map([...previous.stories, ['m1.html', 'm1'], ['m2.html', 'm1']]);
    const result = findStories([...archive(), ...march], { stories, given: [...previous.given, 'm1'] }, { changedDays: ['2022-01-12'] });
    expect(result.stories.get('m1.html')).toBe('m1');
    expect(result.stories.get('m2.html')).toBe('m1');
    expect(result.stories.get('d.html')).toBe('d');
    // Changed near them, they are grouped again, and are no story.
    const near = findStories([...archive(), ...march], { stories, given: [...previous.given, 'm1'] }, { changedDays: ['2022-03-02'] });
    expect(near.stories.has('m1.html')).toBe(false);
    expect(near.given.has('m1')).toBe(true);
  });

  it('never makes a story of two articles of one outlet', () => {
    const oneOutlet = archive().map((a) => (a.id === 'd.html' || a.id === 'e.html' ? { ...a, source: a.id === 'd.html' ? 'Kyiv Post' : ' kyiv post' } : a));
    expect(findStories(oneOutlet).stories.has('d.html')).toBe(false);
    expect(findStories(oneOutlet).stories.has('e.html')).toBe(false);
    const two = archive().map((a) => (a.id === 'd.html' || a.id === 'e.html' ? { ...a, source: a.id } : a));
    expect(findStories(two).stories.get('e.html')).toBe('d');
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

describe('stories of the labelled articles in four languages (test/fixtures/stories/articles)', () => {
  const dir = fileURLToPath(new URL('../fixtures/stories/articles/', import.meta.url));
  const pages = readdirSync(dir).filter((file) => file.endsWith('.html')).sort().map((file) =>
    readPage({ name: file.replace(/\.html$/, ''), file, bytes: new Uint8Array(readFileSync(path.join(dir, file))) }));
  const { stories: labelled, optional } = readLabels('articles-labels.json');
  const found = findStories(pages.map((page) => ({ id: page.id, slug: page.id, day: page.day, keys: storyKeys(page) }))).stories;

  it('never puts two events in one story, the Geneva talks and the NATO–Russia Council two days later included', () => {
    const scores = pairScores(found, labelled, optional);
    expect(scores.fp).toBe(0);
    const geneva = labelled['us-russia-geneva-talks-2022-01-10'].map((id) => found.get(id));
    const brussels = labelled['nato-russia-council-brussels-2022-01-12'].map((id) => found.get(id));
    expect(geneva.filter((slug) => slug !== undefined && brussels.includes(slug))).toEqual([]);
  });

  it('files a new article in its story by grouping only the days near it again', () => {
    const newcomer = 'id-geneva-warta';
    const toArticle = (page: (typeof pages)[number]) => ({ id: page.id, slug: page.id, day: page.day, keys: storyKeys(page) });
    const before = findStories(pages.filter((page) => page.id !== newcomer).map(toArticle));
    const day = pages.find((page) => page.id === newcomer)!.day!;
    const after = findStories(pages.map(toArticle), before, { changedDays: [day] });
    expect(after.stories.get(newcomer)).toBe(before.stories.get('en-geneva-ledger'));
    for (const [id, slug] of before.stories) expect(after.stories.get(id)).toBe(slug);
    // The same as grouping the whole archive again.
    expect(after.stories).toEqual(findStories(pages.map(toArticle), before).stories);
  });

  it('joins the Indonesian, English, Russian and Ukrainian reports of most events', () => {
    const scores = pairScores(found, labelled, optional);
    expect(scores.recall).toBeGreaterThanOrEqual(0.85);
    const kazakhstan = new Set(labelled['kazakhstan-unrest-csto-2022-01-06'].map((id) => found.get(id)));
    expect(kazakhstan.size).toBe(1);
    expect(kazakhstan.has(undefined)).toBe(false);
  });
});
