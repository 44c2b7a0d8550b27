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
  months: noMonths,
  weekdays: noWeekdays,
  time: noTime,
  appeals: ['wszelkie prawa zastrzeżone', 'prawem autorskim'],
  pitches: noPitches,
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: { author: ['autor'], date: none, comment: none },
};
