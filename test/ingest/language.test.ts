import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/language.ts';

describe('detectLanguage', () => {
  it.each([
    [
      'id',
      'Rusia mengatakan bahwa mereka tidak begitu optimis bahwa pertemuan yang direncanakan dengan Amerika Serikat dan NATO pada pekan ini dapat meredakan ketegangan di perbatasan.',
    ],
    [
      'en',
      'Russia said it was not optimistic that the meetings planned with the United States and NATO this week could ease tensions on the border, a deputy foreign minister said on Sunday.',
    ],
    [
      'ru',
      'Россия не настроена оптимистично в отношении того, что запланированные на этой неделе встречи с США и НАТО помогут ослабить напряженность на границе, заявил замминистра.',
    ],
    [
      'uk',
      'Президент України Володимир Зеленський заявив у неділю, що Київ готовий до переговорів, але не поступиться жодним сантиметром своєї землі, і розраховує на підтримку партнерів.',
    ],
    [
      'de',
      'Russland zeigte sich am Sonntag wenig optimistisch, dass die für diese Woche geplanten Gespräche mit den Vereinigten Staaten und der Nato die Spannungen an der Grenze entschärfen können.',
    ],
  ])('answers ISO 639-1 "%s" for news text', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('maps franc’s individual-language codes to their ISO 639-1 macrolanguage (Mandarin → zh)', () => {
    expect(detectLanguage('俄罗斯外交部副部长里亚布科夫表示，对美国和北约在日内瓦会谈前发出的信号感到失望，并说俄罗斯不会在任何问题上让步。这次会谈将讨论乌克兰边境的紧张局势。')).toBe('zh');
  });

  it('makes no guess from too little text', () => {
    expect(detectLanguage('Berita Terkait')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
});
