import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findDangers, ingestAndRender, newsPage, rawHtmlIn } from './pipeline.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vectorsFile = path.join(path.resolve(repoRoot, '../shared'), 'bench/xss/vectors.json');
const present = existsSync(vectorsFile);

interface Vector {
  id: string;
  source: string;
  payload: string;
  title?: string;
}

const vectors: Vector[] = present ? (JSON.parse(readFileSync(vectorsFile, 'utf8')) as { vectors: Vector[] }).vectors : [];

describe.skipIf(!present)(
  present ? 'XSS vectors from ../shared/bench/xss through ingest and render' : `XSS vectors skipped: ${vectorsFile} is absent`,
  () => {
    it('checks every vector of the dev split', () => {
      expect(vectors.length).toBe(330);
      console.log(`checking ${vectors.length} XSS vectors`);
    });

    it.each(vectors.map((vector) => [vector.id, vector] as const))('%s renders inert', (_id, vector) => {
      const { markdown, html, siteHtml } = ingestAndRender(newsPage(vector.payload));
      expect(findDangers(html), `${vector.id} (${vector.title ?? ''})\nmarkdown:\n${markdown}`).toEqual([]);
      expect(findDangers(siteHtml), `${vector.id} through the site's renderer`).toEqual([]);
      expect(rawHtmlIn(markdown)).toEqual([]);
      // The article around the payload survives.
      expect(html).toContain('The city council voted on Tuesday');
    });
  },
);
