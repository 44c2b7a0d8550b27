/**
 * Near-duplicate detection: which inputs hold the same article (one page saved twice, an
 * `.html` and a `.txt` copy of it, one agency text re-published by two outlets).
 *
 * Two inputs are one article when
 * - they name the same article address (canonical URL, see {@link articleUrlKey}) and their
 *   texts are not clearly different (estimated Jaccard ≥ {@link URL_GUARD_JACCARD} when both
 *   have ≥ {@link MIN_WORDS} words): some saved pages carry another page's canonical; or
 * - their texts are near-identical: the estimated Jaccard similarity of their sets of word
 *   3-shingles is ≥ {@link SAME_TEXT_JACCARD}, both having ≥ {@link MIN_WORDS} words.
 * Groups are the transitive closure (union-find) of the pairs that pass.
 *
 * A text is summed up by a b-bit MinHash signature: 128 hash functions, the low 8 bits of each
 * minimum kept, ≈ 177 characters with the word count. findDuplicates finds candidate pairs by LSH
 * banding (64 bands of 2 bytes): near-linear, never all pairs.
 *
 * Measured by `npm run bench:duplicates` (its tables hold more):
 * - True negatives: 962,316 pairs of different pages among the 1,438 real pages of
 *   ../shared/bench (extraction, multilingual, dates), both ≥ 50 words. Four pairs are one text
 *   twice: two pages stored twice under two names (same canonical, J = 1), a hunting
 *   association's press release on djz.de and jagdverband.de (J = 0.59, est. 0.62) and one wire
 *   story on 24horas.cl and cooperativa.cl (J = 0.46, est. 0.51). Without them the most similar
 *   pair has exact J = 0.078 (BBC and Fox News on the same Taylor Swift row), estimate at most
 *   0.090, 99.99th percentile 0.035.
 * - True positives: each of 1,126 pages against a copy with another credit line, the last
 *   paragraph dropped, a paragraph added, a caption and a "read also" line, other typography, a
 *   .txt re-typing, or 5/10/15% of its words replaced at random (harsher than an editor):
 *   estimate ≥ 0.25 for 100% of all but the 15% copies (99.5%) and all changes at once (99.6%);
 *   1st percentiles 0.29–1.0. The estimate's error against exact J: mean 0.001, sd 0.031.
 * - Shingle size: the highest unrelated pair against the 1st percentile of 15%-changed copies
 *   is 0.120 / 0.447 for 2 words, 0.078 / 0.324 for 3, 0.065 / 0.236 for 4, 0.059 / 0.167 for 5:
 *   3 separates best. SimHash (64 bits) cannot separate: unrelated pages come within 14 bits,
 *   10%-changed copies are 15 bits apart at the median.
 * - Time (2 cores shared with other jobs, so upper bounds): fingerprintText 0.4–0.6 ms per
 *   article (809 words on average), findDuplicates on 10,000 synthetic candidates 115–160 ms.
 */
import { compareCodePoints } from './slug.ts';

/** Words per shingle: 3 separates unrelated pages from edited copies best (see above). */
const SHINGLE_SIZE = 3;

/** Hash functions in a signature, one byte each: the estimate's standard error is ≤ 0.044. */
const HASHES = 128;

/** Bytes per LSH band: unrelated signatures meet in a band 1 time in 65,536; a pair at J = 0.25 shares one of the 64 bands with p ≈ 0.98, at J = 0.35 with p > 0.999. */
const BAND_BYTES = 2;

/**
 * Fewest words for text to count as evidence. Of the 1,438 bench pages 39 give fewer, many of
 * them not the article at all: "You will be connected to www.thelocal.se in just a moment...",
 * "Access provided by Massachusetts Institute of Technology", "No live streaming currently
 * available", "News". Two articles saved behind one such wall would read as one text. Such
 * estimates are noisy too (the one word "News" scores 0.09 against an unrelated 32-word text).
 * Copies of 50–149-word pages are still found (97–100% at the threshold).
 */
export const MIN_WORDS = 50;

/**
 * Estimated Jaccard similarity of 3-shingle sets at or above which two texts are one article:
 * 0.16 (6 standard errors) above the most similar unrelated pages (0.090), 0.26 below the
 * weaker real re-publication in the bench (0.51), and it finds 99.5% of copies with 15% of their
 * words replaced.
 */
export const SAME_TEXT_JACCARD = 0.25;

/**
 * Two inputs naming one article URL are kept apart when their estimated Jaccard similarity is
 * below this (both ≥ MIN_WORDS words): a wrong canonical. Every changed copy measured scores
 * ≥ 0.169, unrelated pages ≤ 0.090. A text copy holding a small part of the page (under ~1/8)
 * is kept apart too: shown twice rather than one article hiding another.
 */
export const URL_GUARD_JACCARD = 0.12;

/** More inputs than this naming one URL is a site's template (every page's canonical pointing at one), not one article saved that often: the URL is then ignored. */
const MAX_SAME_URL = 32;

/** Each member of an LSH bucket is compared with this many members before it: all pairs in a real bucket, bounded work in a pathological one. */
const BUCKET_WINDOW = 16;

/** Fingerprint format version: a fingerprint of another version counts as no text. */
const VERSION = 'm1';

/**
 * The hash functions, h(x) = a·x + b mod 2³² over a well-mixed shingle hash x, with fixed random
 * a (odd) and b: fixed, so fingerprints stay comparable across runs and machines. One multiply
 * per function and shingle; the bench checks the estimates against exact Jaccard.
 */
const [FACTORS, OFFSETS] = (() => {
  const factors = new Uint32Array(HASHES);
  const offsets = new Uint32Array(HASHES);
  let state = 0x2545f491;
  const next = () => (state = mix((state + 0x9e3779b9) >>> 0));
  for (let index = 0; index < HASHES; index++) {
    factors[index] = next() | 1;
    offsets[index] = next();
  }
  return [factors, offsets];
})();

/** Scripts written without spaces between words: there each character counts as a word. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const UNSPACED_CHARS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;

/**
 * The words of a text as the detector compares them: NFKC, lower case, runs of Unicode letters,
 * digits and marks (quotes, dashes and other punctuation are separators, so typography never
 * matters). Link targets and bare URLs are dropped first: a Markdown body carries them, a text
 * copy of the same article does not.
 */
export function normalizedWords(text: string): string[] {
  const prose = text.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, ']').replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ');
  // ё is written as е by many outlets: one spelling for both.
  const normalized = prose.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
  const words = normalized.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return UNSPACED.test(normalized) ? words.flatMap((word) => word.match(UNSPACED_CHARS)!) : words;
}

/** A compact fingerprint of an article's plain text (a string, stored in the ingest's JSON manifest for every input: keep it small, e.g. ≤ ~200 chars). */
export function fingerprintText(text: string): string {
  const words = normalizedWords(text);
  const shingles = shingleHashes(words);
  if (shingles.size === 0) return `${VERSION}:0:`;
  const values = Uint32Array.from(shingles);
  const bytes = new Uint8Array(HASHES);
  for (let index = 0; index < HASHES; index++) {
    const factor = FACTORS[index];
    const offset = OFFSETS[index];
    let minimum = 0xffffffff;
    for (let position = 0; position < values.length; position++) {
      const value = (Math.imul(values[position], factor) + offset) >>> 0;
      if (value < minimum) minimum = value;
    }
    // The low bits: a minimum's high bits are mostly zero, its low bits as random as x's.
    bytes[index] = minimum & 0xff;
  }
  return `${VERSION}:${words.length.toString(36)}:${Buffer.from(bytes).toString('base64url')}`;
}

/** One input as the duplicate finder sees it. */
export interface DuplicateCandidate {
  file: string;
  url?: string;
  fingerprint: string;
}

/**
 * Groups of inputs holding the same article (each group ≥ 2 files, files in code-point order,
 * groups ordered by their first file). Near-linear in the number of candidates: URL buckets and
 * LSH bands, never all pairs. The result does not depend on the order of `candidates`.
 */
export function findDuplicates(candidates: readonly DuplicateCandidate[]): string[][] {
  // A fixed order first: every later step (bucket order, comparison windows) follows from it.
  const sorted = [...candidates].sort(
    (a, b) => compareCodePoints(a.file, b.file) || compareCodePoints(a.url ?? '', b.url ?? '') || compareCodePoints(a.fingerprint, b.fingerprint),
  );
  const count = sorted.length;
  // All signatures in one array (input i at i·HASHES): no object per input on the hot paths.
  const prints = new Signatures(count);
  sorted.forEach((candidate, index) => prints.read(index, candidate.fingerprint));
  const sets = new UnionFind(count);

  // The same file listed twice is one input.
  for (let index = 1; index < count; index++) if (sorted[index].file === sorted[index - 1].file) sets.union(index, index - 1);

  const byUrl = new Map<string, number[]>();
  sorted.forEach(({ url }, index) => {
    const key = url === undefined ? undefined : articleUrlKey(url);
    if (key === undefined) return;
    const members = byUrl.get(key);
    if (members) members.push(index);
    else byUrl.set(key, [index]);
  });
  for (const members of byUrl.values()) {
    if (members.length > MAX_SAME_URL) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (!prints.clearlyDifferent(members[i], members[j])) sets.union(members[i], members[j]);
      }
    }
  }

  // LSH: inputs whose signatures agree on any band (2 bytes) are compared. Per band, each
  // bucket is a linked list (head by band value, next by input), built back to front so that
  // every list runs in input order.
  const texts: number[] = [];
  for (let index = 0; index < count; index++) if (prints.comparable(index)) texts.push(index);
  const bytes = prints.bytes;
  const head = new Int32Array(256 ** BAND_BYTES);
  const headBand = new Int32Array(256 ** BAND_BYTES).fill(-1);
  const next = new Int32Array(count);
  const bucket: number[] = [];
  for (let band = 0; band < HASHES / BAND_BYTES; band++) {
    const at = band * BAND_BYTES;
    for (let position = texts.length - 1; position >= 0; position--) {
      const index = texts[position];
      const value = bytes[index * HASHES + at] * 256 + bytes[index * HASHES + at + 1];
      if (headBand[value] !== band) {
        headBand[value] = band;
        head[value] = -1;
      }
      next[index] = head[value];
      head[value] = index;
    }
    for (const first of texts) {
      // Each bucket once: from its first member, when it has another.
      if (next[first] === -1 || head[bytes[first * HASHES + at] * 256 + bytes[first * HASHES + at + 1]] !== first) continue;
      bucket.length = 0;
      for (let member = first; member !== -1; member = next[member]) bucket.push(member);
      for (let later = 1; later < bucket.length; later++) {
        for (let earlier = Math.max(0, later - BUCKET_WINDOW); earlier < later; earlier++) {
          const a = bucket[earlier];
          const b = bucket[later];
          if (sets.find(a) !== sets.find(b) && prints.jaccard(a, b) >= SAME_TEXT_JACCARD) sets.union(a, b);
        }
      }
    }
  }

  const members = new Map<number, string[]>();
  for (let index = 0; index < count; index++) {
    const root = sets.find(index);
    const list = members.get(root);
    if (list) {
      if (list.at(-1) !== sorted[index].file) list.push(sorted[index].file);
    } else members.set(root, [sorted[index].file]);
  }
  // Inputs come in file order, so each list is sorted already and the groups come by first file.
  return [...members.values()].filter((files) => files.length >= 2);
}

/**
 * The estimated Jaccard similarity (0–1) of the shingle sets behind two fingerprints, or
 * undefined when either has no text. For reports and tests; findDuplicates decides with it.
 */
export function textSimilarity(a: string, b: string): number | undefined {
  const prints = new Signatures(2);
  prints.read(0, a);
  prints.read(1, b);
  return prints.hasText(0) && prints.hasText(1) ? prints.jaccard(0, 1) : undefined;
}

/**
 * The key under which `url` counts as an article's address, or undefined when it cannot be one
 * (not http(s), a home page, a section like `/news` or `/politik/ausland`). Scheme, host case,
 * `www.`/`m.`/`amp.`, the fragment, tracking parameters (utm_*, fbclid, …), `index.html`, a
 * trailing `/amp` and trailing slashes do not matter.
 */
export function articleUrlKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.replace(/\.$/, '').replace(/^(?:www\d?|m|mobile|amp)\./, '');
  const segments = parsed.pathname
    .replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
    .split('/')
    .filter(Boolean);
  // The same page under its AMP or index address.
  while (segments.length > 0 && /^(?:amp|index\.\w+|default\.aspx?)$/i.test(segments.at(-1)!)) segments.pop();
  const query = [...parsed.searchParams]
    .filter(([name]) => !isTrackingParameter(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .sort(compareCodePoints)
    .join('&');
  const path = segments.join('/');
  // An id or a date somewhere, or a slug of words: an article. Only words, one a segment
  // (`/news`, `/politik/ausland`): a section or a page about the site.
  const last = (segments.at(-1) ?? '').replace(/\.(?:s?html?|php\d?|aspx?|jsp|cfm)$/i, '');
  const slugWords = last.split(/[-_+.,~]+/).filter(Boolean).length;
  if (!/\d/.test(path) && !/\d/.test(query) && slugWords < 2) return undefined;
  return `${host}/${path}${query ? `?${query}` : ''}`;
}

/** Query parameters that say how a link was followed, not what it shows. */
function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return /^(?:utm_|mc_|pk_|hsa_|at_|wt_|_ga|_gl)/.test(lower) || TRACKING.has(lower);
}
const TRACKING = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'twclid', 'ocid', 'cmpid', 'ref', 'ref_src', 'ref_url', 'referrer', 'src', 'source', 'share', 'from', 'spm', 's_cid', 'amp', 'outputtype', 'ito', 'taid', 'mbid', 'rss']);

/** `m1:<words, base 36>:<signature, base64url>`; the signature is empty for a text without words. */
const FINGERPRINT = new RegExp(`^${VERSION}:([0-9a-z]{1,8}):([A-Za-z0-9_-]*)$`);
const SIGNATURE_CHARS = Math.ceil((HASHES * 4) / 3);
const BASE64URL = new Int8Array(128).fill(-1);
for (const [index, char] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) BASE64URL[char.charCodeAt(0)] = index;

/** The fingerprints of many inputs read back into flat arrays: input i's signature is bytes i·HASHES… */
class Signatures {
  readonly bytes: Uint8Array;
  /** The same bytes, four at a time, for comparing. */
  private readonly words32: Uint32Array;
  private readonly words: Float64Array;
  private readonly text: Uint8Array;

  constructor(count: number) {
    this.bytes = new Uint8Array(count * HASHES);
    this.words32 = new Uint32Array(this.bytes.buffer);
    this.words = new Float64Array(count);
    this.text = new Uint8Array(count);
  }

  /** Read input `index`'s fingerprint; anything else (another version, damage) reads as no text. */
  read(index: number, fingerprint: string): void {
    const match = FINGERPRINT.exec(fingerprint);
    if (!match) return;
    this.words[index] = parseInt(match[1], 36);
    const signature = match[2];
    if (signature.length !== SIGNATURE_CHARS) return;
    // base64url by hand: Buffer.from would allocate for every input.
    let out = index * HASHES;
    let bits = 0;
    let held = 0;
    for (let at = 0; at < signature.length; at++) {
      bits = (bits << 6) | BASE64URL[signature.charCodeAt(at)];
      held += 6;
      if (held >= 8) {
        held -= 8;
        this.bytes[out++] = bits >> held;
        bits &= (1 << held) - 1;
      }
    }
    this.text[index] = 1;
  }

  hasText(index: number): boolean {
    return this.text[index] === 1;
  }

  /** Enough text to be compared: see MIN_WORDS. */
  comparable(index: number): boolean {
    return this.text[index] === 1 && this.words[index] >= MIN_WORDS;
  }

  /** Estimated Jaccard similarity of inputs `a` and `b`'s shingle sets. */
  jaccard(a: number, b: number): number {
    const words = HASHES / 4;
    let equal = 0;
    for (let offset = 0; offset < words; offset++) equal += zeroBytes(this.words32[a * words + offset] ^ this.words32[b * words + offset]);
    // Unrelated minima still agree in their low 8 bits 1 time in 256: take that chance out.
    const chance = 1 / 256;
    return Math.max(0, (equal / HASHES - chance) / (1 - chance));
  }

  /** Texts that share too little to be one article (see URL_GUARD_JACCARD); unknown or short texts never are. */
  clearlyDifferent(a: number, b: number): boolean {
    return this.comparable(a) && this.comparable(b) && this.jaccard(a, b) < URL_GUARD_JACCARD;
  }
}

/** How many of the four bytes of `x` are zero. */
function zeroBytes(x: number): number {
  // A byte's high bit is set here exactly when the byte is zero.
  const high = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
  return ((high >>> 7) & 1) + ((high >>> 15) & 1) + ((high >>> 23) & 1) + ((high >>> 31) & 1);
}

/** Hashes of the distinct word shingles; a text shorter than a shingle is one shingle of all its words. */
function shingleHashes(words: readonly string[]): Set<number> {
  const hashes = words.map(hashWord);
  const shingles = new Set<number>();
  const size = Math.min(SHINGLE_SIZE, hashes.length);
  for (let start = 0; start + size <= hashes.length && size > 0; start++) {
    let hash = 0x6a09e667;
    for (let offset = 0; offset < size; offset++) hash = mix((hash ^ hashes[start + offset]) + offset);
    shingles.add(hash);
  }
  return shingles;
}

/** FNV-1a over the UTF-16 code units. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** A 32-bit bijective mixer (MurmurHash3's finaliser): nearby inputs give unrelated outputs. */
function mix(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Disjoint sets of input indices, with path halving. */
class UnionFind {
  private readonly parent: Uint32Array;
  constructor(size: number) {
    this.parent = Uint32Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    let node = index;
    while (this.parent[node] !== node) {
      this.parent[node] = this.parent[this.parent[node]];
      node = this.parent[node];
    }
    return node;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The smaller index as root: the same sets whatever order the unions come in.
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
