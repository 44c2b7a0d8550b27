import { describe, expect, it } from 'vitest';
import { webUrl } from '../../src/ingest/web-url.ts';

describe('webUrl', () => {
  it('accepts absolute http(s) URLs and normalizes them', () => {
    expect(webUrl('https://News.Example.org/a b')).toBe('https://news.example.org/a%20b');
    expect(webUrl('  http://example.org  ')).toBe('http://example.org/');
  });

  it('resolves relative URLs against a base', () => {
    expect(webUrl('../img/a.jpg', 'https://news.example.org/world/2022/story.html')).toBe('https://news.example.org/world/img/a.jpg');
    expect(webUrl('/a', undefined)).toBeUndefined();
  });

  it('refuses other schemes and garbage', () => {
    for (const value of ['javascript:alert(1)', 'file:///etc/passwd', 'about:internet', 'data:text/html,x', 'not a url', '', undefined]) {
      expect(webUrl(value)).toBeUndefined();
    }
    expect(webUrl('javascript:alert(1)', 'https://example.org/')).toBeUndefined();
  });
});
