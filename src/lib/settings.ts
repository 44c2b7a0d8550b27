/**
 * The user's site settings (content/site.yml, read and checked by src/config/site.ts), once per
 * build: the one place the pages, layouts, components and feeds read them (title, description,
 * interface language, page and feed sizes, image policy). The interface's words in that language
 * are src/lib/i18n/ (`ui`, `uiLang`).
 */
import { projectFolders } from '../config/folders.ts';
import { readSiteSettings, type SiteSettings } from '../config/site.ts';

/** The settings this build uses. */
export const siteSettings: SiteSettings = readSiteSettings(projectFolders().content);
