/**
 * Hungarian.
 */
import { none, type Lexicon } from './types.ts';

/** Hungarian boilerplate vocabulary. */
export const hu: Lexicon = {
  code: 'hu',
  name: 'Hungarian',
  teasers: { readAlso: ['ezek is érdekelhetnek'], inTextCopies: none },
  relatedHeadings: none,
  widgetLabels: none,
  tagLabels: none,
  credits: {
    lineLabels: ['fotó'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: none,
    captionTrailers: none,
    staffLabels: none,
  },
  bylines: { lineStarts: none, prefixes: none, conjunctions: none, notNames: none },
  datelines: { labels: none, prepositions: none, words: none, bylineTails: none },
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
