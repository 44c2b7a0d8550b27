/**
 * YAML typed by a user (topics.yml, sidecars, frontmatter blocks), parsed one way everywhere.
 *
 * Input is hostile and typed by hand, so YAML is parsed with the YAML 1.2 core schema (dates
 * stay the strings the user wrote, `no` stays "no"), duplicate keys are errors, and alias bombs
 * are refused; every error names the file and the line.
 */
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from './errors.ts';

/**
 * Parse YAML typed by a user, throwing an {@link ConfigError} that names `label` and the line
 * ("topics.yml: invalid YAML at line 3, column 5: Map keys must be unique"). `firstLine` is the
 * line of the whole file on which `text` starts (gray-matter hands over a frontmatter block
 * starting with the rest of the `---` line, so its lines are already the file's).
 */
export function parseUserYaml(text: string, label: string, firstLine = 1): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false, lineCounter, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigError(`${label}: invalid YAML at line ${line + firstLine - 1}, column ${col}: ${error.message}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // Alias bombs and the like: report, never hang.
    throw new ConfigError(`${label}: invalid YAML: ${(cause as Error).message}`);
  }
}
