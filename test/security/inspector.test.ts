/** The security suite is only as good as its inspector: pin that it sees what it must. */
import { describe, expect, it } from 'vitest';
import { findDangers, rawHtmlIn } from './pipeline.ts';

describe('findDangers', () => {
  it.each([
    ['<script>alert(1)</script>', 'element <script>'],
    ['<p><img src=x onerror=alert(1)></p>', 'event handler onError on <img>'],
    ['<div onfoo=x>t</div>', 'event handler onfoo on <div>'],
    ['<a href=" java\tscript:alert(1)">x</a>', 'href=" java\tscript:alert(1)" on <a>'],
    ['<a href="VBScript:x">x</a>', 'href="VBScript:x" on <a>'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', 'src="data:image/svg+xml,<svg onload=alert(1)>" on <img>'],
    ['<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', 'element <iframe>'],
    ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'xLinkHref="javascript:alert(1)" on <a>'],
    ['<p style="background:url(javascript:alert(1))">x</p>', 'attribute style on <p>'],
    ['<button formaction="javascript:alert(1)">x</button>', 'formAction="javascript:alert(1)" on <button>'],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', 'element <meta>'],
    ['<base href="javascript:/">', 'element <base>'],
    ['<object data="javascript:alert(1)"></object>', 'element <object>'],
  ])('flags %s', (html, expected) => {
    expect(findDangers(html)).toContain(expected);
  });

  it('passes benign article HTML', () => {
    expect(
      findDangers('<h2>x</h2><p><a href="https://example.com/a?b=1&amp;c=2" title="t">l</a> <img src="/i.jpg" alt="javascript: is a scheme"></p><p>onerror=1 is text here</p>'),
    ).toEqual([]);
  });
});

describe('rawHtmlIn', () => {
  it('finds raw HTML in Markdown and not escaped look-alikes', () => {
    expect(rawHtmlIn('a <b>c</b>\n\n<div>\nx\n</div>\n')).toEqual(['<b>', '</b>', '<div>\nx\n</div>']);
    expect(rawHtmlIn('a \\<b>c\\</b> `<i>`\n')).toEqual([]);
  });
});
