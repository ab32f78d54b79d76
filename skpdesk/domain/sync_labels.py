"""Words people read in the conflict queue: what a row is and which field ("teks", "NIP")."""

from __future__ import annotations

ENTITY_LABELS = {
    "instansi": "Instansi", "unit_kerja": "Unit kerja", "pegawai": "Pegawai",
    "core_value": "Nilai BerAKHLAK", "skp": "SKP", "rhk": "RHK", "indikator": "Indikator",
    "perilaku_kerja": "Perilaku kerja", "lampiran_item": "Lampiran",
    "office_setting": "Pengaturan", "printed_document": "Dokumen cetak",
    # issue 10
    "dialog_kinerja": "Dialog", "dialog_peserta": "Peserta", "dialog_topik": "Topik",
    "dialog_adendum": "Adendum", "tindak_lanjut": "Tindak lanjut", "umpan_balik": "Umpan balik",
    "umpan_balik_bimbingan": "Umpan balik bimbingan (B.1.8)",
    "evaluasi_kompetensi": "Evaluasi kompetensi (B.1.9)",
    # issue 11
    "periode_tahun": "Ritme periode", "batas_periode": "Batas pengisian",
    "rencana_aksi": "Rencana aksi", "realisasi": "Realisasi", "bukti_dukung": "Bukti dukung",
}

# (table, column) first, then the column alone.
FIELD_LABELS = {
    ("rhk", "position"): "urutan", ("indikator", "position"): "urutan",
    ("lampiran_item", "position"): "urutan", ("pegawai", "position"): "jabatan",
    ("skp", "position"): "jabatan",
    "text": "teks", "name": "nama", "nip": "NIP", "city": "kota", "logo_path": "logo",
    "parent_id": "unit induk", "asn_type": "jenis ASN", "front_title": "gelar depan",
    "back_title": "gelar belakang", "rank_code": "pangkat/golongan", "position_kind": "jenis jabatan",
    "jenjang": "jenjang", "unit_id": "unit kerja", "supervisor_id": "atasan langsung",
    "appraiser_override_id": "pejabat penilai", "appraiser_id": "pejabat penilai",
    "number": "nomor", "guide_1": "panduan 1", "guide_2": "panduan 2", "guide_3": "panduan 3",
    "year": "tahun", "period_start": "periode awal", "period_end": "periode akhir",
    "approach": "pendekatan", "form": "format", "unit_path": "unit kerja", "status": "status",
    "status_note": "catatan status", "kind": "jenis", "parent_rhk_id": "RHK yang diintervensi",
    "perspective": "perspektif", "assignment_from": "penugasan dari", "aspect": "aspek",
    "target_value": "target", "target_unit": "satuan", "expectation": "ekspektasi",
    "section": "bagian", "key": "kunci", "value": "nilai", "code": "kode",
    "_exists": "keberadaan",
    # issue 10: dialog kinerja, tindak lanjut, umpan balik, B.1.8, B.1.9
    ("dialog_kinerja", "held_on"): "tanggal", ("dialog_kinerja", "kind"): "jenis dialog",
    ("umpan_balik", "given_on"): "tanggal", ("umpan_balik_bimbingan", "pegawai_id"): "pegawai",
    "start_time": "jam", "duration_min": "durasi (menit)", "place": "tempat", "online": "daring",
    "led_by_id": "dipimpin oleh", "led_by_name": "nama pemimpin dialog",
    "led_by_role": "peran pemimpin dialog", "agenda": "agenda", "notes": "catatan",
    "confidential": "rahasia", "author_id": "penulis", "author_name": "nama penulis",
    "closed_at": "waktu ditutup", "closed_by": "ditutup oleh", "dialog_id": "dialog",
    "pegawai_id": "pegawai", "rhk_id": "RHK", "core_value_id": "nilai BerAKHLAK",
    "written_at": "waktu ditulis", "owner_id": "penanggung jawab", "due_on": "tenggat",
    "status_on": "tanggal status", "closed_in_dialog_id": "diselesaikan dalam dialog",
    "period": "periode", "target_label": "sasaran umpan balik", "answered_on": "tanggal jawaban",
    "scale": "skala", "answers": "jawaban", "supersedes_id": "menggantikan",
    "evaluator_id": "penilai kompetensi", "evaluator_name": "nama penilai kompetensi",
    "evaluator_role": "peran penilai kompetensi", "evaluated_on": "tanggal evaluasi",
    "items": "kompetensi",
    # issue 11: periods, rencana aksi, realisasi, bukti dukung
    ("periode_tahun", "rhythm"): "ritme", ("realisasi", "value"): "realisasi",
    ("rencana_aksi", "target"): "target periodik", ("bukti_dukung", "status"): "verifikasi",
    "deadline": "batas pengisian", "updated_on": "tanggal", "entered_on": "tanggal",
    "entered_by_id": "diisi oleh", "entered_by_name": "nama pengisi", "indikator_id": "indikator",
    "file_ref": "berkas", "sha256": "sidik SHA-256", "size": "ukuran", "mime": "jenis berkas",
    "original_name": "nama berkas", "link": "tautan", "description": "keterangan",
    "added_on": "tanggal ditambahkan", "added_by_id": "ditambahkan oleh",
    "added_by_name": "nama penambah", "replaces_id": "mengganti", "status_reason": "alasan",
    "verified_on": "tanggal verifikasi", "verified_by_id": "diverifikasi oleh",
    "verified_by_name": "nama pemverifikasi",
}


def field_label(entity: str, field: str | None) -> str:
    if field is None:
        return ""
    return FIELD_LABELS.get((entity, field)) or FIELD_LABELS.get(field) or field
