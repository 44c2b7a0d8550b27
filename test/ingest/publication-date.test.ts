import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/parse.ts';
import { findPublicationDates, publisherZone, type FindPublishedOptions } from '../../src/ingest/publication-date.ts';

const now = new Date('2026-01-01T00:00:00Z');

/** The date stage on a page made of `head` and `body` snippets. */
function dates(head: string, body = '', options: FindPublishedOptions = {}) {
  return findPublicationDates(parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`), { now, ...options });
}
const published = (head: string, body = '', options: FindPublishedOptions = {}) => dates(head, body, options).published;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const og = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const named = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('declared dates', () => {
  it('JSON-LD > article:published_time > meta pubdate > itemprop, all before markup, the address and text', () => {
    const sources = [
      ld({ '@type': 'NewsArticle', datePublished: '2022-01-01T10:00:00+07:00' }),
      og('article:published_time', '2022-01-02T10:00:00+07:00'),
      named('pubdate', '2022-01-03T10:00:00+07:00'),
      '<meta itemprop="datePublished" content="2022-01-04T10:00:00+07:00">',
    ];
    const body = '<article><time datetime="2022-01-05T10:00:00+07:00">5 Jan</time><div class="date">Kamis, 06 Januari 2022 | 10:00 WIB</div></article>';
    const url = 'https://www.suara.com/news/2022/01/07/100000/x';
    expect(dates(sources.join(''), body, { url })).toEqual({ published: '2022-01-01T10:00:00+07:00' });
    expect(published(sources.slice(1).join(''), body, { url })).toBe('2022-01-02T10:00:00+07:00');
    expect(published(sources.slice(2).join(''), body, { url })).toBe('2022-01-03T10:00:00+07:00');
    expect(published(sources.slice(3).join(''), body, { url })).toBe('2022-01-04T10:00:00+07:00');
    expect(dates('', body, { url })).toEqual({ published: '2022-01-07', from: 'url' });
    expect(dates('', body)).toEqual({ published: '2022-01-05T10:00:00+07:00' });
    expect(dates('', '<div class="date">Kamis, 06 Januari 2022 | 10:00 WIB</div>')).toEqual({ published: '2022-01-06T10:00:00+07:00', from: 'dateline' });
  });

  it.each([
    ['publishdate', '2022/01/09 14:30:00', '2022-01-09T14:30:00'],
    ['parsely-pub-date', '2022-01-09T07:30:00+07:00', '2022-01-09T07:30:00+07:00'],
    ['sailthru.date', '2022-01-09 14:30:00', '2022-01-09T14:30:00'],
    ['content_PublishedDate', '2022-01-09 21:30:00', '2022-01-09T21:30:00'],
    ['DC.date.issued', '2022-01-09', '2022-01-09'],
    ['dcterms.created', '2022-01-09', '2022-01-09'],
    ['sw-pubdate', '2022-01-09', '2022-01-09'],
    ['date', '2022-01-09', '2022-01-09'],
    ['dc.date', '2022-01-09', '2022-01-09'],
  ])('reads <meta name="%s">', (name, content, expected) => {
    expect(published(named(name, content))).toBe(expected);
  });

  it('reads an article’s JSON-LD date before a web page’s, in @graph and arrays', () => {
    const graph = ld({
      '@graph': [
        { '@type': 'WebPage', datePublished: '2021-12-01' },
        { '@type': 'NewsArticle', datePublished: '2022-01-09' },
      ],
    });
    expect(published(graph)).toBe('2022-01-09');
    expect(published(ld([{ '@type': 'VideoObject', uploadDate: '2022-01-08' }]))).toBe('2022-01-08');
  });

  it('reads itemprop=datePublished from an element’s datetime or text, and <time pubdate>', () => {
    expect(published('', '<span itemprop="datePublished" datetime="2022-01-09T14:30:00+03:00">9 января</span>')).toBe('2022-01-09T14:30:00+03:00');
    expect(published('', '<span itemprop="datePublished">9 января 2022, 14:30</span>')).toBe('2022-01-09T14:30:00');
    expect(published('', '<time pubdate datetime="2022-01-09">9 Jan</time>')).toBe('2022-01-09');
  });

  it('weighs a generic meta date (a CMS record’s) after the date line shown in the page', () => {
    const body = '<h1>Riesling gewinnt</h1><div class="date">27.01.2022</div><p>Text.</p>';
    expect(dates(named('date', '2021-12-20T11:02:44+01:00'), body)).toEqual({ published: '2022-01-27', from: 'dateline' });
    expect(published(named('date', '2021-12-20T11:02:44+01:00'), '<p>Kein Datum.</p>')).toBe('2021-12-20T11:02:44+01:00');
  });

  it('skips unparseable values and moves on to the next source', () => {
    expect(published(`${og('article:published_time', 'yesterday')}${named('pubdate', '2022-01-09')}`)).toBe('2022-01-09');
  });

  it('modified: JSON-LD dateModified > article:modified_time > og:updated_time, never taken for the publication', () => {
    const sources = [
      ld({ '@type': 'NewsArticle', dateModified: '2022-01-01T10:00:00+07:00' }),
      og('article:modified_time', '2022-01-02T10:00:00+07:00'),
      og('og:updated_time', '2022-01-03T10:00:00+07:00'),
    ];
    expect(dates(sources.join(''))).toEqual({ modified: '2022-01-01T10:00:00+07:00' });
    expect(dates(sources.slice(1).join('')).modified).toBe('2022-01-02T10:00:00+07:00');
    expect(dates(sources.slice(2).join('')).modified).toBe('2022-01-03T10:00:00+07:00');
  });
});

describe('the publisher’s day', () => {
  it('adds the zone of a visible dateline showing the same minute to a zoneless meta date', () => {
    const head = named('publishdate', '2022/01/09 14:30:12');
    expect(published(head, '<div class="detail__date">Minggu, 09 Jan 2022 14:30 WIB</div>')).toBe('2022-01-09T14:30:12+07:00');
    expect(published(head, '<div class="detail__date">Minggu, 09 Jan 2022 15:30 WIB</div>')).toBe('2022-01-09T14:30:12');
    expect(published(head)).toBe('2022-01-09T14:30:12');
  });

  it('puts a UTC instant in the zone of the site’s country or language, across midnight', () => {
    const utc = og('article:published_time', '2021-11-04T23:00:00Z');
    expect(published(utc, '', { url: 'https://www.kas.de/de/x' })).toBe('2021-11-05T00:00:00+01:00');
    expect(published(utc, '', { lang: 'id' })).toBe('2021-11-05T06:00:00+07:00');
    // English without a region, a .com: no one zone, the instant stays as written.
    expect(published(utc, '', { lang: 'en', url: 'https://example.com/x' })).toBe('2021-11-04T23:00:00+00:00');
    // A zone written by the publisher is kept.
    expect(published(og('article:published_time', '2021-11-04T23:00:00-05:00'), '', { url: 'https://www.kas.de/x' })).toBe('2021-11-04T23:00:00-05:00');
  });

  it('takes the publisher’s own offset for the same instant when another declaration gives it', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2019-10-18T22:04:00Z' }) + named('date', 'Sat, 19 Oct 2019 00:04:00 +0200');
    expect(published(head, '', { lang: 'en' })).toBe('2019-10-19T00:04:00+02:00');
  });

  it('prefers the day in the address to a UTC instant one day off it', () => {
    const head = og('article:published_time', '2018-12-31T23:11:59+00:00');
    expect(dates(head, '', { lang: 'en', url: 'https://blog.example.com/2019/01/01/new-year/' })).toEqual({ published: '2019-01-01', from: 'url' });
  });

  it('knows the zones of country domains and languages, and none for English alone', () => {
    expect(publisherZone('de', undefined)).toBe('Europe/Berlin');
    expect(publisherZone('fr-CA', undefined)).toBe('America/Toronto');
    expect(publisherZone('fr', 'https://ici.radio-canada.ca/x')).toBe('America/Toronto');
    expect(publisherZone('en-US', undefined)).toBeUndefined();
    expect(publisherZone('de', 'https://example.io/x')).toBe('Europe/Berlin');
    expect(publisherZone('uk', 'https://www.pravda.com.ua/news/x')).toBe('Europe/Kyiv');
    expect(publisherZone('en', 'https://www.reuters.com/x')).toBeUndefined();
  });
});

describe('the web address', () => {
  it('reads /2022/01/09/, 20220109, /09-01-2022-title/ and /2022/jan/09/', () => {
    expect(dates('', '', { url: 'https://nasional.kompas.com/read/2022/01/09/14300091/judul' })).toEqual({ published: '2022-01-09', from: 'url' });
    expect(published('', '', { url: 'https://ria.ru/20220109/ryabkov-1767178123.html' })).toBe('2022-01-09');
    expect(published('', '', { url: 'https://www.example.it/de/newsroom/23-01-2022-titel/17-378.html' })).toBe('2022-01-23');
    expect(published('', '', { url: 'https://www.theguardian.com/world/2022/jan/09/russia-us-talks' })).toBe('2022-01-09');
  });

  it('ignores numbers that are no date and days after today', () => {
    expect(published('', '', { url: 'https://example.com/news/d-5891234/judul' })).toBeUndefined();
    expect(published('', '', { url: 'https://example.com/2022/13/40/x' })).toBeUndefined();
    expect(published('', '', { url: 'https://example.com/2030/01/09/x' })).toBeUndefined();
  });
});

describe('markup and date lines near the headline', () => {
  it('takes the <time> nearest the headline, inside the article, over one in the header or a sidebar', () => {
    const body =
      '<header><time datetime="2022-05-01">today</time></header>' +
      '<aside class="sidebar"><time datetime="2022-01-20">other story</time></aside>' +
      '<article><h1>Talks in Geneva</h1><time datetime="2022-01-09">9 Jan</time></article>';
    expect(published('', body)).toBe('2022-01-09');
  });

  it('reads data-* timestamps', () => {
    expect(published('', '<h1>Talks</h1><span data-timestamp="1641727800">9 Jan</span>')).toBe('2022-01-09T11:30:00+00:00');
  });

  it('skips comments, related lists and "updated" lines', () => {
    const body =
      '<article><h1>Talks in Geneva</h1>' +
      '<p class="updated">Updated: 12 January 2022</p><p class="date">Published: 9 January 2022</p>' +
      '<ul class="related-posts"><li><span class="date">1 January 2022</span></li></ul></article>' +
      '<section class="comments"><div class="comment-date">10 January 2022</div></section>';
    expect(dates('', body)).toEqual({ published: '2022-01-09', from: 'dateline' });
    expect(published('', '<article><h1>Talks</h1><div class="comment-meta">Anna, 10 January 2022</div><p>Text.</p></article>')).toBeUndefined();
  });

  it('reads a teaser’s date, in an <article> of its own, after the headline’s own date line', () => {
    const body =
      '<main><h1>Alleinerziehende: Betreuung ausbauen</h1><div class="share"><div class="pubdate">19.11.2021</div></div>' +
      '<div class="more"><article><div class="pubdate">18. Nov 2021</div><h2>Andere Meldung</h2></article></div></main>';
    const teaserFirst =
      '<h1>Alleinerziehende: Betreuung ausbauen</h1>' +
      '<article class="teaser"><div class="pubdate">18. Nov 2021</div></article><p>Text.</p><div class="pubdate">19.11.2021</div>';
    expect(published('', body, { lang: 'de' })).toBe('2021-11-19');
    expect(published('', teaserFirst, { lang: 'de' })).toBe('2021-11-19');
  });

  it('ignores the dates of embedded posts (Instagram, X)', () => {
    const body =
      '<h1>Was sich nach dem Urteil ändert</h1><p>Text.</p>' +
      '<blockquote class="instagram-media"><p>Ein Beitrag geteilt am <time datetime="2018-03-12T19:30:12+00:00">Mär 12, 2018</time></p></blockquote>' +
      '<p>Stand der Dinge, 29. Januar 2019.</p>';
    expect(dates('', body, { lang: 'de' })).toEqual({ published: '2019-01-29', from: 'text' });
  });

  it('takes a class that only contains a comment word inside another word for no comment', () => {
    const body =
      '<div class="PageArticle_commentHeader"><article class="ArticleHeaderComment"><h1>Was sich ändert</h1>' +
      '<div class="ArticleHeaderComment_publishDate">Dienstag, 29. Januar 2019</div></article></div>';
    expect(dates('<title>Was sich ändert</title>', body, { lang: 'de' })).toEqual({ published: '2019-01-29', from: 'dateline' });
  });

  it('reads a publication date from the page’s own script data', () => {
    const script = '<script>window.meta = {"product": {"published_at":"2019-03-02T06:22:28+01:00"}};</script>';
    expect(dates('', `${script}<p>Kein Datum im Text.</p>`)).toEqual({ published: '2019-03-02T06:22:28+01:00' });
  });

  it('reads the label just before a date element: "last edited:", a forum’s clock, a member’s registration', () => {
    const wiki = '<h1>Enchufla</h1><p>Text.</p><div>page revision: 8, last edited: <span class="odate">17 Jun 2018 15:15</span></div>';
    expect(dates('', wiki, { lang: 'en' })).toEqual({ published: '2018-06-17', from: 'text' });
    const forum =
      '<h1>Forum</h1><div class="profile">Registriert: <span class="date">18.09.2008, 05:56</span></div>' +
      '<div class="post"><p class="author">r23 » <span class="date">21.01.2009, 05:42</span></p><p>Frage.</p></div>' +
      '<p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p>';
    expect(dates('', forum, { lang: 'de' })).toEqual({ published: '2009-01-21T05:42:00', from: 'dateline' });
  });

  it('finds the headline that matches the title: Blogger titles a post with an <h3> under the blog’s <h1>', () => {
    const body =
      '<div class="widget Header"><h1>My Kitchen</h1></div>' +
      '<div class="widget Blog"><h2 class="date-header"><span>Dienstag, 28. April 2020</span></h2>' +
      '<h3 class="post-title">Tach auch</h3><p>Heute gibt es Suppe.</p></div>' +
      '<div class="sidebar"><ul><li><span class="date">1. Mai 2020</span></li></ul></div>';
    expect(published('<title>My Kitchen: Tach auch</title>', body)).toBe('2020-04-28');
  });

  it('prefers the date shown with the headline to a declared one that disagrees (a CMS record’s), unless it says "updated"', () => {
    const head = og('article:published_time', '2020-01-03T09:48:24+00:00');
    expect(published(head, '<article><h1>Goats</h1><div class="date">Monday, 6 January 2020</div><p>Text.</p></article>', { lang: 'en' })).toBe('2020-01-06');
    expect(published(head, '<article><h1>Goats</h1><div class="date">Updated 6 January 2020</div><p>Text.</p></article>', { lang: 'en' })).toBe(
      '2020-01-03T09:48:24+00:00',
    );
  });
});

describe('dates in the text', () => {
  it.each([
    ['de', 'Veröffentlicht am 3. April 2019 von Anna', '2019-04-03'],
    ['de', 'Berlin, 12.03.2019 – Die Regierung', '2019-03-12'],
    ['en', 'Posted on Mar 3, 2019 by Ann', '2019-03-03'],
    ['id', 'Senin, 4 Mei 2020 | 14:30 WIB', '2020-05-04'],
    ['uk', 'Опубліковано 3 квітня 2020', '2020-04-03'],
    ['ru', 'Опубликовано 9 января 2022, 14:30', '2022-01-09'],
    ['fr', 'Publié le 27 juin 2019 à 10h', '2019-06-27'],
    ['es', 'Publicado el jueves 2 de abril de 2020', '2020-04-02'],
    ['pt', 'Publicado em 22 de novembro de 2020', '2020-11-22'],
    ['it', 'Pubblicato il 6 dicembre 2020', '2020-12-06'],
    ['nl', 'Gepubliceerd op 5 mei 2021', '2021-05-05'],
    ['pl', 'Opublikowano 14 października 2021', '2021-10-14'],
    ['ar', 'الأربعاء، ٠٧ أكتوبر ٢٠٢٠', '2020-10-07'],
    ['de', 'Von Deutscher Tennis Bund 4. 2. 2022.', '2022-02-04'],
  ])('%s: "%s"', (lang, line, expected) => {
    const body = `<div><h1>Ein Titel hier</h1><p>${line}</p><p>Der Text des Artikels, lang genug.</p></div>`;
    expect(dates(`<html lang="${lang}">`, body, { lang })).toEqual({ published: expected, from: 'text' });
  });

  it('takes a labelled publication date anywhere over the first date after the headline', () => {
    const body = '<h1>Titel</h1><p>Am 1. März 2019 begann der Streit.</p><footer-note><p>Veröffentlicht am 3. April 2019</p></footer-note>';
    expect(published('', body, { lang: 'de' })).toBe('2019-04-03');
  });

  it('skips a date labelled as an update after the headline', () => {
    const body = '<h1>Titel</h1><p>Aktualisiert am 5. April 2019</p><p>Text.</p><p>Text zum 1. März 2019.</p>';
    expect(published('', body, { lang: 'de' })).toBe('2019-03-01');
  });

  it('falls back on the date the page repeats most, and finds none in a page without one', () => {
    const body = '<p>Stand 2. Mai 2021</p><p>am 3. Mai 2021</p><p>Termin: 3. Mai 2021</p>';
    expect(dates('', body, { lang: 'de' })).toEqual({ published: '2021-05-03', from: 'text' });
    expect(dates('', '<p>Nothing dated here.</p>')).toEqual({});
  });

  it('is plausible: nothing after the save date, nothing before 1995', () => {
    const savedAt = new Date('2022-01-10T12:00:00Z');
    expect(published('', '<h1>Talks</h1><p>Posted on 12 January 2022</p>', { savedAt, lang: 'en' })).toBeUndefined();
    expect(published('', '<h1>Talks</h1><p>Posted on 12 January 1994</p>', { lang: 'en' })).toBeUndefined();
    expect(published(og('article:published_time', '2030-01-01'))).toBeUndefined();
  });

  it('is plausible together: a date decades before the page’s latest is history it tells', () => {
    const body = '<h1>Licence</h1><p>The treaty adopted on 20 December 1996 applies.</p><p>Notes of 18 November 2019.</p>';
    expect(published('', body, { lang: 'en' })).toBe('2019-11-18');
    expect(published('', '<h1>Licence</h1><p>The treaty adopted on 20 December 1996 applies.</p><p>Notes of 18 November 2006.</p>', { lang: 'en' })).toBe('1996-12-20');
  });

  it('reads "02/11/2023" day first on a British site, month first on an American one', () => {
    const body = '<h1>Talks</h1><div class="date">02/11/2023</div>';
    expect(published('', body, { lang: 'en', url: 'https://www.example.co.uk/news/talks' })).toBe('2023-11-02');
    expect(published('', body, { lang: 'en', url: 'https://www.example.com/news/talks' })).toBe('2023-02-11');
  });
});

describe('relative dates', () => {
  const savedAt = new Date('2022-01-10T12:00:00Z');
  it.each([
    ['2 hours ago', '2022-01-10'],
    ['vor 3 Tagen', '2022-01-07'],
    ['kemarin, 14:30 WIB', '2022-01-09'],
    ['5 jam yang lalu', '2022-01-10'],
    ['вчера', '2022-01-09'],
    ['il y a 2 jours', '2022-01-08'],
  ])('"%s" against the save date', (line, expected) => {
    const body = `<h1>Talks in Geneva</h1><div class="date">${line}</div><p>Text.</p>`;
    expect(dates('', body, { savedAt })).toEqual({ published: expected, from: 'relative' });
  });

  it('reads none without a save date: today is not the day the page was saved', () => {
    expect(dates('', '<h1>Talks in Geneva</h1><div class="date">2 hours ago</div><p>Text.</p>')).toEqual({});
  });
});

describe('any page', () => {
  it('never throws on broken JSON-LD, odd markup or no content', () => {
    expect(dates('<script type="application/ld+json">{"datePublished": </script>', '<time></time><div class="date"></div>')).toEqual({});
    expect(findPublicationDates(parseHtml(''), { now })).toEqual({});
  });
});
