/**
 * Turn the raw bytes of a saved page into text.
 *
 * Saved pages come in every charset the web ever used: UTF-8 (with or without a BOM),
 * UTF-16 from old Windows tools, windows-1251 / KOI8-R from Russian and Ukrainian sites,
 * windows-1252 from old European ones, GBK, Shift_JIS… and some declare the wrong one.
 * The order below is the browser's (BOM, then a declaration: the archive's, then the page's
 * own), with a check that the declaration fits the bytes, and statistical detection only when
 * nothing else settles it: detection is the slow step and the least sure one. A declaration
 * that decodes with a few errors still wins (a U+FFFD for each bad byte, as in a browser): one
 * stray byte must not turn a whole page into mojibake.
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

/**
 * A declared charset is clearly wrong when more than this share of the non-ASCII characters
 * decode to U+FFFD. Measured on the ~1,450 real saved pages of the benches: the UTF-8 pages with
 * stray bytes have at most 3.8% (4 of 105), legacy pages read as UTF-8 have 77.8% (GBK, whose
 * byte pairs often look like UTF-8) to 100% (windows-125x, ISO-8859-2, KOI8), and every page read
 * in its own charset has none. A quarter is far from both. (Legacy multibyte charsets read one
 * another's bytes with 0% to 99% errors: the share catches only the clear cases, and never a right
 * declaration.) The same share says when undeclared bytes are UTF-8 with a few stray bytes.
 */
const MAX_ERROR_SHARE = 0.25;
/**
 * Up to this many garbled characters are "a few errors" whatever their share: one stray
 * windows-1252 dash next to the page's only curly quote is half of its non-ASCII characters,
 * yet the declaration is right and switching charsets would garble the quote instead.
 */
const FEW_ERRORS = 3;
/** Undeclared bytes need this many well-formed UTF-8 characters to be read as UTF-8 despite stray bytes. */
const MIN_UTF8_CHARACTERS = 8;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const latin1 = new TextDecoder('windows-1252');

/**
 * Decode a saved HTML page: BOM → the charset named outside the bytes (`outerCharset`, e.g. an
 * MHTML part's Content-Type) → the page's `<meta charset>` / `http-equiv` → UTF-8 → detection →
 * windows-1252. A declaration wins, with U+FFFD for a few bad bytes, unless the bytes show it
 * is clearly wrong (`isClearlyWrong`); then the next step decides. Never throws.
 */
export function decodeHtml(bytes: Uint8Array, outerCharset?: string): DecodedText {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;

  const outer = outerCharset ? normalizeCharset(outerCharset) : undefined;
  const fromOuter = outer ? decodeDeclared(bytes, outer) : undefined;
  if (fromOuter) return fromOuter;

  const declared = findDeclaredCharset(bytes);
  const fromMeta = declared && declared !== outer ? decodeDeclared(bytes, declared) : undefined;
  return fromMeta ?? decodeUndeclared(bytes);
}

/**
 * Decode a text or Markdown file: BOM → strict UTF-8 → detection → windows-1252. Never throws.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return decodeWithBom(bytes) ?? decodeUndeclared(bytes);
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

/**
 * Decode by a declared charset, or undefined when the bytes show the declaration is clearly
 * wrong. A legacy declaration over bytes that read as UTF-8 is a page re-saved as UTF-8 that
 * kept its old meta tag (real legacy text almost never forms UTF-8 sequences): UTF-8 it is.
 */
function decodeDeclared(bytes: Uint8Array, charset: string): DecodedText | undefined {
  // UTF-16 is not ASCII-compatible: there is nothing to check it against.
  if (charset.startsWith('utf-16')) return decodeAs(bytes, charset);
  const valid = tryUtf8(bytes);
  if (valid !== undefined) {
    // Without a byte over 0x7F it is ASCII, which every legacy charset reads alike.
    return charset === 'utf-8' || hasHighBytes(bytes) ? { text: valid, charset: 'utf-8' } : decodeAs(bytes, charset);
  }
  const utf8 = utf8Fit(bytes);
  if (charset === 'utf-8') return isClearlyWrong(utf8) ? undefined : decodeAs(bytes, 'utf-8');
  if (utf8.nonAscii > utf8.errors && !isClearlyWrong(utf8)) return decodeAs(bytes, 'utf-8');
  const legacy = decodeAs(bytes, charset);
  return isClearlyWrong(textFit(legacy.text)) ? undefined : legacy;
}

/** No usable declaration: UTF-8 if the bytes are UTF-8, else whatever detection says. */
function decodeUndeclared(bytes: Uint8Array): DecodedText {
  const text = tryUtf8(bytes);
  if (text !== undefined) return { text, charset: 'utf-8' };
  // A UTF-8 page with a handful of stray bytes (a truncated save, one pasted windows-1252
  // quote) is still a UTF-8 page: decoding it as anything else would garble every line.
  const { errors, nonAscii } = utf8Fit(bytes);
  if (nonAscii - errors >= MIN_UTF8_CHARACTERS && errors <= nonAscii * MAX_ERROR_SHARE) return decodeAs(bytes, 'utf-8');
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

/** How well bytes decode in a charset. */
interface Fit {
  /** Garbled characters: the U+FFFD the decoder puts for sequences the charset has no character for. */
  errors: number;
  /** Characters outside ASCII, garbled ones included: all the charset was needed for. */
  nonAscii: number;
}

/**
 * The Fit of bytes as UTF-8, counted on the bytes without building the text (legacy pages go
 * through here, and most of their non-ASCII bytes are errors). Errors are counted as the WHATWG
 * UTF-8 decoder emits U+FFFD: one per maximal ill-formed subsequence.
 */
function utf8Fit(bytes: Uint8Array): Fit {
  let errors = 0;
  let nonAscii = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i++];
    if (lead < 0x80) continue;
    nonAscii++;
    const needed = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (needed === 0) {
      errors++;
      continue;
    }
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    let lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    let upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let seen = 0; seen < needed; seen++, i++) {
      const byte = bytes[i];
      // Missing or out of range: the sequence so far is one error; `byte` starts afresh.
      if (i >= bytes.length || byte < lower || byte > upper) {
        errors++;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
    }
  }
  return { errors, nonAscii };
}

/** The Fit of decoded text; characters are only counted when some are garbled. */
function textFit(text: string): Fit {
  let errors = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) errors++;
  return { errors, nonAscii: errors > 0 ? countNonAscii(text) : 0 };
}

/** Characters above U+007F; a surrogate pair (an emoji) counts once. */
function countNonAscii(text: string): number {
  let count = 0;
  const pattern = /[^\0-\x7F\uDC00-\uDFFF]/g;
  while (pattern.exec(text)) count++;
  return count;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/**
 * Whether decoding by a declared charset went clearly wrong: not one non-ASCII character
 * decoded, or more than FEW_ERRORS garbled and more than MAX_ERROR_SHARE of them. A few
 * errors are stray bytes (a U+FFFD each), not a wrong declaration.
 */
function isClearlyWrong({ errors, nonAscii }: Fit): boolean {
  if (errors === 0) return false;
  // Nothing in the bytes supports the declaration: every non-ASCII character is an error.
  if (errors === nonAscii) return true;
  return errors > FEW_ERRORS && errors > nonAscii * MAX_ERROR_SHARE;
}

function countHighBytes(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) count++;
  return count;
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
