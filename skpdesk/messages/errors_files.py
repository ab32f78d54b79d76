"""Error sentences about files read and written: staff files, logos, printed-document codes.

Indonesian and English, generated from the two former catalogues; part of the one catalogue of
`skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

FILES: dict[ErrorCode, Msg] = {
    # printed documents
    ErrorCode.PRINT_CODE_UNKNOWN: Msg(
        Text(id="{field} {value} tidak dikenal: tidak ada cetakan SKP dengan kode ini di basis "
                "data ini.",
             en="{field} {value} is not known: this database holds no printed SKP with this "
                "code."),
        Text(id="{field} tidak dikenal: tidak ada cetakan SKP dengan kode ini di basis data ini.",
             en="{field} is not known: this database holds no printed SKP with this code."),
        when=(
            ("reason", "format", Text(
                id="{field} \"{value}\" bukan kode dokumen SKP Desk (bentuknya SKP-XXXXX-XXXXX, "
                   "tertera di kaki setiap halaman cetakan).",
                en="{field} \"{value}\" is not an SKP Desk document code (it looks like "
                   "SKP-XXXXX-XXXXX and is printed in the footer of every page).")),
        )),
    # files and storage
    ErrorCode.IMPORT_INVALID: Msg(
        Text(id="Berkas pegawai ditolak: {count} masalah ditemukan; tidak ada data yang disimpan.",
             en="The staff file was refused: {count} problems found; nothing was saved."),
        Text(id="Berkas pegawai ditolak; tidak ada data yang disimpan.",
             en="The staff file was refused; nothing was saved.")),
    ErrorCode.FILE_NOT_FOUND: Msg(
        Text(id="{field} {path} tidak ditemukan.",
             en="{field} {path} was not found."),
        Text(id="{field} tidak ditemukan.",
             en="{field} was not found.")),
    ErrorCode.FILE_FORMAT_UNSUPPORTED: Msg(
        Text(id="Format berkas \"{value}\" tidak didukung; gunakan berkas {allowed}.",
             en="The file format \"{value}\" is not supported; use a {allowed} file."),
        Text(id="Format berkas tidak didukung; gunakan berkas .xlsx atau .csv.",
             en="The file format is not supported; use an .xlsx or .csv file.")),
    ErrorCode.FILE_UNREADABLE: Msg(
        Text(id="{field} {path} tidak dapat dibaca: {reason}.",
             en="{field} {path} cannot be read: {reason}."),
        Text(id="{field} tidak dapat dibaca.",
             en="{field} cannot be read.")),
    ErrorCode.FILE_UNWRITABLE: Msg(
        Text(id="{field} {path} tidak dapat ditulis ({detail}); periksa apakah folder ada dan "
                "berkas tidak sedang dibuka aplikasi lain.",
             en="{field} {path} cannot be written ({detail}); check that the folder exists and "
                "that no other program has the file open."),
        Text(id="{field} tidak dapat ditulis; periksa apakah folder ada dan berkas tidak sedang "
                "dibuka aplikasi lain.",
             en="{field} cannot be written; check that the folder exists and that no other "
                "program has the file open.")),
    ErrorCode.FILE_COLUMNS_MISSING: Msg(
        Text(id="Kolom wajib tidak ada di baris judul berkas: {missing}.",
             en="Required columns are missing from the file's header row: {missing}."),
        Text(id="Ada kolom wajib yang tidak ada di baris judul berkas (baris 1).",
             en="Some required columns are missing from the file's header row (row 1).")),
    # area: printing
    ErrorCode.LOGO_TOO_LARGE: Msg(
        Text(id="Berkas logo {value} terlalu besar: {size_kb} KB, paling besar {max_kb} KB.",
             en="The logo file {value} is too large: {size_kb} KB, at most {max_kb} KB."),
        Text(id="Berkas logo terlalu besar: paling besar 2 MB.",
             en="The logo file is too large: at most 2 MB.")),
    ErrorCode.LOGO_TOO_MANY_PIXELS: Msg(
        Text(id="Gambar logo {value} berukuran {width}×{height} piksel; paling besar "
                "{max_side}×{max_side} piksel (logo dicetak kecil, 1000 piksel sudah cukup).",
             en="The logo image {value} is {width}×{height} pixels; at most "
                "{max_side}×{max_side} pixels (the logo is printed small, 1000 pixels are "
                "enough)."),
        Text(id="Gambar logo terlalu besar ukurannya dalam piksel.",
             en="The logo image has too many pixels.")),
    ErrorCode.LOGO_NOT_AN_IMAGE: Msg(
        Text(id="Berkas logo {value} bukan gambar {format} yang utuh: isinya rusak atau berisi "
                "data lain ({detail}).",
             en="The logo file {value} is not a complete {format} image: it is damaged or "
                "holds other data ({detail})."),
        Text(id="Berkas logo bukan gambar PNG atau JPEG yang utuh: isinya rusak atau berisi data "
                "lain.",
             en="The logo file is not a complete PNG or JPEG image: it is damaged or holds "
                "other data.")),
    # input (issue 7: bad input)
    ErrorCode.FILE_TOO_LARGE: Msg(
        Text(id="{field} {path} terlalu besar: {size_bytes}; paling besar {limit_bytes}.",
             en="{field} {path} is too large: {size_bytes}; at most {limit_bytes}."),
        Text(id="{field} terlalu besar untuk diimpor.",
             en="{field} is too large to import."),
        when=(
            ("reason", "unpacked", Text(
                id="{field} {path} terlalu besar: isi XLSX setelah dibuka {size_bytes}; paling "
                   "besar {limit_bytes}.",
                en="{field} {path} is too large: the XLSX unpacks to {size_bytes}; at most "
                   "{limit_bytes}.")),
            ("reason", "part", Text(
                id="{field} {path} tidak wajar: bagian {part} di dalam XLSX berukuran "
                   "{size_bytes}; paling besar {limit_bytes}.",
                en="{field} {path} is not plausible: part {part} inside the XLSX is "
                   "{size_bytes}; at most {limit_bytes}.")),
            ("reason", "parts", Text(
                id="{field} {path} tidak wajar: XLSX berisi {count} bagian; paling banyak "
                   "{limit}.",
                en="{field} {path} is not plausible: the XLSX holds {count} parts; at most "
                   "{limit}.")),
        )),
    ErrorCode.FILE_TOO_MANY_ROWS: Msg(
        Text(id="{field} {path} berisi lebih dari {limit} baris data (terhenti di baris {row}); "
                "bagi berkas menjadi beberapa berkas.",
             en="{field} {path} holds more than {limit} data rows (stopped at row {row}); "
                "split it into several files."),
        Text(id="{field} berisi terlalu banyak baris data.",
             en="{field} holds too many data rows."),
        when=(
            ("reason", "sheet", Text(
                id="{field} {path}: lembar kerja melewati baris {limit}, batas Excel.",
                en="{field} {path}: the worksheet goes past row {limit}, Excel's limit.")),
            ("reason", "counted", Text(
                id="{field} {path} berisi lebih dari {limit} baris data; bagi berkas menjadi "
                   "beberapa berkas.",
                en="{field} {path} holds more than {limit} data rows; split it into several "
                   "files.")),
        )),
    ErrorCode.FILE_ROW_TOO_WIDE: Msg(
        Text(id="{field} {path}: baris {row} terlalu lebar.",
             en="{field} {path}: row {row} is too wide."),
        Text(id="{field}: ada baris yang terlalu lebar.",
             en="{field}: a row is too wide."),
        when=(
            ("reason", "columns", Text(
                id="{field} {path}: baris {row} berisi {count} kolom; paling banyak {limit}.",
                en="{field} {path}: row {row} has {count} columns; at most {limit}.")),
            ("reason", "chars", Text(
                id="{field} {path}: baris {row} lebih panjang dari {limit} karakter.",
                en="{field} {path}: row {row} is longer than {limit} characters.")),
            ("reason", "cells", Text(
                id="{field} {path}: baris ke-{row} lembar kerja berisi lebih dari {limit} sel.",
                en="{field} {path}: worksheet row no. {row} has more than {limit} cells.")),
        )),
    ErrorCode.FILE_CELL_TOO_LONG: Msg(
        Text(id="{field} {path}: sel di baris {row}, kolom {column} berisi {length} karakter; "
                "paling banyak {limit}.",
             en="{field} {path}: the cell in row {row}, column {column} holds {length} "
                "characters; at most {limit}."),
        Text(id="{field}: ada sel yang terlalu panjang.",
             en="{field}: a cell is too long."),
        when=(
            ("column", "", Text(
                id="{field} {path}: sel yang dimulai di baris {row} lebih panjang dari {limit} "
                   "karakter.",
                en="{field} {path}: the cell starting in row {row} is longer than {limit} "
                   "characters.")),
        )),
}
