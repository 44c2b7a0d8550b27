import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedItem, feedOptions, type FeedArticle } from '../../src/lib/feeds.ts';
import { parseFeedXml } from './xml.ts';

const context = { site: 'https://example.org', base: '/news/' };
const titles = new Map([
  ['russia-nato', 'Russia–NATO'],
  ['ukraine', 'Ukraine'],
]);

const suara: FeedArticle = {
  id: 'suara-rusia-nato-jenewa',
  data: {
    title: 'Rusia "kecewa" dengan sinyal AS & NATO',
    published: '2022-01-09T14:30:00+07:00',
    summary: 'Moskow mengatakan "kecewa" menjelang pembicaraan di Jenewa.',
    byline: 'Deutsche Welle',
    source: 'Suara.com',
    topics: ['russia-nato', 'ukraine'],
  },
  html: '<p>Suara.com - Moskow mengatakan "kecewa".</p>\n<p><img src="https://example.org/news/article-media/s/a.jpg" alt=""></p>',
};

const hostile: FeedArticle = {
  id: 'world/kyiv-talks',
  data: {
    title: 'Kyiv talks\u0007 resume <script>alert(1)</script>\u001B\uFFFE',
    summary: 'Summary\u0000 with <b>markup</b>',
    byline: 'Jane <img src=x onerror=alert(1)> Doe & "Co"',
    topics: ['ukraine', 'not-configured'],
  },
  html: '<p>Body\u000B with a control character</p>',
};

/** Build a feed the way the site's endpoints do, and parse it back. */
async function buildFeed(items: FeedArticle[], feedPath = '/rss.xml', pagePath?: string) {
  const xml = await getRssString(
    feedOptions(
      { title: 'kliping', description: 'Digest', feedPath, pagePath },
      items.map((item) => feedItem(item, titles, context)),
      context,
    ),
  );
  const parsed = parseFeedXml(xml, feedPath);
  return { xml, channel: parsed.rss.channel, rss: parsed.rss };
}

describe('site feed', () => {
  it('is well-formed XML (validated while parsing) with the atom namespace and a self link', async () => {
    const { channel, rss } = await buildFeed([suara, hostile]);
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(channel['atom:link']).toMatchObject({
      '@_href': 'https://example.org/news/rss.xml',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.link).toBe('https://example.org/news/');
  });

  it('gives each item an absolute link under base, full content, summary, date and topics', async () => {
    const { channel } = await buildFeed([suara, hostile]);
    const [first, second] = channel.item;
    expect(first.link).toBe('https://example.org/news/articles/suara-rusia-nato-jenewa/');
    expect(first.guid['#text']).toBe(first.link);
    expect(second.link).toBe('https://example.org/news/articles/world/kyiv-talks/');
    expect(first.title).toBe('Rusia "kecewa" dengan sinyal AS & NATO');
    expect(first['content:encoded']).toContain('Moskow mengatakan');
    expect(first.description).toContain('menjelang pembicaraan di Jenewa');
    expect(new Date(first.pubDate).toISOString()).toBe('2022-01-09T07:30:00.000Z');
    expect(first.category).toEqual(['Russia–NATO', 'Ukraine']);
    expect(second.category).toEqual(['Ukraine', 'not-configured']);
    expect(first['dc:creator']).toBe('Deutsche Welle');
    expect(second.pubDate).toBeUndefined();
  });

  it('strips control characters and keeps markup in text as escaped text', async () => {
    const { xml, channel } = await buildFeed([hostile]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/<script|<img|<b>/);
    // The parser decodes entities: what a feed reader gets is the text as written, escaped
    // exactly once in the XML (not double-escaped, not live markup).
    const item = channel.item[0];
    expect(item.title).toBe('Kyiv talks resume <script>alert(1)</script>');
    expect(item.description).toBe('Summary with <b>markup</b>');
    expect(item['dc:creator']).toBe('Jane <img src=x onerror=alert(1)> Doe & "Co"');
    expect(item['content:encoded']).toBe('<p>Body with a control character</p>');
  });

  it('carries the content HTML escaped, so readers get the markup, not XML elements', async () => {
    const { xml, channel } = await buildFeed([suara]);
    expect(xml).toContain('&lt;img src=&quot;https://example.org/news/article-media/s/a.jpg&quot;');
    expect(channel.item[0]['content:encoded']).toContain('<p>Suara.com');
  });
});

describe('topic feed', () => {
  it('links to the topic page and to itself', async () => {
    const { channel } = await buildFeed([suara], '/topics/ukraine/rss.xml', '/topics/ukraine/');
    expect(channel.link).toBe('https://example.org/news/topics/ukraine/');
    expect(channel['atom:link']['@_href']).toBe('https://example.org/news/topics/ukraine/rss.xml');
  });

  it('is valid with no items', async () => {
    const { channel } = await buildFeed([], '/topics/energy/rss.xml', '/topics/energy/');
    expect(channel.item).toBeUndefined();
  });
});

describe('feedItem: hand-written XML', () => {
  it('escapes markup in the byline with named entities', () => {
    const item = feedItem({ ...hostile, data: { ...hostile.data, byline: `<a href="x">&'</a>` } }, titles, context);
    expect(item.customData).toBe('<dc:creator>&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;</dc:creator>');
  });
});
