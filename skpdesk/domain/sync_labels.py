"""Words people read in the conflict queue: what a row is and which field ("teks", "NIP")."""

from __future__ import annotations

ENTITY_LABELS = {
    "instansi": "Instansi", "unit_kerja": "Unit kerja", "pegawai": "Pegawai",
    "core_value": "Nilai BerAKHLAK", "skp": "SKP", "rhk": "RHK", "indikator": "Indikator",
    "perilaku_kerja": "Perilaku kerja", "lampiran_item": "Lampiran",
    "office_setting": "Pengaturan", "printed_document": "Dokumen cetak",
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
}


def field_label(entity: str, field: str | None) -> str:
    if field is None:
        return ""
    return FIELD_LABELS.get((entity, field)) or FIELD_LABELS.get(field) or field
