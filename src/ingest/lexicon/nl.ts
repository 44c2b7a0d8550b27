/**
 * Dutch: the date stage's words (month names, dating words), "read also" and credit labels.
 */
import { none, noBylines, noClassParts, noClassWords, noDatelines, noPitches, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Dutch vocabulary. */
export const nl: Lexicon = {
  code: 'nl',
  name: 'Dutch',
  teasers: { readAlso: ['lees ook', 'lees meer', 'bekijk ook'], inTextCopies: none },
  relatedHeadings: none,
  widgetLabels: none,
  tagLabels: none,
  credits: {
    lineLabels: ['foto', 'beeld'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: none,
    captionTrailers: none,
    staffLabels: none,
  },
  bylines: noBylines,
  datelines: noDatelines,
  dating: { published: ['gepubliceerd', 'geplaatst'], updated: ['bijgewerkt', 'aangepast', 'gewijzigd'], days: { vandaag: 0, gisteren: 1, eergisteren: 2 }, agoBefore: none, agoAfter: ['geleden'], hours: ['uur', 'uren'], dayUnits: ['dagen', 'dag'], minutes: ['minuten', 'minuut', 'min'] },
  months: {
    names: {
      1: ['januari', 'jan'],
      2: ['februari', 'feb'],
      3: ['maart', 'mrt'],
      4: ['april', 'apr'],
      5: ['mei'],
      6: ['juni', 'jun'],
      7: ['juli', 'jul'],
      8: ['augustus', 'aug'],
      9: ['september', 'sep', 'sept'],
      10: ['oktober', 'okt'],
      11: ['november', 'nov'],
      12: ['december', 'dec'],
    },
    metaLines: none,
    bylineTails: none,
  },
  weekdays: noWeekdays,
  time: noTime,
  appeals: none,
  pitches: noPitches,
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: noClassParts,
};
