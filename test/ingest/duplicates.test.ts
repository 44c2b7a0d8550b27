/**
 * The near-duplicate detector (src/ingest/duplicates.ts). The fixtures in
 * test/fixtures/duplicates are hand-written (the outlets' chrome imitated, the texts our own):
 * - one agency text on two sites (Indonesian): antaranews-… ("Jakarta (ANTARA) -", a caption,
 *   "Pewarta/Editor" lines) and suara-… ("JAKARTA, Suara.com –", "Baca Juga" boxes, curly
 *   quotes, one paragraph more), each with its own menus, related lists and footer;
 * - an `.html` page and a `.txt` copy of it (English): the copy has a title and a date line, no
 *   links, no caption, re-typed letters (Šiauliai → Siauliai, € → EUR) and lacks the last paragraph;
 * - two different articles on the same event (Russian): the same talks, names, places and
 *   numbers, and one long quotation in both, otherwise different text. They must stay apart.
 * Their text is read by the ingest's own reader (readArticle), as the ingest fingerprints it.
 */
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  articleUrlKey,
  findDuplicates,
  fingerprintText,
  MIN_WORDS,
  normalizedWords,
  SAME_TEXT_JACCARD,
  textSimilarity,
  URL_GUARD_JACCARD,
  type DuplicateCandidate,
} from '../../src/ingest/duplicates.ts';
import { readArticle } from '../../src/ingest/read-article.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/duplicates');
const syndicated = ['antaranews-menlu-jenewa.html', 'suara-menlu-ri-rusia-nato-dialog.html'];
const htmlAndText = ['baltic-air-policing-copy.txt', 'baltic-air-policing.html'];
const sameEvent = ['kommentator-zheneva-itogi.html', 'vestnik-ryabkov-zheneva.html'];

/** A paragraph of made-up prose, `count` words, different for every seed. */
function prose(count: number, seed: number): string {
  const syllables = ['ka', 'ro', 'mi', 'su', 'te', 'na', 'lo', 'vi', 'de', 'pa', 'gu', 'sel'];
  let state = seed * 7919 + 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: count }, () => {
    const length = 2 + (next() % 3);
    return Array.from({ length }, () => syllables[next() % syllables.length]).join('');
  }).join(' ');
}

describe('fixtures read by the ingest', () => {
  const inputs = new Map<string, { url?: string; text: string }>();

  beforeAll(async () => {
    for (const file of [...syndicated, ...htmlAndText, ...sameEvent]) {
      const article = await readArticle(fixtures, file, undefined, {
        now: new Date('2026-01-01T00:00:00Z'),
        topics: [],
        siteRules: new Map(),
        slug: 'fixture',
        keepMedia: false,
      });
      inputs.set(file, { url: article.frontmatter.url, text: article.text });
    }
  });

  const candidates = (withUrls: boolean): DuplicateCandidate[] =>
    [...inputs].map(([file, { url, text }]) => ({ file, url: withUrls ? url : undefined, fingerprint: fingerprintText(text) }));
  const similarity = ([a, b]: string[]) => textSimilarity(fingerprintText(inputs.get(a)!.text), fingerprintText(inputs.get(b)!.text))!;

  it('every fixture is a real article (well over the minimum of words)', () => {
    for (const { text } of inputs.values()) expect(normalizedWords(text).length).toBeGreaterThan(3 * MIN_WORDS);
  });

  it('groups the re-syndicated text and the .html/.txt pair, and keeps the same-event articles apart', () => {
    const expected = [syndicated, htmlAndText];
    expect(findDuplicates(candidates(false))).toEqual(expected);
    // Each page's own canonical URL changes nothing: they all differ.
    expect(findDuplicates(candidates(true))).toEqual(expected);
  });

  it('decides with a margin on both sides of the threshold', () => {
    expect(similarity(syndicated)).toBeGreaterThan(2 * SAME_TEXT_JACCARD);
    expect(similarity(htmlAndText)).toBeGreaterThan(2 * SAME_TEXT_JACCARD);
    expect(similarity(sameEvent)).toBeLessThan(SAME_TEXT_JACCARD / 2);
  });

  it('keeps two different articles apart even when both name one article URL (a wrong canonical)', () => {
    const wrong = 'https://vestnik.example/20220110/ryabkov-zheneva-1782345.html';
    const pair = sameEvent.map((file) => ({ file, url: wrong, fingerprint: fingerprintText(inputs.get(file)!.text) }));
    expect(findDuplicates(pair)).toEqual([]);
    expect(similarity(sameEvent)).toBeLessThan(URL_GUARD_JACCARD);
  });

  it('groups by URL a page and a copy too short to compare', () => {
    const page = inputs.get('baltic-air-policing.html')!;
    const excerpt = { file: 'excerpt.txt', url: `${page.url}?utm_source=newsletter#comments`, fingerprint: fingerprintText('NATO allies agree to double air patrols.') };
    expect(findDuplicates([excerpt, { file: 'page.html', url: page.url, fingerprint: fingerprintText(page.text) }])).toEqual([['excerpt.txt', 'page.html']]);
  });
});

describe('fingerprintText', () => {
  const text = prose(200, 1);

  it('is deterministic, compact and versioned', () => {
    expect(fingerprintText(text)).toBe(fingerprintText(text));
    expect(fingerprintText(text)).toMatch(/^m1:[0-9a-z]+:[A-Za-z0-9_-]{171}$/);
    expect(fingerprintText(text).length).toBeLessThanOrEqual(200);
    expect(fingerprintText('')).toBe('m1:0:');
  });

  it('stays the same across releases (manifests keep fingerprints: a change makes old ones incomparable)', () => {
    expect(fingerprintText('The quick brown fox jumps over the lazy dog near the river bank.')).toMatchInlineSnapshot(`"m1:d:EkGKgguMTBdgLOT4TOebQDmD-7EM5jRdFkhA5fVhsUk-lEb0xb8s8GuHNv4jsjoX5P1b-yYDr1goYqiza5tRK13UwSIzt1W0e-Bc3V9c-egiQ7e6BrKprNGdApn5Fcii0ypMn24ELTlPGFN-WP4Y8ohvIpdtgeCqNW5q1TgA3eU"`);
  });

  it('ignores case, typography, Unicode forms, link targets and ё/е', () => {
    const plain = 'Ryabkov said the talks were "difficult" - and long. Рябков ещё раз заявил: 2022 год.';
    const dressed = 'RYABKOV said the talks were “difficult” — and long… [Рябков](https://example.org/a "x") ещё раз заявил: ２０２２ год. https://t.co/abc';
    expect(normalizedWords(dressed.replace(/ещё/g, 'еще'))).toEqual(normalizedWords(plain));
    expect(fingerprintText(dressed)).toBe(fingerprintText(plain));
  });

  it('counts each character as a word in scripts written without spaces', () => {
    expect(normalizedWords('東京で会議。Tokyo 2022')).toEqual(['東', '京', 'で', '会', '議', 'tokyo', '2022']);
  });
});

describe('findDuplicates', () => {
  const print = (text: string) => fingerprintText(text);

  it('groups near-identical texts and leaves different ones alone', () => {
    const base = prose(300, 2);
    const edited = `Jakarta (ANTARA) - ${base.split(' ').map((word, index) => (index % 12 === 5 ? 'diubah' : word)).join(' ')}`;
    const groups = findDuplicates([
      { file: 'c.html', fingerprint: print(edited) },
      { file: 'a.txt', fingerprint: print(base) },
      { file: 'b.html', fingerprint: print(prose(300, 3)) },
    ]);
    expect(groups).toEqual([['a.txt', 'c.html']]);
  });

  it('does not group short texts by text alone', () => {
    const short = prose(MIN_WORDS - 1, 4);
    expect(findDuplicates([{ file: 'a', fingerprint: print(short) }, { file: 'b', fingerprint: print(short) }])).toEqual([]);
    const enough = prose(MIN_WORDS, 4);
    expect(findDuplicates([{ file: 'a', fingerprint: print(enough) }, { file: 'b', fingerprint: print(enough) }])).toEqual([['a', 'b']]);
  });

  it('groups transitively, files in code-point order, groups by their first file', () => {
    const one = prose(400, 5);
    const two = prose(400, 6);
    const groups = findDuplicates([
      { file: 'z.html', fingerprint: print(one) },
      { file: 'b.md', url: 'https://example.org/2022/01/story-two', fingerprint: print(two) },
      { file: 'Ä.txt', url: 'http://www.example.org/2022/01/story-two/', fingerprint: print('') },
      { file: 'a.html', fingerprint: print(one) },
      { file: 'B.html', fingerprint: print(`${one} ${prose(60, 7)}`) },
    ]);
    expect(groups).toEqual([['B.html', 'a.html', 'z.html'], ['b.md', 'Ä.txt']]);
  });

  it('reads a damaged or foreign fingerprint as no text, and one file listed twice as one input', () => {
    const text = print(prose(100, 8));
    expect(findDuplicates([{ file: 'a', fingerprint: 'garbage' }, { file: 'b', fingerprint: 'garbage' }, { file: 'c', fingerprint: 'm9:1:xyz' }])).toEqual([]);
    expect(findDuplicates([{ file: 'a', fingerprint: text }, { file: 'a', fingerprint: text }])).toEqual([]);
  });

  it('ignores a URL named by more inputs than one article is ever saved as (a template canonical)', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ file: `p${index}.html`, url: 'https://example.org/2022/01/one-story', fingerprint: print('') }));
    expect(findDuplicates(many)).toEqual([]);
    expect(findDuplicates(many.slice(0, 3))).toEqual([['p0.html', 'p1.html', 'p2.html']]);
  });

  it('is the same whatever the order of its input', () => {
    // A few base texts, copies of them with some words changed, short texts and shared URLs.
    const bases = Array.from({ length: 4 }, (_, index) => prose(120, 100 + index));
    const variant = (base: number, change: number) => bases[base].split(' ').map((word, index) => (change > 0 && index % change === 0 ? 'lain' : word)).join(' ');
    const candidate = fc.record({
      file: fc.constantFrom('a.html', 'b.txt', 'c.md', 'd.html', 'e.html', 'f.txt', 'g.html', 'h.md', 'Ü.html'),
      url: fc.option(fc.constantFrom('https://example.org/2022/story-one', 'http://www.example.org/2022/story-one/', 'https://example.org/', 'https://other.example/news/2022/x-y'), { nil: undefined }),
      fingerprint: fc.oneof(
        fc.tuple(fc.nat(3), fc.constantFrom(0, 3, 5, 9)).map(([base, change]) => print(variant(base, change))),
        fc.constant(print('kurz')),
        fc.constant('nonsense'),
      ),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 14 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), ([candidates, shuffled]) => {
        const groups = findDuplicates(candidates);
        expect(findDuplicates(shuffled)).toEqual(groups);
        expect(findDuplicates([...candidates].reverse())).toEqual(groups);
        // And well formed: ≥ 2 distinct files each, sorted, no file in two groups.
        const seen = new Set<string>();
        for (const group of groups) {
          expect(group.length).toBeGreaterThanOrEqual(2);
          expect([...group].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(group);
          for (const file of group) {
            expect(seen.has(file)).toBe(false);
            seen.add(file);
          }
        }
        expect(groups.map((group) => group[0])).toEqual(groups.map((group) => group[0]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
      { numRuns: 200 },
    );
  });

  it('handles 10,000 candidates without comparing all pairs', () => {
    // Random signatures: nothing to group, and every band bucket tiny.
    let state = 12345;
    const byte = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state & 0xff;
    };
    const candidates = Array.from({ length: 10_000 }, (_, index) => ({
      file: `article-${index}.html`,
      url: index % 2 ? `https://news.example/2022/01/story-${index}` : undefined,
      fingerprint: `m1:${(500).toString(36)}:${Buffer.from(Array.from({ length: 128 }, byte)).toString('base64url')}`,
    }));
    const start = performance.now();
    expect(findDuplicates(candidates)).toEqual([]);
    // Generous: well under a second on a quiet machine (see npm run bench:duplicates).
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('articleUrlKey', () => {
  it('ignores scheme, host case, www., the fragment, tracking parameters, trailing slashes, index pages and AMP', () => {
    const key = articleUrlKey('https://www.suara.com/news/2022/01/09/123/rusia-kecewa');
    expect(key).toBe('suara.com/news/2022/01/09/123/rusia-kecewa');
    for (const url of [
      'http://suara.com/news/2022/01/09/123/rusia-kecewa/',
      'HTTPS://WWW.SUARA.COM/news/2022/01/09/123/rusia-kecewa#comments',
      'https://m.suara.com/news/2022/01/09/123/rusia-kecewa?utm_source=twitter&utm_medium=social&fbclid=abc',
      'https://amp.suara.com/news/2022/01/09/123/rusia-kecewa/amp',
      'https://www.suara.com/news/2022/01/09/123/rusia-kecewa/index.html',
      '  https://www.suara.com:443/news/2022/01/09/123/rusia-kecewa  ',
    ]) expect(articleUrlKey(url), url).toBe(key);
  });

  it('keeps what names the article: path case, other query parameters (in any order), the host', () => {
    expect(articleUrlKey('https://example.org/index.php?b=2&p=2895')).toBe(articleUrlKey('https://example.org/index.php?p=2895&b=2&utm_campaign=x'));
    expect(articleUrlKey('https://example.org/index.php?p=2895')).not.toBe(articleUrlKey('https://example.org/index.php?p=2896'));
    expect(articleUrlKey('https://example.org/News/Some-Story')).not.toBe(articleUrlKey('https://example.org/news/some-story'));
    expect(articleUrlKey('https://example.org/2022/story')).not.toBe(articleUrlKey('https://example.com/2022/story'));
    expect(articleUrlKey('https://www.kompas.com/read/2022/01/09/%d1%80%d1%8f')).toBe(articleUrlKey('https://kompas.com/read/2022/01/09/ря'));
  });

  it('takes ids, dates and slugs of words for articles', () => {
    for (const url of [
      'https://winfuture.de/news,139377.html',
      'https://example.org/?p=2895',
      'https://forum.example/viewtopic.php?t=167',
      'https://elavegan.com/peanut-butter-truffles/',
      'https://www.bbc.com/news/world-europe-59915212',
      'https://ria.ru/20220110/ryabkov-1767250131.html',
    ]) expect(articleUrlKey(url), url).toBeDefined();
  });

  it('refuses home pages, sections and what is not a web address', () => {
    for (const url of [
      'https://www.suara.com/',
      'https://www.suara.com',
      'https://www.suara.com/news/',
      'https://www.spiegel.de/politik/ausland/',
      'https://example.org/index.html',
      'https://example.org/?utm_source=x',
      'https://example.org/search?q=ukraine',
      'mailto:desk@example.org',
      'ftp://example.org/2022/01/story-one',
      'not a url',
      '',
    ]) expect(articleUrlKey(url), url).toBeUndefined();
  });
});
