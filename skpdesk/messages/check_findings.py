"""Sentences for the findings of `skpdesk check` (codes of `skpdesk.services.integrity`), in
Indonesian and English; `render.check_message(code, params, lang)` fills them.

Same scheme as the `errors_*` modules: a full sentence from the finding's params, a fallback
without params and `when` variants, so a message never fails to format. The Indonesian was moved
here unchanged from the CLI's former Indonesian-only catalogue (tests/unit/test_message_golden.py
proves the CLI still prints it byte for byte); tests/unit/test_messages.py checks that every code
the service emits has both languages with the same placeholders.
"""

from __future__ import annotations

from .entry import Msg, Text

# `nip_invalid` with reason "not_clean" (the other reasons are ErrorCodes with their own sentence)
NIP_NOT_CLEAN = Text(
    id="tersimpan tidak dalam bentuk baku (hanya angka, tanpa spasi atau tanda baca)",
    en="it is not stored in its standard form (digits only, without spaces or punctuation)")

# Why the change-journal chain broke (`reason` of `journal_chain_broken`): ends the sentence.
CHAIN_REASONS: dict[str, Text] = {
    "changed": Text(id="isi entri ini diubah setelah dicatat.",
                    en="this entry was changed after it was recorded."),
    "missing": Text(id="entri sebelumnya hilang (dihapus).",
                    en="the previous entry is missing (deleted)."),
    "link": Text(id="entri ini tidak bersambung dengan entri sebelumnya (disisipkan atau "
                    "urutannya diubah).",
                 en="this entry does not follow on from the previous entry (inserted, or the "
                    "order was changed)."),
    "unhashed": Text(id="entri ini tidak memiliki sidik rantai (ditulis di luar SKP Desk).",
                     en="this entry has no chain hash (written outside SKP Desk)."),
    "truncated": Text(id="entri terbaru perangkat ini hilang (ekor jurnal dihapus).",
                      en="the latest entries of this device are missing (the end of the journal "
                         "was deleted)."),
    "beyond_head": Text(id="entri ini melampaui entri terakhir yang dicatat perangkat ini "
                           "(ditambahkan dari luar).",
                        en="this entry goes beyond the last entry this device recorded (added "
                           "from outside)."),
    "head": Text(id="entri terakhir tidak sama dengan yang dicatat perangkat ini.",
                 en="the last entry is not the one this device recorded."),
}

# Why the stored logo cannot be used (`reason` of `logo_unusable`; image rules are ErrorCodes).
LOGO_REASONS: dict[str, Text] = {
    "outside_store": Text(
        id="rujukannya tidak menunjuk ke berkas di folder attachments basis data.",
        en="its reference does not point to a file in the database's attachments folder."),
    "missing": Text(id="berkasnya tidak ada di folder attachments basis data.",
                    en="its file is not in the database's attachments folder."),
    "unreadable": Text(id="berkasnya tidak dapat dibaca.", en="its file cannot be read."),
    "hash_mismatch": Text(
        id="isi berkasnya tidak sama dengan yang disimpan (sidik SHA-256 pada namanya tidak "
           "cocok: berkas diubah atau rusak).",
        en="its content is not what was stored (the SHA-256 hash in its name does not match: "
           "the file was changed or damaged)."),
}

# A record that uses an attachment (an item of `records` in the attachment findings), per table.
ATTACHMENT_RECORDS: dict[str, Text] = {
    "bukti_dukung": Text(id="bukti dukung \"{original_name}\" {name} (NIP {nip}) periode {period}",
                         en="evidence \"{original_name}\" of {name} (NIP {nip}), period {period}"),
}
ATTACHMENT_RECORD = Text(id="baris {id} tabel {table}", en="row {id} of table {table}")
# "… and 3 more" after the records named.
MORE_RECORDS = Text(id="dan {count} catatan lain", en="and {count} more records")

# `check --repair` on the attachments store (the CLI prints these before the findings).
QUARANTINE_MOVED = Text(
    id="{count} berkas lampiran yang tidak dipakai dipindahkan ke karantina: {folder}",
    en="{count} unused attachment files moved to quarantine: {folder}")
QUARANTINE_NONE = Text(id="Tidak ada berkas lampiran yang perlu dipindahkan ke karantina.",
                       en="No attachment file needs to be moved to quarantine.")
QUARANTINE_KEPT_RECENT = Text(
    id="{count} berkas lampiran yang tidak dipakai baru saja ditulis (kurang dari {minutes} menit) "
       "dan belum dipindahkan: mungkin sedang ditambahkan. Jalankan skpdesk check --repair lagi "
       "nanti.",
    en="{count} unused attachment files were written only just now (less than {minutes} "
       "minutes ago) and were not moved: they may be being added. Run skpdesk check --repair "
       "again later.")
QUARANTINE_FAILED = Text(id="Berkas lampiran {file} tidak dapat dipindahkan ke karantina: {detail}",
                         en="Attachment file {file} could not be moved to quarantine: {detail}")

# The parts of the check (`section` of `check_incomplete`).
SECTION_LABELS: dict[str, Text] = {
    "lampiran": Text(id="berkas lampiran (attachments)", en="attachment files"),
    "database": Text(id="berkas basis data", en="database file"),
    "journal": Text(id="jurnal perubahan", en="change journal"),
    "pegawai": Text(id="pegawai", en="employees"),
    "skp": Text(id="SKP", en="SKP"),
    "kaskade": Text(id="kaskade", en="cascade"),
}

# A finding code without a sentence.
GENERIC_FINDING = Text(id="Temuan pemeriksaan: {code}.", en="Check finding: {code}.")

_SKP_AT = Text(id="SKP {year} {name} (NIP {nip}), RHK {rhk}",
               en="SKP {year} {name} (NIP {nip}), RHK {rhk}")


def _skp_at(rest_id: str, rest_en: str) -> Text:
    """A sentence about one RHK of one SKP: the shared opening, then the rest."""
    return Text(id=_SKP_AT.id + rest_id, en=_SKP_AT.en + rest_en)


CHECK_MESSAGES: dict[str, Msg] = {
    "db_integrity": Msg(
        Text(id="Berkas basis data rusak menurut pemeriksaan SQLite: {detail}.",
             en="The database file is damaged according to SQLite's check: {detail}."),
        Text(id="Berkas basis data rusak menurut pemeriksaan SQLite.",
             en="The database file is damaged according to SQLite's check.")),
    "foreign_key_violation": Msg(
        Text(id="Rujukan rusak di tabel {table} (rowid {rowid}): baris yang dirujuk tidak ada.",
             en="Broken reference in table {table} (rowid {rowid}): the row it refers to does "
                "not exist."),
        Text(id="Ada rujukan rusak: baris yang dirujuk tidak ada.",
             en="There is a broken reference: the row it refers to does not exist.")),
    "unjournaled_row": Msg(
        Text(id="Baris {entity_id} di tabel {table} diubah tanpa tercatat di jurnal perubahan "
                "(kolom {fields}; penulisan lewat jalur samping).",
             en="Row {entity_id} in table {table} was changed without being recorded in the "
                "change journal (columns {fields}; written outside the program)."),
        Text(id="Ada baris yang diubah tanpa tercatat di jurnal perubahan.",
             en="A row was changed without being recorded in the change journal."),
        when=(("change", "insert", Text(
            id="Baris {entity_id} di tabel {table} ditambahkan tanpa tercatat di jurnal "
               "perubahan (penulisan lewat jalur samping).",
            en="Row {entity_id} in table {table} was added without being recorded in the change "
               "journal (written outside the program).")),)),
    "row_deleted_outside_journal": Msg(
        Text(id="Baris {entity_id} di tabel {table} hilang, padahal menurut jurnal perubahan "
                "baris itu masih ada (dihapus lewat jalur samping).",
             en="Row {entity_id} in table {table} is missing, although according to the change "
                "journal it still exists (deleted outside the program)."),
        Text(id="Ada baris yang hilang padahal menurut jurnal perubahan masih ada.",
             en="A row is missing although according to the change journal it still exists.")),
    "table_missing": Msg(
        Text(id="Tabel {table} tidak ada di basis data, padahal menurut jurnal perubahan berisi "
                "{journaled_rows} baris.",
             en="Table {table} is not in the database, although according to the change journal "
                "it holds {journaled_rows} rows."),
        Text(id="Ada tabel yang hilang dari basis data.",
             en="A table is missing from the database."),
        when=(("journaled_rows", 0, Text(
            id="Tabel {table} tidak ada di basis data (dihapus di luar aplikasi).",
            en="Table {table} is not in the database (deleted outside the program).")),)),
    "table_unreadable": Msg(
        Text(id="Tabel {table} tidak dapat dibaca: {detail}.",
             en="Table {table} cannot be read: {detail}."),
        Text(id="Ada tabel yang tidak dapat dibaca.", en="A table cannot be read.")),
    "value_undecodable": Msg(
        Text(id="Baris {entity_id} di tabel {table}, kolom {column}, berisi nilai yang tidak "
                "dikenal aplikasi: {value} (seharusnya {expected}).",
             en="Row {entity_id} in table {table}, column {column}, holds a value the program "
                "does not know: {value} (expected {expected})."),
        Text(id="Ada nilai yang tidak dikenal aplikasi di basis data.",
             en="The database holds a value the program does not know.")),
    "journal_chain_broken": Msg(
        Text(id="Rantai jurnal perubahan perangkat {device_id} putus pada nomor urut {seq}: "
                "{reason}",
             en="The change-journal chain of device {device_id} breaks at sequence number "
                "{seq}: {reason}"),
        Text(id="Rantai jurnal perubahan putus: ada entri jurnal yang diubah, dihapus atau "
                "disisipkan.",
             en="The change-journal chain is broken: a journal entry was changed, deleted or "
                "inserted.")),
    "journal_entry_undecodable": Msg(
        Text(id="Entri jurnal perubahan perangkat {device_id} nomor urut {seq} tidak dapat "
                "dibaca (isian perubahan bukan JSON yang sah).",
             en="Change-journal entry {seq} of device {device_id} cannot be read (its changes "
                "are not valid JSON)."),
        Text(id="Ada entri jurnal perubahan yang tidak dapat dibaca.",
             en="A change-journal entry cannot be read.")),
    "journal_sequence_gap": Msg(
        Text(id="Nomor urut jurnal perubahan perangkat {device_id} tidak bersambung dari 1.",
             en="The change-journal sequence numbers of device {device_id} do not run "
                "continuously from 1."),
        Text(id="Nomor urut jurnal perubahan tidak bersambung.",
             en="The change-journal sequence numbers have gaps.")),
    "check_incomplete": Msg(
        Text(id="Pemeriksaan bagian {section} tidak dapat diselesaikan karena ada data yang "
                "tidak terbaca ({detail}).",
             en="The check of the {section} part could not be finished because some data "
                "could not be read ({detail})."),
        Text(id="Sebagian pemeriksaan tidak dapat diselesaikan karena data tidak terbaca.",
             en="Part of the check could not be finished because data could not be read.")),
    "more_findings": Msg(
        Text(id="… dan {count} temuan lain sejenis ({code}) di tabel {table}.",
             en="… and {count} more findings of the same kind ({code}) in table {table}."),
        Text(id="… dan temuan lain sejenis.", en="… and more findings of the same kind.")),
    "supervisor_cycle": Msg(
        Text(id="Rantai atasan berputar: {names}.",
             en="The chain of supervisors goes round in a circle: {names}."),
        Text(id="Ada rantai atasan yang berputar.",
             en="A chain of supervisors goes round in a circle.")),
    "nip_invalid": Msg(
        Text(id="NIP {nip} milik {name} ({asn_type}) tidak sah: {reason}",
             en="NIP {nip} of {name} ({asn_type}) is not valid: {reason}"),
        Text(id="Ada pegawai dengan NIP yang tidak sah.",
             en="An employee has a NIP that is not valid.")),
    "nip_duplicate": Msg(
        Text(id="NIP {nip} dipakai oleh lebih dari satu pegawai: {names}.",
             en="NIP {nip} is used by more than one employee: {names}."),
        Text(id="Ada NIP yang dipakai oleh lebih dari satu pegawai.",
             en="A NIP is used by more than one employee.")),
    "indicator_aspect_not_allowed": Msg(
        _skp_at(", indikator {indicator}: aspek diisi, padahal aspek hanya untuk SKP JA/JF "
                "kuantitatif (SKP ini {form} {approach}).",
                ", indicator {indicator}: an aspect is filled in, although aspects are only "
                "for quantitative JA/JF SKPs (this SKP is {form} {approach})."),
        Text(id="Ada indikator beraspek pada SKP yang bukan JA/JF kuantitatif.",
             en="An indicator has an aspect in an SKP that is not a quantitative JA/JF SKP.")),
    "indicator_aspect_missing": Msg(
        _skp_at(", indikator {indicator}: aspek belum diisi pada SKP JA/JF kuantitatif yang "
                "sudah diajukan atau disetujui.",
                ", indicator {indicator}: no aspect is filled in on a quantitative JA/JF SKP "
                "that is already submitted or approved."),
        Text(id="Ada indikator tanpa aspek pada SKP JA/JF kuantitatif yang sudah diajukan.",
             en="An indicator has no aspect in a quantitative JA/JF SKP that is already "
                "submitted.")),
    "rhk_perspective_not_allowed": Msg(
        _skp_at(": {field} diisi pada SKP JA/JF, padahal hanya untuk SKP JPT.",
                ": {field} is filled in on a JA/JF SKP, although it is only for JPT SKPs."),
        Text(id="Ada RHK pada SKP JA/JF yang berisi perspektif atau penugasan (hanya untuk JPT).",
             en="An RHK in a JA/JF SKP has a perspective or an assignment (only for JPT).")),
    "tambahan_with_parent": Msg(
        _skp_at(": RHK Tambahan mengintervensi RHK pimpinan (hanya RHK Utama yang boleh).",
                ": an additional RHK (RHK Tambahan) intervenes in a leader's RHK (only a main "
                "RHK, RHK Utama, may)."),
        Text(id="Ada RHK Tambahan yang mengintervensi RHK pimpinan.",
             en="An additional RHK (RHK Tambahan) intervenes in a leader's RHK.")),
    "skp_incomplete": Msg(
        Text(id="SKP {year} {name} (NIP {nip}) berstatus {status}, padahal belum lengkap: "
                "{problems}.",
             en="SKP {year} {name} (NIP {nip}) has the status {status}, although it is not "
                "complete: {problems}."),
        Text(id="Ada SKP yang sudah diajukan atau disetujui padahal belum lengkap.",
             en="An SKP is already submitted or approved although it is not complete.")),
    "cascade_orphan": Msg(
        Text(id="SKP {year} {name} (NIP {nip}), RHK {rhk} \"{text}\" tidak mengintervensi RHK "
                "atasan (yatim).",
             en="SKP {year} {name} (NIP {nip}), RHK {rhk} \"{text}\" does not intervene in any "
                "RHK of the supervisor (orphan)."),
        Text(id="Ada RHK Utama bawahan yang tidak mengintervensi RHK atasan (yatim).",
             en="A subordinate's main RHK (RHK Utama) does not intervene in any RHK of the "
                "supervisor (orphan).")),
    "cascade_parent_outside": Msg(
        Text(id="SKP {year} {name} (NIP {nip}), RHK {rhk} \"{text}\" mengintervensi RHK di luar "
                "SKP atasan langsung tahun ini.",
             en="SKP {year} {name} (NIP {nip}), RHK {rhk} \"{text}\" intervenes in an RHK "
                "outside this year's SKP of the direct supervisor."),
        Text(id="Ada RHK yang mengintervensi RHK di luar SKP atasan langsung.",
             en="An RHK intervenes in an RHK outside the SKP of the direct supervisor.")),
    "text_control_character": Msg(
        Text(id="Baris {entity_id} di tabel {table}, kolom {column}, berisi karakter kendali "
                "yang tidak terlihat ({char}) pada posisi {position}; karakter kendali dan "
                "pengatur arah teks tidak diperbolehkan (data lama). Ubah isian itu lewat "
                "aplikasi.",
             en="Row {entity_id} in table {table}, column {column}, holds an invisible control "
                "character ({char}) at position {position}; control characters and text "
                "direction marks are not allowed (old data). Change that field in the program."),
        Text(id="Ada teks tersimpan yang berisi karakter kendali atau pengatur arah teks.",
             en="A stored text holds a control character or a text direction mark.")),
    "logo_unusable": Msg(
        Text(id="Logo instansi ({path}) tidak dapat dipakai dan tidak dicetak: {reason} Pasang "
                "ulang logo dengan: skpdesk office set --logo BERKAS.",
             en="The office logo ({path}) cannot be used and is not printed: {reason} Set the "
                "logo again with: skpdesk office set --logo FILE."),
        Text(id="Logo instansi tidak dapat dipakai dan tidak dicetak. Pasang ulang logo dengan: "
                "skpdesk office set --logo BERKAS.",
             en="The office logo cannot be used and is not printed. Set the logo again with: "
                "skpdesk office set --logo FILE.")),
    "attachment_missing": Msg(
        Text(id="Berkas lampiran {file} tidak ada di folder attachments, padahal dipakai oleh "
                "{records}. Kembalikan berkas itu ke folder attachments (dari karantina atau "
                "cadangan), atau ganti bukti dukungnya.",
             en="Attachment file {file} is not in the attachments folder, although it is used "
                "by {records}. Put the file back into the attachments folder (from the "
                "quarantine or a backup), or replace the evidence."),
        Text(id="Ada berkas lampiran yang hilang dari folder attachments.",
             en="An attachment file is missing from the attachments folder."),
        when=(("waiting", True, Text(
            id="Menunggu lampiran: berkas {file} untuk {records} belum tiba dari laptop lain; "
               "bundel sinkronisasi berikutnya dari laptop itu membawanya.",
            en="Waiting for the attachment: file {file} for {records} has not arrived from "
               "the other laptop yet; the next sync bundle from that laptop brings it.")),)),
    "attachment_tampered": Msg(
        Text(id="Isi berkas lampiran {file} tidak sama dengan yang disimpan (sidik SHA-256 pada "
                "namanya tidak cocok: berkas diubah atau rusak); dipakai oleh {records}. "
                "Berkas ini tidak dipindahkan oleh --repair: putuskan penggantinya (pulihkan "
                "dari cadangan atau ganti bukti dukungnya).",
             en="The content of attachment file {file} is not what was stored (the SHA-256 "
                "hash in its name does not match: the file was changed or damaged); it is used "
                "by {records}. --repair does not move it: decide what replaces it (restore it "
                "from a backup or replace the evidence)."),
        Text(id="Ada berkas lampiran yang isinya diubah atau rusak.",
             en="An attachment file was changed or damaged."),
        when=(("reason", "not_a_file", Text(
            id="Di folder attachments, {file} bukan berkas biasa (tautan atau folder), padahal "
               "dipakai oleh {records}. Ganti dengan berkas aslinya (dari cadangan).",
            en="In the attachments folder, {file} is not a regular file (a link or a folder), "
               "although it is used by {records}. Replace it with the original file (from a "
               "backup).")),)),
    "attachment_unreadable": Msg(
        Text(id="Berkas lampiran {file} tidak dapat dibaca ({detail}); dipakai oleh {records}.",
             en="Attachment file {file} cannot be read ({detail}); it is used by {records}."),
        Text(id="Ada berkas lampiran yang tidak dapat dibaca.",
             en="An attachment file cannot be read.")),
    "attachment_ref_invalid": Msg(
        Text(id="Baris {entity_id} di tabel {table}, kolom {column}, merujuk berkas lampiran "
                "dengan nama yang tidak sah: {value} (seharusnya sidik SHA-256 berkas, sama "
                "dengan kolom sha256, lalu ekstensinya).",
             en="Row {entity_id} in table {table}, column {column}, refers to an attachment "
                "file by a name that is not valid: {value} (expected the file's SHA-256 hash, "
                "the same as the sha256 column, then its extension)."),
        Text(id="Ada rujukan berkas lampiran dengan nama yang tidak sah.",
             en="An attachment file is referred to by a name that is not valid.")),
    "attachment_unused": Msg(
        Text(id="Berkas {file} ({size_bytes}) di folder attachments tidak dipakai catatan mana "
                "pun; skpdesk check --repair memindahkannya ke karantina.",
             en="File {file} ({size_bytes}) in the attachments folder is not used by any "
                "record; skpdesk check --repair moves it to the quarantine."),
        Text(id="Ada berkas di folder attachments yang tidak dipakai catatan mana pun.",
             en="A file in the attachments folder is not used by any record."),
        when=(("temp", True, Text(
            id="Berkas sementara {file} ({size_bytes}) di folder attachments tertinggal dari "
               "penyalinan yang terhenti; skpdesk check --repair memindahkannya ke karantina.",
            en="Temporary file {file} ({size_bytes}) in the attachments folder was left by an "
               "interrupted copy; skpdesk check --repair moves it to the quarantine.")),)),
    "pegawai_without_skp": Msg(
        Text(id="{name} (NIP {nip}) belum memiliki SKP tahun {year}.",
             en="{name} (NIP {nip}) has no SKP for {year} yet."),
        Text(id="Ada pegawai ASN yang belum memiliki SKP.",
             en="An ASN employee has no SKP yet.")),
}
