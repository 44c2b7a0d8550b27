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
  dating: { published: ['publicado', 'publicado em', 'publicada em'], updated: ['atualizado', 'atualizada', 'atualizado em'], days: { hoje: 0, ontem: 1, anteontem: 2 }, agoBefore: ['há'], agoAfter: ['atrás'], hours: ['horas', 'hora', 'h'], dayUnits: ['dias', 'dia'], minutes: ['minutos', 'minuto', 'min'] },
  months: { names: {
      1: ['janeiro', 'jan'],
      2: ['fevereiro', 'fev'],
      3: ['março', 'marco', 'mar'],
      4: ['abril', 'abr'],
      5: ['maio', 'mai'],
      6: ['junho', 'jun'],
      7: ['julho', 'jul'],
      8: ['agosto', 'ago'],
      9: ['setembro', 'set'],
      10: ['outubro', 'out'],
      11: ['novembro', 'nov'],
      12: ['dezembro', 'dez'],
    }, metaLines: none, bylineTails: none },
  weekdays: noWeekdays,
  time: noTime,
  appeals: none,
  pitches: { anywhere: ['inscreva-se'], lineStart: ['inscreva-se'] },
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: { author: ['autor'], date: none, comment: none },
};
