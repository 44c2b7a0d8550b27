import { describe, expect, it } from 'vitest';
import { MIN_SCORE, RELATED_LIMIT, relatedReading, type RelatedInput } from '../../src/lib/related.ts';

/** Hand-written articles: two stories told several times each, and unrelated news. */
const articles: RelatedInput[] = [
  {
    id: 'geneva-talks-reuters',
    title: 'Russia and US open Geneva talks on Ukraine security',
    text: 'Russian deputy foreign minister Sergei Ryabkov met Wendy Sherman in Geneva on Monday. The Geneva talks on security guarantees and NATO expansion lasted eight hours; Ryabkov said Moscow was disappointed.',
    topics: ['russia-nato', 'ukraine'],
    lang: 'en',
  },
  {
    id: 'geneva-talks-suara',
    title: 'Rusia dan AS memulai pembicaraan di Jenewa',
    text: 'Wakil Menteri Luar Negeri Rusia Sergei Ryabkov bertemu Wendy Sherman di Jenewa. Ryabkov mengatakan Moskow kecewa dengan sinyal NATO menjelang pembicaraan Jenewa.',
    topics: ['russia-nato'],
    lang: 'id',
  },
  {
    id: 'geneva-talks-ap',
    title: 'Ryabkov and Sherman hold eight hours of Geneva talks',
    text: 'Sergei Ryabkov and Wendy Sherman ended eight hours of Geneva talks with no breakthrough on NATO expansion or security guarantees, the deputy ministers said.',
    topics: ['russia-nato', 'ukraine'],
    lang: 'en',
  },
  {
    id: 'gas-prices-europe',
    title: 'European gas prices climb as pipeline flows fall',
    text: 'Gas prices in Europe rose again as flows through the Yamal pipeline fell. Traders said storage levels were low for winter, and LNG cargoes were diverted from Asia.',
    topics: ['energy'],
    lang: 'en',
  },
  {
    id: 'gas-storage-germany',
    title: 'Germany gas storage at record low for winter',
    text: 'Gas storage in Germany is at a record low for the time of year, traders said, as pipeline flows from the east fell and LNG cargoes went to Asia.',
    topics: ['energy'],
    lang: 'en',
  },
  {
    id: 'kyiv-snow',
    title: 'Snow in Kyiv',
    text: 'Heavy snow fell on Kyiv overnight, closing schools and slowing trams across the city.',
    topics: ['ukraine'],
    lang: 'en',
  },
  {
    id: 'football-final',
    title: 'Cup final goes to penalties',
    text: 'The cup final went to penalties after a goalless draw, and the home side won in front of a full stadium.',
    topics: [],
    lang: 'en',
  },
];

const ids = (related: Map<string, string[]>, id: string) => related.get(id) ?? [];

describe('relatedReading', () => {
  const related = relatedReading(articles);

  it('gives every article an entry, and never the article itself', () => {
    expect([...related.keys()].sort()).toEqual(articles.map((article) => article.id).sort());
    for (const [id, list] of related) expect(list, id).not.toContain(id);
  });

  it('ranks other tellings of the same story first', () => {
    expect(ids(related, 'geneva-talks-reuters').slice(0, 2).sort()).toEqual(['geneva-talks-ap', 'geneva-talks-suara']);
    expect(ids(related, 'geneva-talks-ap')[0]).toBe('geneva-talks-reuters');
    expect(ids(related, 'gas-prices-europe')[0]).toBe('gas-storage-germany');
    expect(ids(related, 'gas-storage-germany')[0]).toBe('gas-prices-europe');
  });

  it('relates across languages through shared names', () => {
    expect(ids(related, 'geneva-talks-suara')).toEqual(expect.arrayContaining(['geneva-talks-reuters', 'geneva-talks-ap']));
  });

  it('lists nothing for an article sharing no distinctive word with any other', () => {
    expect(ids(related, 'football-final')).toEqual([]);
    // Gas stories share no story words with the Geneva talks.
    expect(ids(related, 'gas-prices-europe')).not.toContain('geneva-talks-reuters');
  });

  it('prefers, between equally close articles, the one sharing topics', () => {
    const text = 'Harbour cranes idle after the dock strike spreads to Rotterdam and Antwerp';
    const inputs: RelatedInput[] = [
      { id: 'a-source', text, topics: ['ports'], lang: 'en' },
      { id: 'b-no-topic', text, topics: [], lang: 'en' },
      { id: 'c-other-topic', text, topics: ['weather'], lang: 'en' },
      { id: 'd-same-topic', text, topics: ['ports'], lang: 'en' },
      { id: 'e-filler', text: 'Unrelated words about gardening and roses', topics: [], lang: 'en' },
    ];
    const result = relatedReading(inputs);
    // Same text everywhere: the topic decides, then the id.
    expect(result.get('a-source')).toEqual(['d-same-topic', 'b-no-topic', 'c-other-topic']);
  });

  it('lists at most five, best first, and only articles scoring at least the minimum', () => {
    const many: RelatedInput[] = Array.from({ length: 12 }, (_, n) => ({
      id: `strike-${String(n).padStart(2, '0')}`,
      text: `Dock strike in Rotterdam, day ${n}: harbour cranes idle, container ships wait offshore.`,
      topics: ['ports'],
      lang: 'en',
    }));
    many.push({ id: 'zz-garden', text: 'Roses and tulips in the spring garden.', topics: [], lang: 'en' });
    const result = relatedReading(many);
    for (const [id, list] of result) {
      expect(list.length, id).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(new Set(list).size, id).toBe(list.length);
    }
    expect(result.get('strike-00')).toHaveLength(5);
    // All equally close: ties by id.
    expect(result.get('strike-00')).toEqual(['strike-01', 'strike-02', 'strike-03', 'strike-04', 'strike-05']);
    expect(result.get('zz-garden')).toEqual([]);
    expect(relatedReading(many, 2).get('strike-05')).toEqual(['strike-00', 'strike-01']);
    expect(MIN_SCORE).toBeGreaterThan(0);
  });

  it('never relates an article to the copies the ingest folded into it', () => {
    const text = 'Ryabkov and Sherman met in Geneva for talks on NATO expansion and security guarantees.';
    const inputs: RelatedInput[] = [
      { id: 'talks', text, topics: [], copies: ['talks-copy'] },
      { id: 'talks-copy', text, topics: [] },
      { id: 'talks-other', text, topics: [] },
      { id: 'weather', text: 'Sunny spells and light winds tomorrow.', topics: [] },
    ];
    const result = relatedReading(inputs);
    expect(result.get('talks')).toEqual(['talks-other']);
    expect(result.get('talks-copy')).toEqual(['talks-other']);
  });

  it('is deterministic: the same result whatever the input order, and duplicates ignored', () => {
    const expected = [...relatedReading(articles)].sort();
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 5; round++) {
      const shuffled = [...articles, ...articles.slice(0, 2)].sort(() => random() - 0.5);
      expect([...relatedReading(shuffled)].sort()).toEqual(expected);
    }
  });

  it('handles no articles, one article, empty texts and a hostile text', () => {
    expect(relatedReading([])).toEqual(new Map());
    expect(relatedReading([articles[0]])).toEqual(new Map([[articles[0].id, []]]));
    const odd: RelatedInput[] = [
      { id: 'empty', text: '', topics: ['x'] },
      { id: 'empty-too', text: '', topics: ['x'] },
      { id: 'proto', text: '__proto__ constructor toString hasOwnProperty', topics: ['__proto__'] },
      { id: 'proto-2', text: '__proto__ constructor toString valueOf', topics: ['__proto__'] },
    ];
    const result = relatedReading(odd);
    expect(result.get('empty')).toEqual([]);
    expect(result.get('proto')).toEqual(['proto-2']);
  });

  it('ranks a synthetic archive of 2,000 articles in seconds (a smoke check; the cost is in the doc comment)', () => {
    const vocabulary = Array.from({ length: 4000 }, (_, n) => `w${n.toString(36)}x`);
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const size = 2000;
    const inputs: RelatedInput[] = Array.from({ length: size }, (_, n) => {
      const story = Math.floor(random() * 500);
      const words = Array.from({ length: 150 }, () =>
        random() < 0.3 ? vocabulary[(story * 7 + Math.floor(random() * 8)) % vocabulary.length] : vocabulary[Math.floor(random() * vocabulary.length)],
      );
      return { id: `a${n}`, text: words.join(' '), topics: [`t${story % 20}`], lang: 'en' };
    });
    const started = performance.now();
    const result = relatedReading(inputs);
    const elapsed = performance.now() - started;
    expect(result.size).toBe(size);
    expect(elapsed).toBeLessThan(15_000);
  });
});
