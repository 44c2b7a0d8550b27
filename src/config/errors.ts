/**
 * The error a mistake in a file the user wrote throws (topics.yml, a sidecar, a frontmatter
 * block): its message names the file and the place in it ("topics.yml: topics[1].slug must be
 * …") and is shown to the user as it is, so it names no internals.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
