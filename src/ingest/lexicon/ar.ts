/**
 * Arabic: "read also" and credit labels, and the month names the date stage reads (Egyptian and Gulf names, and the
 * Levantine ones: "كانون الثاني"), with and without hamza.
 */
import { none, noBylines, noClassParts, noClassWords, noDatelines, noDating, noPitches, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Arabic vocabulary. */
export const ar: Lexicon = {
  code: 'ar',
  name: 'Arabic',
  teasers: { readAlso: ['اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا'], inTextCopies: none },
  relatedHeadings: none,
  widgetLabels: none,
  tagLabels: none,
  credits: {
    lineLabels: ['صورة', 'تصوير'],
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
  months: {
    names: {
      1: ['يناير', 'كانون الثاني'],
      2: ['فبراير', 'شباط'],
      3: ['مارس', 'آذار'],
      4: ['أبريل', 'ابريل', 'إبريل', 'نيسان'],
      5: ['مايو', 'أيار', 'ايار'],
      6: ['يونيو', 'يونيه', 'حزيران'],
      7: ['يوليو', 'يوليه', 'تموز'],
      8: ['أغسطس', 'اغسطس', 'آب'],
      9: ['سبتمبر', 'أيلول', 'ايلول'],
      10: ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول'],
      11: ['نوفمبر', 'تشرين الثاني'],
      12: ['ديسمبر', 'كانون الأول', 'كانون الاول'],
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
