/**
 * `npm run bench:stories`: the story stage on labelled sets, scored pairwise (every two articles
 * of one labelled story are a positive pair): the 115 real pages of ../shared/bench/extraction
 * (English news of 18–20 November 2019 and older posts; labels in
 * test/fixtures/stories/extraction-labels.json) and the short articles in Indonesian, English,
 * Russian and Ukrainian of test/fixtures/stories/articles/. Beside it, in the same run, a
 * TF-IDF single-link baseline (cosine over the words of the whole text, the same date window)
 * at its best threshold on each set, which favours the baseline.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPlainText } from '../src/ingest/markdown.ts';
import { findStories, storyKeys, type StoryArticle } from '../src/ingest/stories.ts';
import { readBenchArticle, readPages, type BenchPage } from './bench-extract.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(repoRoot, 'test/fixtures/stories');

/** Targets of the stories issue: pairwise precision and F1 on English news, F1 across languages. */
const TARGETS = { english: { precision: 0.95, f1: 0.9 }, crossLanguage: { f1: 0.8 } };

export interface Page {
  id: string;
  title: string;
  text: string;
  lang?: string;
  day?: string;
  source?: string;
}

export function readPage(page: BenchPage): Page {
  const { metadata, body } = readBenchArticle(page);
  const text = toPlainText(body);
  const { title, lang, published, source } = metadata;
  return { id: page.name, title: title ?? '', text, lang, day: published?.slice(0, 10), source };
}

/**
 * Pairwise precision, recall and F1 of predicted groups against labelled ones. A pair of one
 * labelled story with an `optional` member (an opinion column or a roundup, which the issue says
 * may or may not join) counts neither way; `optional` members merged with another story count as wrong.
 */
export function pairScores(
  predicted: Map<string, string>,
  labelled: Record<string, string[]>,
  optional: ReadonlySet<string> = new Set(),
): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  const truth = new Map<string, string>();
  for (const [story, ids] of Object.entries(labelled)) for (const id of ids) truth.set(id, story);
  const groups = new Map<string, string[]>();
  for (const [id, story] of predicted) groups.set(story, [...(groups.get(story) ?? []), id]);
  let tp = 0;
  let fp = 0;
  for (const ids of groups.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const same = truth.get(ids[i]) !== undefined && truth.get(ids[i]) === truth.get(ids[j]);
      if (same && (optional.has(ids[i]) || optional.has(ids[j]))) continue;
      if (same) tp++;
      else fp++;
    }
  }
  let positives = 0;
  for (const ids of Object.values(labelled)) {
    const required = ids.filter((id) => !optional.has(id)).length;
    positives += (required * (required - 1)) / 2;
  }
  const fn = positives - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 1 : tp / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** The baseline: TF-IDF cosine over all words, single link (any pair above the threshold joins). */
function tfidfSingleLink(pages: Page[], threshold: number, maxDays = 3): Map<string, string> {
  const docs = pages.map((page) => {
    const counts = new Map<string, number>();
    for (const word of `${page.title} ${page.text}`.toLowerCase().match(/\p{L}{3,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const word of doc.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const vectors = docs.map((doc) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [word, count] of doc) {
      const value = (1 + Math.log(count)) * Math.log(pages.length / df.get(word)!);
      vector.set(word, value);
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [word, value] of vector) vector.set(word, value / norm);
    return vector;
  });
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const day = (page: Page) => (page.day ? Date.parse(page.day) / 86_400_000 : undefined);
  for (let i = 0; i < pages.length; i++) for (let j = i + 1; j < pages.length; j++) {
    const a = day(pages[i]);
    const b = day(pages[j]);
    if (a === undefined || b === undefined || Math.abs(a - b) > maxDays) continue;
    let dot = 0;
    for (const [word, value] of vectors[i]) dot += value * (vectors[j].get(word) ?? 0);
    if (dot >= threshold) parent[find(i)] = find(j);
  }
  const sizes = new Map<number, number>();
  for (let i = 0; i < pages.length; i++) sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1);
  const groups = new Map<string, string>();
  for (let i = 0; i < pages.length; i++) if (sizes.get(find(i))! >= 2) groups.set(pages[i].id, `g${find(i)}`);
  return groups;
}

export function kliping(pages: Page[], options = {}): Map<string, string> {
  const articles: StoryArticle[] = pages.map((page) => ({ id: page.id, slug: page.id, day: page.day, source: page.source, keys: storyKeys(page) }));
  return findStories(articles, undefined, options).stories;
}

/** A labelled set's file: stories by slug, and the members whose pairs are not scored. */
export interface Labels {
  stories: Record<string, string[]>;
  optional?: string[];
}

/** Read a labelled set from test/fixtures/stories/. */
export function readLabels(file: string): { stories: Record<string, string[]>; optional: Set<string> } {
  const labels = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as Labels;
  return { stories: labels.stories, optional: new Set(labels.optional ?? []) };
}

function run(label: string, pages: Page[], { stories: labels, optional }: ReturnType<typeof readLabels>): ReturnType<typeof pairScores> {
  const ours = pairScores(kliping(pages), labels, optional);
  let best = { threshold: 0, scores: pairScores(new Map(), labels, optional) };
  for (let threshold = 0.1; threshold <= 0.9; threshold += 0.05) {
    const scores = pairScores(tfidfSingleLink(pages, threshold), labels, optional);
    if (scores.f1 > best.scores.f1) best = { threshold, scores };
  }
  const f = (x: number) => x.toFixed(3);
  const positives = ours.tp + ours.fn;
  const unscored = optional.size ? ` (pairs with its ${optional.size} opinion columns and roundups not scored)` : '';
  console.log(`\n${label}: ${pages.length} articles, ${Object.keys(labels).length} labelled stories, ${positives} positive pairs${unscored}`);
  console.log('| method | precision | recall | F1 | tp | fp | fn |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| kliping story stage | ${f(ours.precision)} | ${f(ours.recall)} | ${f(ours.f1)} | ${ours.tp} | ${ours.fp} | ${ours.fn} |`);
  const b = best.scores;
  console.log(`| TF-IDF single link (best threshold ${best.threshold.toFixed(2)}) | ${f(b.precision)} | ${f(b.recall)} | ${f(b.f1)} | ${b.tp} | ${b.fp} | ${b.fn} |`);
  return ours;
}

function main(): void {
  const results: string[] = [];
  const benchDir = path.join(repoRoot, '../shared/bench/extraction');
  if (existsSync(benchDir)) {
    const english = run('English news (../shared/bench/extraction)', readPages(path.join(benchDir, 'html')).map(readPage), readLabels('extraction-labels.json'));
    const met = english.precision >= TARGETS.english.precision && english.f1 >= TARGETS.english.f1;
    results.push(`English: precision ≥ ${TARGETS.english.precision} and F1 ≥ ${TARGETS.english.f1}: ${met ? 'met' : 'NOT met'}`);
  } else {
    console.log('../shared/bench/extraction is absent: the English set is skipped');
  }
  const datesDir = path.join(repoRoot, '../shared/bench/dates');
  if (existsSync(datesDir)) {
    const labels = readLabels('dates-labels.json');
    const { from, to } = (JSON.parse(readFileSync(path.join(fixtures, 'dates-labels.json'), 'utf8')) as { scope: { from: string; to: string } }).scope;
    // The labelled pages: those whose hand-labelled publication day is in the scope.
    const truth = JSON.parse(readFileSync(path.join(datesDir, 'truth.json'), 'utf8')) as Record<string, { date: string | null }>;
    const inScope = (id: string) => { const day = truth[id]?.date; return day !== null && day !== undefined && day >= from && day <= to; };
    const pages = readPages(path.join(datesDir, 'html')).filter((page) => inScope(page.name)).map(readPage);
    run(`Real news in several languages (../shared/bench/dates, ${from} to ${to})`, pages, labels);
  } else {
    console.log('../shared/bench/dates is absent: its set is skipped');
  }
  const dir = path.join(fixtures, 'articles');
  const pages = readdirSync(dir).filter((file) => file.endsWith('.html')).sort().map((file) =>
    readPage({ name: file.replace(/\.html$/, ''), file, bytes: new Uint8Array(readFileSync(path.join(dir, file))) }));
  const cross = run('Across languages (test/fixtures/stories/articles: id, en, ru, uk)', pages, readLabels('articles-labels.json'));
  results.push(`across languages: F1 ≥ ${TARGETS.crossLanguage.f1}: ${cross.f1 >= TARGETS.crossLanguage.f1 ? 'met' : 'NOT met'}`);
  console.log(`\ntargets: ${results.join('; ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
