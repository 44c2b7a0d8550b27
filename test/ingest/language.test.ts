import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/language.ts';

describe('detectLanguage', () => {
  it('answers ISO 639-1 codes for Indonesian and English news text', () => {
    expect(
      detectLanguage(
        'Rusia mengatakan bahwa mereka tidak begitu optimis bahwa pertemuan yang direncanakan dengan Amerika Serikat dan NATO pada pekan ini dapat meredakan ketegangan di perbatasan.',
      ),
    ).toBe('id');
    expect(
      detectLanguage(
        'Russia said it was not optimistic that the meetings planned with the United States and NATO this week could ease tensions on the border, a deputy foreign minister said on Sunday.',
      ),
    ).toBe('en');
  });

  it('makes no guess from too little text', () => {
    expect(detectLanguage('Berita Terkait')).toBeUndefined();
  });
});
