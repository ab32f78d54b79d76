"""Staff files: CSV/XLSX import (all or nothing), export round trip, template."""

import csv
import io
import zipfile

import openpyxl
import pytest

from skpdesk.cli.messages import format_error
from skpdesk.domain.errors import DomainError, ErrorCode, ImportRejected
from skpdesk.domain.people import PegawaiInput
from skpdesk.services import staff_files
from skpdesk.services.context import Services
from skpdesk.services.staff_files import COLUMNS, TEMPLATE_EXAMPLE, StaffFilesService, cell_text
from skpdesk.storage.database import Database

KADIS = "197001012000031001"
SEKRETARIS = "197505102001121002"
KASUBBAG = "198002202005012001"
STAFF = "199001012015031003"
PPPK = "199105252023211031"

HEADER = COLUMNS
ROWS = [
    # nip, nama, gelar_depan, gelar_belakang, jenis_asn, golongan, jabatan, jenis_jabatan, jenjang,
    # unit, nip_atasan, nip_atasan_penilai
    ["", "Bupati Contoh", "", "", "NON_ASN", "", "Bupati", "jpt", "", "Pemerintah Daerah", "", ""],
    [KADIS, "Ahmad Fauzi", "Dr.", "M.Si.", "PNS", "IV/c", "Kepala Dinas", "jpt", "", "Pimpinan",
     "Bupati Contoh", ""],
    [SEKRETARIS, "Siti Aminah", "", "S.Kom., M.T.", "PNS", "IV/a", "Sekretaris", "administrator", "",
     "Sekretariat", KADIS, ""],
    [KASUBBAG, "Rina Wati", "", "S.E.", "PNS", "III/d", "Kepala Subbagian Umum", "pengawas", "",
     "Sekretariat/Subbagian Umum", SEKRETARIS, ""],
    [STAFF, "Budi Santoso", "", "S.Sos.", "PNS", "III/b", "Analis Kebijakan Ahli Pertama",
     "fungsional", "Ahli Pertama", "Sekretariat/Subbagian Umum", KASUBBAG, KADIS],
    [PPPK, "Dewi Lestari", "", "A.Md.", "PPPK", "IX", "Pranata Komputer Mahir", "fungsional",
     "Mahir", "Sekretariat/Subbagian Umum/Tim TI", KASUBBAG, ""],
]


def write_csv(path, rows, header=HEADER, delimiter=",", bom=False):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path


def write_xlsx(path, rows, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def row(key, **changes):
    """A copy of the ROWS entry whose NIP is `key`, with some columns changed."""
    base = next(r for r in ROWS if r[0] == key)
    values = dict(zip(COLUMNS, base))
    values.update(changes)
    return [values[c] for c in COLUMNS]


@pytest.fixture
def files(office, db):
    return StaffFilesService(db, "test")


def snapshot(db):
    with db.reader() as r:
        return r.people.count(), r.journal.count()


def staff_data(services):
    by_id = {p.id: p for p in services.staff.list()}
    return sorted((p.nip or "", p.name, p.front_title, p.back_title, p.asn_type.value, p.rank_code,
                   p.position, p.position_kind.value, p.jenjang, p.unit_path, p.supervisor_nip,
                   p.supervisor_name,
                   by_id[p.appraiser_override_id].nip if p.appraiser_override_id else None)
                  for p in by_id.values())


def rejected(files, db, path):
    before = snapshot(db)
    with pytest.raises(ImportRejected) as info:
        files.import_file(path)
    assert snapshot(db) == before
    return [(p.row, p.column, p.error.code) for p in info.value.problems]


# --- valid imports ------------------------------------------------------------


@pytest.mark.parametrize("delimiter,bom", [(",", False), (";", True), ("\t", False)])
def test_csv_import_creates_staff_units_and_supervisors(files, office, db, tmp_path, delimiter, bom):
    report = files.import_file(write_csv(tmp_path / "pegawai.csv", ROWS, delimiter=delimiter, bom=bom))
    assert (report.created, report.updated, report.unchanged, report.rows) == (6, 0, 0, 6)
    assert report.changes.affects("pegawai")
    staff = office.staff.by_nip(STAFF)
    assert (staff.name, staff.back_title, staff.rank_code, staff.jenjang) == (
        "Budi Santoso", "S.Sos.", "III/b", "Ahli Pertama")
    assert staff.unit_path == "Sekretariat/Subbagian Umum"
    assert staff.supervisor_nip == KASUBBAG
    assert office.staff.appraiser_of(staff).nip == KADIS
    kadis = office.staff.by_nip(KADIS)
    assert kadis.supervisor_name == "Bupati Contoh"  # NIP-less NON_ASN atasan named in nip_atasan
    assert office.staff.by_nip(PPPK).rank_code == "IX"
    paths = {u.path for u in office.office.units()}
    assert {"Sekretariat", "Sekretariat/Subbagian Umum", "Sekretariat/Subbagian Umum/Tim TI"} <= paths
    with db.reader() as r:
        assert r.journal.unjournaled_rows() == []


def test_row_order_does_not_matter(files, office, tmp_path):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    fresh_db = Database(tmp_path / "fresh" / "skpdesk.sqlite")
    try:
        fresh = Services.build(fresh_db, "test")
        fresh.office.init_office("Dinas Lain", "Wonosari")
        # Every atasan now comes after the rows that name it.
        StaffFilesService(fresh_db, "test").import_file(write_csv(tmp_path / "b.csv", ROWS[::-1]))
        assert staff_data(fresh) == staff_data(office)
    finally:
        fresh_db.close()


def test_nested_unit_path_is_created_level_by_level(files, office, tmp_path):
    rows = [row(SEKRETARIS, unit=" Sekretariat / Bagian Umum / Subbagian Kepegawaian ", nip_atasan="")]
    files.import_file(write_csv(tmp_path / "a.csv", rows))
    units = {u.path: u for u in office.office.units()}
    leaf = units["Sekretariat/Bagian Umum/Subbagian Kepegawaian"]
    assert units[leaf.path].parent_id == units["Sekretariat/Bagian Umum"].id
    assert units["Sekretariat/Bagian Umum"].parent_id == units["Sekretariat"].id
    assert office.staff.by_nip(SEKRETARIS).unit_path == leaf.path


def test_xlsx_import_with_nip_as_number_cell(files, office, tmp_path):
    path = write_xlsx(tmp_path / "pegawai.xlsx", ROWS)
    # openpyxl (like Excel) writes numbers with 15 digits; write the exact integer some tools store.
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    cell = f'<c r="A5" t="inlineStr"><is><t>{KASUBBAG}</t></is></c>'
    assert cell in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        cell, f'<c r="A5" t="n"><v>{KASUBBAG}</v></c>').encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    rows = files.read_rows(path)
    assert rows[3]["nip"] == KASUBBAG
    report = files.import_file(path)
    assert report.created == 6
    assert office.staff.by_nip(STAFF).supervisor_nip == KASUBBAG


def test_cell_text_drops_float_artifacts():
    assert cell_text(12.0) == "12"
    assert cell_text(int(KADIS)) == KADIS
    # Excel keeps 15 digits: the NIP comes back as 18 digits ending in 000, never as 1.97E+17.
    assert cell_text(float(KADIS)) == "197001012000031000"
    assert cell_text(None) == "" and cell_text("  x ") == "x"


def test_nip_cut_by_excel_is_rejected(files, db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [row(SEKRETARIS, nip=float(SEKRETARIS), nip_atasan="")])
    assert rejected(files, db, path) == [(2, "nip", ErrorCode.NIP_SEQUENCE)]


def test_read_rows_header_case_extra_columns_blank_rows_and_row_numbers(files, tmp_path):
    header = [" NIP ", "Nama", "catatan"] + [c.upper() for c in COLUMNS[2:]]
    data = [[KADIS, "Ahmad", "abaikan"] + ROWS[1][2:], [""] * 13, [SEKRETARIS, "Siti", ""] + ROWS[2][2:]]
    path = write_csv(tmp_path / "a.csv", data, header=header, bom=True)
    numbered = files.read_numbered_rows(path)
    assert [n for n, _ in numbered] == [2, 4]
    assert list(numbered[0][1]) == COLUMNS
    assert numbered[1][1]["nip"] == SEKRETARIS and numbered[1][1]["nama"] == "Siti"
    assert files.read_rows(path) == [r for _, r in numbered]


# --- template -------------------------------------------------------------------


def test_template_has_header_example_and_guide_and_the_example_imports(files, office, tmp_path):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "templat.xlsx"
    files.write_template(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == COLUMNS
    assert all(c.font.bold for c in ws[1])
    assert [c.value or "" for c in ws[2]] == [TEMPLATE_EXAMPLE[c] for c in COLUMNS]
    assert ws.max_row == 2
    guide = wb["Petunjuk"]
    described = {r[0].value: r[1].value for r in guide.iter_rows(min_row=2) if r[0].value}
    assert set(described) == set(COLUMNS)
    assert "Ahli Muda" in described["jenjang"] and "III/a" in described["golongan"]
    report = files.import_file(path)
    assert (report.created, report.rows) == (1, 1)
    assert office.staff.by_nip(TEMPLATE_EXAMPLE["nip"]).unit_path == "Sekretariat/Subbagian Umum"
    assert list(path.parent.iterdir()) == [path]  # no temp file left behind


def test_template_only_as_xlsx(files, tmp_path):
    with pytest.raises(DomainError) as info:
        files.write_template(tmp_path / "templat.csv")
    assert info.value.code is ErrorCode.FILE_FORMAT_UNSUPPORTED
    assert not (tmp_path / "templat.csv").exists()


# --- rejections: right row/column/code, nothing written -----------------------------------


def test_bad_nip_structure(files, db, tmp_path):
    rows = [row(SEKRETARIS, nip_atasan=""), row(KASUBBAG, nip="198002202005012000")]
    # Row 3's NIP is broken; row 4 still finds it as atasan (no extra noise).
    rows.append(row(STAFF, nip_atasan="198002202005012000", nip_atasan_penilai=""))
    assert rejected(files, db, write_csv(tmp_path / "a.csv", rows)) == [(3, "nip", ErrorCode.NIP_SEQUENCE)]


def test_duplicate_nip_in_file(files, db, tmp_path):
    # One problem per duplicated NIP, on its first row, listing every row it is on.
    rows = [row(SEKRETARIS, nip_atasan=""), row(KASUBBAG), row(SEKRETARIS, nama="Siti A", nip_atasan="")]
    with pytest.raises(ImportRejected) as info:
        files.import_file(write_csv(tmp_path / "a.csv", rows))
    (problem,) = info.value.problems
    assert (problem.row, problem.column, problem.error.code) == (2, "nip", ErrorCode.NIP_DUPLICATE)
    assert problem.error.params["rows"] == [2, 4] and problem.error.params["times"] == 2
    assert format_error(problem.error) == (
        f"NIP {SEKRETARIS} muncul 2 kali di berkas (baris 2, 4).")


def test_duplicate_nipless_name_in_file(files, db, tmp_path):
    rows = [ROWS[0], ROWS[0]]
    assert rejected(files, db, write_csv(tmp_path / "a.csv", rows)) == [
        (2, "nama", ErrorCode.NIP_DUPLICATE)]


def test_unknown_atasan_and_penilai(files, db, tmp_path):
    rows = [row(STAFF, nip_atasan="196001011990031999", nip_atasan_penilai="Siapa")]
    assert rejected(files, db, write_csv(tmp_path / "a.csv", rows)) == [
        (2, "nip_atasan", ErrorCode.SUPERVISOR_NOT_FOUND),
        (2, "nip_atasan_penilai", ErrorCode.SUPERVISOR_NOT_FOUND)]


def test_own_nip_as_atasan(files, db, tmp_path):
    rows = [row(SEKRETARIS, nip_atasan=SEKRETARIS)]
    assert rejected(files, db, write_csv(tmp_path / "a.csv", rows)) == [
        (2, "nip_atasan", ErrorCode.SUPERVISOR_SELF)]


def test_cycle_within_file(files, db, tmp_path):
    rows = [row(KADIS, nip_atasan=""), row(SEKRETARIS, nip_atasan=KASUBBAG), row(KASUBBAG)]
    problems = rejected(files, db, write_csv(tmp_path / "a.csv", rows))
    assert problems == [(3, "nip_atasan", ErrorCode.SUPERVISOR_CYCLE),
                        (4, "nip_atasan", ErrorCode.SUPERVISOR_CYCLE)]


def test_cycle_through_pegawai_already_in_database(files, db, tmp_path):
    files.import_file(write_csv(tmp_path / "first.csv", [row(SEKRETARIS, nip_atasan=""), row(KASUBBAG)]))
    # Kasubbag (in the DB, not in this file) reports to Sekretaris; now Sekretaris reports to Kasubbag.
    path = write_csv(tmp_path / "second.csv", [row(SEKRETARIS, nip_atasan=KASUBBAG)])
    before = snapshot(db)
    with pytest.raises(ImportRejected) as info:
        files.import_file(path)
    assert snapshot(db) == before
    [problem] = info.value.problems
    assert (problem.row, problem.column, problem.error.code) == (2, "nip_atasan", ErrorCode.SUPERVISOR_CYCLE)
    assert problem.error.params["cycle"] == [SEKRETARIS, KASUBBAG]


def test_file_can_break_a_chain_the_database_would_close(files, office, tmp_path):
    # The final graph counts: reversing A->B in the same file that sets B->A is not a cycle.
    files.import_file(write_csv(tmp_path / "first.csv", [row(SEKRETARIS, nip_atasan=""), row(KASUBBAG)]))
    rows = [row(SEKRETARIS, nip_atasan=KASUBBAG), row(KASUBBAG, nip_atasan="")]
    report = files.import_file(write_csv(tmp_path / "second.csv", rows))
    assert report.updated == 2
    assert office.staff.by_nip(SEKRETARIS).supervisor_nip == KASUBBAG


@pytest.mark.parametrize("column,value,code", [
    ("golongan", "III/z", ErrorCode.RANK_UNKNOWN),
    ("nama", "  ", ErrorCode.FIELD_REQUIRED),
    ("jabatan", "", ErrorCode.FIELD_REQUIRED),
    ("unit", "", ErrorCode.FIELD_REQUIRED),
    ("unit", " / ", ErrorCode.FIELD_REQUIRED),
    ("jenjang", "", ErrorCode.FIELD_REQUIRED),
    ("jenis_asn", "honorer", ErrorCode.FIELD_INVALID_CHOICE),
])
def test_field_rules(files, db, tmp_path, column, value, code):
    rows = [row(SEKRETARIS, nip_atasan=""), row(STAFF, nip_atasan=SEKRETARIS, nip_atasan_penilai="",
                                                **{column: value})]
    assert rejected(files, db, write_csv(tmp_path / "a.csv", rows)) == [(3, column, code)]


def test_every_problem_is_reported_sorted_by_row(files, db, tmp_path):
    rows = [row(STAFF, golongan="V/a", nip_atasan="", nip_atasan_penilai=""),
            row(SEKRETARIS, nama="", jabatan="", nip_atasan="")]
    assert rejected(files, db, write_csv(tmp_path / "a.csv", rows)) == [
        (2, "golongan", ErrorCode.RANK_UNKNOWN), (3, "nama", ErrorCode.FIELD_REQUIRED),
        (3, "jabatan", ErrorCode.FIELD_REQUIRED)]


def test_failure_while_writing_rolls_everything_back(files, db, tmp_path, monkeypatch):
    # The 4th row fails after three pegawai and their units were added in the same transaction.
    monkeypatch.setattr(staff_files, "row_fields", _wrap(staff_files.row_fields, fail_at=4))
    before = snapshot(db)
    with pytest.raises(RuntimeError):
        files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    assert snapshot(db) == before
    with db.reader() as r:
        assert r.office.units() == []


def _wrap(fn, fail_at):
    calls = []

    def wrapped(*args):
        calls.append(args)
        if len(calls) == fail_at:
            raise RuntimeError("disk full")
        return fn(*args)
    return wrapped


def test_missing_column(files, db, tmp_path):
    header = [c for c in COLUMNS if c not in ("jabatan", "nip_atasan_penilai")]
    path = write_csv(tmp_path / "a.csv", [], header=header)
    before = snapshot(db)
    with pytest.raises(DomainError) as info:
        files.import_file(path)
    assert info.value.code is ErrorCode.FILE_COLUMNS_MISSING
    assert info.value.params == {"field": "header", "missing": ["jabatan", "nip_atasan_penilai"]}
    assert snapshot(db) == before


@pytest.mark.parametrize("name,content,code", [
    ("a.xls", b"x", ErrorCode.FILE_FORMAT_UNSUPPORTED),
    ("a.txt", b"x", ErrorCode.FILE_FORMAT_UNSUPPORTED),
    ("absent.csv", None, ErrorCode.FILE_NOT_FOUND),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", ErrorCode.FILE_UNREADABLE),
    ("latin1.csv", "nip,nama\n1,Ren\xe9\n".encode("latin-1"), ErrorCode.FILE_UNREADABLE),
])
def test_file_errors(files, db, tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = snapshot(db)
    with pytest.raises(DomainError) as info:
        files.import_file(path)
    assert info.value.code is code
    assert info.value.params["field"] == "file"
    assert snapshot(db) == before


def test_office_required(services, db, tmp_path):
    with pytest.raises(DomainError) as info:
        StaffFilesService(db, "test").import_file(write_csv(tmp_path / "a.csv", ROWS))
    assert info.value.code is ErrorCode.OFFICE_MISSING


# --- re-import, updates, no deletes -------------------------------------------------


def test_reimport_changes_nothing(files, db, tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    files.import_file(path)
    before = snapshot(db)
    report = files.import_file(path)
    assert (report.created, report.updated, report.unchanged, report.rows) == (0, 0, 6, 6)
    assert not report.changes
    assert snapshot(db) == before


def test_changed_row_updates_by_nip(files, office, db, tmp_path):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    staff_id = office.staff.by_nip(STAFF).id
    changed = [r if r[0] != STAFF else row(STAFF, golongan="III/c", nip_atasan=SEKRETARIS) for r in ROWS]
    report = files.import_file(write_csv(tmp_path / "b.csv", changed))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 5)
    staff = office.staff.by_nip(STAFF)
    assert staff.id == staff_id and staff.rank_code == "III/c" and staff.supervisor_nip == SEKRETARIS
    with db.reader() as r:
        updates = [e for e in r.journal.for_entity(staff_id) if e.op == "update"]
    fields = {k: v for e in updates for k, v in e.fields.items()}
    assert fields["rank_code"] == ["III/b", "III/c"]
    assert "supervisor_id" in fields


def test_nipless_non_asn_matched_by_name(files, office, tmp_path):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    changed = [row("", jabatan="Bupati Contoh Periode 2025-2030")]
    report = files.import_file(write_csv(tmp_path / "b.csv", changed))
    assert (report.created, report.updated) == (0, 1)
    [bupati] = office.staff.list(search="Bupati Contoh")
    assert bupati.position == "Bupati Contoh Periode 2025-2030"


def test_nipless_name_shared_by_two_pegawai_in_database_is_ambiguous(files, office, db, tmp_path):
    for _ in range(2):
        office.staff.add(PegawaiInput(name="Bupati Contoh", asn_type="NON_ASN", position="Bupati",
                                      position_kind="jpt", unit_path="Pemerintah Daerah"))
    assert rejected(files, db, write_csv(tmp_path / "a.csv", [ROWS[0]])) == [
        (2, "nama", ErrorCode.NIP_DUPLICATE)]


def test_nobody_deleted_when_a_later_file_omits_them(files, office, tmp_path):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    report = files.import_file(write_csv(tmp_path / "b.csv", [row(SEKRETARIS, nama="Siti Aminah Putri")]))
    assert (report.updated, report.rows) == (1, 1)
    assert office.staff.count() == len(ROWS)
    assert office.staff.by_nip(STAFF).supervisor_nip == KASUBBAG


def test_references_to_pegawai_already_in_database(files, office, tmp_path):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS[:4]))
    report = files.import_file(write_csv(tmp_path / "b.csv", ROWS[4:]))
    assert report.created == 2
    assert office.staff.by_nip(PPPK).supervisor_nip == KASUBBAG


# --- export ---------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_fresh_database_gives_same_staff(files, office, tmp_path, suffix):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    out = tmp_path / "out" / f"ekspor{suffix}"
    out.parent.mkdir()
    files.export_file(out)
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]
    exported = files.read_rows(out)
    assert [r["unit"] for r in exported] == sorted(r["unit"] for r in exported)
    assert {r["golongan"] for r in exported} >= {"III/b", "IX", ""}

    fresh_db = Database(tmp_path / "fresh" / "skpdesk.sqlite")
    try:
        fresh = Services.build(fresh_db, "test")
        fresh.office.init_office("Dinas Lain", "Wonosari")
        report = StaffFilesService(fresh_db, "test").import_file(out)
        assert report.created == len(ROWS)
        assert staff_data(fresh) == staff_data(office)
    finally:
        fresh_db.close()


def test_export_unsupported_extension(files, tmp_path):
    with pytest.raises(DomainError) as info:
        files.export_file(tmp_path / "ekspor.pdf")
    assert info.value.code is ErrorCode.FILE_FORMAT_UNSUPPORTED
    assert info.value.params["value"] == ".pdf"


def test_export_replaces_existing_file(files, tmp_path):
    files.import_file(write_csv(tmp_path / "a.csv", ROWS))
    out = tmp_path / "ekspor.csv"
    out.write_text("old")
    files.export_file(out)
    assert len(files.read_rows(out)) == len(ROWS)
