import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { satteriOptions } from '../../src/lib/markdown-processor.ts';

const hostile = [
  '# Title',
  '',
  '<script>alert("block")</script>',
  '',
  'Text <img src="x" onerror="alert(1)"> with a [link](javascript:alert(1)) and <b onclick="x()">bold</b>.',
  '',
  '![i](https://cdn.example.com/a.jpg) [ok](https://example.com/)',
].join('\n');

describe('Astro’s Markdown processor (Sätteri) as configured', () => {
  it('would pass raw HTML and javascript: links through without the sanitize plugin', async () => {
    // Why the plugin exists: Astro 7's default processor keeps both.
    const plain = await createSatteriMarkdownProcessor();
    const { code } = await plain.render(hostile);
    expect(code).toContain('<script>');
    expect(code).toContain('javascript:');
  });

  it('renders sanitized HTML with the site’s schema', async () => {
    const processor = await createSatteriMarkdownProcessor(satteriOptions);
    const { code } = await processor.render(hostile);
    expect(code).not.toMatch(/<script|onerror|onclick|javascript:|<b /i);
    expect(code).toMatch(/<h1[^>]*>Title<\/h1>/);
    expect(code).toContain('<img src="https://cdn.example.com/a.jpg" alt="i">');
    expect(code).toContain('<a href="https://example.com/">ok</a>');
  });
});
