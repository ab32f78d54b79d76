"""Error sentences of the predikat kinerja organisasi, the distribution check and the advisory
inputs (issue 12, `services.evaluation.organisation`, `distribution`, `advisory`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

ORGANISATION: dict[ErrorCode, Msg] = {
    ErrorCode.ORG_PREDIKAT_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilih istimewa, baik, butuh-perbaikan, "
                "kurang atau sangat-kurang.",
             en="{field} \"{value}\" is not known; choose istimewa, baik, butuh-perbaikan, "
                "kurang or sangat-kurang."),
        Text(id="{field} bukan predikat kinerja organisasi.",
             en="{field} is not an organisation performance predicate.")),
    ErrorCode.ORG_PREDIKAT_REFUSED: Msg(
        Text(id="Predikat kinerja organisasi {unit} ditetapkan oleh pimpinan di atasnya "
                "({leaders}) atau dicatat oleh pengelola kinerja ({admins}); {actor} bukan "
                "salah satunya.",
             en="The organisation performance predicate of {unit} is set by the leaders above "
                "it ({leaders}) or recorded by a performance administrator ({admins}); {actor} "
                "is neither."),
        Text(id="Predikat kinerja organisasi hanya ditetapkan oleh pimpinan di atas unit itu "
                "atau dicatat oleh pengelola kinerja.",
             en="The organisation performance predicate is set only by the leaders above the "
                "unit or recorded by a performance administrator.")),
    ErrorCode.ORG_PREDIKAT_NOT_SET: Msg(
        Text(id="Belum ada predikat kinerja organisasi untuk {unit} periode {period}.",
             en="No organisation performance predicate is set for {unit}, period {period}."),
        Text(id="Predikat kinerja organisasi belum ditetapkan.",
             en="The organisation performance predicate is not set.")),
    ErrorCode.DISTRIBUTION_SCOPE_REQUIRED: Msg(
        Text(id="Pilih salah satu: pejabat penilai (--supervisor NIP) atau unit (--unit UNIT).",
             en="Choose one: an appraising official (--supervisor NIP) or a unit (--unit UNIT)."),
        Text(id="Pilih pejabat penilai atau unit.", en="Choose an appraising official or a unit.")),
    ErrorCode.ADVISORY_SOURCE_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilih rekan, bawahan atau "
                "penerima-layanan.",
             en="{field} \"{value}\" is not known; choose rekan, bawahan or penerima-layanan."),
        Text(id="{field} harus rekan, bawahan atau penerima-layanan.",
             en="{field} must be rekan, bawahan or penerima-layanan.")),
    ErrorCode.ADVISORY_EMPTY: Msg(
        Text(id="{field} kosong: isi rating atau komentar (atau keduanya).",
             en="{field} is empty: give a rating or a comment (or both)."),
        Text(id="{field} kosong.", en="{field} is empty.")),
    ErrorCode.ADVISORY_SELF_REFUSED: Msg(
        Text(id="Masukan penilaian tentang {name} tidak dapat dicatat oleh pegawai itu sendiri.",
             en="Advisory input about {name} cannot be recorded by that employee themself."),
        Text(id="Pegawai tidak dapat mencatat masukan penilaian tentang dirinya sendiri.",
             en="An employee cannot record advisory input about themself.")),
    ErrorCode.ADVISORY_DELETE_REFUSED: Msg(
        Text(id="Masukan penilaian yang keliru hanya dapat dihapus oleh pengelola kinerja "
                "({admins}); {actor} bukan pengelola kinerja.",
             en="A mistaken advisory input can only be deleted by a performance administrator "
                "({admins}); {actor} is not one."),
        Text(id="Masukan penilaian hanya dapat dihapus oleh pengelola kinerja.",
             en="Advisory input can only be deleted by a performance administrator.")),
    ErrorCode.ADVISORY_NOT_FOUND: Msg(
        Text(id="{field} \"{value}\" tidak ditemukan.", en="{field} \"{value}\" was not found."),
        Text(id="{field} tidak ditemukan.", en="{field} was not found.")),
    ErrorCode.ADVISORY_NO_SKP: Msg(
        Text(id="{name} tidak memiliki SKP yang mencakup periode {period}.",
             en="{name} has no SKP covering the period {period}."),
        Text(id="Pegawai tidak memiliki SKP untuk periode itu.",
             en="The employee has no SKP for that period.")),
}
