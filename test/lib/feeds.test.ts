import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { defaultSiteSettings } from '../../src/config/site.ts';
import { FEED_ITEM_CONTENT_MAX_BYTES, FEED_MAX_BYTES, FEED_MAX_CATEGORIES, FEED_TEXT_MAX_CHARS } from '../../src/consts.ts';
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
  it('names the language of its own words when told, and none otherwise', async () => {
    const xml = await getRssString(feedOptions({ title: 'Kliping', description: 'Berita', feedPath: '/rss.xml', language: 'id' }, [feedItem(suara, titles, context)], context));
    expect(parseFeedXml(xml).rss.channel.language).toBe('id');
    expect((await buildFeed([suara])).channel.language).toBeUndefined();
  });

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
    // The parser decodes the XML's entities: what is left is what a reader reads. The summary
    // and a title with markup in it are HTML that shows the text; byline and topics are text.
    const item = channel.item[0];
    expect(item.title).toBe('Kyiv talks resume &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(item.description).toBe('Summary with &lt;b&gt;markup&lt;/b&gt;');
    expect(item['dc:creator']).toBe('Jane <img src=x onerror=alert(1)> Doe & "Co"');
    expect(item['content:encoded']).toBe('<p>Body with a control character</p>');
  });

  it('writes each text field as readers read it: description as HTML, titles as HTML only when they hold markup', async () => {
    const text = (title: string, summary: string): FeedArticle => ({
      ...suara,
      data: { ...suara.data, title, summary, byline: summary, topics: ['energy'] },
    });
    const energy = new Map([['energy', 'Energy & <b>gas</b>']]);
    const items = [
      text('AT&T and "NATO" agree, 2 < 3', 'AT&T and "NATO" agree, 2 < 3'),
      text('the <script> element and the <b> tag', 'the <script> element and the <b> tag'),
      text('Tom &amp; Jerry &copy', '<a href="javascript:alert(1)">x</a>'),
    ].map((article) => feedItem(article, energy, context));
    const xml = await getRssString(feedOptions({ title: 'News & <i>views</i>', description: 'About <b>it</b> & more', feedPath: '/rss.xml' }, items, context));
    const { channel } = parseFeedXml(xml).rss;
    // Plain-text and HTML readers read this title alike: it stays as is.
    expect(channel.item[0].title).toBe('AT&T and "NATO" agree, 2 < 3');
    expect(channel.item[0].description).toBe('AT&amp;T and &quot;NATO&quot; agree, 2 &lt; 3');
    expect(channel.item[1].title).toBe('the &lt;script&gt; element and the &lt;b&gt; tag');
    expect(channel.item[1].description).toBe('the &lt;script&gt; element and the &lt;b&gt; tag');
    expect(channel.item[2].title).toBe('Tom &amp;amp; Jerry &amp;copy');
    expect(channel.item[2].description).toBe('&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;');
    expect(channel.item[2]['dc:creator']).toBe('<a href="javascript:alert(1)">x</a>');
    expect(channel.item[2].category).toEqual(['Energy & <b>gas</b>']);
    expect(channel.title).toBe('News &amp; &lt;i&gt;views&lt;/i&gt;');
    expect(channel.description).toBe('About &lt;b&gt;it&lt;/b&gt; &amp; more');
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

describe('feed size limits', () => {
  const kb = 1024;
  /** A paragraph with quotes, a link and an entity, as real bodies have (ASCII: bytes = length). */
  const paragraph = '<p>Kata "kunci" &amp; <a href="https://example.org/a?b=1&amp;c=2">tautan</a> dan teks.</p>\n';
  /** HTML of at most `bytes` bytes (and less than one paragraph short of it). */
  const body = (bytes: number) => paragraph.repeat(Math.floor(bytes / paragraph.length));

  it('gives a huge article a small item: summary, a note and a link instead of the full text', async () => {
    const huge: FeedArticle = { ...suara, html: body(50 * kb * kb) };
    const { xml, channel } = await buildFeed([huge]);
    expect(Buffer.byteLength(xml)).toBeLessThan(4 * kb);
    const content = channel.item[0]['content:encoded'];
    expect(content).toContain('<p>Moskow mengatakan &quot;kecewa&quot; menjelang pembicaraan di Jenewa.</p>');
    expect(content).toContain(`over ${FEED_ITEM_CONTENT_MAX_BYTES / kb} KB`);
    expect(content).toContain('<a href="https://example.org/news/articles/suara-rusia-nato-jenewa/">read it on the site</a>');
    expect(channel.item[0].description).toContain('menjelang pembicaraan di Jenewa');
  });

  it('keeps an article up to the limit whole', async () => {
    const html = body(FEED_ITEM_CONTENT_MAX_BYTES);
    expect(feedItem({ ...suara, html }, titles, context).content).toBe(html);
    expect(feedItem({ ...suara, html: html + paragraph }, titles, context).content).not.toContain('tautan');
  });

  it('stops adding items at FEED_MAX_BYTES, keeping the newest', async () => {
    const articles = Array.from({ length: defaultSiteSettings.feedSize }, (_, n): FeedArticle => ({ ...suara, id: `big-${n}`, html: body(240 * kb) }));
    const { xml, channel } = await buildFeed(articles);
    const size = Buffer.byteLength(xml);
    expect(size).toBeLessThanOrEqual(FEED_MAX_BYTES);
    const kept = channel.item.map((item: { link: string }) => item.link);
    expect(kept.length).toBeLessThan(defaultSiteSettings.feedSize);
    expect(kept).toEqual(articles.slice(0, kept.length).map((article) => `https://example.org/news/articles/${article.id}/`));
    // The estimate leaves out at most about one item more than it must.
    expect(size + 2 * (size / kept.length)).toBeGreaterThan(FEED_MAX_BYTES);
  });

  it('bounds every field, so even one article with everything huge gives a small feed', async () => {
    const long = 'Kata <b>"kunci"</b> & '.repeat(200_000);
    const topics = Array.from({ length: 5000 }, (_, n) => `topic-${n}-${'x'.repeat(2000)}`);
    const monster: FeedArticle = {
      id: 'monster',
      data: { title: long, summary: long, byline: long, topics, published: '2022-01-09' },
      html: body(60 * kb * kb),
    };
    const { xml, channel } = await buildFeed([monster, suara]);
    expect(Buffer.byteLength(xml)).toBeLessThan(512 * kb);
    const [item] = channel.item;
    expect(item.category).toHaveLength(FEED_MAX_CATEGORIES);
    expect([...item['dc:creator']].length).toBe(FEED_TEXT_MAX_CHARS);
    expect(item['dc:creator'].endsWith('…')).toBe(true);
    expect(channel.item).toHaveLength(2);
  });
});

describe('feedItem: hand-written XML', () => {
  it('escapes markup in the byline with named entities', () => {
    const item = feedItem({ ...hostile, data: { ...hostile.data, byline: `<a href="x">&'</a>` } }, titles, context);
    expect(item.customData).toBe('<dc:creator>&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;</dc:creator>');
  });
});
