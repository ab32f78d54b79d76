"""Error sentences of the EVALUASI KINERJA PEGAWAI form (issue 13).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

EVALFORM: dict[ErrorCode, Msg] = {
    ErrorCode.EVALFORM_NO_EVALUATION: Msg(
        Text(id="Formulir evaluasi kinerja {name} untuk periode {period} belum dapat dicetak: "
                "evaluasinya belum ada. Pejabat penilai perlu mengisi penilaian periode itu "
                "terlebih dahulu.",
             en="The performance evaluation form of {name} for the period {period} cannot be "
                "printed: there is no evaluation yet. The appraiser must first write the "
                "evaluation of that period."),
        Text(id="{field}: evaluasi kinerja periode itu belum ada, formulirnya belum dapat "
                "dicetak.",
             en="{field}: there is no performance evaluation for that period yet, so its form "
                "cannot be printed.")),
}
