/**
 * The stage every reader's draft goes through: sanitize, Markdown, then the frontmatter (title,
 * summary, language, a guessed date and topics fall back on the text when the input gave none),
 * each field made to the article contract's rules (src/article/fields.ts).
 */
import type { Element, Root } from 'hast';
import { implausibleDate, isoDate, normalizeLang, oneLine, webUrl } from '../article/fields.ts';
import type { ArticleFrontmatter } from '../article/format.ts';
import { isMediaPath } from '../article/media.ts';
import type { TopicRule } from '../config/topics.ts';
import { guessPublished } from './dates.ts';
import { IngestError } from './errors.ts';
import { NOT_LEAD } from './html-elements.ts';
import { formatBytes, MAX_ARTICLE_BYTES } from './limits.ts';
import { detectLanguage } from './language.ts';
import { toMarkdown, toPlainText } from './markdown.ts';
import { renderedText } from './node-text.ts';
import { sanitizeArticle } from './sanitize.ts';
import { guessTitle, summarize } from './summary.ts';
import { classifyTopics } from './topics.ts';
import type { ArticleMetadata } from './types.ts';

/** A finished article: what {@link writeArticle} writes. */
export interface FinishedArticle {
  frontmatter: ArticleFrontmatter;
  markdown: string;
  /** The body as plain text (what topics, the duplicate finder and the story stage read). */
  text: string;
  /** The user keeps this article out of every story (`story: none`, see {@link ArticleMetadata.alone}). */
  alone: boolean;
}

/**
 * Sanitize the draft's body, turn it into Markdown and complete its frontmatter. `sourceFile` is
 * the input's path under content/; `now` is "today" for a date guessed from a weekday (and the
 * latest plausible date); `siteRule` names the site rule that chose the body, if one did.
 * Throws an {@link IngestError} when no article text is left, or too much.
 */
export function finishArticle(
  body: Root,
  metadata: ArticleMetadata,
  sourceFile: string,
  rules: TopicRule[],
  now: Date = new Date(),
  siteRule?: string,
): FinishedArticle {
  const clean = sanitizeArticle(body);
  const text = toPlainText(clean);
  if (text.trim() === '') {
    // Say what the user can do: most such pages are video or gallery pages, or were saved
    // before their script had put the text in; with a site rule, the rule is the likely cause.
    throw new IngestError(
      siteRule
        ? `no article text left by the site rule for ${siteRule} (content/sites/): do its body or strip selectors take the whole article away? \`npm run ingest -- --explain\` this file to see`
        : 'no article text found (a video or gallery page, or saved before the text had loaded? save it again once it shows, or add a site rule in content/sites/)',
    );
  }
  const markdown = toMarkdown(clean, { baseUrl: webUrl(metadata.url) });
  const size = Buffer.byteLength(markdown);
  if (size > MAX_ARTICLE_BYTES) {
    throw new IngestError(`too long for an article: ${formatBytes(size)} of text (kliping keeps articles up to ${formatBytes(MAX_ARTICLE_BYTES)}; a book or a data dump? split it into articles)`);
  }

  const givenTitle = oneLine(metadata.title);
  const titleGuessed = !givenTitle;
  const title = givenTitle ?? guessTitle(leadText(clean) || text);
  const lang = normalizeLang(metadata.lang) ?? detectLanguage(text);
  const summary = metadata.summary
    ? summarize(metadata.summary)
    : metadata.description?.trim()
      ? summarize(metadata.description)
      : summarize(leadText(clean) || text);

  // A page without a date may still say "pada hari Minggu (09/01)" (see readTextArticle). A date
  // found in a page that cannot be right (year 2999, 0001) is as good as none; one the user gave
  // was checked already (readUserMetadata).
  let published = plausible(isoDate(metadata.published), now);
  let publishedFrom = published ? metadata.publishedFrom : undefined;
  if (!published) {
    published = guessPublished(text, now);
    publishedFrom = published ? 'weekday' : undefined;
  }

  const frontmatter: ArticleFrontmatter = {
    title,
    titleGuessed: titleGuessed || undefined,
    source: oneLine(metadata.source),
    url: webUrl(metadata.url),
    byline: oneLine(metadata.byline),
    published,
    publishedFrom,
    modified: plausible(isoDate(metadata.modified), now),
    lang,
    image: imageUrl(metadata.image),
    // A guessed title is the text's own first sentence: counting it again would double it.
    topics: classifyTopics(titleGuessed ? text : `${title}\n\n${text}`, metadata, rules),
    summary: summary || undefined,
    sourceFile,
  };
  return { frontmatter, markdown, text, alone: metadata.alone === true };
}

/**
 * The article's running text, for its summary and a guessed title: its paragraphs, without
 * captions, tables, quotations or list items, which make odd summaries.
 */
function leadText(tree: Root): string {
  const paragraphs: string[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || NOT_LEAD.has(child.tagName)) continue;
      if (child.tagName === 'p') paragraphs.push(renderedText(child).trim());
      else walk(child);
    }
  };
  walk(tree);
  return paragraphs.filter(Boolean).join('\n\n');
}

/** `iso` when it can be an article's date (see `implausibleDate`), else undefined. */
function plausible(iso: string | undefined, now: Date): string | undefined {
  return iso && !implausibleDate(iso, now) ? iso : undefined;
}

/** The lead image: a kept image's site path, or a web address. */
function imageUrl(value: string | undefined): string | undefined {
  if (value !== undefined && isMediaPath(value)) return value;
  return webUrl(value);
}
