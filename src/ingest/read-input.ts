/**
 * The first stage: one input file's bytes in, its text out, with what the file itself says
 * about where it came from. Decides what kind of input it is by its extension, refuses what
 * cannot be a saved page (with a reason the user can act on), and undoes charsets and MHTML.
 */
import path from 'node:path';
import { decodeHtml, decodeText } from './decode.ts';
import { parseDate } from './dates.ts';
import { IngestError } from './errors.ts';
import { unpackMhtml, type MhtmlResource } from './mhtml.ts';
import { webUrl } from '../article/fields.ts';
import { inputKind } from './input-kind.ts';

export { inputKind, type InputKind } from './input-kind.ts';

/** One input, decoded. */
export interface InputDocument {
  kind: 'html' | 'text' | 'markdown';
  text: string;
  /** The charset the bytes were decoded from (WHATWG name). */
  charset?: string;
  /**
   * Address of the original page, as the saving browser recorded it: the `<!-- saved from
   * url=(0042)… -->` comment, SingleFile's header comment, or MHTML's Snapshot-Content-Location.
   * Absolute http(s) only.
   */
  savedFrom?: string;
  /** When the page was saved (ISO 8601), from SingleFile's header or the MHTML Date header. */
  savedAt?: string;
  /** MHTML parts other than the page, by Content-Location (or `cid:…`). */
  resources?: Map<string, MhtmlResource>;
}

/** How much of a file is checked for NUL bytes and for the browser's "saved from" comments. */
const SNIFF_LENGTH = 8192;
/** MHTML's top headers fit in this; binary parts may follow. */
const MHTML_HEADER_LENGTH = 512;

/**
 * Decoded text with more than this share of control and replacement characters is not text.
 * Measured: real saved pages (~1,450, every charset the benches hold) have at most 0.11%;
 * random-looking binary (compressed data, images, encrypted files) has at least 10.7% even with
 * its NUL bytes removed, since 27 of the 255 other byte values are C0 controls or DEL in every
 * ASCII-compatible charset, which no charset makes letters. 1% is about ten times the one and a
 * tenth of the other, and also refuses a page of which a fifth or more is junk.
 */
const MAX_ODD_SHARE = 0.01;
/** A handful of stray control characters never refuse a file, however short it is. */
const MAX_ODD_ALWAYS_ALLOWED = 8;

/**
 * Read one input file. `path` is only used for its extension (and never opened); throws
 * IngestError for an unsupported type, an empty file or one that is not text.
 */
export function readInput(filePath: string, bytes: Uint8Array): InputDocument {
  const extension = path.extname(filePath).toLowerCase();
  const kind = inputKind(filePath);
  if (!kind) throw new IngestError(`not a supported file type (${extension || 'no extension'})`);
  if (isBlank(bytes)) throw new IngestError('empty file');

  const doc = kind === 'mhtml' ? readMhtml(bytes) : readPlain(kind, bytes);
  // Every kind, after decoding: what is not text in the charset it was read in is not text in
  // any charset (decoding chose the best one), and the parsers would publish it as an article.
  assertText(doc.text);
  return doc;
}

function readPlain(kind: InputDocument['kind'], bytes: Uint8Array): InputDocument {
  if (looksBinary(bytes)) throw new IngestError('looks like a binary file, not a saved page');
  if (kind === 'html') {
    const { text, charset } = decodeHtml(bytes);
    return { kind, text, charset, ...savedFromComments(text) };
  }
  const { text, charset } = decodeText(bytes);
  return { kind, text, charset };
}

function readMhtml(bytes: Uint8Array): InputDocument {
  // Only the headers are checked for NUL bytes: an archive may carry `binary` parts.
  if (looksBinary(bytes.subarray(0, MHTML_HEADER_LENGTH))) throw new IngestError('looks like a binary file, not a saved page');
  const archive = unpackMhtml(bytes);
  if (isBlank(archive.html)) throw new IngestError('MHTML page part is empty');
  // The part header's charset is what the archiver wrote the bytes in; it comes before the
  // page's own meta tag, which may still name the charset the page was served in.
  const decoded = decodeHtml(archive.html, archive.charset);
  const comments = savedFromComments(decoded.text);
  const savedFrom = webUrl(archive.location) ?? comments.savedFrom;
  const savedAt = archive.savedAt ?? comments.savedAt;
  return {
    kind: 'html',
    text: decoded.text,
    charset: decoded.charset,
    ...(savedFrom ? { savedFrom } : {}),
    ...(savedAt ? { savedAt } : {}),
    resources: archive.resources,
  };
}

/**
 * Refuse decoded text that is not text: blank (a UTF-16 file of spaces passes the byte check),
 * or more than MAX_ODD_SHARE control or replacement characters (binary data without NUL bytes).
 */
function assertText(text: string): void {
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new IngestError('empty file');
  const odd = countOddCharacters(text);
  if (odd > MAX_ODD_ALWAYS_ALLOWED && odd > text.length * MAX_ODD_SHARE) {
    const percent = Math.round((odd / text.length) * 100);
    throw new IngestError(`not a text file: ${percent}% of it decodes to control or replacement characters`);
  }
}

/**
 * C0 and C1 control characters other than white space (tab, line feed, vertical tab, form feed,
 * carriage return: Word copies hold vertical tabs for line breaks, form feeds for page breaks),
 * DEL, and U+FFFD.
 */
function countOddCharacters(text: string): number {
  // A regular expression scans natively; nearly every page has no match at all.
  const odd = /[\0-\x08\x0E-\x1F\x7F-\x9F\uFFFD]/g;
  let count = 0;
  while (odd.exec(text)) count++;
  return count;
}

/** Empty, or only white space and a BOM. */
function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    if (i === 0 && byte === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * NUL bytes or a known binary signature near the start: a PDF, image or archive renamed to
 * .html, or a truncated download. UTF-16 (which has NULs) is recognized by its BOM first.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return hasBinarySignature(bytes) || bytes.subarray(0, SNIFF_LENGTH).includes(0);
}

function hasBinarySignature(bytes: Uint8Array): boolean {
  return binarySignatures.some((signature) => signature.every((byte, i) => bytes[i] === byte));
}

const binarySignatures = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
];

/**
 * What the saving browser wrote at the top of the page: IE/Chrome's `<!-- saved from
 * url=(0042)https://… -->` and SingleFile's `<!-- Page saved with SingleFile  url: …
 * saved date: … -->`. Only the start of the page is searched: these comments come first.
 */
function savedFromComments(text: string): { savedFrom?: string; savedAt?: string } {
  const head = text.slice(0, SNIFF_LENGTH);
  const savedFromMatch = /<!--\s*saved from url=\((\d+)\)(\S+?)\s*-->/i.exec(head);
  if (savedFromMatch) {
    // The number is the URL's length; trust it when it fits, it keeps a "--" inside the URL.
    const length = Number(savedFromMatch[1]);
    const url = savedFromMatch[2].length >= length && length > 0 ? savedFromMatch[2].slice(0, length) : savedFromMatch[2];
    const savedFrom = webUrl(url);
    if (savedFrom) return { savedFrom };
  }
  const singleFile = /<!--\s*Page saved with SingleFile\s([\s\S]*?)-->/i.exec(head);
  if (singleFile) {
    const url = /^\s*url:\s*(\S+)/im.exec(singleFile[1])?.[1];
    const date = /^\s*saved date:\s*(.+?)\s*$/im.exec(singleFile[1])?.[1];
    const savedFrom = webUrl(url);
    const savedAt = date ? parseDate(date) : undefined;
    return { ...(savedFrom ? { savedFrom } : {}), ...(savedAt ? { savedAt } : {}) };
  }
  return {};
}

