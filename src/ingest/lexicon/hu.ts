/**
 * Hungarian.
 */
import { none, noBylines, noClassParts, noClassWords, noDating, noDatelines, noMonths, noPitches, noTime, noWeekdays, type Lexicon } from './types.ts';

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
  bylines: noBylines,
  datelines: noDatelines,
  dating: noDating,
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
