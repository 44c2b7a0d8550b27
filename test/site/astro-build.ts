/**
 * Build the real site with Astro from test folders, as `astro build` would: the site reads its
 * folders, origin and base from the environment (astro.config.mjs, src/config/folders.ts), and
 * must not see the `import.meta.env` mirror Vitest puts into process.env (BASE_URL=/, DEV=1…),
 * which the build's server code would read instead of Astro's.
 */
import path from 'node:path';
import { build } from 'astro';

/** The folders and address of one test build. */
export interface TestBuild {
  articles: string;
  content: string;
  outDir: string;
  publicDir: string;
  /** A scratch folder for Astro's cache. */
  work: string;
  site: string;
  base: string;
}

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Build the site once with `options`, restoring process.env afterwards. */
export async function buildSiteForTest(options: TestBuild): Promise<void> {
  const env: Record<string, string | undefined> = {
    KLIPING_ARTICLES_DIR: options.articles,
    KLIPING_CONTENT_DIR: options.content,
    KLIPING_SITE: options.site,
    KLIPING_BASE: options.base,
    KLIPING_OUT_DIR: options.outDir,
    NODE_ENV: 'production',
    BASE_URL: undefined,
    MODE: undefined,
    DEV: undefined,
    PROD: undefined,
    SSR: undefined,
  };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(env);
  try {
    await build({ root: repoRoot, outDir: options.outDir, publicDir: options.publicDir, cacheDir: path.join(options.work, 'cache'), logLevel: 'warn' });
  } finally {
    apply(saved);
  }
}
