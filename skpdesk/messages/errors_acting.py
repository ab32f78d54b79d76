"""Error sentences about who is acting and the workflow's role rule (issue 9, `domain.acting`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Params: `action` (submit/approve/return/reopen, rendered as the passive verb), `rule`
(`domain.acting.RULE_*`), `actor` (who tried), `owner` (the SKP's pegawai), `penilai` (its
pejabat penilai, "-" when it has none), `on_behalf_of` (whom a pengelola acts for).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

ACTING: dict[ErrorCode, Msg] = {
    ErrorCode.ACTING_UNKNOWN: Msg(
        Text(id="SKP tidak dapat {action} karena belum diketahui siapa pegawai yang memakai SKP "
                "Desk pada basis data ini. Pilih dulu: perintah skpdesk me --set NIP, atau di "
                "jendela menu Pengaturan > Saya adalah.",
             en="The SKP cannot be {action} because it is not known yet which employee is using "
                "SKP Desk on this database. Choose first: the command skpdesk me --set NIP, or "
                "in the window Settings > I am."),
        Text(id="Belum diketahui siapa pegawai yang memakai SKP Desk pada basis data ini. Pilih "
                "dulu: perintah skpdesk me --set NIP, atau di jendela menu Pengaturan > Saya "
                "adalah.",
             en="It is not known yet which employee is using SKP Desk on this database. Choose "
                "first: the command skpdesk me --set NIP, or in the window Settings > I am.")),
    ErrorCode.ACTING_ROLE_REFUSED: Msg(
        Text(id="SKP ini hanya dapat {action} oleh pejabat penilainya ({penilai}); {actor} bukan "
                "pejabat penilai SKP ini. Pengelola kinerja dapat melakukannya atas nama pejabat "
                "penilai dengan alasan yang dicatat di jurnal.",
             en="This SKP can only be {action} by its appraiser ({penilai}); {actor} is not the "
                "appraiser of this SKP. A performance administrator (pengelola kinerja) may do it "
                "on behalf of the appraiser with a reason recorded in the journal."),
        Text(id="Peran Anda tidak mengizinkan langkah ini pada SKP ini.",
             en="Your role does not allow this step on this SKP."),
        when=(
            ("rule", "owner_or_penilai", Text(
                id="SKP ini hanya dapat {action} oleh pegawai pemiliknya ({owner}) atau pejabat "
                   "penilainya ({penilai}); {actor} bukan keduanya. Pengelola kinerja dapat "
                   "mengajukannya atas nama pegawai dengan alasan yang dicatat di jurnal.",
                en="This SKP can only be {action} by its employee ({owner}) or its appraiser "
                   "({penilai}); {actor} is neither. A performance administrator (pengelola "
                   "kinerja) may submit it on behalf of the employee with a reason recorded in "
                   "the journal.")),
            ("rule", "own_skp", Text(
                id="SKP ini hanya dapat {action} oleh pejabat penilainya ({penilai}); {actor} "
                   "adalah pemilik SKP ini dan tidak dapat memutuskannya sendiri, juga sebagai "
                   "pengelola kinerja.",
                en="This SKP can only be {action} by its appraiser ({penilai}); {actor} owns this "
                   "SKP and cannot decide on it, not even as a performance administrator.")),
        )),
    ErrorCode.ACTING_REASON_REQUIRED: Msg(
        Text(id="{field} wajib diisi: {actor} bertindak sebagai pengelola kinerja atas nama "
                "{on_behalf_of}, dan alasannya dicatat di jurnal.",
             en="{field} is required: {actor} acts as performance administrator on behalf of "
                "{on_behalf_of}, and the reason is recorded in the journal."),
        Text(id="{field} wajib diisi saat bertindak atas nama pegawai lain.",
             en="{field} is required when acting on behalf of another employee.")),
}
