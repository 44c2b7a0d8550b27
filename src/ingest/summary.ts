/**
 * Short texts made from an article's text: the summary shown in lists and feeds, and a title
 * when the input has none. Sentences are found with `Intl.Segmenter` (ICU's sentence rules),
 * which knows more about abbreviations and quotes than a regular expression would.
 */
import { hasVisibleText } from '../article/fields.ts';
import { collapseSpace } from './node-text.ts';

const ellipsis = '…';

/**
 * The first sentences of `text` that fit in `maxLength` characters. When even the first sentence
 * is longer, it is cut at a word boundary and ends with "…". Whitespace is collapsed.
 */
export function summarize(text: string, maxLength = 300, lang?: string): string {
  const clean = collapseSpace(text);
  if (clean.length <= maxLength) return clean;
  let summary = '';
  for (const sentence of sentencesOf(clean, lang)) {
    const next = summary + sentence;
    if (next.trimEnd().length > maxLength) break;
    summary = next;
  }
  summary = summary.trim();
  return summary || cutAtWord(clean, maxLength);
}

/**
 * A title for an article that has none, made from its text (paragraphs apart by blank lines):
 * the first sentence of the first paragraph, without an opening dateline ("Suara.com - ",
 * "JAKARTA - "), cut at a word boundary to at most `maxLength` characters with "…", without the
 * final full stop. The one place titles are guessed, for every reader.
 */
export function guessTitle(text: string, maxLength = 90, lang?: string): string {
  // The first paragraph a reader can see: one of only zero-width or direction marks is none.
  const paragraph = text.split(/\n\s*\n/).find(hasVisibleText) ?? text;
  const clean = withoutDateline(collapseSpace(paragraph.replace(/^[\p{Cf}\s]+/u, '')));
  const first = (sentencesOf(clean, lang)[0] ?? clean).trim().replace(/[.。]+$/u, '');
  return first.length <= maxLength ? first : cutAtWord(first, maxLength);
}

/** Split text into sentences (each with its trailing space), using the language's rules. */
export function sentencesOf(text: string, lang?: string): string[] {
  const segmenter = new Intl.Segmenter(lang && isKnownLocale(lang) ? lang : 'und', { granularity: 'sentence' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Cut `text` to at most `maxLength` characters (ellipsis included) at a word boundary. */
function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength - ellipsis.length + 1);
  const boundary = room.search(/\s\S*$/u);
  // A single giant "word" (a URL, a language without spaces) is cut where it must be.
  const cut = boundary > maxLength / 3 ? room.slice(0, boundary) : room.slice(0, maxLength - ellipsis.length);
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + ellipsis;
}

function isKnownLocale(lang: string): boolean {
  try {
    return Intl.Segmenter.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

/** A paragraph without its opening dateline ("Suara.com - ", "JAKARTA - ", "Jakarta, Kompas.com - "). */
function withoutDateline(text: string): string {
  const rest = text.replace(/^[\p{Lu}][\p{L}\d.'’]*(?:,?\s+[\p{Lu}][\p{L}\d.'’]*){0,3}\s+[-–—]{1,2}\s+(?=\S)/u, '');
  return rest || text;
}
