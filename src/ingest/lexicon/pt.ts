/**
 * Portuguese.
 */
import { none, noClassWords, noMonths, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Portuguese boilerplate vocabulary. */
export const pt: Lexicon = {
  code: 'pt',
  name: 'Portuguese',
  teasers: {
    readAlso: [
      'leia também', 'leia mais', 'veja também', 'você pode gostar', 'notícias relacionadas', 'artigos relacionados',
    ],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: ['publicidade', 'imprimir'],
  tagLabels: ['etiquetas', 'temas'],
  credits: {
    lineLabels: ['foto', 'fotos'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['foto', 'fotos'],
    captionTrailers: ['foto', 'fotos'],
    staffLabels: ['autor', 'texto'],
  },
  bylines: { lineStarts: ['por'], prefixes: ['autor'], conjunctions: none, notNames: ['foto'] },
  datelines: { labels: ['publicado'], prepositions: ['em'], words: ['tempo de leitura'], bylineTails: none },
  months: noMonths,
  weekdays: noWeekdays,
  time: noTime,
  appeals: none,
  pitches: { anywhere: ['inscreva-se'], lineStart: ['inscreva-se'] },
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: { author: ['autor'], date: none, comment: none },
};
