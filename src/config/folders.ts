/**
 * Where the project's folders are: one answer for the ingest's command line and the site's
 * content collections, so that `KLIPING_CONTENT_DIR=x npm run build` ingests `x` and the site
 * reads its topics from `x` too.
 *
 * - KLIPING_CONTENT_DIR: what users drop, and topics.yml (default `content`);
 * - KLIPING_ARTICLES_DIR: the generated articles (default `src/content/articles`);
 * - KLIPING_OUT_DIR: the built site (default `dist`).
 * Absolute, or relative to the project root (where npm runs its scripts).
 */

/** The folders the ingest reads and writes and the site reads. */
export interface ProjectFolders {
  content: string;
  articles: string;
  /** The built site. */
  out: string;
  /** Images kept from saved pages, served at `/article-media/` (always under `public/`). */
  media: string;
}

/** The project's folders, from the environment or the defaults. */
export function projectFolders(env: Record<string, string | undefined> = process.env): ProjectFolders {
  return {
    content: env.KLIPING_CONTENT_DIR || 'content',
    articles: env.KLIPING_ARTICLES_DIR || 'src/content/articles',
    out: env.KLIPING_OUT_DIR || 'dist',
    media: 'public/article-media',
  };
}

/**
 * The lock file that lets one build or ingest at a time write a set of folders
 * (src/ingest/run-lock.ts): in the generated articles' folder, which every such run writes.
 */
export function runLockFile(folders: ProjectFolders): string {
  return `${folders.articles.replace(/[\\/]+$/, '')}/.lock`;
}
