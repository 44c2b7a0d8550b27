import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { inputKind, readInput } from '../../src/ingest/read-input.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readInput: HTML', () => {
  it('decodes a declared windows-1251 page', () => {
    const doc = readInput('content/ria/ryabkov.html', fixture('charsets/ru-windows-1251.html'));
    expect(doc.kind).toBe('html');
    expect(doc.charset).toBe('windows-1251');
    expect(doc.text).toContain('<h1>Рябков: Россия не пойдёт на уступки НАТО</h1>');
    expect(doc.savedFrom).toBeUndefined();
  });

  it('detects an undeclared KOI8-U page', () => {
    const doc = readInput('uk.HTM', fixture('charsets/uk-koi8-u-undeclared.html'));
    expect(doc.charset).toBe('koi8-u');
    expect(doc.text).toContain('у ґарантіях безпеки');
    expect(doc.text).toContain('своєї землі');
  });

  it('reads ISO-8859-1 as windows-1252', () => {
    const doc = readInput('de.html', fixture('charsets/de-latin1-declared.html'));
    expect(doc.charset).toBe('windows-1252');
    expect(doc.text).toContain('„Wir müssen über die Kosten reden“');
    expect(doc.text).toContain('3 € pro Fahrt');
  });

  it('overrides a wrong latin1 declaration on a UTF-8 page, and a wrong one behind a BOM', () => {
    for (const name of ['charsets/id-utf8-declared-latin1.html', 'charsets/id-utf8-bom.html']) {
      const doc = readInput(name, fixture(name));
      expect(doc.charset).toBe('utf-8');
      expect(doc.text).toContain('Moskow mengatakan “kecewa” dengan sinyal');
      expect(doc.text.startsWith('<!DOCTYPE html>')).toBe(true);
    }
  });

  it('keeps a declared UTF-8 page with one stray byte UTF-8 (U+FFFD for the byte, no mojibake)', () => {
    const doc = readInput('zelenskyy.html', fixture('charsets/en-utf8-stray-byte.html'));
    expect(doc.charset).toBe('utf-8');
    expect(doc.text).toContain('<title>Zelenskyy’s peace plan</title>');
    expect(doc.text).toContain('rose 5 \uFFFD 7 percent');
  });

  it('reads a UTF-8 page under a latin1 declaration as UTF-8 despite one stray byte', () => {
    const doc = readInput('id.html', fixture('charsets/id-utf8-stray-byte-declared-latin1.html'));
    expect(doc.charset).toBe('utf-8');
    expect(doc.text).toContain('<title>Rusia “kecewa” dengan sinyal AS</title>');
    expect(doc.text).toContain('pada hari Minggu \uFFFD menjelang');
  });

  it('takes the URL from a browser’s "saved from url" comment', () => {
    const doc = readInput('bbc.html', fixture('saved-pages/bbc-saved-from.html'));
    expect(doc.savedFrom).toBe('https://www.bbc.com/news/world-europe-59919433');
    expect(doc.savedAt).toBeUndefined();
  });

  it('takes the URL and save date from SingleFile’s header comment', () => {
    const doc = readInput('suara.html', fixture('saved-pages/suara-singlefile.html'));
    expect(doc.savedFrom).toBe(
      'https://www.suara.com/news/2022/01/10/061500/rusia-kecewa-dengan-sinyal-as-dan-nato-jelang-pembicaraan-di-jenewa',
    );
    expect(doc.savedAt).toBe('2022-01-10T08:41:17+07:00');
  });

  it('ignores "saved from url=(0014)about:internet"', () => {
    const doc = readInput('notes.htm', fixture('saved-pages/local-about-internet.htm'));
    expect(doc.savedFrom).toBeUndefined();
    expect(doc.text).toContain('Catatan rapat redaksi');
  });
});

describe('readInput: MHTML', () => {
  it('unpacks a Chrome archive and decodes its page by the page’s own meta charset', () => {
    const doc = readInput('content/suara.mhtml', fixture('mhtml/suara-chrome.mhtml'));
    expect(doc.kind).toBe('html');
    expect(doc.charset).toBe('utf-8');
    expect(doc.text).toContain('Moskow mengatakan “kecewa” dengan sinyal');
    expect(doc.text).toContain('<meta property="og:site_name" content="Suara.com">');
    expect(doc.savedFrom).toBe(
      'https://www.suara.com/news/2022/01/10/061500/rusia-kecewa-dengan-sinyal-as-dan-nato-jelang-pembicaraan-di-jenewa',
    );
    expect(doc.savedAt).toBe('2022-01-10T08:41:17+07:00');
    expect(doc.resources?.get('https://media.suara.com/pictures/653x366/2022/01/10/ryabkov.jpg')?.contentType).toBe('image/png');
  });

  it('decodes the page by the part header’s charset (IE .mht, no meta charset)', () => {
    const doc = readInput('ria.MHT', fixture('mhtml/ria-ie.mht'));
    expect(doc.charset).toBe('windows-1251');
    expect(doc.text).toContain('<h1>Рябков: Россия не пойдёт на уступки</h1>');
    expect(doc.savedFrom).toBe('https://ria.example/20220109/ryabkov.html');
  });

  it('keeps the part header’s UTF-8 over a stray byte and the page’s own legacy meta tag', () => {
    const doc = readInput('zelenskyy.mhtml', fixture('charsets/en-utf8-stray-byte.mhtml'));
    expect(doc.charset).toBe('utf-8');
    expect(doc.text).toContain('<title>Zelenskyy’s peace plan</title>');
    expect(doc.text).toContain('rose 5 \uFFFD 7 percent');
    expect(doc.savedFrom).toBe('https://news.example/zelenskyy-peace-plan');
  });

  it('passes on the archive’s IngestError', () => {
    expect(() => readInput('x.mhtml', utf8('<html><body>not an archive</body></html>'))).toThrow(
      new IngestError('not an MHTML file (no MIME headers)'),
    );
  });
});

describe('readInput: text and Markdown', () => {
  it('reads UTF-16LE text with a BOM', () => {
    const doc = readInput('notes.txt', fixture('charsets/id-utf16le.txt'));
    expect(doc).toEqual({
      kind: 'text',
      charset: 'utf-16le',
      text: 'Rusia Kecewa dengan Sinyal AS dan NATO\n\nMoskow mengatakan “kecewa” dengan sinyal dari Amerika Serikat (AS) dan NATO menjelang pembicaraan di Jenewa pada hari Senin (10/01).\n',
    });
  });

  it('falls back from invalid UTF-8 to a detected legacy charset', () => {
    const doc = readInput('de.txt', fixture('charsets/de-windows-1252.txt'));
    expect(doc.charset).toBe('windows-1252');
    expect(doc.text).toMatch(/^Größere Änderungen für die Straßenbahn\n/);
  });

  it('strips a BOM from Markdown so frontmatter starts the file', () => {
    const doc = readInput('uk.md', fixture('charsets/uk-bom.md'));
    expect(doc.kind).toBe('markdown');
    expect(doc.text.startsWith('---\ntitle: Перемовини в Женеві\n')).toBe(true);
  });

  it('detects KOI8-R Markdown', () => {
    const doc = readInput('ru.markdown', fixture('charsets/ru-koi8-r.md'));
    expect(doc.kind).toBe('markdown');
    expect(doc.charset).toBe('koi8-r');
    expect(doc.text).toContain('# Переговоры в Женеве');
  });

  it('never reads "saved from" comments in text files', () => {
    const doc = readInput('a.txt', utf8('<!-- saved from url=(0019)https://example.com -->\nhello'));
    expect(doc.savedFrom).toBeUndefined();
  });
});

describe('readInput: refusals', () => {
  it.each([
    ['report.pdf', 'not a supported file type (.pdf)'],
    ['photo.JPG', 'not a supported file type (.jpg)'],
    ['page.html.gz', 'not a supported file type (.gz)'],
    ['README', 'not a supported file type (no extension)'],
  ])('%s', (name, reason) => {
    expect(() => readInput(name, utf8('<p>x</p>'))).toThrow(new IngestError(reason));
  });

  it.each([
    ['zero bytes', new Uint8Array()],
    ['white space', utf8(' \r\n\t\n')],
    ['a BOM only', Uint8Array.of(0xef, 0xbb, 0xbf, 0x0a)],
  ])('an empty file (%s)', (_name, bytes) => {
    for (const name of ['a.html', 'a.txt', 'a.md', 'a.mhtml']) {
      expect(() => readInput(name, bytes)).toThrow(new IngestError('empty file'));
    }
  });

  it.each([
    ['NUL bytes', Uint8Array.of(0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0x00, 0x3c)],
    ['a PDF renamed to .html', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    ['a gzip file', Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42)],
  ])('a binary file (%s)', (_name, bytes) => {
    for (const name of ['a.html', 'a.txt', 'a.md', 'a.mht']) {
      expect(() => readInput(name, bytes)).toThrow(new IngestError('looks like a binary file, not a saved page'));
    }
  });

  it('a text copy that decodes to nothing but white space', () => {
    const spaces = Uint8Array.of(0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00, 0x20, 0x00);
    for (const name of ['a.txt', 'a.md']) expect(() => readInput(name, spaces)).toThrow(new IngestError('empty file'));
  });

  it('a text copy that decodes to control characters', () => {
    const garbage = Array.from({ length: 400 }, (_, index) => String.fromCharCode(1 + ((index * 37) % 31), 65 + (index % 26))).join('');
    for (const name of ['a.txt', 'a.md', 'a.html']) {
      expect(() => readInput(name, utf8(garbage))).toThrow(new IngestError('not a text file: 42% of it decodes to control or replacement characters'));
    }
    // A few stray ones are what real copies have, and Word's vertical tabs and form feeds are white space.
    expect(readInput('a.txt', utf8(`Rusia\u0007 dan NATO. ${'Kata '.repeat(100)}`)).kind).toBe('text');
    expect(readInput('a.txt', utf8('Rusia dan NATO.\v'.repeat(40))).kind).toBe('text');
  });

  it('a copy that was garbled before it was saved (replacement characters)', () => {
    expect(() => readInput('a.txt', utf8('Rusia \uFFFD\uFFFD NATO '.repeat(20)))).toThrow(
      new IngestError('not a text file: 14% of it decodes to control or replacement characters'),
    );
  });

  describe('binary data without NUL bytes, whatever its extension', () => {
    const noise = fixture('binary/random-no-nul.bin');
    const reason = /^not a text file: \d+% of it decodes to control or replacement characters$/;
    /** The IngestError readInput throws for `bytes` as `name`, or undefined when it reads them. */
    const refusal = (name: string, bytes: Uint8Array) => {
      try {
        readInput(name, bytes);
        return undefined;
      } catch (error) {
        expect(error).toBeInstanceOf(IngestError);
        return (error as Error).message;
      }
    };

    it('is refused as HTML, text and Markdown', () => {
      expect(noise.includes(0)).toBe(false);
      for (const name of ['a.html', 'a.htm', 'a.txt', 'a.md']) expect(refusal(name, noise)).toMatch(reason);
    });

    it('is refused as the page of an MHTML archive', () => {
      expect(refusal('a.mhtml', fixture('binary/random-page.mhtml'))).toMatch(reason);
    });

    it('is refused when it makes up a third of a page', () => {
      const page = fixture('charsets/ru-windows-1251.html');
      const tail = noise.subarray(0, page.length / 2);
      expect(refusal('a.html', Uint8Array.from([...page, ...tail]))).toMatch(reason);
    });

    it('while every hand-made page, in every charset, is read', () => {
      const names = ['charsets', 'mhtml', 'saved-pages', 'text'].flatMap((dir) =>
        readdirSync(path.join(fixtures, dir))
          .filter((name) => inputKind(name))
          .map((name) => `${dir}/${name}`),
      );
      expect(names.length).toBeGreaterThan(15);
      for (const name of names) expect([name, refusal(name, fixture(name))]).toEqual([name, undefined]);
    });
  });

  it('an MHTML archive whose page is empty', () => {
    const archive = 'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n\r\n--b--\r\n';
    expect(() => readInput('a.mhtml', utf8(archive))).toThrow(new IngestError('MHTML page part is empty'));
  });
});

describe('readInput: the saving browser’s comments', () => {
  /** What readInput takes from the comments of an HTML page holding `text`. */
  const comments = (text: string) => {
    const { savedFrom, savedAt } = readInput('x.html', utf8(text));
    return { savedFrom, savedAt };
  };

  it('uses the length in parentheses to cut the URL', () => {
    expect(comments('<!-- saved from url=(0022)https://example.com/a--><p>')).toStrictEqual({
      savedFrom: 'https://example.com/a',
      savedAt: undefined,
    });
  });

  it('finds nothing deep in the page', () => {
    const text = `<html>${' '.repeat(9000)}<!-- saved from url=(0020)https://example.com/ -->`;
    expect(comments(text)).toStrictEqual({ savedFrom: undefined, savedAt: undefined });
  });

  it('drops a SingleFile url that is not http(s) but keeps its date', () => {
    const text = '<!--\n Page saved with SingleFile \n url: file:///home/user/a.html \n saved date: Sun Jan 09 2022 14:30:00 GMT+0100 (CET)\n-->';
    expect(comments(text)).toStrictEqual({ savedFrom: undefined, savedAt: '2022-01-09T14:30:00+01:00' });
  });
});

describe('readInput: any bytes', () => {
  it('either reads or throws an IngestError, for every supported extension', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.html', 'a.mhtml', 'a.txt', 'a.md'), (bytes, name) => {
        try {
          const doc = readInput(name, bytes);
          expect(typeof doc.text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any MIME-looking garbage as MHTML or refuses it with an IngestError', () => {
    const line = fc.constantFrom(
      'Content-Type: multipart/related; boundary="b"',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: base64',
      'Content-Transfer-Encoding: quoted-printable',
      '--b',
      '--b--',
      '',
      '=3D=\r',
      '<p>x</p>',
      'PHA+',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        try {
          readInput('a.mhtml', utf8(lines.join('\r\n')));
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
