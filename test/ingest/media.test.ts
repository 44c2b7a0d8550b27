import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { parseHtml } from '../../src/ingest/parse.ts';
import { collectMedia } from '../../src/ingest/media.ts';

// A real 1×1 PNG and the first bytes of a JPEG.
const png = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');

function images(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'img') found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

const options = { publicPath: '/article-media/kyiv-talks/' };

describe('collectMedia', () => {
  it('copies images from a "Save Page As, complete" folder and points src at the media path', () => {
    const tree = parseHtml('<p>Talks</p><figure><img src="kyiv-talks_files/photo%201.jpg" alt="Delegates"></figure><img src="./kyiv-talks_files/map.png">');
    const asked: string[] = [];
    const local: Record<string, Uint8Array> = { 'kyiv-talks_files/photo 1.jpg': jpeg, 'kyiv-talks_files/map.png': png };
    const result = collectMedia(tree, { readLocal: (p) => (asked.push(p), local[p]) }, options);
    expect(asked).toEqual(['kyiv-talks_files/photo 1.jpg', 'kyiv-talks_files/map.png']);
    expect(result.files.map((f) => f.name.split('.')[1]).sort()).toEqual(['jpg', 'png']);
    const srcs = images(result.tree).map((img) => img.properties.src);
    expect([...srcs].sort()).toEqual(result.files.map((f) => options.publicPath + f.name).sort());
    expect(String(srcs[0]).endsWith('.jpg')).toBe(true);
    expect(images(result.tree)[0].properties.alt).toBe('Delegates');
    // The input tree is left as it was.
    expect(images(tree)[0].properties.src).toBe('kyiv-talks_files/photo%201.jpg');
  });

  it('decodes raster data: URIs (SingleFile) and drops SVG ones', () => {
    const dataPng = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const dataSvg = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const tree = parseHtml(`<img src="${dataPng}"><img src="${dataSvg}" alt="logo"><img src="data:image/png;base64,${Buffer.from(png).toString('base64')}">`);
    const result = collectMedia(tree, {}, options);
    expect(result.files).toHaveLength(1); // the same picture twice is one file
    expect(result.files[0].bytes).toEqual(png);
    const [first, second, third] = images(result.tree);
    expect(first.properties.src).toBe(options.publicPath + result.files[0].name);
    expect(second.properties.src).toBeUndefined();
    expect(third.properties.src).toBe(first.properties.src);
  });

  it('drops a local file that is not a raster image, and leaves remote and missing images alone', () => {
    const tree = parseHtml('<img src="x_files/evil.png"><img src="https://cdn.example.org/a.jpg"><img src="x_files/missing.jpg">');
    const result = collectMedia(tree, { readLocal: (p) => (p === 'x_files/evil.png' ? svg : undefined) }, options);
    expect(result.files).toEqual([]);
    expect(images(result.tree).map((img) => img.properties.src)).toEqual([undefined, 'https://cdn.example.org/a.jpg', 'x_files/missing.jpg']);
  });

  it('never asks for absolute or rooted paths', () => {
    const asked: string[] = [];
    const tree = parseHtml('<img src="/etc/passwd"><img src="file:///etc/passwd"><img src="\\\\server\\share\\a.png">');
    collectMedia(tree, { readLocal: (p) => (asked.push(p), undefined) }, options);
    expect(asked).toEqual([]);
  });

  it('finds MHTML parts by Content-Location, by a URL relative to the page, and by cid:', () => {
    const resources = new Map([
      ['https://news.example.org/img/a.png', { contentType: 'image/png', bytes: png }],
      ['part1.abc@mhtml.blink', { contentType: 'image/jpeg', bytes: jpeg }],
    ]);
    const tree = parseHtml('<img src="https://news.example.org/img/a.png"><img src="../img/a.png"><img src="cid:part1.abc@mhtml.blink">');
    const result = collectMedia(tree, { resources, pageUrl: 'https://news.example.org/world/story.html' }, options);
    expect(result.files.map((f) => f.name.split('.')[1]).sort()).toEqual(['jpg', 'png']);
    expect(images(result.tree).every((img) => String(img.properties.src).startsWith(options.publicPath))).toBe(true);
  });

  it('replaces a lazy-loading placeholder with the carried picture', () => {
    const tree = parseHtml('<img src="https://cdn.example.org/blank.gif" data-src="x_files/real.jpg">');
    const result = collectMedia(tree, { readLocal: (p) => (p === 'x_files/real.jpg' ? jpeg : undefined) }, options);
    const [img] = images(result.tree);
    expect(img.properties.src).toBe(options.publicPath + result.files[0].name);
    expect(img.properties.dataSrc).toBeUndefined();
  });
});

describe('collectMedia: raster formats', () => {
  /** The extension of the file written for a carried image, or undefined when it is dropped. */
  const extensionOf = (bytes: Uint8Array) => {
    const result = collectMedia(parseHtml('<img src="x_files/picture">'), { readLocal: () => bytes }, options);
    const src = images(result.tree)[0].properties.src;
    if (result.files.length === 0) {
      expect(src).toBeUndefined();
      return undefined;
    }
    expect(src).toBe(options.publicPath + result.files[0].name);
    return result.files[0].name.split('.')[1];
  };

  it('recognises raster formats by their magic bytes only', () => {
    expect(extensionOf(png)).toBe('png');
    expect(extensionOf(jpeg)).toBe('jpg');
    expect(extensionOf(new TextEncoder().encode('GIF89a....'))).toBe('gif');
    expect(extensionOf(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(extensionOf(new TextEncoder().encode('\0\0\0\x1cftypavif'))).toBe('avif');
    expect(extensionOf(svg)).toBeUndefined();
    expect(extensionOf(new TextEncoder().encode('<html><script>'))).toBeUndefined();
  });
});
