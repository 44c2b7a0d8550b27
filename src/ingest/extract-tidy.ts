/**
 * Block-level clean-up of an extracted article body: the lines that sit inside the body
 * container but are not the article — "Read also: …" teasers, ad labels, photo credits, the
 * title and dateline repeated at the top, newsletter and follow-us pitches at the bottom.
 *
 * Works on the (small) extracted subtree only, in document order, one text block at a time.
 */
import type { Element, ElementContent, Root } from 'hast';
import { HEADINGS, INLINE, KEPT_EMPTY, LISTS, MEDIA, NOT_STANDALONE } from './html-elements.ts';
import { collapseSpace, textContent } from './node-text.ts';
import {
  anyOf,
  anyPattern,
  appealPatterns,
  bylineLineStarts,
  captionAgencies,
  captionCreditLabels,
  captionCreditTrailers,
  copyrightLabels,
  creditLabels,
  creditLabelSuffixes,
  creditLineEnds,
  dateOnlyWeekdays,
  datelineLabels,
  datelinePrepositions,
  datelineWords,
  disclosurePatterns,
  metaLineMonths,
  newsAgencies,
  pitchPatterns,
  pitchStartPatterns,
  readAlsoPhrases,
  staffLabels,
  tagLabels,
  timeSuffixes,
  widgetLabels,
} from './lexicon/index.ts';

/** What the tidy pass knows about the page. */
export interface TidyContext {
  /** Page titles (`<title>`, `og:title`…), to recognise the headline repeated in the body. */
  titles: string[];
  explain?: (line: string) => void;
}

/**
 * One line of the body: a run of inline content between block boundaries and `<br>`s — a
 * paragraph, a heading, a list item, or one `<br>`-separated line of a `<div>` of text.
 */
interface Line {
  /** The element holding the run (`p`, `h2`, `li`, `div`…), or the root. */
  container: Element | Root;
  /** The run's nodes, children of `container`. */
  nodes: ElementContent[];
  /** The container's tag (`root` for the root). */
  tag: string;
  text: string;
  linkChars: number;
  /** Inside a list item, a table cell, a quote or a figure (not a standalone paragraph). */
  nested: boolean;
  /** Inside a `<figure>`: a caption. */
  inFigure: boolean;
  /** The nearest enclosing list (`ul`/`ol`), if any. */
  list: Element | undefined;
}

// "Read also" teasers, in the readers' languages (lexicon `teasers.readAlso`). Matched at the
// start of a block, followed by punctuation or the end, case-insensitively.
const READ_ALSO_RE = new RegExp(String.raw`^[\s\p{P}\p{S}]*${anyOf(readAlsoPhrases)}\s*(?:[:：\-–—»>|.…!?]|$)`, 'iu');

// Only phrases of several words: a single word opening a short line ("Related to this, …")
// is too often the start of a sentence.
const READ_ALSO_LOOSE = new RegExp(
  String.raw`^[\s\p{P}\p{S}]*${anyOf(readAlsoPhrases.filter((phrase) => phrase.includes(' ')))}\b`,
  'iu',
);

/** Whole-line labels of ads, players and widgets, compared with a line's {@link bare} text. */
const LABEL_SET: ReadonlySet<string> = new Set(widgetLabels);

/** Credit and caption lines: "Photo: …", "(Getty Images)", "Image copyright …". */
const CREDIT_START = new RegExp(
  String.raw`^(?:\(?\s*${anyOf(creditLabels)}\s*${anyOf(creditLabelSuffixes)}?\s*[:©|/]|${anyOf(copyrightLabels)}\s*[:©]|©)`,
  'i',
);
const CREDIT_END = new RegExp(String.raw`${anyPattern(creditLineEnds)}\)?\.?$`, 'i');
/** Staff credits: "Editor: Rina", "Penulis: …", and Indonesian desk initials "(rdp/imk)". */
const STAFF_LINE = new RegExp(
  String.raw`^(?:${anyOf(staffLabels)}\s*[:：]\s*\S.{0,60}|\(\s*[a-z]{2,5}(?:\s*[/,]\s*[a-z]{2,5})+\s*\))$`,
  'iu',
);
/** News agency credits: "AFP / MARCO BERTORELLO", "REUTERS/Denis Balibouse". */
const AGENCY_START = new RegExp(String.raw`^${anyOf(newsAgencies)}\s*\/\s*\S`, 'i');
/** Affiliate and advertising disclosures. */
const DISCLOSURE_START = new RegExp(String.raw`^[\s*]*${anyPattern(disclosurePatterns)}`, 'i');
/** A line that is nothing but a date (and time): "11 Jan 2019", "03.04.2020 | 14:30". */
const DATE_ONLY = new RegExp(
  String.raw`^[\s(]*(?:${anyOf(dateOnlyWeekdays)}[a-z]*[,.]?\s*)?` +
    String.raw`(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[\p{L}]{3,12}\.?,?\s+\d{4}|[\p{L}]{3,12}\.?\s+\d{1,2},?\s+\d{4})` +
    String.raw`(?:[\s,|–-]+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*${anyOf(timeSuffixes)})?)?[\s)]*$`,
  'iu',
);

/** "Tags: a, b, c" and "Themen: …" lines listing the article's keywords. */
const TAG_LINE = new RegExp(String.raw`^${anyOf(tagLabels)}\s*[:：]`, 'i');

/**
 * Appeals, widgets and disclaimers that are never the article, wherever they stand in a short
 * line: app and channel pitches, support/membership appeals, comment-form and login prompts,
 * "opinions are the author's own" and licence/rights notices.
 */
const APPEAL = new RegExp(String.raw`\b${anyPattern(appealPatterns)}`, 'iu');

/** A caption's credit at the end of a short line: "… (Foto: Getty)", "… (REUTERS/Name)", "…. Foto: Archivo". */
const CREDIT_TAIL = new RegExp(
  String.raw`(?:\(\s*${anyOf(captionCreditLabels)}\s*:[^)]{1,60}\)|\(\s*${anyOf(captionAgencies)}\s*\/[^)]{1,60}\)|[.,]\s+${anyOf(captionCreditTrailers)}\s*:\s*[^.:]{1,50})\.?$`,
  'iu',
);

/** "Publiziert: 03.04.2020, 12:35", "Aktualisiert am 17.01.2021.", "Pubblicato il 19 Febbraio 2020": a dateline anywhere. */
const DATELINE_START = new RegExp(
  String.raw`^${anyOf(datelineLabels)}(?:\s+${anyOf(datelinePrepositions)})?\s*[:：]?\s*\S`,
  'iu',
);
const HAS_DATE = /\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}/u;

/** Subscribe/follow/copyright pitches that close articles. */
const PITCH = new RegExp(String.raw`\b${anyPattern(pitchPatterns)}\b|©`, 'i');

/** Lines that open with a call to subscribe or follow: a pitch wherever it stands. */
const PITCH_START = new RegExp(String.raw`^[\s\p{P}\p{S}]*${anyPattern(pitchStartPatterns)}`, 'iu');

/** Dates, times and bylines in a short line at the top of the body. */
const MONTHS = new RegExp(String.raw`\b${anyOf(metaLineMonths)}\b`, 'i');
const DATELINE_WORDS = new RegExp(String.raw`\b${anyOf(datelineWords)}\b`, 'i');
const BYLINE_START = new RegExp(String.raw`^${anyOf(bylineLineStarts)}\s`, 'i');
const YEAR_OR_TIME = /\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}[:.]\d{2}\b/;

/** Lower-cased, without surrounding punctuation and brackets. */
function bare(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/**
 * Is this block a "read also" teaser, an ad label, or a photo credit? Anywhere in the body.
 * Returns the rule that says so (for `explain`), or undefined for a line of the article.
 */
function boilerplateRule(block: Line): string | undefined {
  const text = block.text;
  const lower = bare(text);
  if (lower === '') return undefined;
  if (LABEL_SET.has(lower)) return 'widget label';
  const density = text.length === 0 ? 0 : block.linkChars / text.length;
  if (READ_ALSO_RE.test(text) && (density > 0.3 || text.length < 160)) return 'read-also teaser';
  // A paragraph that is nothing but a link is a teaser for another article.
  // (Not a heading, and not an address written out: those are part of the text.)
  if (!block.nested && density >= 0.9 && text.length < 200 && !HEADINGS.has(block.tag) && !/@|https?:|www\./.test(text)) {
    return 'link-only paragraph';
  }
  if (text.length < 250 && PITCH_START.test(text)) return 'subscribe/follow pitch';
  if (text.length < 300 && APPEAL.test(text)) return 'appeal or disclaimer';
  // (A figure's own caption keeps its credit: the picture is there.)
  if (!block.inFigure && text.length < 160 && CREDIT_TAIL.test(text)) return 'detached caption credit';
  if (text.length < 100 && DATELINE_START.test(text) && HAS_DATE.test(text)) return 'dateline';
  if (text.length < 300 && DISCLOSURE_START.test(text)) return 'affiliate/ad disclosure';
  if (text.length < 60 && DATE_ONLY.test(text)) return 'date alone';
  if (text.length < 80 && AGENCY_START.test(text)) return 'agency credit';
  if (text.length < 80 && STAFF_LINE.test(text)) return 'staff credit';
  // A short label announcing teasers, however it goes on ("Lesen Sie auch die folgenden Beiträge:").
  if (text.length < 80 && /[:：…]$|\.\.\.$/.test(text) && READ_ALSO_LOOSE.test(text)) return 'teaser label';
  if (text.length < 300 && TAG_LINE.test(text) && (density > 0.3 || text.split(/[,;|]/).length > 2)) return 'tag list';
  if (text.length < 200 && (CREDIT_START.test(text) || (text.length < 80 && text.split(' ').length <= 6 && CREDIT_END.test(text)))) return 'photo credit';
  return undefined;
}

/** A linked line at the bottom of the body longer than this is a paragraph of the article, not a headline. */
const LINKED_HEADLINE_MAX_CHARS = 200;

function isLinkOnly(line: Line): boolean {
  return line.linkChars >= line.text.length * 0.9 && !/@|https?:|www\./.test(line.text);
}

function isTitle(text: string, titles: string[]): boolean {
  const lower = bare(text);
  if (lower.length < 8) return false;
  for (const title of titles) {
    const t = bare(title);
    if (t === lower || (t.includes(lower) && lower.length >= t.length * 0.5) || (lower.includes(t) && t.length >= lower.length * 0.7)) {
      return true;
    }
  }
  return false;
}

/** A dateline, byline or reading-time line, as found above articles. */
function isMetaLine(block: Line): boolean {
  const text = block.text;
  if (text.length > 120) return false;
  if (DATELINE_WORDS.test(text)) return true;
  const words = text.split(' ').length;
  if (BYLINE_START.test(text) && words <= 12) return true;
  if (words <= 12 && YEAR_OR_TIME.test(text) && (MONTHS.test(text) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text))) return true;
  return false;
}

/**
 * Remove boilerplate lines from an extracted body, in place. Returns the root for chaining.
 * With `context.explain`, says which lines went and the rule that removed each.
 */
export function tidyArticle(root: Root, context: TidyContext): Root {
  const { explain } = context;
  stripShortcodes(root, explain);
  const lines: Line[] = [];
  collectLines(root, 'root', false, false, undefined, { lines, blockInside: new Map() });
  // Each removed line with the rule that removed it (the first one that did).
  const remove = new Map<Line, string>();
  const drop = (line: Line, rule: string) => {
    if (!remove.has(line)) remove.set(line, rule);
  };

  for (const line of lines) {
    const rule = boilerplateRule(line);
    if (rule) drop(line, rule);
  }

  // The links under a "Related:" / "More on this story" label are the teasers it announces.
  for (let i = 0; i < lines.length; i++) {
    if (!remove.has(lines[i]) || !READ_ALSO_RE.test(lines[i].text)) continue;
    for (let j = i + 1; j < lines.length && isLinkOnly(lines[j]); j++) drop(lines[j], 'link under a read-also label');
  }

  // Top of the body: the headline, datelines and bylines, until the first real paragraph.
  // Captions of a lead picture come before the text too: skipped, not a reason to stop.
  for (const line of lines) {
    if (remove.has(line) || line.inFigure) continue;
    const heading = HEADINGS.has(line.tag);
    const rule =
      line.tag === 'h1' ? 'headline' :
      isTitle(line.text, context.titles) ? 'page title at the top' :
      isMetaLine(line) ? 'dateline or byline at the top' : undefined;
    if (rule) {
      drop(line, rule);
      continue;
    }
    if (line.text.length >= 80 && !heading) break;
  }

  // Bottom of the body: newsletter, follow-us and copyright lines.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (remove.has(line) || line.inFigure) continue;
    if (line.text.length < 300 && PITCH.test(line.text)) {
      drop(line, 'pitch at the bottom');
      continue;
    }
    // Another article's headline, linked after the last paragraph with no "read also" label.
    // (Not in a list: a list of links closing a post is its sources or further reading.)
    if (!line.list && line.text.length < LINKED_HEADLINE_MAX_CHARS && isLinkOnly(line)) {
      drop(line, 'linked headline at the bottom');
      continue;
    }
    break;
  }

  // An `h1` anywhere is the page's headline, not a section of the article.
  for (const line of lines) if (line.tag === 'h1') drop(line, 'headline');

  const nodes = new Set<ElementContent>();
  for (const [line, rule] of remove) {
    explain?.(`dropped line (${rule}): <${line.tag}> ${JSON.stringify(line.text.slice(0, 80))}`);
    for (const node of line.nodes) nodes.add(node);
  }
  // Also drops containers left empty (by this or by the extractor).
  const emptied = { count: 0 };
  prune(root, nodes, emptied);
  if (emptied.count > 0) explain?.(`dropped ${emptied.count} element(s) left without text or media`);
  return root;
}

/**
 * WordPress shortcodes left as text by a theme that did not expand them: `[caption …]…[/caption]`
 * and `[embed]…[/embed]` go whole (a caption, a URL); other tags (`[button link="…"]`,
 * `[/box]`) go, their content stays. An opening tag needs an attribute (`name=`), so
 * bracketed words of the text ("[sic]", "[1]") are left alone.
 */
const SHORTCODE_BLOCK = /\[(caption|embed|video|audio|gallery)\b[^\]]*\][\s\S]*?\[\/\1\]/gi;
const SHORTCODE_TAG = /\[\/[a-z_][\w-]*\]|\[[a-z_][\w-]*\s+[\w-]+\s*=[^\]\n]*\]/gi;

function stripShortcodes(node: Element | Root, explain: TidyContext['explain']): void {
  const cut = (shortcode: string) => {
    explain?.(`dropped shortcode: ${JSON.stringify(shortcode.slice(0, 80))}`);
    return ' ';
  };
  for (const child of node.children) {
    if (child.type === 'element') stripShortcodes(child, explain);
    else if (child.type === 'text' && child.value.includes('[')) {
      child.value = child.value.replace(SHORTCODE_BLOCK, cut).replace(SHORTCODE_TAG, cut);
    }
  }
}

/** What {@link collectLines} gathers into, and what it has learnt on the way. */
interface LineWalk {
  lines: Line[];
  /** {@link hasBlockInside} by element: asked again at every level of nested inline elements. */
  blockInside: Map<Element, boolean>;
}

/** Gather the lines of a subtree in document order. */
function collectLines(
  node: Element | Root,
  tag: string,
  nested: boolean,
  inFigure: boolean,
  list: Element | undefined,
  walk: LineWalk,
): void {
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const { text, linkChars } = measureRun(run);
    if (text !== '') walk.lines.push({ container: node, nodes: run, tag, text, linkChars, nested, inFigure, list });
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'text') run.push(child);
    else if (child.type === 'element') {
      const name = child.tagName;
      if (name === 'br') {
        flush();
      } else if (INLINE.has(name) && !hasBlockInside(child, walk.blockInside)) {
        run.push(child);
      } else {
        flush();
        const innerNested = nested || NOT_STANDALONE.has(name);
        const innerList = LISTS.has(name) ? child : list;
        collectLines(child, name, innerNested, inFigure || name === 'figure', innerList, walk);
      }
    }
  }
  flush();
}

/**
 * Holds a block somewhere inside. Remembered in `known`: each level of inline elements nested
 * around a block asks again, which without it costs the subtree's size times its depth.
 */
function hasBlockInside(element: Element, known: Map<Element, boolean>): boolean {
  let result = known.get(element);
  if (result !== undefined) return result;
  result = false;
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (!INLINE.has(child.tagName) || hasBlockInside(child, known)) {
      result = true;
      break;
    }
  }
  known.set(element, result);
  return result;
}

/** A run's text on one line (a `<br>` inside it is a space) and how much of it is link text. */
function measureRun(nodes: ElementContent[]): { text: string; linkChars: number } {
  let text = '';
  let linkChars = 0;
  for (const node of nodes) {
    text += textContent(node, BREAK_AS_SPACE);
    linkChars += linkTextLength(node, false);
  }
  return { text: collapseSpace(text), linkChars };
}

const BREAK_AS_SPACE = { before: (tagName: string) => (tagName === 'br' ? ' ' : '') };

/** Characters of the text nodes inside links, each with its white space collapsed. */
function linkTextLength(node: ElementContent, inLink: boolean): number {
  if (node.type === 'text') return inLink ? collapseSpace(node.value).length : 0;
  if (node.type !== 'element') return 0;
  let chars = 0;
  for (const child of node.children) chars += linkTextLength(child, inLink || node.tagName === 'a');
  return chars;
}

/**
 * Remove the given nodes, then elements left without text or media (but for {@link KEPT_EMPTY}),
 * counting those in `emptied`.
 */
function prune(node: Element | Root, remove: Set<ElementContent>, emptied: { count: number }): boolean {
  const kept: ElementContent[] = [];
  let hasContent = false;
  for (const child of node.children) {
    if (child.type === 'element') {
      if (remove.has(child)) continue;
      const content = prune(child, remove, emptied) || MEDIA.has(child.tagName);
      if (content) hasContent = true;
      if (content || KEPT_EMPTY.has(child.tagName)) kept.push(child);
      else emptied.count++;
    } else if (child.type === 'text') {
      if (remove.has(child)) continue;
      if (child.value.trim() !== '') hasContent = true;
      kept.push(child);
    }
  }
  node.children = kept;
  return hasContent;
}
