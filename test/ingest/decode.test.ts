import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, normalizeCharset } from '../../src/ingest/decode.ts';
import { encodeLegacy } from '../fixtures/charsets/legacy-encode.ts';

const russian =
  'Москва заявила, что разочарована сигналами из Вашингтона и Брюсселя накануне переговоров в Женеве. ' +
  'Замминистра иностранных дел Сергей Рябков назвал наивными ожидания быстрого прогресса.';
const ukrainian =
  'Міністр закордонних справ України заявив, що їхня позиція щодо ґарантій безпеки є незмінною. ' +
  'Президент Володимир Зеленський у неділю сказав, що Київ не поступиться територіями.';
const german =
  'Größere Änderungen für die Straßenbahn: „Wir müssen über die Kosten reden“, sagte der Bürgermeister – ' +
  'die Stadt rechnet mit 3 € pro Fahrt für Schüler.';
const indonesian =
  'Moskow mengatakan “kecewa” dengan sinyal dari Amerika Serikat menjelang pembicaraan di Jenewa — ' +
  'kata Wakil Menteri Luar Negeri Rusia Sergei Ryabkov pada hari Minggu.';
const polish = 'Sejm zagłosował za ustawą. Minister spraw zagranicznych powiedział, że źródła są wiarygodne, a żołnierze wrócą.';
const chinese = '俄罗斯外交部副部长里亚布科夫表示，对美国和北约发出的信号感到失望。会谈将在日内瓦举行。';
const japanese = 'ロシア外務次官は、米国とNATOからの信号に失望したと述べた。協議はジュネーブで行われる。';

/** A small saved page; `head` goes before the title. */
function page(body: string, head = ''): string {
  return (
    `<!DOCTYPE html>\n<html>\n<head>\n${head}\n<title>Berita</title>\n` +
    '<link rel="stylesheet" href="/css/main.css">\n</head>\n' +
    `<body>\n<nav><a href="/">Home</a></nav>\n<article><h1>Title</h1>\n<p>${body}</p>\n<p>${body}</p></article>\n</body>\n</html>\n`
  );
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('decodeHtml: byte order marks', () => {
  it('strips a UTF-8 BOM and ignores a conflicting meta charset', () => {
    const html = page(russian, '<meta charset="windows-1251">');
    const result = decodeHtml(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(html)));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toBe(html);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const html = page(ukrainian, '<meta charset="utf-16">');
    const units = [...html].map((char) => char.charCodeAt(0));
    const le = new Uint8Array(2 + units.length * 2);
    const be = new Uint8Array(2 + units.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    units.forEach((unit, i) => {
      le[2 + i * 2] = unit & 0xff;
      le[3 + i * 2] = unit >> 8;
      be[2 + i * 2] = unit >> 8;
      be[3 + i * 2] = unit & 0xff;
    });
    expect(decodeHtml(le)).toEqual({ text: html, charset: 'utf-16le' });
    expect(decodeHtml(be)).toEqual({ text: html, charset: 'utf-16be' });
  });
});

describe('decodeHtml: declared charsets', () => {
  it.each([
    ['windows-1251', '<meta charset="windows-1251">', russian, 'windows-1251'],
    ['koi8-r via http-equiv', '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', russian, 'koi8-r'],
    ['koi8-u', "<meta http-equiv='content-type' content='text/html;charset=KOI8-U'>", ukrainian, 'koi8-u'],
    ['cp1251 label', '<META CHARSET=cp1251>', ukrainian, 'windows-1251'],
    ['iso-8859-2', '<meta charset="iso-8859-2">', polish, 'iso-8859-2'],
    ['windows-1250', '<meta charset="windows-1250">', polish, 'windows-1250'],
    ['gbk (declared as gb2312)', '<meta charset="gb2312">', chinese, 'gbk'],
    ['shift_jis', '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', japanese, 'shift_jis'],
  ])('%s', (_name, head, text, charset) => {
    const html = page(text, head);
    const result = decodeHtml(encodeLegacy(html, charset));
    expect(result.charset).toBe(charset);
    expect(result.text).toBe(html);
  });

  it('reads iso-8859-1 as windows-1252, so „quotes“ and € in 0x80–0x9F survive', () => {
    const html = page(german, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
    const result = decodeHtml(encodeLegacy(html, 'windows-1252'));
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toContain('„Wir müssen über die Kosten reden“');
    expect(result.text).toContain('3 € pro Fahrt');
  });

  it('finds a declaration in an XML prolog', () => {
    const html = `<?xml version="1.0" encoding="windows-1251"?>\n${page(russian)}`;
    expect(decodeHtml(encodeLegacy(html, 'windows-1251')).text).toBe(html);
  });

  it('finds a meta charset placed after 4 KB of head', () => {
    const filler = '<meta name="keywords" content="berita, politik, rusia, ukraina, nato">\n'.repeat(70);
    const html = page(russian, `${filler}<meta charset="windows-1251">`);
    expect(encodeLegacy(html, 'windows-1251').indexOf(0x3c, 4200)).toBeGreaterThan(0);
    expect(decodeHtml(encodeLegacy(html, 'windows-1251')).charset).toBe('windows-1251');
  });

  it('ignores declarations inside comments and scripts', () => {
    const head =
      '<!-- <meta charset="koi8-r"> -->\n<script>document.write(\'<meta charset="koi8-r">\')</script>\n' +
      '<meta charset="windows-1251">';
    expect(decodeHtml(encodeLegacy(page(russian, head), 'windows-1251')).charset).toBe('windows-1251');
  });

  it('ignores a meta charset in the body', () => {
    const html = page(russian).replace('<article>', '<article><meta charset="koi8-r">');
    expect(decodeHtml(utf8(html))).toEqual({ text: html, charset: 'utf-8' });
  });

  it('treats a meta charset of utf-16 on a byte page as UTF-8 (as browsers do)', () => {
    const html = page(indonesian, '<meta charset="utf-16">');
    expect(decodeHtml(utf8(html))).toEqual({ text: html, charset: 'utf-8' });
  });

  it('ignores an unknown label and falls back to the bytes', () => {
    const html = page(indonesian, '<meta charset="x-klingon">');
    expect(decodeHtml(utf8(html))).toEqual({ text: html, charset: 'utf-8' });
  });
});

describe('decodeHtml: wrong declarations', () => {
  it('uses UTF-8 when a page says iso-8859-1 but holds valid multibyte UTF-8', () => {
    for (const text of [indonesian, german]) {
      const html = page(text, '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">');
      expect(decodeHtml(utf8(html))).toEqual({ text: html, charset: 'utf-8' });
    }
  });

  it('keeps a legacy declaration when the page is pure ASCII', () => {
    const html = page('Plain ASCII text only.', '<meta charset="windows-1251">');
    expect(decodeHtml(utf8(html))).toEqual({ text: html, charset: 'windows-1251' });
  });

  it('detects windows-1251 when a page says utf-8 but is not', () => {
    const html = page(russian, '<meta charset="utf-8">');
    const result = decodeHtml(encodeLegacy(html, 'windows-1251'));
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toBe(html);
  });

  it('detects windows-1252 when a German page says utf-8 but is not', () => {
    const html = page(german, '<meta charset="UTF-8">');
    const result = decodeHtml(encodeLegacy(html, 'windows-1252'));
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toBe(html);
  });

  it('keeps UTF-8 with a replacement character when only a stray byte is broken', () => {
    const html = page(russian, '<meta charset="utf-8">');
    const bytes = utf8(html);
    const broken = concat(bytes.subarray(0, bytes.length - 20), Uint8Array.of(0x93), bytes.subarray(bytes.length - 20));
    const result = decodeHtml(broken);
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain(russian);
    expect(result.text).toContain('\uFFFD');
  });
});

describe('decodeHtml: a few bad bytes do not overrule a declaration', () => {
  // An English page: its only non-ASCII character is one curly quote, and a windows-1252 en
  // dash (0x96) was pasted into it. Half its non-ASCII characters are errors, yet it is UTF-8.
  const english = (head: string) =>
    `<html><head>${head}<title>Zelenskyy’s peace plan</title></head>` +
    '<body><p>Fuel prices rose 5 {stray} 7 percent, the ministry said.</p></body></html>';
  /** `html` as UTF-8 with `strays` windows-1252 en dashes where `{stray}` stands. */
  const withStrays = (html: string, strays = 1) => {
    const [before, after] = html.split('{stray}');
    return concat(utf8(before), new Uint8Array(strays).fill(0x96), utf8(after));
  };

  it('keeps a UTF-8 declaration and puts U+FFFD for up to three stray bytes', () => {
    for (const strays of [1, 2, 3]) {
      const result = decodeHtml(withStrays(english('<meta charset=utf-8>'), strays));
      expect(result.charset).toBe('utf-8');
      expect(result.text).toContain('<title>Zelenskyy’s peace plan</title>');
      expect(result.text).toContain(`5 ${'\uFFFD'.repeat(strays)} 7 percent`);
    }
  });

  it('reads a page re-saved as UTF-8 under a legacy declaration as UTF-8, stray byte and all', () => {
    const html = page(indonesian, '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">');
    const result = decodeHtml(withStrays(html.replace('</article>', '{stray}</article>')));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('Moskow mengatakan “kecewa” dengan sinyal');
    expect(result.text).toContain('hari Minggu.</p>\uFFFD</article>');
  });

  it('puts the charset named outside the bytes (an MHTML part header) before the page’s own', () => {
    const russianPage = page(russian, '<meta charset="koi8-r">');
    expect(decodeHtml(encodeLegacy(russianPage, 'windows-1251'), 'cp1251')).toEqual({ text: russianPage, charset: 'windows-1251' });
    const result = decodeHtml(withStrays(english('<meta charset=windows-1252>')), 'UTF-8');
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('Zelenskyy’s peace plan');
  });

  it('falls back to the page’s own declaration when the outside one is clearly wrong', () => {
    const html = page(russian, '<meta charset="windows-1251">');
    expect(decodeHtml(encodeLegacy(html, 'windows-1251'), 'utf-8')).toEqual({ text: html, charset: 'windows-1251' });
  });
});

describe('decodeHtml: clearly wrong declarations', () => {
  it('overrules UTF-8 when not one non-ASCII character decodes, however few there are', () => {
    const html = '<meta charset="utf-8"><p>Ein Café in Zürich.</p>';
    expect(decodeHtml(encodeLegacy(html, 'windows-1252'))).toEqual({ text: html, charset: 'windows-1252' });
  });

  it('overrules UTF-8 when more than three and more than a quarter of the characters are errors', () => {
    // One curly quote and four windows-1252 dashes: 4 of 5 non-ASCII characters are errors.
    const html = '<meta charset="utf-8"><title>Zelenskyy’s plan</title><p>5 – 7, 8 – 9, 1 – 2, 3 – 4</p>';
    const bytes = concat(utf8(html.slice(0, html.indexOf('<p>'))), encodeLegacy(html.slice(html.indexOf('<p>')), 'windows-1252'));
    const result = decodeHtml(bytes);
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toContain('<p>5 – 7, 8 – 9, 1 – 2, 3 – 4</p>');
  });

  it('overrules a legacy declaration the bytes do not decode in', () => {
    // windows-1252 German read as EUC-KR: nearly every non-ASCII byte is an error.
    const html = page(german, '<meta charset="euc-kr">');
    const result = decodeHtml(encodeLegacy(html, 'windows-1252'));
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toBe(html);
  });

  it('keeps a legacy declaration that decodes every byte, even if another charset was meant', () => {
    // Every byte is a character in KOI8-R: only UTF-8 can show such a declaration wrong.
    const html = page(russian, '<meta charset="koi8-r">');
    expect(decodeHtml(encodeLegacy(html, 'windows-1251')).charset).toBe('koi8-r');
  });
});

describe('decodeHtml: undeclared charsets', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    for (const text of [russian, ukrainian, indonesian, chinese]) {
      const html = page(text);
      expect(decodeHtml(utf8(html))).toEqual({ text: html, charset: 'utf-8' });
    }
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decodeHtml(utf8('<p>Hello</p>'))).toEqual({ text: '<p>Hello</p>', charset: 'utf-8' });
  });

  it('decodes empty input to empty text', () => {
    expect(decodeHtml(new Uint8Array())).toEqual({ text: '', charset: 'utf-8' });
  });

  it.each([
    ['Russian windows-1251', russian, 'windows-1251', 'windows-1251'],
    ['Ukrainian windows-1251', ukrainian, 'windows-1251', 'windows-1251'],
    ['Russian koi8-r', russian, 'koi8-r', 'koi8-r'],
    ['Ukrainian koi8-u', ukrainian, 'koi8-u', 'koi8-u'],
    ['German windows-1252', german, 'windows-1252', 'windows-1252'],
    ['Polish iso-8859-2', polish, 'iso-8859-2', 'iso-8859-2'],
    ['Chinese gbk', chinese, 'gbk', 'gb18030'],
    ['Japanese shift_jis', japanese, 'shift_jis', 'shift_jis'],
  ])('detects %s', (_name, text, charset, detected) => {
    const html = page(text);
    const result = decodeHtml(encodeLegacy(html, charset));
    expect(result.charset).toBe(detected);
    expect(result.text).toBe(html);
  });

  it('falls back to windows-1252 when too few bytes are non-ASCII to detect anything', () => {
    const html = '<p>Ein Café in Zürich.</p>';
    expect(decodeHtml(encodeLegacy(html, 'windows-1252'))).toEqual({ text: html, charset: 'windows-1252' });
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(indonesian)))).toEqual({ text: indonesian, charset: 'utf-8' });
  });

  it('reads UTF-8 without a BOM and ignores HTML-looking declarations', () => {
    const text = `<meta charset="koi8-r">\n${ukrainian}`;
    expect(decodeText(utf8(text))).toEqual({ text, charset: 'utf-8' });
  });

  it('detects a legacy charset', () => {
    expect(decodeText(encodeLegacy(`${russian}\n\n${russian}`, 'windows-1251'))).toEqual({
      text: `${russian}\n\n${russian}`,
      charset: 'windows-1251',
    });
  });
});

describe('normalizeCharset', () => {
  it('maps labels to WHATWG names', () => {
    expect(normalizeCharset('latin1')).toBe('windows-1252');
    expect(normalizeCharset(' "KOI8-R" ')).toBe('koi8-r');
    expect(normalizeCharset('win-1251')).toBe('windows-1251');
    expect(normalizeCharset('nonsense')).toBeUndefined();
    expect(normalizeCharset('')).toBeUndefined();
  });
});

describe('decodeHtml: what the prescan and detection look at', () => {
  // What a page declares shows in the charset decodeHtml reports for a pure-ASCII page (see
  // "keeps a legacy declaration when the page is pure ASCII"). Only the head is searched, so
  // these pages declare exactly what page(indonesian, …) declares.
  it('finds no declaration in the page template, and reads x-user-defined as windows-1252', () => {
    const ascii = 'Plain ASCII text only.';
    expect(decodeHtml(utf8(page(ascii)))).toEqual({ text: page(ascii), charset: 'utf-8' });
    const userDefined = page(ascii, '<meta charset=x-user-defined>');
    expect(decodeHtml(utf8(userDefined))).toEqual({ text: userDefined, charset: 'windows-1252' });
  });

  it('detects the charset from the text, not the markup, of an undeclared page', () => {
    // Lots of ASCII markup around a short Russian sentence.
    const markup = '<div class="nav-item"><a href="/category/news">News</a></div>\n'.repeat(200);
    const html = `<html><body>${markup}<p>${russian}</p>${markup}</body></html>`;
    expect(decodeHtml(encodeLegacy(html, 'windows-1251'))).toEqual({ text: html, charset: 'windows-1251' });
  });
});
