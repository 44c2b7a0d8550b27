import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { parseHtml } from '../../src/ingest/parse.ts';
import { tidyArticle } from '../../src/ingest/extract-tidy.ts';

/** Tidy a body given as HTML and return its lines of text. */
function tidy(html: string, titles: string[] = []): string[] {
  const tree: Root = parseHtml(html);
  tidyArticle(tree, { titles });
  return toText(tree)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

const body = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('\n');
const prose =
  'The committee met on Tuesday and agreed to extend the consultation by another six weeks, citing the number of responses.';

describe('tidyArticle', () => {
  it.each([
    ['Baca juga: <a href="/x">Harga beras naik lagi</a>'],
    ['<strong>Baca Juga:</strong> <a href="/x">Harga beras naik lagi</a>'],
    ['ADVERTISEMENT'],
    ['SCROLL TO CONTINUE WITH CONTENT'],
    ['Read more: <a href="/x">Council to vote on budget</a>'],
    ['Related: <a href="/x">What the budget means for you</a>'],
    ['Читайте также: <a href="/x">Новый мост открыли</a>'],
    ['Читайте також: <a href="/x">Новий міст відкрили</a>'],
    ['Реклама'],
    ['Lesen Sie auch: <a href="/x">Neue Radwege</a>'],
    ['Anzeige'],
    ['Mehr zum Thema'],
    ['Lesen Sie auch die folgenden Beiträge:'],
    ['Das könnte Sie auch interessieren!'],
    ['LE PUEDE INTERESAR: <a href="/x">La ficha del caso</a>'],
    ['Photo: Sam Ortiz / The Daily Ledger'],
    ['Foto: dpa'],
    ['(Getty Images)'],
    ['AFP / MARCO BERTORELLO'],
    ['Image copyright Reuters'],
    ['*Werbung: Dieser Beitrag enthält Affiliate-Links.'],
    ['This post contains references to products from our advertisers.'],
    ['11 Jan 2019'],
    ['03.04.2020 | 14:30 Uhr'],
    ['Tags: budget, council, transport'],
    ['Themen: <a href="/a">Ehrenamt</a> <a href="/b">Jugend</a>'],
    ['Subscribe to our newsletter for the latest news.'],
    ['Dapatkan update berita pilihan setiap hari dari Kabar Kota.'],
    ['Editor: Rina Wulandari'],
    ['(rdp/imk)'],
    ['<a href="/other-story">Police name victim of Sunday crash</a>'],
  ])('drops %j wherever it stands', (line) => {
    expect(tidy(body([prose, line, prose]))).toEqual([prose, prose]);
  });

  it.each([
    ['An Alibaba spokesperson declined to comment on the pricing to Reuters.'],
    ['Werbung nervt. Tracking nervt. Beides lässt sich abstellen.'],
    ['Lea Müller sagte dazu:'],
    ['Lea: Ich finde, das war ein guter Anfang für den Garten.'],
    ['Selanjutnya, berikut daftar lengkapnya:'],
    ['Also, the council will meet again in March.'],
    ['More than 200 people attended the meeting, the organisers said.'],
    ['Send questions to <a href="mailto:desk@example.org">desk@example.org</a>'],
    ['The petition is at <a href="https://example.org/p">https://example.org/p</a>'],
  ])('keeps %j', (line) => {
    expect(tidy(body([prose, line, prose]))).toEqual([prose, line.replace(/<[^>]+>/g, ''), prose]);
  });

  it('drops the headline, dateline and byline above the text, but not a dated sentence inside it', () => {
    const lines = tidy(
      body([
        'Council extends budget consultation',
        'By Jordan Ellis',
        'Updated 3:27 am PST, Wednesday, November 20, 2019',
        prose,
        'In 2019, the council met on 12 occasions.',
      ]),
      ['Council extends budget consultation | The Daily Ledger'],
    );
    expect(lines).toEqual([prose, 'In 2019, the council met on 12 occasions.']);
  });

  it('drops the links a "Related" label announces, and only those', () => {
    const lines = tidy(
      `<p>${prose}</p><h3>Related stories</h3><ul><li><a href="/a">First related story</a></li><li><a href="/b">Second related story</a></li></ul><p>${prose}</p>`,
    );
    expect(lines).toEqual([prose, prose]);
  });

  it('drops one <br> line of a text block without touching the others', () => {
    const lines = tidy(`<div>First line of the article text.<br><br>Baca juga: <a href="/x">Harga beras naik</a><br><br>Last line of the text.</div>`);
    expect(lines).toEqual(['First line of the article text.', 'Last line of the text.']);
  });

  it('removes containers left empty, keeps images', () => {
    const tree = parseHtml('<div><p>ADVERTISEMENT</p></div><figure><img src="a.jpg"></figure><p>Text stays here.</p>');
    tidyArticle(tree, { titles: [] });
    expect(JSON.stringify(tree)).not.toContain('"div"');
    expect(JSON.stringify(tree)).toContain('"img"');
  });
});
