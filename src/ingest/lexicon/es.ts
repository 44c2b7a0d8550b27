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
  months: noMonths,
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
