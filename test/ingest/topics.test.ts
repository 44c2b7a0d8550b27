import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTopics, wordsOf } from '../../src/config/topics.ts';
import { classifyTopics, countMentions } from '../../src/ingest/topics.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const defaults = loadTopics(readFileSync(path.join(repoRoot, 'content/topics.yml'), 'utf8'));

describe('classifyTopics', () => {
  const rules = defaults;
  const classify = (text: string) => classifyTopics(text, {}, rules);

  it('needs every group of a topic, at least twice each by default', () => {
    expect(classify('Putin met NATO. Moscow warned the North Atlantic Treaty Organization.')).toEqual(['russia-nato']);
    expect(classify('Putin met NATO.')).toEqual([]);
    expect(classify('Moscow and the Kremlin disagree.')).toEqual([]);
  });

  it('does not file an article under a topic it mentions once (a sidebar link)', () => {
    expect(classify('Harga emas naik. Pasar Jakarta ramai. Baca juga: perang di Ukraina')).toEqual([]);
    expect(classify('Kyiv said on Monday. Zelenskyy visited the front.')).toEqual(['ukraine']);
  });

  it('matches whole words only, ignoring case and accents', () => {
    expect(classify('natox NATOs natoo putinism, PUTINESQUE')).toEqual([]);
    expect(classify('nato NATO RUSSIA rússia')).toEqual(['russia-nato']);
  });

  it('matches multi-word terms across spacing and punctuation, counting overlaps once', () => {
    const [topic] = loadTopics('topics:\n  - {slug: a, title: A, all: [[North Atlantic, North Atlantic Treaty, treaty]]}\n');
    expect(countMentions(wordsOf('the North\n  Atlantic-Treaty and the north atlantic'), topic.all[0])).toBe(2);
    expect(countMentions(wordsOf('north pole, atlantic ocean'), topic.all[0])).toBe(0);
  });

  it('matches a prefix term against inflected words (Cyrillic)', () => {
    expect(classify('Россия и НАТО. России не нравится расширение НАТО.')).toEqual(['russia-nato']);
    expect(classify('Украины и Украине — Київ.')).toEqual(['ukraine']);
    expect(classify('Russlands Präsident und die NATO. Moskau kritisiert die NATO.')).toEqual(['russia-nato']);
  });

  it('lists topics in topics.yml order', () => {
    expect(classify('Ukraine, Kyiv, Russia, Moscow, NATO, NATO')).toEqual(['russia-nato', 'ukraine']);
  });

  it('lets topics given by the input override the rules, even an empty list', () => {
    const text = 'Ukraine, Kyiv, Russia, Moscow, NATO, NATO';
    expect(classifyTopics(text, { topics: ['energy'] }, rules)).toEqual(['energy']);
    expect(classifyTopics(text, { topics: [] }, rules)).toEqual([]);
  });
});
