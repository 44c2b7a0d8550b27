/**
 * Turn word lists into regular-expression alternations, so that the rules built from the
 * lexicon escape and group words the same way.
 */

/** `text` with every character that means something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing group matching any of `words` literally. An empty list matches nothing (not
 * the empty string, which an empty group would): no words, no match. Either way the result is
 * one group, so a quantifier may follow it.
 */
export function anyOf(words: readonly string[]): string {
  return anyPattern(words.map(escapeRegExp));
}

/** A non-capturing group matching any of the pattern sources; an empty list matches nothing. */
export function anyPattern(patterns: readonly string[]): string {
  return patterns.length === 0 ? '(?:(?!))' : `(?:${patterns.join('|')})`;
}

/**
 * The words, longest first (ties keep their order): for alternations whose match is read, so
 * that "januari" is taken whole rather than as "jan" followed by letters.
 */
export function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
