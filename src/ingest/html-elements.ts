/**
 * What kind of element a tag is: the element categories the ingest's tree walks share (the
 * extractor, its tidy pass, the metadata reader, the Markdown and plain-text writers).
 *
 * One category, one set. Where two stages need different lists for what sounds like one
 * category (what is "not text", what is "a block"), both lists are here, each named by what it
 * is for, with the reason they differ. Tag names are lower case, as the parser writes them.
 */

/** Section headings, `h1`–`h6`. */
export const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Lists, ordered or not. */
export const LISTS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** Table cells, header or data. */
export const TABLE_CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/** Inline (phrasing) elements: their text belongs to the block around them. */
export const INLINE: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture',
]);

/** Media: elements that carry meaning without any text. */
export const MEDIA: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'audio']);

/**
 * Elements that keep their place in a body even when empty: line breaks and rules shape the
 * text around them, and a table cell holds its column.
 */
export const KEPT_EMPTY: ReadonlySet<string> = new Set(['br', 'hr', 'td', 'th']);

/** Form controls: their text is a form's labels and values, never words of the page. */
export const FORM_CONTROLS: ReadonlySet<string> = new Set(['input', 'button', 'select', 'option', 'textarea']);

/** A form and everything it is made of: a comment form's `<input id="author">` and its label are no byline. */
export const FORM_PARTS: ReadonlySet<string> = new Set(['form', 'label', ...FORM_CONTROLS]);

// ------------------------------------------------------------------ what is not text

/**
 * Elements whose content is not text at all: code (`script`, `style`), markup of its own (`svg`,
 * `math`, `template`), fallbacks for what did not load (`noscript`, `iframe`) and form-control
 * values (`select`, `textarea`). Every reader of text leaves them out; the sets below add to it.
 */
export const NOT_TEXT: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'select', 'textarea',
]);

/**
 * Elements of a whole saved page whose content is never article text: {@link NOT_TEXT}, media
 * plumbing, form controls, the document head and page chrome (`nav`, `aside`, `dialog`…).
 * For the extractor, which reads the page as saved.
 */
export const NEVER_CONTENT: ReadonlySet<string> = new Set([
  ...NOT_TEXT, ...FORM_CONTROLS,
  'canvas', 'object', 'embed', 'video', 'audio', 'source', 'track', 'map',
  'head', 'title', 'meta', 'link', 'base', 'nav', 'aside', 'dialog', 'frame', 'frameset', 'menu',
  // Ruby annotations (furigana): pronunciation hints above the text, not words of it.
  'rt', 'rp',
]);

/**
 * Elements left out of an article's running text (`toPlainText` in `markdown.ts`). Differs from
 * {@link NEVER_CONTENT} on purpose, both ways: it reads an extracted, sanitized body, which the
 * page's chrome (`nav`, `aside`, `dialog`…) never reaches, so those are not listed; and it wants
 * prose only, so image alt text and figure captions are left out too: the site shows them, but
 * summaries, topic rules and the extraction benchmark's `articleBody` want the text without them.
 */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  ...NOT_TEXT,
  'object', 'embed', 'head', 'title', 'meta', 'link', 'button', 'input', 'audio', 'video', 'canvas', 'map',
  'img', 'figcaption',
]);

// ------------------------------------------------------------------ blocks

/** Elements whose content is a paragraph of its own in plain text (`br` is a line break, handled apart). */
export const PLAIN_TEXT_BLOCKS: ReadonlySet<string> = new Set([
  ...HEADINGS,
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'body', 'html', 'center',
  'legend', 'menu',
]);

/**
 * Elements that start a new line in the text of a byline or dateline box (the metadata reader
 * splits an author box's text at them: "By Paul Kirby" / "BBC News"). Differs from
 * {@link PLAIN_TEXT_BLOCKS}: it includes `br`, since that reader has no line-break handling of
 * its own, and it is narrower (no `h1`, tables or sectioning elements): it was written for the
 * author boxes met in practice, and widening it would change how some bylines split.
 */
export const BYLINE_LINE_BREAKS: ReadonlySet<string> = new Set([
  'div', 'p', 'li', 'ul', 'ol', 'br', 'section', 'header', 'footer', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt',
  'figcaption', 'address',
]);

/**
 * Blocks a GFM table cell cannot hold (a cell is one line of Markdown): inside a data table's
 * cell they become inline runs.
 */
export const NOT_IN_CELL: ReadonlySet<string> = new Set([
  ...HEADINGS, 'p', 'div', 'ul', 'ol', 'li', 'blockquote', 'table', 'figure', 'pre', 'dl', 'hr',
]);

/**
 * Blocks whose paragraphs are no part of an article's running text (captions, tables,
 * quotations, lists, code, asides): a summary made from them reads oddly.
 */
export const NOT_LEAD: ReadonlySet<string> = new Set([...LISTS, 'figure', 'figcaption', 'table', 'blockquote', 'pre', 'aside']);

// ------------------------------------------------------------------ for the extractor

/** Blocks whose own text is an item, a cell, a heading or a caption: not a paragraph. */
export const NOT_PARAGRAPH: ReadonlySet<string> = new Set([
  ...HEADINGS, 'li', 'dt', 'dd', 'td', 'th', 'tr', 'caption', 'figcaption',
]);

/** Blocks whose lines are part of something else (an item, a cell, a quote, a figure), not paragraphs of their own. */
export const NOT_STANDALONE: ReadonlySet<string> = new Set(['li', 'td', 'th', 'blockquote', 'figure']);

/** Page-level wrappers: their class lists describe the page, never a boilerplate block. */
export const PAGE_WRAPPERS: ReadonlySet<string> = new Set(['html', 'body', 'main']);

/**
 * Containers the extractor leaves out of the chosen body when their measurements say clutter
 * (link lists, image grids, forms): Readability's "clean conditionally" list (`form`, `fieldset`,
 * `table`, `ul`, `div`) plus the other containers pages build such boxes from.
 */
export const CLEANED_CONDITIONALLY: ReadonlySet<string> = new Set([
  'div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'header', 'footer',
]);
