import { readdirSync } from 'node:fs';
import path from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { guessPublished, parseDate } from '../../src/ingest/dates.ts';
import { tidyArticle } from '../../src/ingest/extract-tidy.ts';
import {
  anyOf,
  anyPattern,
  captionAgencies,
  classParts,
  classWords,
  escapeRegExp,
  languages,
  longestFirst,
  monthNumbers,
  nameParticles,
  newsAgencies,
  timeZones,
  weekdayNumbers,
  widgetWords,
  type Lexicon,
} from '../../src/ingest/lexicon/index.ts';
import { markupClassParts, markupClassWords } from '../../src/ingest/lexicon/markup.ts';
import { neutralTime, photoAgencyCredits } from '../../src/ingest/lexicon/neutral.ts';
import { parseHtml } from '../../src/ingest/parse.ts';
import { readTextArticle } from '../../src/ingest/text-article.ts';

const lexiconDir = path.resolve(import.meta.dirname, '../../src/ingest/lexicon');

/** Every list of a lexicon, by its path ("credits.lineLabels"); month and weekday tables flattened. */
function listsOf(lexicon: Lexicon): Map<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>();
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) lists.set(at, value);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, at ? `${at}.${key}` : key);
    }
  };
  const { code: _code, name: _name, months, weekdays, time, ...rest } = lexicon;
  walk(rest, '');
  walk({ metaLines: months.metaLines, bylineTails: months.bylineTails }, 'months');
  walk({ dateOnlyLines: weekdays.dateOnlyLines, bylineTails: weekdays.bylineTails }, 'weekdays');
  walk({ suffixes: time.suffixes }, 'time');
  lists.set('months.names', Object.values(months.names ?? {}).flat());
  lists.set('weekdays.names', Object.values(weekdays.names ?? {}).flat());
  lists.set('time.zones', Object.keys(time.zones));
  return lists;
}

/** The keys of an object, nested ones as paths: the shape a language file fills in. */
function shapeOf(value: unknown, at = ''): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [at];
  // Month and weekday tables and zone maps are data, not shape.
  if (/^(?:months\.names|weekdays\.names|time\.zones|dating\.days)$/.test(at)) return [at];
  return Object.entries(value).flatMap(([key, inner]) => shapeOf(inner, at ? `${at}.${key}` : key)).sort();
}

/** Lists of regular-expression sources, with the flags of the rule that reads each. */
const patternLists: Record<string, string> = {
  'credits.lineEnds': 'i',
  'bylines.prefixes': 'iu',
  appeals: 'iu',
  'pitches.anywhere': 'i',
  'pitches.lineStart': 'iu',
  disclosures: 'i',
};

/** The number of capturing groups in a regular-expression source. */
function capturingGroups(source: string, flags: string): number {
  return new RegExp(`|${source}`, flags).exec('')!.length - 1;
}

/** How the tidy pass compares a line with the widget labels. */
function bare(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** How the text reader compares a line with the related-list headings. */
function foldHeading(text: string): string {
  return text.toLowerCase().replace(/[’`]/g, "'").replace(/[:：]\s*$/u, '').replace(/\s+/g, ' ').trim();
}

/** Tidy a body given as HTML and return its lines of text. */
function tidy(html: string): string[] {
  const tree = parseHtml(html);
  tidyArticle(tree, { titles: [] });
  return toText(tree)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

const prose =
  'The committee met on Tuesday and agreed to extend the consultation by another six weeks, citing the number of responses.';
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('the lexicon', () => {
  it('lists every language file once, by a unique two-letter code', () => {
    const files = readdirSync(lexiconDir)
      .filter((file) => /^[a-z]{2}\.ts$/.test(file))
      .map((file) => file.slice(0, 2))
      .sort();
    expect(languages.map((lexicon) => lexicon.code)).toEqual(files);
    for (const lexicon of languages) expect(lexicon.name).toMatch(/^[A-Z][a-z]+$/);
  });

  it('gives every language the same keys, empty lists included', () => {
    const [first, ...rest] = languages;
    for (const lexicon of rest) expect(shapeOf(lexicon), lexicon.code).toEqual(shapeOf(first));
    for (const lexicon of languages) {
      expect(lexicon.months).toHaveProperty('names');
      expect(lexicon.weekdays).toHaveProperty('names');
    }
  });

  it('has read-also phrases and credit labels in every language', () => {
    for (const lexicon of languages) {
      expect(lexicon.teasers.readAlso.length, lexicon.code).toBeGreaterThan(0);
      expect(lexicon.credits.lineLabels.length, lexicon.code).toBeGreaterThan(0);
    }
  });

  it('repeats no word within a list, and writes each trimmed, with single spaces', () => {
    for (const lexicon of languages) {
      for (const [key, list] of listsOf(lexicon)) {
        expect(new Set(list).size, `${lexicon.code} ${key}`).toBe(list.length);
        for (const word of list) expect(word, `${lexicon.code} ${key}`).toMatch(/^\S+(?: \S+)*$/u);
      }
    }
  });

  it('writes words lower-case (patterns excepted: "\\S" is not "\\s")', () => {
    for (const lexicon of languages) {
      for (const [key, list] of listsOf(lexicon)) {
        if (key in patternLists) continue;
        for (const word of list) expect(word, `${lexicon.code} ${key}`).toBe(word.toLowerCase());
      }
    }
  });

  it('writes patterns that compile with their rule’s flags and capture nothing', () => {
    for (const lexicon of languages) {
      const lists = listsOf(lexicon);
      for (const [key, flags] of Object.entries(patternLists)) {
        for (const source of lists.get(key)!) {
          expect(() => new RegExp(source, flags), `${lexicon.code} ${key}: ${source}`).not.toThrow();
          expect(capturingGroups(source, flags), `${lexicon.code} ${key}: ${source}`).toBe(0);
        }
      }
    }
    for (const source of photoAgencyCredits) expect(capturingGroups(source, 'i'), source).toBe(0);
  });

  it('writes widget labels and related headings as their rules normalize lines', () => {
    for (const lexicon of languages) {
      for (const label of lexicon.widgetLabels) expect(bare(label), lexicon.code).toBe(label);
      for (const heading of lexicon.relatedHeadings) expect(foldHeading(heading), lexicon.code).toBe(heading);
    }
  });

  it('names all twelve months and seven weekdays where it names any, each name for one only', () => {
    const months = new Map<string, number>();
    const weekdays = new Map<string, number>();
    for (const lexicon of languages) {
      if (lexicon.months.names) {
        expect(Object.keys(lexicon.months.names).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        for (const [month, names] of Object.entries(lexicon.months.names)) {
          expect(names.length, `${lexicon.code} ${month}`).toBeGreaterThan(0);
          for (const name of names) {
            expect(months.get(name) ?? Number(month), `${lexicon.code} ${name}`).toBe(Number(month));
            months.set(name, Number(month));
          }
        }
      }
      if (lexicon.weekdays.names) {
        expect(Object.keys(lexicon.weekdays.names).map(Number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        for (const [day, names] of Object.entries(lexicon.weekdays.names)) {
          expect(names.length, `${lexicon.code} ${day}`).toBeGreaterThan(0);
          for (const name of names) {
            expect(weekdays.get(name) ?? Number(day), `${lexicon.code} ${name}`).toBe(Number(day));
            weekdays.set(name, Number(day));
          }
        }
      }
    }
    expect(Object.fromEntries(months)).toEqual(monthNumbers);
    expect(Object.fromEntries(weekdays)).toEqual(weekdayNumbers);
  });

  it('gives each zone abbreviation one meaning: an offset within ±14 hours or a known IANA zone', () => {
    const seen = new Map<string, number | string>();
    for (const zones of [neutralTime.zones, ...languages.map((lexicon) => lexicon.time.zones)]) {
      for (const [name, value] of Object.entries(zones)) {
        expect(name).toBe(name.toLowerCase());
        expect(seen.get(name) ?? value, name).toBe(value);
        seen.set(name, value);
        if (typeof value === 'number') expect(Math.abs(value)).toBeLessThanOrEqual(14 * 60);
        else expect(() => new Intl.DateTimeFormat('en', { timeZone: value })).not.toThrow();
      }
    }
    expect(Object.fromEntries(seen)).toEqual(timeZones);
  });

  it('writes class words as the class rules match them', () => {
    for (const words of [markupClassWords, ...languages.map((lexicon) => lexicon.classWords)]) {
      for (const list of Object.values(words)) for (const word of list) expect(word).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
    for (const word of widgetWords) expect(word).toMatch(/^[a-z]+$/);
    for (const parts of [markupClassParts, ...languages.map((lexicon) => lexicon.classParts)]) {
      for (const list of Object.values(parts)) for (const part of list) expect(part).toMatch(/^[a-z]+$/);
    }
    for (const key of Object.keys(classWords) as Array<keyof typeof classWords>) {
      expect(new Set(classWords[key]).size).toBe(classWords[key].length);
    }
    expect(classParts.author).toContain('penulis');
  });

  it('keeps the language-neutral lists lower-case and without repeats', () => {
    for (const list of [newsAgencies, captionAgencies, nameParticles, neutralTime.suffixes]) {
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(word).toBe(word.toLowerCase());
    }
  });
});

describe('the rules built from the lexicon', () => {
  const readAlso = languages.flatMap((lexicon) => lexicon.teasers.readAlso.map((phrase) => [lexicon.code, phrase]));
  it.each(readAlso)('drop a %s read-also teaser: %s', (_code, phrase) => {
    const html = `<p>${prose}</p><p>${capitalized(phrase)}: <a href="/x">Another story entirely</a></p><p>${prose}</p>`;
    expect(tidy(html)).toEqual([prose, prose]);
  });

  const labels = languages.flatMap((lexicon) => lexicon.widgetLabels.map((label) => [lexicon.code, label]));
  it.each(labels)('drop a %s widget label: %s', (_code, label) => {
    expect(tidy(`<p>${prose}</p><p>${label.toUpperCase()}</p><p>${prose}</p>`)).toEqual([prose, prose]);
  });

  it('parse every month name the date parser is given', () => {
    for (const [name, month] of Object.entries(monthNumbers)) {
      expect(parseDate(`9 ${capitalized(name)} 2022`), name).toBe(`2022-${String(month).padStart(2, '0')}-09`);
    }
  });

  it('read every weekday name before a day/month as a date on that weekday', () => {
    const now = new Date('2024-06-30T00:00:00Z');
    for (const [name, weekday] of Object.entries(weekdayNumbers)) {
      const date = guessPublished(`Pada hari ${capitalized(name)} (09/01), polisi menangkap dua orang.`, now);
      expect(date, name).toBeDefined();
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), name).toBe(weekday);
    }
  });

  it('read every zone abbreviation after a time', () => {
    for (const name of Object.keys(timeZones)) {
      expect(parseDate(`9 January 2022 14:30 ${name.toUpperCase()}`), name).toMatch(/^2022-01-09T14:30:00[+-]\d{2}:\d{2}$/);
    }
  });

  const headings = languages.flatMap((lexicon) => lexicon.relatedHeadings.map((heading) => [lexicon.code, heading]));
  it.each(headings)('end a %s text copy at a related-list heading: %s', (_code, heading) => {
    const text = `A headline for the story\n\n${prose}\n\n${capitalized(heading)}\n- Another story entirely\n- And one more`;
    const { body } = readTextArticle(text);
    expect(toText(body)).not.toContain('Another story');
  });

  const teasers = languages.flatMap((lexicon) => lexicon.teasers.inTextCopies.map((teaser) => [lexicon.code, teaser]));
  it.each(teasers)('drop a %s teaser line from a text copy: %s', (_code, teaser) => {
    const text = `A headline for the story\n\n${prose}\n\n${capitalized(teaser)}: Another story entirely\n\n${prose}`;
    const { body } = readTextArticle(text);
    expect(toText(body)).not.toContain('Another story');
  });
});

describe('alternations', () => {
  it('match words literally', () => {
    expect(escapeRegExp('a.b*c')).toBe('a\\.b\\*c');
    const pattern = new RegExp(`^${anyOf(['wenn.com', 'text:'])}$`);
    expect(pattern.test('wenn.com')).toBe(true);
    expect(pattern.test('wennxcom')).toBe(false);
  });

  it('match nothing for an empty list, and take a quantifier', () => {
    expect(new RegExp(anyOf([]), 'u').test('')).toBe(false);
    expect(new RegExp(`^x${anyPattern([])}?$`, 'u').test('x')).toBe(true);
  });

  it('put longer words first, keeping the order of equals', () => {
    expect(longestFirst(['jan', 'januari', 'feb', 'mei'])).toEqual(['januari', 'jan', 'feb', 'mei']);
  });
});
