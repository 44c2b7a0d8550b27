/**
 * French.
 */
import { none, noClassParts, noClassWords, noTime, noWeekdays, type Lexicon } from './types.ts';

/** French boilerplate vocabulary. */
export const fr: Lexicon = {
  code: 'fr',
  name: 'French',
  teasers: {
    // With and without the accent of "à": both are written.
    readAlso: [
      'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'a lire également',
      'voir aussi', 'sur le même sujet',
    ],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: [
    'publicité', 'partager', 'contact',
    // The "Like" widget of WordPress blogs.
    "j'aime chargement",
  ],
  tagLabels: ['sujets', 'mots-clés'],
  credits: {
    lineLabels: ['photo', 'crédit', 'crédits', 'crédits photo', 'crédits photos', 'source', 'illustration'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['photo', 'crédit'],
    captionTrailers: ['photo'],
    staffLabels: ['texte'],
  },
  bylines: { lineStarts: ['par'], prefixes: none, conjunctions: none, notNames: ['photo'] },
  datelines: { labels: ['publié', 'mis à jour'], prepositions: ['le'], words: none, bylineTails: none },
  months: {
    names: null,
    // Only "janvier": the other French months were never listed, and adding them changes which
    // lines the tidy pass drops.
    metaLines: ['janvier'],
    bylineTails: none,
  },
  weekdays: noWeekdays,
  time: noTime,
  appeals: ["n'engagent que leurs auteurs", 'tous droits réservés'],
  pitches: { anywhere: ['newsletter', 'abonnez-vous'], lineStart: ['abonnez-vous'] },
  disclosures: none,
  interrogatives: none,
  classWords: noClassWords,
  classParts: noClassParts,
};
