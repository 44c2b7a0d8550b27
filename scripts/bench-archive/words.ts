/**
 * Word lists for the archive benchmark's generated news pages: per language, headline parts,
 * names and calendar words, and per "beat" (what a story is about) the headlines, leads, actors,
 * things and places that make a story about it. The prose around them is prose.ts's.
 *
 * The beats are chosen against the project's default `content/topics.yml`: the Russia–NATO
 * beat names Russia and NATO (and never Ukraine), the Ukraine beat names Ukraine and Russia (and
 * never NATO), the war beat names all three, and the other beats name none of them, so the
 * generator knows which topics the ingest should file each page under.
 */

/** The languages pages are written in. */
export type Lang = 'id' | 'en';

/** What a story is about: decides its words and the topics it should get. */
export type BeatName = 'war' | 'russia-nato' | 'ukraine' | 'economy' | 'sports' | 'technology' | 'weather' | 'politics';

/** The topic slugs (of content/topics.yml) each beat's stories should be filed under. */
export const beatTopics: Record<BeatName, string[]> = {
  war: ['russia-nato', 'ukraine'],
  'russia-nato': ['russia-nato'],
  ukraine: ['ukraine'],
  economy: [],
  sports: [],
  technology: [],
  weather: [],
  politics: [],
};

/** How often each beat is drawn (weights): about 45% of pages are on one of the two topics. */
export const beatWeights: ReadonlyArray<readonly [BeatName, number]> = [
  ['war', 20],
  ['russia-nato', 12],
  ['ukraine', 13],
  ['economy', 15],
  ['sports', 10],
  ['technology', 10],
  ['weather', 8],
  ['politics', 12],
];

/** One beat in one language. Every list is non-empty. */
export interface Beat {
  /** Headline templates; `{x}` is replaced by an item of `things`, `{p}` of `places`, `{n}` a number. */
  headlines: readonly string[];
  /** Who acts in the story's sentences. */
  actors: readonly string[];
  /** What they act on. */
  things: readonly string[];
  /** Where it happens. */
  places: readonly string[];
  /**
   * Sentences that every story of the beat opens with (one is picked): they name each group of
   * the beat's topics at least twice, so the classification does not depend on chance.
   */
  leads: readonly string[];
}

/** One language's headline parts, names and calendar words (its prose: prose.ts). */
export interface Language {
  /** Second parts of headlines; `{p}` is replaced by a place of the beat. */
  headlineTails: readonly string[];
  /** Reporters' names. */
  reporters: readonly string[];
  /** Month names, January first, for visible datelines. */
  months: readonly string[];
  /** Weekday names, Sunday first. */
  weekdays: readonly string[];
  beats: Record<BeatName, Beat>;
}

const id: Language = {
  headlineTails: [
    ', Ini Kata Pengamat', ': Warga {p} Menunggu Kepastian', ', Begini Reaksi Pemerintah', ', Apa Dampaknya?', ' di Tengah Sorotan Publik',
    ': Fakta-Fakta Terbaru', ', Pejabat {p} Angkat Bicara', ' Pekan Ini', ' Menjelang Akhir Tahun', ', Simak Penjelasannya',
  ],
  reporters: ['Rina Kurniawati', 'Agus Santoso', 'Dewi Lestari', 'Bima Pratama', 'Siti Rahmawati', 'Yoga Firmansyah', 'Nanda Putri', 'Hendra Wijaya'],
  months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  weekdays: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  beats: {
    war: {
      headlines: [
        'Rusia Tuding NATO Perpanjang Perang di Ukraina', 'Zelensky Minta NATO Percepat Bantuan {x}',
        'Putin: Ekspansi NATO Ancam Keamanan Rusia dan Ukraina', 'Serangan Rusia di {p}, NATO Gelar Rapat Darurat',
        'NATO Kirim {x} ke Ukraina, Moskow Bereaksi Keras', 'Kyiv dan NATO Bahas {x} di Tengah Gempuran Rusia',
      ],
      actors: ['Presiden Zelensky', 'Kremlin', 'Sekretaris Jenderal NATO', 'Pasukan Rusia', 'Pemerintah Ukraina', 'Putin', 'Militer Ukraina', 'Aliansi NATO'],
      things: ['bantuan militer', 'sistem pertahanan udara', 'sanksi baru', 'jalur pasokan', 'pembicaraan damai', 'kendaraan lapis baja'],
      places: ['Kyiv', 'Kharkiv', 'Donbas', 'Brussel', 'Moskow', 'Odesa'],
      leads: [
        'Ketegangan antara Rusia dan NATO kembali meningkat setelah pasukan Rusia menggempur wilayah timur Ukraina, sementara NATO menjanjikan bantuan tambahan bagi Kyiv.',
        'Pemerintah Ukraina meminta NATO memperkuat dukungan, sedangkan Kremlin menyebut keterlibatan NATO memperpanjang konflik antara Rusia dan Ukraina.',
      ],
    },
    'russia-nato': {
      headlines: [
        'Rusia Kecewa dengan Sinyal NATO Jelang Pembicaraan di {p}', 'NATO Tolak Tuntutan Rusia soal {x}',
        'Kremlin Peringatkan NATO atas Latihan Militer di {p}', 'Putin dan NATO Saling Tuding soal {x}',
        'Diplomat Rusia dan NATO Bertemu di {p}', 'Moskow Sebut Perluasan NATO Ancaman Nyata',
      ],
      actors: ['Kremlin', 'Wakil Menteri Luar Negeri Rusia', 'Sekretaris Jenderal NATO', 'Putin', 'Para diplomat NATO', 'Moskow'],
      things: ['jaminan keamanan', 'latihan militer', 'penempatan rudal', 'perluasan aliansi', 'pengendalian senjata', 'patroli udara'],
      places: ['Jenewa', 'Brussel', 'Wina', 'Laut Baltik', 'Helsinki', 'Warsawa'],
      leads: [
        'Rusia menyatakan kecewa dengan sikap NATO menjelang perundingan keamanan, dan Moskow menuntut NATO menghentikan perluasan ke arah timur.',
        'Hubungan Rusia dan NATO kembali memanas setelah Kremlin menuding NATO menggelar latihan militer di dekat perbatasan Rusia.',
      ],
    },
    ukraine: {
      headlines: [
        'Ukraina Perbaiki {x} Jelang Musim Dingin', 'Zelensky Kunjungi {p} dan Janjikan Pemulihan',
        'Warga Kyiv Bertahan di Tengah Pemadaman {x}', 'Ukraina Terima {x} dari Sejumlah Negara',
        'Petani Ukraina Kembali Kirim Gandum Lewat {p}', 'Pemerintah Ukraina Umumkan Program {x}',
      ],
      actors: ['Presiden Zelensky', 'Pemerintah Ukraina', 'Wali Kota Kyiv', 'Warga Ukraina', 'Petani Ukraina', 'Militer Ukraina'],
      things: ['jaringan listrik', 'bantuan kemanusiaan', 'rekonstruksi jembatan', 'ekspor gandum', 'perumahan darurat', 'pasokan air'],
      places: ['Kyiv', 'Odesa', 'Lviv', 'Kharkiv', 'Dnipro', 'Donbas'],
      leads: [
        'Pemerintah Ukraina mempercepat perbaikan infrastruktur di Kyiv dan kota lain setelah serangan Rusia merusak jaringan listrik Ukraina.',
        'Warga Ukraina di Kyiv kembali beraktivitas, sementara Presiden Zelensky meminta dukungan untuk pemulihan Ukraina.',
      ],
    },
    economy: {
      headlines: [
        'Inflasi {p} Turun, Harga {x} Mulai Stabil', 'Bank Indonesia Pertahankan Suku Bunga Acuan',
        'Rupiah Menguat, Investor Cermati {x}', 'Ekspor {x} Naik {n} Persen pada Kuartal Ini',
        'Pemerintah Siapkan Insentif untuk {x}', 'UMKM di {p} Dapat Akses Kredit Baru',
      ],
      actors: ['Bank Indonesia', 'Kementerian Keuangan', 'Para ekonom', 'Pelaku usaha', 'Badan Pusat Statistik', 'Asosiasi pengusaha'],
      things: ['minyak goreng', 'beras', 'batu bara', 'kendaraan listrik', 'sektor properti', 'nikel'],
      places: ['Jakarta', 'Surabaya', 'Medan', 'Makassar', 'Semarang', 'Bandung'],
      leads: [
        'Angka inflasi bulan ini tercatat lebih rendah dari perkiraan, sehingga harga sejumlah bahan pokok di pasar tradisional mulai stabil.',
        'Pelaku usaha menyambut kebijakan insentif baru yang diharapkan mendorong konsumsi rumah tangga hingga akhir tahun.',
      ],
    },
    sports: {
      headlines: [
        'Timnas Menang {n}-1 atas Lawan di {p}', 'Pelatih Umumkan Skuad untuk {x}',
        'Persaingan Liga 1 Memanas Jelang {x}', 'Atlet Bulu Tangkis Raih Gelar di {p}',
        'PSSI Evaluasi Hasil {x}', 'Stadion di {p} Siap Gelar {x}',
      ],
      actors: ['Pelatih kepala', 'Kapten tim', 'Para pemain', 'PSSI', 'Manajemen klub', 'Para suporter'],
      things: ['laga persahabatan', 'Piala AFF', 'babak kualifikasi', 'musim depan', 'turnamen pramusim', 'final'],
      places: ['Jakarta', 'Bandung', 'Solo', 'Palembang', 'Bali', 'Yogyakarta'],
      leads: [
        'Tim nasional menutup laga dengan kemenangan meyakinkan, dan pelatih kepala memuji disiplin para pemain sepanjang pertandingan.',
        'Persaingan di papan atas klasemen semakin ketat setelah dua klub teratas sama-sama kehilangan poin pekan ini.',
      ],
    },
    technology: {
      headlines: [
        'Aplikasi {x} Kini Tersedia di {p}', 'Startup Lokal Raih Pendanaan untuk {x}',
        'Kominfo Minta Platform Lindungi {x}', 'Kecerdasan Buatan Mulai Dipakai untuk {x}',
        'Kebocoran {x} Jadi Sorotan', 'Jaringan 5G Diperluas ke {p}',
      ],
      actors: ['Kominfo', 'Pendiri startup itu', 'Para pengembang', 'Pakar keamanan siber', 'Operator seluler', 'Perusahaan teknologi'],
      things: ['data pribadi', 'pembayaran digital', 'layanan kesehatan daring', 'pendidikan jarak jauh', 'logistik', 'pertanian pintar'],
      places: ['Jakarta', 'Batam', 'Bandung', 'Yogyakarta', 'Malang', 'Denpasar'],
      leads: [
        'Perusahaan rintisan lokal itu memperoleh pendanaan baru yang akan dipakai untuk memperluas layanan ke kota-kota lain.',
        'Pakar keamanan siber mengingatkan pengguna agar lebih berhati-hati menyimpan data pribadi di aplikasi yang belum terverifikasi.',
      ],
    },
    weather: {
      headlines: [
        'BMKG Peringatkan Hujan Lebat di {p}', 'Banjir Rendam Ribuan Rumah di {p}',
        'Musim Kemarau Diprediksi Lebih Panjang', 'Warga {p} Diminta Waspada {x}',
        'Gelombang Tinggi Ganggu Pelayaran di {p}', 'Suhu Panas Landa {p} Sepekan Terakhir',
      ],
      actors: ['BMKG', 'BPBD setempat', 'Petugas gabungan', 'Warga terdampak', 'Relawan', 'Dinas Pekerjaan Umum'],
      things: ['angin kencang', 'tanah longsor', 'banjir rob', 'kekeringan', 'cuaca ekstrem', 'genangan air'],
      places: ['Jakarta Utara', 'Bekasi', 'Semarang', 'Manado', 'Kupang', 'Pontianak'],
      leads: [
        'BMKG memperingatkan potensi hujan lebat disertai angin kencang yang dapat memicu banjir dan tanah longsor di sejumlah wilayah.',
        'Ribuan warga terpaksa mengungsi setelah hujan deras sejak dini hari membuat sungai meluap ke permukiman.',
      ],
    },
    politics: {
      headlines: [
        'DPR Setujui {x} dalam Rapat Paripurna', 'KPU Umumkan Jadwal {x}',
        'Partai Koalisi Bahas {x} di {p}', 'Pemilihan Kepala Daerah {p} Berlangsung Tertib',
        'Revisi Undang-Undang {x} Tuai Kritik', 'Gubernur {p} Lantik Pejabat Baru',
      ],
      actors: ['DPR', 'KPU', 'Ketua umum partai', 'Gubernur', 'Para anggota dewan', 'Bawaslu'],
      things: ['tahapan pemilu', 'rancangan undang-undang', 'anggaran daerah', 'daftar pemilih', 'reformasi birokrasi', 'pemekaran wilayah'],
      places: ['Jakarta', 'Jawa Barat', 'Sumatera Utara', 'Sulawesi Selatan', 'Kalimantan Timur', 'Papua'],
      leads: [
        'Rapat paripurna DPR menyetujui rancangan undang-undang tersebut setelah pembahasan panjang di tingkat komisi.',
        'KPU memastikan seluruh tahapan pemilihan berjalan sesuai jadwal meski sejumlah daerah masih menghadapi kendala logistik.',
      ],
    },
  },
};

const en: Language = {
  headlineTails: [
    ': What We Know So Far', ', Officials Say', ' as {p} Waits for Answers', ': Analysis', ' Amid Growing Scrutiny',
    ', Report Finds', ': Live Updates', ' Despite Objections in {p}', ' This Week', ', Sources Say',
  ],
  reporters: ['Emma Clarke', 'Daniel Hughes', 'Sarah Mitchell', 'James Porter', 'Olivia Bennett', 'Thomas Reid', 'Hannah Cole', 'Michael Grant'],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  beats: {
    war: {
      headlines: [
        'Russia Accuses NATO of Prolonging War in Ukraine', 'Zelenskyy Urges NATO to Speed Up {x}',
        'Putin Says NATO Expansion Threatens Russia and Ukraine', 'Russian Strikes Hit {p} as NATO Holds Emergency Talks',
        'NATO Sends {x} to Ukraine, Moscow Reacts Angrily', 'Kyiv and NATO Discuss {x} Under Russian Fire',
      ],
      actors: ['President Zelenskyy', 'The Kremlin', 'The NATO secretary general', 'Russian forces', "Ukraine's government", 'Putin', "Ukraine's military", 'NATO allies'],
      things: ['military aid', 'air defence systems', 'new sanctions', 'supply routes', 'peace talks', 'armoured vehicles'],
      places: ['Kyiv', 'Kharkiv', 'the Donbas', 'Brussels', 'Moscow', 'Odesa'],
      leads: [
        'Tensions between Russia and NATO rose again after Russian forces pounded eastern Ukraine, while NATO promised Kyiv more support.',
        "Ukraine's government asked NATO for stronger backing, while the Kremlin said NATO involvement was prolonging the conflict between Russia and Ukraine.",
      ],
    },
    'russia-nato': {
      headlines: [
        'Russia Disappointed by NATO Signals Ahead of {p} Talks', 'NATO Rejects Russian Demands on {x}',
        'Kremlin Warns NATO Over Drills Near {p}', 'Putin and NATO Trade Accusations Over {x}',
        'Russian and NATO Diplomats Meet in {p}', 'Moscow Calls NATO Enlargement a Real Threat',
      ],
      actors: ['The Kremlin', "Russia's deputy foreign minister", 'The NATO secretary general', 'Putin', 'NATO diplomats', 'Moscow'],
      things: ['security guarantees', 'military exercises', 'missile deployments', 'alliance enlargement', 'arms control', 'air patrols'],
      places: ['Geneva', 'Brussels', 'Vienna', 'the Baltic Sea', 'Helsinki', 'Warsaw'],
      leads: [
        "Russia said it was disappointed by NATO's stance ahead of security talks, and Moscow demanded that NATO halt its expansion eastward.",
        'Relations between Russia and NATO soured again after the Kremlin accused NATO of holding military drills near Russian borders.',
      ],
    },
    ukraine: {
      headlines: [
        'Ukraine Repairs {x} Ahead of Winter', 'Zelenskyy Visits {p}, Promises Recovery',
        'Kyiv Residents Endure Blackouts as {x} Falters', 'Ukraine Receives {x} From Partners',
        'Ukrainian Farmers Resume Grain Shipments Through {p}', "Ukraine's Government Launches {x} Programme",
      ],
      actors: ['President Zelenskyy', "Ukraine's government", "Kyiv's mayor", 'Ukrainians', 'Ukrainian farmers', "Ukraine's military"],
      things: ['the power grid', 'humanitarian aid', 'bridge reconstruction', 'grain exports', 'emergency housing', 'water supplies'],
      places: ['Kyiv', 'Odesa', 'Lviv', 'Kharkiv', 'Dnipro', 'the Donbas'],
      leads: [
        "Ukraine's government is speeding up repairs in Kyiv and other cities after Russian strikes damaged Ukraine's power grid.",
        'Residents of Kyiv returned to work, while President Zelenskyy appealed for support for the recovery of Ukraine.',
      ],
    },
    economy: {
      headlines: [
        'Inflation in {p} Eases as {x} Prices Settle', 'Central Bank Holds Interest Rates Steady',
        'Currency Strengthens as Investors Weigh {x}', '{x} Exports Rise {n} Percent This Quarter',
        'Government Prepares Incentives for {x}', 'Small Businesses in {p} Gain New Credit Lines',
      ],
      actors: ['The central bank', 'The finance ministry', 'Economists', 'Business owners', 'The statistics office', 'Industry groups'],
      things: ['cooking oil', 'rice', 'coal', 'electric vehicles', 'the property sector', 'nickel'],
      places: ['London', 'Singapore', 'Frankfurt', 'Toronto', 'Sydney', 'Chicago'],
      leads: [
        'Inflation this month came in below forecasts, and the prices of several staple goods have begun to settle in local markets.',
        'Businesses welcomed a new package of incentives that is expected to lift household spending through the end of the year.',
      ],
    },
    sports: {
      headlines: [
        'National Side Wins {n}-1 in {p}', 'Coach Names Squad for {x}', 'Title Race Tightens Ahead of {x}',
        'Badminton Star Takes Title in {p}', 'Federation Reviews {x} Result', 'Stadium in {p} Ready to Host {x}',
      ],
      actors: ['The head coach', 'The captain', 'The players', 'The federation', 'Club management', 'Supporters'],
      things: ['the friendly', 'the cup final', 'the qualifiers', 'next season', 'the pre-season tournament', 'the derby'],
      places: ['Manchester', 'Madrid', 'Melbourne', 'Glasgow', 'Dublin', 'Lisbon'],
      leads: [
        'The national team closed out the match with a convincing win, and the head coach praised the discipline of his players.',
        'The race at the top of the table tightened after both leading clubs dropped points this weekend.',
      ],
    },
    technology: {
      headlines: [
        '{x} App Launches in {p}', 'Local Startup Raises Funds for {x}', 'Regulator Tells Platforms to Protect {x}',
        'Artificial Intelligence Put to Work in {x}', '{x} Leak Draws Scrutiny', '5G Network Expands to {p}',
      ],
      actors: ['The regulator', "The startup's founder", 'Developers', 'Security researchers', 'Mobile operators', 'Tech companies'],
      things: ['personal data', 'digital payments', 'online healthcare', 'remote learning', 'logistics', 'smart farming'],
      places: ['Berlin', 'Austin', 'Bangalore', 'Seoul', 'Amsterdam', 'Nairobi'],
      leads: [
        'The young company secured fresh funding that it plans to use to bring its service to more cities next year.',
        'Security researchers warned users to take more care storing personal data in apps that have not been verified.',
      ],
    },
    weather: {
      headlines: [
        'Forecasters Warn of Heavy Rain in {p}', 'Floods Swamp Thousands of Homes in {p}', 'Dry Season Expected to Last Longer',
        'Residents of {p} Told to Watch for {x}', 'High Waves Disrupt Shipping Near {p}', 'Heatwave Grips {p} for a Week',
      ],
      actors: ['The weather service', 'Local emergency officials', 'Rescue teams', 'Affected residents', 'Volunteers', 'The public works department'],
      things: ['strong winds', 'landslides', 'coastal flooding', 'drought', 'extreme weather', 'standing water'],
      places: ['Cornwall', 'Queensland', 'Manila', 'New Orleans', 'Valencia', 'Cape Town'],
      leads: [
        'Forecasters warned of heavy rain and strong winds that could trigger floods and landslides across several regions.',
        'Thousands of residents were forced from their homes after a night of downpours sent rivers over their banks.',
      ],
    },
    politics: {
      headlines: [
        'Parliament Approves {x} in Plenary Vote', 'Election Commission Sets Date for {x}', 'Coalition Parties Discuss {x} in {p}',
        'Local Elections in {p} Pass Peacefully', 'Revision of {x} Law Draws Criticism', 'Governor of {p} Swears In New Officials',
      ],
      actors: ['Parliament', 'The election commission', 'The party chair', 'The governor', 'Members of the council', 'Election monitors'],
      things: ['the election timetable', 'the draft bill', 'the regional budget', 'the voter roll', 'civil service reform', 'district boundaries'],
      places: ['Ontario', 'Victoria', 'Wales', 'Bavaria', 'Oregon', 'Tasmania'],
      leads: [
        'Parliament approved the draft bill in a plenary session after lengthy debate in committee.',
        'The election commission said every stage of the vote was on schedule, although some districts still faced logistical problems.',
      ],
    },
  },
};

/** Every language's word lists. */
export const languages: Record<Lang, Language> = { id, en };
