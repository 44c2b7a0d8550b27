/**
 * German, as written in Germany, Austria ("Jänner") and Switzerland.
 */
import { none, type Lexicon } from './types.ts';

/** German boilerplate vocabulary. */
export const de: Lexicon = {
  code: 'de',
  name: 'German',
  teasers: {
    readAlso: [
      'lesen sie auch', 'lesen sie dazu', 'lesen sie mehr', 'lesen sie', 'auch lesen', 'schon gelesen',
      'weiterlesen', 'zum weiterlesen', 'siehe auch', 'mehr zum thema', 'mehr dazu', 'mehr zu', 'mehr themen',
      'passend dazu', 'auch interessant', 'weitere artikel', 'weitere beiträge', 'ähnliche beiträge',
      'ähnliche artikel', 'das könnte sie auch interessieren', 'das könnte sie interessieren',
      'das könnte dich auch interessieren', 'das könnte dich interessieren',
      'das thema könnte dich auch interessieren',
    ],
    inTextCopies: none,
  },
  relatedHeadings: none,
  widgetLabels: [
    'anzeige', 'werbung', 'kommentare', 'teilen', 'wird geladen', 'bild anzeigen', 'gefällt mir', 'drucken',
    'kontakt',
    // The "Like" widget of WordPress blogs.
    'gefällt mir wird geladen',
  ],
  tagLabels: ['tags', 'themen', 'thema', 'schlagworte', 'schlagwörter', 'stichworte', 'stichwörter'],
  credits: {
    lineLabels: ['foto', 'fotos', 'bild', 'bilder', 'titelbild', 'abbildung', 'quelle'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['foto', 'bild'],
    captionTrailers: ['foto', 'bild'],
    staffLabels: ['autor', 'redaktion', 'redakteur'],
  },
  bylines: {
    lineStarts: ['von', 'text:', 'text von'],
    prefixes: ['autor', 'von'],
    conjunctions: ['und'],
    notNames: ['foto'],
  },
  datelines: {
    labels: ['publiziert', 'veröffentlicht', 'aktualisiert', 'zuletzt aktualisiert', 'erstellt'],
    prepositions: ['am'],
    words: ['aktualisiert', 'veröffentlicht', 'lesezeit'],
    bylineTails: none,
  },
  dating: { published: ['veröffentlicht', 'publiziert', 'erschienen', 'erstellt', 'veröffentlicht am', 'geschrieben am'], updated: ['aktualisiert', 'zuletzt aktualisiert', 'geändert', 'zuletzt geändert', 'aktuelle zeit', 'registriert', 'mitglied seit'], days: { heute: 0, gestern: 1, vorgestern: 2 }, agoBefore: ['vor'], agoAfter: none, hours: ['stunden', 'stunde', 'std'], dayUnits: ['tagen', 'tag'], minutes: ['minuten', 'minute', 'min'] },
  months: {
    names: {
      1: ['januar', 'jänner', 'jän', 'jan'],
      2: ['februar', 'feb', 'febr'],
      3: ['märz', 'mär', 'mrz'],
      4: ['april', 'apr'],
      5: ['mai'],
      6: ['juni', 'jun'],
      7: ['juli', 'jul'],
      8: ['august', 'aug'],
      9: ['september', 'sep', 'sept'],
      10: ['oktober', 'okt'],
      11: ['november', 'nov'],
      12: ['dezember', 'dez'],
    },
    metaLines: [
      'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'okt',
      'november', 'dezember', 'dez',
    ],
    bylineTails: none,
  },
  weekdays: {
    names: null,
    dateOnlyLines: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
    bylineTails: none,
  },
  time: {
    // "14.30 Uhr", "14:30 MEZ" (Mitteleuropäische Zeit).
    suffixes: ['uhr', 'mez'],
    zones: {},
  },
  appeals: [
    '(?:eingeloggt|angemeldet) sein,? um',
    'nicht eingeloggt',
    'wird nicht veröffentlicht',
    'benötigt und nicht veröffentlicht',
    'gibt (?:die|ausschließlich die) meinung de[rs] (?:autors|autorin|verfasser\\w*)',
    'alle rechte vorbehalten',
    'unter der lizenz cc',
  ],
  pitches: {
    anywhere: ['newsletter', 'abonnieren', 'folgen sie'],
    lineStart: ['abonnieren sie', 'folgen sie uns', 'melden sie sich [^.]{0,40}newsletter'],
  },
  disclosures: [
    '(?:werbung|anzeige)\\s*[.:,|–-]',
    'affiliate',
    'transparenz',
    '(?:bei den|die mit \\S+ markierten) (?:links|verlinkungen)',
    'für links auf dieser seite',
    'enthält (?:werbung|affiliate)',
    'alle angaben ohne gewähr',
  ],
  interrogatives: ['warum', 'was', 'wie', 'wer', 'wann', 'wo', 'welche', 'welcher', 'weshalb', 'wieso'],
  classWords: { boilerplate: none, comments: ['kommentare'], weak: none, content: none, caption: ['bildtext'] },
  classParts: { author: ['autor'], date: ['datum'], comment: none },
};
