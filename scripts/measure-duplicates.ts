/**
 * `npm run bench:duplicates [-- <bench-dir>]`: the measurements behind the near-duplicate detector's thresholds
 * (src/ingest/duplicates.ts), printed as tables.
 *
 * - True negatives: every pair of different pages in ../shared/bench/{extraction,multilingual,
 *   dates} (text extracted the way the ingest does). Pages that are the same page twice in the
 *   bench (byte-identical, or the same address) are set apart and counted.
 * - True positives: each page against copies of itself with realistic changes (another credit
 *   line, a paragraph dropped or added, a caption, typography, a .txt re-typing, 5–15% of the
 *   words replaced at random, which is harsher than a real edit).
 * - Exact Jaccard for shingles of 2–5 words (to choose the size), the MinHash estimate the
 *   module computes, and a 64-bit SimHash for comparison.
 * - Timing: fingerprintText per article, findDuplicates on 10,000 synthetic candidates.
 *
 * Without ../shared the bench parts are skipped (with a message) and only the timing runs.
 * Extracted texts are cached in the system's temp folder, keyed by the pages and the ingest's
 * source, so a second run takes seconds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webUrl } from '../src/article/fields.ts';
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
} from '../src/ingest/duplicates.ts';
import { readHtmlArticle } from '../src/ingest/html-article.ts';
import { toPlainText } from '../src/ingest/markdown.ts';
import { readInput } from '../src/ingest/read-input.ts';
import { sanitizeArticle } from '../src/ingest/sanitize.ts';
import { readPages } from './bench-extract.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The shared benchmark folder; another can be given: `npm run bench:duplicates -- <dir>`. */
const benchRoot = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/bench'));
/** The benches read, with the file holding each page's address. */
const BENCHES = [
  ['extraction', 'ground-truth.json'],
  ['multilingual', 'expectations.json'],
  ['dates', 'truth.json'],
] as const;
const SIZES = [2, 3, 4, 5];

interface Page {
  id: string;
  /** The address the bench gives for the page (ground truth, not what the detector sees). */
  benchUrl?: string;
  /** sha1 of the page's bytes. */
  bytes: string;
  /** The canonical URL the ingest reads from the page. */
  url?: string;
  text: string;
}

// ---------------------------------------------------------------- pages

function loadPages(): Page[] {
  const sources = readdirSync(path.join(repoRoot, 'src/ingest'), { recursive: true })
    .map(String)
    // The detector's own changes do not change the extracted texts.
    .filter((file) => file.endsWith('.ts') && file !== 'duplicates.ts')
    .sort()
    .map((file) => readFileSync(path.join(repoRoot, 'src/ingest', file), 'utf8'));
  const listing = BENCHES.flatMap(([bench]) => readdirSync(path.join(benchRoot, bench, 'html')).sort().map((file) => `${bench}/${file}`));
  const key = createHash('sha1').update(JSON.stringify([listing, sources])).digest('hex').slice(0, 16);
  const cacheDir = path.join(tmpdir(), 'kliping-measure-duplicates');
  const cacheFile = path.join(cacheDir, `pages-${key}.json`);
  if (existsSync(cacheFile)) return JSON.parse(readFileSync(cacheFile, 'utf8')) as Page[];

  process.stderr.write('extracting the bench pages (cached for the next run)…\n');
  const pages: Page[] = [];
  for (const [bench, truthFile] of BENCHES) {
    const truth = JSON.parse(readFileSync(path.join(benchRoot, bench, truthFile), 'utf8')) as Record<string, { url?: string }>;
    for (const page of readPages(path.join(benchRoot, bench, 'html'))) {
      const id = `${bench}/${page.name}`;
      const bytes = createHash('sha1').update(page.bytes).digest('hex');
      try {
        const draft = readHtmlArticle(readInput(page.file, page.bytes));
        pages.push({ id, benchUrl: truth[page.name]?.url, bytes, url: webUrl(draft.metadata.url), text: toPlainText(sanitizeArticle(draft.body)) });
      } catch {
        pages.push({ id, benchUrl: truth[page.name]?.url, bytes, text: '' });
      }
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(pages));
  return pages;
}

/** Pages that are one page in the bench: same bytes, or the same address in the bench's own data. */
function samePage(a: Page, b: Page): boolean {
  const address = (url?: string) => url?.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '').toLowerCase();
  return a.bytes === b.bytes || (a.benchUrl !== undefined && address(a.benchUrl) === address(b.benchUrl));
}

// ---------------------------------------------------------------- similarity

function hashString(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return (hash ^ (hash >>> 12)) >>> 0;
}

/** Distinct word shingles of `size` words, as hashes (the module's own words). */
function shingles(words: readonly string[], size: number): Set<number> {
  const set = new Set<number>();
  const width = Math.min(size, words.length);
  for (let start = 0; width > 0 && start + width <= words.length; start++) set.add(hashString(words.slice(start, start + width).join(' '), 0x811c9dc5));
  return set;
}

function exactJaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

function containment(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / small.size;
}

/** 64-bit SimHash of the 3-word shingles (two 32-bit halves): the alternative to MinHash. */
function simhash(words: readonly string[]): [number, number] {
  const counts = new Int32Array(64);
  const width = Math.min(3, words.length);
  for (let start = 0; width > 0 && start + width <= words.length; start++) {
    const shingle = words.slice(start, start + width).join(' ');
    const halves = [hashString(shingle, 0x811c9dc5), hashString(shingle, 0x9747b28c)];
    for (let bit = 0; bit < 64; bit++) counts[bit] += (halves[bit >> 5] >>> (bit & 31)) & 1 ? 1 : -1;
  }
  const out: [number, number] = [0, 0];
  for (let bit = 0; bit < 64; bit++) if (counts[bit] > 0) out[bit >> 5] |= 1 << (bit & 31);
  return out;
}

function hamming(a: [number, number], b: [number, number]): number {
  const bits = (x: number) => {
    let count = 0;
    for (let v = x >>> 0; v; v &= v - 1) count++;
    return count;
  };
  return bits(a[0] ^ b[0]) + bits(a[1] ^ b[1]);
}

// ---------------------------------------------------------------- perturbations

/** xorshift32: the same copies every run. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const paragraphsOf = (text: string) => text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
const wordCount = (text: string) => normalizedWords(text).length;

/**
 * The text without its end, as a copy that lost its last paragraph: that paragraph when it is
 * at most a quarter of the text, else (a text of one or two long paragraphs) its last sentences
 * up to a tenth of the words.
 */
function dropEnd(text: string): string {
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length >= 2 && wordCount(paragraphs.at(-1)!) <= wordCount(text) / 4) return paragraphs.slice(0, -1).join('\n\n');
  const sentences = text.split(/(?<=[.!?…])\s+/);
  let cut = sentences.length;
  let dropped = 0;
  while (cut > 1 && dropped + wordCount(sentences[cut - 1]) <= wordCount(text) / 10) dropped += wordCount(sentences[--cut]);
  return sentences.slice(0, cut).join(' ');
}

/** Replace `share` of the words (runs of letters) by words from `vocabulary`: an edited copy. */
function editWords(text: string, share: number, vocabulary: readonly string[], rand: () => number): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => (rand() < share ? vocabulary[Math.floor(rand() * vocabulary.length)] : word));
}

/** Typography an outlet may change: quotes, dashes, apostrophes, ellipses, spaces. */
function retypeset(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => ((open = !open) ? '»' : '«'))
    .replace(/ - /g, ' — ')
    .replace(/'/g, '’')
    .replace(/\.\.\./g, '…')
    .replace(/ /g, '\u00a0');
}

interface Perturbation {
  name: string;
  /** The two copies compared: (original, another page's text for added material, random) → [a, b]. */
  make(text: string, other: string, rand: () => number): [string, string];
}

const PERTURBATIONS: Perturbation[] = [
  { name: 'credit lines differ', make: (t) => [`JAKARTA, Suara.com – ${t}`, `Jakarta (ANTARA) - ${t}\n\nPewarta: Asep Firmansyah\nEditor: Rina Wulandari`] },
  { name: 'last paragraph dropped', make: (t) => [t, dropEnd(t)] },
  { name: 'paragraph added at the end', make: (t, o) => [t, `${t}\n\n${paragraphsOf(o)[0] ?? ''}`] },
  { name: 'caption + "read also" line', make: (t, o) => {
    const p = paragraphsOf(t);
    const caption = `Foto: ${normalizedWords(o).slice(0, 12).join(' ')} (Reuters)`;
    const teaser = `Baca Juga: ${normalizedWords(o).slice(20, 30).join(' ')}`;
    return [t, [p[0], caption, ...p.slice(1, 3), teaser, ...p.slice(3)].join('\n\n')];
  } },
  { name: 'typography', make: (t) => [t, retypeset(t)] },
  { name: '.txt re-typing (title, no last paragraph)', make: (t) => {
    const p = paragraphsOf(t);
    return [t, [normalizedWords(t).slice(0, 9).join(' '), ...paragraphsOf(dropEnd(t))].join('\n')];
  } },
  { name: '5% of words changed', make: (t, o, r) => [t, editWords(t, 0.05, normalizedWords(t), r)] },
  { name: '10% of words changed', make: (t, o, r) => [t, editWords(t, 0.1, normalizedWords(t), r)] },
  { name: '15% of words changed', make: (t, o, r) => [t, editWords(t, 0.15, normalizedWords(t), r)] },
  { name: 'all: credit, caption, last dropped, 10% changed', make: (t, o, r) => {
    const p = paragraphsOf(t);
    const caption = `Foto: ${normalizedWords(o).slice(0, 12).join(' ')}`;
    const b = dropEnd([`Jakarta (ANTARA) - ${p[0]}`, caption, ...p.slice(1)].join('\n\n'));
    return [`JAKARTA, Suara.com – ${t}`, editWords(b, 0.1, normalizedWords(t), r)];
  } },
];

// ---------------------------------------------------------------- statistics

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))];
}
const f3 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));
const table = (head: string[], rows: (string | number)[][]) => {
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log('');
};

// ---------------------------------------------------------------- measurements

const THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

function measureBench(pages: Page[]): void {
  const words = pages.map((page) => normalizedWords(page.text));
  const prints = pages.map((page) => fingerprintText(page.text));
  const sets = SIZES.map((size) => words.map((w) => shingles(w, size)));
  const sims = words.map(simhash);
  const long = pages.map((_, index) => words[index].length >= MIN_WORDS);

  console.log(`## Bench pages\n`);
  const same: [number, number][] = [];
  for (let a = 0; a < pages.length; a++) for (let b = a + 1; b < pages.length; b++) if (samePage(pages[a], pages[b])) same.push([a, b]);
  const sameSet = new Set(same.map(([a, b]) => a * pages.length + b));
  const empty = words.filter((w) => w.length === 0).length;
  const short = words.filter((w) => w.length > 0 && w.length < MIN_WORDS).length;
  console.log(`${pages.length} pages (${BENCHES.map(([b]) => b).join(', ')}); ${empty} without text, ${short} with fewer than ${MIN_WORDS} words. ` +
    `${same.length} pairs are one page twice in the bench (same bytes, or the same address in the bench's data): set apart from the true negatives.\n`);

  // ---- true negatives: every pair of different pages
  interface Pair { a: number; b: number; estimate: number }
  const bands = [[1, 20], [20, MIN_WORDS], [MIN_WORDS, 100], [100, 200], [200, Infinity]] as const;
  const byBand = bands.map(() => ({ pairs: 0, top: [] as Pair[] }));
  const top: Pair[] = [];
  const estimates: number[] = [];
  const distances: number[] = [];
  for (let a = 0; a < pages.length; a++) {
    if (!words[a].length) continue;
    for (let b = a + 1; b < pages.length; b++) {
      if (!words[b].length || sameSet.has(a * pages.length + b)) continue;
      const pair = { a, b, estimate: textSimilarity(prints[a], prints[b])! };
      const smaller = Math.min(words[a].length, words[b].length);
      const band = byBand[bands.findIndex(([low, high]) => smaller >= low && smaller < high)];
      band.pairs++;
      if (pair.estimate >= (band.top[0]?.estimate ?? 0)) band.top.unshift(pair);
      if (!long[a] || !long[b]) continue;
      estimates.push(pair.estimate);
      distances.push(hamming(sims[a], sims[b]));
      if (pair.estimate >= 0.05) top.push(pair);
    }
  }
  top.sort((x, y) => y.estimate - x.estimate);
  estimates.sort((x, y) => y - x);
  distances.sort((x, y) => x - y);
  // Exact Jaccard on the pairs sharing a 3-shingle that fewer than 200 pages have (the others share only phrases like "one of the").
  const index = new Map<number, number[]>();
  sets[1].forEach((set, doc) => {
    if (!long[doc]) return;
    for (const value of set) {
      const docs = index.get(value);
      if (docs) docs.push(doc);
      else index.set(value, [doc]);
    }
  });
  const sharing = new Set<number>();
  for (const docs of index.values()) {
    if (docs.length > 200) continue;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) if (!sameSet.has(docs[i] * pages.length + docs[j])) sharing.add(docs[i] * pages.length + docs[j]);
  }
  const exact = [...sharing].map((key) => {
    const a = Math.floor(key / pages.length);
    const b = key % pages.length;
    return { a, b, j: SIZES.map((_, s) => exactJaccard(sets[s][a], sets[s][b])), contained: containment(sets[1][a], sets[1][b]) };
  });
  exact.sort((x, y) => y.j[1] - x.j[1]);
  const total = estimates.length;
  const rowOf = (a: number, b: number) => `${pages[a].id} (${words[a].length}) ~ ${pages[b].id} (${words[b].length})${pages[a].url && pages[a].url === pages[b].url ? ', same canonical URL' : ''}`;

  console.log(`### True negatives: ${total.toLocaleString('en')} pairs of different pages, both ≥ ${MIN_WORDS} words\n`);
  console.log('The most similar pairs by exact Jaccard of 3-shingles (J k=…: exact Jaccard by shingle size; est.: the fingerprints\' estimate; cont.: share of the smaller text\'s 3-shingles in the other; SimHash: Hamming distance of 64-bit SimHashes):\n');
  table(
    ['J k=2', 'J k=3', 'J k=4', 'J k=5', 'est.', 'cont.', 'SimHash', 'pages (words)'],
    exact.slice(0, 10).map((p) => [...p.j.map(f3), f3(textSimilarity(prints[p.a], prints[p.b])!), f3(p.contained), hamming(sims[p.a], sims[p.b]), rowOf(p.a, p.b)]),
  );
  const real = exact.filter((p) => p.j[1] >= 0.3).length;
  const tail = exact.slice(real);
  const tailEstimates = estimates.slice(real);
  console.log(`The ${real} pairs with J(k=3) ≥ 0.3 are one text twice (read them: the top rows). Without them:\n`);
  table(
    ['', 'k=2', 'k=3', 'k=4', 'k=5', 'est. (k=3)', 'SimHash distance'],
    [
      ['highest J', ...SIZES.map((_, s) => f3(Math.max(...tail.map((p) => p.j[s])))), f3(tailEstimates[0]), `smallest ${distances[real]}`],
      ['99.99th percentile', '', '', '', '', f3(quantile(tailEstimates, 0.0001)), `${quantile(distances, 0.0001)}`],
      ['99.9th percentile', '', '', '', '', f3(quantile(tailEstimates, 0.001)), `${quantile(distances, 0.001)}`],
    ],
  );
  console.log(`Highest estimated pairs without those: ${top.slice(real, real + 5).map((p) => `${f3(p.estimate)} ${rowOf(p.a, p.b)}`).join('; ')}.\n`);

  console.log(`By the smaller text's length (one-page-twice pairs set apart, the one-text pairs above included): the highest estimate and its pair:\n`);
  table(
    ['smaller text', 'pairs', 'highest est.', 'pair'],
    bands.map(([low, high], b) => {
      const best = byBand[b].top[0];
      return [`${low}–${high === Infinity ? '' : high - 1} words`, byBand[b].pairs.toLocaleString('en'), f3(best?.estimate ?? 0), best ? rowOf(best.a, best.b) : ''];
    }),
  );
  const shortTexts = pages.filter((_, i) => words[i].length > 0 && words[i].length < MIN_WORDS);
  console.log(`The ${shortTexts.length} texts under ${MIN_WORDS} words, e.g.: ${shortTexts.slice(0, 40).filter((_, i) => i % 4 === 0).map((page) => JSON.stringify(page.text.replace(/\s+/g, ' ').slice(0, 70))).join(', ')}\n`);

  // ---- true positives: each page against changed copies of itself
  const bases = pages.map((_, i) => i).filter((i) => long[i] && !same.some(([, b]) => b === i));
  console.log(`### True positives: ${bases.length} distinct pages ≥ ${MIN_WORDS} words, each against a changed copy\n`);
  const rows: (string | number)[][] = [];
  const shortRows: (string | number)[][] = [];
  const simRows: (string | number)[][] = [];
  const sweep: number[][] = [];
  const errors: number[] = [];
  const lowest: number[] = [];
  for (const [which, perturbation] of PERTURBATIONS.entries()) {
    const rand = random(0x5eed + which);
    const exactJ: number[][] = SIZES.map(() => []);
    const estimate: number[] = [];
    const estimateShort: number[] = [];
    const distance: number[] = [];
    const copies: DuplicateCandidate[] = [];
    for (const [position, i] of bases.entries()) {
      const other = pages[bases[(position + 7) % bases.length]].text;
      const [a, b] = perturbation.make(pages[i].text, other, rand);
      const wa = normalizedWords(a);
      const wb = normalizedWords(b);
      SIZES.forEach((size, s) => exactJ[s].push(exactJaccard(shingles(wa, size), shingles(wb, size))));
      const [pa, pb] = [fingerprintText(a), fingerprintText(b)];
      copies.push({ file: `${i}/a`, fingerprint: pa }, { file: `${i}/b`, fingerprint: pb });
      const e = textSimilarity(pa, pb)!;
      errors.push(e - exactJ[1].at(-1)!);
      estimate.push(e);
      if (words[i].length < 150) estimateShort.push(e);
      distance.push(hamming(simhash(wa), simhash(wb)));
    }
    for (const list of [...exactJ, estimate, estimateShort]) list.sort((x, y) => x - y);
    distance.sort((x, y) => y - x);
    const found = (list: number[], t: number) => `${((list.filter((e) => e >= t).length / list.length) * 100).toFixed(1)}%`;
    // The index (LSH bands) may miss a pair the estimate would pass: count what findDuplicates groups.
    const groupOf = new Map<string, number>();
    findDuplicates(copies).forEach((group, g) => group.forEach((file) => groupOf.set(file, g)));
    const grouped = bases.filter((i) => groupOf.has(`${i}/a`) && groupOf.get(`${i}/a`) === groupOf.get(`${i}/b`)).length;
    rows.push([perturbation.name, ...exactJ.map((list) => `${f3(list[0])} / ${f3(quantile(list, 0.01))}`), `${f3(estimate[0])} / ${f3(quantile(estimate, 0.01))} / ${f3(quantile(estimate, 0.5))}`, found(estimate, SAME_TEXT_JACCARD), `${((grouped / bases.length) * 100).toFixed(1)}%`]);
    shortRows.push([perturbation.name, estimateShort.length, `${f3(estimateShort[0])} / ${f3(quantile(estimateShort, 0.05))} / ${f3(quantile(estimateShort, 0.5))}`, found(estimateShort, SAME_TEXT_JACCARD)]);
    simRows.push([perturbation.name, `${distance[0]} / ${quantile(distance, 0.01)} / ${quantile(distance, 0.5)}`]);
    sweep.push(THRESHOLDS.map((t) => estimate.filter((e) => e >= t).length / estimate.length));
    lowest.push(estimate[0]);
  }
  console.log('Exact Jaccard by shingle size (lowest / 1st percentile); the estimate (lowest / 1st percentile / median); the share at or above the threshold, and the share findDuplicates groups (with all copies of all pages at once). Words are replaced at random, which is harsher than an editor (who rewrites whole phrases):\n');
  table(['copy', ...SIZES.map((k) => `J k=${k}`), 'est. (k=3)', `≥ ${SAME_TEXT_JACCARD}`, 'grouped'], rows);
  console.log(`Short pages (${MIN_WORDS}–149 words): estimate lowest / 5th percentile / median, share found:\n`);
  table(['copy', 'pages', 'est.', `≥ ${SAME_TEXT_JACCARD}`], shortRows);
  const lowestCopy = Math.min(...rows.map((_, i) => lowest[i]));
  console.log(`The URL guard keeps two inputs naming one article URL apart below ${URL_GUARD_JACCARD}: the lowest estimate of any copy above is ${f3(lowestCopy)}, the highest of two different pages ${f3(tailEstimates[0])}.\n`);
  const mean = errors.reduce((x, y) => x + y, 0) / errors.length;
  const sd = Math.sqrt(errors.reduce((x, y) => x + (y - mean) ** 2, 0) / errors.length);
  console.log(`The estimate against exact Jaccard (k=3) over these ${errors.length.toLocaleString('en')} copies: mean error ${mean.toFixed(4)}, standard deviation ${sd.toFixed(3)} (√(J(1−J)/128) ≤ 0.044), largest ${f3(Math.max(...errors.map(Math.abs)))}.\n`);

  console.log('Threshold sweep on the estimate: true-negative pairs at or above it (of which the 4 one-text pairs above), and the share of each kind of copy found:\n');
  table(
    ['threshold', ...THRESHOLDS.map(String)],
    [
      ['true-negative pairs ≥', ...THRESHOLDS.map((t) => estimates.filter((e) => e >= t).length)],
      ...PERTURBATIONS.map((p, i) => [p.name, ...sweep[i].map((share) => `${(share * 100).toFixed(1)}%`)]),
    ],
  );
  console.log('SimHash distance of the same copies (highest / 99th percentile / median), beside the true negatives\' smallest distances above:\n');
  table(['copy', 'SimHash distance'], simRows);

  // ---- canonical URLs
  const withUrl = pages.filter((page) => page.url);
  const keys = withUrl.map((page) => articleUrlKey(page.url!));
  const notArticle = withUrl.filter((_, i) => !keys[i]);
  const byKey = new Map<string, number>();
  for (const key of keys) if (key) byKey.set(key, (byKey.get(key) ?? 0) + 1);
  const homes = notArticle.filter((page) => new URL(page.url!).pathname.replace(/\/+$/, '') === '');
  console.log(`### Canonical URLs\n`);
  console.log(`${withUrl.length} of ${pages.length} pages name their address; ${withUrl.length - notArticle.length} look like an article's, ` +
    `${notArticle.length} do not (${homes.length} of them a home page: ${homes.map((page) => page.url).join(', ')}). ` +
    `${[...byKey.values()].filter((n) => n > 1).length} article addresses are named by more than one page. ` +
    `Not an article's address, e.g.: ${notArticle.filter((page) => !homes.includes(page)).slice(0, 10).map((page) => page.url).join(', ')}\n`);

  // ---- the detector on the bench
  const candidates: DuplicateCandidate[] = pages.map((page, i) => ({ file: page.id, url: page.url, fingerprint: prints[i] }));
  const groups = findDuplicates(candidates);
  const byId = new Map(pages.map((page, i) => [page.id, i]));
  const unexpected = groups.filter((group) => group.some((file) => !group.every((other) => file === other || sameSet.has(Math.min(byId.get(file)!, byId.get(other)!) * pages.length + Math.max(byId.get(file)!, byId.get(other)!)))));
  const missed = same.filter(([a, b]) => !groups.some((group) => group.includes(pages[a].id) && group.includes(pages[b].id)));
  console.log(`### findDuplicates on the bench pages\n`);
  console.log(`${groups.length} groups, ${groups.length - unexpected.length} of them one page twice in the bench. The others (read them):\n`);
  for (const group of unexpected) {
    const [a, b] = group.map((file) => byId.get(file)!);
    console.log(`- ${group.join(' ~ ')} (est. ${f3(textSimilarity(prints[a], prints[b]) ?? NaN)}${pages[a].url === pages[b].url ? ', same canonical URL' : ''})`);
  }
  console.log(`\nOne page twice but not grouped: ${missed.length}${missed.length ? `: ${missed.map(([a, b]) => `${rowOf(a, b)} [${JSON.stringify(pages[b].text.slice(0, 60))}]`).join('; ')}` : ''}.\n`);
}

/** Synthetic articles: words drawn from a Zipf-like vocabulary, so that common words recur as in prose. */
function syntheticTexts(count: number, rand: () => number): string[] {
  const vocabulary = Array.from({ length: 20000 }, (_, index) => `w${index.toString(36)}`);
  const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 3)];
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    // Every 20th is a changed copy of an earlier one: the index must find planted groups too.
    if (index % 20 === 19) texts.push(editWords(texts[index - 7], 0.05, vocabulary.slice(0, 500), rand));
    else texts.push(Array.from({ length: 200 + Math.floor(rand() * 600) }, word).join(' '));
  }
  return texts;
}

function measureTiming(pages: Page[] | undefined): void {
  console.log(`## Timing\n`);
  const rand = random(42);
  const texts = pages ? pages.map((page) => page.text).filter((text) => text) : syntheticTexts(1000, rand);
  const wordCount = texts.reduce((sum, text) => sum + normalizedWords(text).length, 0);
  for (const text of texts.slice(0, 50)) fingerprintText(text); // warm-up
  let start = performance.now();
  for (const text of texts) fingerprintText(text);
  const fingerprintMs = performance.now() - start;
  console.log(`fingerprintText: ${((fingerprintMs * 1000) / texts.length).toFixed(0)} µs per article on ${texts.length} ${pages ? 'bench' : 'synthetic'} articles ` +
    `(${Math.round(wordCount / texts.length)} words on average; ${((fingerprintMs * 1e6) / wordCount).toFixed(0)} ns per word). ` +
    `Fingerprint length: ${fingerprintText(texts[0]).length} characters.\n`);

  const synthetic = syntheticTexts(10_000, rand);
  const candidates: DuplicateCandidate[] = synthetic.map((text, index) => ({
    file: `article-${index.toString().padStart(5, '0')}.html`,
    // Some share an address (a page saved twice), some name none.
    url: index % 3 === 0 ? undefined : `https://news.example/${2022 + (index % 3)}/story-${Math.floor(index / 2)}`,
    fingerprint: fingerprintText(text),
  }));
  const runs: number[] = [];
  let groups: string[][] = [];
  for (let run = 0; run < 5; run++) {
    start = performance.now();
    groups = findDuplicates(run % 2 ? [...candidates].reverse() : candidates);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const planted = synthetic.filter((_, index) => index % 20 === 19).length;
  console.log(`findDuplicates on 10,000 synthetic candidates (${planted} planted copies with 5% of words changed; two in three name an address, shared by pairs of unrelated texts): ` +
    `${runs[2].toFixed(0)} ms (median of 5; fastest ${runs[0].toFixed(0)} ms); ${groups.length} groups found.\n`);
}

function main(): void {
  console.log(`# Near-duplicate detector: measurements\n`);
  console.log(`Settings: word 3-shingles, MinHash 128 × 8 bits, text threshold ${SAME_TEXT_JACCARD} (estimated Jaccard), at least ${MIN_WORDS} words; the same article URL is kept apart below ${URL_GUARD_JACCARD}.\n`);
  let pages: Page[] | undefined;
  if (!BENCHES.every(([bench, truth]) => existsSync(path.join(benchRoot, bench, truth)))) {
    console.log(`Skipping the bench measurements: ${benchRoot} (the shared benchmark pages) is not there. Only the timing runs, on synthetic text.\n`);
  } else {
    pages = loadPages();
    measureBench(pages);
  }
  measureTiming(pages);
}

main();
