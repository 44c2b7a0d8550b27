/**
 * Italian.
 */
import { none, type Lexicon } from './types.ts';

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
  months: { names: null, metaLines: none, bylineTails: none },
  weekdays: { names: null, dateOnlyLines: none, bylineTails: none },
  time: { suffixes: none, zones: {} },
  appeals: none,
  pitches: { anywhere: none, lineStart: none },
  disclosures: none,
  interrogatives: none,
  classWords: { boilerplate: none, comments: none, weak: none, content: none, caption: none },
  classParts: { author: none, date: none, comment: none },
};
