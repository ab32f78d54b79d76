"""The "Dialog baru" templates: per kind, the agenda a new dialog starts with and whether it is
confidential. The agenda is the record's content (the office writes it in Bahasa Indonesia,
whatever the window's language), so it is not translated; the writer edits or removes items.

Confidentiality follows `domain.dialog.CONFIDENTIAL_BY_DEFAULT` (konseling), the same default
the service applies when the input leaves it open.
"""

from __future__ import annotations

from dataclasses import dataclass

from skpdesk.domain.dialog import CONFIDENTIAL_BY_DEFAULT, DialogKind


@dataclass(frozen=True)
class DialogTemplate:
    kind: DialogKind
    agenda: tuple[str, ...]
    confidential: bool


_AGENDA: dict[DialogKind, tuple[str, ...]] = {
    DialogKind.PENETAPAN_EKSPEKTASI: (
        "Klarifikasi RHK dan indikator kinerja individu",
        "Ekspektasi khusus pimpinan atas perilaku kerja (BerAKHLAK)",
        "Kesepakatan cara pemantauan dan bukti dukung",
    ),
    DialogKind.PEMANTAUAN: (
        "Tindak lanjut dialog sebelumnya",
        "Capaian RHK sampai saat ini",
        "Kendala dan dukungan yang dibutuhkan",
    ),
    DialogKind.COACHING: (
        "Tujuan yang ingin dicapai pegawai",
        "Situasi saat ini dan pilihan langkah",
        "Rencana aksi yang disepakati",
    ),
    DialogKind.MENTORING: (
        "Kompetensi yang ingin dikembangkan",
        "Berbagi pengalaman dan praktik baik",
        "Rencana pengembangan",
    ),
    DialogKind.KONSELING: (
        "Permasalahan yang dihadapi pegawai",
        "Dampak terhadap kinerja",
        "Dukungan dan langkah perbaikan yang disepakati",
    ),
    DialogKind.UMPAN_BALIK: (
        "Hal yang sudah berjalan baik",
        "Hal yang perlu diperbaiki",
        "Langkah selanjutnya",
    ),
}

TEMPLATES: dict[DialogKind, DialogTemplate] = {
    kind: DialogTemplate(kind, _AGENDA[kind], kind in CONFIDENTIAL_BY_DEFAULT)
    for kind in DialogKind
}


def template_for(kind: DialogKind | str) -> DialogTemplate:
    return TEMPLATES[DialogKind(kind)]
