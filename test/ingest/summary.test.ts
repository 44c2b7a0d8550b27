import { describe, expect, it } from 'vitest';
import { guessTitle, summarize } from '../../src/ingest/summary.ts';

const lede =
  'Suara.com - Moskow mengatakan "kecewa" dengan sinyal dari Amerika Serikat (AS) dan NATO menjelang pembicaraan di Jenewa pada hari Senin (10/01), di mana mereka akan membahas krisis di perbatasan Ukraina.';
const second = 'Rusia mengatakan bahwa mereka tidak begitu optimis.';
const third = 'Kepada kantor berita Interfax, Ryabkov mengatakan akan "naif" untuk mengharapkan "kemajuan, apalagi kemajuan yang cepat."';

describe('summarize', () => {
  it('returns short text whole, whitespace collapsed', () => {
    expect(summarize('  One line.\n\n  Two  lines. ')).toBe('One line. Two lines.');
  });

  it('keeps whole sentences that fit', () => {
    const summary = summarize(`${lede}\n\n${second}\n\n${third}`, 300, 'id');
    expect(summary).toBe(`${lede} ${second}`);
    expect(summary.length).toBeLessThanOrEqual(300);
  });

  it('cuts a first sentence that is too long at a word boundary with an ellipsis', () => {
    const summary = summarize(lede, 100);
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(summary.endsWith('…')).toBe(true);
    expect(lede.startsWith(summary.slice(0, -1))).toBe(true);
    expect(lede.charAt(summary.length - 1)).toBe(' ');
  });
});

describe('guessTitle', () => {
  it('takes the first sentence without its full stop', () => {
    expect(guessTitle(`${second} ${third}`)).toBe('Rusia mengatakan bahwa mereka tidak begitu optimis');
  });

  it('cuts a long first sentence to at most 90 characters at a word boundary, without its dateline', () => {
    const title = guessTitle(lede);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title).toMatch(/^Moskow mengatakan "kecewa" .*\S…$/);
  });

  it('reads only the first paragraph, and strips datelines of a place or an outlet', () => {
    expect(guessTitle(`Breaking news\n\n${second}`)).toBe('Breaking news');
    expect(guessTitle(`\n\nJAKARTA - ${second}`)).toBe('Rusia mengatakan bahwa mereka tidak begitu optimis');
    expect(guessTitle(`Jakarta, Kompas.com -- ${second}`)).toBe('Rusia mengatakan bahwa mereka tidak begitu optimis');
  });
});

describe('cutting at a word (through summarize)', () => {
  // Each text is one sentence longer than the limit, so `summarize` cuts it as a whole.
  it('cuts a single long word where it must', () => {
    expect(summarize('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(summarize('alpha beta, gamma delta', 13)).toBe('alpha beta…');
  });
});
