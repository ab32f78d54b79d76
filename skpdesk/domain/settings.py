"""Office settings: declared once here with their default and allowed values.

They live in the database (table `office_setting`) and sync with the office's data; per-machine
UI state belongs in QSettings instead. How to add one: add a `SettingSpec` to `OFFICE_SETTINGS`;
`OfficeService.set_setting` validates against it and `settings()` fills in the default.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    choices: tuple[str, ...]  # empty: free text
    description: str


OFFICE_SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec(
        "print.intervened_label",
        "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
        ("RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
         "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"),
        "Label kolom RHK yang diintervensi pada SKP cetak (SKP-REFERENCE §1.3: cetakan e-Kinerja "
        "2022 yang terkonfirmasi memakai ATASAN, bawaannya; banyak instansi memakai PIMPINAN)."),
    SettingSpec(
        "print.pppk_golongan",
        "kosongkan",
        ("kosongkan", "tampilkan"),
        "Baris PANGKAT/GOL. RUANG untuk PPPK pada formulir cetak: kosongkan = dibiarkan kosong "
        "(aturan pengisian SKP-REFERENCE §4.4: non-PNS dikosongkan); tampilkan = golongan PPPK "
        "dicetak (mis. \"Golongan IX\")."),
    SettingSpec(
        "print.place_date",
        "city_date",
        ("city_date", "city_blank", "blank"),
        "Baris tempat dan tanggal di atas tanda tangan: city_date = \"<kota>, <tanggal cetak>\"; "
        "city_blank = \"<kota>, ....\" (tanggal ditulis tangan); blank = titik-titik untuk "
        "tempat dan tanggal."),
    SettingSpec(
        "roles.pengelola_kinerja",
        "",
        (),
        "NIP para pengelola kinerja (admin), dipisah koma: mereka boleh bertindak atas nama "
        "pegawai lain dengan alasan yang dicatat di jurnal."),
    SettingSpec(
        "coaching.b18_scale",
        "Sangat Setuju;Setuju;Tidak Setuju;Sangat Tidak Setuju",
        (),
        "Skala jawaban Format B.1.8 (Umpan Balik Pelaksanaan Bimbingan Kinerja), dari yang "
        "terbaik, dipisah titik koma. Skala ini tidak tercantum dalam peraturan: bawaannya empat "
        "tingkat persetujuan, dan kantor dapat mengubahnya (jawaban lama menyimpan skalanya)."),
    SettingSpec(
        "dialog.cadence_days",
        "92",
        (),
        "Jumlah hari tanpa dialog kinerja sebelum seorang pegawai tim muncul di pengingat "
        "(bawaan 92 hari: satu dialog per triwulan)."),
    SettingSpec(
        "periode.ritme",
        "triwulanan",
        ("bulanan", "triwulanan", "semester"),
        "Ritme periode penilaian periodik untuk tahun yang belum ditetapkan ritmenya "
        "(`skpdesk period set-rhythm` menetapkannya per tahun); periode tahunan selalu Akhir."),
    SettingSpec(
        "evidence.max_size_mb",
        "25",
        (),
        "Ukuran terbesar satu berkas bukti dukung, dalam MB (bawaan 25)."),
)}
