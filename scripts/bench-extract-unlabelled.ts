/**
 * `npm run bench:extract:unlabelled [-- <dir>]`: the extractor on real pages without body labels
 * (default: the 659 pages of ../shared/bench/dates, ~40 languages), as a check that needs no
 * ground truth: no page should come out empty, or as a body that is mostly short link titles
 * (a list of headlines taken for the article). Prints those pages and the counts, to be read:
 * some saved pages hold no article text at all (a script-only app, a bot wall).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readBenchArticle, readPages } from './bench-extract.ts';
import { halfOf } from './lib/bench-split.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A block whose text is at least this share link text, and shorter than the next, is a link title. */
const LINK_TITLE_MIN_SHARE = 0.9;
const LINK_TITLE_MAX_CHARS = 150;
/** A body whose text is at least this share link titles reads as a list of headlines. */
const MOSTLY_LINK_TITLES = 0.5;

/** Text blocks of a body: paragraphs, items, headings, cells. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dd, dt, td, th, blockquote';

function linkChars(element: Element): number {
  return selectAll('a', element).reduce((sum, link) => sum + toText(link).trim().length, 0);
}

/** How much of a body's text sits in short blocks that are nothing but a link. */
export function linkTitleShare(body: Root): number {
  let total = 0;
  let titles = 0;
  for (const block of selectAll(BLOCKS, body)) {
    // Only innermost blocks: a list item holding paragraphs is counted by its paragraphs.
    if (selectAll(BLOCKS, block).length > 0) continue;
    const text = toText(block).replace(/\s+/g, ' ').trim();
    total += text.length;
    if (text.length > 0 && text.length < LINK_TITLE_MAX_CHARS && linkChars(block) >= text.length * LINK_TITLE_MIN_SHARE) titles += text.length;
  }
  return total === 0 ? 0 : titles / total;
}

function main(): void {
  const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, '../shared/bench/dates'));
  const pages = readPages(path.join(dir, 'html'));
  const empty: string[] = [];
  const linkLists: string[] = [];
  for (const page of pages) {
    let body: Root = { type: 'root', children: [] };
    try {
      body = readBenchArticle(page).body;
    } catch (error) {
      console.error(`${page.name}: ${(error as Error).message}`);
    }
    const chars = toText(body).replace(/\s+/g, ' ').trim().length;
    if (chars === 0) empty.push(page.name);
    else if (linkTitleShare(body) >= MOSTLY_LINK_TITLES) linkLists.push(`${page.name} (${chars} chars)`);
  }
  console.log(`${pages.length} pages from ${dir}, no body labels`);
  console.log(`| check | pages | even | odd |`);
  console.log(`|---|---|---|---|`);
  for (const [label, list] of [['empty body', empty], ['mostly link titles', linkLists]] as const) {
    const even = list.filter((entry) => halfOf(entry.split(' ')[0]) === 'even').length;
    console.log(`| ${label} | ${list.length} | ${even} | ${list.length - even} |`);
  }
  for (const name of empty) console.log(`empty: ${name}`);
  for (const name of linkLists) console.log(`mostly link titles: ${name}`);
}

main();
