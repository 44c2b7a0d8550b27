/**
 * Per-site extraction rules, without code: `content/sites/<host>.yml` holds CSS selectors for
 * one site's article body (and, optionally, the parts to cut out of it and where its title,
 * date and author are). A rule wins over the generic extractor for pages from that host.
 *
 * ```yaml
 * # content/sites/example.com.yml
 * body: article .story-body          # the article's body (all matches, in page order)
 * strip:                             # removed from the body (and from the page, if no body)
 *   - .newsletter-box
 *   - "p:has(> strong:first-child)"
 * title: h1.headline                 # optional, for the metadata stage
 * date: time[datetime]
 * author: .byline a[rel=author]
 * ```
 *
 * Selectors are checked when the rule is read (src/ingest/content-folder.ts), so a typo stops
 * the run with the file name instead of silently extracting nothing.
 */
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { ConfigError } from '../config/errors.ts';
import { parseUserYaml } from '../config/user-yaml.ts';
import { lineText } from './node-text.ts';
import { parseDate } from './dates.ts';
import type { ArticleMetadata } from './types.ts';

/** One site's rule. Every selector is a CSS selector as `hast-util-select` understands it. */
export interface SiteRule {
  /** Host the rule is for, lower-cased, without `www.` (`example.com`); also matches subdomains. */
  host: string;
  /** The article body: the elements matching this selector, in page order. */
  body?: string;
  /** Elements removed from the article (ad slots, "read also" boxes the generic rules miss). */
  strip?: string[];
  /** Where the headline is, for the metadata stage. */
  title?: string;
  /** Where the publication date is (an element's `datetime`/`content` attribute or its text). */
  date?: string;
  /** Where the author names are. */
  author?: string;
}

const SELECTOR_KEYS = ['body', 'title', 'date', 'author'] as const;
const KNOWN_KEYS = new Set<string>([...SELECTOR_KEYS, 'strip']);
const EMPTY: Root = { type: 'root', children: [] };

/**
 * Parse and validate one rule file's YAML. `fileName` is `<host>.yml`; it names the host and
 * every error message. Throws {@link ConfigError} with a reason a user can act on.
 */
export function parseSiteRule(yamlText: string, fileName: string): SiteRule {
  const host = hostFromFileName(fileName);
  const data = parseUserYaml(yamlText, fileName);
  if (data === null || data === undefined) throw new ConfigError(`${fileName}: the rule is empty`);
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${fileName}: expected keys like "body:" and "strip:", found ${describe(data)}`);
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new ConfigError(`${fileName}: unknown key "${key}" (known: body, strip, title, date, author)`);
    }
  }
  const rule: SiteRule = { host };
  for (const key of SELECTOR_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ConfigError(`${fileName}: "${key}" must be a CSS selector (text), found ${describe(value)}`);
    }
    rule[key] = checkSelector(value.trim(), `${fileName}: "${key}"`);
  }
  const strip = record.strip;
  if (strip !== undefined && strip !== null) {
    const list = typeof strip === 'string' ? [strip] : strip;
    if (!Array.isArray(list)) {
      throw new ConfigError(`${fileName}: "strip" must be a selector or a list of selectors, found ${describe(strip)}`);
    }
    rule.strip = list.map((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') {
        throw new ConfigError(`${fileName}: "strip" item ${index + 1} must be a CSS selector (text), found ${describe(item)}`);
      }
      return checkSelector(item.trim(), `${fileName}: "strip" item ${index + 1}`);
    });
  }
  if (!rule.body && !rule.strip && !rule.title && !rule.date && !rule.author) {
    throw new ConfigError(`${fileName}: the rule sets none of body, strip, title, date, author`);
  }
  return rule;
}

/** The rule for a page URL: its host, else the nearest parent domain with a rule. */
export function findSiteRule(rules: Map<string, SiteRule>, url: string | undefined): SiteRule | undefined {
  if (!url || rules.size === 0) return undefined;
  let host: string;
  try {
    host = normalizeHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
  for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
    const rule = rules.get(name);
    if (rule) return rule;
  }
  return undefined;
}

/** The elements a rule's selector matches in a tree (empty when the selector is absent). */
export function selectRule(selector: string | undefined, tree: Root | Element): Element[] {
  return selector ? selectAll(selector, tree) : [];
}

/**
 * The metadata a rule's `title`, `date` and `author` selectors point at, for the metadata stage
 * to prefer over what it found itself. Empty fields are left out.
 */
export function readRuleMetadata(tree: Root, rule: SiteRule): Pick<ArticleMetadata, 'title' | 'published' | 'byline'> {
  const result: Pick<ArticleMetadata, 'title' | 'published' | 'byline'> = {};
  const title = selectRule(rule.title, tree).map(lineText).find((text) => text !== '');
  if (title) result.title = title;
  for (const element of selectRule(rule.date, tree)) {
    const props = element.properties;
    const raw = [props.dateTime, props.content, lineText(element)].find((value) => typeof value === 'string' && value.trim() !== '');
    const published = typeof raw === 'string' ? parseDate(raw) : undefined;
    if (published) {
      result.published = published;
      break;
    }
  }
  const authors = [...new Set(selectRule(rule.author, tree).map(lineText).filter((text) => text !== ''))];
  if (authors.length > 0) result.byline = authors.join(', ');
  return result;
}


function hostFromFileName(fileName: string): string {
  const base = path.basename(fileName).replace(/\.ya?ml$/i, '');
  const host = normalizeHost(base);
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) {
    throw new ConfigError(`${fileName}: the file name must be a host name, like example.com.yml`);
  }
  return host;
}

function normalizeHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

function checkSelector(selector: string, where: string): string {
  try {
    selectAll(selector, EMPTY);
  } catch (error) {
    throw new ConfigError(`${where} is not a valid CSS selector: ${selector} (${(error as Error).message})`);
  }
  return selector;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
