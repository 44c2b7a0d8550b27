/**
 * Indonesian: the language of most of kliping's inputs (Suara.com, Kompas, Detik, Tempo…).
 */
import { none, type Lexicon } from './types.ts';

/** Indonesian boilerplate vocabulary. */
export const id: Lexicon = {
  code: 'id',
  name: 'Indonesian',
  teasers: {
    readAlso: [
      'baca juga', 'baca', 'baca selengkapnya', 'baca artikel', 'baca berita', 'lihat juga', 'lihat video',
      'simak juga', 'simak', 'simak video', 'tonton juga', 'tonton video', 'artikel terkait', 'berita terkait',
      'artikel lainnya', 'berita lainnya', 'pilihan untuk anda', 'pilihan redaksi', 'halaman selanjutnya',
    ],
    inTextCopies: ['baca juga', 'baca pula', 'lihat juga', 'simak juga', 'tonton juga'],
  },
  relatedHeadings: [
    'berita terkait', 'artikel terkait', 'terpopuler', 'populer', 'pilihan', 'pilihan editor', 'terkini',
    'berita terkini', 'berita lainnya', 'baca juga', 'rekomendasi', 'topik terkait',
  ],
  widgetLabels: ['iklan', 'bagikan', 'komentar'],
  tagLabels: ['kata kunci', 'topik'],
  credits: {
    lineLabels: ['foto', 'sumber'],
    lineLabelSuffixes: none,
    copyrightLabels: none,
    lineEnds: none,
    captionLabels: ['foto'],
    captionTrailers: ['foto'],
    // "Editor" and "Reporter" are Indonesian words too.
    staffLabels: ['penulis', 'reporter', 'editor', 'redaktur', 'pewarta'],
  },
  bylines: {
    lineStarts: ['oleh', 'penulis', 'reporter', 'editor'],
    prefixes: ['oleh', 'penulis', 'reporter', 'wartawan', 'kontributor'],
    conjunctions: ['dan'],
    notNames: ['penyunting', 'editor', 'foto'],
  },
  datelines: {
    labels: none,
    prepositions: none,
    words: ['diperbarui', 'dipublikasikan', 'diterbitkan'],
    bylineTails: ['diperbarui', 'dipublikasikan'],
  },
  dating: { published: ['diterbitkan', 'dipublikasikan', 'dipublikasi', 'terbit'], updated: ['diperbarui', 'diperbaharui', 'update', 'pembaruan'], days: { 'hari ini': 0, kemarin: 1 }, agoBefore: none, agoAfter: ['yang lalu', 'lalu'], hours: ['jam'], dayUnits: ['hari'], minutes: ['menit'] },
  months: {
    names: {
      1: ['januari', 'jan'],
      2: ['februari', 'feb'],
      3: ['maret', 'mar'],
      4: ['april', 'apr'],
      5: ['mei'],
      6: ['juni', 'jun'],
      7: ['juli', 'jul'],
      8: ['agustus', 'agu', 'agt', 'ags'],
      9: ['september', 'sep'],
      10: ['oktober', 'okt'],
      11: ['november', 'nopember', 'nov', 'nop'],
      12: ['desember', 'des'],
    },
    metaLines: [
      'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'agu', 'september', 'oktober',
      'okt', 'november', 'desember', 'des',
      // A misspelling of "agustus" (and Dutch): the pattern these words came from,
      // aug(?:ust|ustus)?, matched it, and moving the words was not to change what it matches.
      'augustus',
    ],
    bylineTails: none,
  },
  weekdays: {
    names: {
      0: ['minggu', 'ahad'],
      1: ['senin'],
      2: ['selasa'],
      3: ['rabu'],
      4: ['kamis'],
      5: ['jumat', "jum'at", 'jum’at'],
      6: ['sabtu'],
    },
    dateOnlyLines: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'],
    bylineTails: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'],
  },
  time: {
    suffixes: ['wib', 'wita', 'wit'],
    // Waktu Indonesia Barat, Tengah, Timur: fixed offsets, no daylight saving.
    zones: { wib: 420, wita: 480, wit: 540 },
  },
  appeals: none,
  pitches: {
    anywhere: ['berlangganan', 'ikuti kami'],
    lineStart: [
      'ikuti kami',
      'berlangganan',
      'dapatkan update',
      'dapatkan berita',
      'mari bergabung',
      'gabung (?:di )?(?:grup|channel)',
      'download aplikasi',
      'artikel ini telah tayang',
    ],
  },
  disclosures: none,
  interrogatives: [
    'mengapa', 'kenapa', 'apa', 'apakah', 'bagaimana', 'siapa', 'kapan', 'bilamana', 'berapa', 'seberapa',
    'di mana', 'dimana', 'ke mana', 'kemana', 'dari mana', 'manakah',
  ],
  classWords: {
    boilerplate: ['baca-juga', 'bacajuga', 'lihat-juga', 'artikel-terkait'],
    comments: ['komentar'],
    weak: none,
    // "Isi" is content, "konten" content, "berita" news: "isi-berita", "detail-konten".
    content: ['isi', 'konten', 'berita'],
    caption: ['keterangan-foto'],
  },
  classParts: { author: ['penulis'], date: ['tanggal', 'waktu'], comment: ['komentar'] },
};
