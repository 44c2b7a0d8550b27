/**
 * The content of one generated news story, before an outlet dresses it in HTML: its beat (and
 * so the topics it should get), headline, ~700 words of body text (prose.ts), reporter and
 * publication time.
 */
import { sentence } from './prose.ts';
import { beatTopics, beatWeights, languages, type BeatName, type Lang } from './words.ts';
import type { Random } from './prng.ts';

/** A moment as an outlet writes it: in its own time zone. */
export interface LocalTime {
  /** ISO 8601 with the outlet's offset, e.g. `2022-03-04T10:15:00+07:00`. */
  iso: string;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

/** One story's words and facts. */
export interface Story {
  beat: BeatName;
  lang: Lang;
  /** Topic slugs the ingest should give it (content/topics.yml). */
  topics: string[];
  title: string;
  /** One sentence that sums the story up, for the standfirst and meta descriptions. */
  standfirst: string;
  /** Body paragraphs, plain text; the first one is the lead. */
  paragraphs: string[];
  /** Words in `paragraphs`. */
  words: number;
  reporter: string;
  published: LocalTime;
  /** A few keywords for the tag list. */
  tags: string[];
}

/** First day of the two years the stories are spread over (UTC). */
const START = Date.UTC(2022, 0, 1);
const TWO_YEARS_MS = 730 * 24 * 3600 * 1000;
/** Words a body aims at: ~700, varying by story. */
const MIN_WORDS = 600;
const MAX_WORDS = 800;

/** Pick a beat by the weights of {@link beatWeights}. */
export function pickBeat(random: Random): BeatName {
  const total = beatWeights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [beat, weight] of beatWeights) {
    roll -= weight;
    if (roll < 0) return beat;
  }
  return beatWeights[beatWeights.length - 1][0];
}

/**
 * The publication instant of story `index`: a low-discrepancy walk over two years (golden
 * ratio steps), so that any run of consecutive stories, even 20 of them, spans both years,
 * with a little randomness within the day.
 */
export function publishedAt(index: number, random: Random): number {
  const fraction = (index * 0.6180339887498949) % 1;
  const day = Math.floor(fraction * 730);
  // Newsrooms publish from 05:00 to 23:00; minutes are whole.
  const minute = random.int(5 * 60, 23 * 60);
  return Math.min(START + day * 86_400_000 + minute * 60_000, START + TWO_YEARS_MS - 60_000);
}

/** `instant` as written in a zone `offsetMinutes` east of UTC. */
export function localTime(instant: number, offsetMinutes: number): LocalTime {
  const shifted = new Date(instant + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  const parts = {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
  const iso = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:00${zone}`;
  return { iso, ...parts };
}

/**
 * Fill a headline template's `{x}`, `{p}` and `{n}` slots, and sometimes add a second part
 * (": Ini Kata Pengamat"), so that a 10,000-story archive repeats few headlines, as a real one.
 */
export function headline(lang: Lang, beat: BeatName, random: Random): string {
  const language = languages[lang];
  const words = language.beats[beat];
  const tail = random.chance(0.4) ? random.pick(language.headlineTails).replace('{p}', () => random.pick(words.places)) : '';
  const main = random
    .pick(words.headlines)
    .replace('{x}', () => titleCase(random.pick(words.things), lang))
    .replace('{p}', () => random.pick(words.places))
    .replace('{n}', () => String(random.int(2, 40)));
  return main + tail;
}

/** Capitalize each word of a thing used in a headline ("bantuan militer" → "Bantuan Militer"). */
function titleCase(text: string, lang: Lang): string {
  const small = lang === 'en' ? new Set(['the', 'of', 'a', 'an', 'and']) : new Set(['dan', 'di', 'ke']);
  return text
    .split(' ')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The story for one page: its language is the outlet's, everything else comes from `random`. */
export function makeStory(index: number, lang: Lang, offsetMinutes: number, random: Random): Story {
  const language = languages[lang];
  const beat = pickBeat(random);
  const words = language.beats[beat];
  const title = headline(lang, beat, random);
  const published = localTime(publishedAt(index, random), offsetMinutes);
  const target = random.int(MIN_WORDS, MAX_WORDS);

  const paragraphs = [random.pick(words.leads)];
  let count = countWords(paragraphs[0]);
  while (count < target) {
    const sentences: string[] = [];
    const length = random.int(2, 4);
    for (let i = 0; i < length; i++) sentences.push(sentence(lang, words, language.months, random));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    count += countWords(paragraph);
  }
  return {
    beat,
    lang,
    topics: beatTopics[beat],
    title,
    standfirst: sentence(lang, words, language.months, random),
    paragraphs,
    words: count,
    reporter: random.pick(language.reporters),
    published,
    tags: random.sample([...words.things, ...words.places], 4),
  };
}
