"""Error sentences of bukti dukung: files, the attachments store, verification (issue 11,
`services.evidence`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Params of the role refusals: `name` (the SKP's pegawai), `penilai`, `actor` ("Nama (NIP)").
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import ANY_VALUE, Msg, Text

EVIDENCE: dict[ErrorCode, Msg] = {
    ErrorCode.EVIDENCE_WRITER_REFUSED: Msg(
        Text(id="Rencana aksi, realisasi dan bukti dukung {name} hanya dapat diisi oleh pegawai "
                "itu sendiri, pejabat penilainya ({penilai}) atau pengelola kinerja; {actor} "
                "bukan salah satunya.",
             en="The action plans, results and evidence of {name} can only be entered by that "
                "employee, their appraiser ({penilai}) or a performance administrator; {actor} "
                "is none of them."),
        Text(id="Rencana aksi, realisasi dan bukti dukung hanya dapat diisi oleh pegawai itu "
                "sendiri, pejabat penilainya atau pengelola kinerja.",
             en="Action plans, results and evidence can only be entered by the employee, their "
                "appraiser or a performance administrator.")),
    ErrorCode.EVIDENCE_VERIFIER_REFUSED: Msg(
        Text(id="Bukti dukung {name} hanya dapat diterima atau ditolak oleh pejabat penilainya "
                "({penilai}); {actor} bukan pejabat penilainya.",
             en="The evidence of {name} can only be accepted or rejected by their appraiser "
                "({penilai}); {actor} is not their appraiser."),
        Text(id="Bukti dukung hanya dapat diterima atau ditolak oleh pejabat penilai pegawai.",
             en="Evidence can only be accepted or rejected by the employee's appraiser.")),
}

EVIDENCE.update({
    ErrorCode.EVIDENCE_NOT_FOUND: Msg(
        Text(id="Bukti dukung \"{value}\" tidak ditemukan.",
             en="Evidence \"{value}\" was not found."),
        Text(id="Bukti dukung tidak ditemukan.", en="The evidence was not found.")),
    ErrorCode.EVIDENCE_TOO_MANY_FILES: Msg(
        Text(id="Terlalu banyak berkas sekaligus: {count}; paling banyak {limit} berkas dalam "
                "satu kali penambahan.",
             en="Too many files at once: {count}; at most {limit} files can be added at a "
                "time."),
        Text(id="Terlalu banyak berkas sekaligus.", en="Too many files at once.")),
    ErrorCode.EVIDENCE_FILE_EMPTY: Msg(
        Text(id="Berkas {path} kosong (0 bait); bukti dukung harus berisi.",
             en="The file {path} is empty (0 bytes); evidence must have content."),
        Text(id="Berkas bukti dukung kosong.", en="The evidence file is empty.")),
    ErrorCode.EVIDENCE_FILE_UNREADABLE: Msg(
        Text(id="Berkas {path} tidak dapat dibaca ({detail}); periksa apakah berkas masih ada "
                "dan tidak sedang dikunci aplikasi lain.",
             en="The file {path} cannot be read ({detail}); check that it still exists and "
                "that no other program locks it."),
        Text(id="Berkas bukti dukung tidak dapat dibaca.",
             en="The evidence file cannot be read.")),
    ErrorCode.EVIDENCE_FILE_TOO_LARGE: Msg(
        Text(id="Berkas {path} terlalu besar: {size_bytes}; batas kantor {limit_bytes} "
                "(pengaturan evidence.max_size_mb).",
             en="The file {path} is too large: {size_bytes}; the office limit is {limit_bytes} "
                "(setting evidence.max_size_mb)."),
        Text(id="Berkas bukti dukung terlalu besar.", en="The evidence file is too large.")),
    ErrorCode.EVIDENCE_TYPE_UNSUPPORTED: Msg(
        Text(id="Berkas {path} bukan jenis yang diterima sebagai bukti dukung; jenis yang "
                "diterima: {allowed}.",
             en="The file {path} is not a type accepted as evidence; accepted types: "
                "{allowed}."),
        Text(id="Jenis berkas bukti dukung tidak didukung.",
             en="The evidence file type is not supported."),
        when=(("found", ANY_VALUE, Text(
            id="Nama berkas {path} tidak sesuai isinya ({found}); ganti nama berkas sesuai "
               "isinya. Jenis yang diterima: {allowed}.",
            en="The name of the file {path} does not match its content ({found}); rename the "
               "file to match its content. Accepted types: {allowed}.")),)),
    ErrorCode.EVIDENCE_RHK_NOT_IN_SKP: Msg(
        Text(id="RHK \"{value}\" bukan bagian dari SKP {name}.",
             en="RHK \"{value}\" is not part of the SKP of {name}."),
        Text(id="RHK itu bukan bagian dari SKP ini.", en="That RHK is not part of this SKP.")),
    ErrorCode.EVIDENCE_INDICATOR_NOT_IN_RHK: Msg(
        Text(id="Indikator \"{value}\" bukan indikator RHK \"{rhk}\".",
             en="Indicator \"{value}\" is not an indicator of RHK \"{rhk}\"."),
        Text(id="Indikator itu bukan indikator RHK ini.",
             en="That indicator is not an indicator of this RHK.")),
    ErrorCode.EVIDENCE_NOT_CURRENT: Msg(
        Text(id="Bukti dukung {value} sudah diganti versi yang lebih baru ({newer}); "
                "gunakan versi terbaru.",
             en="Evidence {value} has been replaced by a newer version ({newer}); use the "
                "newest version."),
        Text(id="Bukti dukung itu sudah diganti versi yang lebih baru.",
             en="That evidence has been replaced by a newer version.")),
    ErrorCode.EVIDENCE_ALREADY_ACCEPTED: Msg(
        Text(id="Bukti dukung \"{name}\" sudah diterima pejabat penilai dan tidak dapat "
                "diganti; tambahkan bukti dukung baru bila perlu.",
             en="The evidence \"{name}\" has been accepted by the appraiser and cannot be "
                "replaced; add new evidence if needed."),
        Text(id="Bukti dukung yang sudah diterima tidak dapat diganti.",
             en="Accepted evidence cannot be replaced.")),
    ErrorCode.EVIDENCE_REASON_REQUIRED: Msg(
        Text(id="Alasan wajib diisi untuk menolak bukti dukung.",
             en="A reason is required to reject evidence."),
        Text(id="Alasan wajib diisi untuk menolak bukti dukung.",
             en="A reason is required to reject evidence.")),
    ErrorCode.EVIDENCE_NOT_A_FILE: Msg(
        Text(id="Bukti dukung \"{name}\" adalah tautan atau rujukan, bukan berkas; tidak ada "
                "berkas untuk diekspor.",
             en="The evidence \"{name}\" is a link or reference, not a file; there is no file "
                "to export."),
        Text(id="Bukti dukung ini bukan berkas.", en="This evidence is not a file.")),
    ErrorCode.EVIDENCE_FILE_WAITING: Msg(
        Text(id="Berkas bukti dukung \"{name}\" belum ada di komputer ini (menunggu lampiran); "
                "berkas akan tiba bersama sinkronisasi berikutnya dari komputer pengirim.",
             en="The file of the evidence \"{name}\" is not on this computer yet (waiting for "
                "the attachment); it arrives with the next sync from the computer that sent "
                "it."),
        Text(id="Berkas bukti dukung belum ada (menunggu lampiran).",
             en="The evidence file is not here yet (waiting for the attachment).")),
    ErrorCode.EVIDENCE_FILE_TAMPERED: Msg(
        Text(id="Berkas bukti dukung \"{name}\" ({file}) sudah berubah atau rusak: isinya "
                "tidak sesuai sidik SHA-256 yang tercatat. Berkas tidak diekspor; jalankan "
                "skpdesk check.",
             en="The file of the evidence \"{name}\" ({file}) has changed or is damaged: its "
                "content does not match the recorded SHA-256. It was not exported; run "
                "skpdesk check."),
        Text(id="Berkas bukti dukung sudah berubah atau rusak.",
             en="The evidence file has changed or is damaged.")),
    ErrorCode.EVIDENCE_EXPORT_EXISTS: Msg(
        Text(id="Berkas {path} sudah ada; pilih nama lain atau izinkan menimpa (--overwrite).",
             en="The file {path} already exists; choose another name or allow overwriting "
                "(--overwrite)."),
        Text(id="Berkas keluaran sudah ada.", en="The output file already exists.")),
})
