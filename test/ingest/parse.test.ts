import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { parseHtml } from '../../src/ingest/parse.ts';

describe('parseHtml', () => {
  it('ends the head where a page saved without </head><body> starts its content, as a browser does', () => {
    expect(toHtml(parseHtml('<html><head><title>t</title><meta charset="utf-8"><div>a</div><p>b</p></html>'))).toBe(
      '<html><head><title>t</title><meta charset="utf-8"></head><body><div>a</div><p>b</p></body></html>',
    );
  });

  it('leaves a well-formed page as it is, and a second <head> inside the first in the head', () => {
    const page = '<html><head><title>t</title></head><body><p>z</p></body></html>';
    expect(toHtml(parseHtml(page))).toBe(page);
    const twice = parseHtml('<html><head><title>t</title><head><script>x()</script></head><body><p>z</p></body></html>');
    expect(toHtml(twice)).toContain('<body><p>z</p></body>');
  });
});
