/**
 * The rules for each field of a generated article: what a slug, a date, a language code, a web
 * address and a line of text are. The ingest applies them when it writes an article, the site's
 * collection schema (src/content.config.ts) when it reads one back, and the user's own
 * frontmatter and sidecars are checked with them too, so the three can never disagree.
 */

/** Lowercase ASCII letters and digits joined by single hyphens: an article or topic slug, one URL path segment. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` is a slug (see {@link slugPattern}). */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}

/** The strict date form articles hold: `2022-01-09` or `2022-01-09T14:30:00+07:00`. */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `value` as an ISO 8601 date or date-time (a space between date and time becomes `T`), or
 * undefined when it is not one or names a day the calendar lacks (2022-02-30).
 */
export function isoDate(value: string | undefined): string | undefined {
  const text = value?.trim().replace(' ', 'T');
  const match = text ? isoDatePattern.exec(text) : null;
  if (!text || !match || Number.isNaN(Date.parse(text))) return undefined;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** Earliest year an article may be dated: earlier dates are typos or placeholders (`0001-01-01`). */
export const EARLIEST_YEAR = 1900;

/** How far past "now" a date may be: a day, for time zones and clocks. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * Why `iso` (already an {@link isoDate}) cannot be an article's date, or undefined when it can:
 * before {@link EARLIEST_YEAR}, or more than a day after `now` (a `2999-12-31` would top the
 * digest for good).
 */
export function implausibleDate(iso: string, now: Date): string | undefined {
  if (Number(iso.slice(0, 4)) < EARLIEST_YEAR) return `is before ${EARLIEST_YEAR}`;
  if (Date.parse(iso) > now.getTime() + FUTURE_SLACK_MS) return 'is in the future';
  return undefined;
}

/** Codes pages still write for a language whose code has changed since. */
const legacyLanguageCodes: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi', jw: 'jv', ua: 'uk' };

/** The 639-2/3 codes pages actually put in `lang` for the languages this digest meets. */
const threeLetterCodes: Record<string, string> = {
  ind: 'id', eng: 'en', rus: 'ru', ukr: 'uk', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', nld: 'nl', dut: 'nl',
  pol: 'pl', por: 'pt', ita: 'it', msa: 'ms', may: 'ms', zho: 'zh', chi: 'zh', jpn: 'ja', ara: 'ar',
};

/** Codes that name no language ("undetermined", "multiple"…): as good as none. */
const noLanguage = new Set(['und', 'mul', 'zxx', 'mis']);

/**
 * The article's language as its primary subtag, the form `lang` attributes and feeds use:
 * "en-US" → "en", "id_ID" → "id", "in" (old code) → "id", "ind" → "id"; junk → undefined.
 */
export function normalizeLang(value: string | undefined): string | undefined {
  const primary = value?.trim().split(/[-_,;\s]/)[0]?.toLowerCase();
  if (!primary || !/^[a-z]{2,3}$/.test(primary)) return undefined;
  if (primary in legacyLanguageCodes) return legacyLanguageCodes[primary];
  if (primary.length === 2) return primary;
  if (noLanguage.has(primary)) return undefined;
  return threeLetterCodes[primary] ?? primary;
}

/**
 * The one check for "a web address": an absolute http(s) URL (normalized `href`), resolved
 * against `base` when given, or undefined. Canonical URLs, saved-from addresses, sidecar values,
 * image URLs and the site's schema all go through it, so `javascript:`, `file:`,
 * `about:internet` and garbage are refused the same way everywhere.
 */
export function webUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Characters invalid in XML 1.0 (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF), plus DEL and C1 controls (mis-decoded bytes, invisible). */
const invalidXmlChars =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Remove the characters XML forbids (one would make a feed unreadable): the sanitizer does it to
 * article text, the site to frontmatter values and feed fields.
 */
export function xmlSafe(text: string): string {
  return text.replace(invalidXmlChars, '');
}

/**
 * Characters that show nothing: white space, controls, format characters (zero-width space,
 * direction marks, BOM), combining marks on their own, and the blank "letters" (Hangul fillers,
 * the blank Braille pattern) that pass for text but draw nothing.
 */
const invisible = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when `text` has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(invisible, '') !== '';
}

/**
 * A frontmatter text field (title, source, byline): control characters and runs of white space
 * become one space, the ends are trimmed; a value with nothing visible in it becomes undefined.
 */
export function oneLine(value: string | undefined): string | undefined {
  const text = value?.replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text && hasVisibleText(text) ? text : undefined;
}

/**
 * A site's name from its web address, as the ingest and the site show one when the page names
 * none: `https://www.suara.com/…` → `suara.com`; undefined for no or an unreadable address.
 */
export function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
