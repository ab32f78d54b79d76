"""Labels that error sentences insert, in Indonesian and English: field names, why a file
could not be read, ASN types, workflow actions, form kinds and the rules an SKP must meet before
it is submitted. Keys are the ones services put in `DomainError.params`.
"""

from __future__ import annotations

from .entry import Text

FIELD_FALLBACK = Text(id="Isian", en="Field")  # no field named

# Field keys used by services and staff-file columns -> the label a user reads.
FIELD_LABELS: dict[str, Text] = {
    "nip": Text(id="NIP", en="NIP"),
    "nama": Text(id="Nama", en="Name"),
    "name": Text(id="Nama", en="Name"),
    "gelar_depan": Text(id="Gelar depan", en="Title before the name"),
    "gelar_belakang": Text(id="Gelar belakang", en="Title after the name"),
    "jenis_asn": Text(id="Jenis ASN", en="ASN type"),
    "golongan": Text(id="Golongan", en="Grade"),
    "pangkat": Text(id="Pangkat/golongan", en="Rank/grade"),
    "jabatan": Text(id="Jabatan", en="Position"),
    "jenis_jabatan": Text(id="Jenis jabatan", en="Position type"),
    "jenjang": Text(id="Jenjang jabatan fungsional", en="Functional position level"),
    "unit": Text(id="Unit kerja", en="Work unit"),
    "unit_kerja": Text(id="Unit kerja", en="Work unit"),
    "nip_atasan": Text(id="NIP atasan", en="Supervisor's NIP"),
    "nip_atasan_penilai": Text(
        id="NIP atasan pejabat penilai",
        en="NIP of the appraiser's supervisor"),
    "instansi": Text(id="Nama instansi", en="Office name"),
    "kota": Text(id="Kota", en="City"),
    "city": Text(id="Kota", en="City"),
    "catatan": Text(id="Catatan", en="Note"),
    "tahun": Text(id="Tahun", en="Year"),
    "year": Text(id="Tahun", en="Year"),
    "periode_awal": Text(id="Awal periode penilaian", en="Start of the appraisal period"),
    "periode_akhir": Text(id="Akhir periode penilaian", en="End of the appraisal period"),
    "pendekatan": Text(id="Pendekatan", en="Approach"),
    "status": Text(id="Status", en="Status"),
    # --- area: editing in the window (issue 9)
    "status_kepegawaian": Text(id="Status kepegawaian", en="Employment status"),
    "sejak": Text(id="Sejak tanggal", en="Since"),
    "skp": Text(id="SKP", en="SKP"),
    "id": Text(id="ID", en="ID"),
    "rhk": Text(id="Rencana hasil kerja (RHK)", en="Planned work result (RHK)"),
    "jenis_rhk": Text(id="Jenis RHK", en="RHK type"),
    "rhk_intervensi": Text(
        id="RHK pimpinan yang diintervensi",
        en="Leader's RHK that is intervened"),
    "perspektif": Text(id="Perspektif", en="Perspective"),
    "penugasan_dari": Text(id="Penugasan dari", en="Assigned by"),
    "indikator": Text(id="Indikator kinerja individu", en="Individual performance indicator"),
    "aspek": Text(id="Aspek", en="Aspect"),
    "target": Text(id="Target", en="Target"),
    "satuan": Text(id="Satuan target", en="Target unit"),
    "perilaku": Text(id="Perilaku kerja", en="Work behaviour"),
    "panduan": Text(id="Panduan perilaku", en="Behaviour guide"),
    "panduan_1": Text(id="Panduan perilaku 1", en="Behaviour guide 1"),
    "panduan_2": Text(id="Panduan perilaku 2", en="Behaviour guide 2"),
    "panduan_3": Text(id="Panduan perilaku 3", en="Behaviour guide 3"),
    "ekspektasi": Text(id="Ekspektasi khusus pimpinan", en="Leader's specific expectation"),
    "lampiran": Text(id="Butir lampiran", en="Attachment item"),
    "bagian_lampiran": Text(id="Bagian lampiran", en="Attachment section"),
    "file": Text(id="Berkas", en="File"),
    "header": Text(id="Baris judul", en="Header row"),
    "berkas": Text(id="Berkas", en="File"),
    "employees": Text(id="Jumlah pegawai", en="Number of employees"),
    "pegawai": Text(id="Pegawai", en="Employee"),
    "pengaturan": Text(id="Pengaturan", en="Setting"),
    "nilai": Text(id="Nilai pengaturan", en="Setting value"),
    "kode": Text(id="Kode dokumen", en="Document code"),
    # digital signatures (issue 13, helper "pades": services/paper/pdf_signatures.py)
    "berkas_kunci": Text(id="Berkas kunci", en="Key file"),
    "kata_sandi": Text(id="Kata sandi kunci", en="Key password"),
    "berkas_pdf": Text(id="Berkas PDF", en="PDF file"),
    "sertifikat_tepercaya": Text(id="Sertifikat tepercaya", en="Trusted certificate"),
    "limit": Text(id="Jumlah entri", en="Number of entries"),
    "supervisor": Text(id="NIP atasan", en="Supervisor's NIP"),
    # sync: bundles
    "nama_perangkat": Text(id="Nama perangkat", en="Device name"),
    "perangkat": Text(id="Perangkat mitra", en="Peer"),
    # acting (issue 9: who is acting, atas nama)
    "alasan_atas_nama": Text(id="Alasan bertindak atas nama", en="Reason for acting on behalf"),
    "pengelola_kinerja": Text(id="NIP pengelola kinerja", en="NIP of a performance administrator"),
    "saya_adalah": Text(id="Saya adalah", en="I am"),
    "as": Text(id="NIP (--as)", en="NIP (--as)"),
    # search (issue 10)
    "kata_cari": Text(id="Kata yang dicari", en="Search text"),
    # umpan balik and bimbingan kinerja (issue 10, helper "coaching")
    "skala_b18": Text(id="Skala jawaban B.1.8", en="B.1.8 answer scale"),
    "siklus_dialog": Text(id="Jumlah hari antar-dialog", en="Days between dialogs"),
    "periode": Text(id="Periode", en="Period"),
    "umpan_balik": Text(id="Umpan balik", en="Feedback"),
    "tanggal": Text(id="Tanggal", en="Date"),
    "jawaban": Text(id="Jawaban", en="Answer"),
    "komentar": Text(id="Komentar", en="Comment"),
    "kompetensi": Text(id="Kompetensi", en="Competency"),
    "nilai_kompetensi": Text(id="Nilai kompetensi", en="Competency value"),
    "alasan_nilai": Text(id="Alasan terhadap nilai", en="Reason for the value"),
    "dialog": Text(id="Dialog kinerja", en="Performance dialog"),
    "pegawai_dibimbing": Text(id="Pegawai yang dibimbing", en="Employee guided"),
    # dialog kinerja and tindak lanjut (issue 10, services.dialogs)
    "tanggal_dialog": Text(id="Tanggal dialog", en="Date of the dialogue"),
    "jam_mulai": Text(id="Jam mulai", en="Start time"),
    "durasi": Text(id="Durasi (menit)", en="Duration (minutes)"),
    "tempat": Text(id="Tempat", en="Place"),
    "jenis_dialog": Text(id="Jenis dialog", en="Kind of dialogue"),
    "peserta": Text(id="Pegawai peserta", en="Participating employee"),
    "dipimpin_oleh": Text(id="Dipimpin oleh", en="Led by"),
    "peran_pemimpin": Text(id="Peran pemimpin dialog", en="Role of the dialogue's leader"),
    "agenda": Text(id="Agenda", en="Agenda"),
    "catatan_dialog": Text(id="Catatan dialog", en="Notes of the dialogue"),
    "rhk_dibahas": Text(id="RHK yang dibahas", en="RHK discussed"),
    "nilai_dibahas": Text(id="Nilai perilaku kerja yang dibahas", en="Core value discussed"),
    "adendum": Text(id="Teks adendum", en="Addendum text"),
    "tindak_lanjut": Text(id="Tindak lanjut", en="Follow-up"),
    "pemilik_tindak_lanjut": Text(id="Penanggung jawab tindak lanjut", en="Follow-up owner"),
    "batas_waktu": Text(id="Batas waktu tindak lanjut", en="Follow-up due date"),
    "status_tindak_lanjut": Text(id="Status tindak lanjut", en="Follow-up status"),
    "catatan_status": Text(id="Catatan status tindak lanjut", en="Follow-up status note"),
    "id_dialog": Text(id="ID dialog", en="Dialogue ID"),
    "id_tindak_lanjut": Text(id="ID tindak lanjut", en="Follow-up ID"),
    "id_catatan": Text(id="ID catatan", en="Record ID"),
    # periods, rencana aksi, realisasi (issue 11, helper "plans")
    "ritme": Text(id="Ritme periode", en="Period rhythm"),
    "batas_pengisian": Text(id="Batas pengisian", en="Deadline"),
    "rencana_aksi": Text(id="Rencana aksi", en="Action plan"),
    "target_periodik": Text(id="Target periodik", en="Periodic target"),
    "realisasi": Text(id="Realisasi", en="Result"),
    # issue 11: bukti dukung (services.evidence)
    "id_bukti": Text(id="ID bukti dukung", en="Evidence ID"),
    "bukti_dukung": Text(id="Bukti dukung", en="Evidence"),
    "deskripsi": Text(id="Keterangan bukti dukung", en="Evidence description"),
    "tautan": Text(id="Tautan atau rujukan", en="Link or reference"),
    "alasan": Text(id="Alasan", en="Reason"),
    "keluaran": Text(id="Berkas keluaran", en="Output file"),
    "batas_ukuran_bukti": Text(id="Batas ukuran bukti dukung (MB)",
                               en="Evidence size limit (MB)"),
    # --- area: penilaian (issue 12)
    "rating_hasil_kerja": Text(id="Rating hasil kerja", en="Work result rating"),
    "rating_perilaku_kerja": Text(id="Rating perilaku kerja", en="Work behaviour rating"),
    "predikat": Text(id="Predikat kinerja pegawai", en="Employee performance predicate"),
    "predikat_organisasi": Text(id="Predikat kinerja organisasi",
                                en="Organisation performance predicate"),
    "alasan_predikat": Text(id="Alasan predikat berbeda dari matriks",
                            en="Reason for a predicate other than the matrix's"),
    "catatan_rekomendasi": Text(id="Catatan/rekomendasi", en="Notes/recommendation"),
    "alasan_buka_kembali": Text(id="Alasan membuka kembali", en="Reason for reopening"),
    "refleksi_diri": Text(id="Refleksi diri", en="Self-reflection"),
    "evaluasi": Text(id="Evaluasi kinerja", en="Performance evaluation"),
    "keberatan": Text(id="Keberatan", en="Objection"),
    "alasan_keberatan": Text(id="Alasan keberatan", en="Reasons for the objection"),
    "penjelasan": Text(id="Penjelasan", en="Explanation"),
    "keputusan": Text(id="Keputusan keberatan", en="Decision on the objection"),
    "catatan_keputusan": Text(id="Catatan keputusan", en="Decision note"),
    "sumber_masukan": Text(id="Sumber masukan", en="Input source"),
    "masukan": Text(id="Masukan", en="Input"),
    "bulan": Text(id="Jumlah bulan", en="Number of months"),
    "pejabat_penilai": Text(id="Pejabat penilai kinerja", en="Appraising official"),
}

# Why a file could not be read (`reason` of FILE_UNREADABLE).
FILE_REASONS: dict[str, Text] = {
    "encoding": Text(
        id="bukan teks UTF-8 (simpan ulang sebagai \"CSV UTF-8\")",
        en="it is not UTF-8 text (save it again as \"CSV UTF-8\")"),
    "corrupt": Text(
        id="isinya rusak atau bukan format yang diharapkan",
        en="its content is damaged or not in the expected format"),
    "os_error": Text(
        id="sistem operasi menolak membukanya",
        en="the operating system refused to open it"),
}

# ASN types as sentences name them.
ASN_LABELS: dict[str, Text] = {
    "PNS": Text(id="PNS", en="PNS"),
    "PPPK": Text(id="PPPK", en="PPPK"),
    "NON_ASN": Text(id="Non-ASN", en="non-ASN"),
}

# Passive verbs for the workflow actions: "SKP ... tidak dapat <verb>" / "cannot be <verb>".
ACTION_LABELS: dict[str, Text] = {
    "submit": Text(id="diajukan", en="submitted"),
    "approve": Text(id="disetujui", en="approved"),
    "return": Text(id="dikembalikan", en="returned"),
    "reopen": Text(id="dibuka kembali", en="reopened"),
}

# Official abbreviations of the form kinds, the same in every language.
FORM_LABELS: dict[str, str] = {"jpt": "JPT", "ja_jf": "JA/JF"}

# Why an SKP cannot be submitted yet (`problems` of SKP_INCOMPLETE).
INCOMPLETE_RULES: dict[str, Text] = {
    "no_utama_rhk": Text(id="belum ada RHK Utama", en="there is no main RHK (RHK Utama) yet"),
    "rhk_without_indicator": Text(
        id="RHK {rhk} belum memiliki indikator",
        en="RHK {rhk} has no indicator yet"),
    "indicator_without_target": Text(
        id="indikator {indicator} pada RHK {rhk} belum memiliki target",
        en="indicator {indicator} of RHK {rhk} has no target yet"),
    "indicator_without_aspect": Text(
        id="indikator {indicator} pada RHK {rhk} belum memiliki aspek",
        en="indicator {indicator} of RHK {rhk} has no aspect yet"),
}

GENERIC_ERROR = Text(id="Data tidak sah ({code}).",
                     en="The data is not valid ({code}).")  # a code without a sentence
