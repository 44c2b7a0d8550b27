import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { klipingMarkdown, rendererFingerprint } from '../../src/lib/markdown-processor.ts';
import { renderArticleBody } from '../../src/lib/render.ts';

const hostile = [
  '# Title',
  '',
  '<script>alert("block")</script>',
  '',
  'Text <img src="x" onerror="alert(1)"> with a [link](javascript:alert(1)) and <b onclick="x()">bold</b>.',
  '',
  '![i](https://cdn.example.com/a.jpg) [ok](https://example.com/) ![kept](/article-media/a/b.jpg)',
].join('\n');

const repoRoot = path.resolve(import.meta.dirname, '../..');

async function render(markdown: string, options: Parameters<typeof klipingMarkdown>[0]) {
  const renderer = await klipingMarkdown(options).createRenderer({});
  return renderer.render(markdown, { frontmatter: { title: 'x' } });
}

describe('the site’s Markdown processor (what the content layer renders articles with)', () => {
  it('is needed: Astro 7’s default processor passes raw HTML and javascript: links through', async () => {
    const plain = await createSatteriMarkdownProcessor();
    const { code } = await plain.render(hostile);
    expect(code).toContain('<script>');
    expect(code).toContain('javascript:');
  });

  it('renders the page’s final body: sanitized, base-aware, external links marked, images lazy', async () => {
    const { code, metadata } = await render(hostile, { base: '/news/', images: 'remote', renderer: 'test' });
    expect(code).not.toMatch(/<script|onerror|onclick|javascript:|<b |\sid=/i);
    expect(code).toContain('<h1>Title</h1>');
    expect(code).toContain('<img src="https://cdn.example.com/a.jpg" alt="i" loading="lazy" decoding="async">');
    expect(code).toContain('<a href="https://example.com/" rel="nofollow noopener noreferrer">ok</a>');
    expect(code).toContain('src="/news/article-media/a/b.jpg"');
    // Exactly what the one renderer makes (feeds use it too).
    expect(code).toBe(renderArticleBody(hostile, { base: '/news/', images: 'remote' }));
    // Nothing for astro:assets to fetch or process, no headings, no copy of the frontmatter.
    expect(metadata).toEqual({ headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter: {} });
  });

  it('applies the image policy of content/site.yml', async () => {
    const local = (await render(hostile, { base: '/', images: 'local-only', renderer: 'test' })).code;
    expect(local).not.toContain('cdn.example.com');
    expect(local).toContain('src="/article-media/a/b.jpg"');
    expect((await render(hostile, { base: '/', images: 'none', renderer: 'test' })).code).not.toContain('<img');
  });

  it('carries everything the HTML depends on in its options, so Astro’s data store renders again when one changes', () => {
    // The content layer clears its store when the serialized Astro config changes.
    const options = (base: string, images: 'remote' | 'none', renderer: string) => JSON.stringify(klipingMarkdown({ base, images, renderer }));
    const reference = options('/', 'remote', 'a');
    expect(options('/news/', 'remote', 'a')).not.toBe(reference);
    expect(options('/', 'none', 'a')).not.toBe(reference);
    expect(options('/', 'remote', 'b')).not.toBe(reference);
    expect(options('/', 'remote', 'a')).toBe(reference);
  });

  it('fingerprints the renderer’s code, the same on every call', () => {
    const fingerprint = rendererFingerprint(repoRoot);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(rendererFingerprint(repoRoot)).toBe(fingerprint);
  });
});
