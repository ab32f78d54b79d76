"""Staff files within bounds: duplicates reported once, a capped problem list, and limits on
rows, cells, line length and bytes (XLSX: unpacked parts, cells per row) with clear messages.

Most limits are exercised at their real value; the large ones (rows, bytes) are lowered with
monkeypatch on `file_limits` so the test stays small: the code reads them at call time.
"""

import csv
import io
import zipfile

import openpyxl
import pytest

from skpdesk.cli.messages import format_error
from skpdesk.domain.errors import DomainError, ErrorCode, ImportRejected
from skpdesk.services import file_limits as L
from skpdesk.services.staff_file_reading import COLUMNS
from skpdesk.services.staff_files import StaffFilesService
from skpdesk.services.staff_import_plan import ProblemList, reaches_cycle

NIP = "199001012015031003"
ROW = [NIP, "Budi Santoso", "", "S.Sos.", "PNS", "III/b", "Analis Kebijakan Ahli Pertama",
       "fungsional", "Ahli Pertama", "Sekretariat", "", ""]


def write_csv(path, rows, header=COLUMNS):
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def write_xlsx(path, rows, header=COLUMNS):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def files(office, db):
    return StaffFilesService(db, "test")


def refused(files, path) -> DomainError:
    with pytest.raises(DomainError) as info:
        files.import_file(path)
    return info.value


def people_count(db):
    with db.reader() as r:
        return r.people.count()


# --- duplicates and the problem list ---------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_many_rows_of_one_nip_are_one_problem_with_capped_rows(files, db, tmp_path, fmt):
    # Was: one problem per row, each listing every row (10,000 rows: 124 s and 4.1 GB).
    n = 3000
    write = write_csv if fmt == "csv" else write_xlsx
    err = refused(files, write(tmp_path / f"dup.{fmt}", [ROW] * n))
    assert isinstance(err, ImportRejected)
    (problem,) = err.problems
    assert (problem.row, problem.column, problem.error.code) == (2, "nip", ErrorCode.NIP_DUPLICATE)
    params = problem.error.params
    assert params["rows"] == list(range(2, 2 + L.MAX_LISTED_ROWS))
    assert params["times"] == n and params["more"] == n - L.MAX_LISTED_ROWS
    assert format_error(problem.error) == (
        f"NIP {NIP} muncul 3.000 kali di berkas (baris 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … (+2.990)).")
    assert people_count(db) == 0


def test_problems_beyond_the_cap_are_counted_not_listed(files, db, tmp_path):
    bad = [[f"1990010120150310{i % 90 + 10:02d}"[:18], "", *ROW[2:]] for i in range(450)]
    err = refused(files, write_csv(tmp_path / "a.csv", bad))
    assert isinstance(err, ImportRejected)
    assert len(err.problems) == L.MAX_PROBLEMS
    # 450 empty names, plus one duplicate problem per repeated NIP (90 distinct NIPs)
    assert err.params["count"] == 450 + 90
    assert err.omitted == 450 + 90 - L.MAX_PROBLEMS
    rows = [p.row for p in err.problems]
    assert rows == sorted(rows) and rows[0] == 2  # the first problems by row are the ones kept


def test_problem_list_keeps_the_earliest_by_row_and_column():
    problems = ProblemList(limit=3)
    for row, field in [(9, "nama"), (2, "unit"), (5, "nip"), (2, "nip"), (7, "nama")]:
        problems.add(row, DomainError(ErrorCode.FIELD_REQUIRED, field=field))
    rejected = problems.rejected()
    assert [(p.row, p.column) for p in rejected.problems] == [(2, "nip"), (2, "unit"), (5, "nip")]
    assert rejected.omitted == 2 and rejected.params["count"] == 5


def test_cycle_check_is_one_pass_over_a_long_chain():
    # A 100,000-deep chain of atasan with a loop at the top: every node reaches the loop.
    chain = {f"n{i}": f"n{i + 1}" for i in range(100_000)}
    chain["n100000"] = "n99990"
    assert all(reaches_cycle(chain).values())
    chain["n100000"] = None
    assert not any(reaches_cycle(chain).values())


# --- rows, cells, lines, bytes ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_row_limit(files, db, tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(L, "MAX_ROWS", 5)
    rows = [[f"19900101201503100{i}", f"Pegawai {i}", *ROW[2:]] for i in range(1, 8)]
    write = write_csv if fmt == "csv" else write_xlsx
    err = refused(files, write(tmp_path / f"a.{fmt}", rows))
    assert err.code is ErrorCode.FILE_TOO_MANY_ROWS and err.params["limit"] == 5
    if fmt == "csv":
        assert err.params["row"] == 7  # reading stops at the first row over the limit
    else:
        assert err.params["reason"] == "counted"  # counted in the XML before openpyxl reads it
    assert "lebih dari 5 baris data" in format_error(err)
    assert people_count(db) == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exactly_the_row_limit_is_accepted(files, tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(L, "MAX_ROWS", 5)
    rows = [[f"19900101201503100{i}", f"Pegawai {i}", *ROW[2:]] for i in range(1, 6)]
    write = write_csv if fmt == "csv" else write_xlsx
    assert files.import_file(write(tmp_path / f"a.{fmt}", rows)).created == 5


def _prefixed(src, dst):
    """The same workbook with the sheet's XML written with a namespace prefix (<x:row>, ...),
    as some producers do."""
    import re
    with zipfile.ZipFile(src) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    sheet = re.sub(rb"<(/?)(\w+)", rb"<\1x:\2", sheet).replace(b'xmlns="', b'xmlns:x="', 1)
    return _rezip(src, dst, {"xl/worksheets/sheet1.xml": sheet})


def test_xlsx_scan_understands_namespace_prefixes(files, tmp_path, monkeypatch):
    monkeypatch.setattr(L, "MAX_ROWS", 5)
    ok = [[f"19900101201503100{i}", f"Pegawai {i}", *ROW[2:]] for i in range(1, 6)]
    path = _prefixed(write_xlsx(tmp_path / "a.xlsx", ok), tmp_path / "p.xlsx")
    assert b"<x:row" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert files.import_file(path).created == 5
    too_many = ok + [["199001012015031007", "Pegawai 7", *ROW[2:]]]
    err = refused(files, _prefixed(write_xlsx(tmp_path / "b.xlsx", too_many), tmp_path / "q.xlsx"))
    assert err.code is ErrorCode.FILE_TOO_MANY_ROWS
    wide = _prefixed(write_xlsx(tmp_path / "c.xlsx", [ROW + ["x"] * L.MAX_XLSX_CELLS_PER_ROW]),
                     tmp_path / "r.xlsx")
    assert refused(files, wide).code is ErrorCode.FILE_ROW_TOO_WIDE


def test_file_size_is_checked_before_reading(files, tmp_path, monkeypatch):
    monkeypatch.setattr(L, "MAX_FILE_BYTES", 1024 * 1024)
    path = write_csv(tmp_path / "big.csv", [ROW] * 10_000)  # ~0.9 MB... plus padding
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n" * (1024 * 1024))
    err = refused(files, path)
    assert err.code is ErrorCode.FILE_TOO_LARGE
    assert err.params["limit_bytes"] == 1024 * 1024
    assert "paling besar 1,0 MB" in format_error(err)


def test_cell_longer_than_the_limit_is_named(files, tmp_path):
    long_name = "A" * (L.MAX_CELL_CHARS + 1)
    err = refused(files, write_csv(tmp_path / "a.csv", [ROW, [NIP[:-1] + "4", long_name, *ROW[2:]]]))
    assert err.code is ErrorCode.FILE_CELL_TOO_LONG
    assert (err.params["row"], err.params["column"]) == (3, "nama")
    limit = f"{L.MAX_CELL_CHARS:,}".replace(",", ".")
    assert format_error(err).endswith(
        f"sel di baris 3, kolom nama berisi {L.MAX_CELL_CHARS + 1} karakter; paling banyak {limit}.")


def test_too_many_columns_in_a_csv_row(files, tmp_path):
    err = refused(files, write_csv(tmp_path / "a.csv", [ROW + ["x"] * L.MAX_COLUMNS]))
    assert err.code is ErrorCode.FILE_ROW_TOO_WIDE
    assert err.params["row"] == 2 and err.params["reason"] == "columns"


def test_trailing_empty_cells_do_not_count_as_columns(files, tmp_path):
    report = files.import_file(write_csv(tmp_path / "a.csv", [ROW + [""] * (L.MAX_COLUMNS * 2)]))
    assert report.created == 1


def test_csv_line_longer_than_any_row_can_be(files, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(",".join(COLUMNS) + "\n" + "x" * (L.MAX_LINE_CHARS + 10) + "\n", encoding="utf-8")
    err = refused(files, path)
    assert err.code is ErrorCode.FILE_ROW_TOO_WIDE
    assert err.params["reason"] == "chars" and err.params["row"] == 2


def test_quoted_cell_spanning_many_lines_is_too_long_not_corrupt(files, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(",".join(COLUMNS) + "\n\"" + "x\n" * 100_000 + "\"\n", encoding="utf-8")
    err = refused(files, path)
    assert err.code is ErrorCode.FILE_CELL_TOO_LONG
    assert err.params["row"] == 2


def _rezip(src, dst, replace: dict[str, bytes]):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
    return dst


def test_xlsx_unpacked_size_is_checked_before_openpyxl(files, tmp_path, monkeypatch):
    # A "zip bomb": 1 MB of sheet XML padding compresses to almost nothing.
    monkeypatch.setattr(L, "MAX_XLSX_UNPACKED_BYTES", 512 * 1024)
    src = write_xlsx(tmp_path / "a.xlsx", [ROW])
    with zipfile.ZipFile(src) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    padded = sheet.replace(b"</worksheet>", b"<!--" + b" " * (1024 * 1024) + b"--></worksheet>")
    path = _rezip(src, tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": padded})
    assert path.stat().st_size < 64 * 1024
    err = refused(files, path)
    assert err.code is ErrorCode.FILE_TOO_LARGE and err.params["reason"] == "unpacked"
    assert "isi XLSX setelah dibuka" in format_error(err)


def test_xlsx_oversized_part_that_openpyxl_would_parse_whole(files, tmp_path, monkeypatch):
    # Shared strings and styles are parsed whole by openpyxl (only the sheet is streamed).
    monkeypatch.setattr(L, "MAX_XLSX_PART_BYTES", 64 * 1024)
    src = write_xlsx(tmp_path / "a.xlsx", [ROW])
    with zipfile.ZipFile(src) as z:
        styles = z.read("xl/styles.xml")
    big = styles.replace(b"</styleSheet>", b"<!--" + b"x" * (128 * 1024) + b"--></styleSheet>")
    err = refused(files, _rezip(src, tmp_path / "b.xlsx", {"xl/styles.xml": big}))
    assert err.code is ErrorCode.FILE_TOO_LARGE
    assert err.params["reason"] == "part" and err.params["part"] == "xl/styles.xml"


def test_xlsx_row_with_too_many_cells(files, tmp_path):
    wide = ROW + ["x"] * L.MAX_XLSX_CELLS_PER_ROW
    err = refused(files, write_xlsx(tmp_path / "a.xlsx", [ROW, wide]))
    assert err.code is ErrorCode.FILE_ROW_TOO_WIDE
    assert err.params["reason"] == "cells" and err.params["row"] == 3


def test_xlsx_cell_too_long(files, tmp_path):
    err = refused(files, write_xlsx(tmp_path / "a.xlsx",
                                    [[NIP, "B" * (L.MAX_CELL_CHARS + 5), *ROW[2:]]]))
    assert err.code is ErrorCode.FILE_CELL_TOO_LONG
    assert (err.params["row"], err.params["column"]) == (2, "nama")


def test_xlsx_extra_columns_are_still_ignored(files, tmp_path):
    header = COLUMNS + ["catatan"] * 3
    report = files.import_file(write_xlsx(tmp_path / "a.xlsx", [ROW + ["a", "b", "c"]], header=header))
    assert report.created == 1


def test_limits_leave_room_for_the_largest_office():
    # The limits are documented in README "Staff file format"; keep them consistent.
    assert L.MAX_ROWS >= 100_000
    assert L.MAX_FILE_BYTES >= L.MAX_ROWS * 250  # a CSV of MAX_ROWS typical rows fits
    assert L.MAX_CELL_CHARS > 500  # longer than the longest field (unit path)
    assert L.MAX_COLUMNS > len(COLUMNS)


def test_xlsx_only_the_first_sheet_is_counted(files, tmp_path, monkeypatch):
    # A long second sheet (a reference list) is never imported, so it is not held against the file.
    monkeypatch.setattr(L, "MAX_ROWS", 5)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(COLUMNS)
    ws.append(ROW)
    ref = wb.create_sheet("Referensi")
    for i in range(50):
        ref.append([f"baris {i}"] + ["x"] * 3)
    wb.save(tmp_path / "a.xlsx")
    assert files.import_file(tmp_path / "a.xlsx").created == 1
