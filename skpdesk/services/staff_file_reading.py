"""Reading a staff file (CSV or XLSX) into numbered rows, within the limits of `file_limits`.

Both formats are streamed: a CSV is decoded line by line, an XLSX is checked as a zip (part
count and unpacked sizes, cells per sheet row) before openpyxl parses it in read-only mode, and
reading stops at the first limit broken, with an error naming the limit. Memory therefore
stays proportional to the rows kept (at most `MAX_ROWS`), whatever the file holds.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator

from skpdesk.domain.errors import DomainError, ErrorCode

from . import file_limits as L
from .spreadsheet_cells import import_cell

COLUMNS = ["nip", "nama", "gelar_depan", "gelar_belakang", "jenis_asn", "golongan", "jabatan",
           "jenis_jabatan", "jenjang", "unit", "nip_atasan", "nip_atasan_penilai"]
CSV_DELIMITERS = (",", ";", "\t")

NumberedRows = list[tuple[int, dict[str, str]]]


def file_error(code: ErrorCode, path: Path, **params: Any) -> DomainError:
    return DomainError(code, field="file", value=str(path), **params)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # repr gives the digits Excel shows (15 significant): an 18-digit NIP typed as a number
        # comes back as "...000" and fails NIP_SEQUENCE instead of turning into another NIP.
        return str(int(Decimal(repr(value))))
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def read_table(path: Path, suffix: str) -> NumberedRows:
    """(file row number, {column: text}) per non-blank data row; the header is the first."""
    size = path.stat().st_size
    if size > L.MAX_FILE_BYTES:
        raise file_error(ErrorCode.FILE_TOO_LARGE, path, reason="bytes", size_bytes=size,
                         limit_bytes=L.MAX_FILE_BYTES)
    if suffix == ".csv":
        _check_utf8(path)
        return table_rows(_csv_rows(path), path)
    _check_xlsx_archive(path)
    return _xlsx_table(path)


def table_rows(raw: Iterable[tuple[int, list[str]]], path: Path) -> NumberedRows:
    """Map numbered raw rows to COLUMNS dicts; stop at the first limit broken."""
    header: list[str] | None = None
    index: dict[str, int] = {}
    rows: NumberedRows = []
    for n, cells in raw:
        if len(cells) > L.MAX_COLUMNS:
            used = len(cells)  # trailing empty cells (";;;;" from a spreadsheet) do not count
            while used and not cells[used - 1].strip():
                used -= 1
            if used > L.MAX_COLUMNS:
                raise file_error(ErrorCode.FILE_ROW_TOO_WIDE, path, row=n, reason="columns",
                                 limit=L.MAX_COLUMNS, count=used)
            cells = cells[:used]
        for i, cell in enumerate(cells):
            if len(cell) > L.MAX_CELL_CHARS:
                column = header[i] if header is not None and i < len(header) else _letter(i)
                raise file_error(ErrorCode.FILE_CELL_TOO_LONG, path, row=n, column=column,
                                 length=len(cell), limit=L.MAX_CELL_CHARS)
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip().lower() for c in cells]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise DomainError(ErrorCode.FILE_COLUMNS_MISSING, field="header", missing=missing)
            index = {c: header.index(c) for c in COLUMNS}
            continue
        if len(rows) >= L.MAX_ROWS:
            raise file_error(ErrorCode.FILE_TOO_MANY_ROWS, path, row=n, limit=L.MAX_ROWS)
        rows.append((n, {c: (import_cell(cells[i].strip()) if i < len(cells) else "")
                         for c, i in index.items()}))
    if header is None:
        raise DomainError(ErrorCode.FILE_COLUMNS_MISSING, field="header", missing=COLUMNS)
    return rows


def _letter(i: int) -> str:
    name, i = "", i + 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


# --- CSV


def _lines(f, path: Path) -> Iterator[str]:
    """The file's physical lines, refusing one longer than any valid row can be."""
    number = 0
    while True:
        line = f.readline(L.MAX_LINE_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > L.MAX_LINE_CHARS:
            raise file_error(ErrorCode.FILE_ROW_TOO_WIDE, path, row=number, reason="chars",
                             limit=L.MAX_LINE_CHARS)
        yield line


def _check_utf8(path: Path) -> None:
    """Decode the whole file once, in chunks, before reading rows: an encoding problem (a file
    saved as ANSI instead of "CSV UTF-8") is the first thing to say, wherever it occurs."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError as err:
        raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="encoding") from err


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        with open(path, encoding="utf-8-sig", errors="strict", newline="") as f:
            lines = _lines(f, path)
            first: list[str] = []
            for line in lines:  # the delimiter is the one the first non-blank line uses most
                first.append(line)
                if line.strip():
                    break
            delimiter = max(CSV_DELIMITERS, key=(first[-1] if first else "").count)  # ties keep ","

            def chained() -> Iterator[str]:
                yield from first
                yield from lines

            reader = csv.reader(chained(), delimiter=delimiter)
            line = 1
            try:
                for cells in reader:
                    yield line, cells  # number of the line the record starts on
                    line = reader.line_num + 1
            except csv.Error as err:
                if "field larger than field limit" in str(err):
                    raise file_error(ErrorCode.FILE_CELL_TOO_LONG, path, row=line, column="",
                                     limit=L.MAX_CELL_CHARS) from err
                raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt",
                                 detail=str(err)) from err
    except UnicodeDecodeError as err:
        raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="encoding") from err


# --- XLSX

# A <row> start tag, with or without a namespace prefix (e.g. <x:row>): group 1 is the prefix.
_ROW_TAG = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?row[\s/>]")
_SCAN_CHUNK = 1 << 20


def _first_sheet_part(zf: zipfile.ZipFile) -> str | None:
    """The zip path of the workbook's first sheet (the one imported), or None if unclear.

    Other sheets (a "Petunjuk" page, a long reference list) are never parsed, so only this one
    is scanned. Both parts read here are small and within MAX_XLSX_PART_BYTES.
    """
    import posixpath
    import xml.etree.ElementTree as ET
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        sheet = next(el for el in book.iter() if el.tag.endswith("}sheet"))
        rid = sheet.get(rel_ns + "id")
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
        target = next(el.get("Target") for el in rels.iter()
                      if el.tag.endswith("}Relationship") and el.get("Id") == rid)
    except (KeyError, StopIteration, ET.ParseError):
        return None
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)


def _check_xlsx_archive(path: Path) -> None:
    """Refuse a zip whose parts would unpack beyond the limits, before openpyxl opens it."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > L.MAX_XLSX_PARTS:
                raise file_error(ErrorCode.FILE_TOO_LARGE, path, reason="parts", count=len(infos),
                                 limit=L.MAX_XLSX_PARTS)
            total = sum(i.file_size for i in infos)
            if total > L.MAX_XLSX_UNPACKED_BYTES:
                raise file_error(ErrorCode.FILE_TOO_LARGE, path, reason="unpacked",
                                 size_bytes=total, limit_bytes=L.MAX_XLSX_UNPACKED_BYTES)
            for info in infos:
                sheet = info.filename.startswith("xl/worksheets/")
                if not sheet and info.file_size > L.MAX_XLSX_PART_BYTES:
                    raise file_error(ErrorCode.FILE_TOO_LARGE, path, reason="part",
                                     part=info.filename, size_bytes=info.file_size,
                                     limit_bytes=L.MAX_XLSX_PART_BYTES)
            first = _first_sheet_part(zf)
            for info in infos:
                if info.filename == first or (first is None and info.filename.startswith(
                        "xl/worksheets/") and info.filename.endswith(".xml")):
                    _scan_sheet(zf, info, path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError,
            RuntimeError, ValueError) as err:
        # e.g. not a zip, a bad CRC, an encrypted or unsupported compression method
        raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt", detail=repr(err)) from err


class _SheetScan:
    """Counts, in the sheet's XML bytes, the cells of each <row> and the rows that hold a value,
    so a row too wide or a sheet with too many rows is refused before openpyxl parses it
    (it builds each row whole in memory, and would read 100,000 rows before the row limit)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.row = 0  # ordinal of the open <row> element
        self.cells = 0
        self.valued = False
        self.valued_rows = 0
        self.tags: tuple[re.Pattern, tuple[bytes, ...], tuple[bytes, ...]] | None = None

    def learn_prefix(self, prefix: bytes) -> None:
        p = prefix + b":" if prefix else b""
        self.tags = (re.compile(b"<" + re.escape(p) + rb"row[\s/>]"),
                     (b"<" + p + b"c ", b"<" + p + b"c>", b"<" + p + b"c/>"),
                     (b"<" + p + b"v>", b"<" + p + b"is>"))

    def piece(self, data: bytes, start: int, end: int) -> None:
        """Count a stretch of the open row."""
        if not self.row or start >= end or self.tags is None:
            return
        _, cell_tags, value_tags = self.tags
        self.cells += sum(data.count(t, start, end) for t in cell_tags)
        if not self.valued:
            self.valued = any(data.find(t, start, end) >= 0 for t in value_tags)
        if self.cells > L.MAX_XLSX_CELLS_PER_ROW:
            raise file_error(ErrorCode.FILE_ROW_TOO_WIDE, self.path, row=self.row,
                             reason="cells", limit=L.MAX_XLSX_CELLS_PER_ROW)

    def close_row(self) -> None:
        if self.row and self.valued:
            self.valued_rows += 1
            if self.valued_rows > L.MAX_ROWS + 1:  # the header and MAX_ROWS data rows
                raise file_error(ErrorCode.FILE_TOO_MANY_ROWS, self.path, reason="counted",
                                 limit=L.MAX_ROWS)
        self.cells, self.valued = 0, False

    def feed(self, data: bytes, end: int) -> None:
        if self.tags is None:
            first = _ROW_TAG.search(data, 0, end)
            if first is None:
                return
            self.learn_prefix(first.group(1) or b"")
        assert self.tags is not None
        pos = 0
        for match in self.tags[0].finditer(data, 0, end):
            self.piece(data, pos, match.start())
            self.close_row()
            self.row += 1
            pos = match.start()
        self.piece(data, pos, end)


def _scan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    scan = _SheetScan(path)
    tail = b""
    with zf.open(info) as f:
        while True:
            chunk = f.read(_SCAN_CHUNK)
            data = tail + chunk
            # Stop before a tag the chunk may have cut ("<c" | " r=..."): from the last "<" if it
            # is near the end. Everything before it is counted now, the rest with the next chunk.
            last = data.rfind(b"<")
            end = last if chunk and last >= len(data) - 64 else len(data)
            scan.feed(data, end)
            tail = data[end:]
            if not chunk:
                scan.close_row()
                return


def _xlsx_table(path: Path) -> NumberedRows:
    import openpyxl  # on first use: the GUI should not pay for it at start-up
    # openpyxl raises many kinds of errors on a damaged file; all mean "unreadable" here.
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001
        raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt", detail=repr(err)) from err
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # some writers store a wrong <dimension>; read what is there

        def texts(cells) -> list[str]:
            out = [cell_text(v) for v in cells]
            while out and not out[-1]:
                out.pop()
            return out

        def raw() -> Iterator[tuple[int, list[str]]]:
            # The header: the first non-blank row, read one column past the limit (a value
            # there means the row is too wide).
            header_row, header = 0, []
            for n, cells in enumerate(ws.iter_rows(values_only=True, max_col=L.MAX_COLUMNS + 1),
                                      start=1):
                if n > L.MAX_XLSX_ROW_NUMBER:
                    break
                header = texts(cells)
                if any(header):
                    header_row = n
                    break
            if not header_row:
                return
            yield header_row, header
            # Data rows only up to the last column the import uses: extra columns are ignored,
            # and openpyxl pads every row to max_col, which would cost time on every row.
            lowered = [h.strip().lower() for h in header]
            width = max((lowered.index(c) + 1 for c in COLUMNS if c in lowered), default=1)
            for n, cells in enumerate(ws.iter_rows(min_row=header_row + 1, max_col=width,
                                                   values_only=True), start=header_row + 1):
                if n > L.MAX_XLSX_ROW_NUMBER:
                    raise file_error(ErrorCode.FILE_TOO_MANY_ROWS, path, row=n,
                                     limit=L.MAX_XLSX_ROW_NUMBER, reason="sheet")
                if any(v is not None and v != "" for v in cells):
                    yield n, texts(cells)

        return table_rows(raw(), path)
    except DomainError:
        raise
    except Exception as err:  # noqa: BLE001
        raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt", detail=repr(err)) from err
    finally:
        wb.close()

