/**
 * English: the language of most of the web's boilerplate, whatever the page's own language.
 */
import { none, noClassParts, noClassWords, type Lexicon } from './types.ts';

/** English boilerplate vocabulary. */
export const en: Lexicon = {
  code: 'en',
  name: 'English',
  teasers: {
    readAlso: [
      'read more', 'read also', 'also read', 'read next', 'related', 'related articles', 'related stories',
      'related coverage', 'related content', 'related news', 'related posts', 'related links', 'related reading',
      'more', 'more on this', 'more on this story', 'more from', 'more stories', 'more news', 'more articles',
      'see also', 'also see', 'also', "don't miss", 'do not miss', 'recommended', 'recommended for you',
      'recommended reading', 'you may also like', 'you might also like', 'you may like', 'you might like',
      'further reading', 'watch', 'watch now', 'listen', 'must read', 'trending', 'popular',
    ],
    inTextCopies: ['read also', 'also read', 'read more', 'see also', 'related'],
  },
  relatedHeadings: [
    'related', 'related articles', 'related stories', 'related news', 'related posts', 'most popular', 'most read',
    'popular', 'latest', 'latest news', 'read more', 'more stories', "editor's picks", 'editors picks', 'top stories',
    'more from', 'recommended', 'you may also like',
  ],
  widgetLabels: [
    'advertisement', 'advertisment', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted',
    'scroll to continue with content', 'continue reading below', 'story continues below', 'article continues below',
    'story continues below advertisement', 'continue reading the main story', 'skip advertisement',
    'media playback is unsupported on your device', 'this slideshow requires javascript', 'loading',
    'sharing is caring', 'share this article', 'share this', 'share', 'share on facebook', 'share on twitter',
    'tweet', 'email', 'print', 'pdf', 'comments', 'comment', 'leave a comment', 'tags', 'topics', 'filed under',
    'like this story? share it with a friend', 'learn more', 'click here', 'close', 'more', 'like this', 'contact',
    // The "Like" widget of WordPress blogs.
    'like loading',
  ],
  tagLabels: ['tag', 'tags', 'tagged', 'tagged with', 'topic', 'topics', 'keyword', 'keywords'],
  credits: {
    lineLabels: [
      'photo', 'photos', 'photograph', 'photo credit', 'image', 'images', 'image source', 'image credit',
      'image caption', 'image copyright', 'media caption', 'picture', 'pictures', 'pic', 'credit', 'credits',
      'source', 'illustration', 'video',
    ],
    lineLabelSuffixes: ['credit', 'by'],
    copyrightLabels: ['copyright'],
    lineEnds: ['file photo'],
    captionLabels: ['photo', 'photos', 'image', 'credit'],
    captionTrailers: ['photo'],
    staffLabels: ['editor', 'editors', 'reporter', 'writer', 'written by', 'author'],
  },
  bylines: {
    lineStarts: ['by', 'written by', 'editor', 'reporter'],
    prefixes: ['(?:(?:written|posted|reported|words|story|text|analysis|commentary|report)\\s+)?by', 'reporter', 'author'],
    conjunctions: ['and'],
    notNames: ['editor', 'photo'],
  },
  datelines: {
    labels: ['published', 'updated', 'last updated', 'posted', 'news date'],
    prepositions: ['on'],
    words: [
      'updated', 'published', 'posted', 'last modified', 'modified', 'reading time', 'min read', 'minute read',
      'minutes read',
    ],
    bylineTails: ['published', 'updated', 'posted'],
  },
  dating: { published: ['published', 'posted', 'first published', 'published on', 'posted on'], updated: ['updated', 'last updated', 'modified', 'last modified', 'edited', 'it is currently', 'current time', 'registered', 'joined', 'member since'], days: { today: 0, yesterday: 1 }, agoBefore: none, agoAfter: ['ago'], hours: ['hours', 'hour', 'hrs', 'hr', 'h'], dayUnits: ['days', 'day'], minutes: ['minutes', 'minute', 'mins', 'min'] },
  months: {
    names: {
      1: ['january', 'jan'],
      2: ['february', 'feb'],
      3: ['march', 'mar'],
      4: ['april', 'apr'],
      5: ['may'],
      6: ['june', 'jun'],
      7: ['july', 'jul'],
      8: ['august', 'aug'],
      9: ['september', 'sep', 'sept'],
      10: ['october', 'oct'],
      11: ['november', 'nov'],
      12: ['december', 'dec'],
    },
    metaLines: [
      'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
      'august', 'aug', 'september', 'sep', 'sept', 'october', 'oct', 'november', 'nov', 'december', 'dec',
    ],
    bylineTails: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  weekdays: {
    names: {
      0: ['sunday'],
      1: ['monday'],
      2: ['tuesday'],
      3: ['wednesday'],
      4: ['thursday'],
      5: ['friday'],
      6: ['saturday'],
    },
    dateOnlyLines: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    bylineTails: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  },
  time: {
    suffixes: ['am', 'pm'],
    // US and other zones are written the same in every language: see `neutral.ts`.
    zones: {},
  },
  appeals: [
    '(?:download|get) (?:the|our) [^.]{0,40}\\bapps?\\b',
    'with the [^.]{0,30}\\bapp\\b\\.?$',
    'follow [^.]{0,40}\\bon (?:twitter|facebook|instagram|tiktok|youtube|telegram|whatsapp)\\b',
    '(?:support|supporting) (?:our|independent|local) (?:work|journalism|news|reporting)',
    'consider supporting',
    "rely on (?:your|reader|readers') support",
    // Split from one pattern shared with Spanish "hazte": each half keeps every ending it had.
    'become a (?:miembro|member|subscriber|supporter)',
    'we want to hear what you think',
    'letter to the editor',
    'must be logged in',
    'not logged in',
    'will not be published',
    'required fields are marked',
    '(?:opinions|views) expressed [^.]{0,60}\\b(?:are those|do not|does not)',
    'is not responsible for the (?:opinions|content|views)',
    'licensed under (?:a |the )?creative commons',
  ],
  pitches: {
    anywhere: [
      'subscribe', 'sign up', 'newsletter', 'follow (?:us|him|her|them|me)', 'join (?:us|our)', 'get the latest',
      'download (?:the|our) app', 'all rights reserved', 'copyright', 'news tip',
    ],
    lineStart: [
      'subscribe (?:to (?:our|the)|now)',
      'sign up (?:for|to) (?:our|[^.]{0,40}newsletter)',
      'get (?:the|our) [^.]{0,40}newsletter',
      'follow us',
      'join us on',
      'download (?:the|our) [^.]{0,20}app',
      'like us on facebook',
      'never miss',
    ],
  },
  disclosures: [
    'affiliate',
    '\\*\\s*affiliate',
    'disclosure',
    'this (?:post|article|page) (?:may )?contains?',
    'we (?:may )?earn',
    'we recommend the best products',
  ],
  interrogatives: ['why', 'what', 'how', 'who', 'whom', 'whose', 'when', 'where', 'which'],
  // English class words are every CMS's: see `markup.ts`.
  classWords: noClassWords,
  classParts: noClassParts,
};
