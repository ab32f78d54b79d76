"""Words of an SKP's history (`services/skp_history.py`) in both languages: the workflow steps,
the kinds of change, the SKP's parts and their columns. The CLI prints Indonesian, the window's
history panel the language it runs in (`Text.get(language)`)."""

from __future__ import annotations

from .entry import Text

STEP_LABELS: dict[str, Text] = {
    "create": Text(id="Dibuat", en="Created"),
    "submit": Text(id="Diajukan", en="Submitted"),
    "approve": Text(id="Disetujui", en="Approved"),
    "return": Text(id="Dikembalikan", en="Returned"),
    "reopen": Text(id="Dibuka kembali", en="Reopened"),
}

CHANGE_LABELS: dict[str, Text] = {
    "added": Text(id="ditambahkan", en="added"),
    "changed": Text(id="diubah", en="changed"),
    "removed": Text(id="dihapus", en="removed"),
}

PART_LABELS: dict[str, Text] = {
    "skp": Text(id="SKP", en="SKP"),
    "rhk": Text(id="RHK", en="RHK"),
    "indikator": Text(id="Indikator", en="Indicator"),
    "perilaku_kerja": Text(id="Perilaku kerja", en="Work behaviour"),
    "lampiran_item": Text(id="Lampiran", en="Attachment item"),
}

COLUMN_LABELS: dict[str, Text] = {
    "text": Text(id="teks", en="text"),
    "kind": Text(id="jenis", en="kind"),
    "position": Text(id="urutan", en="order"),
    "parent_rhk_id": Text(id="RHK atasan yang diintervensi", en="intervened RHK"),
    "perspective": Text(id="perspektif", en="perspective"),
    "assignment_from": Text(id="penugasan dari", en="assigned by"),
    "aspect": Text(id="aspek", en="aspect"),
    "target_value": Text(id="target", en="target"),
    "target_unit": Text(id="satuan", en="unit"),
    "expectation": Text(id="ekspektasi", en="expectation"),
    "core_value_id": Text(id="perilaku", en="value"),
    "section": Text(id="bagian", en="section"),
    "approach": Text(id="pendekatan", en="approach"),
    "form": Text(id="formulir", en="form"),
    "position_title": Text(id="jabatan", en="position"),
    "unit_path": Text(id="unit kerja", en="work unit"),
    "appraiser_id": Text(id="pejabat penilai", en="appraiser"),
    "period_start": Text(id="awal periode", en="period start"),
    "period_end": Text(id="akhir periode", en="period end"),
}

NO_APPROVAL = Text(id="Belum pernah disetujui.", en="Never approved yet.")
NO_CHANGE = Text(id="Tidak ada perubahan sejak disetujui.", en="No change since the approval.")


def column_label(column: str, language: str) -> str:
    text = COLUMN_LABELS.get(column)
    return text.get(language) if text else column


def value_text(value) -> str:
    return "-" if value in (None, "") else str(value)
