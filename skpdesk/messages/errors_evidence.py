"""Error sentences of bukti dukung: files, the attachments store, verification (issue 11,
`services.evidence`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Params of the role refusals: `name` (the SKP's pegawai), `penilai`, `actor` ("Nama (NIP)").
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

EVIDENCE: dict[ErrorCode, Msg] = {
    ErrorCode.EVIDENCE_WRITER_REFUSED: Msg(
        Text(id="Rencana aksi, realisasi dan bukti dukung {name} hanya dapat diisi oleh pegawai "
                "itu sendiri, pejabat penilainya ({penilai}) atau pengelola kinerja; {actor} "
                "bukan salah satunya.",
             en="The action plans, results and evidence of {name} can only be entered by that "
                "employee, their appraiser ({penilai}) or a performance administrator; {actor} "
                "is none of them."),
        Text(id="Rencana aksi, realisasi dan bukti dukung hanya dapat diisi oleh pegawai itu "
                "sendiri, pejabat penilainya atau pengelola kinerja.",
             en="Action plans, results and evidence can only be entered by the employee, their "
                "appraiser or a performance administrator.")),
    ErrorCode.EVIDENCE_VERIFIER_REFUSED: Msg(
        Text(id="Bukti dukung {name} hanya dapat diterima atau ditolak oleh pejabat penilainya "
                "({penilai}); {actor} bukan pejabat penilainya.",
             en="The evidence of {name} can only be accepted or rejected by their appraiser "
                "({penilai}); {actor} is not their appraiser."),
        Text(id="Bukti dukung hanya dapat diterima atau ditolak oleh pejabat penilai pegawai.",
             en="Evidence can only be accepted or rejected by the employee's appraiser.")),
}
