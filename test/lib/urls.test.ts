import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  digestPath,
  isSitePath,
  normalizeBase,
  resolveContentUrl,
  storiesPath,
  storyPath,
  topicFeedPath,
  topicPath,
  topicUndatedPath,
  undatedPath,
  withBase,
} from '../../src/lib/urls.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/news', '/news/'],
    ['/news/', '/news/'],
    ['news', '/news/'],
    ['//news//', '/news/'],
    ['/a/b', '/a/b/'],
  ])('%j → %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });
});

describe('withBase', () => {
  it('keeps site paths as they are at the root', () => {
    expect(withBase('/topics/ukraine/', '/')).toBe('/topics/ukraine/');
    expect(withBase('/', '/')).toBe('/');
  });

  it('prefixes site paths with a non-root base, whichever way base is written', () => {
    for (const base of ['/news/', '/news', 'news']) {
      expect(withBase('/topics/ukraine/', base)).toBe('/news/topics/ukraine/');
      expect(withBase('/', base)).toBe('/news/');
      expect(withBase('/rss.xml', base)).toBe('/news/rss.xml');
    }
  });

  it('keeps query and fragment', () => {
    expect(withBase('/topics/?q=1#x', '/news/')).toBe('/news/topics/?q=1#x');
  });

  it('refuses anything that is not a root-relative path', () => {
    for (const bad of ['topics/', 'https://evil.example/', '//evil.example/x', '/\\evil.example', '', '#x']) {
      expect(() => withBase(bad, '/news/'), bad).toThrow(TypeError);
    }
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin, base and path', () => {
    expect(absoluteUrl('/rss.xml', 'https://example.org', '/news/')).toBe('https://example.org/news/rss.xml');
    expect(absoluteUrl('/', 'https://example.org/', '/')).toBe('https://example.org/');
    expect(absoluteUrl('/articles/x/', new URL('https://example.org'), '/a/b')).toBe('https://example.org/a/b/articles/x/');
  });

  it('ignores a path in `site`, as Astro does (base says where the site lives)', () => {
    expect(absoluteUrl('/rss.xml', 'https://example.org/ignored/', '/news/')).toBe('https://example.org/news/rss.xml');
  });
});

describe('route paths', () => {
  it('builds the digest, article, topic and feed paths', () => {
    expect(digestPath()).toBe('/');
    expect(digestPath(1)).toBe('/');
    expect(digestPath(3)).toBe('/3/');
    expect(articlePath('suara-rusia-nato-jenewa')).toBe('/articles/suara-rusia-nato-jenewa/');
    expect(articlePath('world/kyiv-morning')).toBe('/articles/world/kyiv-morning/');
    expect(topicPath('ukraine')).toBe('/topics/ukraine/');
    expect(topicPath('ukraine', 1)).toBe('/topics/ukraine/');
    expect(topicPath('ukraine', 2)).toBe('/topics/ukraine/2/');
    expect(topicFeedPath('russia-nato')).toBe('/topics/russia-nato/rss.xml');
  });

  it('builds the paths of the lists of undated articles, for the site and for a topic', () => {
    expect(undatedPath()).toBe('/undated/');
    expect(undatedPath(1)).toBe('/undated/');
    expect(undatedPath(2)).toBe('/undated/2/');
    expect(topicUndatedPath('ukraine')).toBe('/topics/ukraine/undated/');
    expect(topicUndatedPath('ukraine', 3)).toBe('/topics/ukraine/undated/3/');
    expect(withBase(topicUndatedPath('ukraine'), '/news/')).toBe('/news/topics/ukraine/undated/');
  });

  it('builds the paths of the stories', () => {
    expect(storiesPath).toBe('/stories/');
    expect(storyPath('geneva-talks')).toBe('/stories/geneva-talks/');
    expect(withBase(storyPath('geneva-talks'), '/news/')).toBe('/news/stories/geneva-talks/');
  });

  it('percent-encodes characters a slug should never have', () => {
    expect(articlePath('a b?/c#d')).toBe('/articles/a%20b%3F/c%23d/');
  });
});

describe('resolveContentUrl', () => {
  it('prefixes site paths (kept media) with base', () => {
    expect(resolveContentUrl('/article-media/x/a.jpg', '/news/')).toBe('/news/article-media/x/a.jpg');
    expect(resolveContentUrl('/article-media/x/a.jpg', '/')).toBe('/article-media/x/a.jpg');
  });

  it('makes site paths absolute when given the site (feeds)', () => {
    expect(resolveContentUrl('/article-media/x/a.jpg', '/news/', 'https://example.org')).toBe(
      'https://example.org/news/article-media/x/a.jpg',
    );
  });

  it('keeps URLs with a scheme and fragments, and gives scheme-relative URLs https', () => {
    expect(resolveContentUrl('https://cdn.example/a.jpg', '/news/')).toBe('https://cdn.example/a.jpg');
    expect(resolveContentUrl('mailto:desk@example.com', '/news/')).toBe('mailto:desk@example.com');
    expect(resolveContentUrl('#top', '/news/')).toBe('#top');
    expect(resolveContentUrl('//cdn.example/a.jpg', '/news/')).toBe('https://cdn.example/a.jpg');
  });

  it('drops other relative URLs, which could only point to a wrong place on this site', () => {
    for (const url of ['relative.jpg', '../up.html', '?q=1', '%3Cscript%3Ealert(1)%3C/script%3E', '']) {
      expect(resolveContentUrl(url, '/news/'), url).toBeUndefined();
    }
  });

  it('tells site paths from other URLs', () => {
    expect(isSitePath('/x')).toBe(true);
    expect(isSitePath('//x')).toBe(false);
    expect(isSitePath('x')).toBe(false);
  });
});
