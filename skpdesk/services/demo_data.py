"""Data tables of the demo office (`demo.py`): names, titles, units, jabatan and SKP texts.

A fictional Dinas Komunikasi dan Informatika of a real kabupaten; every person is invented.
RHK templates are `(rencana hasil kerja, output noun, (min, max) quantity, satuan)`: the noun
makes the three IKI rows of a kuantitatif SKP ("Jumlah <noun>", "Persentase <noun> ...").
"""

from __future__ import annotations

from dataclasses import dataclass

KABUPATEN = "Gunungkidul"
INSTANSI = f"Dinas Komunikasi dan Informatika Kabupaten {KABUPATEN}"
CITY = "Wonosari"
KADIS_UNIT = "Dinas Komunikasi dan Informatika"
KADIS_POSITION = "Kepala Dinas Komunikasi dan Informatika"
BUPATI = {"name": "Suryo Hadiwinoto", "front_title": "H.", "back_title": "S.E., M.M.",
          "position": f"Bupati {KABUPATEN}", "unit_path": f"Pemerintah Kabupaten {KABUPATEN}"}
PENUGASAN = f"Bupati {KABUPATEN}"

Template = tuple[str, str, tuple[int, int], str]

# --- names: (first names, second names) per culture and sex ("L" male, "P" female)
NAMES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "jawa": {
        "L": (["Agus", "Budi", "Bambang", "Dwi", "Eko", "Heru", "Joko", "Sigit", "Slamet", "Teguh",
               "Wahyu", "Yudi", "Ari", "Rudi", "Bayu", "Danang", "Galih", "Hendro", "Puguh", "Tri",
               "Wisnu", "Aji", "Dimas", "Yoga"],
              ["Santoso", "Prasetyo", "Nugroho", "Wibowo", "Setiawan", "Kurniawan", "Susanto",
               "Purnomo", "Hartono", "Widodo", "Cahyono", "Riyadi", "Saputro", "Wicaksono",
               "Pamungkas", "Suryanto", "Raharjo", "Utomo"]),
        "P": (["Sri", "Endang", "Dwi", "Rini", "Retno", "Tri", "Wulan", "Dyah", "Ratna", "Eni",
               "Novi", "Yuni", "Ayu", "Dewi", "Sekar", "Anjani", "Lestari", "Septi"],
              ["Wahyuni", "Lestari", "Astuti", "Handayani", "Wulandari", "Rahayu", "Utami",
               "Kusumawati", "Pratiwi", "Puspitasari", "Susilowati", "Setyaningsih", "Rahmawati",
               "Widyastuti", "Purwaningsih", "Anggraeni"]),
    },
    "sunda": {
        "L": (["Asep", "Dede", "Ujang", "Cecep", "Yayan", "Dadang", "Engkus", "Acep", "Deden",
               "Iwan", "Rizal", "Aep"],
              ["Saepudin", "Kurnia", "Suherman", "Hidayat", "Sopyan", "Gunawan", "Permana",
               "Ruhiyat", "Sukmana", "Supriatna", "Nugraha", "Setiadi"]),
        "P": (["Euis", "Neneng", "Iis", "Yeni", "Lilis", "Cucu", "Enok", "Nining", "Rina", "Tati",
               "Neng", "Wida"],
              ["Komariah", "Hasanah", "Sumiati", "Rosita", "Suryani", "Nurhayati", "Kurniasih",
               "Rohmawati", "Mulyani", "Fitriani", "Juwita", "Sukaesih"]),
    },
    "muslim": {
        "L": (["Muhammad", "Ahmad", "Abdul", "Fauzan", "Rizky", "Hanif", "Ilham", "Arif", "Fajar",
               "Hafidz", "Yusuf", "Zainal", "Ridwan", "Faisal"],
              ["Hidayat", "Ramadhan", "Fauzi", "Hakim", "Maulana", "Firmansyah", "Rahman",
               "Syahputra", "Nurrohman", "Aziz", "Mubarok", "Habibi"]),
        "P": (["Siti", "Nur", "Fitri", "Aisyah", "Annisa", "Khoirunnisa", "Latifah", "Umi", "Zahra",
               "Nadia", "Hana", "Laila"],
              ["Nurhaliza", "Rahmawati", "Fadhilah", "Azizah", "Maharani", "Khasanah", "Muthmainah",
               "Nurjanah", "Hidayati", "Safitri", "Zulaikha", "Amalia"]),
    },
    "kristen": {
        "L": (["Yohanes", "Antonius", "Stefanus", "Agustinus", "Paulus", "Fransiskus", "Yosef",
               "Markus", "Petrus", "Andreas", "Kristian", "Daniel"],
              ["Sinaga", "Simanjuntak", "Manurung", "Siahaan", "Hutapea", "Nainggolan", "Sitompul",
               "Wenas", "Pangemanan", "Sugeng Riyadi", "Hendra Wijaya", "Bayu Kristanto"]),
        "P": (["Maria", "Fransiska", "Theresia", "Yosephine", "Kristina", "Agnes", "Veronika",
               "Elisabeth", "Lidia", "Ruth", "Monika", "Christina"],
              ["Sinaga", "Simanjuntak", "Manurung", "Siahaan", "Hutapea", "Nainggolan", "Sitompul",
               "Wenas", "Dewi Kurniasari", "Indah Lestari", "Magdalena", "Ratnasari"]),
    },
}
CULTURE_WEIGHTS = {"jawa": 45, "sunda": 15, "muslim": 25, "kristen": 15}
# One-word Javanese names, common among staff born before the late 1970s.
OLD_JAVANESE = {"L": ["Suparno", "Sutarno", "Sugiyanto", "Sumarno", "Tukiman", "Paryanto",
                      "Sukardi", "Waluyo", "Sarjono", "Mulyono"],
                "P": ["Sumarni", "Sulastri", "Suharti", "Sumiyati", "Tumini", "Partini",
                      "Ngatini", "Sukarsih", "Wartini", "Rubiyem"]}

MASTER_TITLES = ["S.Kom., M.Kom.", "S.T., M.T.", "S.E., M.M.", "S.Sos., M.Si.", "S.IP., M.A.P.",
                 "S.Kom., M.T.I.", "S.Si., M.Stat.", "S.H., M.H.", "S.E., M.Si."]
DIPLOMA_TITLES = ["A.Md.", "A.Md.Kom.", "A.Md.Ak.", "A.Md.T."]
PELAKSANA_BACHELOR = ["S.E.", "S.Sos.", "S.Kom.", "S.AP."]

KEAHLIAN = ("Ahli Pertama", "Ahli Muda")
KETERAMPILAN = ("Terampil", "Mahir")


@dataclass(frozen=True)
class Jf:
    name: str
    keterampilan: bool  # has the Terampil/Mahir jenjang besides the keahlian ones


@dataclass(frozen=True)
class Domain:
    """One Sekretariat or Bidang: its units, jabatan and SKP texts at each level."""

    unit: str
    head: str  # position of its administrator
    seksi: list[str]  # structural sub-units, led by a pejabat pengawas
    tim: list[str]  # tim kerja, led by a fungsional ketua tim
    structural_leads: int  # in a small office: how many of the first leads are pengawas
    jf: list[Jf]
    jf_share: float  # share of fungsional among its staff (the rest are pelaksana)
    pelaksana: list[str]
    degrees: list[str]
    kadis_links: list[int]  # which RHK of the Kepala Dinas its administrator intervenes
    admin_rhk: list[Template]
    lead_rhk: list[Template]
    staff_rhk: list[Template]


PRANATA_KOMPUTER = Jf("Pranata Komputer", True)
ANALIS_KEBIJAKAN = Jf("Analis Kebijakan", False)

SEKRETARIAT = Domain(
    unit="Sekretariat", head="Sekretaris",
    seksi=["Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan"],
    tim=["Tim Kerja Evaluasi dan Pelaporan", "Tim Kerja Pengelolaan Barang Milik Daerah"],
    structural_leads=2,
    jf=[Jf("Analis Sumber Daya Manusia Aparatur", False), Jf("Perencana", False),
        Jf("Arsiparis", True), Jf("Pengelola Pengadaan Barang/Jasa", False)],
    jf_share=0.35,
    pelaksana=["Pengadministrasi Perkantoran", "Penata Layanan Operasional",
               "Pengelola Layanan Operasional", "Operator Layanan Operasional"],
    degrees=["S.E.", "S.Ak.", "S.Sos.", "S.AP.", "S.Psi."],
    kadis_links=[3, 4],
    admin_rhk=[
        ("Meningkatnya kualitas perencanaan, penganggaran, dan pelaporan kinerja Dinas",
         "dokumen perencanaan dan pelaporan kinerja Dinas", (6, 8), "Dokumen"),
        ("Terwujudnya tata kelola keuangan Dinas yang tertib dan akuntabel",
         "laporan keuangan Dinas", (13, 13), "Laporan"),
        ("Meningkatnya kualitas layanan administrasi kepegawaian dan umum Dinas",
         "layanan administrasi kepegawaian yang diselesaikan", (120, 200), "Layanan"),
        ("Terselenggaranya pengelolaan barang milik daerah yang tertib",
         "laporan barang milik daerah", (2, 2), "Laporan"),
    ],
    lead_rhk=[
        ("Tersusunnya dokumen perencanaan Dinas (Renja, RKA, dan DPA)", "dokumen perencanaan",
         (3, 5), "Dokumen"),
        ("Tersusunnya Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas", "dokumen LKjIP",
         (1, 1), "Dokumen"),
        ("Terlaksananya penatausahaan keuangan Dinas secara tertib",
         "laporan pertanggungjawaban keuangan", (12, 12), "Laporan"),
        ("Terlaksananya pelayanan administrasi kepegawaian Dinas",
         "usulan layanan kepegawaian yang diproses", (60, 120), "Usulan"),
        ("Terkelolanya administrasi umum dan persuratan Dinas", "naskah dinas yang diadministrasikan",
         (800, 1500), "Naskah"),
        ("Tersusunnya laporan pengelolaan barang milik daerah", "laporan barang milik daerah",
         (2, 2), "Laporan"),
    ],
    staff_rhk=[
        ("Terlaksananya pengadministrasian surat masuk dan surat keluar",
         "surat yang diadministrasikan", (600, 1200), "Surat"),
        ("Tersusunnya rekapitulasi kehadiran pegawai", "rekapitulasi kehadiran pegawai", (12, 12),
         "Rekap"),
        ("Termutakhirkannya data kepegawaian pada aplikasi SIASN", "data pegawai yang dimutakhirkan",
         (40, 80), "Data"),
        ("Tersusunnya usulan kenaikan pangkat dan kenaikan gaji berkala pegawai",
         "usulan kenaikan pangkat dan gaji berkala", (10, 25), "Usulan"),
        ("Tersusunnya Surat Pertanggungjawaban (SPJ) belanja kegiatan", "dokumen SPJ belanja",
         (120, 240), "Dokumen"),
        ("Tersusunnya laporan realisasi anggaran bulanan", "laporan realisasi anggaran", (12, 12),
         "Laporan"),
        ("Terlaksananya inventarisasi barang milik daerah", "laporan inventarisasi barang", (2, 2),
         "Laporan"),
        ("Tersusunnya bahan penyusunan Renja dan Laporan Kinerja Dinas",
         "bahan penyusunan dokumen perencanaan", (4, 6), "Dokumen"),
        ("Terlaksananya pemeliharaan kendaraan dinas dan sarana prasarana kantor",
         "laporan pemeliharaan sarana prasarana", (12, 12), "Laporan"),
        ("Tertatanya arsip dinamis Dinas sesuai klasifikasi arsip", "berkas arsip yang ditata",
         (200, 500), "Berkas"),
    ],
)

BIDANG = [
    Domain(
        unit="Bidang Informasi dan Komunikasi Publik",
        head="Kepala Bidang Informasi dan Komunikasi Publik",
        seksi=["Seksi Pengelolaan Informasi Publik", "Seksi Komunikasi Publik"],
        tim=["Tim Kerja Pengelolaan Media", "Tim Kerja Layanan Informasi Publik",
             "Tim Kerja Kemitraan Media"],
        structural_leads=1,
        jf=[Jf("Pranata Hubungan Masyarakat", True), ANALIS_KEBIJAKAN],
        jf_share=0.65,
        pelaksana=["Pengelola Layanan Operasional", "Operator Layanan Operasional",
                   "Penata Layanan Operasional"],
        degrees=["S.I.Kom.", "S.Sos.", "S.Hum.", "S.Ds."],
        kadis_links=[0],
        admin_rhk=[
            ("Meningkatnya kualitas layanan informasi publik Pemerintah Kabupaten",
             "permohonan informasi publik yang dilayani", (150, 300), "Permohonan"),
            ("Meningkatnya jangkauan diseminasi informasi kebijakan pemerintah daerah",
             "konten informasi yang didiseminasikan", (600, 1000), "Konten"),
            ("Terkelolanya opini dan aspirasi publik di media", "laporan analisis isu publik",
             (12, 12), "Laporan"),
            ("Meningkatnya kemitraan dengan media dan lembaga komunikasi sosial",
             "kegiatan kemitraan media", (8, 12), "Kegiatan"),
        ],
        lead_rhk=[
            ("Terlaksananya pengelolaan media sosial resmi Pemerintah Kabupaten",
             "konten media sosial yang dipublikasikan", (360, 720), "Konten"),
            ("Tersedianya berita kegiatan pemerintah daerah pada portal resmi",
             "berita yang diterbitkan", (300, 500), "Berita"),
            ("Terlaksananya layanan Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
             "permohonan informasi yang diselesaikan", (100, 200), "Permohonan"),
            ("Tersusunnya laporan monitoring isu publik dan pengaduan masyarakat",
             "laporan monitoring isu publik", (12, 12), "Laporan"),
            ("Terlaksananya diseminasi informasi melalui Kelompok Informasi Masyarakat (KIM)",
             "kegiatan diseminasi bersama KIM", (6, 12), "Kegiatan"),
        ],
        staff_rhk=[
            ("Tersusunnya naskah berita kegiatan Pemerintah Kabupaten", "naskah berita", (150, 300),
             "Naskah"),
            ("Terproduksinya konten infografis dan videografis layanan publik",
             "konten infografis dan video", (100, 200), "Konten"),
            ("Terlaksananya peliputan dan dokumentasi kegiatan pimpinan daerah",
             "kegiatan yang diliput", (120, 200), "Kegiatan"),
            ("Terkelolanya kanal pengaduan masyarakat SP4N-LAPOR!", "aduan yang ditindaklanjuti",
             (100, 250), "Aduan"),
            ("Tersusunnya kliping dan analisis pemberitaan media", "laporan analisis media",
             (12, 12), "Laporan"),
            ("Terlayaninya permohonan informasi publik di meja layanan PPID",
             "permohonan informasi yang dilayani", (50, 120), "Permohonan"),
            ("Termutakhirkannya Daftar Informasi Publik (DIP)", "dokumen DIP yang dimutakhirkan",
             (1, 2), "Dokumen"),
            ("Terlaksananya pembinaan Kelompok Informasi Masyarakat", "kegiatan pembinaan KIM",
             (4, 8), "Kegiatan"),
            ("Tertayangnya materi publikasi pada radio dan media luar ruang",
             "materi publikasi yang ditayangkan", (24, 48), "Materi"),
        ],
    ),
    Domain(
        unit="Bidang Aplikasi Informatika", head="Kepala Bidang Aplikasi Informatika",
        seksi=["Seksi Pengembangan Aplikasi", "Seksi Layanan Sistem Informasi"],
        tim=["Tim Kerja Integrasi dan Interoperabilitas", "Tim Kerja Nama Domain dan Hosting",
             "Tim Kerja Layanan Digital"],
        structural_leads=1,
        jf=[PRANATA_KOMPUTER],
        jf_share=0.7,
        pelaksana=["Operator Layanan Operasional", "Pengelola Layanan Operasional"],
        degrees=["S.Kom.", "S.T.", "S.Tr.Kom."],
        kadis_links=[1],
        admin_rhk=[
            ("Meningkatnya layanan aplikasi umum dan khusus pemerintah daerah yang terintegrasi",
             "aplikasi yang terintegrasi", (10, 20), "Aplikasi"),
            ("Meningkatnya pemanfaatan layanan digital oleh perangkat daerah",
             "perangkat daerah pengguna layanan digital", (30, 45), "Perangkat Daerah"),
            ("Terkelolanya nama domain dan subdomain resmi pemerintah daerah",
             "subdomain yang dikelola", (40, 80), "Subdomain"),
            ("Terlaksananya pengembangan ekosistem kabupaten cerdas (smart regency)",
             "dokumen evaluasi kabupaten cerdas", (1, 2), "Dokumen"),
        ],
        lead_rhk=[
            ("Terbangunnya aplikasi layanan publik sesuai kebutuhan perangkat daerah",
             "aplikasi yang dibangun atau dikembangkan", (3, 6), "Aplikasi"),
            ("Terlaksananya integrasi data antaraplikasi melalui layanan interoperabilitas",
             "layanan API yang terintegrasi", (5, 12), "Layanan"),
            ("Terkelolanya layanan nama domain dan hosting perangkat daerah",
             "permohonan subdomain dan hosting yang diselesaikan", (20, 40), "Permohonan"),
            ("Terlaksananya pendampingan penggunaan aplikasi bagi perangkat daerah",
             "kegiatan pendampingan", (12, 24), "Kegiatan"),
            ("Tersusunnya evaluasi pemanfaatan aplikasi pemerintah daerah",
             "laporan evaluasi aplikasi", (2, 4), "Laporan"),
        ],
        staff_rhk=[
            ("Terselesaikannya modul aplikasi sesuai spesifikasi kebutuhan", "modul aplikasi",
             (6, 12), "Modul"),
            ("Terlaksananya pengujian dan perbaikan aplikasi", "laporan pengujian aplikasi",
             (6, 12), "Laporan"),
            ("Terpeliharanya basis data aplikasi layanan publik", "basis data yang dipelihara",
             (10, 20), "Basis Data"),
            ("Tersusunnya dokumentasi teknis dan manual pengguna aplikasi", "dokumen manual aplikasi",
             (4, 8), "Dokumen"),
            ("Terlayaninya permintaan dukungan teknis aplikasi dari perangkat daerah",
             "tiket dukungan teknis yang diselesaikan", (60, 150), "Tiket"),
            ("Terkelolanya konten portal resmi dan website perangkat daerah",
             "website yang dipelihara", (20, 40), "Website"),
            ("Tersedianya rancangan antarmuka aplikasi layanan publik", "rancangan antarmuka",
             (6, 12), "Rancangan"),
            ("Terlaksananya migrasi data ke aplikasi terintegrasi", "paket data yang dimigrasikan",
             (5, 10), "Paket Data"),
        ],
    ),
    Domain(
        unit="Bidang Statistik dan Persandian", head="Kepala Bidang Statistik dan Persandian",
        seksi=["Seksi Statistik Sektoral", "Seksi Persandian dan Keamanan Informasi"],
        tim=["Tim Kerja Satu Data", "Tim Kerja Tanggap Insiden Siber", "Tim Kerja Sertifikat Elektronik"],
        structural_leads=1,
        jf=[Jf("Statistisi", True), Jf("Sandiman", True), PRANATA_KOMPUTER],
        jf_share=0.7,
        pelaksana=["Pengelola Layanan Operasional", "Pengadministrasi Perkantoran"],
        degrees=["S.Si.", "S.Stat.", "S.Tr.Stat.", "S.Kom.", "S.Tr.Kom."],
        kadis_links=[2],
        admin_rhk=[
            ("Tersedianya data statistik sektoral yang akurat dan mutakhir",
             "dataset statistik sektoral yang dipublikasikan", (100, 200), "Dataset"),
            ("Terselenggaranya Satu Data Kabupaten sesuai prinsip Satu Data Indonesia",
             "perangkat daerah yang menerapkan standar data", (25, 40), "Perangkat Daerah"),
            ("Meningkatnya keamanan informasi pada sistem elektronik pemerintah daerah",
             "sistem elektronik yang diamankan", (10, 30), "Sistem"),
            ("Terselenggaranya layanan persandian untuk pengamanan informasi pemerintah daerah",
             "layanan persandian yang diberikan", (50, 120), "Layanan"),
        ],
        lead_rhk=[
            (f"Tersusunnya publikasi statistik sektoral Kabupaten {KABUPATEN}",
             "publikasi statistik sektoral", (1, 2), "Publikasi"),
            ("Terlaksananya pembinaan statistik sektoral kepada perangkat daerah",
             "kegiatan pembinaan statistik", (6, 12), "Kegiatan"),
            ("Terlaksananya penilaian kerentanan (vulnerability assessment) sistem elektronik",
             "laporan penilaian kerentanan", (6, 12), "Laporan"),
            ("Terselenggaranya layanan sertifikat elektronik bagi pejabat pemerintah daerah",
             "sertifikat elektronik yang diterbitkan", (100, 300), "Sertifikat"),
            ("Terkelolanya portal Satu Data Kabupaten", "dataset yang dimutakhirkan", (150, 300),
             "Dataset"),
        ],
        staff_rhk=[
            ("Terkumpulnya data statistik sektoral dari perangkat daerah",
             "data sektoral yang dikumpulkan", (50, 120), "Data"),
            ("Terlaksananya pengolahan dan analisis data statistik sektoral",
             "tabel statistik yang diolah", (60, 150), "Tabel"),
            ("Tersusunnya metadata statistik kegiatan dan variabel", "metadata statistik",
             (20, 50), "Metadata"),
            ("Terlaksananya survei kepuasan masyarakat terhadap layanan Dinas", "laporan survei",
             (1, 2), "Laporan"),
            ("Terlaksananya pengamanan jaring komunikasi sandi pemerintah daerah",
             "laporan pengamanan jaring komunikasi sandi", (12, 12), "Laporan"),
            ("Terprosesnya permohonan penerbitan sertifikat elektronik",
             "permohonan sertifikat elektronik", (80, 200), "Permohonan"),
            ("Terlaksananya pemantauan dan penanganan insiden keamanan informasi",
             "laporan penanganan insiden", (12, 12), "Laporan"),
            ("Terlaksananya kontra penginderaan pada ruang rapat pimpinan daerah",
             "kegiatan kontra penginderaan", (4, 8), "Kegiatan"),
        ],
    ),
    Domain(
        unit="Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
        head="Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
        seksi=["Seksi Infrastruktur Jaringan", "Seksi Pusat Data"],
        tim=["Tim Kerja Internet Publik", "Tim Kerja Pengendalian Menara Telekomunikasi"],
        structural_leads=1,
        jf=[PRANATA_KOMPUTER],
        jf_share=0.55,
        pelaksana=["Operator Layanan Operasional", "Pengelola Layanan Operasional"],
        degrees=["S.Kom.", "S.T.", "S.Tr.T."],
        kadis_links=[1, 2],
        admin_rhk=[
            ("Meningkatnya ketersediaan infrastruktur jaringan intra pemerintah daerah",
             "perangkat daerah yang terhubung jaringan intra", (30, 45), "Perangkat Daerah"),
            ("Meningkatnya keandalan layanan pusat data pemerintah daerah",
             "server dan layanan pusat data yang dikelola", (20, 40), "Server"),
            ("Meningkatnya akses internet publik di desa", "titik akses internet publik", (20, 60),
             "Titik"),
        ],
        lead_rhk=[
            ("Terbangunnya jaringan fiber optik antarkantor perangkat daerah",
             "titik jaringan yang terbangun", (5, 15), "Titik"),
            ("Terpeliharanya perangkat pusat data dan ruang server", "laporan pemeliharaan pusat data",
             (12, 12), "Laporan"),
            ("Terkelolanya layanan internet pada kantor perangkat daerah",
             "lokasi layanan internet yang dikelola", (30, 60), "Lokasi"),
            ("Terlaksananya pengendalian menara telekomunikasi", "menara yang diawasi", (40, 100),
             "Menara"),
        ],
        staff_rhk=[
            ("Terlaksananya pemeliharaan perangkat jaringan dan server",
             "laporan pemeliharaan perangkat", (12, 12), "Laporan"),
            ("Tertanganinya gangguan jaringan pada perangkat daerah", "gangguan jaringan yang ditangani",
             (80, 200), "Gangguan"),
            ("Terpasangnya titik akses internet publik di desa", "titik akses yang terpasang",
             (5, 15), "Titik"),
            ("Tersusunnya topologi dan inventaris perangkat jaringan", "dokumen inventaris jaringan",
             (2, 4), "Dokumen"),
            ("Terlaksananya pemantauan kapasitas bandwidth", "laporan pemantauan bandwidth",
             (12, 12), "Laporan"),
            ("Terdatanya menara telekomunikasi dan jaringan serat optik",
             "data menara dan jaringan serat optik", (40, 120), "Data"),
        ],
    ),
    Domain(
        unit="Bidang Tata Kelola Sistem Pemerintahan Berbasis Elektronik",
        head="Kepala Bidang Tata Kelola Sistem Pemerintahan Berbasis Elektronik",
        seksi=["Seksi Kebijakan dan Evaluasi SPBE"],
        tim=["Tim Kerja Arsitektur SPBE", "Tim Kerja Manajemen Risiko SPBE"],
        structural_leads=1,
        jf=[PRANATA_KOMPUTER, ANALIS_KEBIJAKAN],
        jf_share=0.75,
        pelaksana=["Pengelola Layanan Operasional", "Pengadministrasi Perkantoran"],
        degrees=["S.Kom.", "S.T.", "S.IP.", "S.AP."],
        kadis_links=[1],
        admin_rhk=[
            ("Meningkatnya kualitas tata kelola Sistem Pemerintahan Berbasis Elektronik",
             "dokumen tata kelola SPBE", (3, 6), "Dokumen"),
            ("Terlaksananya evaluasi mandiri SPBE pemerintah daerah", "laporan evaluasi SPBE",
             (1, 2), "Laporan"),
            ("Tersusunnya kebijakan internal SPBE pemerintah daerah", "rancangan kebijakan SPBE",
             (2, 4), "Rancangan"),
        ],
        lead_rhk=[
            (f"Tersusunnya Arsitektur SPBE Kabupaten {KABUPATEN}", "dokumen arsitektur SPBE", (1, 1),
             "Dokumen"),
            (f"Tersusunnya Peta Rencana SPBE Kabupaten {KABUPATEN}", "dokumen peta rencana SPBE",
             (1, 1), "Dokumen"),
            ("Terlaksananya manajemen risiko SPBE", "laporan manajemen risiko SPBE", (2, 4),
             "Laporan"),
            ("Terkoordinasikannya evaluasi SPBE pada perangkat daerah",
             "rapat koordinasi evaluasi SPBE", (4, 8), "Kegiatan"),
        ],
        staff_rhk=[
            ("Terkumpulnya bukti dukung indikator evaluasi SPBE", "bukti dukung indikator SPBE",
             (47, 47), "Bukti Dukung"),
            ("Tersusunnya bahan kebijakan tata kelola SPBE", "bahan kebijakan SPBE", (3, 6),
             "Dokumen"),
            ("Terdokumentasikannya proses bisnis perangkat daerah", "peta proses bisnis", (10, 20),
             "Peta"),
            ("Teridentifikasinya risiko SPBE pada perangkat daerah", "register risiko SPBE",
             (10, 30), "Register"),
            ("Tersusunnya katalog layanan dan aplikasi SPBE", "katalog SPBE", (1, 2), "Katalog"),
        ],
    ),
]

# Kepala Dinas (JPT form): (RHK, [(IKI, target value, satuan)], perspektif)
KADIS_RHK: list[tuple[str, list[tuple[str, str, str]], str]] = [
    (f"Meningkatnya keterbukaan informasi publik dan kualitas komunikasi publik Pemerintah "
     f"Kabupaten {KABUPATEN}",
     [("Indeks Keterbukaan Informasi Publik Kabupaten", "88", "Nilai")], "penerima_layanan"),
    ("Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
     [(f"Indeks SPBE Kabupaten {KABUPATEN}", "3,6", "Indeks")], "proses_bisnis"),
    ("Meningkatnya ketersediaan data statistik sektoral dan keamanan informasi pemerintah daerah",
     [("Persentase perangkat daerah yang menyediakan data statistik sektoral sesuai prinsip Satu "
       "Data Indonesia", "90", "%"),
      ("Persentase sistem elektronik pemerintah daerah yang memenuhi standar keamanan informasi",
       "75", "%")], "proses_bisnis"),
    ("Meningkatnya akuntabilitas kinerja dan kapasitas aparatur Dinas Komunikasi dan Informatika",
     [("Nilai evaluasi SAKIP perangkat daerah", "75", "Nilai")], "penguatan_internal"),
    ("Terwujudnya pengelolaan anggaran Dinas yang efektif dan akuntabel",
     [("Persentase realisasi anggaran Dinas", "95", "%")], "anggaran"),
]
KADIS_TAMBAHAN = ("Terlaksananya koordinasi Tim Koordinasi SPBE Kabupaten sebagai sekretaris tim",
                  [("Jumlah rapat koordinasi Tim Koordinasi SPBE", "4", "Kegiatan")])

TAMBAHAN: list[Template] = [
    ("Terlaksananya tugas sebagai anggota Tim Penyusun Laporan Penyelenggaraan Pemerintahan Daerah",
     "laporan yang disusun", (1, 1), "Laporan"),
    ("Terlaksananya tugas sebagai panitia peringatan Hari Jadi Kabupaten", "kegiatan kepanitiaan",
     (1, 1), "Kegiatan"),
    ("Terlaksananya tugas sebagai narasumber sosialisasi literasi digital", "kegiatan sosialisasi",
     (2, 4), "Kegiatan"),
    ("Terlaksananya tugas sebagai anggota Tim Pengelola Pengaduan Masyarakat",
     "aduan yang dikoordinasikan", (10, 30), "Aduan"),
    ("Terlaksananya tugas sebagai Pejabat Pengadaan pada kegiatan Dinas",
     "paket pengadaan yang diproses", (5, 15), "Paket"),
    ("Terlaksananya tugas sebagai anggota Tim Pembangunan Zona Integritas Dinas",
     "laporan pembangunan Zona Integritas", (4, 4), "Laporan"),
]

# Kualitas / Waktu / Biaya rows of a kuantitatif RHK: (IKI with {noun}, target value, satuan)
KUALITAS = [("Persentase {noun} yang sesuai standar", "100", "%"),
            ("Persentase {noun} yang diterima atasan tanpa revisi", "90", "%"),
            ("Persentase {noun} yang diselesaikan sesuai ketentuan", "95", "%")]
WAKTU = [("Ketepatan waktu penyelesaian {noun}", "12", "Bulan"),
         ("Jangka waktu penyelesaian {noun}", "12", "Bulan")]
BIAYA = ("Persentase realisasi anggaran kegiatan", "95", "%")
# Kualitatif: indicator and target narrated together.
KUALITATIF = ["{Noun} sebanyak {value} {unit} diselesaikan sesuai standar dan diterima atasan "
              "tanpa revisi",
              "Seluruh {noun} diselesaikan tepat waktu sesuai jadwal yang disepakati dengan atasan"]

# Ekspektasi khusus pimpinan, by BerAKHLAK number (1 Berorientasi Pelayanan ... 7 Kolaboratif)
EKSPEKTASI: dict[int, list[str]] = {
    1: ["Merespons permintaan layanan dari perangkat daerah paling lambat 1x24 jam",
        "Memberikan layanan informasi yang ramah dan solutif kepada masyarakat"],
    2: ["Menyampaikan laporan kegiatan tepat waktu setiap akhir bulan",
        "Mengelola data dan perangkat kerja kantor secara bertanggung jawab"],
    3: ["Mengikuti pengembangan kompetensi minimal 20 jam pelajaran dalam setahun",
        "Berbagi pengetahuan teknis kepada rekan kerja minimal satu kali setiap triwulan"],
    4: ["Menjaga suasana kerja yang saling menghargai di dalam tim",
        "Aktif membantu rekan kerja yang mengalami kesulitan"],
    5: ["Menjaga kerahasiaan data dan informasi yang dikelola",
        "Menjaga nama baik Dinas dalam bermedia sosial"],
    6: ["Cepat menyesuaikan diri dengan aplikasi dan kebijakan baru",
        "Mengusulkan minimal satu gagasan perbaikan layanan dalam setahun"],
    7: ["Aktif berkoordinasi dengan perangkat daerah mitra",
        "Terbuka bekerja sama lintas tim untuk mencapai target bidang"],
}

# Lampiran SKP, by section value; the first item of each list is always used.
LAMPIRAN: dict[str, list[str]] = {
    "dukungan_sumber_daya": [
        "Anggaran kegiatan pada DPA Dinas Komunikasi dan Informatika Tahun {year}",
        "Perangkat komputer dan jaringan internet kantor",
        "Akses aplikasi dan basis data pendukung pekerjaan",
        "Pelatihan teknis yang relevan dengan tugas jabatan",
    ],
    "skema_pertanggungjawaban": [
        "Laporan triwulan",
        "Bukti kerja dalam bentuk laporan",
        "Laporan kinerja bulanan melalui aplikasi e-Kinerja",
        "Dokumentasi kegiatan",
    ],
    "konsekuensi": [
        "Bila target tercapai sesuai rencana maka akan mendapat apresiasi dari atasan langsung",
        "Bila target tidak tercapai maka akan dilakukan pembinaan kinerja oleh atasan langsung",
        "Capaian kinerja menjadi dasar pemberian tambahan penghasilan pegawai",
    ],
}

RETURN_NOTES = ["Mohon target kuantitas disesuaikan dengan rencana kerja tim tahun ini",
                "Indikator kualitas belum terukur, mohon diperbaiki",
                "RHK belum selaras dengan RHK atasan, mohon dicek kembali"]
