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
  months: noMonths,
  weekdays: noWeekdays,
  time: noTime,
  appeals: none,
  pitches: noPitches,
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: noClassParts,
};
