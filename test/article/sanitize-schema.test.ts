import { describe, expect, it } from 'vitest';
import { cleanUrl, sanitizeSchema } from '../../src/article/sanitize-schema.ts';

describe('cleanUrl', () => {
  it('mirrors browser URL preprocessing before checking the scheme', () => {
    expect(cleanUrl('\u0000 javascript:alert(1)', ['http', 'https'])).toBeUndefined();
    expect(cleanUrl('jav\nascript:alert(1)', ['http', 'https'])).toBeUndefined();
    expect(cleanUrl('  https://example.com/x  ', ['http', 'https'])).toBe('https://example.com/x');
    expect(cleanUrl('page.html?a=b:c', ['http'])).toBe('page.html?a=b:c');
    expect(cleanUrl('x:y', ['http'])).toBeUndefined();
  });
});

describe('sanitizeSchema', () => {
  it('allows no dangerous elements or attributes', () => {
    const tags = sanitizeSchema.tagNames ?? [];
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'svg', 'math', 'meta', 'base', 'link']) {
      expect(tags).not.toContain(tag);
    }
    const names = Object.values(sanitizeSchema.attributes ?? {}).flat().map((d: string | [string, ...unknown[]]) => (typeof d === 'string' ? d : d[0]));
    for (const name of names) expect(name).not.toMatch(/^(on|style$|id$|name$|className$|data)/i);
  });
});
