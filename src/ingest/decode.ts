/**
 * Turn the raw bytes of a saved page into text.
 *
 * Saved pages come in every charset the web ever used: UTF-8 (with or without a BOM),
 * UTF-16 from old Windows tools, windows-1251 / KOI8-R from Russian and Ukrainian sites,
 * windows-1252 from old European ones, GBK, Shift_JIS… and some declare the wrong one.
 * The order below is the browser's (BOM, then the page's own declaration), with a check that
 * the declaration fits the bytes, and statistical detection only when nothing else settles it:
 * detection is the slow step and the least sure one.
 */
import { analyse } from 'chardet';

/** The text of a page and the charset it was decoded from (WHATWG name, e.g. "windows-1251"). */
export interface DecodedText {
  text: string;
  charset: string;
}

/** How far to look for `<meta charset>`; browsers look at 1 KB, real pages put it later. */
const PRESCAN_BYTES = 4096;
/** A second, wider look when the first one found nothing (still only within `<head>`). */
const WIDE_PRESCAN_BYTES = 65536;

/** Fewer non-ASCII bytes than this are too few to detect a charset from. */
const MIN_HIGH_BYTES = 6;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const latin1 = new TextDecoder('windows-1252');

/**
 * Decode a saved HTML page: BOM → `<meta charset>` / `http-equiv` declaration (checked against
 * the bytes) → strict UTF-8 → detection → windows-1252. Never throws.
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;

  const declared = findDeclaredCharset(bytes);
  if (declared) {
    if (declared === 'utf-8') {
      const text = tryUtf8(bytes);
      if (text !== undefined) return { text, charset: 'utf-8' };
      // Declared UTF-8 but the bytes say otherwise: the declaration is a template default.
      return decodeUndeclared(bytes, true);
    }
    // A legacy declaration over bytes that are valid UTF-8 *with* multibyte sequences is a page
    // re-saved as UTF-8 that kept its old meta tag: real legacy text is almost never valid UTF-8.
    if (hasHighBytes(bytes)) {
      const text = tryUtf8(bytes);
      if (text !== undefined) return { text, charset: 'utf-8' };
    }
    return decodeAs(bytes, declared);
  }
  return decodeUndeclared(bytes, false);
}

/**
 * Decode a text or Markdown file: BOM → strict UTF-8 → detection → windows-1252. Never throws.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return decodeWithBom(bytes) ?? decodeUndeclared(bytes, false);
}

/**
 * The WHATWG name for a charset label ("latin1" → "windows-1252", "cp1251" → "windows-1251"),
 * or undefined when the label is unknown to the platform's TextDecoder.
 */
export function normalizeCharset(label: string): string | undefined {
  const cleaned = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!cleaned) return undefined;
  // Labels pages use that WHATWG does not list.
  const alias = charsetAliases[cleaned] ?? cleaned;
  try {
    return new TextDecoder(alias).encoding;
  } catch {
    return undefined;
  }
}

/** Labels seen on real pages that the WHATWG list (which TextDecoder follows) lacks. */
const charsetAliases: Record<string, string> = {
  win1251: 'windows-1251',
  'win-1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  win1252: 'windows-1252',
  'win-1252': 'windows-1252',
  utf_8: 'utf-8',
  'utf-8,': 'utf-8',
};

function decodeWithBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    return { text: utf8Lenient.decode(bytes), charset: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  return undefined;
}

/** No usable declaration: UTF-8 if the bytes are UTF-8, else whatever detection says. */
function decodeUndeclared(bytes: Uint8Array, knownInvalidUtf8: boolean): DecodedText {
  if (!knownInvalidUtf8) {
    const text = tryUtf8(bytes);
    if (text !== undefined) return { text, charset: 'utf-8' };
  }
  // A UTF-8 page with a handful of stray bytes (a truncated save, one pasted windows-1252
  // quote) is still a UTF-8 page: decoding it as anything else would garble every line.
  if (isMostlyUtf8(bytes)) return { text: utf8Lenient.decode(bytes), charset: 'utf-8' };
  return decodeAs(bytes, detectCharset(bytes) ?? 'windows-1252');
}

function decodeAs(bytes: Uint8Array, charset: string): DecodedText {
  const decoder = new TextDecoder(charset);
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function countHighBytes(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) count++;
  return count;
}

/**
 * Whether the bytes are UTF-8 apart from a few broken sequences: at least one well-formed
 * multibyte sequence per two invalid bytes, and at least eight of them.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length;
    } else {
      bad++;
      i++;
    }
  }
  return good >= 8 && good >= bad * 2;
}

/**
 * Find the charset the page declares: `<meta charset>`, `<meta http-equiv="content-type"
 * content="…; charset=…">` or an XML declaration, in the head. Declarations inside comments and
 * scripts do not count. UTF-16 declared in a byte-oriented document means UTF-8 (WHATWG).
 */
function findDeclaredCharset(bytes: Uint8Array): string | undefined {
  const found = scanForCharset(bytes, PRESCAN_BYTES);
  if (found !== null) return found;
  if (bytes.length <= PRESCAN_BYTES) return undefined;
  return scanForCharset(bytes, WIDE_PRESCAN_BYTES) ?? undefined;
}

const metaPattern = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/gi;
const xmlDeclarationPattern = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const ignoredPattern = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const headEndPattern = /<\/head\s*>|<body\b/i;

/** The declared charset (normalized), undefined for an unusable one, null for none found. */
function scanForCharset(bytes: Uint8Array, limit: number): string | undefined | null {
  // windows-1252 maps every byte to one character, so ASCII markup reads the same in any
  // ASCII-compatible charset; it is only a way to search the bytes with regular expressions.
  let head = latin1.decode(bytes.subarray(0, limit));
  const end = head.search(headEndPattern);
  if (end >= 0) head = head.slice(0, end);
  const xml = xmlDeclarationPattern.exec(head);
  head = head.replace(ignoredPattern, ' ');
  metaPattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = metaPattern.exec(head))) {
    const charset = declaredCharset(match[1]);
    if (charset) return charset;
  }
  return xml ? declaredCharset(xml[1]) ?? null : null;
}

/** A declared label as the WHATWG prescan reads it: UTF-16 means UTF-8, x-user-defined 1252. */
function declaredCharset(label: string): string | undefined {
  const charset = normalizeCharset(label);
  if (charset?.startsWith('utf-16')) return 'utf-8';
  if (charset === 'x-user-defined') return 'windows-1252';
  return charset;
}

/**
 * Guess the charset of undeclared, non-UTF-8 bytes with chardet. Only the words holding
 * non-ASCII bytes are shown to it: markup, scripts and ASCII words (menus in English around a
 * Russian article) tell charsets nothing and skew chardet's letter statistics.
 */
function detectCharset(bytes: Uint8Array): string | undefined {
  const text = textBytes(bytes);
  const words = wordsWithHighBytes(text);
  const sample = words.length >= 32 ? words : text.length >= 64 ? text : bytes;
  // With a couple of accented letters any guess is a coin toss; the caller's default
  // (windows-1252, the web's commonest legacy charset) is the better bet.
  if (countHighBytes(sample) < MIN_HIGH_BYTES) return undefined;
  const matches = analyse(sample);
  for (const match of matches) {
    // ASCII and UTF-8 were ruled out before we got here (the bytes are not valid UTF-8).
    if (match.name === 'UTF-8' || match.name === 'ASCII' || match.name.startsWith('UTF-')) continue;
    const charset = normalizeCharset(match.name);
    if (!charset || !decodesCleanly(sample, charset)) continue;
    // chardet knows KOI8-R only; Ukrainian letters (і ї є ґ) sit where KOI8-R has box drawing.
    if (charset === 'koi8-r' && hasKoi8UkrainianLetters(sample)) return 'koi8-u';
    return charset;
  }
  return undefined;
}

/**
 * Whether every byte means a character in `charset`. chardet scores close candidates alike
 * (Ukrainian windows-1251 ties with Hebrew ISO-8859-8 on a short text); bytes a charset leaves
 * undefined, or C1 control codes, rule a candidate out.
 */
function decodesCleanly(bytes: Uint8Array, charset: string): boolean {
  return !/[\uFFFD\u0080-\u009F]/.test(new TextDecoder(charset).decode(bytes));
}

/** Bytes of KOI8-U's Ukrainian letters, which are box-drawing characters in KOI8-R. */
const koi8uBytes = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd]);

function hasKoi8UkrainianLetters(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (!koi8uBytes.has(bytes[i])) continue;
    // Inside a word: the neighbours are letters (0xc0–0xff in KOI8), not spaces or more lines.
    if (bytes[i - 1] >= 0xc0 || bytes[i + 1] >= 0xc0) return true;
  }
  return false;
}

/** The bytes outside tags, comments, scripts and styles (at most 64 KB of them). */
function textBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.min(bytes.length, 65536));
  let length = 0;
  let i = 0;
  while (i < bytes.length && length < out.length) {
    const byte = bytes[i];
    if (byte !== 0x3c /* < */) {
      out[length++] = byte;
      i++;
      continue;
    }
    const skipTo = skipMarkup(bytes, i);
    out[length++] = 0x20;
    i = skipTo;
  }
  return out.subarray(0, length);
}

/** The space-separated words of `bytes` that hold at least one byte ≥ 0x80. */
function wordsWithHighBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const byte = i < bytes.length ? bytes[i] : 0x20;
    if (byte > 0x20) {
      if (byte >= 0x80) high = true;
      continue;
    }
    if (high) {
      out.set(bytes.subarray(start, i), length);
      length += i - start;
      out[length++] = 0x20;
    }
    start = i + 1;
    high = false;
  }
  return out.subarray(0, length);
}

/** Index after the tag, comment, script or style that starts at `start`. */
function skipMarkup(bytes: Uint8Array, start: number): number {
  if (startsWithAscii(bytes, start, '<!--')) return indexAfter(bytes, start + 4, '-->');
  for (const name of ['script', 'style']) {
    if (startsWithAscii(bytes, start + 1, name)) {
      return indexAfter(bytes, start + 1 + name.length, `</${name}`);
    }
  }
  return indexAfter(bytes, start + 1, '>');
}

function startsWithAscii(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) {
    const byte = bytes[at + k];
    // Case-insensitive for letters.
    if (byte !== ascii.charCodeAt(k) && (byte | 0x20) !== ascii.charCodeAt(k)) return false;
  }
  return true;
}

function indexAfter(bytes: Uint8Array, from: number, ascii: string): number {
  for (let i = from; i < bytes.length; i++) {
    if (startsWithAscii(bytes, i, ascii)) {
      if (ascii === '>' || ascii === '-->') return i + ascii.length;
      // `</script` and `</style`: skip to the end of that closing tag.
      return indexAfter(bytes, i + ascii.length, '>');
    }
  }
  return bytes.length;
}
