/**
 * Stories: articles about the same news event, from different outlets or in different
 * languages, published within days of each other.
 *
 * Each article is reduced, when it is read, to its story keys ({@link storyKeys}): the names
 * and numbers of its headline and lead, spelled so that Рябков, Ryabkov and Рябкова meet
 * (Cyrillic transliterated, vowels and case endings left out, ОБСЕ read as OSCE), and the words
 * of its first pages, with how often each occurs, and its headline's names and words apart. The
 * story stage ({@link findStories}) then compares each article only with those published within a few days of it (a near-linear cost),
 * weighs shared keys by how rare they are in the archive (TF-IDF), and joins articles into
 * stories by average link: an article joins a story only when it is close to its members on
 * average, so that one shared name cannot chain two events together. Two articles in one
 * language must share both names and words; in two languages, names are all they can share.
 * Precision first: a wrong merge hurts readers more than a missed one.
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
  /** The outlet (the frontmatter's `source`): two articles of one outlet are never a story's pair. */
  source?: string;
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
  /**
   * The days (ISO dates) on which articles were added, changed or removed since `previous`: only
   * the articles near them, and the stories those are in, are grouped again; every other
   * article keeps its story. Absent: the whole archive is grouped.
   */
  changedDays?: Iterable<string>;
  /**
   * With `changedDays`: each article's story as the last run left it, when `previous.stories`
   * remembers more (the story an article left); articles far from the changes keep these.
   */
  current?: ReadonlyMap<string, string>;
}

/** The stage's result: story slug by article id (articles in no story are absent), and every slug ever given. */
export interface StoryAssignment {
  stories: Map<string, string>;
  /** Every story slug given so far, in use or not: none is ever given to another story. */
  given: Set<string>;
}

/** Days apart within which articles can be one story: an event's coverage comes in its week. */
const MAX_DAYS = 3;
/**
 * Similarity lost per day beyond the first between two articles: most of an event's coverage
 * is published on its day and the next, and two meetings of one diplomatic week two days apart
 * share most of their names.
 */
const DECAY_PER_DAY = 0.2;
/** Similarity of a candidate pair. Set on the labelled sets of `npm run bench:stories`. */
const MIN_PAIR_SIMILARITY = 0.25;
/** Average similarity two groups need to join. */
const MIN_AVERAGE_SIMILARITY = 0.2;
/** Two headlines in one language must share a key that at most this share of the archive's headlines has. */
const HEADLINE_MAX_SHARE = 0.1;
/** Characters of the text whose names are read: the headline and the lead name the event's actors. */
const LEAD_CHARS = 1200;
/** Characters of the text whose words are read: enough for what the event is, not the background. */
const WORDS_CHARS = 4000;
/** Words kept of them, the most frequent: 40 to 70 score alike on the labelled sets. */
const MAX_WORDS = 60;

/**
 * Words capitalised by convention, not because they name someone: days, months and offices in
 * English and Indonesian (Russian and Ukrainian write them in lower case). "Deputy Foreign
 * Minister" would otherwise join every two meetings of deputy foreign ministers.
 */
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'minister', 'ministry', 'deputy', 'foreign', 'secretary', 'president', 'prime', 'general', 'chief', 'spokesman',
  'spokeswoman', 'spokesperson', 'director', 'head', 'vice', 'senior', 'former', 'state',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'mei', 'juni', 'juli',
  'agustus', 'oktober', 'desember', 'menteri', 'wakil', 'presiden', 'luar', 'negeri', 'kementerian', 'juru', 'bicara',
  'sekretaris', 'jenderal', 'perdana', 'kepala', 'direktur', 'mantan',
]);

/**
 * Acronyms that each language spells its own way (ОБСЕ is the OSCE, США and AS the US, ОДКБ the
 * CSTO), read in capitals only, as their Latin transliteration: the organisations the stories of
 * this archive are about, and the states and bodies named in nearly every one of them.
 */
const ACRONYMS: Record<string, string> = {
  osce: 'osce', obse: 'osce', csto: 'csto', odkb: 'csto', eu: 'eu', es: 'eu', ue: 'eu',
  us: 'us', usa: 'us', ssha: 'us', as: 'us', un: 'un', oon: 'un', pbb: 'un', imf: 'imf', mvf: 'imf',
  who: 'who', voz: 'who', moz: 'who', ussr: 'ussr', sssr: 'ussr', cia: 'cia', tsru: 'cia',
};

/** Russian and Ukrainian instrumental and prepositional endings, left out of a name before it is compared. */
const CASE_ENDINGS = /(?:om|em|ym|im|oy|ey|oyu|eyu|ami|yakh|akh)$/;

/**
 * A word in Latin letters, lower case, without accents: other scripts transliterated by the
 * library that makes the ingest's slugs (slug.ts), so Рябков reads `ryabkov` in both.
 */
export function latinWord(word: string): string {
  // Most words are in Latin letters already, and a language uses a few thousand words again and
  // again: the library (most of the cost of reading keys) sees each other word once.
  if (!/[^\x00-\x7f]/.test(word)) return word.toLowerCase().replace(/[^a-z0-9]/g, '');
  let latin = transliterated.get(word);
  if (latin === undefined) {
    latin = transliterate(word, { customReplacements: NAME_LETTERS }).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (transliterated.size >= 50_000) transliterated.clear();
    transliterated.set(word, latin);
  }
  return latin;
}

/** Words already transliterated, by word (bounded: an archive in many languages has many). */
const transliterated = new Map<string, string>();

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
 * Рябков, Рябкова → `rbkv`; Tokayev, Токаев → `tkv`; Geneva, Jenewa, Женева → `gnv`; Europe,
 * Европа → `erp`). An acronym in capitals that languages spell differently is its English one
 * (ОБСЕ → `osce`).
 */
export function nameKey(word: string): string {
  if (word.length >= 2 && word === word.toUpperCase()) {
    const acronym = ACRONYMS[latinWord(word)];
    if (acronym) return acronym;
  }
  let latin = latinWord(word);
  if (latin.length > 6) latin = latin.replace(CASE_ENDINGS, '');
  // Европа, Євген: Cyrillic spells with a `v` the `u` of Europe and Eugene.
  latin = latin.replace(/^ev(?=[^aeiouy])/, 'e');
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
 * sentence, or one that is capitalised there and elsewhere too) and `#` + each number of three
 * or more digits that is not a year, read from the headline and the lead; `<lang>:` + the stem
 * of each other word of four letters or more, read further (the 60 most frequent). A key found
 * more than once carries its count: `@rbkv*3`. The headline's names and words come again after
 * `^` (`^@gnv`).
 */
export function storyKeys(article: { title: string; text: string; lang?: string }): string[] {
  const text = `${article.title}. ${article.text.slice(0, WORDS_CHARS)}`;
  const namesEnd = article.title.length + 2 + LEAD_CHARS;
  const lang = article.lang ?? 'und';
  const words: { word: string; opens: boolean; at: number }[] = [];
  let opens = true;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/[.,]+$/, '');
    words.push({ word: raw, opens, at: match.index! });
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 2);
    opens = SENTENCE_END.test(match[0]) || /^\s*[.!?]/.test(after) || /^[\n]/.test(after);
  }
  // A headline in Title Case capitalises every word: its words count as names only when the
  // text capitalises them too, inside a sentence.
  const titleWords = article.title.match(WORD)?.length ?? 0;
  const capitalisedInside = new Set(words.slice(titleWords).filter((w) => !w.opens && isCapitalised(w.word)).map((w) => w.word));
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const headline = new Set<string>();
  for (const [index, { word, opens: atStart, at }] of words.entries()) {
    const inTitle = index < titleWords;
    const inLead = at < namesEnd;
    const digits = word.replace(/[.,'’ ]/g, '');
    if (/^\d+$/.test(digits)) {
      if (inLead && digits.length >= 3 && !/^(?:19|20)\d\d$/.test(digits)) add(`#${digits}`);
      continue;
    }
    if (isCapitalised(word) && ((!atStart && !inTitle) || capitalisedInside.has(word))) {
      if (!inLead) continue;
      for (const part of word.split(/[-'’ʼ]/)) {
        if (!/\p{L}{2,}/u.test(part) || NOT_NAMES.has(latinWord(part))) continue;
        const key = `@${nameKey(part)}`;
        add(key);
        if (inTitle) headline.add(`^${key}`);
      }
      continue;
    }
    if (word.length >= 4 && /^\p{L}+$/u.test(word)) {
      const key = `${lang}:${latinWord(word).slice(0, 5) || word.toLowerCase().slice(0, 5)}`;
      add(key);
      if (inTitle) headline.add(`^${key}`);
    }
  }
  // The words it uses most are what it is about; the rest is background every article has.
  const topWords = [...counts].filter(([key]) => !isName(key)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS);
  const kept = [...[...counts].filter(([key]) => isName(key)), ...topWords];
  return [...kept.map(([key, count]) => (count > 1 ? `${key}*${count}` : key)), ...headline].sort();
}

/** A key and its count, from the form {@link storyKeys} gives (`@rbkv*3`). */
function countedKey(key: string): [string, number] {
  const star = key.lastIndexOf('*');
  return star > 0 ? [key.slice(0, star), Number(key.slice(star + 1)) || 1] : [key, 1];
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Whether two sets share a member. */
function shareAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const member of small) if (large.has(member)) return true;
  return false;
}

/** A headline's key (`^…`): kept apart from the text's, for the headline test of {@link findStories}. */
function isHeadline(key: string): boolean {
  return key.startsWith('^');
}

/** A name's or number's key (`@…`, `#…`): what articles in two languages can share. */
function isName(key: string): boolean {
  return key.startsWith('@') || key.startsWith('#');
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

  // What to group again: everything, or the articles near a changed day and their stories.
  const current = options.current ?? previous.stories;
  const open = openArticles(dated, current, options.changedDays, maxDays);
  const work = dated.filter((_, index) => open[index]);

  // TF-IDF: a key counts by how often the article uses it (1 + ln count) and by how rare it is
  // in the archive (a name every article mentions says nothing). Keys become numbers, and each
  // article a sorted vector of them, so that comparing two articles is one merge of two arrays.
  const ids = new Map<string, number>();
  const entries = new Map<string, { key: string; id: number; count: number }>();
  const frequency: number[] = [];
  const nameKeys: boolean[] = [];
  const counted = dated.map(({ article }) => article.keys.map((entry) => {
    let known = entries.get(entry);
    if (!known) {
      const [key, count] = countedKey(entry);
      let id = ids.get(key);
      if (id === undefined) {
        id = frequency.length;
        ids.set(key, id);
        frequency.push(0);
        nameKeys.push(isName(key));
      }
      known = { key, id, count };
      entries.set(entry, known);
    }
    frequency[known.id]++;
    return known;
  }));
  const total = Math.max(dated.length, 1);
  const rareHeadline = Math.max(2, HEADLINE_MAX_SHARE * total);
  const vectors = counted.filter((_, index) => open[index]).map((keys) => {
    const terms = keys.filter(({ key }) => !isHeadline(key)).sort((a, b) => a.id - b.id);
    const values = new Float64Array(terms.length);
    let names = 0;
    let words = 0;
    terms.forEach(({ id, count }, index) => {
      const value = (1 + Math.log(count)) * Math.log(1 + total / frequency[id]);
      values[index] = value;
      if (nameKeys[id]) names += value ** 2;
      else words += value ** 2;
    });
    // Reports of one event in one language name it in their headlines: two that share no
    // headline word but common ones (Ukraine, US) are two events on one subject.
    const headline = new Set(keys.filter(({ key, id }) => isHeadline(key) && frequency[id] <= rareHeadline).map(({ id }) => id));
    return { ids: Int32Array.from(terms, ({ id }) => id), values, headline, names: Math.sqrt(names), words: Math.sqrt(words) };
  });

  // Candidate pairs within the window, most similar first. Two measures, cosines over names and
  // numbers and over words: articles in one language must share both (their geometric mean) and
  // a rare headline key; articles in two languages share no words, and names are all they have.
  const outlets = work.map(({ article }) => article.source?.trim().toLowerCase() || undefined);
  const similarity = new Map<number, number>();
  const pairKey = (i: number, j: number) => (i < j ? i * work.length + j : j * work.length + i);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < work.length; i++) {
    const a = vectors[i];
    for (let j = i + 1; j < work.length && work[j].day - work[i].day <= maxDays; j++) {
      const b = vectors[j];
      // One outlet's two articles are a follow-up or another subject, never two tellings.
      if (outlets[i] !== undefined && outlets[i] === outlets[j]) continue;
      let sharedNames = 0;
      let sharedWords = 0;
      for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length;) {
        if (a.ids[x] < b.ids[y]) x++;
        else if (a.ids[x] > b.ids[y]) y++;
        else {
          if (nameKeys[a.ids[x]]) sharedNames += a.values[x] * b.values[y];
          else sharedWords += a.values[x] * b.values[y];
          x++;
          y++;
        }
      }
      const names = sharedNames > 0 ? sharedNames / (a.names * b.names) : 0;
      const words = sharedWords > 0 ? sharedWords / (a.words * b.words) : 0;
      if (words > 0 && !shareAny(a.headline, b.headline)) continue;
      const gap = work[j].day - work[i].day;
      const value = (words > 0 ? Math.sqrt(names * words) : names) * (1 - DECAY_PER_DAY * Math.max(0, gap - 1));
      if (value <= 0) continue;
      similarity.set(pairKey(i, j), value);
      if (value >= minPair) pairs.push([value, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);

  // Average link: two groups join when their members are close on average.
  const groupOf = work.map((_, i) => i);
  const members = new Map<number, number[]>(work.map((_, i) => [i, [i]]));
  for (const [, i, j] of pairs) {
    const a = groupOf[i];
    const b = groupOf[j];
    if (a === b) continue;
    const left = members.get(a)!;
    const right = members.get(b)!;
    let sum = 0;
    for (const x of left) for (const y of right) sum += similarity.get(pairKey(x, y)) ?? 0;
    if (sum / (left.length * right.length) < minAverage) continue;
    for (const y of right) groupOf[y] = a;
    left.push(...right);
    members.delete(b);
  }

  const named = nameStories(
    [...members.values()].filter((group) => group.length >= 2).map((group) => group.map((i) => work[i].article)),
    previous,
  );
  // The rest keep their stories (whole: a story near a changed day was grouped again whole).
  dated.forEach(({ article }, index) => {
    const slug = current.get(article.id);
    if (!open[index] && slug !== undefined) named.stories.set(article.id, slug);
  });
  return named;
}

/**
 * Which of the dated articles (sorted by day) to group again: all of them when no changed days
 * are given; else those published within `maxDays` of a changed day, and every other member of
 * the stories they were in.
 */
function openArticles(
  dated: readonly { article: StoryArticle; day: number }[],
  previous: ReadonlyMap<string, string>,
  changedDays: Iterable<string> | undefined,
  maxDays: number,
): boolean[] {
  if (changedDays === undefined) return dated.map(() => true);
  const changed = new Set([...changedDays].map(dayNumber));
  const near = (day: number) => {
    for (let other = day - maxDays; other <= day + maxDays; other++) if (changed.has(other)) return true;
    return false;
  };
  // A removed article's story has a member within `maxDays` of it (a story's pairs are), so the
  // closure below reopens it whole.
  const open = dated.map(({ day }) => near(day));
  const reopened = new Set<string>();
  dated.forEach(({ article }, index) => {
    const slug = previous.get(article.id);
    if (open[index] && slug !== undefined) reopened.add(slug);
  });
  return dated.map(({ article }, index) => open[index] || reopened.has(previous.get(article.id) ?? '\u0000'));
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
