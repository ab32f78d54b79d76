"""Error sentences of issue 10: dialog kinerja, tindak lanjut and ids typed by people.

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Params: `date` (the dialog's date, dd-mm-yyyy), `actor` (who tried, "Nama (NIP)"), `owner` (a
follow-up's owner), `label` (an RHK as "RHK 2: ..."), `due` (a due date, dd-mm-yyyy), `why`
(which rule a carried-over follow-up broke), `value` (what was typed).
Helper B's areas (umpan balik, bimbingan) add their own dicts below `DIALOG`.
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

DIALOG: dict[ErrorCode, Msg] = {
    ErrorCode.DIALOG_NOT_FOUND: Msg(
        Text(id="Dialog kinerja dengan id {value} tidak ditemukan.",
             en="No performance dialogue with id {value} was found."),
        Text(id="Dialog kinerja tidak ditemukan.",
             en="The performance dialogue was not found.")),
    ErrorCode.DIALOG_CLOSED: Msg(
        Text(id="Dialog kinerja tanggal {date} sudah ditutup sehingga isinya tidak dapat diubah "
                "lagi; tulis koreksi atau tambahan sebagai adendum.",
             en="The performance dialogue of {date} is closed, so its content can no longer be "
                "changed; write a correction or an addition as an addendum."),
        Text(id="Dialog kinerja ini sudah ditutup sehingga isinya tidak dapat diubah lagi; tulis "
                "koreksi atau tambahan sebagai adendum.",
             en="This performance dialogue is closed, so its content can no longer be changed; "
                "write a correction or an addition as an addendum.")),
    ErrorCode.DIALOG_NOT_CLOSED: Msg(
        Text(id="Adendum hanya untuk dialog yang sudah ditutup; dialog kinerja tanggal {date} "
                "masih draf, jadi ubah langsung isinya.",
             en="Addenda are only for closed dialogues; the performance dialogue of {date} is "
                "still a draft, so change its content directly."),
        Text(id="Adendum hanya untuk dialog yang sudah ditutup; dialog ini masih draf, jadi ubah "
                "langsung isinya.",
             en="Addenda are only for closed dialogues; this dialogue is still a draft, so "
                "change its content directly.")),
    ErrorCode.DIALOG_CONFIDENTIAL: Msg(
        Text(id="Dialog kinerja tanggal {date} bersifat rahasia: isinya hanya dapat dibaca dan "
                "diubah oleh pesertanya, pemimpin dialog dan penulisnya.",
             en="The performance dialogue of {date} is confidential: only its participants, the "
                "person who led it and its writer may read or change its content."),
        Text(id="Dialog kinerja ini bersifat rahasia: isinya hanya dapat dibaca dan diubah oleh "
                "pesertanya, pemimpin dialog dan penulisnya.",
             en="This performance dialogue is confidential: only its participants, the person "
                "who led it and its writer may read or change its content.")),
    ErrorCode.DIALOG_NOT_ALLOWED: Msg(
        Text(id="Dialog kinerja tanggal {date} hanya dapat diubah oleh pesertanya, pemimpin "
                "dialog, penulisnya atau pengelola kinerja; {actor} bukan salah satunya.",
             en="The performance dialogue of {date} can only be changed by its participants, "
                "the person who led it, its writer or a performance administrator; {actor} is "
                "none of them."),
        Text(id="Dialog kinerja hanya dapat diubah oleh pesertanya, pemimpin dialog, penulisnya "
                "atau pengelola kinerja.",
             en="A performance dialogue can only be changed by its participants, the person "
                "who led it, its writer or a performance administrator.")),
    ErrorCode.DIALOG_TIME_INVALID: Msg(
        Text(id="{field} harus berupa jam dan menit JJ:MM dari 00:00 sampai 23:59 (tertulis "
                "\"{value}\").",
             en="{field} must be hours and minutes HH:MM from 00:00 to 23:59 (entered "
                "\"{value}\")."),
        Text(id="{field} harus berupa jam dan menit JJ:MM dari 00:00 sampai 23:59.",
             en="{field} must be hours and minutes HH:MM from 00:00 to 23:59.")),
    ErrorCode.DIALOG_LEADER_TWICE: Msg(
        Text(id="{field}: pilih pegawai yang memimpin dialog atau tulis nama pihak lain, "
                "bukan keduanya.",
             en="{field}: choose the employee who led the dialogue or write another person's "
                "name, not both."),
        Text(id="{field}: pilih pegawai yang memimpin dialog atau tulis nama pihak lain, "
                "bukan keduanya.",
             en="{field}: choose the employee who led the dialogue or write another person's "
                "name, not both.")),
    ErrorCode.DIALOG_TOPIC_NOT_PARTICIPANT: Msg(
        Text(id="{field}: \"{label}\" bukan RHK dari SKP pegawai peserta dialog ini; pilih RHK "
                "dari SKP peserta.",
             en="{field}: \"{label}\" is not an RHK of the SKP of a participant of this "
                "dialogue; choose an RHK from a participant's SKP."),
        Text(id="{field}: RHK itu bukan RHK dari SKP pegawai peserta dialog ini.",
             en="{field}: that RHK is not an RHK of the SKP of a participant of this "
                "dialogue.")),
    ErrorCode.FOLLOW_UP_NOT_FOUND: Msg(
        Text(id="Tindak lanjut dengan id {value} tidak ditemukan.",
             en="No follow-up with id {value} was found."),
        Text(id="Tindak lanjut tidak ditemukan.",
             en="The follow-up was not found.")),
    ErrorCode.FOLLOW_UP_TARGET_BOTH: Msg(
        Text(id="{field}: satu tindak lanjut dikaitkan dengan satu RHK atau satu nilai perilaku "
                "kerja, bukan keduanya.",
             en="{field}: a follow-up is linked to one RHK or one core value, not both."),
        Text(id="{field}: satu tindak lanjut dikaitkan dengan satu RHK atau satu nilai perilaku "
                "kerja, bukan keduanya.",
             en="{field}: a follow-up is linked to one RHK or one core value, not both.")),
    ErrorCode.FOLLOW_UP_DUE_BEFORE_DIALOG: Msg(
        Text(id="{field} ({due}) tidak boleh sebelum tanggal dialog ({date}).",
             en="{field} ({due}) cannot be before the date of the dialogue ({date})."),
        Text(id="{field} tidak boleh sebelum tanggal dialog.",
             en="{field} cannot be before the date of the dialogue.")),
    ErrorCode.FOLLOW_UP_NOT_CARRIED: Msg(
        Text(id="Tindak lanjut {value} tidak dapat diselesaikan dalam dialog ini: hanya tindak "
                "lanjut terbuka dari dialog sebelumnya dengan pegawai yang sama.",
             en="Follow-up {value} cannot be settled in this dialogue: only open follow-ups of "
                "earlier dialogues with the same employee can."),
        Text(id="Tindak lanjut itu tidak dapat diselesaikan dalam dialog ini: hanya tindak "
                "lanjut terbuka dari dialog sebelumnya dengan pegawai yang sama.",
             en="That follow-up cannot be settled in this dialogue: only open follow-ups of "
                "earlier dialogues with the same employee can."),
        when=(
            ("why", "not_open", Text(
                id="Tindak lanjut {value} tidak dapat diselesaikan dalam dialog ini karena "
                   "sudah tidak terbuka (selesai atau dibatalkan).",
                en="Follow-up {value} cannot be settled in this dialogue because it is no "
                   "longer open (done or dropped).")),
            ("why", "own_dialog", Text(
                id="Tindak lanjut {value} disepakati dalam dialog ini sendiri; ubah statusnya "
                   "dengan perintah tindak lanjut, bukan saat menutup dialog.",
                en="Follow-up {value} was agreed in this dialogue itself; change its status as "
                   "a follow-up, not while closing the dialogue.")),
        )),
    ErrorCode.FOLLOW_UP_NOT_ALLOWED: Msg(
        Text(id="Status tindak lanjut ini hanya dapat diubah oleh pemiliknya ({owner}), peserta, "
                "pemimpin atau penulis dialognya, atau pengelola kinerja; {actor} bukan salah "
                "satunya.",
             en="The status of this follow-up can only be changed by its owner ({owner}), the "
                "participants, leader or writer of its dialogue, or a performance "
                "administrator; {actor} is none of them."),
        Text(id="Status tindak lanjut ini hanya dapat diubah oleh pemiliknya, peserta, pemimpin "
                "atau penulis dialognya, atau pengelola kinerja.",
             en="The status of this follow-up can only be changed by its owner, the "
                "participants, leader or writer of its dialogue, or a performance "
                "administrator.")),
    ErrorCode.RECORD_ID_NOT_FOUND: Msg(
        Text(id="{field} \"{value}\" tidak ditemukan; salin id dari daftar (keluaran --json "
                "atau kolom ID).",
             en="{field} \"{value}\" was not found; copy the id from a list (the --json output "
                "or the ID column)."),
        Text(id="{field} tidak ditemukan.",
             en="{field} was not found.")),
    ErrorCode.RECORD_ID_AMBIGUOUS: Msg(
        Text(id="{field} \"{value}\" cocok dengan lebih dari satu catatan; ketik lebih banyak "
                "karakter awal id-nya.",
             en="{field} \"{value}\" matches more than one record; type more of the id's first "
                "characters."),
        Text(id="{field} cocok dengan lebih dari satu catatan; ketik lebih banyak karakter "
                "awal id-nya.",
             en="{field} matches more than one record; type more of the id's first "
                "characters.")),
    ErrorCode.RECORD_ID_TOO_SHORT: Msg(
        Text(id="{field} \"{value}\" terlalu pendek: ketik id lengkap atau sedikitnya {min} "
                "karakter awalnya (angka 0-9, huruf a-f dan tanda -).",
             en="{field} \"{value}\" is too short: type the whole id or at least its first "
                "{min} characters (digits 0-9, letters a-f and -)."),
        Text(id="{field} terlalu pendek: ketik id lengkap atau sedikitnya 8 karakter awalnya.",
             en="{field} is too short: type the whole id or at least its first 8 "
                "characters.")),
}
