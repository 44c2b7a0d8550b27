import { describe, expect, it } from 'vitest';
import { collapseStories, groupByDay, sortNewestFirst } from '../../src/lib/digest.ts';
import { groupStories, storiesByArticle, type StoryArticle } from '../../src/lib/stories.ts';

const article = (id: string, data: Partial<StoryArticle['data']> = {}): StoryArticle => ({ id, data: { title: `Title of ${id}`, ...data } });

/** Three tellings of the Geneva talks, one of another story, one alone with a key, one without. */
const geneva = [
  article('reuters', { story: 'geneva', lang: 'en', source: 'Reuters', published: '2022-01-10T18:00:00+01:00' }),
  article('tass', { story: 'geneva', lang: 'ru', source: 'ТАСС', published: '2022-01-08' }),
  article('suara', { story: 'geneva', lang: 'id', source: 'Suara.com', published: '2022-01-09T14:30:00+07:00' }),
  article('ap', { story: 'geneva', lang: 'en', source: 'AP', published: '2022-01-10T20:15:00+01:00' }),
];
const gas = [
  article('gas-de', { story: 'gas', lang: 'de', source: 'Tagesschau', published: '2022-01-12' }),
  article('gas-id', { story: 'gas', lang: 'id', url: 'https://www.kompas.com/gas', published: '2022-01-11' }),
];
const alone = article('alone', { story: 'lonely', lang: 'en', published: '2022-01-13' });
const plain = article('plain', { lang: 'en', published: '2022-01-09' });

describe('groupStories', () => {
  it('groups by story key, only groups of two or more, newest story first', () => {
    const stories = groupStories([...geneva, alone, plain, ...gas], 'en');
    expect(stories.map((story) => story.slug)).toEqual(['gas', 'geneva']);
    expect(stories.flatMap((story) => story.articles.map((a) => a.id))).not.toContain('alone');
  });

  it('orders a story’s articles oldest first, by day then instant, undated last', () => {
    const undated = article('undated', { story: 'geneva', lang: 'fr', source: 'Le Monde' });
    const [story] = groupStories([undated, ...geneva], 'en');
    expect(story.articles.map((a) => a.id)).toEqual(['tass', 'suara', 'reuters', 'ap', 'undated']);
    expect([story.firstDay, story.lastDay]).toEqual(['2022-01-08', '2022-01-10']);
  });

  it('takes the headline from the earliest article in the interface language, else the earliest', () => {
    const english = groupStories(geneva, 'en')[0];
    expect(english.headline).toBe('Title of reuters');
    expect(english.lead.id).toBe('reuters');
    expect(groupStories(geneva, 'id')[0].headline).toBe('Title of suara');
    // No telling in German: the first one, whatever its language.
    expect(groupStories(geneva, 'de')[0].headline).toBe('Title of tass');
  });

  it('lists outlets (source, else host; one per outlet) and languages once each, in order of telling', () => {
    const [story] = groupStories([...geneva, article('suara-2', { story: 'geneva', lang: 'id', source: 'suara.com', published: '2022-01-11' })], 'en');
    expect(story.outlets).toEqual(['ТАСС', 'Suara.com', 'Reuters', 'AP']);
    expect(story.languages).toEqual(['ru', 'id', 'en']);
    const [gasStory] = groupStories(gas, 'en');
    expect(gasStory.outlets).toEqual(['kompas.com', 'Tagesschau']);
    expect(gasStory.languages).toEqual(['id', 'de']);
  });

  it('puts stories with no dated article last, ties by slug, and never depends on input order', () => {
    const dateless = [article('x1', { story: 'b-dateless' }), article('x2', { story: 'b-dateless' })];
    const other = [article('y1', { story: 'a-dateless' }), article('y2', { story: 'a-dateless' })];
    const input = [...dateless, ...geneva, ...other, ...gas];
    const slugs = groupStories(input, 'en').map((story) => story.slug);
    expect(slugs).toEqual(['gas', 'geneva', 'a-dateless', 'b-dateless']);
    expect(groupStories([...input].reverse(), 'en').map((story) => story.slug)).toEqual(slugs);
    const undatedStory = groupStories(dateless, 'en')[0];
    expect([undatedStory.firstDay, undatedStory.lastDay]).toEqual([undefined, undefined]);
  });

  it('orders stories by the instant of their newest article when they end on the same day', () => {
    const late = [article('l1', { story: 'late', published: '2022-01-10T23:00:00+07:00' }), article('l2', { story: 'late', published: '2022-01-01' })];
    // 23:00 at +07:00 is 16:00Z, before AP's 19:15Z.
    expect(groupStories([...late, ...geneva], 'en').map((story) => story.slug)).toEqual(['geneva', 'late']);
  });

  it('gives nothing for no stories', () => {
    expect(groupStories([plain, alone], 'en')).toEqual([]);
  });
});

describe('a story in the digest', () => {
  it('stands once, at the place of its newest article, the others left out', () => {
    const digest = sortNewestFirst([...geneva, ...gas, alone, plain]);
    const stories = groupStories(digest, 'en');
    const { entries, storyAt } = collapseStories(digest, storiesByArticle(stories));
    expect(entries.map((a) => a.id)).toEqual(['alone', 'gas-de', 'ap', 'plain']);
    expect([...storyAt].map(([id, story]) => [id, story.slug])).toEqual([
      ['gas-de', 'gas'],
      ['ap', 'geneva'],
    ]);
    // Entries are articles in digest order: the day headings follow the story's newest article.
    expect(groupByDay(entries).map((group) => group.day)).toEqual(['2022-01-13', '2022-01-12', '2022-01-10', '2022-01-09']);
  });

  it('leaves a digest without stories as it is', () => {
    const digest = sortNewestFirst([...geneva, plain]);
    const { entries, storyAt } = collapseStories(digest, new Map());
    expect(entries).toEqual(digest);
    expect(storyAt.size).toBe(0);
  });
});
