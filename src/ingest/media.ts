/**
 * Keep an article's own images: the ones a saved page carries with it rather than links to.
 *
 * - Browser "Save Page As, complete" writes `x.html` plus `x_files/`: `<img src="x_files/a.jpg">`
 *   is read through `readLocal` and copied into the site.
 * - SingleFile inlines images as `data:` URIs, which the sanitize schema refuses (a `data:` URL can
 *   be a script-bearing SVG or HTML): raster images are decoded and written out as files.
 * - MHTML (`.mhtml`) carries them as parts, found by their `Content-Location` or `cid:`.
 *
 * Only raster formats recognised by their magic bytes (PNG, JPEG, GIF, WebP, AVIF) are kept; SVG
 * and anything else is dropped, since it could run script. The result names each file by a hash
 * of its bytes, so the same input always gives the same files and names.
 */
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent, ElementContent } from 'hast';
import { lazySources } from './sanitize.ts';

/** One image file to write into the article's media folder. */
export interface MediaFile {
  /** File name inside the article's media folder, e.g. `3f2a…9c.jpg`. */
  name: string;
  bytes: Uint8Array;
}

/** Where an article's own images can come from. */
export interface MediaSource {
  /**
   * Read a file next to the input, by a path relative to the input's folder (already URL-decoded).
   * Returns undefined when there is no such file or it lies outside the content folder.
   */
  readLocal?: (relativePath: string) => Uint8Array | undefined;
  /** MHTML parts by `Content-Location` (absolute URL) or `cid:` id. */
  resources?: Map<string, { contentType: string; bytes: Uint8Array }>;
  /** URL of the page as saved, to resolve relative `src`s against MHTML part locations. */
  pageUrl?: string;
}

/** Options for {@link collectMedia}. */
export interface CollectMediaOptions {
  /** Site path under which the files will be served, e.g. `/article-media/my-article/`. */
  publicPath: string;
}

/** Image attributes that can hold the picture itself: `src`, and the lazy-loading ones the sanitizer reads too. */
const imageSources = ['src', ...lazySources];

/**
 * Find the images a saved page carries itself (local `_files/`, `data:` URIs, MHTML parts), point
 * their `src` at `publicPath`, and return the files to write. Other images are left as they are
 * (remote URLs stay remote; the sanitize stage decides what is allowed). Returns a new tree.
 */
export function collectMedia(tree: Root, source: MediaSource, options: CollectMediaOptions): { tree: Root; files: MediaFile[] } {
  const files = new Map<string, MediaFile>();

  function visit<T extends RootContent | ElementContent>(node: T): T {
    if (node.type !== 'element') return node;
    const element: Element = { ...node, properties: { ...node.properties }, children: node.children.map(visit) };
    if (element.tagName === 'img') rewriteImage(element);
    return element as T;
  }

  function rewriteImage(element: Element): void {
    for (const property of imageSources) {
      const value = element.properties[property];
      if (typeof value !== 'string' || value === '') continue;
      const carried = carriedImage(value.trim(), source);
      if (carried === undefined) continue;
      // A carried image that is not a raster picture is dropped: leave no reference to it.
      if (carried === null) {
        delete element.properties[property];
        continue;
      }
      const name = `${createHash('sha256').update(carried.bytes).digest('hex').slice(0, 20)}.${carried.extension}`;
      files.set(name, { name, bytes: carried.bytes });
      element.properties.src = options.publicPath + name;
      // The found picture wins over placeholders in the other attributes.
      for (const other of imageSources) if (other !== 'src') delete element.properties[other];
      return;
    }
  }

  const result: Root = { ...tree, children: tree.children.map(visit) };
  return { tree: result, files: [...files.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}

/**
 * The image an attribute value refers to when the saved page carries it: its bytes and file
 * extension; `null` when it is carried but not a raster image; `undefined` when it is not
 * carried (a remote URL, or a local file that is missing).
 */
function carriedImage(value: string, source: MediaSource): { bytes: Uint8Array; extension: string } | null | undefined {
  let bytes: Uint8Array | undefined;
  if (/^data:/i.test(value)) {
    bytes = decodeDataUrl(value);
    if (!bytes) return null;
  } else if (source.resources && source.resources.size > 0) {
    bytes = findResource(value, source);
  }
  if (!bytes && source.readLocal && isLocalPath(value)) {
    let relative: string;
    try {
      relative = decodeURIComponent(value.replace(/[?#].*$/, ''));
    } catch {
      return undefined;
    }
    bytes = source.readLocal(relative.replace(/^\.\//, ''));
  }
  if (!bytes) return undefined;
  const extension = rasterExtension(bytes);
  return extension ? { bytes, extension } : null;
}

/** A relative path with no scheme, no host and no absolute root: a file next to the input. */
function isLocalPath(value: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('/') && !value.startsWith('\\');
}

function findResource(value: string, source: MediaSource): Uint8Array | undefined {
  const resources = source.resources!;
  const direct = resources.get(value);
  if (direct) return direct.bytes;
  if (/^cid:/i.test(value)) return resources.get(value.slice(4))?.bytes ?? resources.get(`<${value.slice(4)}>`)?.bytes;
  if (source.pageUrl) {
    try {
      return resources.get(new URL(value, source.pageUrl).href)?.bytes;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Decode a base64 or percent-encoded `data:` URL; undefined when malformed. */
function decodeDataUrl(value: string): Uint8Array | undefined {
  const comma = value.indexOf(',');
  if (comma < 0) return undefined;
  const header = value.slice(5, comma).toLowerCase();
  const payload = value.slice(comma + 1);
  try {
    if (header.split(';').includes('base64')) return new Uint8Array(Buffer.from(payload.replace(/\s+/g, ''), 'base64'));
    return new Uint8Array(Buffer.from(decodeURIComponent(payload), 'latin1'));
  } catch {
    return undefined;
  }
}

/** The file extension of a raster image recognised by its first bytes, or undefined. */
function rasterExtension(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return 'avif';
  return undefined;
}
