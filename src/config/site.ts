/**
 * The user's site settings, `content/site.yml` (the user edits content/ only). Checked on every
 * build, by the ingest (a mistake stops the run before anything is rewritten) and by the site,
 * with messages that point at the place, as for topics.yml. A missing file means the defaults.
 *
 * ```yaml
 * images: remote   # remote (default) | local-only | none
 * ```
 *
 * - `images`: which images readers' browsers load. `remote`: the images the saved pages carried
 *   (copied into the site) and those they only linked to, fetched from the publishers, who then
 *   see the reader's address; `local-only`: only the images copied into the site; `none`: no
 *   article images at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.ts';
import { parseUserYaml } from './user-yaml.ts';

/** Which article images readers' browsers load (see the module comment). */
export type ImagePolicy = 'remote' | 'local-only' | 'none';

/** The settings of content/site.yml. */
export interface SiteSettings {
  images: ImagePolicy;
}

/** What a site without site.yml gets: today's site. */
export const defaultSiteSettings: SiteSettings = { images: 'remote' };

const imagePolicies: readonly ImagePolicy[] = ['remote', 'local-only', 'none'];
const settingKeys = ['images'];

/** Read and check site.yml's text. Every mistake is a ConfigError naming `label` and the key. */
export function loadSiteSettings(yamlText: string, label = 'site.yml'): SiteSettings {
  const data = parseUserYaml(yamlText, label);
  if (data === null || data === undefined) return { ...defaultSiteSettings };
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`${label}: must be a mapping of settings (images: …)`);
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!settingKeys.includes(key)) throw new ConfigError(`${label}: ${key} is not a known setting (${settingKeys.join(', ')})`);
  }
  const settings = { ...defaultSiteSettings };
  if (record.images !== undefined && record.images !== null) {
    if (!imagePolicies.includes(record.images as ImagePolicy)) {
      throw new ConfigError(`${label}: images must be one of ${imagePolicies.join(', ')} (got ${JSON.stringify(record.images)})`);
    }
    settings.images = record.images as ImagePolicy;
  }
  return settings;
}

/** The settings in `<contentDir>/site.yml` (defaults when there is none), for the site's build. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = path.resolve(contentDir, 'site.yml');
  return existsSync(file) ? loadSiteSettings(readFileSync(file, 'utf8'), file) : { ...defaultSiteSettings };
}
