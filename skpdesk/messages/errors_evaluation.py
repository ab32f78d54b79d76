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
    ErrorCode.EVAL_NO_SKP: Msg(
        Text(id="{name} tidak mempunyai SKP tahun {year} yang mencakup periode {period}; "
                "evaluasi kinerja ditulis pada SKP yang berlaku pada periode itu.",
             en="{name} has no SKP of {year} covering the period {period}; a performance "
                "evaluation is written on the SKP in force in that period."),
        Text(id="Pegawai tidak mempunyai SKP yang mencakup periode itu.",
             en="The employee has no SKP covering that period.")),
    ErrorCode.EVAL_SKP_NOT_APPROVED: Msg(
        Text(id="SKP {year} {name} berstatus {status}; hanya SKP yang sudah disetujui yang "
                "dapat dievaluasi.",
             en="The {year} SKP of {name} is {status}; only an approved SKP can be evaluated."),
        Text(id="Hanya SKP yang sudah disetujui yang dapat dievaluasi.",
             en="Only an approved SKP can be evaluated.")),
    ErrorCode.EVAL_PERIOD_NOT_STARTED: Msg(
        Text(id="{field} {period} belum dimulai (mulai {start}); evaluasi kinerja baru dapat "
                "ditulis setelah periodenya dimulai.",
             en="{field} {period} has not started yet (it starts {start}); a performance "
                "evaluation can only be written once its period has started."),
        Text(id="{field} belum dimulai.", en="{field} has not started yet.")),
    ErrorCode.EVAL_RATER_REFUSED: Msg(
        Text(id="Evaluasi kinerja {name} hanya dapat ditulis, ditetapkan atau dibuka kembali oleh "
                "pejabat penilainya ({penilai}); {actor} bukan pejabat penilainya.",
             en="The performance evaluation of {name} can only be written, set or reopened by "
                "their appraiser ({penilai}); {actor} is not their appraiser."),
        Text(id="Evaluasi kinerja hanya dapat ditulis oleh pejabat penilai pegawai.",
             en="A performance evaluation can only be written by the employee's appraiser.")),
    ErrorCode.EVAL_SELF_REFUSED: Msg(
        Text(id="Penilaian diri {name} hanya dapat diisi oleh {name} sendiri; {actor} bukan "
                "pegawai itu.",
             en="The self-assessment of {name} can only be entered by {name}; {actor} is not "
                "that employee."),
        Text(id="Penilaian diri hanya dapat diisi oleh pegawai itu sendiri.",
             en="A self-assessment can only be entered by the employee themself.")),
    ErrorCode.EVAL_RATING_REQUIRED: Msg(
        Text(id="{field} wajib diisi: pilih diatas, sesuai atau dibawah.",
             en="{field} is required: choose diatas, sesuai or dibawah."),
        Text(id="{field} wajib diisi.", en="{field} is required.")),
    ErrorCode.EVAL_OVERRIDE_REASON_REQUIRED: Msg(
        Text(id="Predikat {predikat} berbeda dari hasil matriks ({matrix}); {field} wajib diisi.",
             en="The predicate {predikat} differs from the matrix result ({matrix}); {field} is "
                "required."),
        Text(id="Predikat yang berbeda dari hasil matriks memerlukan {field}.",
             en="A predicate that differs from the matrix result needs {field}.")),
    ErrorCode.EVAL_JPT_NEEDS_ORG_PREDIKAT: Msg(
        Text(id="{name} memimpin {unit}: rating hasil kerjanya adalah capaian kinerja "
                "organisasi, tetapi predikat kinerja organisasi {unit} untuk periode {period} "
                "belum ditetapkan (skpdesk org-predikat set).",
             en="{name} leads {unit}: their work-result rating is the organisation's "
                "performance, but the organisation predicate of {unit} for the period {period} "
                "has not been set yet (skpdesk org-predikat set)."),
        Text(id="Predikat kinerja organisasi belum ditetapkan.",
             en="The organisation predicate has not been set yet.")),
    ErrorCode.EVAL_JPT_HASIL_FROM_ORG: Msg(
        Text(id="{field} {name} mengikuti capaian kinerja organisasi ({org}), yaitu {expected}; "
                "{value} tidak dapat dipilih.",
             en="{field} of {name} follows the organisation's performance ({org}), which is "
                "{expected}; {value} cannot be chosen."),
        Text(id="{field} mengikuti capaian kinerja organisasi.",
             en="{field} follows the organisation's performance.")),
    ErrorCode.EVAL_READ_ONLY: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} berstatus {status} dan tidak dapat "
                "diubah; bukalah kembali dengan alasan (skpdesk eval reopen).",
             en="The performance evaluation of {name} for {period} is {status} and cannot be "
                "changed; reopen it with a reason (skpdesk eval reopen)."),
        Text(id="Evaluasi kinerja yang sudah ditetapkan tidak dapat diubah.",
             en="A performance evaluation that has been set cannot be changed.")),
    ErrorCode.EVAL_INCOMPLETE: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} belum dapat ditetapkan: {field} belum "
                "diisi.",
             en="The performance evaluation of {name} for {period} cannot be set yet: {field} "
                "is missing."),
        Text(id="Evaluasi kinerja belum lengkap: {field} belum diisi.",
             en="The performance evaluation is incomplete: {field} is missing.")),
    ErrorCode.EVAL_NOT_SET: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} masih draft; hanya evaluasi yang "
                "sudah ditetapkan yang dapat dibuka kembali.",
             en="The performance evaluation of {name} for {period} is still a draft; only a "
                "set evaluation can be reopened."),
        Text(id="Hanya evaluasi yang sudah ditetapkan yang dapat dibuka kembali.",
             en="Only a set evaluation can be reopened.")),
    ErrorCode.EVAL_REOPEN_REASON_REQUIRED: Msg(
        Text(id="{field} wajib diisi untuk membuka kembali evaluasi kinerja yang sudah "
                "ditetapkan.",
             en="{field} is required to reopen a performance evaluation that has been set."),
        Text(id="{field} wajib diisi.", en="{field} is required.")),
    ErrorCode.EVAL_KEBERATAN_OPEN: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} tidak dapat dibuka kembali: keberatan "
                "pegawai sedang menunggu keputusan atasan pejabat penilai.",
             en="The performance evaluation of {name} for {period} cannot be reopened: the "
                "employee's objection is waiting for the appraiser's superior to decide."),
        Text(id="Evaluasi kinerja dengan keberatan yang menunggu keputusan tidak dapat dibuka "
                "kembali.",
             en="A performance evaluation with an objection waiting for a decision cannot be "
                "reopened.")),
    ErrorCode.EVAL_FINAL_BY_KEBERATAN: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} sudah final karena keputusan atas "
                "keberatan; keputusan itu bersifat final dan tidak dapat dibuka kembali.",
             en="The performance evaluation of {name} for {period} is final by the decision on "
                "an objection; that decision is final and cannot be reopened."),
        Text(id="Evaluasi kinerja yang final karena keputusan keberatan tidak dapat dibuka "
                "kembali.",
             en="A performance evaluation made final by an objection's decision cannot be "
                "reopened.")),
}
