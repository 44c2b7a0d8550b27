/**
 * The user's site settings (content/site.yml, read and checked by src/config/site.ts), once per
 * build, for the pages and feeds.
 */
import { projectFolders } from '../config/folders.ts';
import { readSiteSettings, type SiteSettings } from '../config/site.ts';

/** The settings this build uses. */
export const siteSettings: SiteSettings = readSiteSettings(projectFolders().content);
