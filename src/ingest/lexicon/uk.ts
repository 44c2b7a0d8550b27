/**
 * Ukrainian.
 */
import { none, noClassParts, noClassWords, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Ukrainian boilerplate vocabulary. */
export const uk: Lexicon = {
  code: 'uk',
  name: 'Ukrainian',
  teasers: {
    readAlso: ['читайте також', 'читайте', 'дивіться також', 'по темі', 'схожі новини'],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: ['реклама', 'поділитися', 'коментарі'],
  tagLabels: ['теґи'],
  credits: {
    lineLabels: ['фото', 'джерело'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: none,
    captionTrailers: none,
    staffLabels: ['автор', 'редактор'],
  },
  bylines: {
    lineStarts: ['автор'],
    prefixes: ['автор', 'автори', 'текст'],
    conjunctions: ['та', 'і'],
    notNames: ['редактор', 'фото'],
  },
  datelines: {
    labels: none,
    prepositions: none,
    words: ['оновлено', 'опубліковано'],
    bylineTails: none,
  },
  dating: { published: ['опубліковано', 'дата публікації'], updated: ['оновлено', 'змінено'], days: { сьогодні: 0, вчора: 1, учора: 1, позавчора: 2 }, agoBefore: none, agoAfter: ['тому'], hours: ['годин', 'години', 'годину'], dayUnits: ['днів', 'дні', 'день'], minutes: ['хвилин', 'хвилини', 'хвилину', 'хв'] },
  months: {
    names: {
      1: ['січень', 'січня', 'січ'],
      2: ['лютий', 'лютого', 'лют'],
      3: ['березень', 'березня', 'бер'],
      4: ['квітень', 'квітня', 'квіт', 'кві'],
      5: ['травень', 'травня', 'трав', 'тра'],
      6: ['червень', 'червня', 'черв', 'чер'],
      7: ['липень', 'липня', 'лип'],
      8: ['серпень', 'серпня', 'серп', 'сер'],
      9: ['вересень', 'вересня', 'вер'],
      10: ['жовтень', 'жовтня', 'жовт', 'жов'],
      11: ['листопад', 'листопада', 'лист', 'лис'],
      12: ['грудень', 'грудня', 'груд', 'гру'],
    },
    // The genitive, as dates write it ("9 січня").
    metaLines: [
      'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня',
      'листопада', 'грудня',
    ],
    bylineTails: none,
  },
  weekdays: noWeekdays,
  time: noTime,
  appeals: none,
  pitches: { anywhere: none, lineStart: ['підпишіться'] },
  disclosures: none,
  interrogatives: ['чому', 'що', 'як', 'хто', 'коли', 'де', 'навіщо'],
  classWords: noClassWords,
  classParts: noClassParts,
};
