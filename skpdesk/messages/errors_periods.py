"""Error sentences of periods, rencana aksi and realisasi (issue 11, `services.evidence.periods`
and `services.evidence.plans`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Dates are written the Indonesian way ("10 April 2026", `domain.dates.tanggal`) and period labels
("Triwulan I 2026") are the official Indonesian terms, in both languages.
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import ANY_VALUE, Msg, Text

PERIOD: dict[ErrorCode, Msg] = {
    ErrorCode.PERIOD_UNKNOWN: Msg(
        Text(id="{field} \"{value}\" bukan nama periode; contoh: 2026-TW1 (triwulanan), "
                "2026-S1 (semester), 2026-03 (bulanan), 2026-AKHIR.",
             en="{field} \"{value}\" is not a period name; for example: 2026-TW1 (quarterly), "
                "2026-S1 (semester), 2026-03 (monthly), 2026-AKHIR."),
        Text(id="{field} bukan nama periode yang dikenal.",
             en="{field} is not a known period name."),
        when=(
            ("allowed", ANY_VALUE, Text(
                id="{field} \"{value}\" bukan periode tahun {year} (ritme {rhythm}); periode "
                   "yang sah: {allowed}.",
                en="{field} \"{value}\" is not a period of {year} (rhythm {rhythm}); valid "
                   "periods: {allowed}.")),
        )),
    ErrorCode.PERIOD_OUTSIDE_SKP: Msg(
        Text(id="{field} {period} berada di luar periode penilaian SKP {name} ({skp_start} "
                "s.d. {skp_end}).",
             en="{field} {period} lies outside the appraisal period of the SKP of {name} "
                "({skp_start} to {skp_end})."),
        Text(id="{field} berada di luar periode penilaian SKP.",
             en="{field} lies outside the appraisal period of the SKP.")),
    ErrorCode.PERIOD_CLOSED: Msg(
        Text(id="{field} {period} sudah ditutup: batas pengisiannya {deadline}. Kantor "
                "dapat memperpanjangnya dengan `skpdesk period set-deadline {value} TANGGAL`.",
             en="{field} {period} is closed: its deadline was {deadline}. The office can extend "
                "it with `skpdesk period set-deadline {value} DATE`."),
        Text(id="{field} sudah ditutup (lewat batas pengisian).",
             en="{field} is closed (past its deadline).")),
    ErrorCode.PERIOD_RHYTHM_LOCKED: Msg(
        Text(id="Ritme periode tahun {year} tidak dapat diubah menjadi {rhythm}: sudah ada "
                "{count} catatan pada periode ritme {current} ({plans} rencana aksi, {realisasi} "
                "realisasi, {evidence} bukti dukung).",
             en="The period rhythm of {year} cannot be changed to {rhythm}: there are already "
                "{count} records in periods of the {current} rhythm ({plans} action plans, "
                "{realisasi} results, {evidence} evidence items)."),
        Text(id="Ritme periode tidak dapat diubah: sudah ada catatan pada periode ritme yang "
                "berlaku.",
             en="The period rhythm cannot be changed: there are records in periods of the "
                "current rhythm.")),
    ErrorCode.PERIOD_DEADLINE_INVALID: Msg(
        Text(id="{field} {value} untuk {period} tidak sah: batas pengisian paling cepat "
                "{earliest} (akhir periode) dan paling lambat {latest}.",
             en="{field} {value} for {period} is not valid: the deadline is at the earliest "
                "{earliest} (the end of the period) and at the latest {latest}."),
        Text(id="{field} tidak sah: batas pengisian tidak boleh sebelum akhir periode dan "
                "paling lambat satu tahun sesudahnya.",
             en="{field} is not valid: the deadline may not be before the end of the period "
                "and at most one year after it.")),
    ErrorCode.PLAN_TARGET_NOT_KUANTITATIF: Msg(
        Text(id="{field} hanya diisi pada SKP berpendekatan kuantitatif; SKP {name} "
                "berpendekatan kualitatif.",
             en="{field} is only entered on an SKP with the quantitative approach; the SKP "
                "of {name} uses the qualitative approach."),
        Text(id="{field} hanya diisi pada SKP berpendekatan kuantitatif.",
             en="{field} is only entered on an SKP with the quantitative approach.")),
    ErrorCode.RHK_HAS_REALISASI: Msg(
        Text(id="RHK {rhk} tidak dapat dihapus: masih memiliki {plans} rencana aksi, "
                "{realisasi} realisasi dan {evidence} bukti dukung. Kosongkan catatan itu lebih "
                "dahulu agar tidak ada data yang hilang.",
             en="RHK {rhk} cannot be deleted: it still has {plans} action plans, {realisasi} "
                "results and {evidence} evidence items. Clear those records first so that no "
                "data is lost."),
        Text(id="RHK atau indikator ini tidak dapat dihapus: masih memiliki rencana aksi, "
                "realisasi atau bukti dukung.",
             en="This RHK or indicator cannot be deleted: it still has action plans, results "
                "or evidence."),
        when=(
            ("indicator", ANY_VALUE, Text(
                id="Indikator {indicator} pada RHK {rhk} tidak dapat dihapus: masih memiliki "
                   "{realisasi} realisasi dan {evidence} bukti dukung. Kosongkan catatan itu "
                   "lebih dahulu agar tidak ada data yang hilang.",
                en="Indicator {indicator} of RHK {rhk} cannot be deleted: it still has "
                   "{realisasi} results and {evidence} evidence items. Clear those records "
                   "first so that no data is lost.")),
        )),
    ErrorCode.PERIOD_ADMIN_REQUIRED: Msg(
        Text(id="Ritme dan batas pengisian periode hanya dapat diubah oleh pengelola kinerja "
                "({admins}); {actor} bukan pengelola kinerja.",
             en="The period rhythm and deadlines can only be changed by a performance "
                "administrator ({admins}); {actor} is not one."),
        Text(id="Ritme dan batas pengisian periode hanya dapat diubah oleh pengelola kinerja.",
             en="The period rhythm and deadlines can only be changed by a performance "
                "administrator."),
        when=(
            ("reason", "nobody", Text(
                id="Ritme dan batas pengisian periode hanya dapat diubah oleh pengelola kinerja "
                   "({admins}); belum diketahui siapa yang memakai SKP Desk (skpdesk me --set "
                   "NIP atau --as NIP).",
                en="The period rhythm and deadlines can only be changed by a performance "
                   "administrator ({admins}); it is not known who is using SKP Desk (skpdesk me "
                   "--set NIP or --as NIP).")),
        )),
}
