/**
 * Portuguese.
 */
import { none, type Lexicon } from './types.ts';

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
  months: { names: null, metaLines: none, bylineTails: none },
  weekdays: { names: null, dateOnlyLines: none, bylineTails: none },
  time: { suffixes: none, zones: {} },
  appeals: none,
  pitches: { anywhere: ['inscreva-se'], lineStart: ['inscreva-se'] },
  disclosures: none,
  interrogatives: none,
  classWords: { boilerplate: none, comments: none, weak: none, content: none, caption: none },
  classParts: { author: ['autor'], date: none, comment: none },
};
