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
    ['For the latest stories download the Ledger apps for iOS and Android.'],
    ['Follow The Ledger on Twitter and Instagram @Ledger.'],
    ['¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.'],
    ['We rely on your support to make local news available to all'],
    ['If you enjoyed reading this post – would you consider supporting our work?'],
    ['HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS'],
    ['We want to hear what you think about this article. Submit a letter to the editor.'],
    ['Du musst eingeloggt sein, um Kommentare zu schreiben!'],
    ['E-Mail (wird benötigt und nicht veröffentlicht)'],
    ['Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.'],
    ["Les opinions exprimées dans ce blog n'engagent que leurs auteurs."],
    ['Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.'],
    ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.'],
    ['Gefällt mir Wird geladen …'],
    ['Like Loading...'],
    ['Puerto de Montevideo. Foto: Archivo El País.'],
    ['Golf im TV: Die Übertragungszeiten im Überblick. (Foto: Getty)'],
    ['Dmitry Muratov, periodista ruso (REUTERS/Denis Balibouse)'],
    ['Publiziert: 03.04.2020, 12:35'],
    ['Aktualisiert am 17.01.2021.'],
    ['Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02'],
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
    ['Werden Sie Teil der Community und unterstützen Sie uns dabei, unsere Produkte zu verbessern.'],
    ['The photographer, who asked to follow the team on tour, took the picture in March.'],
    ['Updated rules took effect in 2020, the ministry said in a statement to reporters on Monday.'],
    ['Die Ausstellung zeigt ein Foto: das Rathaus im Jahr 1920, kurz nach dem Brand, und weitere Bilder der Stadt aus der Zeit.'],
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

  it('removes WordPress shortcodes left as text, keeping the words they wrap', () => {
    const lines = tidy(
      body([
        '[caption id="attachment_5" align="alignright" width="300"] The mayor in 2019.[/caption]' + prose,
        '[button link="https://example.org/review" type="big"]Send us your review[/button]',
        '[embed]https://www.youtube.com/watch?v=abc[/embed]',
        'The report [sic] lists 12 items [1].',
      ]),
    );
    expect(lines).toEqual([prose, 'Send us your review', 'The report [sic] lists 12 items [1].']);
  });

  it('removes containers left empty, keeps images', () => {
    const tree = parseHtml('<div><p>ADVERTISEMENT</p></div><figure><img src="a.jpg"></figure><p>Text stays here.</p>');
    tidyArticle(tree, { titles: [] });
    expect(JSON.stringify(tree)).not.toContain('"div"');
    expect(JSON.stringify(tree)).toContain('"img"');
  });

  it('explains every removal with the rule that made it', () => {
    const tree = parseHtml(
      '<h1>Bridge budget approved</h1><p>By Jordan Ellis</p><div><p>ADVERTISEMENT</p></div>' +
        `<p>${prose} [button link="/x"]Go[/button]</p><p>Read also: <a href="/y">Parking</a></p><p>Subscribe to our newsletter</p>`,
    );
    const lines: string[] = [];
    tidyArticle(tree, { titles: [], explain: (line) => lines.push(line) });
    expect(lines).toEqual([
      'dropped shortcode: "[button link=\\"/x\\"]"',
      'dropped shortcode: "[/button]"',
      'dropped line (widget label): <p> "ADVERTISEMENT"',
      'dropped line (read-also teaser): <p> "Read also: Parking"',
      'dropped line (subscribe/follow pitch): <p> "Subscribe to our newsletter"',
      'dropped line (headline): <h1> "Bridge budget approved"',
      'dropped line (dateline or byline at the top): <p> "By Jordan Ellis"',
      'dropped 6 element(s) left without text or media',
    ]);
  });
});
