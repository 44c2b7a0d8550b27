/**
 * Language detection for inputs that do not say which language they are in (plain text,
 * Markdown without `lang`, HTML without `<html lang>`): franc-min's trigram model, answered as
 * an ISO 639-1 code ("id", "en", "ru") because that is what `lang` attributes and feeds use.
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Below this many characters a guess is noise, so none is made. */
const minLength = 50;

/**
 * franc names individual languages where ISO 639-1 only has their macrolanguage: Mandarin
 * (cmn) is written `zh`, Standard Arabic (arb) `ar`, Malay (zlm) `ms`, and so on.
 */
const macrolanguages: Record<string, string> = {
  cmn: 'zh',
  arb: 'ar',
  zlm: 'ms',
  pes: 'fa',
  uzn: 'uz',
  azj: 'az',
  ckb: 'ku',
  swh: 'sw',
  npi: 'ne',
  plt: 'mg',
  ydd: 'yi',
  ekk: 'et',
  lvs: 'lv',
  khk: 'mn',
  ory: 'or',
  gaz: 'om',
  fuv: 'ff',
  qug: 'qu',
  quy: 'qu',
};

/** The ISO 639-1 code of the language `text` is most likely written in, or undefined. */
export function detectLanguage(text: string): string | undefined {
  // Trigram scoring is linear in length and the first few thousand characters decide it.
  const sample = text.replace(/\s+/g, ' ').trim().slice(0, 5000);
  if (sample.length < minLength) return undefined;
  const code = franc(sample, { minLength });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? macrolanguages[code];
}
