/**
 * Which files are inputs, and of which kind, by extension: on its own so that listing the
 * content folder never loads the readers (a run with nothing new to read stays quick).
 */
import path from 'node:path';

/** What kind of input a file is, by its extension (`mhtml` is unpacked to HTML). */
export type InputKind = 'html' | 'text' | 'markdown' | 'mhtml';

const kinds: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The kind of input `filePath` is by its extension, or undefined when kliping does not read it. */
export function inputKind(filePath: string): InputKind | undefined {
  return kinds[path.extname(filePath).toLowerCase()];
}
