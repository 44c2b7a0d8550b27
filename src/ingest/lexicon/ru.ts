/**
 * Russian.
 */
import { none, noClassWords, noWeekdays, type Lexicon } from './types.ts';

/** Russian boilerplate vocabulary. */
export const ru: Lexicon = {
  code: 'ru',
  name: 'Russian',
  teasers: {
    readAlso: [
      'читайте также', 'читайте тоже', 'читайте', 'читать также', 'смотрите также', 'по теме', 'похожие статьи',
      'похожие новости',
    ],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: ['реклама', 'поделиться', 'комментарии'],
  tagLabels: ['теги', 'метки', 'ключевые слова'],
  credits: {
    lineLabels: ['фото', 'источник'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: none,
    captionTrailers: none,
    staffLabels: ['автор', 'редактор', 'редакция'],
  },
  bylines: {
    lineStarts: ['от', 'автор'],
    prefixes: ['автор', 'авторы', 'текст'],
    conjunctions: ['и'],
    notNames: ['редактор', 'фото'],
  },
  datelines: {
    labels: none,
    prepositions: none,
    words: ['обновлено', 'опубликовано', 'время чтения'],
    bylineTails: none,
  },
  dating: { published: ['опубликовано', 'дата публикации', 'размещено'], updated: ['обновлено', 'изменено', 'дата обновления'], days: { сегодня: 0, вчера: 1, позавчера: 2 }, agoBefore: none, agoAfter: ['назад'], hours: ['часов', 'часа', 'час'], dayUnits: ['дней', 'дня', 'день'], minutes: ['минут', 'минуты', 'минуту', 'мин'] },
  months: {
    names: {
      1: ['январь', 'января', 'янв'],
      2: ['февраль', 'февраля', 'фев', 'февр'],
      3: ['март', 'марта', 'мар'],
      4: ['апрель', 'апреля', 'апр'],
      5: ['май', 'мая'],
      6: ['июнь', 'июня', 'июн'],
      7: ['июль', 'июля', 'июл'],
      8: ['август', 'августа', 'авг'],
      9: ['сентябрь', 'сентября', 'сен', 'сент'],
      10: ['октябрь', 'октября', 'окт'],
      11: ['ноябрь', 'ноября', 'ноя', 'нояб'],
      12: ['декабрь', 'декабря', 'дек'],
    },
    // The genitive, as dates write it ("9 января").
    metaLines: [
      'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября',
      'декабря',
    ],
    bylineTails: none,
  },
  weekdays: noWeekdays,
  time: {
    suffixes: none,
    // Moscow time ("14:30 МСК"); its Latin spelling is in `neutral.ts`.
    zones: { мск: 'Europe/Moscow' },
  },
  appeals: none,
  pitches: { anywhere: ['подпис'], lineStart: ['подпишитесь'] },
  disclosures: none,
  interrogatives: ['почему', 'что', 'как', 'кто', 'когда', 'где', 'зачем'],
  classWords: noClassWords,
  // Class names are written in Latin letters: "avtor" is Russian "автор" transliterated.
  classParts: { author: ['avtor'], date: none, comment: none },
};
