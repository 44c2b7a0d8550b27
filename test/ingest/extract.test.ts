import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { selectAll } from 'hast-util-select';
import type { Root } from 'hast';
import { parseHtml } from '../../src/ingest/parse.ts';
import { extractArticle } from '../../src/ingest/extract.ts';
import { parseSiteRule } from '../../src/ingest/site-rules.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/extract');

function page(name: string): Root {
  return parseHtml(readFileSync(path.join(fixtures, name), 'utf8'));
}

function textOf(tree: Root): string {
  return toText(tree).replace(/[ \t]+/g, ' ');
}

/** Every phrase is in the text, in this order. */
function expectInOrder(text: string, phrases: string[]): void {
  let from = 0;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase, from);
    expect(at, `"${phrase}" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + phrase.length;
  }
}

function expectNone(text: string, phrases: string[]): void {
  for (const phrase of phrases) expect(text, `should not contain "${phrase}"`).not.toContain(phrase);
}

describe('extractArticle', () => {
  it('finds the body of an Indonesian news page and leaves its boilerplate behind', () => {
    const text = textOf(extractArticle(page('news-id-boilerplate.html')));
    expectInOrder(text, [
      'Ratusan warga yang tinggal di bantaran Sungai Ciliwung',
      'sedikitnya 340 kepala keluarga',
      '"Air naik cepat sekali',
      'menyiagakan perahu karet',
      'air akan mulai surut pada Senin pagi',
    ]);
    expectNone(text, [
      'Warga Bantaran Sungai Ciliwung Mulai Mengungsi', // the headline
      'Oleh: Rina Wulandari',
      'Minggu, 09 Januari 2022',
      'WhatsApp',
      'Baca Juga',
      'Baca juga',
      'Banjir Kembali Rendam Kawasan Kemang',
      'Pemprov Tambah 20 Pompa Air',
      'ADVERTISEMENT',
      'SCROLL TO CONTINUE WITH CONTENT',
      'Berita Terkait',
      'Ketinggian Air di Katulampa',
      'Semoga warga yang mengungsi',
      'Terpopuler',
      'Hak cipta',
      'Ekonomi',
      'ciliwung jakarta',
    ]);
  });

  it('drops "Read more"/"Read also" teasers, ad labels, credits, newsletter and follow-us lines', () => {
    const tree = extractArticle(page('english-read-more.html'));
    const text = textOf(tree);
    expectInOrder(text, [
      'The city council voted 7-2 on Tuesday night',
      'Supporters packed the chamber',
      'Council member Dana Whitfield',
      '"We heard every concern',
      'The project is expected to cost $4.2 million',
      'Construction crews will begin repainting',
    ]);
    expectNone(text, [
      'City council approves new bike lanes', // the headline
      'By Jordan Ellis',
      'Published November 19',
      'Read more',
      'Parking study finds downtown lots half empty',
      'Read also',
      'Transit agency redraws',
      'Advertisement',
      'Photo: Sam Ortiz',
      'Sign up for our newsletter',
      'Follow Jordan Ellis',
      'Share on Facebook',
      'Recommended for you',
      'robotics team',
      'We use cookies',
      'All rights reserved',
    ]);
    // The figure stays for the site, with its caption but without the photo credit.
    expect(selectAll('figure img', tree)).toHaveLength(1);
    expect(toText(selectAll('figcaption', tree)[0])).toContain('Cyclists ride along Harbor Street');
  });

  it('drops "Читайте также" and "Реклама" from a Russian article', () => {
    const text = textOf(extractArticle(page('russian-read-also.html')));
    expectInOrder(text, [
      'В среду в Новосибирске официально открыли движение',
      'По словам мэрии, мост длиной',
      'На церемонии открытия присутствовали строители',
      'Движение грузовых машин по мосту',
      'Стоимость проекта, по данным',
    ]);
    expectNone(text, ['Читайте также', 'Вторую линию метро', 'Трамвайные маршруты', 'Реклама', 'Наконец-то', 'Погода на выходные', 'Все права защищены', '20 ноября 2019']);
  });

  it('drops "Читайте також" and "Реклама" from a Ukrainian article', () => {
    const text = textOf(extractArticle(page('ukrainian-read-also.html')));
    expectInOrder(text, [
      'У понеділок у Львові після двох років',
      "У читальних залах з'явилися нові меблі",
      'Директорка бібліотеки розповіла',
      'Ремонт коштував міському бюджету',
    ]);
    expectNone(text, ['Читайте також', 'Оперний театр', 'Реклама', 'Новини на тему', 'Головна']);
  });

  it('drops "Lesen Sie auch", "Anzeige" and "Mehr zum Thema" from a German article', () => {
    const text = textOf(extractArticle(page('german-lesen-sie-auch.html')));
    expectInOrder(text, [
      'Der Leipziger Stadtrat hat am Dienstagabend',
      'Vor allem an der Karl-Liebknecht-Straße',
      'Kritik kam von den Anwohnern',
      'Die Kosten von rund acht Millionen Euro',
      'Mit den ersten Bauarbeiten',
    ]);
    expectNone(text, [
      'Lesen Sie auch',
      'Neue Straßenbahnlinie',
      'Anzeige',
      'Mehr zum Thema',
      'Fahrradklima-Test',
      'Von Katrin Hoffmann',
      'Veröffentlicht am',
      'Impressum',
    ]);
  });

  it('joins a body split into several containers by ad slots', () => {
    const text = textOf(extractArticle(page('split-by-ad.html')));
    expectInOrder(text, [
      'A fast-moving storm brought down trees',
      'The utility said crews from three neighbouring states',
      'Emergency officials opened two warming centres',
      'Several roads remained closed on Monday morning',
      'Forecasters expect calmer weather',
    ]);
    expectNone(text, ['Advertisement', 'More stories', 'School closings', 'Traffic']);
  });

  it('finds text between <br>s in a table layout without <article> or <p>', () => {
    const text = textOf(extractArticle(page('no-article-tag.html')));
    expectInOrder(text, [
      'After three years without it, the summer fair came back',
      'The fair committee had worried',
      'The dog show, always the most popular event',
      'Money raised will go towards repairing the roof',
    ]);
    expectNone(text, ['Archive', 'Churches', 'run by volunteers']);
  });

  it('keeps headings, lists, tables and quotes inside the body', () => {
    const tree = extractArticle(page('rich-body.html'));
    const text = textOf(tree);
    expectInOrder(text, [
      'The budget published on Wednesday',
      'Deposits',
      'The most visible change is a cap on deposits',
      'Fines of up to 5,000',
      'How much renters could save',
      'Bristol',
      'It is a step in the right direction',
      'Ask your landlord which deposit scheme',
      'The measures still need to pass a vote',
    ]);
    expectNone(text, ['What the new budget means for renters', 'Posted on', 'Lee Park', 'Tagged', 'Leave a Reply']);
    expect(selectAll('h2', tree)).toHaveLength(2);
    expect(selectAll('ul li', tree)).toHaveLength(3);
    expect(selectAll('ol li', tree)).toHaveLength(2);
    expect(selectAll('table tr', tree)).toHaveLength(4);
    expect(selectAll('blockquote', tree)).toHaveLength(1);
  });

  it('reads a page-builder layout: intro beside the body, embeds kept, disclosures, tags and teaser labels dropped', () => {
    const tree = extractArticle(page('blog-page-builder.html'));
    const text = textOf(tree);
    expectInOrder(text, [
      'Drei Jahre nach der ersten Pflanzaktion',
      'Im Frühjahr haben wir die Hochbeete erneuert',
      'Besonders gut gewachsen sind in diesem Jahr',
      'Was für ein Fest im Gemeinschaftsgarten heute',
      'Für den Herbst planen wir ein Apfelfest',
    ]);
    expectNone(text, [
      'Unser Gemeinschaftsgarten im dritten Sommer',
      '12.08.2021',
      'Werbung',
      'Das könnte dich auch interessieren',
      'So gelingt der Kompost',
      'Tags:',
      'Neueste Beiträge',
      'Winterschnitt',
      'Impressum',
      'Verein',
    ]);
    expect(selectAll('blockquote', tree)).toHaveLength(1);
    expect(toText(selectAll('figcaption', tree)[0])).toContain('Die neuen Hochbeete im Mai');
  });

  it('does not modify the tree it is given', () => {
    const tree = page('news-id-boilerplate.html');
    const before = JSON.stringify(tree);
    extractArticle(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('prefers a short article to a feed of whole post cards beside it', () => {
    const text = textOf(extractArticle(page('feed-beside-article.html')));
    expectInOrder(text, ['Viver uma verdadeira experiência amorosa', 'Queremos ser amados e não nos amamos']);
    expectNone(text, ['Amigos de verdade são raros', 'Recomeçar não é voltar', 'Você pode gostar']);
  });

  it('reads Japanese text without its furigana (ruby annotations)', () => {
    const para = (n: number) =>
      `<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもを<ruby>守<rt>まも</rt></ruby>るための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、${n}年から、親が子どもをたたくことは禁止になります。</p>`;
    const tree = parseHtml(`<html><body><nav><a href="/">ホーム</a></nav><article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`);
    const text = textOf(extractArticle(tree));
    expect(text).toContain('子どもを守るための法律ができて、1年から');
    expectNone(text, ['こ)', 'まも', 'ほうりつ']);
  });

  it('returns an empty root for a page without text', () => {
    expect(extractArticle(parseHtml('<html><body><nav><a href="/">Home</a></nav></body></html>')).children).toEqual([]);
    expect(extractArticle({ type: 'root', children: [] }).children).toEqual([]);
  });

  it('reads a page nested thousands of levels deep without overflowing the stack', () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Text at the bottom of a very deep page, kept as it is.</p><script>x()</script>${'</div>'.repeat(depth)}</body></html>`;
    const text = textOf(extractArticle(parseHtml(html)));
    expect(text).toContain('Text at the bottom of a very deep page, kept as it is.');
    expect(text).not.toContain('x()');
  });

  it('explains its decisions when asked', () => {
    const lines: string[] = [];
    extractArticle(page('split-by-ad.html'), { explain: (line) => lines.push(line) });
    expect(lines.some((line) => line.startsWith('chosen '))).toBe(true);
    expect(lines.some((line) => line.startsWith('candidate '))).toBe(true);
  });

  it('explains the chosen block, the candidates’ scores and each line the tidy pass removed', () => {
    const html = `<html><head><title>Council approves the bridge budget | Ledger</title></head><body>
      <nav><a href="/">Home</a> <a href="/city">City</a></nav>
      <div class="story">
        <h1>Council approves the bridge budget</h1>
        <p>Read also: <a href="/parking">Parking study finds fewer spaces needed</a></p>
        <p>The city council voted on Tuesday to approve the budget for repainting the old river bridge, after a long debate.</p>
        <p>Construction crews will begin the work in spring, and the bridge will stay open to traffic, the mayor said.</p>
        <p>Residents had asked for the work for years, citing rust, peeling paint and pieces of concrete falling, they said.</p>
        <p>The budget also pays for new lighting on the footpath, which cyclists and walkers share, and for a survey of the piers.</p>
        <p>Two members voted against it, saying the city should first finish the repairs it started on the northern ring road.</p>
      </div>
      <div class="sidebar"><a href="/a">Popular story one</a> <a href="/b">Popular story two</a></div>
    </body></html>`;
    const lines: string[] = [];
    extractArticle(parseHtml(html), { explain: (line) => lines.push(line) });
    // Every candidate with its score, best first.
    const candidates = lines.filter((line) => line.startsWith('candidate '));
    expect(candidates[0]).toMatch(/^candidate \d+\.\d html > body > div\.story \(\d+ chars, link density 0\.\d\d\)$/);
    const scores = candidates.map((line) => Number(line.split(' ')[1]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(candidates.length).toBeGreaterThan(1);
    // The block chosen, with its score and the start of its text.
    expect(lines).toContainEqual(expect.stringMatching(/^chosen html > body > div\.story \(score \d+\.\d, \d+ chars\) "Council approves/));
    // What was left out, and by which rule.
    expect(lines).toContain('dropped by class: <div sidebar> "Popular story one Popular story two"');
    expect(lines).toContain('dropped line (read-also teaser): <p> "Read also: Parking study finds fewer spaces needed"');
    expect(lines).toContain('dropped line (headline): <h1> "Council approves the bridge budget"');
  });

  it('explains the shortcodes the tidy pass cut and the sibling blocks it kept', () => {
    const prose = 'The harbour reopened on Monday after a week of storms, and the first ferries left on time, the port said.';
    const html = `<html><body><div class="post">
      <div class="entry"><p>${prose}</p><p>${prose} [button link="/shop"]Buy[/button]</p><p>${prose}</p></div>
      <div class="entry-more"><p>${prose.replace('Monday', 'Tuesday')}</p><p>${prose.replace('Monday', 'Friday')}</p></div>
    </div></body></html>`;
    const lines: string[] = [];
    extractArticle(parseHtml(html), { explain: (line) => lines.push(line) });
    expect(lines).toContain('dropped shortcode: "[button link=\\"/shop\\"]"');
    expect(lines).toContain('dropped shortcode: "[/button]"');
    expect(lines).toContainEqual(expect.stringMatching(/^chosen html > body > div\.post > div\.entry \(score /));
    expect(lines).toContainEqual(expect.stringMatching(/^kept html > body > div\.post > div\.entry-more: sibling scoring \d+\.\d ≥ 10\.0 "The harbour reopened on Tuesday/));
  });
});

describe('extractArticle with a site rule', () => {
  it('takes the body from the rule and strips what it names', () => {
    const rule = parseSiteRule('body: .story-body\nstrip:\n  - figure\n  - .author-note\n', 'ledger.example.yml');
    const tree = extractArticle(page('english-read-more.html'), { rules: rule });
    const text = textOf(tree);
    expectInOrder(text, ['The city council voted 7-2', 'Construction crews will begin repainting']);
    expect(selectAll('figure', tree)).toHaveLength(0);
    expectNone(text, ['Follow Jordan Ellis', 'Recommended for you', 'Parking study finds']);
  });

  it('falls back to the generic extractor when the body selector matches nothing, still stripping', () => {
    const rule = parseSiteRule('body: .no-such-class\nstrip: .news-text p:first-child\n', 'news.example.yml');
    const text = textOf(extractArticle(page('russian-read-also.html'), { rules: rule }));
    expect(text).not.toContain('В среду в Новосибирске');
    expect(text).toContain('По словам мэрии, мост длиной');
  });
});
