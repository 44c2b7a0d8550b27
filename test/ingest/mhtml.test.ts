import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { unpackMhtml } from '../../src/ingest/mhtml.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/mhtml');
const read = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const lf = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\r\n/g, '\n');

describe('unpackMhtml: Chrome "single file" archive', () => {
  const archive = unpackMhtml(read('suara-chrome.mhtml'));

  it('returns the first text/html part with quoted-printable undone (=3D, soft breaks, UTF-8 bytes)', () => {
    expect(lf(archive.html)).toBe(readFileSync(path.join(fixtures, 'suara-chrome.expected.html'), 'utf8'));
    expect(lf(archive.html)).toContain('Moskow mengatakan “kecewa” dengan sinyal');
  });

  it('reports no charset when the part header has none, the snapshot location and the save date', () => {
    expect(archive.charset).toBeUndefined();
    expect(archive.location).toBe(
      'https://www.suara.com/news/2022/01/10/061500/rusia-kecewa-dengan-sinyal-as-dan-nato-jelang-pembicaraan-di-jenewa',
    );
    expect(archive.savedAt).toBe('2022-01-10T08:41:17+07:00');
  });

  it('keeps the other parts as resources by Content-Location or Content-ID', () => {
    expect([...archive.resources.keys()]).toEqual([
      'cid:css-0f3c1a2b-7d4e-4f21-9a55-3e8b6c2d1f90@mhtml.blink',
      'https://media.suara.com/pictures/653x366/2022/01/10/ryabkov.jpg',
      'cid:frame-1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D@mhtml.blink',
    ]);
    const css = archive.resources.get('cid:css-0f3c1a2b-7d4e-4f21-9a55-3e8b6c2d1f90@mhtml.blink');
    expect(css?.contentType).toBe('text/css');
    expect(lf(css!.bytes)).toContain('.detail-title { font-size: 28px; line-height: 1.3; }');
    const image = archive.resources.get('https://media.suara.com/pictures/653x366/2022/01/10/ryabkov.jpg');
    expect(image?.contentType).toBe('image/png');
    expect(Buffer.from(image!.bytes).equals(readFileSync(path.join(fixtures, 'pixel.png')))).toBe(true);
    expect(archive.resources.get('cid:frame-1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D@mhtml.blink')?.contentType).toBe('text/html');
  });
});

describe('unpackMhtml: Internet Explorer .mht', () => {
  const archive = unpackMhtml(read('ria-ie.mht'));

  it('finds the page after other parts, 8bit body bytes untouched, charset from the folded part header', () => {
    expect(archive.charset).toBe('windows-1251');
    expect(new TextDecoder('windows-1251').decode(archive.html)).toBe(
      readFileSync(path.join(fixtures, 'ria-ie.expected.html'), 'utf8'),
    );
  });

  it('falls back to the part’s Content-Location without a snapshot header; no Date, no savedAt', () => {
    expect(archive.location).toBe('https://ria.example/20220109/ryabkov.html');
    expect(archive.savedAt).toBeUndefined();
    expect(archive.resources.get('https://ria.example/i/logo.gif')?.bytes.slice(0, 6)).toEqual(latin1('GIF89a'));
  });
});

describe('unpackMhtml: structure', () => {
  const message = (...lines: string[]) => latin1(lines.join('\r\n'));

  it('reads an unquoted boundary and nested multipart/alternative', () => {
    const archive = unpackMhtml(
      message(
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary=outer',
        '',
        '--outer',
        'Content-Type: multipart/alternative; boundary="inner"',
        '',
        '--inner',
        'Content-Type: text/plain',
        '',
        'plain version',
        '--inner',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: 7bit',
        '',
        '<p>html version</p>',
        '--inner--',
        '--outer--',
      ),
    );
    expect(lf(archive.html)).toBe('<p>html version</p>');
    expect(archive.charset).toBe('utf-8');
  });

  it('tolerates a missing closing delimiter (a truncated save)', () => {
    const archive = unpackMhtml(
      message('Content-Type: multipart/related; boundary="b"', '', '--b', 'Content-Type: text/html', '', '<p>cut off'),
    );
    expect(lf(archive.html)).toBe('<p>cut off');
  });

  it('accepts a single-part text/html message', () => {
    const archive = unpackMhtml(
      message('Content-Type: text/html; charset="koi8-r"', 'Content-Transfer-Encoding: base64', '', 'PHA+aGk8L3A+'),
    );
    expect(lf(archive.html)).toBe('<p>hi</p>');
    expect(archive.charset).toBe('koi8-r');
  });

  it.each([
    ['plain HTML', '<!DOCTYPE html><html><body>hi</body></html>', 'not an MHTML file (no MIME headers)'],
    ['no boundary', 'Content-Type: multipart/related\r\n\r\n--x\r\n', 'not a valid MHTML file (multipart without a boundary)'],
    ['no parts', 'Content-Type: multipart/related; boundary="x"\r\n\r\nnothing here\r\n', 'not a valid MHTML file (no parts found)'],
    [
      'no page',
      'Content-Type: multipart/related; boundary="x"\r\n\r\n--x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--x--\r\n',
      'MHTML has no text/html part',
    ],
  ])('throws IngestError for %s', (_name, text, reason) => {
    expect(() => unpackMhtml(latin1(text))).toThrow(new IngestError(reason));
  });
});

describe('unpackMhtml: quoted-printable', () => {
  /** The page of a single-part archive whose body is `body`, quoted-printable, byte for byte. */
  const page = (body: string) =>
    unpackMhtml(latin1(`Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}`)).html;

  it('decodes =XX in either case, soft breaks with CRLF, LF or trailing spaces', () => {
    expect(lf(page('a=3Db =E2=80=9Cq=e2=80=9d\r\nsoft=\r\nbreak lf=\nbreak sp= \t\r\nend'))).toBe(
      'a=b “q”\nsoftbreak lfbreak spend',
    );
  });

  it('keeps a malformed = as is and drops a trailing one', () => {
    expect(lf(page('x=ZZ y=4 z='))).toBe('x=ZZ y=4 z');
  });
});
