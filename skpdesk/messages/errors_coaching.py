"""Error sentences of umpan balik berkelanjutan (FEEDBACK) and bimbingan kinerja: B.1.8 and
B.1.9 (COACHING) (issue 10; `services.feedback`, `services.coaching`, `domain.coaching_rules`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code). Kept
apart from the dialog sentences (`errors_dialog.py`, helper A) so the two merge without
touching each other. Params: `number` (a B.1.8 statement or a B.1.9 row), `label` (a scale
label), `kind` (a dialog kind label), `rule` (which role rule refused), `actor`, `penilai`.
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

FEEDBACK: dict[ErrorCode, Msg] = {
    ErrorCode.FEEDBACK_NOT_FOUND: Msg(
        Text(id="Umpan balik dengan id \"{value}\" tidak ditemukan.",
             en="No feedback with the id \"{value}\" was found."),
        Text(id="Umpan balik tidak ditemukan.", en="The feedback was not found."),
        when=(
            ("reason", "superseded", Text(
                id="Umpan balik \"{value}\" sudah dikoreksi; koreksi umpan balik yang terbaru.",
                en="The feedback \"{value}\" has been corrected already; correct the newest "
                   "one.")),
        )),
    ErrorCode.FEEDBACK_TARGET_REQUIRED: Msg(
        Text(id="Umpan balik diberikan pada tepat satu RHK atau satu perilaku kerja; tidak "
                "keduanya dan tidak tanpa keduanya.",
             en="Feedback is given on exactly one RHK or one work behaviour; not both and not "
                "neither."),
        Text(id="Umpan balik diberikan pada tepat satu RHK atau satu perilaku kerja.",
             en="Feedback is given on exactly one RHK or one work behaviour.")),
    ErrorCode.FEEDBACK_RHK_NOT_IN_SKP: Msg(
        Text(id="{field} \"{value}\" bukan RHK pada SKP {name}; umpan balik hanya untuk RHK "
                "SKP pegawai itu sendiri.",
             en="{field} \"{value}\" is not an RHK of the SKP of {name}; feedback is only for "
                "the RHK of that employee's own SKP."),
        Text(id="{field} bukan RHK pada SKP pegawai ini.",
             en="{field} is not an RHK of this employee's SKP.")),
    ErrorCode.FEEDBACK_PERIOD_INVALID: Msg(
        Text(id="{field} \"{value}\" bukan periode yang dikenal; tulis bulan (2026-03) atau "
                "triwulan (2026-Q1 atau 2026-TW1).",
             en="{field} \"{value}\" is not a known period; write a month (2026-03) or a "
                "quarter (2026-Q1 or 2026-TW1)."),
        Text(id="{field} harus berupa bulan (2026-03) atau triwulan (2026-Q1).",
             en="{field} must be a month (2026-03) or a quarter (2026-Q1)."),
        when=(
            ("reason", "outside_year", Text(
                id="{field} \"{value}\" berada di luar tahun SKP {year}; umpan balik diberikan "
                   "untuk periode dalam tahun SKP-nya.",
                en="{field} \"{value}\" lies outside the SKP year {year}; feedback is given for "
                   "a period within the year of its SKP.")),
        )),
    ErrorCode.FEEDBACK_ROLE_REFUSED: Msg(
        Text(id="Umpan balik berkelanjutan untuk {name} hanya dapat diberikan oleh pejabat "
                "penilainya ({penilai}) atau pengelola kinerja; {actor} bukan keduanya.",
             en="Continuous feedback for {name} can only be given by their appraiser "
                "({penilai}) or a performance administrator; {actor} is neither."),
        Text(id="Umpan balik berkelanjutan hanya dapat diberikan oleh pejabat penilai pegawai "
                "atau pengelola kinerja.",
             en="Continuous feedback can only be given by the employee's appraiser or a "
                "performance administrator.")),
}

COACHING: dict[ErrorCode, Msg] = {
    ErrorCode.COACHING_SCALE_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak sah: skala terdiri atas 2 sampai 7 label yang "
                "berbeda, dipisah titik koma, mis. \"Sangat Setuju;Setuju;Tidak Setuju;Sangat "
                "Tidak Setuju\".",
             en="{field} \"{value}\" is not valid: a scale has 2 to 7 different labels "
                "separated by semicolons, e.g. \"Sangat Setuju;Setuju;Tidak Setuju;Sangat "
                "Tidak Setuju\"."),
        Text(id="{field} harus berisi 2 sampai 7 label berbeda yang dipisah titik koma.",
             en="{field} must hold 2 to 7 different labels separated by semicolons."),
        when=(
            ("reason", "count", Text(
                id="{field} berisi {count} label; skala terdiri atas {min} sampai {max} label "
                   "yang dipisah titik koma.",
                en="{field} holds {count} labels; a scale has {min} to {max} labels separated "
                   "by semicolons.")),
            ("reason", "empty_label", Text(
                id="{field} \"{value}\" memuat label kosong (dua titik koma berurutan, atau "
                   "titik koma di awal/akhir).",
                en="{field} \"{value}\" holds an empty label (two semicolons in a row, or one "
                   "at the start/end).")),
            ("reason", "duplicate", Text(
                id="{field}: label \"{label}\" muncul dua kali; setiap label skala harus "
                   "berbeda.",
                en="{field}: the label \"{label}\" appears twice; every label of the scale must "
                   "differ.")),
            ("reason", "too_long", Text(
                id="{field}: label \"{label}\" terlalu panjang (paling banyak {max} karakter).",
                en="{field}: the label \"{label}\" is too long (at most {max} characters).")),
        )),
    ErrorCode.COACHING_ANSWER_COUNT: Msg(
        Text(id="{field}: Format B.1.8 memiliki {expected_count} pernyataan, jawaban yang "
                "diberikan {count}.",
             en="{field}: Format B.1.8 has {expected_count} statements, {count} answers were "
                "given."),
        Text(id="{field}: setiap pernyataan Format B.1.8 harus dijawab tepat satu kali.",
             en="{field}: every statement of Format B.1.8 must be answered exactly once.")),
    ErrorCode.COACHING_ANSWER_INVALID: Msg(
        Text(id="{field} pernyataan {number} \"{value}\" tidak ada pada skala; pilihan yang "
                "sah: {allowed}.",
             en="{field} to statement {number} \"{value}\" is not on the scale; valid choices: "
                "{allowed}."),
        Text(id="{field} harus salah satu label skala atau nomornya.",
             en="{field} must be one of the scale's labels or its number.")),
    ErrorCode.COACHING_COMPETENCY_INVALID: Msg(
        Text(id="Kompetensi baris {number} tidak sah.",
             en="Competency row {number} is not valid."),
        Text(id="{field} pada evaluasi kompetensi tidak sah.",
             en="{field} of the competency evaluation is not valid."),
        when=(
            ("reason", "name_required", Text(
                id="Kompetensi baris {number}: nama kompetensi wajib diisi.",
                en="Competency row {number}: the competency's name is required.")),
            ("reason", "value", Text(
                id="Kompetensi baris {number} ({name}): nilai \"{value}\" harus bilangan bulat "
                   "{min} sampai {max}.",
                en="Competency row {number} ({name}): the value \"{value}\" must be a whole "
                   "number from {min} to {max}.")),
            ("reason", "reason_required", Text(
                id="Kompetensi baris {number} ({name}): alasan terhadap nilai wajib diisi.",
                en="Competency row {number} ({name}): the reason for the value is required.")),
            ("reason", "no_items", Text(
                id="Evaluasi kompetensi memerlukan paling sedikit satu kompetensi (paling "
                   "banyak {max}).",
                en="A competency evaluation needs at least one competency (at most {max}).")),
        )),
    ErrorCode.COACHING_NOT_BIMBINGAN: Msg(
        Text(id="Dialog ini berjenis \"{kind}\"; Format B.1.8 dan B.1.9 hanya untuk bimbingan "
                "kinerja (coaching, mentoring, konseling).",
             en="This dialog is of the kind \"{kind}\"; Formats B.1.8 and B.1.9 are only for "
                "performance guidance (coaching, mentoring, counselling)."),
        Text(id="Format B.1.8 dan B.1.9 hanya untuk dialog bimbingan kinerja (coaching, "
                "mentoring, konseling).",
             en="Formats B.1.8 and B.1.9 are only for performance guidance dialogs (coaching, "
                "mentoring, counselling).")),
    ErrorCode.COACHING_NOT_PARTICIPANT: Msg(
        Text(id="{name} bukan peserta dialog ini; Format B.1.8 dan B.1.9 diisi untuk peserta "
                "bimbingan.",
             en="{name} did not take part in this dialog; Formats B.1.8 and B.1.9 are filled "
                "in for the participants of the guidance."),
        Text(id="Pegawai ini bukan peserta dialog; Format B.1.8 dan B.1.9 diisi untuk peserta "
                "bimbingan.",
             en="This employee did not take part in the dialog; Formats B.1.8 and B.1.9 are "
                "filled in for the participants of the guidance."),
        when=(
            ("reason", "several", Text(
                id="{field} wajib diisi: dialog ini memiliki beberapa peserta ({allowed}).",
                en="{field} is required: this dialog has several participants ({allowed}).")),
        )),
    ErrorCode.COACHING_ROLE_REFUSED: Msg(
        Text(id="Peran Anda tidak mengizinkan pengisian formulir ini.",
             en="Your role does not allow filling in this form."),
        Text(id="Peran Anda tidak mengizinkan pengisian formulir ini.",
             en="Your role does not allow filling in this form."),
        when=(
            ("rule", "b18_pegawai", Text(
                id="Format B.1.8 diisi oleh pegawai yang dibimbing ({name}) atau oleh pengelola "
                   "kinerja; {actor} bukan keduanya.",
                en="Format B.1.8 is filled in by the employee who was guided ({name}) or by a "
                   "performance administrator; {actor} is neither.")),
            ("rule", "b19_coach", Text(
                id="Format B.1.9 diisi oleh pimpinan yang membimbing, pejabat penilai {name} "
                   "({penilai}), atau pengelola kinerja; {actor} bukan salah satunya.",
                en="Format B.1.9 is filled in by the leader who gave the guidance, the appraiser "
                   "of {name} ({penilai}), or a performance administrator; {actor} is none of "
                   "them.")),
        )),
    ErrorCode.COACHING_NOT_FOUND: Msg(
        Text(id="Belum ada {form_name} untuk {name} pada dialog ini.",
             en="There is no {form_name} for {name} in this dialog yet."),
        Text(id="Formulir bimbingan ini belum diisi.",
             en="This guidance form has not been filled in yet.")),
}
