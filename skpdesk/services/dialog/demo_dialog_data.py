"""Texts of the demo office's year of dialogs (`demo_dialogs.py`): agendas, notes, follow-ups,
umpan balik and the B.1.9 competencies. Invented, in the register a supervisor writes in.

"{rhk}" in a text is filled with the start of the pegawai's first RHK, "{name}" with the
pegawai's first name.
"""

from __future__ import annotations

PLACES = ["Ruang rapat Bidang", "Ruang kerja Kepala Bidang", "Ruang rapat lantai 2",
          "Command Center Diskominfo"]

AGENDA = {
    "penetapan_ekspektasi": ["Klarifikasi RHK dan target tahun ini",
                             "Ekspektasi perilaku kerja BerAKHLAK",
                             "Dukungan sumber daya yang dibutuhkan"],
    "pemantauan": ["Capaian RHK triwulan berjalan", "Kendala pelaksanaan",
                   "Rencana kerja triwulan berikutnya"],
    "coaching": ["Kesulitan dalam pelaksanaan tugas", "Pilihan solusi yang dapat dicoba"],
    "mentoring": ["Berbagi pengalaman penyusunan laporan", "Praktik baik dari bidang lain"],
    "konseling": ["Kondisi pribadi yang memengaruhi kinerja", "Dukungan yang dapat diberikan"],
    "umpan_balik": ["Hasil kerja tim bulan ini", "Hal yang perlu dipertahankan dan diperbaiki"],
}

NOTES = {
    "penetapan_ekspektasi": [
        "Disepakati bahwa {rhk} menjadi prioritas triwulan I. {name} memahami indikator dan "
        "target yang ditetapkan serta meminta pendampingan pada bulan pertama.",
        "Target dan ukuran keberhasilan sudah diklarifikasi. Ekspektasi perilaku: responsif "
        "terhadap permintaan OPD dan tertib administrasi.",
    ],
    "pemantauan": [
        "Capaian {rhk} sesuai jadwal. Kendala utama pada ketersediaan data dari OPD; akan "
        "dikoordinasikan lewat surat Kepala Dinas.",
        "Progres baik, dokumentasi perlu dilengkapi. {name} menyampaikan beban kerja meningkat "
        "menjelang akhir triwulan.",
        "Sebagian keluaran terlambat karena pengadaan perangkat belum selesai. Disepakati "
        "penyesuaian jadwal internal tanpa mengubah target tahunan.",
    ],
    "coaching": [
        "{name} kesulitan menyusun analisis kebutuhan pengguna. Melalui pertanyaan terarah, "
        "{name} menemukan sendiri langkah wawancara singkat dengan dua OPD percontohan.",
        "Dibahas cara memprioritaskan permintaan layanan yang masuk bersamaan. {name} akan "
        "mencoba daftar prioritas mingguan.",
    ],
    "mentoring": [
        "Berbagi contoh laporan kegiatan yang baik dan format notulensi rapat koordinasi. "
        "{name} akan menyusun draf laporan triwulan dengan format tersebut.",
    ],
    "konseling": [
        "{name} menyampaikan kondisi keluarga yang sedang membutuhkan perhatian sehingga "
        "kehadiran terganggu. Disepakati pengaturan jam kerja sementara dan pemantauan bulanan.",
        "Dibicarakan penurunan motivasi sejak mutasi tugas. {name} merasa belum dilibatkan; "
        "disepakati pelibatan dalam tim proyek berikutnya.",
    ],
    "umpan_balik": [
        "Tim menyelesaikan pemutakhiran data tepat waktu. Perlu perbaikan pada ketelitian "
        "input dan komunikasi antaranggota tim.",
    ],
}

FOLLOW_UPS = [
    "Menyusun rencana aksi {rhk}",
    "Mengirim surat permintaan data ke OPD",
    "Melengkapi dokumentasi kegiatan triwulan",
    "Menyusun draf laporan capaian",
    "Mengikuti pelatihan daring analisis data",
    "Memperbarui daftar periksa layanan",
    "Menyampaikan usulan kebutuhan perangkat",
]

STATUS_NOTES = {"done": ["Sudah dikirim", "Selesai sesuai rencana", "Laporan sudah diunggah"],
                "dropped": ["Tidak relevan lagi setelah perubahan jadwal",
                            "Digabung dengan tindak lanjut lain"]}

FEEDBACK_RHK = [
    "Keluaran triwulan ini sesuai target dan tepat waktu; pertahankan kualitas dokumentasi.",
    "Capaian masih di bawah rencana karena data OPD terlambat; perlu koordinasi lebih awal.",
    "Kualitas hasil kerja baik, namun pelaporan perlu lebih rutin setiap akhir bulan.",
    "Inisiatif membuat format baru sangat membantu tim; bagikan ke bidang lain.",
]
FEEDBACK_VALUE = [
    "Responsif terhadap permintaan layanan dari OPD, termasuk di luar jam kerja.",
    "Perlu lebih terbuka menerima masukan dalam rapat tim.",
    "Menjaga kerahasiaan data pribadi pengguna layanan dengan baik.",
    "Aktif membantu rekan yang baru bergabung memahami aplikasi.",
]
FEEDBACK_CORRECTION = " (Diperbaiki: target triwulan sudah tercapai setelah data susulan masuk.)"

ADDENDA = ["Tambahan: OPD sudah mengirim data susulan pada minggu berikutnya.",
           "Koreksi: tenggat laporan disepakati mundur satu minggu atas persetujuan Kepala Bidang."]

COMPETENCIES = [
    ("Analisis kebutuhan pengguna", "Mampu mengidentifikasi kebutuhan, perlu latihan merumuskan prioritas"),
    ("Komunikasi dengan OPD", "Komunikasi tertulis jelas, komunikasi lisan dalam rapat perlu ditingkatkan"),
    ("Penyusunan laporan", "Laporan lengkap dan tepat waktu"),
    ("Pengelolaan waktu", "Mulai menerapkan daftar prioritas mingguan"),
]

B18_COMMENTS = {6: "Pertanyaan-pertanyaan membantu saya berpikir sendiri",
                8: "Langkah berikutnya sudah jelas"}
