/**
 * Italian.
 */
import { none, noClassParts, noClassWords, noMonths, noPitches, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Italian boilerplate vocabulary. */
export const it: Lexicon = {
  code: 'it',
  name: 'Italian',
  teasers: {
    readAlso: ['leggi anche', 'leggi anche su', 'articoli correlati'],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: [
    'pubblicità', 'condividi',
    // The "Like" widget of WordPress blogs.
    'mi piace caricamento',
  ],
  tagLabels: none,
  credits: {
    lineLabels: ['foto'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['foto'],
    captionTrailers: ['foto'],
    staffLabels: none,
  },
  bylines: { lineStarts: ['di'], prefixes: none, conjunctions: none, notNames: ['foto'] },
  datelines: {
    labels: ['pubblicato', 'aggiornato', 'ultima modifica'],
    prepositions: ['il'],
    words: none,
    bylineTails: none,
  },
  dating: { published: ['pubblicato', 'pubblicato il'], updated: ['aggiornato', 'ultima modifica', 'modificato'], days: { oggi: 0, ieri: 1, 'l\'altro ieri': 2 }, agoBefore: none, agoAfter: ['fa'], hours: ['ore', 'ora'], dayUnits: ['giorni', 'giorno'], minutes: ['minuti', 'minuto', 'min'] },
  months: { names: {
      1: ['gennaio', 'gen'],
      2: ['febbraio', 'feb'],
      3: ['marzo', 'mar'],
      4: ['aprile', 'apr'],
      5: ['maggio', 'mag'],
      6: ['giugno', 'giu'],
      7: ['luglio', 'lug'],
      8: ['agosto', 'ago'],
      9: ['settembre', 'set'],
      10: ['ottobre', 'ott'],
      11: ['novembre', 'nov'],
      12: ['dicembre', 'dic'],
    }, metaLines: none, bylineTails: none },
  weekdays: noWeekdays,
  time: noTime,
  appeals: none,
  pitches: noPitches,
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: noClassParts,
};
