/**
 * Polish.
 */
import { none, noClassWords, noMonths, noPitches, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Polish boilerplate vocabulary. */
export const pl: Lexicon = {
  code: 'pl',
  name: 'Polish',
  teasers: {
    readAlso: ['czytaj także', 'czytaj też', 'zobacz także', 'zobacz też', 'dowiedz się więcej'],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: ['reklama', 'udostępnij', 'kontakt'],
  tagLabels: none,
  credits: {
    lineLabels: ['foto'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['foto'],
    captionTrailers: ['foto'],
    staffLabels: ['autor'],
  },
  bylines: { lineStarts: none, prefixes: ['autor'], conjunctions: none, notNames: ['foto'] },
  datelines: { labels: ['opublikowano', 'zaktualizowano'], prepositions: ['dnia'], words: none, bylineTails: none },
  dating: { published: ['opublikowano', 'data publikacji', 'dodano'], updated: ['zaktualizowano', 'aktualizacja', 'data aktualizacji'], days: { dzisiaj: 0, dziś: 0, wczoraj: 1, przedwczoraj: 2 }, agoBefore: none, agoAfter: ['temu'], hours: ['godzin', 'godziny', 'godzinę', 'godz'], dayUnits: ['dni', 'dzień'], minutes: ['minut', 'minuty', 'minutę', 'min'] },
  months: { names: {
      1: ['stycznia', 'styczeń', 'sty'],
      2: ['lutego', 'luty', 'lut'],
      3: ['marca', 'marzec', 'mar'],
      4: ['kwietnia', 'kwiecień', 'kwi'],
      5: ['maja', 'maj'],
      6: ['czerwca', 'czerwiec', 'cze'],
      7: ['lipca', 'lipiec', 'lip'],
      8: ['sierpnia', 'sierpień', 'sie'],
      9: ['września', 'wrzesień', 'wrz'],
      10: ['października', 'październik', 'paź'],
      11: ['listopada', 'listopad', 'lis'],
      12: ['grudnia', 'grudzień', 'gru'],
    }, metaLines: none, bylineTails: none },
  weekdays: noWeekdays,
  time: noTime,
  appeals: ['wszelkie prawa zastrzeżone', 'prawem autorskim'],
  pitches: noPitches,
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: { author: ['autor'], date: none, comment: none },
};
