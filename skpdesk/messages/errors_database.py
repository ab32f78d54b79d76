"""Error sentences about the database file: opening, locking, damage, disk faults, concurrent edits.

Indonesian and English, generated from the two former catalogues; part of the one catalogue of
`skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import ANY_VALUE, Msg, Text

DATABASE: dict[ErrorCode, Msg] = {
    # files and storage
    ErrorCode.DB_NEWER_SCHEMA: Msg(
        Text(id="Basis data {path} dibuat oleh versi SKP Desk yang lebih baru (skema "
                "{revision}); perbarui aplikasi ini sebelum membukanya.",
             en="Database {path} was made by a newer version of SKP Desk (schema {revision}); "
                "update this program before opening it."),
        Text(id="Basis data ini dibuat oleh versi SKP Desk yang lebih baru; perbarui aplikasi "
                "ini.",
             en="This database was made by a newer version of SKP Desk; update this program.")),
    ErrorCode.DB_UNREADABLE: Msg(
        Text(id="Berkas {path} bukan basis data SKP Desk (SQLite) yang dapat dibaca.",
             en="File {path} is not a readable SKP Desk database (SQLite)."),
        Text(id="Berkas ini bukan basis data SKP Desk (SQLite) yang dapat dibaca.",
             en="This file is not a readable SKP Desk database (SQLite).")),
    ErrorCode.DEMO_NEEDS_EMPTY_DB: Msg(
        Text(id="Data contoh hanya dibuat pada basis data kosong, sedangkan basis data ini sudah "
                "berisi data; gunakan --db dengan berkas baru.",
             en="Demo data is only created in an empty database, and this database already "
                "holds data; choose a new file."),
        Text(id="Data contoh hanya dibuat pada basis data kosong; gunakan --db dengan berkas "
                "baru.",
             en="Demo data is only created in an empty database; choose a new file.")),
    # area: database
    ErrorCode.DB_NOT_SKP: Msg(
        Text(id="Berkas {path} bukan basis data SKP Desk (berkas SQLite milik aplikasi lain); "
                "berkas tidak diubah.",
             en="File {path} is not an SKP Desk database (it is another program's SQLite "
                "file); the file was not changed."),
        Text(id="Berkas ini bukan basis data SKP Desk; berkas tidak diubah.",
             en="This file is not an SKP Desk database; the file was not changed."),
        when=(
            ("reason", "empty", Text(
                id="Berkas {path} kosong, belum berisi basis data SKP Desk; berkas tidak diubah.",
                en="File {path} is empty and holds no SKP Desk database; the file was not "
                   "changed.")),
            ("reason", "not_sqlite", Text(
                id="Berkas {path} bukan basis data SKP Desk: isinya bukan SQLite (berkas jenis "
                   "lain, atau bagian awalnya rusak); berkas tidak diubah.",
                en="File {path} is not an SKP Desk database: it is not SQLite (another kind "
                   "of file, or its beginning is damaged); the file was not changed.")),
            ("reason", "no_file", Text(
                id="Basis data {path} belum ada.",
                en="Database {path} does not exist yet.")),
            ("reason", "directory", Text(
                id="{path} adalah folder, bukan berkas basis data SKP Desk.",
                en="{path} is a folder, not an SKP Desk database file.")),
            ("reason", "unreadable", Text(
                id="Berkas {path} tidak dapat dibaca ({detail}).",
                en="File {path} cannot be read ({detail}).")),
        )),
    ErrorCode.DB_DAMAGED: Msg(
        Text(id="Basis data {path} rusak: bagian awal atau daftar tabelnya tidak dapat dibaca; "
                "berkas tidak diubah. Pulihkan dari salinan cadangan (mis. di folder backups di "
                "sebelahnya).",
             en="Database {path} is damaged: its beginning or its list of tables cannot be "
                "read; the file was not changed. Restore it from a backup copy (for example in "
                "the backups folder beside it)."),
        Text(id="Basis data ini rusak; berkas tidak diubah. Pulihkan dari salinan cadangan.",
             en="This database is damaged; the file was not changed. Restore it from a backup "
                "copy."),
        # area: journal — damage met while reading or writing (storage/damage.py)
        when=(
            ("detail", ANY_VALUE, Text(
                id="Basis data {path} rusak ({detail}); tidak ada yang diubah. Jalankan "
                   "\"skpdesk check\" untuk rinciannya dan pulihkan dari salinan cadangan (mis. "
                   "di folder backups di sebelahnya).",
                en="Database {path} is damaged ({detail}); nothing was changed. Run \"skpdesk "
                   "check\" for details and restore it from a backup copy (for example in the "
                   "backups folder beside it).")),
        )),
    ErrorCode.DB_BUSY: Msg(
        Text(id="Basis data {path} sedang dikunci oleh proses lain (bukan SKP Desk, mis. "
                "aplikasi lain yang membuka berkas ini); tidak ada yang diubah. Tutup aplikasi "
                "itu atau tunggu, lalu ulangi.",
             en="Database {path} is locked by another process (not SKP Desk, for example "
                "another program that has the file open); nothing was changed. Close that "
                "program or wait, then try again."),
        Text(id="Basis data sedang dikunci oleh proses lain; tidak ada yang diubah. Tunggu, lalu "
                "ulangi.",
             en="The database is locked by another process; nothing was changed. Wait, then "
                "try again."),
        when=(
            ("actor", ANY_VALUE, Text(
                id="Basis data {path} sedang dipakai untuk menulis oleh {actor} (proses {pid} di "
                   "komputer {host}) sejak {since}; tidak ada yang diubah. Tunggu sampai "
                   "selesai, lalu ulangi.",
                en="Database {path} is being written by {actor} (process {pid} on computer "
                   "{host}) since {since}; nothing was changed. Wait until it finishes, then "
                   "try again.")),
        )),
    ErrorCode.DB_DISK_FULL: Msg(
        Text(id="Disk penuh: {path} tidak dapat ditulis; tidak ada yang diubah. Kosongkan ruang "
                "disk, lalu ulangi.",
             en="The disk is full: {path} cannot be written; nothing was changed. Free some "
                "disk space, then try again."),
        Text(id="Disk penuh; tidak ada yang diubah. Kosongkan ruang disk, lalu ulangi.",
             en="The disk is full; nothing was changed. Free some disk space, then try again.")),
    ErrorCode.DB_FOLDER_UNWRITABLE: Msg(
        Text(id="Folder {path} tidak dapat ditulisi ({detail}); tidak ada yang diubah. Periksa "
                "izin folder atau pilih lokasi basis data lain.",
             en="Folder {path} cannot be written ({detail}); nothing was changed. Check the "
                "folder's permissions or choose another database location."),
        Text(id="Folder basis data tidak dapat ditulisi; tidak ada yang diubah. Periksa izin "
                "folder atau pilih lokasi lain.",
             en="The database folder cannot be written; nothing was changed. Check the "
                "folder's permissions or choose another location.")),
    ErrorCode.DB_IO_ERROR: Msg(
        Text(id="Disk gagal membaca atau menulis {path} (disk penuh, media dicabut, atau disk "
                "rusak); tidak ada yang diubah. Periksa ruang kosong dan disknya, lalu ulangi.",
             en="The disk failed to read or write {path} (disk full, medium removed, or a "
                "damaged disk); nothing was changed. Check the free space and the disk, then "
                "try again."),
        Text(id="Disk gagal membaca atau menulis basis data (disk penuh, media dicabut, atau "
                "disk rusak); tidak ada yang diubah. Periksa ruang kosong dan disknya, lalu "
                "ulangi.",
             en="The disk failed to read or write the database (disk full, medium removed, or "
                "a damaged disk); nothing was changed. Check the free space and the disk, then "
                "try again.")),
    ErrorCode.DB_BACKUP_FAILED: Msg(
        Text(id="Salinan cadangan sebelum pembaruan skema tidak dapat dibuat di {path} "
                "({detail}); basis data tidak diperbarui dan tidak diubah. Kosongkan ruang disk "
                "atau periksa izin folder, lalu buka lagi.",
             en="The backup copy before the schema upgrade cannot be made in {path} "
                "({detail}); the database was not upgraded and not changed. Free some disk "
                "space or check the folder's permissions, then open it again."),
        Text(id="Salinan cadangan sebelum pembaruan skema tidak dapat dibuat; basis data tidak "
                "diperbarui dan tidak diubah.",
             en="The backup copy before the schema upgrade cannot be made; the database was "
                "not upgraded and not changed.")),
    ErrorCode.RECORD_CHANGED: Msg(
        Text(id="Data pegawai {name} telah diubah di tempat lain sejak dibuka; perubahan ini "
                "tidak disimpan. Muat ulang datanya, lalu ulangi perubahan.",
             en="The data of pegawai {name} was changed elsewhere since it was opened; this "
                "change was not saved. Reload the data, then make the change again."),
        Text(id="Data ini telah diubah di tempat lain sejak dibuka; perubahan ini tidak "
                "disimpan. Muat ulang, lalu ulangi.",
             en="This data was changed elsewhere since it was opened; this change was not "
                "saved. Reload, then try again."),
        when=(
            ("actor", ANY_VALUE, Text(
                id="Data pegawai {name} telah diubah oleh {actor} sejak dibuka; perubahan ini "
                   "tidak disimpan. Muat ulang datanya, lalu ulangi perubahan.",
                en="The data of pegawai {name} was changed by {actor} since it was opened; "
                   "this change was not saved. Reload the data, then make the change again.")),
        )),
    # area: printing
    ErrorCode.DB_READ_ONLY: Msg(
        Text(id="Basis data {path} hanya dapat dibaca (berkas, folder atau medianya tidak dapat "
                "ditulis), sehingga perubahan tidak dapat disimpan; tidak ada yang diubah. "
                "Periksa izin berkas atau salin basis data ke folder yang dapat ditulis.",
             en="Database {path} can only be read (the file, its folder or its medium cannot "
                "be written), so changes cannot be saved; nothing was changed. Check the "
                "file's permissions or copy the database to a writable folder."),
        Text(id="Basis data hanya dapat dibaca, sehingga perubahan tidak dapat disimpan; tidak "
                "ada yang diubah.",
             en="The database can only be read, so changes cannot be saved; nothing was "
                "changed."),
        when=(
            ("action", "print", Text(
                id="Basis data {path} hanya dapat dibaca (berkas, folder atau medianya tidak "
                   "dapat ditulis), sehingga kode dokumen cetakan tidak dapat dicatat; tidak ada "
                   "PDF yang dibuat. Periksa izin berkas atau salin basis data ke folder yang "
                   "dapat ditulis.",
                en="Database {path} can only be read (the file, its folder or its medium "
                   "cannot be written), so the printed document codes cannot be recorded; no "
                   "PDF was made. Check the file's permissions or copy the database to a "
                   "writable folder.")),
        )),
}
