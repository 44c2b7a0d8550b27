import { describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import type { Element } from 'hast';
import { parseHtml } from '../../src/ingest/parse.ts';
import { collapseSpace, lineText, renderedText, textContent } from '../../src/ingest/node-text.ts';

/** The first element of a parsed fragment. */
function element(html: string): Element {
  const child = parseHtml(html).children[0];
  if (child.type !== 'element') throw new Error('no element');
  return child;
}

describe('textContent', () => {
  it('joins every text node as written, comments left out', () => {
    const node = element('<p>One <b>two</b><!-- no -->\n <i>three<br>four</i></p>');
    expect(textContent(node)).toBe('One two\n threefour');
  });

  it('reads a text node and a root too', () => {
    expect(textContent({ type: 'text', value: ' a ' })).toBe(' a ');
    expect(textContent(parseHtml('<p>a</p><p>b</p>'))).toBe('ab');
    expect(textContent({ type: 'comment', value: 'x' })).toBe('');
  });

  it('leaves skipped elements out and puts separators between elements, below the node only', () => {
    const node = element('<div>x<section>A<style>s</style><p>B</p><span>C</span><div>D</div></section></div>');
    const before = (tag: string) => (tag === 'p' ? '\n' : '|');
    // The node itself is read even when its tag is skipped; its descendants are not.
    expect(textContent(node, { skip: new Set(['div', 'style']) })).toBe('xABC');
    expect(textContent(node, { skip: new Set(['style']), before })).toBe('x|A\nB|C|D');
  });
});

describe('collapseSpace and lineText', () => {
  it('make one line of the text', () => {
    expect(collapseSpace('  a \n\t b\u00a0 c ')).toBe('a b c');
    expect(lineText(element('<div>\n  Read <a href="/x">more</a>\n</div>'))).toBe('Read more');
  });
});

describe('renderedText', () => {
  it('is hast-util-to-text with normal white space: blocks on lines of their own', () => {
    const node = element('<div><p>One  two</p><p>three</p></div>');
    expect(renderedText(node)).toBe('One two\n\nthree');
    expect(renderedText(node)).toBe(toText(node));
  });
});
