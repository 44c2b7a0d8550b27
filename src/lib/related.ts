/**
 * "Related reading": for each article, up to five others that share its most distinctive terms
 * and its topics. Pure: the site's caller (src/lib/articles.ts, `relatedArticles`) gives each
 * article's id, title, plain text, topics and language, once per build.
 *
 * The method, TF-IDF with an inverted index:
 * 1. each text (its first {@link MAX_TEXT_CHARS} characters, the title counted
 *    {@link TITLE_WEIGHT} times) is cut into lower-cased words of letters and digits; numbers,
 *    words under three characters and the commonest words of English and Indonesian go;
 * 2. a word's weight in an article is `(1 + ln tf) · ln(N / df)`; only words that at least one
 *    other article has too (`df ≥ 2`) can relate two articles, and of those each article keeps
 *    its {@link TOP_TERMS} heaviest (ties: the word met first), as a unit vector;
 * 3. an inverted index maps each kept word to the articles keeping it, the heaviest
 *    {@link POSTINGS_PER_TERM} of them (ties by id): a word in thousands of articles names no
 *    story, and this cap is what keeps the work linear;
 * 4. an article's candidates are the articles in the postings of its own kept words, scored by
 *    the dot products gathered there plus a bonus for shared topics; the best
 *    {@link RESCORED} are scored again exactly (cosine over both articles' kept words, plus
 *    {@link TOPIC_BONUS} × the Jaccard index of their topics), and those sharing at least
 *    {@link MIN_SHARED_TERMS} words (or one and a topic) and scoring at least {@link MIN_SCORE}
 *    are ranked by score, ties by id. An article is never its own relation,
 *    nor related to the copies of it the ingest folded in (`copies`).
 *
 * Cost, for N articles of at most L characters: reading O(N·L); keeping the top words
 * O(N·L·log L) at worst; postings O(N·K·log N) to sort; candidates O(N·K·P) with K =
 * TOP_TERMS, P = POSTINGS_PER_TERM; rescoring O(N·R·K) with R = RESCORED. Near-linear in N:
 * the constants bound every article's share of the work, never the archive's size (no pair of
 * articles is ever compared unless one holds the other in a capped posting list). Measured on a
 * shared, heavily loaded 2-core machine: 5,000 synthetic articles of 400 words in 2.6–3.7 s,
 * 10,000 in 7.6–11 s, most of it reading the words.
 *
 * Deterministic: the articles are taken in id order whatever order they come in, and every
 * tie is broken by word or id.
 */

/** What the ranking reads of one article. */
export interface RelatedInput {
  /** The article's id (its slug). */
  id: string;
  /** Its plain text: body, or whatever stands for it (summary). */
  text: string;
  /** Its headline, weighted above the text. */
  title?: string;
  /** Topic slugs. */
  topics: readonly string[];
  /** Primary language subtag ("en", "id"), for the words to ignore. */
  lang?: string;
  /** Slugs of the saved copies the ingest folded into this article: never related to it. */
  copies?: readonly string[];
}

/** How many related articles each article gets, at most. */
export const RELATED_LIMIT = 5;
/** Characters of each text read: plenty to find a story's words, and a bound on the cost. */
export const MAX_TEXT_CHARS = 20_000;
/** How many times a headline's words count. */
export const TITLE_WEIGHT = 2;
/** Words kept per article (K). */
export const TOP_TERMS = 24;
/** Articles kept per word in the inverted index (P). */
export const POSTINGS_PER_TERM = 64;
/** Candidates scored again exactly per article (R). */
export const RESCORED = 32;
/** Added to the cosine for identical topic sets; proportionally less for partly shared ones. */
export const TOPIC_BONUS = 0.1;
/** Words two articles must share to be related, unless they share a topic too. */
export const MIN_SHARED_TERMS = 2;
/** Least score for an article to be listed as related. */
export const MIN_SCORE = 0.05;

/** The commonest words of English, which say nothing about a story. */
const englishStopWords = `about above after again against all also among and any are around because been before being
below between both but can could did does doing down during each even ever every few for from further had has have
having her here hers herself him himself his how however into its itself just like made make many may more most much
must near new not now off once one only other our ours out over own said same says she should since some still such
than that the their theirs them then there these they this those through too two under until upon very was way were
what when where which while who whom whose why will with within without would year years yet you your yours`;

/** The commonest words of Indonesian (and Malay). */
const indonesianStopWords = `ada adalah agar akan akhir aku anda antara apa apabila atas atau bagai bagaimana bagi bahkan
bahwa baik banyak baru begitu belum bisa boleh bukan cukup dalam dan dapat dari daripada demikian dengan di dia diri
dua hal hanya harus hingga ini itu jadi jika juga kali kalau kami kamu karena kata ke kepada kemudian kini lagi lain
lalu lebih maka masih mau melalui memang mereka merupakan nya oleh pada para pun saat saja salah sama sampai sangat
satu saya sebagai sebelum sebuah secara sedang sejak selain seluruh semua sendiri seorang seperti serta setelah sudah
supaya tahun tak tanpa telah tentang tersebut tetapi tidak untuk usai waktu yaitu yakni yang`;

/** Words to ignore, by language; an article without a known language is read with all lists. */
const stopWordsByLang: Record<string, ReadonlySet<string>> = {
  en: new Set(englishStopWords.split(/\s+/)),
  id: new Set(indonesianStopWords.split(/\s+/)),
  ms: new Set(indonesianStopWords.split(/\s+/)),
};
const allStopWords: ReadonlySet<string> = new Set(Object.values(stopWordsByLang).flatMap((set) => [...set]));
const noStopWords: ReadonlySet<string> = new Set();

function stopWordsFor(lang: string | undefined): ReadonlySet<string> {
  if (!lang) return allStopWords;
  return stopWordsByLang[lang] ?? noStopWords;
}

/** A run of letters, marks and digits starting with a letter or digit. */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const digitsOnly = /^\p{N}+$/u;

/** Add the words of `text` to `counts` (word id → count), each `weight` times; new words get the next id. */
function countWords(
  text: string,
  weight: number,
  stopWords: ReadonlySet<string>,
  ids: Map<string, number>,
  counts: Map<number, number>,
): void {
  const folded = text.slice(0, MAX_TEXT_CHARS).normalize('NFKC').toLowerCase();
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(folded); match !== null; match = wordPattern.exec(folded)) {
    const word = match[0];
    if (word.length < 3 || stopWords.has(word) || digitsOnly.test(word)) continue;
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    counts.set(id, (counts.get(id) ?? 0) + weight);
  }
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One article's kept words (by word id, ascending) and their weights: a unit vector. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/** The dot product of two vectors (a merge of their sorted word ids), and how many words they share. */
function dot(a: Vector, b: Vector): { cosine: number; shared: number } {
  let i = 0;
  let j = 0;
  let cosine = 0;
  let shared = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] < b.terms[j]) i++;
    else if (a.terms[i] > b.terms[j]) j++;
    else {
      cosine += a.weights[i++] * b.weights[j++];
      shared++;
    }
  }
  return { cosine, shared };
}

/**
 * Up to {@link RELATED_LIMIT} related articles for each article: id → ids, best first. Every
 * article has an entry (empty when nothing relates to it).
 */
export function relatedReading(inputs: readonly RelatedInput[], limit = RELATED_LIMIT): Map<string, string[]> {
  // Id order, one article per id: the result never depends on the order given.
  const unique = new Map<string, RelatedInput>();
  for (const input of inputs) if (!unique.has(input.id)) unique.set(input.id, input);
  const articles = [...unique.values()].sort((a, b) => byId(a.id, b.id));
  const n = articles.length;
  const result = new Map<string, string[]>(articles.map((article) => [article.id, []]));
  if (n < 2 || limit <= 0) return result;

  // 1. Words and document frequencies (word ids are given in id order of the articles).
  const wordIds = new Map<string, number>();
  const counts = articles.map((article) => {
    const stopWords = stopWordsFor(article.lang);
    const words = new Map<number, number>();
    if (article.title) countWords(article.title, TITLE_WEIGHT, stopWords, wordIds, words);
    countWords(article.text, 1, stopWords, wordIds, words);
    return words;
  });
  const df = new Int32Array(wordIds.size);
  for (const words of counts) for (const word of words.keys()) df[word]++;

  // 2. Each article's heaviest shared words, as a unit vector.
  const vectors: Vector[] = counts.map((words) => {
    // The TOP_TERMS heaviest, heaviest first (ties: the lower word id), kept by insertion.
    const terms: number[] = [];
    const weights: number[] = [];
    for (const [word, tf] of words) {
      const documents = df[word];
      if (documents < 2 || documents >= n) continue;
      const weight = (1 + Math.log(tf)) * Math.log(n / documents);
      const full = terms.length === TOP_TERMS;
      const last = terms.length - 1;
      if (full && (weight < weights[last] || (weight === weights[last] && word > terms[last]))) continue;
      let at = full ? last : terms.length;
      while (at > 0 && (weights[at - 1] < weight || (weights[at - 1] === weight && terms[at - 1] > word))) {
        weights[at] = weights[at - 1];
        terms[at] = terms[at - 1];
        at--;
      }
      weights[at] = weight;
      terms[at] = word;
    }
    const kept = terms.map((_, index) => index).sort((a, b) => terms[a] - terms[b]);
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0));
    return { terms: Int32Array.from(kept, (index) => terms[index]), weights: Float64Array.from(kept, (index) => weights[index] / norm) };
  });
  counts.length = 0;

  // 3. The inverted index: word → its heaviest holders (docs and weights).
  const postingDocs: number[][] = Array.from({ length: df.length }, () => []);
  const postingWeights: number[][] = Array.from({ length: df.length }, () => []);
  vectors.forEach((vector, doc) => {
    vector.terms.forEach((word, index) => {
      postingDocs[word].push(doc);
      postingWeights[word].push(vector.weights[index]);
    });
  });
  for (let word = 0; word < df.length; word++) {
    const docs = postingDocs[word];
    if (docs.length <= 1) continue;
    const weights = postingWeights[word];
    // Heaviest first, ties by id (docs are numbered in id order).
    const order = docs.map((_, index) => index).sort((a, b) => weights[b] - weights[a] || docs[a] - docs[b]);
    order.length = Math.min(order.length, POSTINGS_PER_TERM);
    postingDocs[word] = order.map((index) => docs[index]);
    postingWeights[word] = order.map((index) => weights[index]);
  }

  const topicSets = articles.map((article) => new Set(article.topics));
  const topicBonus = (a: number, b: number): number => {
    const mine = topicSets[a];
    const theirs = topicSets[b];
    if (mine.size === 0 || theirs.size === 0) return 0;
    let shared = 0;
    for (const topic of mine) if (theirs.has(topic)) shared++;
    return shared === 0 ? 0 : (TOPIC_BONUS * shared) / (mine.size + theirs.size - shared);
  };
  const copiesOf = articles.map((article) => new Set(article.copies ?? []));
  const excluded = (a: number, b: number) =>
    (copiesOf[a].size > 0 && copiesOf[a].has(articles[b].id)) || (copiesOf[b].size > 0 && copiesOf[b].has(articles[a].id));

  // 4. Candidates from the postings, the best rescored exactly.
  const gathered = new Float64Array(n);
  const touched: number[] = [];
  /** The best RESCORED candidates so far, best first (parallel arrays). */
  const bestDocs: number[] = [];
  const bestScores: number[] = [];
  for (let doc = 0; doc < n; doc++) {
    const vector = vectors[doc];
    touched.length = 0;
    for (let index = 0; index < vector.terms.length; index++) {
      const docs = postingDocs[vector.terms[index]];
      const weights = postingWeights[vector.terms[index]];
      const weight = vector.weights[index];
      for (let k = 0; k < docs.length; k++) {
        const other = docs[k];
        if (other === doc) continue;
        if (gathered[other] === 0) touched.push(other);
        gathered[other] += weight * weights[k];
      }
    }
    bestDocs.length = 0;
    bestScores.length = 0;
    for (const other of touched) {
      const score = gathered[other] + topicBonus(doc, other);
      gathered[other] = 0;
      const full = bestDocs.length === RESCORED;
      const last = bestDocs.length - 1;
      if (full && (score < bestScores[last] || (score === bestScores[last] && other > bestDocs[last]))) continue;
      if (excluded(doc, other)) continue;
      let at = full ? last : bestDocs.length;
      while (at > 0 && (bestScores[at - 1] < score || (bestScores[at - 1] === score && bestDocs[at - 1] > other))) {
        bestScores[at] = bestScores[at - 1];
        bestDocs[at] = bestDocs[at - 1];
        at--;
      }
      bestScores[at] = score;
      bestDocs[at] = other;
    }
    const scored = bestDocs.flatMap((other) => {
      const { cosine, shared } = dot(vector, vectors[other]);
      const bonus = topicBonus(doc, other);
      // One shared word alone is a coincidence, unless the topics agree too.
      if (shared < MIN_SHARED_TERMS && bonus === 0) return [];
      return [{ other, score: cosine + bonus }];
    });
    scored.sort((a, b) => b.score - a.score || a.other - b.other);
    result.set(
      articles[doc].id,
      scored
        .filter(({ score }) => score >= MIN_SCORE)
        .slice(0, limit)
        .map(({ other }) => articles[other].id),
    );
  }
  return result;
}
