"""Error sentences of evaluations: ratings, predikat, states, snapshots (issue 12,
`services.evaluation.evaluations`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

EVALUATION: dict[ErrorCode, Msg] = {
    ErrorCode.RATING_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilih diatas (Di Atas Ekspektasi), sesuai "
                "(Sesuai Ekspektasi) atau dibawah (Di Bawah Ekspektasi).",
             en="{field} \"{value}\" is not known; choose diatas (above expectation), sesuai "
                "(as expected) or dibawah (below expectation)."),
        Text(id="{field} harus diatas, sesuai atau dibawah.",
             en="{field} must be diatas, sesuai or dibawah.")),
    ErrorCode.PREDIKAT_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilih Sangat Baik, Baik, Butuh Perbaikan, "
                "Kurang/Misconduct atau Sangat Kurang.",
             en="{field} \"{value}\" is not known; choose Sangat Baik, Baik, Butuh Perbaikan, "
                "Kurang/Misconduct or Sangat Kurang."),
        Text(id="{field} bukan predikat kinerja pegawai.",
             en="{field} is not an employee performance predicate.")),
    ErrorCode.EVAL_NOT_FOUND: Msg(
        Text(id="Belum ada evaluasi kinerja {name} untuk periode {period}.",
             en="There is no performance evaluation of {name} for the period {period} yet."),
        Text(id="Evaluasi kinerja tidak ditemukan.",
             en="The performance evaluation was not found.")),
}
