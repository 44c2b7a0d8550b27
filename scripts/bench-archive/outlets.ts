/**
 * Four made-up news outlets (hosts under the reserved `.example` TLD), each dressing a story in
 * its own chrome and saved the way its readers save it:
 *
 * - Warta Nusantara (Indonesian): Chrome "Save Page As, HTML only"; JSON-LD date; inline
 *   "Baca Juga:" lines in the body; heavy tag-manager scripts.
 * - Kabar Harian (Indonesian): `wget -x -E` mirror; `article:published_time`; a "BACA JUGA"
 *   box inside the body; editor line; comments.
 * - The Northern Courier (English): SingleFile (scripts stripped, all CSS inlined); `<time>`
 *   and a JSON-LD `@graph`; "Read more:" lines; cookie banner, newsletter form.
 * - Global Dispatch (English): a Next.js site saved with wget (`.htm`); `parsely-pub-date`,
 *   microdata; the body again in `__NEXT_DATA__`; a "Read also" aside in the body.
 */
import { adSlot, cut, esc, html, linkList, menu, pixel, scriptJson, shareBar, urlSlug, type FillerPool, type Headline, type Html } from './chrome.ts';
import type { Random } from './prng.ts';
import type { LocalTime, Story } from './story.ts';
import { languages, type Lang } from './words.ts';

/** Everything an outlet needs to render one page. */
export interface PageContext {
  /** The page's number in the run (0-based). */
  index: number;
  /** The outlet's article id: unique per page. */
  id: number;
  story: Story;
  /** The canonical URL. */
  url: string;
  /** The lead image's URL (remote, as on the live page). */
  image: string;
  /** One line for meta descriptions. */
  description: string;
  /** Teasers to other stories set inside the body. */
  readAlso: Headline[];
  /** Related stories under the article. */
  related: Headline[];
  /** The "most read" sidebar. */
  popular: Headline[];
  random: Random;
  pool: FillerPool;
}

/** One outlet: who it is, where its pages live, how a saved page of it is named and looks. */
export interface Outlet {
  key: string;
  name: string;
  host: string;
  lang: Lang;
  /** The outlet's time zone, minutes east of UTC. */
  offsetMinutes: number;
  /** How often it is drawn. */
  weight: number;
  /** The canonical URL of a story. */
  url(story: Story, id: number): string;
  /** Where the saved page lands under the content folder (forward slashes). */
  file(story: Story, id: number): string;
  /** The saved page's text, as pieces (see `html` in chrome.ts). */
  render(page: PageContext): Html;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A title as Chrome and SingleFile make a file name of it: reserved characters become `_`. */
function fileSafe(title: string): string {
  return title.replace(/[\\/:*?"<>|~]/g, '_').replace(/\s+/g, ' ').trim();
}

/** "Jumat, 04 Maret 2022 | 10:15 WIB" and the like. */
function dateline(time: LocalTime, lang: Lang, style: 'long' | 'short'): string {
  const words = languages[lang];
  const clock = `${pad(time.hour)}:${pad(time.minute)}`;
  if (style === 'short') return `${pad(time.day)}/${pad(time.month)}/${time.year}, ${clock} WIB`;
  return `${words.weekdays[time.weekday]}, ${pad(time.day)} ${words.months[time.month - 1]} ${time.year} | ${clock} WIB`;
}

/** The body paragraphs with teaser lines set in after the 2nd and 5th, as CMSs insert them. */
function withTeasers(paragraphs: string[], teasers: string[], ad: string): string[] {
  const out: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    out.push(paragraph);
    if (i === 1 && teasers[0]) out.push(teasers[0]);
    if (i === 3) out.push(ad);
    if (i === 4 && teasers[1]) out.push(teasers[1]);
  });
  return out;
}

const wartaSections = ['News', 'Nasional', 'Internasional', 'Bisnis', 'Bola', 'Otomotif', 'Tekno', 'Lifestyle', 'Health', 'Entertainment', 'Video', 'Foto', 'Indeks', 'Cek Fakta', 'Opini', 'Daerah', 'Pendidikan', 'Kuliner', 'Wisata', 'Properti', 'Hukum', 'Politik', 'Ekonomi', 'Sport'];

const warta: Outlet = {
  key: 'warta',
  name: 'Warta Nusantara',
  host: 'www.warta-nusantara.example',
  lang: 'id',
  offsetMinutes: 7 * 60,
  weight: 35,
  url: (story, id) => {
    const t = story.published;
    return `https://www.warta-nusantara.example/news/${t.year}/${pad(t.month)}/${pad(t.day)}/${id}/${urlSlug(story.title)}`;
  },
  file: (story) => `Warta Nusantara/${fileSafe(`${story.title} - Warta Nusantara`)}.html`,
  render(page) {
    const { story, random, pool } = page;
    const base = 'https://www.warta-nusantara.example';
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      datePublished: story.published.iso,
      dateModified: story.published.iso,
      author: { '@type': 'Person', name: story.reporter },
      publisher: { '@type': 'Organization', name: 'Warta Nusantara', logo: { '@type': 'ImageObject', url: `${base}/logo.png` } },
      image: [page.image],
      mainEntityOfPage: page.url,
    };
    const teasers = page.readAlso.map((h) => `<p><strong>Baca Juga:</strong> <a href="${esc(h.url)}">${esc(h.title)}</a></p>`);
    const body = withTeasers(
      story.paragraphs.map((p, i) => (i === 0 ? `<p><strong>Warta Nusantara</strong> - ${esc(p)}</p>` : `<p>${esc(p)}</p>`)),
      teasers,
      adSlot('ADVERTISEMENT', random, 'wn-ads wn-ads--inarticle'),
    );
    const related = page.related
      .map((h) => `<div class="wn-card"><a class="wn-card__img" href="${esc(h.url)}"><img src="https://img.warta-nusantara.example/thumb/${random.int(1e5, 9e5)}.jpg" alt="${esc(h.title)}" loading="lazy"></a><h3 class="wn-card__title"><a href="${esc(h.url)}">${esc(h.title)}</a></h3><span class="wn-card__time">${random.int(1, 23)} jam lalu</span></div>`)
      .join('');
    return html`<!DOCTYPE html>
<!-- saved from url=(${String(page.url.length).padStart(4, '0')})${page.url} -->
<html lang="id"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(story.title)} - Warta Nusantara</title>
<meta name="description" content="${esc(page.description)}">
<meta property="og:site_name" content="Warta Nusantara"><meta property="og:type" content="article"><meta property="og:title" content="${esc(story.title)}"><meta property="og:url" content="${esc(page.url)}"><meta property="og:image" content="${esc(page.image)}"><meta property="og:description" content="${esc(page.description)}">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="${esc(page.url)}"><link rel="amphtml" href="${esc(page.url)}/amp">
<script type="application/ld+json">${scriptJson(ld)}</script>
<style>${cut(pool.styles, random.int(5, 8), random)}</style>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-WN${random.int(1000, 9999)}');</script>
<script>${cut(pool.scripts, random.int(22, 32), random)}</script>
</head><body class="wn-body wn-body--detail">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${cut(pool.icons, 4, random)}</svg>
<header class="wn-header"><div class="wn-topbar"><span>${dateline(story.published, 'id', 'long').split(' |')[0]}</span><a href="${base}/login">Masuk</a><a href="${base}/register">Daftar</a></div>
<a class="wn-logo" href="${base}/"><img src="${base}/static/logo.svg" alt="Warta Nusantara"></a>
${menu(base, wartaSections, 'wn-nav')}
<div class="wn-trending"><span>Trending</span>${linkList(page.popular.slice(0, 5), 'wn-trending__list', 'wn-trending__item')}</div></header>
${adSlot('ADVERTISEMENT', random, 'wn-ads wn-ads--leaderboard')}
<div class="wn-container"><main class="wn-main">
<div class="wn-breadcrumb"><a href="${base}/">Home</a> › <a href="${base}/news">News</a> › <a href="${base}/internasional">Internasional</a></div>
<article class="wn-article">
<h1 class="wn-article__title">${esc(story.title)}</h1>
<div class="wn-article__meta"><span class="wn-author">Penulis: <a href="${base}/author/${urlSlug(story.reporter)}">${esc(story.reporter)}</a></span> | <span class="wn-date">${dateline(story.published, 'id', 'long')}</span></div>
${shareBar('wn-share', page.url)}
<figure class="wn-figure"><img src="${esc(page.image)}" alt="${esc(story.title)}" width="720" height="405"><figcaption>Ilustrasi ${esc(story.tags[0])}. (Foto: Dok. Warta Nusantara)</figcaption></figure>
<div class="wn-article__content">
${body.join('\n')}
</div>
<div class="wn-tags"><span class="wn-tags__label">Kata Kunci</span>${story.tags.map((t) => `<a href="${base}/tag/${urlSlug(t)}">${esc(t)}</a>`).join('')}</div>
</article>
<section class="wn-related"><h2 class="wn-section-title">Berita Terkait</h2>${related}</section>
<section class="wn-comments"><h3>Komentar</h3><div id="wn-comments" data-url="${esc(page.url)}">Memuat komentar…</div></section>
</main>
<aside class="wn-sidebar"><div class="wn-popular"><h3 class="wn-section-title">Terpopuler</h3><ol>${page.popular.map((h) => `<li><a href="${esc(h.url)}">${esc(h.title)}</a></li>`).join('')}</ol></div>${adSlot('ADVERTISEMENT', random, 'wn-ads wn-ads--sidebar')}</aside></div>
<footer class="wn-footer"><div class="wn-footer__links"><a href="${base}/tentang-kami">Tentang Kami</a><a href="${base}/redaksi">Redaksi</a><a href="${base}/pedoman-media-siber">Pedoman Media Siber</a><a href="${base}/kontak">Kontak</a><a href="${base}/karir">Karir</a><a href="${base}/disclaimer">Disclaimer</a><a href="${base}/privasi">Kebijakan Privasi</a></div>
<p class="wn-footer__copy">© 2024 Warta Nusantara. All Rights Reserved.</p></footer>
${pixel('warta-nusantara.example', random)}
<script>${cut(pool.scripts, random.int(10, 16), random)}</script>
</body></html>
`;
  },
};

const kabar: Outlet = {
  key: 'kabar',
  name: 'Kabar Harian',
  host: 'kabarharian.example',
  lang: 'id',
  offsetMinutes: 7 * 60,
  weight: 25,
  url: (story, id) => {
    const t = story.published;
    return `https://kabarharian.example/read/${t.year}/${pad(t.month)}/${pad(t.day)}/${id}/${urlSlug(story.title)}`;
  },
  // wget -x -E: the host as a folder, the URL's path, ".html" added.
  file: (story, id) => {
    const t = story.published;
    return `kabarharian.example/read/${t.year}/${pad(t.month)}/${pad(t.day)}/${id}/${urlSlug(story.title)}.html`;
  },
  render(page) {
    const { story, random, pool } = page;
    const base = 'https://kabarharian.example';
    const city = random.pick(languages.id.beats[story.beat].places).toUpperCase();
    const box = `<div class="read__others"><span class="read__others-label">BACA JUGA</span>${linkList(page.readAlso, 'read__others-list', 'read__others-item')}</div>`;
    const body = withTeasers(
      story.paragraphs.map((p, i) => (i === 0 ? `<p><strong>${esc(city)}, KABAR HARIAN</strong> — ${esc(p)}</p>` : `<p>${esc(p)}</p>`)),
      [box],
      adSlot('Iklan', random, 'ads-inread'),
    );
    const popular = page.popular
      .map((h, i) => `<div class="most__item"><span class="most__count">${i + 1}</span><h4 class="most__title"><a href="${esc(h.url)}">${esc(h.title)}</a></h4></div>`)
      .join('');
    return html`<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="utf-8">
<title>${esc(story.title)} | Kabar Harian</title>
<meta name="description" content="${esc(page.description)}">
<meta name="keywords" content="${esc(story.tags.join(', '))}">
<meta property="og:site_name" content="Kabar Harian">
<meta property="og:title" content="${esc(story.title)}">
<meta property="og:image" content="${esc(page.image)}">
<meta property="og:url" content="${esc(page.url)}">
<meta property="article:published_time" content="${story.published.iso}">
<meta property="article:section" content="News">
<meta name="author" content="${esc(story.reporter)}">
<link rel="canonical" href="${esc(page.url)}">
<link rel="stylesheet" href="${base}/assets/css/main.min.css?v=${random.int(100, 999)}">
<style>${cut(pool.styles, random.int(3, 5), random)}</style>
<script>${cut(pool.scripts, random.int(10, 16), random)}</script>
</head>
<body>
<div class="wrap">
<div class="header"><div class="header__top"><a class="logo" href="${base}/"><img src="${base}/assets/logo.png" alt="Kabar Harian"></a><form class="search" action="${base}/search"><input type="text" name="q" placeholder="Cari berita"><button type="submit">Cari</button></form></div>
${menu(base, ['Terkini', 'Nasional', 'Regional', 'Global', 'Money', 'Bola', 'Tekno', 'Sains', 'Edukasi', 'Kesehatan', 'Lifestyle', 'Travel', 'Food', 'Hype', 'Otomotif', 'Properti'], 'nav')}
</div>
${adSlot('Iklan', random, 'ads-top')}
<div class="container"><div class="col-a">
<div class="read__header"><h1 class="read__title">${esc(story.title)}</h1>
<div class="read__time">Kabar Harian - ${dateline(story.published, 'id', 'short')}</div>
<div class="read__credit">Penulis: <a href="${base}/penulis/${urlSlug(story.reporter)}">${esc(story.reporter)}</a></div></div>
<div class="photo"><img src="${esc(page.image)}" alt="${esc(story.title)}"><div class="photo__caption">Foto: Kabar Harian/${esc(story.reporter)}</div></div>
<div class="read__content">
${body.join('\n')}
<p class="read__editor">Editor: ${esc(random.pick(languages.id.reporters))}</p>
</div>
<div class="tag"><h3 class="tag__title">Topik</h3>${story.tags.map((t) => `<a class="tag__link" href="${base}/tag/${urlSlug(t)}">${esc(t)}</a>`).join(' ')}</div>
${shareBar('social-share', page.url)}
<div class="related"><h3 class="related__title">Berita Terkait</h3>${linkList(page.related, 'related__list', 'related__item')}</div>
<div class="comment"><h3>Komentar</h3><p>Silakan login untuk berkomentar.</p><textarea disabled></textarea></div>
</div>
<div class="col-b"><div class="most"><h3 class="most__heading">Terpopuler</h3>${popular}</div>${adSlot('Iklan', random, 'ads-side')}</div></div>
<div class="footer"><ul class="footer__links"><li><a href="${base}/about">Tentang Kami</a></li><li><a href="${base}/pedoman">Pedoman Media Siber</a></li><li><a href="${base}/kontak">Kontak</a></li><li><a href="${base}/iklan">Info Iklan</a></li></ul><p>Copyright 2008 - 2024 Kabar Harian. All Rights Reserved.</p></div>
</div>
${pixel('kabarharian.example', random)}
<script>${cut(pool.scripts, random.int(4, 8), random)}</script>
</body>
</html>
`;
  },
};

const courier: Outlet = {
  key: 'courier',
  name: 'The Northern Courier',
  host: 'www.northern-courier.example',
  lang: 'en',
  offsetMinutes: 0,
  weight: 20,
  url: (story, id) => {
    const t = story.published;
    const month = languages.en.months[t.month - 1].slice(0, 3).toLowerCase();
    return `https://www.northern-courier.example/world/${t.year}/${month}/${pad(t.day)}/${urlSlug(story.title)}-${id}`;
  },
  // SingleFile's default name: "{page-title} ({date-locale} {time-locale}).html".
  file: (story) => {
    const t = story.published;
    return `${fileSafe(`${story.title} | The Northern Courier`)} (${t.day}_${t.month}_${t.year} ${pad(t.hour)}_${pad(t.minute)}_00).html`;
  },
  render(page) {
    const { story, random, pool } = page;
    const base = 'https://www.northern-courier.example';
    const t = story.published;
    const en = languages.en;
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': page.url, url: page.url, name: story.title },
        {
          '@type': 'NewsArticle',
          headline: story.title,
          datePublished: t.iso.replace('+00:00', 'Z'),
          author: [{ '@type': 'Person', name: story.reporter }],
          publisher: { '@type': 'NewsMediaOrganization', name: 'The Northern Courier' },
          isAccessibleForFree: true,
        },
      ],
    };
    const teasers = page.readAlso.map((h) => `<p class="dcr-teaser"><strong>Read more:</strong> <a href="${esc(h.url)}">${esc(h.title)}</a></p>`);
    const body = withTeasers(
      story.paragraphs.map((p) => `<p class="dcr-para">${esc(p)}</p>`),
      teasers,
      `<aside class="ad-slot ad-slot--inline"><p class="ad-slot__label">Advertisement</p></aside>`,
    );
    const visible = `${en.weekdays[t.weekday].slice(0, 3)} ${t.day} ${en.months[t.month - 1].slice(0, 3)} ${t.year} ${pad(t.hour)}.${pad(t.minute)} GMT`;
    const logo = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAxMDAgMjAiPjx0ZXh0IHk9IjE1Ij5Db3VyaWVyPC90ZXh0Pjwvc3ZnPg==';
    return html`<!DOCTYPE html> <html lang="en-GB"><!--
 Page saved with SingleFile 
 url: ${page.url} 
 saved date: ${en.weekdays[t.weekday].slice(0, 3)} ${en.months[t.month - 1].slice(0, 3)} ${pad(t.day)} ${t.year} ${pad((t.hour + 1) % 24)}:${pad(t.minute)}:00 GMT+0000 (Coordinated Universal Time)
--><head><meta charset="utf-8">
<title>${esc(story.title)} | The Northern Courier</title>
<meta name="description" content="${esc(page.description)}"><meta property="og:site_name" content="The Northern Courier"><meta property="og:title" content="${esc(story.title)}"><meta property="og:image" content="${esc(page.image)}"><meta property="og:url" content="${esc(page.url)}">
<link rel="canonical" href="${esc(page.url)}">
<script type="application/ld+json">${scriptJson(ld)}</script>
<style>${cut(pool.styles, random.int(40, 56), random)}</style>
<style>${cut(pool.styles, random.int(8, 12), random)}</style>
<meta name="referrer" content="no-referrer"></head><body>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience and to show you personalised advertising. <a href="${base}/cookies">Manage preferences</a></p><button>Yes, I'm happy</button></div>
<svg style="display:none">${cut(pool.icons, 3, random)}</svg>
<header class="dcr-header"><a href="${base}/"><img src="${logo}" alt="The Northern Courier" width="200" height="40"></a>
${menu(base, ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'World', 'UK', 'Climate', 'Business', 'Science', 'Global development', 'Football', 'Tech', 'Obituaries'], 'dcr-nav')}
<div class="dcr-support"><p>Support independent journalism</p><a href="${base}/support">Support us</a></div></header>
<main class="dcr-main" id="maincontent">
<div class="dcr-section-label"><a href="${base}/world">World news</a></div>
<h1 class="dcr-headline">${esc(story.title)}</h1>
<div class="dcr-standfirst"><p>${esc(page.description)}</p></div>
<figure class="dcr-figure"><img src="${esc(page.image)}" alt="" width="620" height="372" loading="lazy"><figcaption>${esc(story.tags[0])}. Photograph: Courier staff</figcaption></figure>
<div class="dcr-byline"><address>By <a rel="author" href="${base}/profile/${urlSlug(story.reporter)}">${esc(story.reporter)}</a></address> <time datetime="${t.iso.replace('+00:00', 'Z')}">${visible}</time></div>
${shareBar('dcr-share', page.url)}
<div class="article-body-commercial-selector article-body-viewer-selector dcr-body">
${body.join('\n')}
</div>
<div class="dcr-newsletter"><h2>Sign up to First Edition</h2><p>Our morning email breaks down the key stories of the day.</p><form action="${base}/email"><input type="email" placeholder="Enter your email address"><button>Sign up</button></form><p>Privacy Notice: Newsletters may contain info about charities and online ads.</p></div>
<div class="dcr-topics"><h2>Explore more on these topics</h2>${linkList(story.tags.map((tag) => ({ title: tag, url: `${base}/topic/${urlSlug(tag)}` })), 'dcr-topics__list', 'dcr-topics__item')}</div>
<section class="dcr-related"><h2>Related stories</h2>${linkList(page.related, 'dcr-related__list', 'dcr-related__item')}</section>
<section class="dcr-onwards"><h2>Most viewed</h2>${linkList(page.popular, 'dcr-mostviewed__list', 'dcr-mostviewed__item')}</section>
</main>
<footer class="dcr-footer"><ul><li><a href="${base}/about">About us</a></li><li><a href="${base}/help">Help</a></li><li><a href="${base}/privacy">Privacy policy</a></li><li><a href="${base}/cookies">Cookie policy</a></li><li><a href="${base}/terms">Terms &amp; conditions</a></li><li><a href="${base}/contact">Contact us</a></li></ul><p>© 2024 Northern Courier Media. All rights reserved.</p></footer>
</body></html>
`;
  },
};

const dispatch: Outlet = {
  key: 'dispatch',
  name: 'Global Dispatch',
  host: 'www.globaldispatch.example',
  lang: 'en',
  offsetMinutes: -5 * 60,
  weight: 20,
  url: (story, id) => `https://www.globaldispatch.example/news/world/${urlSlug(story.title)}-n${id}`,
  file: (story, id) => `www.globaldispatch.example/news/world/${urlSlug(story.title)}-n${id}.htm`,
  render(page) {
    const { story, random, pool } = page;
    const base = 'https://www.globaldispatch.example';
    const t = story.published;
    const en = languages.en;
    const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    const visible = `${en.months[t.month - 1]} ${t.day}, ${t.year} at ${hour12}:${pad(t.minute)} ${t.hour < 12 ? 'a.m.' : 'p.m.'} EST`;
    const aside = page.readAlso[0]
      ? `<aside class="read-also"><h4 class="read-also__title">Read also</h4><a href="${esc(page.readAlso[0].url)}">${esc(page.readAlso[0].title)}</a></aside>`
      : '';
    const body = withTeasers(
      story.paragraphs.map((p) => `<p>${esc(p)}</p>`),
      [aside],
      `<div class="ad-container"><div class="ad-label">Advertisement</div><div class="ad" data-slot="mid-article"></div></div>`,
    );
    // Next.js ships the page's data again as JSON: the article text is in the page twice.
    const nextData = {
      props: {
        pageProps: {
          article: { id: page.id, headline: story.title, published: t.iso, author: story.reporter, body: story.paragraphs.map((text) => ({ type: 'paragraph', text })) },
          related: page.related,
          popular: page.popular,
        },
      },
      page: '/news/[section]/[slug]',
      buildId: `b${random.int(1e6, 9e6)}`,
    };
    return html`<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${esc(story.title)} - Global Dispatch</title>
<meta name="description" content="${esc(page.description)}"/><meta property="og:site_name" content="Global Dispatch"/><meta property="og:type" content="article"/><meta property="og:title" content="${esc(story.title)}"/><meta property="og:url" content="${esc(page.url)}"/><meta property="og:image" content="${esc(page.image)}"/>
<meta name="parsely-pub-date" content="${t.iso}"/><meta name="parsely-author" content="${esc(story.reporter)}"/>
<link rel="canonical" href="${esc(page.url)}"/>
<link rel="preload" href="${base}/_next/static/css/${random.int(1e6, 9e6)}.css" as="style"/>
<style data-emotion="css">${cut(pool.styles, random.int(2, 4), random)}</style>
</head><body><div id="__next"><div class="layout">
<header class="site-header"><a class="site-header__logo" href="${base}/">Global Dispatch</a>
${menu(base, ['World', 'U.S.', 'Politics', 'Business', 'Markets', 'Tech', 'Health', 'Science', 'Sports', 'Opinion', 'Video'], 'site-nav')}
<button class="site-header__subscribe">Subscribe</button></header>
<div class="ad-container ad-container--top"><div class="ad-label">Advertisement</div><div class="ad" data-slot="top"></div></div>
<main><article itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-header"><a class="kicker" href="${base}/news/world">World</a>
<h1 itemprop="headline" class="article-header__title">${esc(story.title)}</h1>
<div class="article-header__byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${esc(story.reporter)}</span></span> · <span class="timestamp"><meta itemprop="datePublished" content="${t.iso}"/>${visible}</span></div></div>
<figure class="lead-image"><img src="${esc(page.image)}" alt="${esc(story.title)}" width="1200" height="675"/><figcaption>${esc(story.tags[0])} (Global Dispatch)</figcaption></figure>
<div class="article-body" itemprop="articleBody">
${body.join('\n')}
</div>
<div class="article-footer"><p class="copyright">Copyright 2024 Global Dispatch. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div>
</article>
<section class="more-from"><h2>More from Global Dispatch</h2>${linkList(page.related, 'more-from__list', 'more-from__item')}</section>
<section class="most-read"><h2>Most read</h2>${linkList(page.popular, 'most-read__list', 'most-read__item')}</section>
</main>
<footer class="site-footer"><nav>${['About', 'Careers', 'Advertise', 'Contact', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Info'].map((label) => `<a href="${base}/${urlSlug(label)}">${label}</a>`).join(' ')}</nav><p>© 2024 Global Dispatch</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${scriptJson(nextData)}</script>
<script>${cut(pool.scripts, random.int(6, 10), random)}</script>
</body></html>
`;
  },
};

/** Every outlet, in a fixed order (the order pages draw them by weight). */
export const outlets: readonly Outlet[] = [warta, kabar, courier, dispatch];

/** Pick an outlet by weight. */
export function pickOutlet(random: Random): Outlet {
  const total = outlets.reduce((sum, outlet) => sum + outlet.weight, 0);
  let roll = random.next() * total;
  for (const outlet of outlets) {
    roll -= outlet.weight;
    if (roll < 0) return outlet;
  }
  return outlets[outlets.length - 1];
}
