/**
 * Words pages write the same in every language: news and photo agencies, time zones, the
 * particles of personal names.
 */
import type { PatternSource, TimeWords } from './types.ts';

/** News agencies that open a credit line before "/" ("AFP / MARCO BERTORELLO", "REUTERS/Denis Balibouse"). */
export const newsAgencies: readonly string[] = [
  'afp', 'ap', 'dpa', 'epa', 'reuters', 'imago', 'getty', 'ansa', 'efe', 'tass', 'ria novosti', 'антара', 'antara',
];

/** Agencies of a credit in brackets closing a caption ("… (REUTERS/Name)"). */
export const captionAgencies: readonly string[] = [
  'reuters', 'afp', 'ap', 'efe', 'dpa', 'epa', 'ansa', 'getty images', 'imago',
];

/** Agency credits that end a short line ("… (Getty Images)", "AP Photo/Name"). */
export const photoAgencyCredits: readonly PatternSource[] = [
  'getty images', 'getty', 'shutterstock(?:\\.com)?', 'reuters', 'associated press', 'ap photo[^)]*', 'afp', 'dpa',
  'epa', 'istock(?:photo)?', 'wenn\\.com', 'imago(?: images)?', 'picture alliance', 'picture-alliance',
];

/** Time words and zones that are no one language's. */
export const neutralTime: TimeWords = {
  // "14h30"-style hours and zone abbreviations.
  suffixes: ['h', 'cet', 'cest', 'utc', 'gmt', 'et', 'est', 'edt', 'pst', 'pdt'],
  zones: {
    z: 0, ut: 0, utc: 0, gmt: 0,
    msk: 'Europe/Moscow', msd: 240,
    eet: 120, eest: 180, cet: 60, cest: 120, met: 60, mest: 120, wet: 0, west: 60, bst: 60,
    est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
    et: 'America/New_York', ct: 'America/Chicago', mt: 'America/Denver', pt: 'America/Los_Angeles',
    ist: 330, sgt: 480, myt: 480, pht: 480, hkt: 480, jst: 540, kst: 540, ict: 420, aest: 600, aedt: 660,
  },
};

/**
 * Lower-case words inside personal names ("Ursula von der Leyen", "Mohammed bin Salman"):
 * names keep their origin's particles whatever the language of the page around them.
 */
export const nameParticles: readonly string[] = [
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'bin', 'binti', 'al', 'el', 'du', 'dos', 'y',
];
