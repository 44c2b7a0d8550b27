/**
 * The user's topics (`content/topics.yml`): reading and checking the rules, for the ingest
 * (which files articles under them, src/ingest/topics.ts) and the site (which lists them).
 *
 * The rule language, in one paragraph (topics.yml's header says the same for users): a topic
 * has `all:`, a list of groups; a group is a list of terms, and any of its terms matches the
 * group. The topic applies when every group is mentioned at least `minMentions` times (the
 * group's own setting, else the topic's, else 2), counting every mention of any of the group's
 * terms. Two mentions, not one, because one is what a passing remark or a leftover sidebar link
 * ("Ukraine war: latest") gives.
 *
 * Terms match whole words, ignoring case and accents (both sides are NFKD-normalized, stripped
 * of combining marks and lowercased), in any script (Latin, Cyrillic…). A term of several words
 * matches those words in a row with any spacing or punctuation between them. A term ending in
 * `*` matches any word starting with it (`Украин*` → Украина, Украины, украинский): useful for
 * languages that inflect names. Overlapping terms count once per place in the text (the
 * longest term there wins).
 */
import { isSlug } from '../article/fields.ts';
import { ConfigError } from './errors.ts';
import { parseUserYaml } from './user-yaml.ts';

/** The default number of mentions a group needs. */
const defaultMinMentions = 2;

/** One term, pre-split into normalized words. */
export interface TopicTerm {
  /** As written in topics.yml. */
  text: string;
  /** Normalized words; the last one is a prefix when `prefix` is true. */
  words: string[];
  prefix: boolean;
}

/** A group of terms that count together. */
export interface TopicGroup {
  terms: TopicTerm[];
  minMentions: number;
}

/** One validated topic from topics.yml. */
export interface TopicRule {
  slug: string;
  title: string;
  description?: string;
  /** Every group must reach its `minMentions`. */
  all: TopicGroup[];
}

const topicKeys = ['slug', 'title', 'description', 'minMentions', 'all'];
const groupKeys = ['any', 'minMentions'];

/**
 * Read and validate topics.yml. Every mistake is an {@link ConfigError} naming the file, the
 * path inside it and the reason ("topics.yml: topics[1].slug must be lowercase letters, digits
 * and hyphens").
 */
export function loadTopics(yamlText: string, label = 'topics.yml'): TopicRule[] {
  const data = parseUserYaml(yamlText, label);
  const fail = (path: string, reason: string): never => {
    throw new ConfigError(`${label}: ${path} ${reason}`);
  };
  if (data === null || data === undefined) return [];
  if (!isRecord(data)) fail('the file', 'must be a mapping with a "topics:" list');
  const root = data as Record<string, unknown>;
  for (const key of Object.keys(root)) if (key !== 'topics') fail(key, 'is not a known key (only "topics")');
  if (root.topics === undefined || root.topics === null) return [];
  if (!Array.isArray(root.topics)) fail('topics', 'must be a list of topics');

  const rules: TopicRule[] = [];
  (root.topics as unknown[]).forEach((entry, index) => {
    const at = `topics[${index}]`;
    if (!isRecord(entry)) fail(at, 'must be a mapping with slug, title and all');
    const topic = entry as Record<string, unknown>;
    for (const key of Object.keys(topic)) {
      if (!topicKeys.includes(key)) fail(`${at}.${key}`, `is not a known key (${topicKeys.join(', ')})`);
    }
    if (typeof topic.slug !== 'string' || !isSlug(topic.slug)) {
      fail(`${at}.slug`, 'must be lowercase letters, digits and hyphens');
    }
    const slug = topic.slug as string;
    if (rules.some((rule) => rule.slug === slug)) fail(`${at}.slug`, `repeats "${slug}"; slugs must be unique`);
    if (typeof topic.title !== 'string' || topic.title.trim() === '') fail(`${at}.title`, 'must be non-empty text');
    if (topic.description !== undefined && typeof topic.description !== 'string') {
      fail(`${at}.description`, 'must be text');
    }
    const topicMin = readMin(topic.minMentions, `${at}.minMentions`, defaultMinMentions, fail);
    if (!Array.isArray(topic.all) || topic.all.length === 0) {
      fail(`${at}.all`, 'must be a non-empty list of term groups (each a list of terms)');
    }
    const all = (topic.all as unknown[]).map((group, groupIndex) =>
      readGroup(group, `${at}.all[${groupIndex}]`, topicMin, fail),
    );
    const rule: TopicRule = { slug, title: (topic.title as string).trim(), all };
    if (typeof topic.description === 'string' && topic.description.trim()) rule.description = topic.description.trim();
    rules.push(rule);
  });
  return rules;
}

function readGroup(
  value: unknown,
  at: string,
  topicMin: number,
  fail: (path: string, reason: string) => never,
): TopicGroup {
  // Shorthand: a bare list of terms. Long form: { any: [...], minMentions: 3 }.
  let list: unknown = value;
  let min = topicMin;
  if (isRecord(value)) {
    const group = value as Record<string, unknown>;
    for (const key of Object.keys(group)) {
      if (!groupKeys.includes(key)) fail(`${at}.${key}`, `is not a known key (${groupKeys.join(', ')})`);
    }
    list = group.any;
    min = readMin(group.minMentions, `${at}.minMentions`, topicMin, fail);
    at = `${at}.any`;
  }
  if (!Array.isArray(list) || list.length === 0) fail(at, 'must be a non-empty list of terms');
  const terms = (list as unknown[]).map((term, index) => readTerm(term, `${at}[${index}]`, fail));
  return { terms, minMentions: min };
}

function readTerm(value: unknown, at: string, fail: (path: string, reason: string) => never): TopicTerm {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string' || value.trim() === '') fail(at, 'must be a non-empty term');
  const text = (value as string).trim();
  const prefix = text.endsWith('*');
  if (text.slice(0, -1).includes('*')) fail(at, 'may use "*" only at its very end (a prefix)');
  const words = wordsOf(prefix ? text.slice(0, -1) : text);
  if (words.length === 0) fail(at, 'must contain a letter or digit');
  if (prefix && /[^\p{L}\p{N}]$/u.test(text.slice(0, -1))) fail(at, 'must have "*" right after a letter or digit');
  return { text, words, prefix };
}

function readMin(
  value: unknown,
  at: string,
  fallback: number,
  fail: (path: string, reason: string) => never,
): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) fail(at, 'must be a whole number ≥ 1');
  return value as number;
}

/**
 * Split text into normalized words: NFKD, combining marks removed, lowercased; a word is a run
 * of Unicode letters and digits (so "Ukraina-Rusia" is two words and "Kyiv's" gives "kyiv").
 */
export function wordsOf(text: string): string[] {
  const normalized = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isRecord(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
