"""Error sentences of scan-back of signed paper (issue 13, `services.paper.scans`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Params: `path` (the file as given), `detail` (what the reader said), `value` (a document code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

SCAN: dict[ErrorCode, Msg] = {
    ErrorCode.SCAN_FILE_UNSUPPORTED: Msg(
        Text(id="Berkas {path} bukan pindaian yang dapat dibaca; jenis yang diterima: PDF, "
                "JPEG, PNG, TIFF.",
             en="The file {path} is not a scan that can be read; accepted types: PDF, JPEG, "
                "PNG, TIFF."),
        Text(id="Berkas pindaian harus PDF, JPEG, PNG atau TIFF.",
             en="A scan must be a PDF, JPEG, PNG or TIFF file.")),
    ErrorCode.SCAN_FILE_UNREADABLE: Msg(
        Text(id="Berkas pindaian {path} tidak dapat dibaca ({detail}).",
             en="The scan {path} cannot be read ({detail})."),
        Text(id="Berkas pindaian tidak dapat dibaca.", en="The scan file cannot be read.")),
    ErrorCode.SCAN_FILE_TOO_LARGE: Msg(
        Text(id="Berkas pindaian {path} terlalu besar: {size_bytes} bita; batasnya "
                "{limit_bytes} bita.",
             en="The scan {path} is too large: {size_bytes} bytes; the limit is {limit_bytes} "
                "bytes."),
        Text(id="Berkas pindaian terlalu besar.", en="The scan file is too large.")),
    ErrorCode.SCAN_TOO_MANY_PAGES: Msg(
        Text(id="Pindaian terlalu banyak halaman: {pages}; batasnya {limit} halaman dalam satu "
                "impor ({path}).",
             en="The scans have too many pages: {pages}; the limit is {limit} pages in one "
                "import ({path})."),
        Text(id="Pindaian terlalu banyak halaman.", en="The scans have too many pages.")),
    ErrorCode.SCAN_TOO_MANY_FILES: Msg(
        Text(id="Terlalu banyak berkas dalam satu impor pindaian: {count}; batasnya {limit}.",
             en="Too many files in one scan import: {count}; the limit is {limit}."),
        Text(id="Terlalu banyak berkas dalam satu impor pindaian.",
             en="Too many files in one scan import.")),
    ErrorCode.SCAN_DATE_IN_FUTURE: Msg(
        Text(id="Tanggal pindaian {value} tidak boleh setelah hari ini.",
             en="The scan date {value} cannot be after today."),
        Text(id="Tanggal pindaian tidak boleh setelah hari ini.",
             en="The scan date cannot be after today.")),
    ErrorCode.SCAN_ACCEPT_NOT_IN_FILES: Msg(
        Text(id="Kode {value} yang diterima (--accept) tidak ada pada halaman pindaian mana pun.",
             en="The accepted code {value} (--accept) is on none of the scanned pages."),
        Text(id="Kode yang diterima tidak ada pada halaman pindaian.",
             en="The accepted code is on none of the scanned pages.")),
    ErrorCode.SCAN_NOT_FOUND: Msg(
        Text(id="Pindaian bertanda tangan \"{value}\" tidak ditemukan.",
             en="Signed scan \"{value}\" was not found."),
        Text(id="Pindaian bertanda tangan tidak ditemukan.", en="The signed scan was not found.")),
    ErrorCode.SCAN_FILE_MISSING: Msg(
        Text(id="Berkas pindaian {value} belum ada di komputer ini (menunggu sinkronisasi).",
             en="The scan file of {value} is not on this computer yet (waiting for sync)."),
        Text(id="Berkas pindaian belum ada di komputer ini.",
             en="The scan file is not on this computer yet.")),
    ErrorCode.SCAN_FILE_TAMPERED: Msg(
        Text(id="Berkas pindaian {value} telah berubah sejak diimpor dan tidak dibuka.",
             en="The scan file of {value} has changed since it was imported and is not opened."),
        Text(id="Berkas pindaian telah berubah sejak diimpor.",
             en="The scan file has changed since it was imported.")),
    ErrorCode.SCAN_OTHER_DOCUMENT: Msg(
        Text(id="Halaman berkas {path} membawa kode dokumen lain ({other}); berkas itu tidak "
                "dilampirkan ke {value}.",
             en="The pages of {path} carry another document's code ({other}); the file is not "
                "attached to {value}."),
        Text(id="Halaman berkas membawa kode dokumen lain; tidak dilampirkan.",
             en="The file's pages carry another document's code; not attached.")),
}
