/**
 * Sentences of generated news prose, word by word from a small grammar over sizeable word lists.
 *
 * Why not a few fixed phrases: kliping's ingest folds near-duplicate texts into one article
 * (src/ingest/duplicates.ts: Jaccard similarity of word 3-shingles ≥ 0.25). Stories built from a
 * handful of stock phrases share most of their 3-shingles and were folded by the hundred. Real
 * articles on one story share few word triples; so do these: every slot draws from lists of
 * dozens to hundreds of words, names and numbers, and only function words repeat.
 */
import type { Random } from './prng.ts';
import type { Lang } from './words.ts';

/** The word lists of one language. */
interface Vocabulary {
  nouns: readonly string[];
  adjectives: readonly string[];
  /** Transitive verbs as a news report uses them (Indonesian me- forms, English past tense). */
  verbs: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
  roles: readonly string[];
  institutions: readonly string[];
  cities: readonly string[];
  connectors: readonly string[];
  /** Units counted in numbers ("warga", "tonnes"). */
  units: readonly string[];
}

const id: Vocabulary = {
  nouns: [
    'anggaran', 'proyek', 'program', 'kebijakan', 'regulasi', 'kajian', 'rencana', 'sistem', 'layanan', 'fasilitas',
    'infrastruktur', 'jembatan', 'pelabuhan', 'bandara', 'terminal', 'jalan tol', 'rumah sakit', 'sekolah', 'kampus', 'pasar',
    'gudang', 'pabrik', 'kawasan', 'kampung', 'desa', 'kecamatan', 'kabupaten', 'provinsi', 'lembaga', 'komisi',
    'harga', 'tarif', 'pajak', 'subsidi', 'insentif', 'kredit', 'pinjaman', 'utang', 'investasi', 'ekspor',
    'impor', 'produksi', 'distribusi', 'pasokan', 'permintaan', 'cadangan', 'stok', 'kuota', 'target', 'capaian',
    'realisasi', 'pendapatan', 'belanja', 'defisit', 'inflasi', 'pertumbuhan', 'upah', 'tenaga kerja', 'petani', 'nelayan',
    'pedagang', 'pengusaha', 'konsumen', 'pelanggan', 'penumpang', 'pengemudi', 'pelajar', 'mahasiswa', 'guru', 'dokter',
    'perawat', 'pasien', 'penduduk', 'pengungsi', 'korban', 'relawan', 'petugas', 'penyidik', 'jaksa', 'hakim',
    'saksi', 'tersangka', 'perkara', 'sidang', 'putusan', 'gugatan', 'penyelidikan', 'audit', 'survei', 'statistik',
    'indeks', 'kuartal', 'semester', 'periode', 'tahap', 'jadwal', 'tenggat', 'kesepakatan', 'perjanjian', 'kontrak',
    'tender', 'lelang', 'izin', 'sertifikat', 'dokumen', 'aplikasi', 'platform', 'perangkat', 'teknologi', 'listrik',
    'bahan bakar', 'air bersih', 'sampah', 'limbah', 'emisi', 'hutan', 'lahan', 'sungai', 'pantai', 'pulau',
    'panen', 'pupuk', 'benih', 'ternak', 'jagung', 'kedelai', 'gula', 'tembaga', 'armada', 'gerbong',
  ],
  adjectives: [
    'baru', 'lama', 'besar', 'kecil', 'utama', 'penting', 'strategis', 'nasional', 'regional', 'lokal',
    'publik', 'swasta', 'digital', 'terpadu', 'berkelanjutan', 'darurat', 'khusus', 'tambahan', 'sementara', 'permanen',
    'resmi', 'terbuka', 'ketat', 'longgar', 'tinggi', 'rendah', 'murah', 'mahal', 'aman', 'rawan',
    'padat', 'modern', 'tradisional', 'terbaru', 'awal', 'lanjutan', 'menyeluruh', 'terbatas', 'massal', 'mandiri',
    'produktif', 'kompetitif', 'transparan', 'inklusif', 'terintegrasi', 'prioritas', 'mendesak', 'signifikan', 'bertahap', 'berkala',
  ],
  verbs: [
    'membahas', 'menolak', 'mendukung', 'mengumumkan', 'menyiapkan', 'meminta', 'menilai', 'mempertanyakan', 'menunda', 'memperluas',
    'mengkritik', 'meninjau', 'menyoroti', 'mengevaluasi', 'meresmikan', 'meluncurkan', 'menandatangani', 'menyetujui', 'membatalkan', 'memperpanjang',
    'mempercepat', 'memperbaiki', 'membangun', 'merenovasi', 'mengalokasikan', 'mencairkan', 'menyalurkan', 'membagikan', 'mengirim', 'menerima',
    'mengajukan', 'merevisi', 'menerbitkan', 'mencabut', 'menghentikan', 'melanjutkan', 'memulai', 'menyelesaikan', 'menargetkan', 'memperkirakan',
    'mencatat', 'melaporkan', 'mengungkap', 'membantah', 'mengakui', 'memastikan', 'menjamin', 'mengawasi', 'memeriksa', 'menyelidiki',
    'mengamankan', 'mengevakuasi', 'melatih', 'merekrut', 'menaikkan', 'menurunkan', 'mempertahankan', 'mengurangi', 'menambah', 'membuka',
    'menutup', 'menyerahkan', 'mengambil alih', 'memetakan', 'mendata', 'memverifikasi', 'menyosialisasikan', 'mengaudit', 'menata', 'mengusulkan',
  ],
  firstNames: [
    'Ahmad', 'Budi', 'Citra', 'Dian', 'Eko', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lukman', 'Maya', 'Nurul', 'Oki',
    'Putri', 'Rahmat', 'Sari', 'Teguh', 'Utami', 'Wahyu', 'Yuni', 'Zainal', 'Arif', 'Bayu', 'Dewi', 'Fitri', 'Hendra', 'Irfan', 'Lestari',
  ],
  lastNames: [
    'Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Kusuma', 'Nugroho', 'Setiawan', 'Siregar', 'Nasution', 'Harahap', 'Lubis',
    'Tanjung', 'Rahman', 'Hakim', 'Permana', 'Gunawan', 'Susanto', 'Wibowo', 'Utomo', 'Purnomo', 'Suryadi', 'Halim', 'Sembiring',
    'Tambunan', 'Panjaitan', 'Manurung', 'Situmorang', 'Daulay', 'Pohan',
  ],
  roles: [
    'Kepala Dinas', 'Direktur Utama', 'Ketua', 'Wakil Ketua', 'Sekretaris', 'Juru Bicara', 'Kepala Biro', 'Kepala Bidang', 'Deputi',
    'Anggota', 'peneliti', 'ekonom', 'pengamat', 'guru besar', 'analis', 'koordinator', 'kepala seksi', 'staf ahli',
  ],
  institutions: [
    'Kementerian Perdagangan', 'Kementerian Perhubungan', 'Kementerian Kesehatan', 'Kementerian Pertanian', 'Kementerian Pendidikan',
    'Badan Pusat Statistik', 'Otoritas Jasa Keuangan', 'Badan Pangan Nasional', 'Pemerintah Provinsi', 'Pemerintah Kota', 'DPRD',
    'Universitas Indonesia', 'Universitas Gadjah Mada', 'Institut Teknologi Bandung', 'Ombudsman', 'Kadin', 'Apindo', 'YLKI',
    'Indef', 'BRIN', 'Basarnas', 'PLN', 'Pertamina', 'KAI', 'Bulog', 'Universitas Airlangga', 'Universitas Hasanuddin', 'LIPI',
  ],
  cities: [
    'Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Semarang', 'Makassar', 'Palembang', 'Denpasar', 'Yogyakarta', 'Malang', 'Padang',
    'Pekanbaru', 'Banjarmasin', 'Balikpapan', 'Pontianak', 'Manado', 'Kupang', 'Ambon', 'Jayapura', 'Mataram', 'Jambi', 'Bengkulu',
    'Cirebon', 'Tasikmalaya', 'Solo', 'Kediri', 'Jember', 'Bogor', 'Depok', 'Bekasi', 'Tangerang', 'Serang', 'Cilegon', 'Batam',
  ],
  connectors: [
    'Namun', 'Sementara itu', 'Selain itu', 'Di sisi lain', 'Sebelumnya', 'Oleh karena itu', 'Meski demikian', 'Hingga kini',
    'Dalam kesempatan itu', 'Lebih lanjut', 'Sejauh ini', 'Adapun', 'Pada saat yang sama', 'Karena itu',
  ],
  units: ['warga', 'unit', 'ton', 'kepala keluarga', 'hektare', 'kilometer', 'paket', 'sekolah', 'desa', 'pekerja', 'kendaraan', 'titik'],
};

const en: Vocabulary = {
  nouns: [
    'budget', 'project', 'programme', 'policy', 'regulation', 'study', 'plan', 'system', 'service', 'facility',
    'bridge', 'port', 'airport', 'terminal', 'motorway', 'hospital', 'school', 'campus', 'market', 'warehouse',
    'factory', 'district', 'village', 'county', 'province', 'agency', 'commission', 'price', 'tariff', 'tax',
    'subsidy', 'incentive', 'loan', 'debt', 'investment', 'export', 'import', 'output', 'distribution', 'supply',
    'demand', 'reserve', 'stockpile', 'quota', 'target', 'revenue', 'spending', 'deficit', 'inflation', 'growth',
    'wage', 'workforce', 'farmer', 'fisherman', 'trader', 'employer', 'consumer', 'customer', 'passenger', 'driver',
    'pupil', 'student', 'teacher', 'doctor', 'nurse', 'patient', 'resident', 'evacuee', 'volunteer', 'inspector',
    'prosecutor', 'judge', 'witness', 'suspect', 'case', 'hearing', 'ruling', 'lawsuit', 'inquiry', 'audit',
    'survey', 'index', 'quarter', 'deadline', 'deal', 'treaty', 'contract', 'tender', 'auction', 'permit',
    'certificate', 'document', 'app', 'platform', 'device', 'grid', 'fuel', 'water supply', 'waste', 'emissions',
    'forest', 'river', 'coastline', 'island', 'harvest', 'fertiliser', 'livestock', 'maize', 'sugar', 'copper',
    'fleet', 'railway', 'pipeline', 'reservoir', 'landfill', 'clinic', 'library', 'courthouse', 'depot', 'shelter',
  ],
  adjectives: [
    'new', 'old', 'large', 'small', 'main', 'key', 'strategic', 'national', 'regional', 'local',
    'public', 'private', 'digital', 'integrated', 'sustainable', 'emergency', 'special', 'additional', 'temporary', 'permanent',
    'official', 'open', 'strict', 'relaxed', 'high', 'low', 'cheap', 'costly', 'safe', 'fragile',
    'crowded', 'modern', 'traditional', 'latest', 'initial', 'follow-up', 'comprehensive', 'limited', 'mass', 'independent',
    'productive', 'competitive', 'transparent', 'inclusive', 'priority', 'urgent', 'significant', 'gradual', 'periodic', 'annual',
  ],
  verbs: [
    'discussed', 'rejected', 'backed', 'announced', 'prepared', 'requested', 'assessed', 'questioned', 'delayed', 'expanded',
    'criticised', 'reviewed', 'highlighted', 'evaluated', 'opened', 'launched', 'signed', 'approved', 'cancelled', 'extended',
    'accelerated', 'repaired', 'built', 'renovated', 'allocated', 'released', 'distributed', 'shared', 'shipped', 'received',
    'submitted', 'revised', 'issued', 'revoked', 'halted', 'resumed', 'started', 'completed', 'targeted', 'estimated',
    'recorded', 'reported', 'revealed', 'denied', 'acknowledged', 'confirmed', 'guaranteed', 'monitored', 'inspected', 'investigated',
    'secured', 'evacuated', 'trained', 'recruited', 'raised', 'lowered', 'maintained', 'reduced', 'increased', 'reopened',
    'closed', 'handed over', 'took over', 'mapped', 'registered', 'verified', 'promoted', 'audited', 'reorganised', 'proposed',
  ],
  firstNames: [
    'James', 'Emma', 'Oliver', 'Sophie', 'Daniel', 'Grace', 'Thomas', 'Chloe', 'Samuel', 'Lucy', 'Henry', 'Amelia', 'Jack', 'Isla', 'Ryan',
    'Megan', 'Adam', 'Laura', 'Owen', 'Rachel', 'Peter', 'Helen', 'David', 'Anna', 'Mark', 'Julia', 'Paul', 'Nina', 'Simon', 'Claire',
  ],
  lastNames: [
    'Walker', 'Harris', 'Turner', 'Collins', 'Edwards', 'Morgan', 'Bailey', 'Cooper', 'Reed', 'Kelly', 'Howard', 'Ward', 'Fisher',
    'Spencer', 'Gibson', 'Marshall', 'Ellis', 'Hunt', 'Palmer', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Holmes', 'Powell', 'Webb',
    'Dixon', 'Fox', 'Hayes', 'Burke',
  ],
  roles: [
    'director', 'chief executive', 'chair', 'deputy chair', 'secretary', 'spokesperson', 'head of policy', 'senior researcher',
    'economist', 'analyst', 'professor', 'coordinator', 'commissioner', 'adviser', 'inspector general', 'board member', 'treasurer',
  ],
  institutions: [
    'the trade ministry', 'the transport ministry', 'the health ministry', 'the farm ministry', 'the education department',
    'the statistics office', 'the financial regulator', 'the food agency', 'the regional government', 'the city council',
    'the state assembly', 'the university', 'the ombudsman', 'the chamber of commerce', 'the employers federation', 'the consumer council',
    'the policy institute', 'the research council', 'the coastguard', 'the power utility', 'the rail operator', 'the port authority',
    'the audit office', 'the housing agency', 'the water board', 'the planning inspectorate', 'the fire service', 'the public broadcaster',
  ],
  cities: [
    'Leeds', 'Bristol', 'Cardiff', 'Glasgow', 'Belfast', 'Newcastle', 'Sheffield', 'Nottingham', 'Portsmouth', 'Aberdeen', 'Dundee',
    'Swansea', 'Plymouth', 'Norwich', 'Exeter', 'Hull', 'Derby', 'Leicester', 'Coventry', 'Reading', 'Oxford', 'Cambridge', 'York',
    'Bath', 'Brighton', 'Liverpool', 'Manchester', 'Birmingham', 'Inverness', 'Stirling', 'Lincoln', 'Carlisle', 'Durham', 'Chester',
  ],
  connectors: [
    'However', 'Meanwhile', 'In addition', 'On the other hand', 'Earlier', 'As a result', 'Even so', 'So far', 'At the same time',
    'Separately', 'Still', 'By contrast', 'Since then', 'For now',
  ],
  units: ['residents', 'units', 'tonnes', 'households', 'hectares', 'kilometres', 'parcels', 'schools', 'villages', 'workers', 'vehicles', 'sites'],
};

const vocabularies: Record<Lang, Vocabulary> = { id, en };

/** What a story's sentences talk about: its beat's own actors, things and places. */
export interface Subject {
  actors: readonly string[];
  things: readonly string[];
  places: readonly string[];
}

/** "1.250" in Indonesian, "1,250" in English. */
function number(lang: Lang, random: Random): string {
  const value = random.chance(0.5) ? random.int(2, 99) : random.int(100, 98_000);
  return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
}

/** "12,5" / "12.5" per cent figures. */
function percent(lang: Lang, random: Random): string {
  const value = `${random.int(0, 40)}${lang === 'id' ? ',' : '.'}${random.int(1, 9)}`;
  return lang === 'id' ? `${value} persen` : `${value} per cent`;
}

/** Capitalize a sentence's first letter. */
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One sentence about `subject`, in `lang`. About a third of the subjects and objects are the
 * beat's own (so a topic's names come up again and again), the rest generic.
 */
export function sentence(lang: Lang, subject: Subject, months: readonly string[], random: Random): string {
  const v = vocabularies[lang];
  const person = () => `${random.pick(v.firstNames)} ${random.pick(v.lastNames)}`;
  const np = () => `${random.pick(v.nouns)} ${random.pick(v.adjectives)}`;
  const enNp = () => `the ${random.pick(v.adjectives)} ${random.pick(v.nouns)}`;
  const thing = () => (random.chance(0.35) ? random.pick(subject.things) : lang === 'id' ? np() : enNp());
  const place = () => (random.chance(0.4) ? random.pick(subject.places) : random.pick(v.cities));
  const when = () => {
    const month = random.pick(months);
    return lang === 'id' ? random.pick([`pada ${month} lalu`, `sejak awal ${month}`, `hingga akhir ${month}`, `pekan ini`, `bulan depan`]) : random.pick([`in ${month}`, `since early ${month}`, `by the end of ${month}`, `this week`, `next month`]);
  };
  const speaker = () => {
    const who = person();
    const role = random.pick(v.roles);
    const where = random.pick(v.institutions);
    return lang === 'id' ? `${who}, ${role} ${where}` : `${who}, ${role} at ${where}`;
  };
  const actor = () => {
    const roll = random.next();
    if (roll < 0.35) return random.pick(subject.actors);
    if (roll < 0.6) return capital(random.pick(v.institutions));
    if (roll < 0.8) return person();
    return lang === 'id' ? `Para ${random.pick(v.nouns)}` : `${capital(random.pick(v.adjectives))} ${random.pick(v.nouns)}s`;
  };
  const verb = () => random.pick(v.verbs);

  if (lang === 'id') {
    switch (random.int(0, 7)) {
      case 0:
        return `${actor()} ${verb()} ${thing()} di ${place()} ${when()}.`;
      case 1:
        return `"Kami ${verb()} ${thing()} dan ${verb()} ${np()} agar ${random.pick(v.nouns)} ${random.pick(v.adjectives)}," kata ${speaker()}.`;
      case 2:
        return `Menurut ${person()}, ${actor()} telah ${verb()} ${number(lang, random)} ${random.pick(v.units)} di ${place()}.`;
      case 3:
        return `${random.pick(v.connectors)}, ${actor()} juga ${verb()} ${thing()} yang ${random.pick(v.adjectives)} dan ${random.pick(v.adjectives)}.`;
      case 4:
        return `Data ${random.pick(v.institutions)} menunjukkan ${np()} naik ${percent(lang, random)} menjadi ${number(lang, random)} ${random.pick(v.units)} ${when()}.`;
      case 5:
        return `${capital(random.pick(v.nouns))} di ${place()} ${random.pick(['masih', 'belum', 'sudah', 'tidak lagi'])} ${random.pick(v.adjectives)}, sehingga ${actor()} ${verb()} ${thing()}.`;
      case 6:
        return `${actor()} ${verb()} ${thing()} bersama ${random.pick(v.institutions)}, sedangkan ${person()} ${verb()} ${np()}.`;
      default:
        return `Ia menambahkan, ${number(lang, random)} ${random.pick(v.units)} ${random.pick(['akan', 'sudah', 'belum'])} menerima ${np()} dari ${random.pick(v.institutions)}.`;
    }
  }
  switch (random.int(0, 7)) {
    case 0:
      return `${actor()} ${verb()} ${thing()} in ${place()} ${when()}.`;
    case 1:
      return `"We have ${verb()} ${thing()} and ${verb()} ${enNp()} so that the ${random.pick(v.nouns)} stays ${random.pick(v.adjectives)}," said ${speaker()}.`;
    case 2:
      return `According to ${person()}, ${actor()} has ${verb()} ${number(lang, random)} ${random.pick(v.units)} around ${place()}.`;
    case 3:
      return `${random.pick(v.connectors)}, ${actor()} also ${verb()} ${thing()}, which is ${random.pick(v.adjectives)} and ${random.pick(v.adjectives)}.`;
    case 4:
      return `Figures from ${random.pick(v.institutions)} show ${enNp()} rose ${percent(lang, random)} to ${number(lang, random)} ${random.pick(v.units)} ${when()}.`;
    case 5:
      return `The ${random.pick(v.nouns)} in ${place()} is ${random.pick(['still', 'not yet', 'already', 'no longer'])} ${random.pick(v.adjectives)}, so ${actor()} ${verb()} ${thing()}.`;
    case 6:
      return `${actor()} ${verb()} ${thing()} with ${random.pick(v.institutions)}, while ${person()} ${verb()} ${enNp()}.`;
    default:
      return `${person()} added that ${number(lang, random)} ${random.pick(v.units)} ${random.pick(['will get', 'have had', 'are still waiting for'])} ${enNp()} from ${random.pick(v.institutions)}.`;
  }
}
