/**
 * Topics: which of the user's topics (`content/topics.yml`, read by src/config/topics.ts, whose
 * header gives the rule language) an article belongs to. Topics the user gave in the input's own
 * frontmatter or sidecar override the rules.
 */
import { wordsOf, type TopicGroup, type TopicRule, type TopicTerm } from '../config/topics.ts';
import type { ArticleMetadata } from './types.ts';

/**
 * The topics an article belongs to, in topics.yml order. `text` is what to look in (title and
 * body text). Topics the user gave in the input's frontmatter or sidecar override the rules,
 * even an empty list.
 */
export function classifyTopics(text: string, metadata: ArticleMetadata, rules: TopicRule[]): string[] {
  if (metadata.topics) return [...metadata.topics];
  const words = wordsOf(text);
  return rules.filter((rule) => rule.all.every((group) => countMentions(words, group) >= group.minMentions)).map(
    (rule) => rule.slug,
  );
}

/** How often any term of `group` is mentioned in `words` (normalized, see {@link wordsOf}). */
export function countMentions(words: string[], group: TopicGroup): number {
  let count = 0;
  for (let index = 0; index < words.length; ) {
    let longest = 0;
    for (const term of group.terms) {
      const length = matchAt(words, index, term);
      if (length > longest) longest = length;
    }
    if (longest > 0) {
      count++;
      index += longest;
    } else {
      index++;
    }
  }
  return count;
}

function matchAt(words: string[], index: number, term: TopicTerm): number {
  const last = term.words.length - 1;
  if (index + last >= words.length) return 0;
  for (let offset = 0; offset <= last; offset++) {
    const word = words[index + offset];
    const want = term.words[offset];
    const ok = offset === last && term.prefix ? word.startsWith(want) : word === want;
    if (!ok) return 0;
  }
  return last + 1;
}
