package entity

// Cue words, written by the telaah authors. All are folded to lower case; a trailing dot of the
// token is ignored when they are looked up ("Jl." matches "jl").

// perTitles are titles and honorifics before a person's name; they are not part of the name.
var perTitles = setOf(
	"presiden", "wapres", "wakil", "menteri", "menko", "mendagri", "menlu", "menkeu", "menhan", "menkes", "mendikbud", "mensesneg",
	"gubernur", "wagub", "bupati", "wabup", "walikota", "wali", "wawali", "camat", "lurah", "kades", "ketua", "ketum", "sekjen", "sekretaris",
	"direktur", "dirut", "kepala", "kabag", "kasat", "kapolri", "kapolda", "kapolres", "kapolsek", "kapuspen", "panglima", "jaksa", "hakim",
	"jenderal", "jend", "letjen", "mayjen", "brigjen", "kolonel", "letkol", "mayor", "kapten", "kombes", "akbp", "kompol", "irjen", "komjen", "ipda", "iptu", "aiptu", "bripka", "briptu", "serka", "laksamana", "marsekal",
	"pak", "bapak", "bu", "ibu", "bpk", "sdr", "saudara", "saudari", "tuan", "nyonya", "nona", "mbak", "mas", "bang", "kak", "om", "tante", "eyang", "mbah",
	"dr", "drg", "prof", "ir", "drs", "dra", "h", "hj", "haji", "hajah", "kh", "kiai", "kyai", "ustaz", "ustad", "ustadz", "ustazah", "habib", "syekh", "gus", "buya", "romo", "pastor", "pendeta", "uskup", "paus",
	"raja", "ratu", "sultan", "pangeran", "baginda", "syeikh",
	"senator", "anggota", "juru", "jubir", "komisioner", "pengacara", "advokat", "profesor", "dokter", "rektor", "dekan", "dubes", "duta", "komandan", "danramil", "dandim", "pangdam", "kasad", "kasal", "kasau",
	"capres", "cawapres", "cagub", "cawagub", "cabup", "cawabup", "cawalkot", "kabareskrim", "kabaharkam", "kadiv", "kabid", "kasubdit", "dirjen", "sesjen", "wamen", "wakapolri", "wakapolda", "kapuspenkum", "kasatreskrim",
	"ceo", "cfo", "coo", "cto", "chairman", "founder", "pendiri", "pemilik", "manajer", "pelatih", "kapten", "mr", "mrs", "ms", "sir", "lord", "pm", "perdana",
)

// portfolio words follow a title and are part of the office, not of the name: Menteri Keuangan.
var portfolio = setOf("umum", "utama", "harian", "besar", "muda", "madya", "keuangan", "luar", "dalam", "negeri", "pertahanan", "agama", "kesehatan", "pendidikan",
	"perdagangan", "perindustrian", "pertanian", "sosial", "hukum", "ham", "perhubungan", "pariwisata", "koordinator", "bidang", "polhukam", "perekonomian",
	"kebudayaan", "riset", "teknologi", "tenaga", "kerja", "kelautan", "perikanan", "kehutanan", "lingkungan", "hidup", "pemuda", "olahraga", "komunikasi",
	"informatika", "energi", "sumber", "daya", "mineral", "investasi", "koperasi", "ukm", "desa", "perumahan", "rakyat", "pekerjaan", "agraria", "tata", "ruang",
	"pemberdayaan", "perempuan", "anak", "sekretaris", "negara", "kabinet", "aparatur", "reformasi", "birokrasi", "perencanaan", "pembangunan", "nasional",
	"kepolisian", "kejaksaan", "agung", "tinggi", "komisi", "fraksi", "pembina", "jenderal", "dan", "pengurus", "pusat", "wilayah", "cabang", "eksekutif", "operasional", "bicara", "terpilih", "nonaktif", "periode", "penasihat", "kehormatan", "staf", "khusus", "ahli", "senior",
	"ri", "bumn",
)

// orgCues start organisation names.
var orgCues = setOf("pt", "pn", "cv", "ud", "pd", "perum", "persero", "bank", "kementerian", "kemenkeu", "kemendag", "kemenkes", "kemendikbud", "kemenag", "badan", "komisi", "dinas", "lembaga",
	"partai", "universitas", "univ", "institut", "sekolah", "sma", "smp", "sd", "smk", "madrasah", "pesantren", "akademi", "politeknik", "stikes", "rumah", "rs", "rsud", "rsup", "puskesmas",
	"polda", "polres", "polsek", "kodam", "kodim", "korem", "pengadilan", "mahkamah", "kejaksaan", "kejati", "kejari", "dewan", "majelis", "yayasan", "persatuan", "asosiasi",
	"ikatan", "himpunan", "perhimpunan", "gabungan", "serikat", "federasi", "konfederasi", "koperasi", "perusahaan", "grup", "group", "kelompok", "organisasi", "front", "gerakan", "aliansi",
	"koalisi", "fraksi", "sekretariat", "direktorat", "inspektorat", "kantor", "biro", "pusat", "unit", "satuan", "satgas", "detasemen", "densus", "pasukan", "kepolisian", "kesatuan",
	"pemerintah", "pemprov", "pemkot", "pemkab", "kabinet", "ombudsman", "otoritas", "bursa", "klub", "persatuan", "tim", "harian", "majalah", "radio", "televisi", "stasiun", "surat",
	"forum", "komunitas", "paguyuban", "perkumpulan")

// orgHeads are the words that head an organisation's name even when they open a sentence: Forum
// Konsumen Sulawesi Selatan, Komunitas Konsumen Daring Indonesia, Yayasan Lembaga Konsumen
// Indonesia. A forum, a community or a foundation is an organisation, not an event or a person.
var orgHeads = setOf("forum", "komunitas", "yayasan", "lembaga", "asosiasi", "himpunan", "perhimpunan", "ikatan", "persatuan", "paguyuban", "perkumpulan",
	"pt", "cv", "ud", "perum", "koperasi", "universitas", "institut", "politeknik", "kementerian", "partai", "serikat", "federasi", "konfederasi", "aliansi", "koalisi")

// legalForms open a company's name: the capitalised words after them belong to the name, also
// those that are places on their own (PT BelanjaKita Nusantara, CV Maju Jaya Makassar).
var legalForms = setOf("pt", "cv", "ud", "pd", "pn", "perum", "persero", "tbk")

// locCues start place names.
var locCues = setOf("kota", "kabupaten", "kab", "provinsi", "propinsi", "prov", "jalan", "jl", "jln", "gang", "gg", "desa", "kecamatan", "kec", "kelurahan", "kel", "kampung", "dusun", "nagari",
	"pulau", "kepulauan", "gunung", "gn", "pegunungan", "sungai", "danau", "selat", "teluk", "laut", "samudra", "samudera", "pantai", "tanjung", "bandara", "bandar", "pelabuhan",
	"terminal", "alun-alun", "lapangan", "gedung", "istana", "masjid", "gereja", "pura", "vihara", "klenteng", "candi", "monumen", "museum", "taman", "stadion", "gelora", "pasar",
	"mal", "mall", "plaza", "hotel", "kompleks", "perumahan", "kawasan", "benua", "negara", "kerajaan", "kesultanan", "wilayah", "lembah", "bukit", "tol", "simpang", "perempatan", "jembatan", "bendungan", "waduk", "hutan", "cagar", "apartemen", "menara", "tugu", "lapas", "rutan", "semenanjung", "jazirah", "distrik", "county", "republik")

// eventCues start event names.
var eventCues = setOf("piala", "olimpiade", "pemilu", "pilkada", "pilpres", "pileg", "festival", "konferensi", "kongres", "muktamar", "munas", "musyawarah", "rapimnas", "rakernas",
	"pekan", "hari", "perang", "pertempuran", "tragedi", "peristiwa", "sea", "asian", "kejuaraan", "liga", "turnamen", "konser", "pameran", "kongres", "sidang", "ktt", "world", "expo", "festival", "gerhana", "idul", "idulfitri", "iduladha", "tahun", "harbolnas")

// orgSuffix ends organisation names.
var orgSuffix = setOf("tbk", "ri", "inc", "corp", "corporation", "ltd", "llc", "plc", "ag", "gmbh", "co", "company", "group", "grup", "holding", "holdings", "foundation", "institute", "center", "centre", "fc", "united", "club", "university", "college", "association", "bank", "airlines", "airways", "air", "motor", "motors", "persero", "indonesia")

// directions end place names: Jakarta Selatan, Kalimantan Timur.
var directions = setOf("utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "timur laut", "raya", "pusat", "daya", "laut", "besar", "kecil", "hulu", "hilir", "baru", "lama", "north", "south", "east", "west", "central")

// Context words before a name.
var (
	perContextBefore = setOf("kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "papar", "tegas", "imbuh", "terang", "sebut", "tukas", "kilah", "katanya", "menurut", "bersama", "oleh", "sosok", "tersangka", "terdakwa", "saksi", "korban", "pelaku", "istri", "suami", "anak", "putra", "putri", "adik", "kakak", "ayah", "ibunda", "ayahanda", "mendiang", "almarhum", "almarhumah", "sang", "si", "penyanyi", "aktor", "aktris", "artis", "pemain", "striker", "gelandang", "bek", "kiper", "pebulu", "petenis", "pembalap", "penulis", "sutradara", "pengusaha", "politikus", "politisi", "tokoh", "jubir", "bos", "rekan", "kuasa", "hukum", "calon", "capres", "cawapres", "caleg", "cagub", "bakal", "kepada", "terhadap", "memanggil", "bertemu", "menemui", "ditemani", "didampingi", "menggantikan", "digantikan", "mantan", "eks")
	locContextBefore = setOf("kota", "kabupaten", "provinsi", "propinsi", "desa", "kecamatan", "kelurahan", "pulau", "negara", "negeri", "wilayah", "daerah", "kawasan", "jalan", "gunung", "sungai", "ibu", "ibukota", "menuju", "asal", "warga", "penduduk", "tiba", "berangkat", "kunjungan", "mengunjungi", "berkunjung", "sekitar", "perbatasan", "timur", "barat", "utara", "selatan", "tengah", "bagian", "luar", "seluruh", "kabupaten/kota")
	orgContextBefore = setOf("partai", "perusahaan", "bank", "lembaga", "organisasi", "komisi", "klub", "maskapai", "platform", "aplikasi", "situs", "media", "harian", "grup", "kelompok", "ormas", "koalisi", "fraksi", "kader", "anggota", "emiten", "produsen", "operator", "startup", "perusahaan", "pabrikan", "raksasa", "kantor", "pimpinan", "ketua", "pengurus", "juru", "layanan", "stasiun", "televisi", "agensi", "kantor berita", "dilansir", "dikutip", "melansir", "mengutip", "laporan", "tim")
	locPrep          = setOf("di", "ke", "dekat", "hingga", "sampai")
	speechAfter      = setOf("mengatakan", "menyatakan", "menjelaskan", "mengungkapkan", "menegaskan", "menuturkan", "berkata", "menambahkan", "menilai", "menyebut", "menyebutkan", "mengaku", "membantah", "mengakui", "berharap", "menganggap", "meminta", "mengimbau", "berpendapat", "menuding", "menjawab", "bertanya", "mengklaim", "menyampaikan", "memaparkan", "mengingatkan", "memastikan", "menerangkan", "bercerita", "menceritakan", "tersenyum", "tertawa", "lahir", "meninggal", "wafat", "ditangkap", "ditahan", "diperiksa", "divonis", "dituntut", "didakwa", "dilantik", "terpilih", "mundur", "mencalonkan")
)

// commonInner are ordinary words that are often capitalised inside a sentence.
var commonInner = setOf("anda", "beliau", "tuhan", "yang", "maha", "esa", "pemerintah", "negara", "ramadan", "ramadhan", "lebaran", "natal", "imlek", "internet", "online", "covid", "virus", "corona")
