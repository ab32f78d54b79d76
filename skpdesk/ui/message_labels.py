"""Untranslated (English) labels that error sentences insert: field names and a few value names.

Marked with QT_TRANSLATE_NOOP so lupdate collects them; `skpdesk.ui.messages` translates them
when it builds a sentence. Keys are the ones services put in `DomainError.params`; the
Indonesian labels are in resources/translations/skpdesk_id.ts (same wording as the CLI's
`skpdesk/cli/messages.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Field keys used by services and staff-file columns -> the label a user reads.
FIELD_LABELS: dict[str, str] = {
    "nip": QT_TRANSLATE_NOOP("fields", "NIP"),
    "nama": QT_TRANSLATE_NOOP("fields", "Name"),
    "name": QT_TRANSLATE_NOOP("fields", "Name"),
    "gelar_depan": QT_TRANSLATE_NOOP("fields", "Title before the name"),
    "gelar_belakang": QT_TRANSLATE_NOOP("fields", "Title after the name"),
    "jenis_asn": QT_TRANSLATE_NOOP("fields", "ASN type"),
    "golongan": QT_TRANSLATE_NOOP("fields", "Grade"),
    "pangkat": QT_TRANSLATE_NOOP("fields", "Rank/grade"),
    "jabatan": QT_TRANSLATE_NOOP("fields", "Position"),
    "jenis_jabatan": QT_TRANSLATE_NOOP("fields", "Position type"),
    "jenjang": QT_TRANSLATE_NOOP("fields", "Functional position level"),
    "unit": QT_TRANSLATE_NOOP("fields", "Work unit"),
    "unit_kerja": QT_TRANSLATE_NOOP("fields", "Work unit"),
    "nip_atasan": QT_TRANSLATE_NOOP("fields", "Supervisor's NIP"),
    "nip_atasan_penilai": QT_TRANSLATE_NOOP("fields", "NIP of the appraiser's supervisor"),
    "instansi": QT_TRANSLATE_NOOP("fields", "Office name"),
    "kota": QT_TRANSLATE_NOOP("fields", "City"),
    "city": QT_TRANSLATE_NOOP("fields", "City"),
    "catatan": QT_TRANSLATE_NOOP("fields", "Note"),
    "tahun": QT_TRANSLATE_NOOP("fields", "Year"),
    "year": QT_TRANSLATE_NOOP("fields", "Year"),
    "periode_awal": QT_TRANSLATE_NOOP("fields", "Start of the appraisal period"),
    "periode_akhir": QT_TRANSLATE_NOOP("fields", "End of the appraisal period"),
    "pendekatan": QT_TRANSLATE_NOOP("fields", "Approach"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "skp": QT_TRANSLATE_NOOP("fields", "SKP"),
    "id": QT_TRANSLATE_NOOP("fields", "ID"),
    "rhk": QT_TRANSLATE_NOOP("fields", "Planned work result (RHK)"),
    "jenis_rhk": QT_TRANSLATE_NOOP("fields", "RHK type"),
    "rhk_intervensi": QT_TRANSLATE_NOOP("fields", "Leader's RHK that is intervened"),
    "perspektif": QT_TRANSLATE_NOOP("fields", "Perspective"),
    "penugasan_dari": QT_TRANSLATE_NOOP("fields", "Assigned by"),
    "indikator": QT_TRANSLATE_NOOP("fields", "Individual performance indicator"),
    "aspek": QT_TRANSLATE_NOOP("fields", "Aspect"),
    "target": QT_TRANSLATE_NOOP("fields", "Target"),
    "satuan": QT_TRANSLATE_NOOP("fields", "Target unit"),
    "perilaku": QT_TRANSLATE_NOOP("fields", "Work behaviour"),
    "panduan": QT_TRANSLATE_NOOP("fields", "Behaviour guide"),
    "panduan_1": QT_TRANSLATE_NOOP("fields", "Behaviour guide 1"),
    "panduan_2": QT_TRANSLATE_NOOP("fields", "Behaviour guide 2"),
    "panduan_3": QT_TRANSLATE_NOOP("fields", "Behaviour guide 3"),
    "ekspektasi": QT_TRANSLATE_NOOP("fields", "Leader's specific expectation"),
    "lampiran": QT_TRANSLATE_NOOP("fields", "Attachment item"),
    "bagian_lampiran": QT_TRANSLATE_NOOP("fields", "Attachment section"),
    "file": QT_TRANSLATE_NOOP("fields", "File"),
    "header": QT_TRANSLATE_NOOP("fields", "Header row"),
    "limit": QT_TRANSLATE_NOOP("fields", "Number of entries"),
    "supervisor": QT_TRANSLATE_NOOP("fields", "Supervisor's NIP"),
    "berkas": QT_TRANSLATE_NOOP("fields", "File"),
    "employees": QT_TRANSLATE_NOOP("fields", "Number of employees"),
    "pegawai": QT_TRANSLATE_NOOP("fields", "Employee"),
    "pengaturan": QT_TRANSLATE_NOOP("fields", "Setting"),
    "nilai": QT_TRANSLATE_NOOP("fields", "Setting value"),
    "kode": QT_TRANSLATE_NOOP("fields", "Document code"),
}

# Why a file could not be read (`reason` of FILE_UNREADABLE).
FILE_REASONS: dict[str, str] = {
    "encoding": QT_TRANSLATE_NOOP("message_labels",
                                  "it is not UTF-8 text (save it again as \"CSV UTF-8\")"),
    "corrupt": QT_TRANSLATE_NOOP("message_labels",
                                 "its content is damaged or not in the expected format"),
    "os_error": QT_TRANSLATE_NOOP("message_labels", "the operating system refused to open it"),
}
ASN_LABELS: dict[str, str] = {
    "PNS": QT_TRANSLATE_NOOP("message_labels", "PNS"),
    "PPPK": QT_TRANSLATE_NOOP("message_labels", "PPPK"),
    "NON_ASN": QT_TRANSLATE_NOOP("message_labels", "non-ASN"),
}
# Passive verbs for the workflow actions: "An SKP ... cannot be <verb>".
ACTION_LABELS: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("message_labels", "submitted"),
    "approve": QT_TRANSLATE_NOOP("message_labels", "approved"),
    "return": QT_TRANSLATE_NOOP("message_labels", "returned"),
    "reopen": QT_TRANSLATE_NOOP("message_labels", "reopened"),
}
FORM_LABELS: dict[str, str] = {"jpt": "JPT", "ja_jf": "JA/JF"}  # official abbreviations
INCOMPLETE_RULES: dict[str, str] = {
    "no_utama_rhk": QT_TRANSLATE_NOOP("message_labels", "there is no main RHK (RHK Utama) yet"),
    "rhk_without_indicator": QT_TRANSLATE_NOOP("message_labels", "RHK {rhk} has no indicator yet"),
    "indicator_without_target": QT_TRANSLATE_NOOP(
        "message_labels", "indicator {indicator} of RHK {rhk} has no target yet"),
    "indicator_without_aspect": QT_TRANSLATE_NOOP(
        "message_labels", "indicator {indicator} of RHK {rhk} has no aspect yet"),
}
