"""The command line's error sentences: Indonesian, from the one catalogue in `skpdesk.messages`.

Core code raises `DomainError(code, field=..., **params)`; `format_error` turns it into one
Indonesian sentence that names the field and the rule. The sentences themselves (and how to add
one) are in `skpdesk.messages`; here are only what the command line adds: field labels that name
its options, and hints saying which command or option fixes the problem.
"""

from __future__ import annotations

from typing import Any

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.messages import render

LANG = "id"
# Field keys that name a command-line option: the label says which option to fix.
CLI_FIELD_LABELS: dict[str, str] = {
    "limit": "Jumlah entri (--limit)",
    "supervisor": "NIP atasan (--supervisor)",
    "as": "NIP (--as)",
    "alasan_atas_nama": "Alasan atas nama (--atas-nama)",
    # dialog and followup commands (issue 10)
    "tanggal_dialog": "Tanggal dialog (--date)",
    "jenis_dialog": "Jenis dialog (--kind)",
    "jam_mulai": "Jam mulai (--time)",
    "durasi": "Durasi (--duration)",
    "tempat": "Tempat (--place)",
    "dipimpin_oleh": "Dipimpin oleh (--led-by-name)",
    "peran_pemimpin": "Peran pemimpin (--led-by-role)",
    "nip_pemimpin": "NIP pemimpin dialog (--led-by)",
    "agenda": "Agenda (--agenda)",
    "catatan_dialog": "Catatan dialog (--notes)",
    "rhk_dibahas": "RHK yang dibahas (--rhk)",
    "nilai_dibahas": "Nilai perilaku kerja (--value)",
    "tindak_lanjut": "Tindak lanjut (--followup)",
    "nip_penanggung_jawab": "NIP penanggung jawab (--owner)",
    "batas_waktu": "Batas waktu tindak lanjut (--due)",
    "adendum": "Teks adendum (--text)",
    "catatan_status": "Catatan (--note)",
}

# Hints only the command line can give (which option fixes the problem).
CLI_HINTS: dict[ErrorCode, str] = {
    ErrorCode.SKP_NOTE_REQUIRED: "Tambahkan --note \"...\".",
    ErrorCode.OFFICE_MISSING: "Jalankan dulu: skpdesk init --instansi NAMA --city KOTA "
                              "(atau skpdesk demo untuk data contoh).",
    ErrorCode.SKP_NO_PREVIOUS: "Buat SKP baru dengan: skpdesk skp create --nip NIP.",
    ErrorCode.SKP_NOT_FOUND: "Buat SKP dengan: skpdesk skp create --nip NIP --year TAHUN.",
    ErrorCode.ACTING_UNKNOWN: "Untuk satu perintah saja: skpdesk --as NIP PERINTAH.",
    ErrorCode.ACTING_REASON_REQUIRED: "Tambahkan --atas-nama \"ALASAN\".",
    ErrorCode.DIALOG_CLOSED: "Koreksi atau tambahan: skpdesk dialog addendum ID --text \"...\".",
    ErrorCode.DIALOG_NOT_CLOSED: "Tutup dulu dialognya: skpdesk dialog close ID.",
    ErrorCode.DB_NOT_SKP: "Periksa --db, atau buat basis data baru: skpdesk --db BERKAS_BARU init "
                          "--instansi NAMA --city KOTA.",
}


def field_label(key: str | None) -> str:
    return render.field_label(key, LANG, CLI_FIELD_LABELS)


def thousands(n: int) -> str:
    """12345 -> "12.345" (Indonesian digit grouping)."""
    return render.thousands(n, LANG)


def prepare_params(params: dict[str, Any]) -> dict[str, Any]:
    """Params as Indonesian text a sentence can hold (see `skpdesk.messages.render`)."""
    return render.prepare_params(params, LANG, CLI_FIELD_LABELS)


def message_for(code: ErrorCode, params: dict[str, Any] | None = None) -> str:
    """The Indonesian sentence for an error code and its params; never raises."""
    return render.message_for(code, params, LANG, CLI_FIELD_LABELS)


def format_error(err: DomainError) -> str:
    return message_for(err.code, err.params)


def cli_hint(err: DomainError) -> str | None:
    return CLI_HINTS.get(err.code)
