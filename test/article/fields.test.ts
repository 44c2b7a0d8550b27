import { describe, expect, it } from 'vitest';
import { hostName, isoDate, isSlug, normalizeLang, oneLine, webUrl, xmlSafe } from '../../src/article/fields.ts';

describe('isSlug', () => {
  it('accepts lowercase ASCII words joined by single hyphens', () => {
    for (const value of ['a', 'suara-rusia-nato-jenewa', '2022-geneva', 'x1']) expect(isSlug(value), value).toBe(true);
  });

  it('refuses everything else', () => {
    for (const value of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'a b', 'a/b', 'рябков', 'jenéwa']) expect(isSlug(value), value).toBe(false);
  });
});

describe('isoDate', () => {
  it('accepts ISO 8601 dates and date-times, with a space or T', () => {
    expect(isoDate('2022-01-09')).toBe('2022-01-09');
    expect(isoDate(' 2022-01-09 14:30 ')).toBe('2022-01-09T14:30');
    expect(isoDate('2022-01-09T14:30:05.123+07:00')).toBe('2022-01-09T14:30:05.123+07:00');
  });

  it('refuses other formats and days the calendar lacks', () => {
    for (const value of ['9 January 2022', '2022-1-9', '2022-02-30', '2022-13-01', '2022-01-09T25:00', 'yesterday', '', undefined]) {
      expect(isoDate(value), String(value)).toBeUndefined();
    }
  });
});

describe('normalizeLang', () => {
  it('keeps the primary subtag and maps legacy and three-letter codes', () => {
    expect(normalizeLang('id-ID')).toBe('id');
    expect(normalizeLang('en_GB')).toBe('en');
    expect(normalizeLang('in')).toBe('id');
    expect(normalizeLang('ua')).toBe('uk');
    expect(normalizeLang('ind')).toBe('id');
    expect(normalizeLang('RU')).toBe('ru');
    expect(normalizeLang(' fr ')).toBe('fr');
  });

  it('gives no code for junk and for codes that name no language', () => {
    for (const value of ['und', 'mul', 'x-klingon', 'english', '1d', '', undefined]) expect(normalizeLang(value), String(value)).toBeUndefined();
  });

  it('is idempotent, so the site reads back what the ingest wrote', () => {
    for (const value of ['id-ID', 'in', 'ind', 'ger', 'haw', 'EN']) {
      const once = normalizeLang(value);
      expect(normalizeLang(once), value).toBe(once);
    }
  });
});

describe('webUrl', () => {
  it('accepts absolute http(s) URLs and normalizes them', () => {
    expect(webUrl('https://News.Example.org/a b')).toBe('https://news.example.org/a%20b');
    expect(webUrl('  http://example.org  ')).toBe('http://example.org/');
  });

  it('resolves relative URLs against a base', () => {
    expect(webUrl('../img/a.jpg', 'https://news.example.org/world/2022/story.html')).toBe('https://news.example.org/world/img/a.jpg');
    expect(webUrl('/a', undefined)).toBeUndefined();
  });

  it('refuses other schemes and garbage', () => {
    for (const value of ['javascript:alert(1)', 'file:///etc/passwd', 'about:internet', 'data:text/html,x', 'not a url', '', undefined]) {
      expect(webUrl(value)).toBeUndefined();
    }
    expect(webUrl('javascript:alert(1)', 'https://example.org/')).toBeUndefined();
  });
});

describe('xmlSafe', () => {
  it('removes characters XML 1.0 forbids and keeps tab, newline and all real text', () => {
    expect(xmlSafe('a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(xmlSafe('tab\there\nnew\r\nline')).toBe('tab\there\nnew\r\nline');
    expect(xmlSafe('Рябков 😀 Jenewa – “kecewa”')).toBe('Рябков 😀 Jenewa – “kecewa”');
    expect(xmlSafe('lone \uD800 high and \uDC00 low')).toBe('lone  high and  low');
    expect(xmlSafe('C1\u0085 and DEL\u007F')).toBe('C1 and DEL');
  });
});

describe('oneLine', () => {
  it('folds control characters and white space into single spaces', () => {
    expect(oneLine('  Rusia\n\tdan\u0000NATO  ')).toBe('Rusia dan NATO');
    expect(oneLine('a\u007Fb')).toBe('a b');
  });

  it('gives undefined for nothing to show', () => {
    for (const value of ['', '   ', '\n\u0001', undefined]) expect(oneLine(value), JSON.stringify(value)).toBeUndefined();
  });
});

describe('hostName', () => {
  it('names a site by its address without www., and nothing for no or an unreadable address', () => {
    expect(hostName('https://www.suara.com/news/x')).toBe('suara.com');
    expect(hostName('https://ria.ru/20220109/x.html')).toBe('ria.ru');
    expect(hostName(undefined)).toBeUndefined();
    expect(hostName('not a url')).toBeUndefined();
  });
});
