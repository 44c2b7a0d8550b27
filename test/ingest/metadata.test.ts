import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../src/ingest/html-article.ts';
import { readMetadata, type MetadataHints } from '../../src/ingest/metadata.ts';
import { parseHtml } from '../../src/ingest/parse.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/metadata');
/** A fixture page's metadata as the HTML reader hands it on: with the date stage's dates. */
const fromFixture = (name: string, hints?: MetadataHints) =>
  readPageMetadata(parseHtml(readFileSync(path.join(fixtures, name), 'utf8')), { ...hints, now: new Date('2026-01-01T00:00:00Z') });

/** Metadata of a page made of `head` and `body` snippets. */
function read(head: string, body = '', hints?: MetadataHints) {
  return readMetadata(parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), hints);
}
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const og = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const named = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('readMetadata: realistic pages', () => {
  it('Suara.com (Indonesian, JSON-LD NewsArticle + OpenGraph)', () => {
    expect(fromFixture('suara.html')).toEqual({
      title: 'Rusia Kecewa dengan Sinyal AS dan NATO Jelang Pembicaraan di Jenewa',
      byline: 'Ruth Meliana Dwi Indriani',
      published: '2022-01-10T06:15:00+07:00',
      modified: '2022-01-10T06:20:11+07:00',
      source: 'Suara.com',
      url: 'https://www.suara.com/news/2022/01/10/061500/rusia-kecewa-dengan-sinyal-as-dan-nato-jelang-pembicaraan-di-jenewa',
      lang: 'id',
      image: 'https://media.suara.com/pictures/970x544/2022/01/10/31874-wakil-menteri-luar-negeri-rusia-sergei-ryabkov.jpg',
      description:
        'Moskow mengatakan "kecewa" dengan sinyal dari AS dan NATO menjelang pembicaraan di Jenewa pada hari Senin (10/01).',
    });
  });

  it('Kompas.com (@graph with @id references, relative canonical, protocol-relative image)', () => {
    expect(fromFixture('kompas.html')).toEqual({
      title: 'Rusia Tak Akan Mundur soal Ukraina Jelang Pertemuan dengan AS',
      byline: 'Aditya Jaya Iswara',
      published: '2022-01-09T21:30:00+07:00',
      source: 'Kompas Cyber Media',
      url: 'https://www.kompas.com/global/read/2022/01/09/213000470/rusia-tak-akan-mundur-soal-ukraina?page=all',
      lang: 'id',
      image: 'https://asset.kompas.com/crops/abc=/0x0:1000x667/780x390/data/photo/2022/01/09/ryabkov.jpg',
      description: 'Rusia menegaskan tidak akan membuat konsesi apa pun dalam pembicaraan dengan AS di Jenewa.',
    });
  });

  it('detikNews (no JSON-LD: meta publishdate zoned by the dateline, author with site suffix, og:locale, application-name)', () => {
    expect(fromFixture('detik.html')).toEqual({
      title: 'Wamenlu Rusia: Tak Ada Konsesi untuk AS dan NATO',
      byline: 'Rita Uli Hutapea',
      published: '2022-01-09T14:30:12+07:00',
      source: 'detikNews',
      lang: 'id',
      image: 'https://akcdn.detik.net.id/community/media/visual/2022/01/09/ryabkov_169.jpeg?w=700&q=90',
      description: 'Rusia tidak akan membuat konsesi apa pun, kata Wakil Menteri Luar Negeri Sergei Ryabkov.',
    });
  });

  it('BBC News (JSON-LD array, organization author skipped for the visible byline)', () => {
    expect(fromFixture('bbc.html')).toEqual({
      title: "Ukraine tensions: Russia 'disappointed' ahead of Geneva talks",
      byline: 'Paul Kirby',
      published: '2022-01-09T14:12:08+00:00',
      modified: '2022-01-09T16:40:55+00:00',
      source: 'BBC News',
      url: 'https://www.bbc.com/news/world-europe-59919433',
      lang: 'en',
      image: 'https://ichef.bbci.co.uk/news/1024/branded_news/1234/production/_122623_ryabkov.jpg',
      description: 'Moscow says it is not optimistic that talks with the US and Nato will ease tensions on the border.',
    });
  });

  it('Reuters (meta author list, article:* times, twitter:*, og:url)', () => {
    expect(fromFixture('reuters.html')).toEqual({
      title: 'Russia says it will not make concessions under U.S. pressure',
      byline: 'Dmitry Antonov, Alexander Marrow',
      published: '2022-01-10T10:21:03+00:00',
      modified: '2022-01-10T12:02:55+00:00',
      source: 'Reuters',
      url: 'https://www.reuters.com/world/europe/russia-says-it-will-not-make-concessions-2022-01-10/',
      lang: 'en',
      image: 'https://www.reuters.com/resizer/abc/ryabkov.jpg',
      description: 'Russia said on Monday it would not make any concessions under U.S. pressure.',
    });
  });

  it('RIA Novosti (Russian microdata: itemprop dates and author, relative og:image)', () => {
    expect(fromFixture('ria-ru.html')).toEqual({
      title: 'Рябков заявил, что Россия не пойдет на уступки США',
      byline: 'Мария Иванова',
      published: '2022-01-09T14:30:00',
      modified: '2022-01-09T16:05:00',
      source: 'РИА Новости',
      url: 'https://ria.ru/20220109/ryabkov-1767178123.html',
      lang: 'ru',
      image: 'https://ria.ru/images/sharing/article/ryabkov.jpg',
      description:
        'Москва разочарована сигналами из Вашингтона и Брюсселя накануне переговоров в Женеве, заявил замглавы МИД Сергей Рябков.',
    });
  });

  it('Ukrainska Pravda (Ukrainian: <title> suffix, visible dateline and "Автор:" byline)', () => {
    expect(fromFixture('pravda-uk.html')).toEqual({
      title: 'Зеленський: Україна не поступиться жодним сантиметром',
      byline: 'Ольга Кирилюк',
      published: '2022-01-09T14:30:00',
      publishedFrom: 'dateline',
      lang: 'uk',
      description: 'Президент Володимир Зеленський заявив, що Київ готовий до переговорів, але не поступиться територіями.',
    });
  });

  it('skips a broken JSON-LD block and forgives comment wrappers, raw newlines, trailing commas', () => {
    expect(fromFixture('broken-jsonld.html')).toEqual({
      title: 'Talks in Geneva end without breakthrough',
      byline: 'Jane Doe, John Smith',
      published: '2022-01-10',
      lang: 'en',
      description: 'Line one line two & more',
    });
  });

  it('returns an empty object for a page with nothing, and never throws', () => {
    expect(fromFixture('bare.html')).toEqual({});
    expect(readMetadata({ type: 'root', children: [] })).toEqual({});
  });
});

describe('title', () => {
  const article = (headline: string) => ld({ '@type': 'NewsArticle', headline });

  it('og:title > JSON-LD headline > twitter:title > h1 > <title>', () => {
    const sources = [
      og('og:title', 'From og'),
      article('From JSON-LD'),
      named('twitter:title', 'From twitter'),
      '<title>From title tag</title>',
    ];
    const h1 = '<article><h1>From h1</h1></article>';
    expect(read(sources.join(''), h1).title).toBe('From og');
    expect(read(sources.slice(1).join(''), h1).title).toBe('From JSON-LD');
    expect(read(sources.slice(2).join(''), h1).title).toBe('From twitter');
    expect(read(sources.slice(3).join(''), h1).title).toBe('From h1');
    expect(read(sources.slice(3).join('')).title).toBe('From title tag');
  });

  it('finds the headline in @graph, in arrays, under mainEntity, with a type array', () => {
    expect(read(ld({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'BlogPosting', headline: 'In graph' }] })).title).toBe('In graph');
    expect(read(ld([{ '@type': 'Organization', name: 'Org' }, { '@type': 'Article', headline: 'In array' }])).title).toBe('In array');
    expect(read(ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Main entity' } })).title).toBe('Main entity');
    expect(read(ld({ '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'Typed' })).title).toBe('Typed');
    expect(read(ld({ '@type': 'Recipe', headline: 'Not an article' })).title).toBeUndefined();
  });

  it('strips the site name from <title> as a suffix or prefix', () => {
    expect(read(`${og('og:site_name', 'Suara.com')}<title>Rusia Kecewa dengan Sinyal AS | Suara.com</title>`).title).toBe('Rusia Kecewa dengan Sinyal AS');
    expect(read('<title>BBC News - Russia says talks failed</title>', '', { url: 'https://www.bbc.co.uk/news/1' }).title).toBe('Russia says talks failed');
    expect(read('<title>Ukraine latest: talks in Geneva — The Guardian</title>', '', { url: 'https://www.theguardian.com/x' }).title).toBe(
      'Ukraine latest: talks in Geneva',
    );
    // A site name that itself holds separators.
    expect(read(`${og('og:site_name', 'TACH! - Lokalnachrichten')}<title>DGB fordert Brückensanierung - TACH! - Lokalnachrichten</title>`).title).toBe(
      'DGB fordert Brückensanierung',
    );
  });

  it('drops a short trailing segment and a date segment from <title> only', () => {
    expect(read('<title>Rusia Tak Akan Mundur soal Ukraina Halaman all - Berita Terkini</title>').title).toBe(
      'Rusia Tak Akan Mundur soal Ukraina Halaman all',
    );
    expect(read('<title>Рябков заявил, что Россия не пойдет на уступки - РИА Новости, 09.01.2022</title>').title).toBe(
      'Рябков заявил, что Россия не пойдет на уступки',
    );
    expect(read(og('og:title', 'Talks in Geneva - what we know so far')).title).toBe('Talks in Geneva - what we know so far');
    expect(read(og('og:title', 'Berlin confronts its colonial past | 19.01.2020')).title).toBe('Berlin confronts its colonial past');
  });

  it('keeps a title that is only separators and words, and removes a dangling separator', () => {
    expect(read('<title>Über André Loibl |</title>').title).toBe('Über André Loibl');
  });

  it('prefers an h1 in the article; skips a logo h1 and a hidden navigation h1 outside it', () => {
    const head = `${og('og:site_name', 'Suara.com')}<title>Rusia Kecewa dengan Sinyal AS | Suara.com</title>`;
    expect(read(head, '<h1 class="logo">Suara.com</h1><article><h1>Rusia Kecewa</h1></article>').title).toBe('Rusia Kecewa');
    expect(read(head, '<h1 class="logo">Suara.com</h1><div><h1>Rusia Kecewa dengan Sinyal AS</h1></div>').title).toBe('Rusia Kecewa dengan Sinyal AS');
    expect(read(head, '<h1 class="sr-only">Navigation und Service</h1>').title).toBe('Rusia Kecewa dengan Sinyal AS');
  });

  it('ignores an SVG <title> and decodes double-encoded entities', () => {
    expect(read('', '<svg><title>Search icon</title></svg>').title).toBeUndefined();
    expect(read(og('og:title', 'Rusia &amp;amp; NATO: &amp;quot;kecewa&amp;quot;')).title).toBe('Rusia & NATO: "kecewa"');
    expect(read(ld({ '@type': 'NewsArticle', headline: 'Rusia &amp; NATO &#8211; <b>kecewa</b>' })).title).toBe('Rusia & NATO – kecewa');
  });

  it('collapses white space', () => {
    expect(read('<title>\n  Rusia\n\tKecewa   dengan\u00a0Sinyal  </title>').title).toBe('Rusia Kecewa dengan Sinyal');
  });
});

describe('byline', () => {
  it('JSON-LD author > meta author > article:author > rel=author > author/byline classes', () => {
    const sources = [
      ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'From JSON-LD' } }),
      named('author', 'From Meta'),
      og('article:author', 'From Article Author'),
    ];
    const body = '<article><a rel="author" href="/a/x">From Rel</a><span class="byline">From Class</span></article>';
    expect(read(sources.join(''), body).byline).toBe('From JSON-LD');
    expect(read(sources.slice(1).join(''), body).byline).toBe('From Meta');
    expect(read(sources.slice(2).join(''), body).byline).toBe('From Article Author');
    expect(read('', body).byline).toBe('From Rel');
    expect(read('', '<article><span class="byline">From Class</span></article>').byline).toBe('From Class');
  });

  it('reads JSON-LD authors as strings, objects and arrays, deduplicated', () => {
    expect(read(ld({ '@type': 'Article', author: 'Jane Doe' })).byline).toBe('Jane Doe');
    expect(read(ld({ '@type': 'Article', author: [{ name: 'Jane Doe' }, 'John Smith', { name: 'jane doe' }] })).byline).toBe('Jane Doe, John Smith');
    expect(
      read(ld({ '@graph': [{ '@type': 'Person', '@id': '#p1', name: 'Via Id' }, { '@type': 'Article', author: { '@id': '#p1' } }] })).byline,
    ).toBe('Via Id');
  });

  it('skips an article:author URL and an author equal to the site name', () => {
    expect(read(og('article:author', 'https://www.facebook.com/someone')).byline).toBeUndefined();
    expect(read(`${og('og:site_name', 'Suara.com')}${named('author', 'Suara.com')}`).byline).toBeUndefined();
  });

  it('removes "By", "Oleh", "Penulis:", "Автор:" and splits "and", "dan", "и"', () => {
    expect(read(named('author', 'By Jane Doe and John Smith')).byline).toBe('Jane Doe, John Smith');
    expect(read(named('author', 'Oleh: Ruth Meliana dan Aditya Jaya')).byline).toBe('Ruth Meliana, Aditya Jaya');
    expect(read('', '<div class="author">Penulis: Aditya Jaya Iswara</div>').byline).toBe('Aditya Jaya Iswara');
    expect(read('', '<span itemprop="author">Автор: Мария Иванова и Пётр Петров</span>').byline).toBe('Мария Иванова, Пётр Петров');
  });

  it('cuts a dateline and an editor credit off a visible byline', () => {
    expect(read('', '<div class="byline">By Jeff Foust Monday, November 18, 2019</div>').byline).toBe('Jeff Foust');
    expect(read('', '<div class="byline">Reporter: Aditya Jaya | Editor: Bayu Galih</div>').byline).toBe('Aditya Jaya');
    expect(read('', '<div data-component="byline-block"><div>By Paul Kirby</div><div>BBC News</div></div>').byline).toBe(
      'Paul Kirby, BBC News',
    );
  });

  it('prefers author elements inside the article and ignores comment authors and form labels', () => {
    const body =
      '<aside><span class="author">Sidebar Person</span></aside><article><span class="author">Article Person</span></article>' +
      '<ol class="comments"><li><span class="comment-author">Commenter</span></li></ol>';
    expect(read('', body).byline).toBe('Article Person');
    expect(read('', '<form><label for="author">Nama (wajib)</label><input id="author"></form>').byline).toBeUndefined();
    expect(read('', '<div class="comment-author vcard">Berita Islami</div>').byline).toBeUndefined();
  });

  it('ignores long author boxes and prose', () => {
    expect(read('', '<span class="byline">writes about diplomacy</span>').byline).toBeUndefined();
    expect(read('', '<span class="byline">Ludwig van Beethoven</span>').byline).toBe('Ludwig van Beethoven');
    const bio =
      'Jane Doe has covered Eastern Europe for twenty years. She writes about diplomacy, energy and security in the region, ' +
      'and before that reported from Kyiv and Moscow.';
    expect(read('', `<div class="author-bio">${bio}</div>`).byline).toBeUndefined();
  });
});

describe('source', () => {
  it('og:site_name > JSON-LD publisher.name > application-name > host without www.', () => {
    const sources = [
      og('og:site_name', 'From OG'),
      ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'From Publisher' } }),
      named('application-name', 'From App'),
    ];
    const hints = { url: 'https://www.suara.com/news/x' };
    expect(read(sources.join(''), '', hints).source).toBe('From OG');
    expect(read(sources.slice(1).join(''), '', hints).source).toBe('From Publisher');
    expect(read(sources.slice(2).join(''), '', hints).source).toBe('From App');
    expect(read('', '', hints).source).toBe('suara.com');
    expect(read('').source).toBeUndefined();
  });

  it('turns a URL or @handle given as the site name into a name', () => {
    expect(read(og('og:site_name', 'https://www.newsnation.in')).source).toBe('newsnation.in');
    expect(read(og('og:site_name', '@politifact')).source).toBe('politifact');
  });
});

describe('url', () => {
  it('canonical > og:url > hints.url', () => {
    const canonical = '<link rel="canonical" href="https://example.com/canonical">';
    const ogUrl = og('og:url', 'https://example.com/og');
    const hints = { url: 'https://example.com/saved' };
    expect(read(canonical + ogUrl, '', hints).url).toBe('https://example.com/canonical');
    expect(read(ogUrl, '', hints).url).toBe('https://example.com/og');
    expect(read('', '', hints).url).toBe('https://example.com/saved');
  });

  it('accepts absolute http(s) only, resolving a relative canonical against what is known', () => {
    expect(read('<link rel="canonical" href="/news/a">', '', { url: 'https://example.com/x/y' }).url).toBe('https://example.com/news/a');
    expect(read('<link rel="canonical" href="/news/a">').url).toBeUndefined();
    expect(read('<link rel="canonical" href="javascript:alert(1)">').url).toBeUndefined();
    expect(read(og('og:url', 'file:///C:/Users/me/page.html')).url).toBeUndefined();
    expect(read('', '', { url: 'about:internet' }).url).toBeUndefined();
  });
});

describe('lang', () => {
  const indonesian =
    '<p>Rusia mengatakan bahwa mereka tidak begitu optimis bahwa pertemuan yang direncanakan dengan Amerika Serikat dan NATO pada pekan ini dapat meredakan ketegangan di perbatasan Ukraina, demikian kata Wakil Menteri Luar Negeri Rusia.</p>';

  it('<html lang> > content-language > og:locale > detection from paragraphs', () => {
    const head = `<meta http-equiv="content-language" content="ru">${og('og:locale', 'uk_UA')}`;
    expect(readMetadata(parseHtml(`<html lang="en-US"><head>${head}</head><body>${indonesian}</body></html>`)).lang).toBe('en');
    expect(read(head, indonesian).lang).toBe('ru');
    expect(read(og('og:locale', 'uk_UA'), indonesian).lang).toBe('uk');
    expect(read('', indonesian).lang).toBe('id');
    expect(read('', '<p>Terlalu pendek.</p>').lang).toBeUndefined();
  });
});

describe('image', () => {
  it('og:image > twitter:image > JSON-LD image (string, object url, array)', () => {
    const sources = [
      og('og:image', 'https://cdn.example.com/og.jpg'),
      named('twitter:image', 'https://cdn.example.com/tw.jpg'),
      ld({ '@type': 'NewsArticle', image: 'https://cdn.example.com/ld.jpg' }),
    ];
    expect(read(sources.join('')).image).toBe('https://cdn.example.com/og.jpg');
    expect(read(sources.slice(1).join('')).image).toBe('https://cdn.example.com/tw.jpg');
    expect(read(sources.slice(2).join('')).image).toBe('https://cdn.example.com/ld.jpg');
    expect(read(ld({ '@type': 'NewsArticle', image: { '@type': 'ImageObject', url: 'https://cdn.example.com/obj.jpg' } })).image).toBe(
      'https://cdn.example.com/obj.jpg',
    );
    expect(read(ld({ '@type': 'NewsArticle', image: [{ url: 'https://cdn.example.com/a1.jpg' }, 'https://cdn.example.com/a2.jpg'] })).image).toBe(
      'https://cdn.example.com/a1.jpg',
    );
  });

  it('resolves a relative image against the page URL and drops what cannot be made absolute', () => {
    expect(read(og('og:image', '/img/a.jpg'), '', { url: 'https://example.com/news/1' }).image).toBe('https://example.com/img/a.jpg');
    expect(read(og('og:image', '/img/a.jpg')).image).toBeUndefined();
    expect(read(og('og:image', 'data:image/png;base64,AAAA')).image).toBeUndefined();
  });
});

describe('description', () => {
  it('og:description > meta description > twitter:description > JSON-LD description', () => {
    const sources = [
      og('og:description', 'From OG'),
      named('description', 'From Meta'),
      named('twitter:description', 'From Twitter'),
      ld({ '@type': 'NewsArticle', description: 'From JSON-LD' }),
    ];
    expect(read(sources.join('')).description).toBe('From OG');
    expect(read(sources.slice(1).join('')).description).toBe('From Meta');
    expect(read(sources.slice(2).join('')).description).toBe('From Twitter');
    expect(read(sources.slice(3).join('')).description).toBe('From JSON-LD');
  });

  it('skips empty and white-space-only values', () => {
    expect(read(`${og('og:description', '   ')}${named('description', 'Real one')}`).description).toBe('Real one');
  });
});

describe('entities', () => {
  it('decodes leftover entities only when they end in a semicolon', () => {
    expect(read(og('og:title', 'Fish &amp;nothing else &amp;amp; more')).title).toBe('Fish &nothing else & more');
  });
});

describe('readMetadata: any page', () => {
  it('never throws, and every URL it returns is absolute http(s)', () => {
    const piece = fc.constantFrom(
      '<meta property="og:url" content="javascript:x">',
      '<meta property="og:image" content="//cdn.example.com/a.jpg">',
      '<link rel="canonical" href="::">',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@id":"x"},"image":[null,{}],"headline":[1]}</script>',
      '<script type="application/ld+json">[[[[[[{"@graph":{"@graph":{}}}]]]]]]</script>',
      '<script type="application/ld+json">{"@type":"Article","publisher":[],"datePublished":{}}</script>',
      '<title> | - | </title>',
      '<h1></h1>',
      '<time datetime="2022-13-45">x</time>',
      '<div class="byline">By , and ;</div>',
      '<span itemprop="datePublished"></span>',
      '<html lang="">',
      'text',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(undefined, 'https://example.com/2022/01/09/x', 'not a url'), (pieces, url) => {
        const metadata = readMetadata(parseHtml(pieces.join('')), { url });
        for (const key of ['url', 'image'] as const) {
          if (metadata[key] !== undefined) expect(metadata[key]).toMatch(/^https?:\/\//);
        }
        for (const value of Object.values(metadata)) expect(value).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
