/**
 * The user's site settings, `content/site.yml` (the user edits content/ only). Checked on every
 * build, by the ingest (a mistake stops the run before anything is rewritten) and by the site,
 * with messages that name the file and point at the line (`site.yml: line 3: pageSize must be a
 * whole number from 1 to 500 (got 0)`). A missing file, an empty one, or an empty value means
 * the defaults, which are the site as it was before there were settings.
 *
 * ```yaml
 * title: kliping                 # the site's name: header, page titles, feeds
 * description: A clean, fast …   # one line: the home page's meta description, the site feed
 * language: en                   # the interface's language: en (default) | id
 * pageSize: 20                   # articles per page of the digest, topic and undated lists
 * feedSize: 50                   # articles per feed
 * images: remote                 # remote (default) | local-only | none
 * ```
 *
 * - `language`: the language of the site's own words (menus, headings, dates); each article keeps
 *   its own. One of {@link interfaceLanguages}: a dictionary in src/lib/i18n/.
 * - `images`: which images readers' browsers load. `remote`: the images the saved pages carried
 *   (copied into the site) and those they only linked to, fetched from the publishers, who then
 *   see the reader's address; `local-only`: only the images copied into the site; `none`: no
 *   article images at all.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { oneLine, xmlSafe } from '../article/fields.ts';
import { ConfigError } from './errors.ts';
import { parseUserYaml } from './user-yaml.ts';

/** Which article images readers' browsers load (see the module comment). */
export type ImagePolicy = 'remote' | 'local-only' | 'none';

/**
 * The languages the site's interface speaks: the dictionaries in `src/lib/i18n/` (`<code>.ts`),
 * so adding a language is adding its file. Read from that folder under the project root (where
 * npm runs its scripts) because the ingest checks site.yml too, and may not import the site's code.
 */
export function interfaceLanguages(root: string = process.cwd()): string[] {
  try {
    return readdirSync(path.join(root, 'src', 'lib', 'i18n'))
      .map((file) => /^([a-z]{2,3})\.ts$/.exec(file)?.[1])
      .filter((code): code is string => code !== undefined)
      .sort();
  } catch {
    return ['en'];
  }
}

/** An interface language's code: a dictionary's file name in src/lib/i18n/. */
export type InterfaceLanguage = string;

/** The settings of content/site.yml. */
export interface SiteSettings {
  /** The site's name, in the header, page titles and feeds. */
  title: string;
  /** One line about the site: the home page's meta description and the site feed's. */
  description: string;
  /** The language of the site's own words (articles carry their own `lang`). */
  language: InterfaceLanguage;
  /** Articles per page of the digest, of a topic and of the undated lists. */
  pageSize: number;
  /** Articles per feed: feed readers need the recent items, not the whole archive. */
  feedSize: number;
  images: ImagePolicy;
}

/** What a site without site.yml gets: the site as it was before settings. */
export const defaultSiteSettings: Readonly<SiteSettings> = Object.freeze({
  title: 'kliping',
  description: 'A clean, fast digest of saved news articles, by day and by topic.',
  language: 'en',
  pageSize: 20,
  feedSize: 50,
  images: 'remote',
});

const imagePolicies: readonly ImagePolicy[] = ['remote', 'local-only', 'none'];

/** The most articles a page or a feed may hold: more makes pages no reader scrolls through. */
const maxListSize = 500;

/** The longest title and description, in characters (a title is a name, a description one line). */
const maxTitleChars = 200;
const maxDescriptionChars = 1000;

/** Every key of site.yml, in the order the documentation gives them. */
export const siteSettingKeys: readonly (keyof SiteSettings)[] = ['title', 'description', 'language', 'pageSize', 'feedSize', 'images'];

/**
 * Read and check site.yml's text. Every mistake is a ConfigError naming `label` and the line
 * ("site.yml: line 3: pageSize must be a whole number from 1 to 500 (got 0)").
 */
export function loadSiteSettings(yamlText: string, label = 'site.yml'): SiteSettings {
  const data = parseUserYaml(yamlText, label);
  const settings: SiteSettings = { ...defaultSiteSettings };
  if (data === null || data === undefined) return settings;
  const lines = keyLines(yamlText);
  const fail = (key: string | undefined, reason: string): never => {
    const line = key === undefined ? firstContentLine(yamlText) : lines.get(key);
    throw new ConfigError(`${label}: ${line ? `line ${line}: ` : ''}${key === undefined ? '' : `${key} `}${reason}`);
  };
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail(undefined, `must be a mapping of settings (${siteSettingKeys.map((key) => `${key}: …`).join(', ')})`);
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(siteSettingKeys as readonly string[]).includes(key)) fail(key, `is not a known setting (${siteSettingKeys.join(', ')})`);
  }
  const given = (key: keyof SiteSettings) => record[key] !== undefined && record[key] !== null;

  if (given('title')) settings.title = readText(record.title, maxTitleChars, (reason) => fail('title', reason));
  if (given('description')) {
    settings.description = readText(record.description, maxDescriptionChars, (reason) => fail('description', reason));
  }
  if (given('language')) {
    const language = record.language;
    const languages = interfaceLanguages();
    if (typeof language !== 'string' || !languages.includes(language)) {
      fail('language', `must be one of ${languages.join(', ')} (got ${JSON.stringify(language)})`);
    }
    settings.language = language as InterfaceLanguage;
  }
  for (const key of ['pageSize', 'feedSize'] as const) {
    if (!given(key)) continue;
    const value = record[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxListSize) {
      fail(key, `must be a whole number from 1 to ${maxListSize} (got ${JSON.stringify(value)})`);
    }
    settings[key] = value as number;
  }
  if (given('images')) {
    if (!imagePolicies.includes(record.images as ImagePolicy)) {
      fail('images', `must be one of ${imagePolicies.join(', ')} (got ${JSON.stringify(record.images)})`);
    }
    settings.images = record.images as ImagePolicy;
  }
  return settings;
}

/** A one-line text setting: white space folded, characters XML forbids dropped, not empty, not too long. */
function readText(value: unknown, maxChars: number, fail: (reason: string) => never): string {
  if (typeof value !== 'string') return fail(`must be text (got ${JSON.stringify(value)})`);
  const text = oneLine(xmlSafe(value));
  if (text === undefined) return fail('must not be empty');
  if (text.length > maxChars) return fail(`must be at most ${maxChars} characters (got ${text.length})`);
  return text;
}

/** The line (1-based) of each top-level key of a YAML mapping, for messages. */
function keyLines(yamlText: string): Map<string, number> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter });
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
  }
  return lines;
}

/** The line of the file's first content (past comments and blank lines), for a mistake of the whole file. */
function firstContentLine(yamlText: string): number | undefined {
  const index = yamlText.split('\n').findIndex((line) => line.trim() !== '' && !line.trim().startsWith('#') && line.trim() !== '---');
  return index === -1 ? undefined : index + 1;
}

/** The settings in `<contentDir>/site.yml` (defaults when there is none), for the site's build. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = path.resolve(contentDir, 'site.yml');
  return existsSync(file) ? loadSiteSettings(readFileSync(file, 'utf8'), file) : { ...defaultSiteSettings };
}
