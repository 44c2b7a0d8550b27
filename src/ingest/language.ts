/**
 * Language detection for inputs that do not say which language they are in (plain text,
 * Markdown without `lang`, HTML without `<html lang>`): franc-min's trigram model, answered as
 * an ISO 639-1 code ("id", "en", "ru") because that is what `lang` attributes and feeds use.
 */
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** Below this many characters a guess is noise, so none is made. */
const minLength = 50;

/** The ISO 639-1 code of the language `text` is most likely written in, or undefined. */
export function detectLanguage(text: string): string | undefined {
  // Trigram scoring is linear in length and the first few thousand characters decide it.
  const sample = text.replace(/\s+/g, ' ').trim().slice(0, 5000);
  if (sample.length < minLength) return undefined;
  const code = franc(sample, { minLength });
  return code === 'und' ? undefined : iso6393To1[code];
}
