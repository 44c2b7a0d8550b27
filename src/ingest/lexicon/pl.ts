/**
 * Polish.
 */
import { none, type Lexicon } from './types.ts';

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
  months: { names: null, metaLines: none, bylineTails: none },
  weekdays: { names: null, dateOnlyLines: none, bylineTails: none },
  time: { suffixes: none, zones: {} },
  appeals: ['wszelkie prawa zastrzeżone', 'prawem autorskim'],
  pitches: { anywhere: none, lineStart: none },
  disclosures: none,
  interrogatives: none,
  classWords: { boilerplate: none, comments: none, weak: none, content: none, caption: none },
  classParts: { author: ['autor'], date: none, comment: none },
};
