import { describe, expect, it } from 'vitest';
import {
  BYLINE_LINE_BREAKS, FORM_CONTROLS, FORM_PARTS, HEADINGS, INLINE, MEDIA, NEVER_CONTENT, NOT_IN_CELL,
  NOT_PARAGRAPH, NOT_PROSE, NOT_TEXT, PLAIN_TEXT_BLOCKS,
} from '../../src/ingest/html-elements.ts';

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((tag) => b.has(tag));

describe('element categories', () => {
  it('leave what is not text out of every reader', () => {
    expect(isSubset(NOT_TEXT, NEVER_CONTENT)).toBe(true);
    expect(isSubset(NOT_TEXT, NOT_PROSE)).toBe(true);
    expect(isSubset(FORM_CONTROLS, NEVER_CONTENT)).toBe(true);
    expect(isSubset(FORM_CONTROLS, FORM_PARTS)).toBe(true);
  });

  it('differ where their readers differ', () => {
    // The extractor reads a whole page: chrome is never content. Plain text reads a sanitized
    // body: chrome is gone, and alt text and captions are not prose.
    expect(NEVER_CONTENT.has('nav')).toBe(true);
    expect(NOT_PROSE.has('nav')).toBe(false);
    expect(NOT_PROSE.has('img') && NOT_PROSE.has('figcaption')).toBe(true);
    expect(NEVER_CONTENT.has('img') || NEVER_CONTENT.has('figcaption')).toBe(false);
    // Bylines split at `br` (plain text handles it apart) and not at an `h1`.
    expect(BYLINE_LINE_BREAKS.has('br')).toBe(true);
    expect(PLAIN_TEXT_BLOCKS.has('br')).toBe(false);
    expect(BYLINE_LINE_BREAKS.has('h1')).toBe(false);
  });

  it('keep headings apart from inline text', () => {
    for (const heading of HEADINGS) {
      expect(PLAIN_TEXT_BLOCKS.has(heading)).toBe(true);
      expect(NOT_IN_CELL.has(heading)).toBe(true);
      expect(NOT_PARAGRAPH.has(heading)).toBe(true);
      expect(INLINE.has(heading)).toBe(false);
    }
    expect([...HEADINGS]).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  });

  it('count images as media and as inline', () => {
    expect(MEDIA.has('img') && INLINE.has('img')).toBe(true);
    expect(isSubset(new Set(['img', 'picture']), INLINE)).toBe(true);
  });
});
