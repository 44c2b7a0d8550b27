/**
 * Spanish.
 */
import { none, noClassWords, noMonths, noTime, noWeekdays, type Lexicon } from './types.ts';

/** Spanish boilerplate vocabulary. */
export const es: Lexicon = {
  code: 'es',
  name: 'Spanish',
  teasers: {
    readAlso: [
      'lee también', 'lea también', 'leer más', 'vea también', 'ver también', 'puedes ver', 'te puede interesar',
      'le puede interesar', 'puede interesarte', 'también te puede interesar', 'artículos relacionados',
      'noticias relacionadas',
    ],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: [
    'publicidad', 'compartir', 'imprimir',
    // The "Like" widget of WordPress blogs.
    'me gusta cargando',
  ],
  tagLabels: ['etiquetas', 'temas', 'palabras clave'],
  credits: {
    lineLabels: ['foto', 'fotos'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['foto', 'fotos', 'imagen'],
    captionTrailers: ['foto', 'fotos', 'imagen'],
    staffLabels: ['autor', 'texto'],
  },
  bylines: { lineStarts: ['por'], prefixes: ['autor'], conjunctions: none, notNames: ['foto'] },
  datelines: { labels: ['publicado', 'actualizado'], prepositions: ['el'], words: none, bylineTails: none },
  dating: { published: ['publicado', 'publicado el'], updated: ['actualizado', 'modificado'], days: { hoy: 0, ayer: 1, anteayer: 2 }, agoBefore: ['hace'], agoAfter: none, hours: ['horas', 'hora', 'h'], dayUnits: ['días', 'día', 'dias', 'dia'], minutes: ['minutos', 'minuto', 'min'] },
  months: { names: {
      1: ['enero', 'ene'],
      2: ['febrero', 'feb'],
      3: ['marzo', 'mar'],
      4: ['abril', 'abr'],
      5: ['mayo', 'may'],
      6: ['junio', 'jun'],
      7: ['julio', 'jul'],
      8: ['agosto', 'ago'],
      9: ['septiembre', 'setiembre', 'sep', 'sept'],
      10: ['octubre', 'oct'],
      11: ['noviembre', 'nov'],
      12: ['diciembre', 'dic'],
    }, metaLines: none, bylineTails: none },
  weekdays: noWeekdays,
  time: noTime,
  appeals: [
    '(?:canal|grupo) de (?:telegram|whatsapp|youtube)',
    'nuestro canal de',
    // Split from one pattern shared with English "become a": each half keeps every ending it had.
    'hazte (?:miembro|member|subscriber|supporter)',
    'todos los derechos reservados',
  ],
  pitches: { anywhere: ['suscríbete'], lineStart: ['suscr[ií]bete'] },
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: { author: ['autor'], date: none, comment: none },
};
