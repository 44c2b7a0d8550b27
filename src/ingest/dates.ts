/**
 * Read the dates news pages write, in the forms they write them: ISO 8601 in metadata,
 * RFC 2822 in feeds and MHTML headers, and visible text such as "Minggu, 09 Januari 2022 |
 * 14:30 WIB", "9 января 2022, 14:30 МСК", "9. Januar 2022 um 14:30 Uhr" or "January 9, 2022".
 *
 * Every answer is ISO 8601 in the page's own time: `2022-01-09T14:30:00+07:00` when the text
 * gives a time and a zone, `2022-01-09T14:30:00` (local, zone unknown) when it gives a time but
 * no zone and the caller named none, and `2022-01-09` when it gives no time. Offsets are kept as
 * written rather than converted to UTC: "14:30 WIB" is what the reader of the page saw.
 */
import { escapeRegExp, longestFirst, monthNumbers, timeZones, weekdayNumbers } from './lexicon/index.ts';

/** Options for {@link parseDate}. */
export interface ParseDateOptions {
  /**
   * Language of the page (BCP 47, e.g. "id", "en-US"). Only decides the order of an ambiguous
   * numeric date: "09/01/2022" is 9 January everywhere except in English without a region or in
   * en-US / en-PH / en-CA, where it is September 1. A first number over 12 settles it either way.
   */
  lang?: string;
  /** Zone for a time written without one: an IANA name ("Asia/Jakarta") or an offset ("+07:00"). */
  timeZone?: string;
  /** Reject dates more than a day after this instant (a page cannot be published in the future). */
  now?: Date;
}

/** Oldest year accepted: older dates on news pages are nearly always copyright lines or noise. */
const MIN_YEAR = 1990;
/** Only this much of a text is looked at: a date field is short, a long text is not a date. */
const MAX_LENGTH = 200;

/**
 * Parse one date written in any of the supported forms into ISO 8601, or undefined when the
 * text holds no complete date (day, month and year), an impossible one, one before 1990, or one
 * more than a day after `options.now`. Words around the date ("Updated", "Diperbarui", weekday
 * names, "pukul", "um", "в") are ignored.
 */
export function parseDate(text: string, options: ParseDateOptions = {}): string | undefined {
  const source = westernDigits(text).replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
  if (!source || source.length > MAX_LENGTH) return undefined;
  const lower = source.toLowerCase();
  const parts = parseEpoch(lower) ?? parseIso(lower) ?? parseLoose(lower, options.lang);
  if (!parts) return undefined;
  return format(parts, options);
}

const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic and Persian digits ("٧ أكتوبر ٢٠٢٠") as 0–9, one character for one. */
function westernDigits(text: string): string {
  if (!/[\u0660-\u0669\u06f0-\u06f9]/.test(text)) return text;
  return text.replace(easternDigits, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** Offset in minutes east of UTC, or an IANA zone to compute it from. */
  zone?: number | string;
}

/** Unix time in seconds (10 digits) or milliseconds (13 digits), as some meta tags carry. */
function parseEpoch(text: string): DateParts | undefined {
  if (!/^\d{10}(?:\d{3})?$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    time: { hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() },
    zone: 0,
  };
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:t| )(\d{2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?)? ?(z|[+-]\d{2}(?::?\d{2})?)?$/;

/** ISO 8601 / RFC 3339 (and the "2022-01-09 14:30:00" variant many CMSes write), or 20220109. */
function parseIso(text: string): DateParts | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) };
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, offset] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    ...(hour ? { time: { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) } } : {}),
    ...(hour && offset ? { zone: parseOffset(offset) } : {}),
  };
}

/** "+07:00", "+0700", "+07", "-5", "z" → minutes east of UTC. */
function parseOffset(text: string): number | undefined {
  if (text === 'z') return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return minutes > 14 * 60 ? undefined : match[1] === '-' ? -minutes : minutes;
}

/** Month names and abbreviations, lowercased (lexicon `months.names`) → month number. */
const monthNames: Readonly<Record<string, number>> = monthNumbers;
// Longest first, so "januari" is not read as "jan" followed by letters.
const monthAlternation = longestFirst(Object.keys(monthNames)).map(escapeRegExp).join('|');

type DateOrder = 'ymd' | 'cjk' | 'numeric' | 'dmy' | 'mdy';

/** Numeric and worded date forms, each with the order of its groups. */
const datePatterns: Array<{ pattern: RegExp; order: DateOrder }> = [
  // 2022-01-09, 2022/01/09, 2022.01.09
  { pattern: /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u, order: 'ymd' },
  // 09/01/2022, 9.1.2022, 09-01-2022, 09/01/22
  { pattern: /(?<![\d.:/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])/u, order: 'numeric' },
  // 4. 2. 2022 (day and month each closed by a dot, with spaces)
  { pattern: /(?<![\d.:/-])(\d{1,2})(\.) (\d{1,2})\. ?(\d{4})(?![\d:])/u, order: 'numeric' },
  // 9 January 2022, 09 Januari 2022, 9. Januar 2022, 9 января 2022, 9-Jan-2022, 1st of May, 2022,
  // 2 de abril de 2020
  {
    pattern: new RegExp(
      `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|\\.)?(?: of| de)?[ ./-]*(${monthAlternation})(?!\\p{L})\\.?(?: de| del)?[ ,./-]*(\\d{4})(?!\\d)`,
      'u',
    ),
    order: 'dmy',
  },
  // January 9, 2022, Jan. 09 2022, Sun Jan 09 2022
  {
    pattern: new RegExp(
      `(?<!\\p{L})(${monthAlternation})(?!\\p{L})\\.? ?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d) ?,? ?(\\d{4})(?!\\d)`,
      'u',
    ),
    order: 'mdy',
  },
  // 2022年1月9日, 2022년 1월 9일
  { pattern: /(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]?/u, order: 'cjk' },
];

/** The same forms, each to be found anywhere and any number of times in a long text. */
const globalDatePatterns = datePatterns.map(({ pattern, order }) => ({ pattern: new RegExp(pattern.source, 'gu'), order }));

/** A complete date found in a longer text by {@link findDates}. */
export interface DateInText {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Where it starts and ends in the (lower-cased) text. */
  index: number;
  end: number;
}

/**
 * Every complete, valid date written in `text` (day, month and year, in any form
 * {@link parseDate} reads), in order of appearance; where two readings overlap, the one that
 * starts first wins. Times are not read. Dates before 1990 or more than a day after
 * `options.now` are left out. `text` must be lower-cased (month names are matched as such).
 */
export function findDates(text: string, options: ParseDateOptions = {}): DateInText[] {
  text = westernDigits(text);
  const found: DateInText[] = [];
  for (const { pattern, order } of globalDatePatterns) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const { year, month, day } = readDate(match, order, options.lang);
      if (year < MIN_YEAR || !isValidDate(year, month, day)) continue;
      if (isTooLate(Date.UTC(year, month - 1, day), options.now)) continue;
      found.push({ day: `${year}-${pad(month)}-${pad(day)}`, index: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DateInText[] = [];
  for (const date of found) if (!kept.length || date.index >= kept[kept.length - 1].end) kept.push(date);
  return kept;
}

const timePattern = /(?<![\d.:])(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?(?![\d])(?: ?([ap])\.?m\.?(?!\p{L}))?/u;

/**
 * Zone abbreviations (lexicon `time.zones`): fixed offsets in minutes, or IANA zones where the
 * offset moves (DST).
 */
const zoneNames: Readonly<Record<string, number | string>> = timeZones;
const zonePattern = new RegExp(
  `^ ?(?:uhr )?\\(?(?:(${longestFirst(Object.keys(zoneNames)).map(escapeRegExp).join('|')})(?!\\p{L}) ?)?([+-]\\d{1,2}(?::?\\d{2})?)?(?!\\d)`,
  'u',
);

/** Find a date anywhere in the text, then a time and zone in what is left. */
function parseLoose(text: string, lang: string | undefined): DateParts | undefined {
  // The earliest complete, valid date wins ("14.30.15, 09 Januari 2022" is no 14th of month 30).
  const candidates: Array<{ match: RegExpExecArray; date: DateParts }> = [];
  for (const { pattern, order } of datePatterns) {
    const match = pattern.exec(text);
    const date = match && readDate(match, order, lang);
    if (date && isValidDate(date.year, date.month, date.day)) candidates.push({ match: match!, date });
  }
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (b.match.index < a.match.index ? b : a));
  const date = best.date;

  const rest = text.slice(0, best.match.index) + ' ' + text.slice(best.match.index + best.match[0].length);
  const time = timePattern.exec(rest);
  if (!time) return date;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  if (time[4]) {
    if (hour < 1 || hour > 12) return date;
    hour = (hour % 12) + (time[4] === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return date;
  const parts: DateParts = { ...date, time: { hour, minute, second } };

  const zone = zonePattern.exec(rest.slice(time.index + time[0].length));
  if (zone && (zone[1] || zone[2])) {
    const named = zone[1] ? zoneNames[zone[1]] : undefined;
    // "GMT+7" / "UTC+03:00": the offset is the zone; "WIB" alone is its own offset.
    const offset = zone[2] ? parseOffset(zone[2]) : undefined;
    const value = offset !== undefined && (named === undefined || named === 0) ? offset : named;
    if (value !== undefined) parts.zone = value;
  }
  return parts;
}

function readDate(match: RegExpExecArray, order: DateOrder, lang: string | undefined): DateParts {
  if (order === 'ymd') return { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  if (order === 'cjk') return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (order === 'dmy') return { day: Number(match[1]), month: monthNames[match[2]], year: Number(match[3]) };
  if (order === 'mdy') return { month: monthNames[match[1]], day: Number(match[2]), year: Number(match[3]) };

  // Numeric d/m/y or m/d/y.
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = expandYear(match[4]);
  // "09.01.2022" with dots is day-first everywhere it is written.
  const monthFirst = first > 12 ? false : second > 12 ? true : match[2] !== '.' && writesMonthFirst(lang);
  return monthFirst ? { year, month: first, day: second } : { year, month: second, day: first };
}

/** Two-digit years: 90–99 are the 1990s, the rest this century. */
function expandYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year >= 90 ? 1900 + year : 2000 + year;
}

/** English as written in the US (and without a region, where US sites dominate), PH, CA. */
function writesMonthFirst(lang: string | undefined): boolean {
  if (!lang) return false;
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  return language === 'en' && (!region || region === 'us' || region === 'ph' || region === 'ca');
}

function format(parts: DateParts, options: ParseDateOptions): string | undefined {
  const { year, month, day, time } = parts;
  if (!isValidDate(year, month, day) || year < MIN_YEAR) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return isTooLate(Date.UTC(year, month - 1, day), options.now) ? undefined : date;

  if (time.hour > 23 || time.minute > 59 || time.second > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second);
  const zone = parts.zone ?? zoneFromOption(options.timeZone);
  const offset = typeof zone === 'string' ? offsetInZone(zone, local) : zone;
  if (isTooLate(local - (offset ?? 0) * 60_000, options.now)) return undefined;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${offset === undefined ? '' : formatOffset(offset)}`;
}

function isTooLate(utcMillis: number, now: Date | undefined): boolean {
  if (!now) return utcMillis > Date.UTC(2100, 0, 1);
  return utcMillis > now.getTime() + 24 * 3600_000;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !(month >= 1 && month <= 12) || !(day >= 1)) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function zoneFromOption(timeZone: string | undefined): number | string | undefined {
  if (!timeZone) return undefined;
  const offset = parseOffset(timeZone.toLowerCase());
  if (offset !== undefined) return offset;
  return offsetFormatter(timeZone) ? timeZone : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A cached formatter that names the UTC offset of `zone`, or null for an unknown zone. */
function offsetFormatter(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Offset (minutes east of UTC) that `formatter`'s zone has at the instant `utc`. */
function offsetAt(formatter: Intl.DateTimeFormat, utc: number): number {
  const name = formatter.formatToParts(new Date(utc)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return parseOffset(name.replace(/^gmt/i, '').toLowerCase() || 'z') ?? 0;
}

/** Offset (minutes east of UTC) of an IANA zone at the wall-clock time `local` (as if UTC). */
function offsetInZone(zone: string, local: number): number | undefined {
  const formatter = offsetFormatter(zone);
  if (!formatter) return undefined;
  // The offset at the instant the wall clock showed `local`: guess, then correct once.
  const guess = offsetAt(formatter, local);
  return offsetAt(formatter, local - guess * 60_000);
}

/**
 * An instant (ISO 8601 with an offset) as the wall-clock time of an IANA zone, with that zone's
 * offset: `inZone('2019-10-18T22:04:00Z', 'Europe/Vienna')` → `2019-10-19T00:04:00+02:00`.
 * Undefined for an unknown zone or an unreadable instant.
 */
export function inZone(iso: string, zone: string): string | undefined {
  const formatter = offsetFormatter(zone);
  const instant = Date.parse(iso);
  if (!formatter || Number.isNaN(instant)) return undefined;
  const offset = offsetAt(formatter, instant);
  return `${new Date(instant + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** Weekday names (lexicon `weekdays.names`: Indonesian and English) → day of the week, Sunday = 0. */
const weekdayNames: Readonly<Record<string, number>> = weekdayNumbers;
const weekdayPattern = new RegExp(
  `(?<!\\p{L})(${Object.keys(weekdayNames).map(escapeRegExp).join('|')})(?!\\p{L}) ?,? ?\\( ?(\\d{1,2}) ?[/.-] ?(\\d{1,2})(?: ?[/.-] ?(\\d{4}|\\d{2}))? ?\\)`,
  'giu',
);

/**
 * Find "Minggu (09/01)", "Senin (10/1)", "Sunday (9/1)": a weekday with a day/month and no
 * year, as Indonesian news writes them. Each becomes the date in the latest year, not after
 * `notAfter`'s year, in which that day falls on that weekday (a year written inside the
 * parentheses is used as is). Returns ISO dates (`2022-01-09`), deduplicated, in order of
 * appearance. Day/month is read day first; "(1/23)" is read month first since 23 is no month.
 */
function findWeekdayDates(text: string, options: { notAfter: Date }): string[] {
  const found: string[] = [];
  const lastYear = options.notAfter.getUTCFullYear();
  for (const match of text.replace(/[\s\u00a0]+/g, ' ').matchAll(weekdayPattern)) {
    const weekday = weekdayNames[match[1].toLowerCase()];
    let day = Number(match[2]);
    let month = Number(match[3]);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    const year = match[4] ? expandYear(match[4]) : latestYearWithWeekday(day, month, weekday, lastYear);
    if (year === undefined || !isValidDate(year, month, day) || year < MIN_YEAR) continue;
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    if (!found.includes(iso)) found.push(iso);
  }
  return found;
}

function latestYearWithWeekday(day: number, month: number, weekday: number, lastYear: number): number | undefined {
  for (let year = lastYear; year >= MIN_YEAR; year--) {
    if (isValidDate(year, month, day) && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) return year;
  }
  return undefined;
}

/**
 * The publication date a text implies without saying it: the earliest weekday date it mentions
 * ("pada hari Minggu (09/01)"), each put in the latest year, not after `now`, in which that day
 * is that weekday. News reports what happened on the day of publication or just before, so the
 * earliest date mentioned is the best guess.
 */
export function guessPublished(text: string, now: Date): string | undefined {
  return findWeekdayDates(text, { notAfter: now }).sort()[0];
}
