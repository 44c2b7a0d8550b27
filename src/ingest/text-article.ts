/**
 * The plain-text reader: an article copied out of a browser as text (`.txt`) in, metadata and
 * a body tree (paragraphs, `h2` subheadings, lists) out.
 *
 * A copy keeps the whole page's text, so besides paragraphs it holds the page's boilerplate:
 * inline teasers ("Baca Juga: …") and, after the body, link lists ("Berita Terkait",
 * "Terpopuler", "Related", …), each item on a line starting with "- " or after a line holding
 * only "-". Teasers are dropped, and everything from the first link list on. The copy also
 * flattens subheadings into ordinary lines, or even runs them into a paragraph
 * ("…kata Blinken. Mengapa Rusia dan AS bertemu? Pertemuan tingkat…"); see `findHeadings`.
 *
 * Lines: when paragraphs are separated by blank lines and wrapped at a fixed width (most lines
 * ≤ 100 characters), the lines of a paragraph are joined; otherwise each line is a paragraph,
 * which is how browsers copy text.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { parseDate } from './dates.ts';
import { IngestError } from './errors.ts';
import { applyUserMetadata, readUserMetadata, splitFrontmatter } from './sidecar.ts';
import { sentencesOf } from './summary.ts';
import { anyOf, interrogatives, relatedHeadings, textCopyTeasers } from './lexicon/index.ts';
import type { ArticleDraft, ArticleMetadata } from './types.ts';

/** Options for {@link readTextArticle}. */
export interface ReadTextOptions {
  /** "Today": a date line under the headline later than this is not a publication date. */
  now?: Date;
}

/** One block of the body, before it becomes hast. */
interface TextBlock {
  kind: 'paragraph' | 'heading' | 'item';
  text: string;
}

/** Read a plain-text article (optionally starting with a YAML frontmatter block). */
export function readTextArticle(text: string, options: ReadTextOptions = {}): ArticleDraft {
  const now = options.now ?? new Date();
  const { data, content } = splitFrontmatter(text);
  const user = readUserMetadata(data, 'frontmatter', now);
  const lines = cutBoilerplate(normalizeLines(content));
  let blocks = toBlocks(lines);
  if (blocks.length === 0) throw new IngestError('no article text (only boilerplate or frontmatter)');

  const found: ArticleMetadata = {};
  const dateLine = findDateLine(blocks, now);
  if (dateLine) {
    found.published = dateLine.published;
    found.publishedFrom = 'dateline';
    blocks = blocks.filter((_, index) => index !== dateLine.index);
    if (blocks.length === 0) throw new IngestError('no article text (only a date)');
  }
  // A headline line first (even when the frontmatter gives the title: it is still not body).
  if (blocks.length > 1 && !readDateline(blocks[0].text) && isTitleLine(blocks[0])) {
    found.title = blocks[0].text;
    blocks = blocks.slice(1);
  }
  const dateline = readDateline(blocks[0].text);
  if (dateline) found.source = dateline.source;
  blocks = findHeadings(blocks);

  // A title, a date implied by weekdays and the language are guessed by `finishArticle` for every reader.
  return { metadata: applyUserMetadata(found, user), body: toTree(blocks) };
}

/**
 * A line near the top that is only a date ("Minggu, 09 Januari 2022 | 14:30 WIB"), as copies
 * of news pages often have under the headline: it gives the published date and leaves the body.
 */
function findDateLine(blocks: TextBlock[], now: Date): { index: number; published: string } | undefined {
  for (let index = 0; index < Math.min(blocks.length, 3); index++) {
    const { kind, text } = blocks[index];
    // Mostly date: a headline that mentions a date ("Biden meets Putin on January 9, 2022") has
    // more words than a weekday, a month, a place and a zone.
    const letterWords = text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
    if (kind !== 'paragraph' || letterWords > 4 || !/\d/.test(text) || /[.!?]$/.test(text)) continue;
    const published = parseDate(text, { now });
    if (published) return { index, published };
  }
  return undefined;
}

/** Unify line ends and invisible characters, trim each line. */
function normalizeLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim());
}

/** Headings of the link lists that follow an article body on news pages (lexicon `relatedHeadings`). */
const linkListHeadings: ReadonlySet<string> = new Set(relatedHeadings.map(foldHeading));

/** Inline teasers linking to another article (lexicon `teasers.inTextCopies`): the whole line goes. */
const teaserPattern = new RegExp(String.raw`^${anyOf(textCopyTeasers)}\s*[:：]\s*\S`, 'iu');

const itemPattern = /^[-–•*]\s+\S/u;
const bareMarkerPattern = /^[-–•*]$/u;

function foldHeading(text: string): string {
  return text.toLowerCase().replace(/[’`]/g, "'").replace(/[:：]\s*$/u, '').replace(/\s+/g, ' ').trim();
}

/**
 * Drop the page's boilerplate: everything from the first link-list heading (a line holding only
 * such a heading, followed by a list item or by nothing) on, and inline teaser lines.
 */
function cutBoilerplate(lines: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (linkListHeadings.has(foldHeading(line))) {
      const next = lines.slice(index + 1).find((candidate) => candidate !== '');
      if (next === undefined || itemPattern.test(next) || bareMarkerPattern.test(next)) break;
    }
    if (teaserPattern.test(line)) continue;
    kept.push(line);
  }
  return kept;
}

/** Group lines into paragraphs and list items. */
function toBlocks(lines: string[]): TextBlock[] {
  const groups: string[][] = [[]];
  for (const line of lines) {
    if (line === '') {
      if (groups[groups.length - 1].length > 0) groups.push([]);
    } else {
      groups[groups.length - 1].push(line);
    }
  }
  const nonEmpty = groups.filter((group) => group.length > 0);
  const all = nonEmpty.flat();
  const wrapped =
    nonEmpty.length > 1 &&
    nonEmpty.some((group) => group.length > 1) &&
    all.filter((line) => line.length <= 100).length >= all.length * 0.9;

  const blocks: TextBlock[] = [];
  for (const group of nonEmpty) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    for (let index = 0; index < group.length; index++) {
      const line = group[index];
      if (bareMarkerPattern.test(line) && index + 1 < group.length) {
        // "-" on its own line, the item's text on the next (how browsers copy some lists).
        flush();
        blocks.push({ kind: 'item', text: group[++index] });
      } else if (itemPattern.test(line)) {
        flush();
        blocks.push({ kind: 'item', text: line.replace(/^[-–•*]\s+/u, '') });
      } else if (bareMarkerPattern.test(line)) {
        continue;
      } else if (wrapped) {
        paragraph.push(line);
      } else {
        flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** The site name opening the first paragraph ("Suara.com - Moskow mengatakan…"), if any. */
function readDateline(text: string): { source: string; length: number } | undefined {
  // Only a domain-like name counts as a source: "JAKARTA - " names a place, not a site.
  const match =
    /^(?:[\p{Lu}][\p{L}.' ]{1,30},\s*)?((?:[\p{L}\d][\p{L}\d-]*\.)+[A-Za-z]{2,6})(?:,\s*[\p{Lu}][\p{L}.' ]{1,30})?\s+[-–—]{1,2}\s+(?=\S)/u.exec(
      text,
    );
  return match ? { source: match[1], length: match[0].length } : undefined;
}

const terminalPattern = /[.!?…]["'”’»)\]]*$/u;

/** A first line that reads like a headline: short, no final full stop, more text after it. */
function isTitleLine(block: TextBlock): boolean {
  return block.kind === 'paragraph' && wordCount(block.text) <= 20 && block.text.length <= 150 && !/[.,;:]$/.test(block.text);
}

/** Does the sentence open with an interrogative word (lexicon `interrogatives`) as a whole word? */
function startsWithInterrogative(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return interrogatives.some((word) => lower.startsWith(word) && !/[\p{L}\p{N}]/u.test(lower.charAt(word.length)));
}

const quotePattern = /["“”„«»‹›]/u;

/**
 * Recover subheadings that the copy flattened.
 *
 * 1. A line of its own, between two paragraphs, of at most 12 words, not ending in ".", ",",
 *    ";", ":", "!" or ")" (a photo caption), not opening with a quotation mark or a small
 *    letter, after a paragraph that ends a sentence.
 * 2. A question run into a paragraph: a sentence of 2 to 8 words that starts with an
 *    interrogative word (Mengapa, Apa, Bagaimana, Why, What, How…) with a capital, ends with
 *    "?", holds no quotation mark, comma, colon or semicolon, is not inside a quotation still
 *    open before it, and sits between complete sentences (the sentence or paragraph before it
 *    ends with . ! ? …, the one after starts with a capital, digit or quotation mark). The
 *    paragraph is split around it. Never in the first paragraph, which is the article's lede.
 */
function findHeadings(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  blocks.forEach((block, index) => {
    const previous = out[out.length - 1];
    const next = blocks[index + 1];
    const afterSentence = previous?.kind === 'paragraph' && terminalPattern.test(previous.text);
    if (block.kind !== 'paragraph' || index === 0) {
      out.push(block);
      return;
    }
    if (afterSentence && next?.kind === 'paragraph' && isStandaloneHeading(block.text) && isBodyParagraph(next.text)) {
      out.push({ kind: 'heading', text: block.text });
      return;
    }
    out.push(...splitRunInQuestions(block.text, afterSentence, next));
  });
  return out;
}

function isStandaloneHeading(text: string): boolean {
  return (
    wordCount(text) <= 12 &&
    // Not a sentence, nor a photo caption ("Vladimir Putin (Foto: AFP)"), nor a link.
    !/[.,;:…!)\]]$/u.test(text) &&
    !/https?:|www\./i.test(text) &&
    !quotePattern.test(text.charAt(0)) &&
    !/^\p{Ll}/u.test(text)
  );
}

function isBodyParagraph(text: string): boolean {
  return wordCount(text) > 12 || terminalPattern.test(text);
}

function splitRunInQuestions(text: string, afterSentence: boolean, next: TextBlock | undefined): TextBlock[] {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return [{ kind: 'paragraph', text }];
  const blocks: TextBlock[] = [];
  let pending = '';
  let before = '';
  sentences.forEach((sentence, index) => {
    const trimmed = sentence.trim();
    const following = sentences[index + 1]?.trim() ?? (next?.kind === 'paragraph' ? next.text : undefined);
    const completeBefore = index === 0 ? afterSentence : terminalPattern.test(sentences[index - 1].trim());
    if (
      completeBefore &&
      following !== undefined &&
      /^["“„«\p{Lu}\p{N}]/u.test(following) &&
      isRunInQuestion(trimmed) &&
      !insideQuotation(before)
    ) {
      if (pending.trim()) blocks.push({ kind: 'paragraph', text: pending.trim() });
      blocks.push({ kind: 'heading', text: trimmed });
      pending = '';
    } else {
      pending += sentence;
    }
    before += sentence;
  });
  if (pending.trim()) blocks.push({ kind: 'paragraph', text: pending.trim() });
  return blocks;
}

function isRunInQuestion(sentence: string): boolean {
  const words = wordCount(sentence);
  return (
    words >= 2 &&
    words <= 8 &&
    sentence.endsWith('?') &&
    /^\p{Lu}/u.test(sentence) &&
    !quotePattern.test(sentence) &&
    !/[,;:]/.test(sentence) &&
    startsWithInterrogative(sentence)
  );
}

/** True when a quotation opened in `text` is not closed by its end. */
function insideQuotation(text: string): boolean {
  let straight = false;
  const open: string[] = [];
  for (const char of text) {
    if (char === '"') straight = !straight;
    else if (char === '„' || char === '«' || char === '‹') open.push(char);
    // “ closes a German „ and opens an English quotation.
    else if (char === '“') open[open.length - 1] === '„' ? open.pop() : open.push(char);
    else if (char === '”' || char === '»' || char === '›') open.pop();
  }
  return straight || open.length > 0;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Blocks to hast: paragraphs, `h2` headings and runs of items as one `ul`. */
function toTree(blocks: TextBlock[]): Root {
  const children: ElementContent[] = [];
  let list: Element | undefined;
  for (const block of blocks) {
    if (block.kind === 'item') {
      if (!list) {
        list = h('ul');
        children.push(list);
      }
      list.children.push(h('li', block.text));
      continue;
    }
    list = undefined;
    children.push(h(block.kind === 'heading' ? 'h2' : 'p', block.text));
  }
  return { type: 'root', children };
}
