"""Error sentences of keberatan and angka kredit (issue 12, `services.evaluation.keberatan`,
`services.evaluation.angka_kredit`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

KEBERATAN: dict[ErrorCode, Msg] = {
    ErrorCode.KEBERATAN_NOT_FOUND: Msg(
        Text(id="{field}: keberatan \"{value}\" tidak ditemukan.",
             en="{field}: objection \"{value}\" was not found."),
        Text(id="{field}: keberatan tidak ditemukan.", en="{field}: objection not found.")),
    # Refusals name the actor, the role required and who holds it (params name, actor, pegawai
    # / atasan).
    ErrorCode.KEBERATAN_FILER_REFUSED: Msg(
        Text(id="Keberatan atas evaluasi kinerja {name} hanya dapat diajukan oleh pegawai yang "
                "dinilai ({name}); {actor} bukan pegawai tersebut.",
             en="An objection to the performance evaluation of {name} can only be filed by the "
                "evaluated employee ({name}); {actor} is not that employee."),
        Text(id="Keberatan hanya dapat diajukan oleh pegawai yang dinilai.",
             en="An objection can only be filed by the evaluated employee.")),
    ErrorCode.KEBERATAN_DECIDER_REFUSED: Msg(
        Text(id="Keberatan {name} hanya dapat ditangani (penjelasan dan keputusan) oleh atasan "
                "pejabat penilai kinerja ({atasan}); {actor} bukan atasan pejabat penilai "
                "tersebut.",
             en="The objection of {name} can only be handled (explanations and decision) by the "
                "appraiser's superior ({atasan}); {actor} is not that superior."),
        Text(id="Keberatan hanya dapat ditangani oleh atasan pejabat penilai kinerja.",
             en="An objection can only be handled by the appraiser's superior.")),
    ErrorCode.KEBERATAN_NOT_SET: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} masih {status}; keberatan hanya dapat "
                "diajukan atas evaluasi yang sudah ditetapkan.",
             en="The performance evaluation of {name} for {period} is still {status}; an "
                "objection can only be filed against an evaluation that has been set."),
        Text(id="Keberatan hanya dapat diajukan atas evaluasi yang sudah ditetapkan.",
             en="An objection can only be filed against an evaluation that has been set.")),
    ErrorCode.KEBERATAN_FINAL: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} sudah final karena keputusan keberatan "
                "tanggal {date}; keputusan atasan pejabat penilai bersifat final dan tidak dapat "
                "diajukan keberatan lagi.",
             en="The performance evaluation of {name} for {period} is final by the objection "
                "decision of {date}; the decision of the appraiser's superior is final and "
                "cannot be objected to again."),
        Text(id="Evaluasi kinerja ini sudah final karena keputusan keberatan.",
             en="This performance evaluation is final by an objection decision.")),
    ErrorCode.KEBERATAN_EXISTS: Msg(
        Text(id="Keberatan atas evaluasi kinerja {name} periode {period} (revisi {revision}) "
                "sudah diajukan tanggal {date} ({status}); satu revisi hanya dapat diajukan "
                "keberatan satu kali.",
             en="An objection to the performance evaluation of {name} for {period} (revision "
                "{revision}) was already filed on {date} ({status}); a revision can only be "
                "objected to once."),
        Text(id="Keberatan atas evaluasi ini sudah diajukan.",
             en="An objection to this evaluation was already filed.")),
    ErrorCode.KEBERATAN_TOO_LATE: Msg(
        Text(id="Batas waktu keberatan sudah lewat: evaluasi kinerja {name} periode {period} "
                "ditetapkan tanggal {set_on}, keberatan paling lambat tanggal {deadline} (14 hari "
                "sejak diterima, PP 30/2019 Pasal 59).",
             en="The objection deadline has passed: the performance evaluation of {name} for "
                "{period} was set on {set_on}, objections were due by {deadline} (14 days after "
                "receipt, PP 30/2019 article 59)."),
        Text(id="Batas waktu keberatan (14 hari sejak evaluasi ditetapkan) sudah lewat.",
             en="The objection deadline (14 days after the evaluation was set) has passed.")),
    ErrorCode.KEBERATAN_NO_ATASAN: Msg(
        Text(id="Evaluasi kinerja {name} periode {period} tidak mencatat atasan pejabat penilai "
                "kinerja, kepada siapa keberatan diajukan. Isi dulu atasan pejabat penilai pada "
                "data pegawai (atau atasan dari pejabat penilainya), lalu buka kembali dan "
                "tetapkan ulang evaluasi.",
             en="The performance evaluation of {name} for {period} records no superior of the "
                "appraiser, to whom objections go. Fill in the appraiser's superior in the "
                "employee's data (or the appraiser's own superior) first, then reopen and set "
                "the evaluation again."),
        Text(id="Evaluasi ini tidak mencatat atasan pejabat penilai kinerja.",
             en="This evaluation records no superior of the appraiser.")),
    ErrorCode.KEBERATAN_DECIDED: Msg(
        Text(id="Keberatan {name} periode {period} sudah diputuskan tanggal {date} ({decision}); "
                "keputusan bersifat final dan tidak dapat diubah.",
             en="The objection of {name} for {period} was decided on {date} ({decision}); the "
                "decision is final and cannot be changed."),
        Text(id="Keberatan ini sudah diputuskan; keputusan bersifat final.",
             en="This objection has been decided; the decision is final.")),
    ErrorCode.KEBERATAN_NOT_CURRENT: Msg(
        Text(id="Keberatan ini menyangkut revisi {revision} evaluasi kinerja {name} periode "
                "{period}, yang sudah diganti oleh revisi {current}; keberatan ini tidak dapat "
                "diputuskan lagi.",
             en="This objection concerns revision {revision} of the performance evaluation of "
                "{name} for {period}, which was replaced by revision {current}; it can no longer "
                "be decided."),
        Text(id="Evaluasi yang diajukan keberatan sudah diganti oleh revisi yang lebih baru.",
             en="The evaluation objected to was replaced by a newer revision.")),
    ErrorCode.KEBERATAN_CHANGE_SAME: Msg(
        Text(id="Keputusan \"ubah\" memberi rating yang sama dengan evaluasi yang diajukan "
                "keberatan ({hasil} / {perilaku}); pilih \"tetap\" (--keep) bila penilaian "
                "tidak diubah.",
             en="The \"change\" decision gives the same ratings as the evaluation objected to "
                "({hasil} / {perilaku}); choose \"keep\" (--keep) when the ratings stay."),
        Text(id="Keputusan \"ubah\" harus mengubah sedikitnya satu rating.",
             en="A \"change\" decision must change at least one rating.")),
    ErrorCode.KEBERATAN_KEEP_WITH_RATINGS: Msg(
        Text(id="{field}: keputusan \"tetap\" tidak memberi rating baru; untuk mengubah rating "
                "pilih \"ubah\" (--change).",
             en="{field}: a \"keep\" decision gives no new rating; to change the ratings "
                "choose \"change\" (--change)."),
        Text(id="{field}: keputusan \"tetap\" tidak memberi rating baru.",
             en="{field}: a \"keep\" decision gives no new rating.")),
    # Angka kredit (§3.5).
    ErrorCode.AK_NO_JENJANG: Msg(
        Text(id="{field} \"{value}\" tidak ada dalam tabel koefisien angka kredit; pilihan "
                "yang sah: {allowed}.",
             en="{field} \"{value}\" is not in the credit point coefficient table; valid "
                "choices: {allowed}."),
        Text(id="{field} tidak ada dalam tabel koefisien angka kredit.",
             en="{field} is not in the credit point coefficient table.")),
    ErrorCode.AK_NOT_FUNGSIONAL: Msg(
        Text(id="Angka kredit hanya untuk jabatan fungsional dengan jenjang; {name} menduduki "
                "{jabatan} ({kind}).",
             en="Credit points are only for functional positions with a level (jenjang); "
                "{name} holds {jabatan} ({kind})."),
        Text(id="Angka kredit hanya untuk jabatan fungsional dengan jenjang.",
             en="Credit points are only for functional positions with a level (jenjang).")),
    ErrorCode.AK_MONTHS_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak sah: isi jumlah bulan 1 sampai 12.",
             en="{field} \"{value}\" is not valid: enter a number of months from 1 to 12."),
        Text(id="{field} harus 1 sampai 12 bulan.", en="{field} must be 1 to 12 months.")),
}
