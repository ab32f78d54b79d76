"""Indonesian sentences for every `ErrorCode` and every `skpdesk check` finding.

Core code raises `DomainError(code, field=..., **params)`; this module turns it into one sentence
that names the field (as a human label, `FIELD_LABELS`) and the rule, filled from the params.
Every code has a full sentence and a fallback without optional params, so a message never fails
to format (tests/unit/test_messages.py checks every code).

How to add a message: add the `ErrorCode` member, then an entry in `ERROR_MESSAGES` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import STATUS_LABELS, TRANSITIONS, SkpStatus

# Field keys used by services and staff-file columns -> the label a user reads.
FIELD_LABELS: dict[str, str] = {
    "nip": "NIP",
    "nama": "Nama",
    "name": "Nama",
    "gelar_depan": "Gelar depan",
    "gelar_belakang": "Gelar belakang",
    "jenis_asn": "Jenis ASN",
    "golongan": "Golongan",
    "pangkat": "Pangkat/golongan",
    "jabatan": "Jabatan",
    "jenis_jabatan": "Jenis jabatan",
    "jenjang": "Jenjang jabatan fungsional",
    "unit": "Unit kerja",
    "unit_kerja": "Unit kerja",
    "nip_atasan": "NIP atasan",
    "nip_atasan_penilai": "NIP atasan pejabat penilai",
    "instansi": "Nama instansi",
    "kota": "Kota",
    "city": "Kota",
    "catatan": "Catatan",
    "tahun": "Tahun",
    "year": "Tahun",
    "periode_awal": "Awal periode penilaian",
    "periode_akhir": "Akhir periode penilaian",
    "pendekatan": "Pendekatan",
    "status": "Status",
    "skp": "SKP",
    "id": "ID",
    "rhk": "Rencana hasil kerja (RHK)",
    "jenis_rhk": "Jenis RHK",
    "rhk_intervensi": "RHK pimpinan yang diintervensi",
    "perspektif": "Perspektif",
    "penugasan_dari": "Penugasan dari",
    "indikator": "Indikator kinerja individu",
    "aspek": "Aspek",
    "target": "Target",
    "satuan": "Satuan target",
    "perilaku": "Perilaku kerja",
    "panduan": "Panduan perilaku",
    "panduan_1": "Panduan perilaku 1",
    "panduan_2": "Panduan perilaku 2",
    "panduan_3": "Panduan perilaku 3",
    "ekspektasi": "Ekspektasi khusus pimpinan",
    "lampiran": "Butir lampiran",
    "bagian_lampiran": "Bagian lampiran",
    "file": "Berkas",
    "header": "Baris judul",
    "limit": "Jumlah entri (--limit)",
    "supervisor": "NIP atasan (--supervisor)",
    "berkas": "Berkas",
    "employees": "Jumlah pegawai",
    "pegawai": "Pegawai",
    "pengaturan": "Pengaturan",
    "nilai": "Nilai pengaturan",
    "kode": "Kode dokumen",
}

# Why a file could not be read (`reason` of FILE_UNREADABLE).
FILE_REASONS = {"encoding": "bukan teks UTF-8 (simpan ulang sebagai \"CSV UTF-8\")",
                "corrupt": "isinya rusak atau bukan format yang diharapkan",
                "os_error": "sistem operasi menolak membukanya"}
ASN_LABELS = {"PNS": "PNS", "PPPK": "PPPK", "NON_ASN": "Non-ASN"}
# Passive verbs for the workflow actions: "SKP ... tidak dapat <verb>".
ACTION_LABELS = {"submit": "diajukan", "approve": "disetujui", "return": "dikembalikan",
                 "reopen": "dibuka kembali"}
FORM_LABELS = {"jpt": "JPT", "ja_jf": "JA/JF"}
INCOMPLETE_RULES = {
    "no_utama_rhk": "belum ada RHK Utama",
    "rhk_without_indicator": "RHK {rhk} belum memiliki indikator",
    "indicator_without_target": "indikator {indicator} pada RHK {rhk} belum memiliki target",
    "indicator_without_aspect": "indikator {indicator} pada RHK {rhk} belum memiliki aspek",
}

ANY_VALUE = object()  # `when` matches a param that is present with any value


@dataclass(frozen=True)
class Msg:
    text: str  # the full sentence, may use any param
    fallback: str  # used when a param of `text` is missing: only {field} (always present)
    when: tuple[tuple[str, Any, str], ...] = dc_field(default=())  # (param, value, text) variants

    def pick(self, params: dict[str, Any]) -> str:
        for key, value, text in self.when:
            if key in params and (value is ANY_VALUE or params[key] == value):
                return text
        return self.text


M = Msg
ERROR_MESSAGES: dict[ErrorCode, Msg] = {
    # identifiers
    ErrorCode.NIP_REQUIRED: M("{field} wajib diisi.", "{field} wajib diisi."),
    ErrorCode.NIP_NOT_DIGITS: M(
        "{field} hanya boleh berisi angka (tertulis \"{value}\").",
        "{field} hanya boleh berisi angka.",
        when=(("letters_allowed", True,
               "{field} hanya boleh berisi huruf dan angka tanpa spasi atau tanda baca "
               "(tertulis \"{value}\")."),)),
    ErrorCode.NIP_LENGTH: M("{field} harus 18 digit (terisi {length} digit).",
                            "{field} harus 18 digit."),
    ErrorCode.NIP_BIRTH_DATE: M(
        "{field} {value} tidak valid: 8 digit pertama ({birth}) harus tanggal lahir yang benar "
        "(TTTTBBHH).",
        "{field} tidak valid: 8 digit pertama harus tanggal lahir yang benar (TTTTBBHH)."),
    ErrorCode.NIP_TMT: M(
        "{field} {value} tidak valid: bagian TMT pengangkatan ({tmt}) bukan tahun/bulan yang benar.",
        "{field} tidak valid: bagian TMT pengangkatan bukan tahun/bulan yang benar."),
    ErrorCode.NIP_TMT_BEFORE_BIRTH: M(
        "{field} {value} tidak valid: TMT pengangkatan ({tmt}) tidak boleh sebelum tanggal lahir "
        "({birth}).",
        "{field} tidak valid: TMT pengangkatan tidak boleh sebelum tanggal lahir."),
    ErrorCode.NIP_SEX_DIGIT: M(
        "{field} {value} tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2, bukan {digit}.",
        "{field} tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2."),
    ErrorCode.NIP_SEQUENCE: M(
        "{field} {value} tidak valid: nomor urut (3 digit terakhir) tidak boleh {sequence}.",
        "{field} tidak valid: nomor urut (3 digit terakhir) tidak boleh 000."),
    ErrorCode.NIP_PPPK_CODE: M(
        "{field} {value} bukan NI PPPK: digit ke-13 harus 2 (tertulis {digit}).",
        "{field} bukan NI PPPK: digit ke-13 harus 2."),
    ErrorCode.NIP_PPPK_BATCH: M(
        "{field} {value} tidak valid: digit ke-14 (angkatan PPPK) tidak boleh {digit}.",
        "{field} tidak valid: digit ke-14 (angkatan PPPK) tidak boleh 0."),
    ErrorCode.NIP_KIND_MISMATCH: M(
        "{field} {value} adalah nomor {found}, padahal jenis ASN pegawai ini {expected}.",
        "{field} tidak sesuai dengan jenis ASN pegawai (PNS atau PPPK)."),
    ErrorCode.NIP_DUPLICATE: M(
        "{field} {value} sudah dipakai oleh {name}.",
        "{field} sudah dipakai oleh pegawai lain.",
        when=(("times", ANY_VALUE, "{field} {value} muncul {times} kali di berkas (baris {rows})."),
              ("rows", ANY_VALUE, "{field} {value} muncul lebih dari sekali di berkas (baris {rows})."),
              ("count", ANY_VALUE, "Ada {count} pegawai tanpa NIP bernama {value}; tidak jelas yang "
                              "dimaksud."))),
    ErrorCode.NIP_NOT_ALLOWED: M("{field} tidak boleh diisi untuk pegawai ini (\"{value}\").",
                                 "{field} tidak boleh diisi untuk pegawai ini."),
    # generic field rules
    ErrorCode.FIELD_REQUIRED: M("{field} wajib diisi.", "{field} wajib diisi."),
    ErrorCode.FIELD_INVALID_CHOICE: M(
        "{field} \"{value}\" tidak dikenal; pilihan yang sah: {allowed}.",
        "{field} berisi pilihan yang tidak dikenal.",
        when=(("reason", "fungsional_only",
               "{field} \"{value}\" hanya diisi untuk jabatan fungsional; kosongkan untuk jenis "
               "jabatan lain."),)),
    ErrorCode.FIELD_TOO_LONG: M(
        "{field} terlalu panjang: paling banyak {max} karakter (terisi {length}).",
        "{field} terlalu panjang."),
    ErrorCode.FIELD_INVALID_DATE: M(
        "{field} \"{value}\" bukan tanggal yang benar (format TTTT-BB-HH, mis. 2025-01-31).",
        "{field} bukan tanggal yang benar (format TTTT-BB-HH)."),
    ErrorCode.FIELD_INVALID_NUMBER: M(
        "{field} harus berupa angka (tertulis \"{value}\").",
        "{field} harus berupa angka yang sah.",
        when=(("min", ANY_VALUE, "{field} harus angka dari {min} sampai {max} (tertulis \"{value}\")."),)),
    ErrorCode.RANK_UNKNOWN: M(
        "{field} \"{value}\" tidak dikenal untuk {asn_type}; contoh yang sah: III/a untuk PNS, "
        "IX untuk PPPK.",
        "{field} tidak dikenal; contoh yang sah: III/a untuk PNS, IX untuk PPPK."),
    ErrorCode.RANK_NOT_FOR_ASN_TYPE: M(
        "{field} \"{value}\" tidak berlaku untuk {asn_type}.",
        "{field} tidak berlaku untuk jenis ASN pegawai ini.",
        when=(("asn_type", "NON_ASN",
               "{field} harus dikosongkan untuk Non-ASN (tertulis \"{value}\")."),)),
    ErrorCode.JENJANG_UNKNOWN: M(
        "{field} \"{value}\" tidak dikenal; pilihan yang sah: {allowed}.",
        "{field} tidak dikenal."),
    # office / people
    ErrorCode.OFFICE_EXISTS: M(
        "Instansi sudah dibuat di basis data ini; init hanya dijalankan sekali per basis data.",
        "Instansi sudah dibuat di basis data ini."),
    ErrorCode.OFFICE_MISSING: M(
        "Instansi belum dibuat di basis data {path}.",
        "Instansi belum dibuat di basis data ini.",
        when=(("reason", "no_file", "Basis data {path} belum ada."),)),
    ErrorCode.UNIT_NOT_FOUND: M("{field} \"{value}\" tidak ditemukan.",
                                "{field} tidak ditemukan."),
    ErrorCode.PEGAWAI_NOT_FOUND: M("Pegawai dengan {field} {value} tidak ditemukan.",
                                   "Pegawai tidak ditemukan."),
    ErrorCode.SUPERVISOR_NOT_FOUND: M(
        "{field} {value} tidak ditemukan di daftar pegawai.",
        "{field} tidak ditemukan di daftar pegawai."),
    ErrorCode.SUPERVISOR_SELF: M("{field} tidak boleh NIP pegawai itu sendiri.",
                                 "{field} tidak boleh NIP pegawai itu sendiri."),
    ErrorCode.SUPERVISOR_CYCLE: M(
        "{field}: atasan ini membuat rantai atasan berputar (pegawai menjadi atasan dari "
        "atasannya sendiri).",
        "{field}: atasan ini membuat rantai atasan berputar.",
        when=(("cycle", ANY_VALUE, "{field} {value} membuat rantai atasan berputar: {cycle}."),)),
    # SKP
    ErrorCode.SKP_NOT_FOUND: M(
        "SKP tidak ditemukan ({value}).", "SKP tidak ditemukan.",
        when=(("field", "tahun", "SKP tahun {value} belum ada untuk pegawai ini."),)),
    ErrorCode.SKP_EXISTS: M(
        "Pegawai ini sudah memiliki SKP tahun {year} (periode {start} s.d. {end}) yang "
        "periodenya bertumpang tindih.",
        "Pegawai ini sudah memiliki SKP dengan periode yang bertumpang tindih."),
    ErrorCode.SKP_NOT_ALLOWED_FOR_NON_ASN: M(
        "{name} bukan ASN (Non-ASN), sehingga tidak dibuatkan SKP.",
        "Pegawai Non-ASN tidak dibuatkan SKP."),
    ErrorCode.SKP_PERIOD_INVALID: M(
        "Periode penilaian {start} s.d. {end} tidak sah: awal harus sebelum akhir dan keduanya "
        "di dalam tahun {year}.",
        "Periode penilaian tidak sah: awal harus sebelum akhir dan keduanya di tahun SKP."),
    ErrorCode.SKP_READ_ONLY: M(
        "SKP berstatus {status} tidak dapat diubah; kembalikan atau buka kembali menjadi Draft "
        "terlebih dahulu.",
        "SKP ini tidak dapat diubah karena bukan Draft."),
    ErrorCode.SKP_TRANSITION_NOT_ALLOWED: M(
        "SKP berstatus {status} tidak dapat {action}; hanya SKP berstatus {source} yang dapat "
        "{action}.",
        "Perubahan status SKP ini tidak diperbolehkan."),
    ErrorCode.SKP_NOTE_REQUIRED: M(
        "{field} wajib diisi saat SKP {action} (alasan dicatat pada SKP dan jurnal).",
        "{field} wajib diisi untuk perubahan status ini."),
    ErrorCode.SKP_INCOMPLETE: M(
        "SKP belum lengkap sehingga belum dapat diajukan: {problems}.",
        "SKP belum lengkap sehingga belum dapat diajukan."),
    ErrorCode.SKP_NO_PREVIOUS: M(
        "Tidak ada SKP tahun {year} untuk disalin.",
        "Tidak ada SKP tahun sebelumnya untuk disalin."),
    ErrorCode.RHK_NOT_FOUND: M("{field} tidak ditemukan ({value}).", "RHK tidak ditemukan."),
    ErrorCode.RHK_IN_USE: M(
        "RHK ini masih diintervensi oleh {count} RHK bawahan; lepaskan tautan itu terlebih dahulu.",
        "RHK ini masih diintervensi oleh RHK bawahan."),
    ErrorCode.RHK_PARENT_NOT_SUPERVISOR: M(
        "{field} harus RHK Utama dari SKP atasan langsung pada tahun yang sama.",
        "{field} harus RHK Utama dari SKP atasan langsung pada tahun yang sama."),
    ErrorCode.RHK_PARENT_FOR_TAMBAHAN: M(
        "RHK Tambahan tidak mengintervensi RHK pimpinan; kosongkan {field}.",
        "RHK Tambahan tidak mengintervensi RHK pimpinan."),
    ErrorCode.RHK_PERSPECTIVE_JPT_ONLY: M(
        "{field} hanya diisi pada SKP Jabatan Pimpinan Tinggi (JPT).",
        "{field} hanya diisi pada SKP Jabatan Pimpinan Tinggi (JPT)."),
    ErrorCode.INDICATOR_NOT_FOUND: M("{field} tidak ditemukan ({value}).",
                                     "Indikator tidak ditemukan."),
    ErrorCode.INDICATOR_ASPECT_REQUIRED: M(
        "{field} wajib dipilih (Kuantitas, Kualitas, Waktu atau Biaya) pada SKP JA/JF kuantitatif.",
        "{field} wajib dipilih pada SKP JA/JF kuantitatif."),
    ErrorCode.INDICATOR_ASPECT_NOT_ALLOWED: M(
        "{field} hanya diisi pada SKP JA/JF kuantitatif; SKP ini {form} {approach}.",
        "{field} hanya diisi pada SKP JA/JF kuantitatif."),
    ErrorCode.LAMPIRAN_ITEM_NOT_FOUND: M("{field} tidak ditemukan ({value}).",
                                         "Butir lampiran tidak ditemukan."),
    ErrorCode.CORE_VALUE_NOT_FOUND: M("{field} (core value) tidak ditemukan ({value}).",
                                      "Perilaku kerja (core value) tidak ditemukan."),
    # printed documents
    ErrorCode.PRINT_CODE_UNKNOWN: M(
        "{field} {value} tidak dikenal: tidak ada cetakan SKP dengan kode ini di basis data ini.",
        "{field} tidak dikenal: tidak ada cetakan SKP dengan kode ini di basis data ini.",
        when=(("reason", "format",
               "{field} \"{value}\" bukan kode dokumen SKP Desk (bentuknya SKP-XXXXX-XXXXX, "
               "tertera di kaki setiap halaman cetakan)."),)),
    # files and storage
    ErrorCode.IMPORT_INVALID: M(
        "Berkas pegawai ditolak: {count} masalah ditemukan; tidak ada data yang disimpan.",
        "Berkas pegawai ditolak; tidak ada data yang disimpan."),
    ErrorCode.FILE_NOT_FOUND: M("{field} {path} tidak ditemukan.", "{field} tidak ditemukan."),
    ErrorCode.FILE_FORMAT_UNSUPPORTED: M(
        "Format berkas \"{value}\" tidak didukung; gunakan berkas {allowed}.",
        "Format berkas tidak didukung; gunakan berkas .xlsx atau .csv."),
    ErrorCode.FILE_UNREADABLE: M("{field} {path} tidak dapat dibaca: {reason}.",
                                 "{field} tidak dapat dibaca."),
    ErrorCode.FILE_UNWRITABLE: M("{field} {path} tidak dapat ditulis ({detail}); periksa apakah "
                                 "folder ada dan berkas tidak sedang dibuka aplikasi lain.",
                                 "{field} tidak dapat ditulis; periksa apakah folder ada dan "
                                 "berkas tidak sedang dibuka aplikasi lain."),
    ErrorCode.FILE_COLUMNS_MISSING: M(
        "Kolom wajib tidak ada di baris judul berkas: {missing}.",
        "Ada kolom wajib yang tidak ada di baris judul berkas (baris 1)."),
    ErrorCode.DB_NEWER_SCHEMA: M(
        "Basis data {path} dibuat oleh versi SKP Desk yang lebih baru (skema {revision}); "
        "perbarui aplikasi ini sebelum membukanya.",
        "Basis data ini dibuat oleh versi SKP Desk yang lebih baru; perbarui aplikasi ini."),
    ErrorCode.DB_UNREADABLE: M(
        "Berkas {path} bukan basis data SKP Desk (SQLite) yang dapat dibaca.",
        "Berkas ini bukan basis data SKP Desk (SQLite) yang dapat dibaca."),
    ErrorCode.DEMO_NEEDS_EMPTY_DB: M(
        "Data contoh hanya dibuat pada basis data kosong, sedangkan basis data ini sudah berisi "
        "data; gunakan --db dengan berkas baru.",
        "Data contoh hanya dibuat pada basis data kosong; gunakan --db dengan berkas baru."),
    # --- area: database
    ErrorCode.DB_NOT_SKP: M(
        "Berkas {path} bukan basis data SKP Desk (berkas SQLite milik aplikasi lain); berkas "
        "tidak diubah.",
        "Berkas ini bukan basis data SKP Desk; berkas tidak diubah.",
        when=(("reason", "empty", "Berkas {path} kosong, belum berisi basis data SKP Desk; "
                                  "berkas tidak diubah."),
              ("reason", "not_sqlite", "Berkas {path} bukan basis data SKP Desk: isinya bukan "
                                       "SQLite (berkas jenis lain, atau bagian awalnya rusak); "
                                       "berkas tidak diubah."),
              ("reason", "no_file", "Basis data {path} belum ada."),
              ("reason", "directory", "{path} adalah folder, bukan berkas basis data SKP Desk."),
              ("reason", "unreadable", "Berkas {path} tidak dapat dibaca ({detail})."))),
    ErrorCode.DB_DAMAGED: M(
        "Basis data {path} rusak: bagian awal atau daftar tabelnya tidak dapat dibaca; berkas "
        "tidak diubah. Pulihkan dari salinan cadangan (mis. di folder backups di sebelahnya).",
        "Basis data ini rusak; berkas tidak diubah. Pulihkan dari salinan cadangan.",
        # area: journal — damage met while reading or writing (storage/damage.py)
        when=(("detail", ANY_VALUE,
               "Basis data {path} rusak ({detail}); tidak ada yang diubah. Jalankan \"skpdesk "
               "check\" untuk rinciannya dan pulihkan dari salinan cadangan (mis. di folder "
               "backups di sebelahnya)."),)),
    ErrorCode.DB_BUSY: M(
        "Basis data {path} sedang dikunci oleh proses lain (bukan SKP Desk, mis. aplikasi lain "
        "yang membuka berkas ini); tidak ada yang diubah. Tutup aplikasi itu atau tunggu, lalu "
        "ulangi.",
        "Basis data sedang dikunci oleh proses lain; tidak ada yang diubah. Tunggu, lalu ulangi.",
        when=(("actor", ANY_VALUE,
               "Basis data {path} sedang dipakai untuk menulis oleh {actor} (proses {pid} di "
               "komputer {host}) sejak {since}; tidak ada yang diubah. Tunggu sampai selesai, "
               "lalu ulangi."),)),
    ErrorCode.DB_DISK_FULL: M(
        "Disk penuh: {path} tidak dapat ditulis; tidak ada yang diubah. Kosongkan ruang disk, "
        "lalu ulangi.",
        "Disk penuh; tidak ada yang diubah. Kosongkan ruang disk, lalu ulangi."),
    ErrorCode.DB_FOLDER_UNWRITABLE: M(
        "Folder {path} tidak dapat ditulisi ({detail}); tidak ada yang diubah. Periksa izin "
        "folder atau pilih lokasi basis data lain.",
        "Folder basis data tidak dapat ditulisi; tidak ada yang diubah. Periksa izin folder atau "
        "pilih lokasi lain."),
    ErrorCode.DB_IO_ERROR: M(
        "Disk gagal membaca atau menulis {path} (disk penuh, media dicabut, atau disk rusak); "
        "tidak ada yang diubah. Periksa ruang kosong dan disknya, lalu ulangi.",
        "Disk gagal membaca atau menulis basis data (disk penuh, media dicabut, atau disk "
        "rusak); tidak ada yang diubah. Periksa ruang kosong dan disknya, lalu ulangi."),
    ErrorCode.DB_BACKUP_FAILED: M(
        "Salinan cadangan sebelum pembaruan skema tidak dapat dibuat di {path} ({detail}); "
        "basis data tidak diperbarui dan tidak diubah. Kosongkan ruang disk atau periksa izin "
        "folder, lalu buka lagi.",
        "Salinan cadangan sebelum pembaruan skema tidak dapat dibuat; basis data tidak "
        "diperbarui dan tidak diubah."),
    ErrorCode.RECORD_CHANGED: M(
        "Data pegawai {name} telah diubah di tempat lain sejak dibuka; perubahan ini tidak "
        "disimpan. Muat ulang datanya, lalu ulangi perubahan.",
        "Data ini telah diubah di tempat lain sejak dibuka; perubahan ini tidak disimpan. Muat "
        "ulang, lalu ulangi.",
        when=(("actor", ANY_VALUE,
               "Data pegawai {name} telah diubah oleh {actor} sejak dibuka; perubahan ini tidak "
               "disimpan. Muat ulang datanya, lalu ulangi perubahan."),)),
    # --- area: printing
    ErrorCode.DB_READ_ONLY: M(
        "Basis data {path} hanya dapat dibaca (berkas, folder atau medianya tidak dapat "
        "ditulis), sehingga perubahan tidak dapat disimpan; tidak ada yang diubah. Periksa izin "
        "berkas atau salin basis data ke folder yang dapat ditulis.",
        "Basis data hanya dapat dibaca, sehingga perubahan tidak dapat disimpan; tidak ada yang "
        "diubah.",
        when=(("action", "print",
               "Basis data {path} hanya dapat dibaca (berkas, folder atau medianya tidak dapat "
               "ditulis), sehingga kode dokumen cetakan tidak dapat dicatat; tidak ada PDF yang "
               "dibuat. Periksa izin berkas atau salin basis data ke folder yang dapat ditulis."),)),
    ErrorCode.LOGO_TOO_LARGE: M(
        "Berkas logo {value} terlalu besar: {size_kb} KB, paling besar {max_kb} KB.",
        "Berkas logo terlalu besar: paling besar 2 MB."),
    ErrorCode.LOGO_TOO_MANY_PIXELS: M(
        "Gambar logo {value} berukuran {width}×{height} piksel; paling besar "
        "{max_side}×{max_side} piksel (logo dicetak kecil, 1000 piksel sudah cukup).",
        "Gambar logo terlalu besar ukurannya dalam piksel."),
    ErrorCode.LOGO_NOT_AN_IMAGE: M(
        "Berkas logo {value} bukan gambar {format} yang utuh: isinya rusak atau berisi data "
        "lain ({detail}).",
        "Berkas logo bukan gambar PNG atau JPEG yang utuh: isinya rusak atau berisi data lain."),
    # input (issue 7: bad input)
    ErrorCode.FIELD_CONTROL_CHARACTER: M(
        "{field} berisi karakter kendali yang tidak terlihat ({char}) pada posisi {position}; "
        "karakter kendali dan pengatur arah teks tidak diperbolehkan.",
        "{field} berisi karakter kendali yang tidak terlihat; karakter kendali dan pengatur arah "
        "teks tidak diperbolehkan."),
    ErrorCode.NIP_BIRTH_TOO_EARLY: M(
        "{field} {value} tidak valid: tanggal lahir ({birth}) sebelum tahun {min_year}; NIP 18 "
        "digit baru ada sejak 2008, tidak ada ASN aktif yang lahir sebelum {min_year}.",
        "{field} tidak valid: tanggal lahir di dalam NIP terlalu awal."),
    ErrorCode.NIP_AGE_AT_TMT: M(
        "{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) {age} tahun, tidak masuk "
        "akal.",
        "{field} tidak valid: usia pada TMT pengangkatan tidak masuk akal.",
        when=(("reason", "too_young",
               "{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) baru {age} tahun, "
               "padahal CPNS/PPPK paling muda {min_age} tahun (lahir {birth})."),
              ("reason", "too_old",
               "{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) sudah {age} tahun, "
               "lebih dari batas {max_age} tahun (lahir {birth})."))),
    ErrorCode.FILE_TOO_LARGE: M(
        "{field} {path} terlalu besar: {size_bytes}; paling besar {limit_bytes}.",
        "{field} terlalu besar untuk diimpor.",
        when=(("reason", "unpacked",
               "{field} {path} terlalu besar: isi XLSX setelah dibuka {size_bytes}; paling besar "
               "{limit_bytes}."),
              ("reason", "part",
               "{field} {path} tidak wajar: bagian {part} di dalam XLSX berukuran {size_bytes}; "
               "paling besar {limit_bytes}."),
              ("reason", "parts",
               "{field} {path} tidak wajar: XLSX berisi {count} bagian; paling banyak {limit}."))),
    ErrorCode.FILE_TOO_MANY_ROWS: M(
        "{field} {path} berisi lebih dari {limit} baris data (terhenti di baris {row}); bagi "
        "berkas menjadi beberapa berkas.",
        "{field} berisi terlalu banyak baris data.",
        when=(("reason", "sheet",
               "{field} {path}: lembar kerja melewati baris {limit}, batas Excel."),
              ("reason", "counted",
               "{field} {path} berisi lebih dari {limit} baris data; bagi berkas menjadi "
               "beberapa berkas."))),
    ErrorCode.FILE_ROW_TOO_WIDE: M(
        "{field} {path}: baris {row} terlalu lebar.",
        "{field}: ada baris yang terlalu lebar.",
        when=(("reason", "columns",
               "{field} {path}: baris {row} berisi {count} kolom; paling banyak {limit}."),
              ("reason", "chars",
               "{field} {path}: baris {row} lebih panjang dari {limit} karakter."),
              ("reason", "cells",
               "{field} {path}: baris ke-{row} lembar kerja berisi lebih dari {limit} sel."))),
    ErrorCode.FILE_CELL_TOO_LONG: M(
        "{field} {path}: sel di baris {row}, kolom {column} berisi {length} karakter; paling "
        "banyak {limit}.",
        "{field}: ada sel yang terlalu panjang.",
        when=(("column", "",
               "{field} {path}: sel yang dimulai di baris {row} lebih panjang dari {limit} "
               "karakter."),)),
}

# Hints only the command line can give (which option fixes the problem).
CLI_HINTS: dict[ErrorCode, str] = {
    ErrorCode.SKP_NOTE_REQUIRED: "Tambahkan --note \"...\".",
    ErrorCode.OFFICE_MISSING: "Jalankan dulu: skpdesk init --instansi NAMA --city KOTA "
                              "(atau skpdesk demo untuk data contoh).",
    ErrorCode.SKP_NO_PREVIOUS: "Buat SKP baru dengan: skpdesk skp create --nip NIP.",
    ErrorCode.SKP_NOT_FOUND: "Buat SKP dengan: skpdesk skp create --nip NIP --year TAHUN.",
    ErrorCode.DB_NOT_SKP: "Periksa --db, atau buat basis data baru: skpdesk --db BERKAS_BARU init "
                          "--instansi NAMA --city KOTA.",
}

GENERIC_ERROR = "Data tidak sah ({code})."


def field_label(key: str | None) -> str:
    if not key:
        return "Isian"
    key = str(key)
    return FIELD_LABELS.get(key) or FIELD_LABELS.get(key.lower()) or key.replace("_", " ").capitalize()


def _status_label(value: Any) -> str:
    try:
        return STATUS_LABELS[SkpStatus(value)]
    except (ValueError, KeyError):
        return str(value)


def thousands(n: int) -> str:
    """12345 -> "12.345" (Indonesian digit grouping)."""
    return f"{n:,}".replace(",", ".")


def megabytes(n: int) -> str:
    """Bytes as the Indonesian "12,5 MB"."""
    return f"{n / (1024 * 1024):,.1f} MB".replace(",", "_").replace(".", ",").replace("_", ".")


def join_values(values: Any) -> str:
    if isinstance(values, (list, tuple, set)):
        return ", ".join(str(v) for v in values)
    return str(values)


def _problem_text(problem: Any) -> str:
    if not isinstance(problem, dict):
        return str(problem)
    template = INCOMPLETE_RULES.get(problem.get("rule", ""), str(problem.get("rule", "")))
    try:
        return template.format(**problem)
    except (KeyError, IndexError, ValueError):
        return template


def prepare_params(params: dict[str, Any]) -> dict[str, Any]:
    """Params as text a sentence can hold: labels for fields, statuses, actions and lists."""
    values = {k: v for k, v in params.items()}
    values["field"] = field_label(params.get("field"))
    values["field_lower"] = values["field"].lower()
    if "status" in params:
        values["status"] = _status_label(params["status"])
    if "action" in params:
        action = params["action"]
        values["action"] = ACTION_LABELS.get(action, str(action))
        if action in TRANSITIONS:
            values["source"] = STATUS_LABELS[TRANSITIONS[action][0]]
    if "asn_type" in params:
        values["asn_type"] = ASN_LABELS.get(params["asn_type"], str(params["asn_type"]))
    for key in ("expected", "found"):
        if key in params:
            values[key] = ASN_LABELS.get(params[key], str(params[key]))
    if "form" in params:
        values["form"] = FORM_LABELS.get(params["form"], str(params["form"]))
    for key in ("allowed", "columns", "missing", "rows"):
        if key in params:
            values[key] = join_values(params[key])
    if params.get("more"):  # rows listed only in part: "2, 3, 4, … (+9.997)"
        values["rows"] = f"{values.get('rows', '')}, … (+{thousands(params['more'])})"
    for key in ("times", "limit", "count", "omitted"):
        if isinstance(params.get(key), int) and not isinstance(params[key], bool):
            values[key] = thousands(params[key])
    for key in ("size_bytes", "limit_bytes"):
        if isinstance(params.get(key), int):
            values[key] = megabytes(params[key])
    if "problems" in params:
        problems = params["problems"]
        if isinstance(problems, (list, tuple)):
            values["problems"] = "; ".join(_problem_text(p) for p in problems)
    if "cycle" in params:
        values["cycle"] = " → ".join(str(c) for c in params["cycle"]) if isinstance(
            params["cycle"], (list, tuple)) else str(params["cycle"])
    if "reason" in params:
        values["reason"] = FILE_REASONS.get(params["reason"], str(params["reason"]))
    if "path" in params:
        values["path"] = str(params["path"])
    elif "value" in params and params.get("field") in ("file", "berkas"):
        values["path"] = str(params["value"])
    return values


def message_for(code: ErrorCode, params: dict[str, Any] | None = None) -> str:
    """The Indonesian sentence for an error code and its params; never raises."""
    params = dict(params or {})
    entry = ERROR_MESSAGES.get(code)
    code_text = getattr(code, "value", str(code))
    if entry is None:
        return GENERIC_ERROR.format(code=code_text)
    try:
        values = prepare_params(params)
    except Exception:  # noqa: BLE001 - a message must never be the thing that fails
        values = {"field": field_label(None), "field_lower": "isian"}
    for template in (entry.pick(params), entry.fallback):
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return GENERIC_ERROR.format(code=code_text)


def format_error(err: DomainError) -> str:
    return message_for(err.code, err.params)


def cli_hint(err: DomainError) -> str | None:
    return CLI_HINTS.get(err.code)

