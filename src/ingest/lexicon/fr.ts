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
  dating: { published: ['publié', 'publié le', 'mis en ligne', 'posté'], updated: ['mis à jour', 'modifié', 'actualisé'], days: { "aujourd'hui": 0, hier: 1, 'avant-hier': 2 }, agoBefore: ['il y a'], agoAfter: none, hours: ['heures', 'heure', 'h'], dayUnits: ['jours', 'jour'], minutes: ['minutes', 'minute', 'min'] },
  months: {
    names: {
      1: ['janvier', 'janv'],
      2: ['février', 'fevrier', 'févr', 'fév'],
      3: ['mars'],
      4: ['avril', 'avr'],
      5: ['mai'],
      6: ['juin'],
      7: ['juillet', 'juil'],
      8: ['août', 'aout'],
      9: ['septembre', 'sept'],
      10: ['octobre', 'oct'],
      11: ['novembre', 'nov'],
      12: ['décembre', 'decembre', 'déc'],
    },
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
