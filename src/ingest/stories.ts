/**
 * Stories: articles about the same news event, from different outlets or in different
 * languages, published within days of each other.
 *
 * Each article is reduced, when it is read, to its story keys ({@link storyKeys}): the names
 * and numbers it mentions, spelled so that Рябков, Ryabkov and Рябкова meet (Cyrillic
 * transliterated, vowels and case endings left out), and, for articles in one language, its
 * words. The story stage ({@link findStories}) then compares each article only with those
 * published within a few days of it (a near-linear cost), weighs shared keys by how rare they
 * are in the archive, and joins articles into stories by average link: an article joins a story
 * only when it is close to its members on average, so that one shared name cannot chain two
 * events together. Precision first: a wrong merge hurts readers more than a missed one.
 *
 * Story slugs are permanent: a story keeps its slug as articles come and go, a story that
 * splits keeps it for its larger part, a merged story keeps the older one, and a slug once
 * given to a story is never given to another.
 */
import transliterate from '@sindresorhus/transliterate';

/** What the story stage knows of one article. */
export interface StoryArticle {
  /** Stable id of the article (its input file). */
  id: string;
  /** The article's permanent slug: new stories are named after their earliest article. */
  slug: string;
  /** Publication day (ISO date, `2022-01-10`); undated articles join no story. */
  day?: string;
  /** See {@link storyKeys}. */
  keys: readonly string[];
  /** The reader said this article is in no story (`story: none` in its sidecar). */
  alone?: boolean;
}

/** Options of {@link findStories}. */
export interface StoryOptions {
  /** Articles published at most this many days apart can be one story. */
  maxDays?: number;
  /** Two articles this similar (0–1) are a candidate pair… */
  minPairSimilarity?: number;
  /** …and two groups join only when their members are this similar on average. */
  minAverageSimilarity?: number;
}

/** The stage's result: story slug by article id (articles in no story are absent), and every slug ever given. */
export interface StoryAssignment {
  stories: Map<string, string>;
  /** Every story slug given so far, in use or not: none is ever given to another story. */
  given: Set<string>;
}

/** Days apart within which articles can be one story: an event's coverage comes in its week. */
const MAX_DAYS = 3;
/** Similarity of a candidate pair. Set on the labelled sets of `npm run bench:stories`. */
const MIN_PAIR_SIMILARITY = 0.25;
/** Average similarity two groups need to join. */
const MIN_AVERAGE_SIMILARITY = 0.15;
/** Words of the text read for keys: the headline and the lead carry the event. */
const LEAD_CHARS = 1200;
/** A word's weight relative to a name's: words match within one language only and say less. */
const WORD_WEIGHT = 0.5;

/** Russian and Ukrainian instrumental and prepositional endings, left out of a name before it is compared. */
const CASE_ENDINGS = /(?:om|em|ym|im|oy|ey|oyu|eyu|ami|yakh|akh)$/;

/**
 * A word in Latin letters, lower case, without accents: other scripts transliterated by the
 * library that makes the ingest's slugs (slug.ts), so Рябков reads `ryabkov` in both.
 */
export function latinWord(word: string): string {
  return transliterate(word, { customReplacements: NAME_LETTERS }).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Letters spelled as English spells names: the library's `ye`, `yi`, `yo` would put a `y` before
 * a vowel the name key then drops (Євросоюз and Europe must both start with `e`), and Щ is `shch`.
 */
const NAME_LETTERS: [string, string][] = [
  ['є', 'e'], ['Є', 'E'], ['ї', 'i'], ['Ї', 'I'], ['ё', 'e'], ['Ё', 'E'], ['щ', 'shch'], ['Щ', 'Shch'],
];

/**
 * A name's key: its first letter and the consonants after it, sounds spelled alike folded
 * together, so that spellings differing in vowels, letters and case endings meet (Ryabkov,
 * Рябков, Рябкова → `rbkv`; Tokayev, Токаев → `tkv`; Geneva, Jenewa, Женева → `gnv`).
 */
export function nameKey(word: string): string {
  let latin = latinWord(word);
  if (latin.length > 6) latin = latin.replace(CASE_ENDINGS, '');
  // Letters that spell one sound across the four languages' ways of writing names:
  // Geneva/Jenewa/Женева, Moscow/Moskow/Москва, Washington/Вашингтон.
  const folded = latin
    .replace(/ph/g, 'f').replace(/kh/g, 'k').replace(/zh|j/g, 'g').replace(/[cq]/g, 'k')
    .replace(/w/g, 'v').replace(/x/g, 'ks').replace(/z/g, 's');
  const skeleton = folded[0] + folded.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return skeleton.length >= 2 ? skeleton : folded;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’ʼ.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const SENTENCE_END = /[.!?…:"»”]$/;

/**
 * An article's story keys: `@` + the key of each name (a capitalised word not opening a
 * sentence, or one that is capitalised there and elsewhere too), `#` + each number of three or
 * more digits that is not a year, and `<lang>:` + the stem of each other word of four letters or
 * more. Read from the headline and the start of the text.
 */
export function storyKeys(article: { title: string; text: string; lang?: string }): string[] {
  const text = `${article.title}. ${article.text.slice(0, LEAD_CHARS)}`;
  const lang = article.lang ?? 'und';
  const words: { word: string; opens: boolean }[] = [];
  let opens = true;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/[.,]+$/, '');
    words.push({ word: raw, opens });
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 2);
    opens = SENTENCE_END.test(match[0]) || /^\s*[.!?]/.test(after) || /^[\n]/.test(after);
  }
  // A headline in Title Case capitalises every word: its words count as names only when the
  // text capitalises them too, inside a sentence.
  const titleWords = article.title.match(WORD)?.length ?? 0;
  const capitalisedInside = new Set(words.slice(titleWords).filter((w) => !w.opens && isCapitalised(w.word)).map((w) => w.word));
  const keys = new Set<string>();
  for (const [index, { word, opens: atStart }] of words.entries()) {
    const inTitle = index < titleWords;
    const digits = word.replace(/[.,'’ ]/g, '');
    if (/^\d+$/.test(digits)) {
      if (digits.length >= 3 && !/^(?:19|20)\d\d$/.test(digits)) keys.add(`#${digits}`);
      continue;
    }
    if (isCapitalised(word) && ((!atStart && !inTitle) || capitalisedInside.has(word))) {
      for (const part of word.split(/[-'’ʼ]/)) if (/\p{L}{2,}/u.test(part)) keys.add(`@${nameKey(part)}`);
      continue;
    }
    const latin = latinWord(word);
    if (word.length >= 4 && /^\p{L}+$/u.test(word)) keys.add(`${lang}:${latin.slice(0, 5) || word.toLowerCase().slice(0, 5)}`);
  }
  return [...keys].sort();
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A name's or number's key (`@…`, `#…`): what articles in two languages can share. */
function isName(key: string): boolean {
  return key.startsWith('@') || key.startsWith('#');
}

/** A key's weight: names and numbers count fully, words less (see {@link WORD_WEIGHT}). */
function kindWeight(key: string): number {
  return isName(key) ? 1 : WORD_WEIGHT;
}

/** Days since 1970 of an ISO date, or undefined. */
function dayNumber(day: string | undefined): number | undefined {
  if (!day) return undefined;
  const time = Date.parse(day.slice(0, 10));
  return Number.isNaN(time) ? undefined : Math.round(time / 86_400_000);
}

/**
 * Group articles into stories and name each: `previous` is the assignment of the last run
 * (story slug by article id, and every slug given so far); a story keeps the slug most of its
 * members had, and a new story is named after its earliest article.
 */
export function findStories(
  articles: readonly StoryArticle[],
  previous: { stories: ReadonlyMap<string, string>; given: Iterable<string> } = { stories: new Map(), given: [] },
  options: StoryOptions = {},
): StoryAssignment {
  const maxDays = options.maxDays ?? MAX_DAYS;
  const minPair = options.minPairSimilarity ?? MIN_PAIR_SIMILARITY;
  const minAverage = options.minAverageSimilarity ?? MIN_AVERAGE_SIMILARITY;
  const dated = articles
    .map((article) => ({ article, day: dayNumber(article.day) }))
    .filter((entry): entry is { article: StoryArticle; day: number } => entry.day !== undefined && !entry.article.alone)
    .sort((a, b) => a.day - b.day || (a.article.id < b.article.id ? -1 : 1));

  // How rare each key is in the archive: a name every article mentions says nothing.
  const frequency = new Map<string, number>();
  for (const { article } of dated) for (const key of article.keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const total = Math.max(dated.length, 1);
  const weight = (key: string) => kindWeight(key) * Math.log(1 + total / (frequency.get(key) ?? 1));
  // Two measures: over all keys (articles in one language share words too), and over names and
  // numbers only (all that articles in two languages share); the higher counts.
  const norm = (keys: readonly string[], only: boolean) => Math.sqrt(keys.reduce((sum, key) => sum + (!only || isName(key) ? weight(key) ** 2 : 0), 0));
  const norms = dated.map(({ article }) => norm(article.keys, false));
  const nameNorms = dated.map(({ article }) => norm(article.keys, true));
  const keySets = dated.map(({ article }) => new Set(article.keys));

  // Candidate pairs within the window, most similar first.
  const similarity = new Map<number, Map<number, number>>();
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length && dated[j].day - dated[i].day <= maxDays; j++) {
      const [small, large] = keySets[i].size <= keySets[j].size ? [i, j] : [j, i];
      let shared = 0;
      let sharedNames = 0;
      for (const key of keySets[small]) {
        if (!keySets[large].has(key)) continue;
        const w = weight(key) ** 2;
        shared += w;
        if (isName(key)) sharedNames += w;
      }
      const all = norms[i] > 0 && norms[j] > 0 ? shared / (norms[i] * norms[j]) : 0;
      const names = nameNorms[i] > 0 && nameNorms[j] > 0 ? sharedNames / (nameNorms[i] * nameNorms[j]) : 0;
      const value = Math.max(all, names);
      if (value <= 0) continue;
      if (!similarity.has(i)) similarity.set(i, new Map());
      if (!similarity.has(j)) similarity.set(j, new Map());
      similarity.get(i)!.set(j, value);
      similarity.get(j)!.set(i, value);
      if (value >= minPair) pairs.push([value, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);

  // Average link: two groups join when their members are close on average.
  const groupOf = dated.map((_, i) => i);
  const members = new Map<number, number[]>(dated.map((_, i) => [i, [i]]));
  for (const [, i, j] of pairs) {
    const a = groupOf[i];
    const b = groupOf[j];
    if (a === b) continue;
    const left = members.get(a)!;
    const right = members.get(b)!;
    let sum = 0;
    for (const x of left) for (const y of right) sum += similarity.get(x)?.get(y) ?? 0;
    if (sum / (left.length * right.length) < minAverage) continue;
    for (const y of right) groupOf[y] = a;
    left.push(...right);
    members.delete(b);
  }

  return nameStories(
    [...members.values()].filter((group) => group.length >= 2).map((group) => group.map((i) => dated[i].article)),
    previous,
  );
}

/**
 * Give each story its slug: the previous slug most of its members had (a split keeps it for its
 * larger part, a merge keeps the one of the most members, the older on a tie), else a new slug
 * after its earliest article, never one given before.
 */
function nameStories(
  groups: StoryArticle[][],
  previous: { stories: ReadonlyMap<string, string>; given: Iterable<string> },
): StoryAssignment {
  const given = new Set(previous.given);
  for (const slug of previous.stories.values()) given.add(slug);
  // Each group's claims on previous slugs, strongest first.
  const claims: { group: number; slug: string; count: number; first: string }[] = [];
  groups.forEach((group, index) => {
    const counts = new Map<string, number>();
    for (const article of group) {
      const slug = previous.stories.get(article.id);
      if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    for (const [slug, count] of counts) claims.push({ group: index, slug, count, first: oldestMember(group, previous.stories, slug) });
  });
  claims.sort((a, b) => b.count - a.count || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0) || (a.slug < b.slug ? -1 : 1));
  const named = new Map<number, string>();
  const taken = new Set<string>();
  for (const claim of claims) {
    if (named.has(claim.group) || taken.has(claim.slug)) continue;
    named.set(claim.group, claim.slug);
    taken.add(claim.slug);
  }
  const stories = new Map<string, string>();
  groups.forEach((group, index) => {
    let slug = named.get(index);
    if (!slug) {
      const earliest = [...group].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.slug.localeCompare(b.slug))[0];
      slug = earliest.slug;
      for (let n = 2; given.has(slug); n++) slug = `${earliest.slug}-${n}`;
    }
    given.add(slug);
    for (const article of group) stories.set(article.id, slug);
  });
  return { stories, given };
}

/** The day of the earliest member that had `slug` before: which of two merged stories is older. */
function oldestMember(group: StoryArticle[], previous: ReadonlyMap<string, string>, slug: string): string {
  let first = '\uffff';
  for (const article of group) if (previous.get(article.id) === slug && (article.day ?? '\uffff') < first) first = article.day ?? first;
  return first;
}
