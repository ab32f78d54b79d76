"""Error sentences of DOKUMEN EVALUASI and Format Penetapan Predikat Kinerja (issue 13).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

EVALDOC: dict[ErrorCode, Msg] = {
    ErrorCode.PENETAPAN_NO_PEGAWAI: Msg(
        Text(id="{field} {unit} tidak mempunyai pegawai aktif dengan SKP untuk periode "
                "{period}; tidak ada predikat yang dapat ditetapkan.",
             en="{field} {unit} has no active employee with an SKP for the period {period}; "
                "there is no predicate to set."),
        Text(id="{field} tidak mempunyai pegawai aktif dengan SKP untuk periode itu.",
             en="{field} has no active employee with an SKP for that period.")),
}
