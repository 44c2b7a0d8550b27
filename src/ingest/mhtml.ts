/**
 * Unpack an MHTML archive ("Save as → Webpage, single file" in Chrome and Edge, `.mht` from
 * old Internet Explorer and Word): a MIME `multipart/related` message whose first `text/html`
 * part is the page and whose other parts are its images, stylesheets and frames.
 *
 * The message is read as bytes: parts may be `binary` or in a legacy charset, so nothing is
 * decoded to text here except the ASCII headers; the HTML part's charset is handed on.
 */
import { parseDate } from './dates.ts';
import { IngestError } from './errors.ts';

/** One part of the archive that is not the page itself. */
export interface MhtmlResource {
  contentType: string;
  bytes: Uint8Array;
}

/** What an MHTML archive holds. */
export interface MhtmlArchive {
  /** The page: the body of the first `text/html` part, transfer encoding undone. */
  html: Uint8Array;
  /** The `charset` parameter of that part's Content-Type, when it has one. */
  charset?: string;
  /** The page's own address: `Snapshot-Content-Location`, else the part's Content-Location. */
  location?: string;
  /** The archive's `Date` header as ISO 8601 (when the page was saved), when readable. */
  savedAt?: string;
  /** The other parts by Content-Location (or `cid:<Content-ID>` when they have none). */
  resources: Map<string, MhtmlResource>;
}

interface Part {
  headers: Map<string, string>;
  /** Raw body, still transfer-encoded, as a latin1 string (one char per byte). */
  body: string;
}

/** Undo the archive; throws IngestError when it is not MHTML or holds no page. */
export function unpackMhtml(bytes: Uint8Array): MhtmlArchive {
  // latin1 keeps one char per byte, so headers can be read with string tools and any body
  // turned back into exactly its bytes.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitHeaders(raw.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''));
  if (!top.headers.has('content-type')) throw new IngestError('not an MHTML file (no MIME headers)');

  const parts: Part[] = [];
  collectParts(top, parts, 0);

  const resources = new Map<string, MhtmlResource>();
  let page: { part: Part; html: Uint8Array } | undefined;
  for (const part of parts) {
    const { type } = parseContentType(part.headers.get('content-type') ?? 'text/plain');
    const body = decodeBody(part);
    if (!page && type === 'text/html') {
      page = { part, html: body };
      continue;
    }
    const key = part.headers.get('content-location') ?? contentIdKey(part.headers.get('content-id'));
    if (key && !resources.has(key)) resources.set(key, { contentType: type, bytes: body });
  }
  if (!page) throw new IngestError('MHTML has no text/html part');

  const { params } = parseContentType(page.part.headers.get('content-type') ?? '');
  const location = top.headers.get('snapshot-content-location') ?? page.part.headers.get('content-location');
  const date = top.headers.get('date');
  const savedAt = date ? parseDate(date) : undefined;
  return {
    html: page.html,
    ...(params.charset ? { charset: params.charset } : {}),
    ...(location ? { location } : {}),
    ...(savedAt ? { savedAt } : {}),
    resources,
  };
}

/** Nested multiparts (IE puts `multipart/alternative` inside) are flattened, to a sane depth. */
function collectParts(entity: Part, parts: Part[], depth: number): void {
  const { type, params } = parseContentType(entity.headers.get('content-type') ?? 'text/plain');
  if (!type.startsWith('multipart/')) {
    parts.push(entity);
    return;
  }
  if (!params.boundary) throw new IngestError('not a valid MHTML file (multipart without a boundary)');
  if (depth > 4) return;
  const bodies = splitMultipart(entity.body, params.boundary);
  if (bodies.length === 0) throw new IngestError('not a valid MHTML file (no parts found)');
  for (const body of bodies) collectParts(splitHeaders(body), parts, depth + 1);
}

/** Split an entity into its headers (names lowercased, folded lines joined) and body. */
function splitHeaders(entity: string): Part {
  const match = /\r?\n\r?\n/.exec(entity);
  const headerText = match ? entity.slice(0, match.index) : entity;
  const body = match ? entity.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  // A line starting with white space continues the previous header (RFC 5322 folding).
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The bodies between `--boundary` delimiter lines, up to the closing `--boundary--`. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const bodies: string[] = [];
  // A delimiter only counts at the start of a line; the line break before it belongs to it.
  let start = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`);
  if (start < 0) return bodies;
  if (start > 0) start += 1;
  while (start >= 0) {
    const afterDelimiter = start + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break; // The closing delimiter.
    const lineEnd = body.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    const next = body.indexOf(`\n${delimiter}`, lineEnd);
    const end = next < 0 ? body.length : next;
    bodies.push(body.slice(lineEnd + 1, end > 0 && body[end - 1] === '\r' ? end - 1 : end));
    start = next < 0 ? -1 : next + 1;
  }
  return bodies;
}

/** `type/subtype; name=value; name="quoted value"` → lowercased type and params. */
function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const [type, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  const pattern = /([\w.-]+)\s*=\s*(?:"([^"]*)"|([^;\s]+))/g;
  const paramText = rest.join(';');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(paramText))) params[match[1].toLowerCase()] = match[2] ?? match[3];
  return { type: type.trim().toLowerCase(), params };
}

function contentIdKey(id: string | undefined): string | undefined {
  const bare = id?.trim().replace(/^<|>$/g, '');
  return bare ? `cid:${bare}` : undefined;
}

/** The part's body bytes with its Content-Transfer-Encoding undone. */
function decodeBody(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return new Uint8Array(Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return new Uint8Array(Buffer.from(part.body, 'latin1'));
}

/**
 * Quoted-printable (RFC 2045): `=XX` is a byte, `=` at the end of a line is a soft line break
 * (the line continues), anything else is itself. A malformed `=` is kept as is.
 */
function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3d /* = */) {
      out[length++] = code;
      continue;
    }
    // Soft line break: "=", optional trailing white space (added by some mailers), CRLF or LF.
    let next = i + 1;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '\r' && text[next + 1] === '\n') next++;
    if (text[next] === '\n' || next >= text.length) {
      i = next;
      continue;
    }
    const high = hexValue(text.charCodeAt(i + 1));
    const low = hexValue(text.charCodeAt(i + 2));
    if (high >= 0 && low >= 0) {
      out[length++] = high * 16 + low;
      i += 2;
    } else {
      out[length++] = code;
    }
  }
  return out.subarray(0, length);
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}
