"""Staff files: read, import, export a CSV/XLSX of pegawai, and write the XLSX template.

An import is all or nothing: every row is validated (own fields via `validate_pegawai`, then
NIPs and supervisors across the file and the database, `staff_import_plan`) before one unit of
work writes it. Reading is bounded by `file_limits` (`staff_file_reading`); exported cells are
formula-safe (`spreadsheet_cells`). Exports and the template replace the target only when complete
(`atomic_files`, shared with printing), so a killed export leaves the old file and, at most, a temp
file the next export into that folder removes.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Callable

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.people import JENJANG_FUNGSIONAL, AsnType, Pegawai, PositionKind
from skpdesk.domain.ranks import PNS_RANK_CODES, PPPK_GRADE_CODES

from .atomic_files import atomic_write, remove_stale_temp_files
from .spreadsheet_cells import export_cell
from .staff import row_fields
from .staff_file_reading import COLUMNS, cell_text, file_error, read_table
from .staff_import_plan import plan as import_plan

__all__ = ["COLUMNS", "ImportReport", "StaffFilesService", "cell_text"]

FORMATS = (".csv", ".xlsx")
# Written with ";" and a BOM: Excel in the Indonesian locale splits on ";" and needs the BOM to
# read UTF-8. Reading sniffs the delimiter, so either convention round-trips.
EXPORT_CSV_DELIMITER = ";"
TEXT_COLUMNS = ("nip", "golongan", "nip_atasan", "nip_atasan_penilai")  # Excel must not make numbers

TEMPLATE_EXAMPLE = {
    "nip": "198503152010011002", "nama": "Budi Santoso", "gelar_depan": "",
    "gelar_belakang": "S.Sos., M.AP.", "jenis_asn": "PNS", "golongan": "III/c",
    "jabatan": "Analis Kebijakan Ahli Muda", "jenis_jabatan": "fungsional", "jenjang": "Ahli Muda",
    "unit": "Sekretariat/Subbagian Umum", "nip_atasan": "", "nip_atasan_penilai": "",
}
GUIDE = {
    "nip": "NIP PNS atau NI PPPK, 18 digit (spasi dan titik dibuang). Wajib untuk PNS dan PPPK. "
           "NON_ASN: boleh kosong, atau NRP/NIK (huruf dan angka, maks. 30 karakter). "
           "Ketik sebagai teks: Excel memotong angka 18 digit.",
    "nama": "Nama lengkap tanpa gelar. Wajib.",
    "gelar_depan": "Gelar di depan nama, mis. Dr. atau Ir. Boleh kosong.",
    "gelar_belakang": "Gelar di belakang nama, mis. S.Kom., M.T. Boleh kosong.",
    "jenis_asn": "Salah satu: PNS, PPPK, NON_ASN (mis. Bupati yang menjadi pejabat penilai). Wajib.",
    "golongan": "PNS: " + ", ".join(PNS_RANK_CODES) + ". PPPK: " + ", ".join(PPPK_GRADE_CODES)
                + ". NON_ASN: kosongkan.",
    "jabatan": "Nama jabatan, mis. Analis Kebijakan Ahli Muda. Wajib.",
    "jenis_jabatan": "Salah satu: " + ", ".join(k.value for k in PositionKind) + ". Wajib.",
    "jenjang": "Wajib bila jenis_jabatan fungsional, selain itu kosongkan. Salah satu: "
               + ", ".join(JENJANG_FUNGSIONAL) + ".",
    "unit": "Unit kerja; garis miring untuk unit bertingkat, mis. Sekretariat/Subbagian Umum. "
            "Unit yang belum ada dibuat otomatis. Wajib.",
    "nip_atasan": "NIP atasan langsung (Pejabat Penilai Kinerja): pegawai di berkas ini atau yang "
                  "sudah terdaftar. Atasan NON_ASN tanpa NIP: tulis namanya persis. Kosong bila tidak ada.",
    "nip_atasan_penilai": "Boleh kosong. NIP Atasan Pejabat Penilai Kinerja bila bukan atasan dari "
                          "atasan langsung (kosong: atasan dari atasan langsung).",
}
NOTES = [
    "Baris 1 berisi nama kolom: jangan diubah. Baris 2 di lembar Pegawai hanya contoh: ganti atau hapus.",
    "Pegawai dicocokkan dengan NIP (NON_ASN tanpa NIP: dengan nama). Baris yang sama tidak mengubah apa pun.",
    "Impor tidak pernah menghapus pegawai. Bila satu baris salah, tidak ada data yang disimpan.",
]


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    rows: int
    changes: Changes


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(ErrorCode.FILE_FORMAT_UNSUPPORTED, field="file", value=suffix,
                          allowed=list(FORMATS))
    return suffix


def _write_file(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Replace `path` only with a complete file (`atomic_files.atomic_write`: a temp file named
    with this computer and process, fsync, rename). The temp files an export or template killed
    half-way left in the folder are removed first, as printing and the logo store do."""
    if not path.parent.is_dir():
        raise file_error(ErrorCode.FILE_NOT_FOUND, path.parent)
    remove_stale_temp_files(path.parent)
    try:
        with atomic_write(path) as fh:
            write(fh)
    except OSError as err:
        # e.g. the folder is missing, the disk is full or the file is open in Excel on Windows
        raise file_error(ErrorCode.FILE_UNWRITABLE, path, detail=err.strerror or str(err)) from err


def _sheet(ws, rows: list[list[str]], widths: dict[str, int] | None = None) -> None:
    import openpyxl  # on first use: the GUI should not pay for it at start-up
    from openpyxl.styles import Font
    ws.append(COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, col in enumerate(COLUMNS, start=1):
        letter = openpyxl.utils.get_column_letter(i)
        ws.column_dimensions[letter].width = (widths or {}).get(col, 18)
        if col in TEXT_COLUMNS:
            ws.column_dimensions[letter].number_format = "@"
    text_columns = {i for i, col in enumerate(COLUMNS, start=1) if col in TEXT_COLUMNS}
    for r, values in enumerate(rows, start=2):
        for i, value in enumerate(values, start=1):
            cell = ws.cell(r, i)
            cell.value = value
            # Always a string cell: openpyxl makes "=..." a formula, which Excel would evaluate
            # (formula injection) and which reads back empty. `export_cell` added the apostrophe.
            cell.data_type = "s"
            if i in text_columns:
                cell.number_format = "@"
    ws.freeze_panes = "A2"


class StaffFilesService:
    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- reading
    def read_numbered_rows(self, path) -> list[tuple[int, dict[str, str]]]:
        """(file row number, {column: text}) per non-blank data row; the header is row 1."""
        path = Path(path)
        suffix = _suffix(path)
        if not path.exists():
            raise file_error(ErrorCode.FILE_NOT_FOUND, path)
        try:
            return read_table(path, suffix)
        except OSError as err:
            raise file_error(ErrorCode.FILE_UNREADABLE, path, reason="os_error", detail=str(err)) from err

    def read_rows(self, path) -> list[dict[str, str]]:
        """The data rows as {column: text} with exactly COLUMNS as keys (extra columns dropped)."""
        return [row for _, row in self.read_numbered_rows(path)]

    # --- import
    def import_file(self, path) -> ImportReport:
        """Validate every row, then write all of them in one unit of work (or nothing)."""
        with self._db.reader() as uow:
            if uow.office.instansi() is None:
                raise DomainError(ErrorCode.OFFICE_MISSING)
            people = uow.people.list()
        rows = self.read_numbered_rows(path)
        plan = import_plan(rows, people)
        created = updated = 0
        with self._db.unit_of_work(self._actor) as uow:
            current = uow.people.list()
            if current != people:  # someone wrote since validation: validate against the latest
                plan = import_plan(rows, current)
            ids: dict[str, str] = {}
            units: dict[str, str] = {}
            touched: set[int] = set()
            for e in plan:
                if e.unit_path not in units:
                    units[e.unit_path] = uow.office.ensure_unit_path(e.unit_path).id
                fields = row_fields(e.checked, units[e.unit_path])
                if e.existing is None:
                    ids[e.node] = uow.people.add(fields)
                    created += 1
                    continue
                ids[e.node] = e.existing.id
                if fields != _stored_fields(e.existing):
                    uow.people.update(e.existing.id, fields)
                    touched.add(e.row)
            # Second pass: every pegawai of the file exists now, whatever the row order.
            for e in plan:
                refs = (ids.get(e.sup, e.sup), ids.get(e.appr, e.appr))  # node -> id
                old = e.existing and (e.existing.supervisor_id, e.existing.appraiser_override_id)
                if refs != (old or (None, None)):
                    uow.people.update(ids[e.node], {"supervisor_id": refs[0],
                                                    "appraiser_override_id": refs[1]})
                    if e.existing is not None:
                        touched.add(e.row)
            updated = len(touched)
        return ImportReport(created=created, updated=updated,
                            unchanged=len(plan) - created - updated, rows=len(plan),
                            changes=uow.changes)

    # --- export
    def export_file(self, path) -> None:
        """Every pegawai as COLUMNS (by unit, then name); importing it back gives the same staff."""
        path = Path(path)
        suffix = _suffix(path)
        with self._db.reader() as uow:
            people = uow.people.list()
        by_id = {p.id: p for p in people}

        def ref(pid: str | None) -> str:
            # A NIP-less NON_ASN atasan is written by name, which the import resolves too.
            p = by_id.get(pid) if pid else None
            return "" if p is None else (p.nip or p.name)

        # export_cell: formula-like text gets the OWASP apostrophe (undone on import) and
        # characters refused since (legacy rows) are escaped, so the file is always valid.
        rows = [[export_cell(v) for v in (
                    p.nip or "", p.name, p.front_title, p.back_title, p.asn_type.value,
                    p.rank_code or "", p.position, p.position_kind.value, p.jenjang or "",
                    p.unit_path, ref(p.supervisor_id), ref(p.appraiser_override_id))]
                for p in sorted(people, key=lambda p: (p.unit_path.casefold(), p.name.casefold(),
                                                       p.nip or ""))]
        if suffix == ".csv":
            buf = io.StringIO(newline="")
            writer = csv.writer(buf, delimiter=EXPORT_CSV_DELIMITER)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
            data = buf.getvalue().encode("utf-8-sig")
            _write_file(path, lambda f: f.write(data))
            return
        import openpyxl  # on first use: the GUI should not pay for it at start-up
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Pegawai"
        _sheet(ws, rows)
        _write_file(path, wb.save)

    def write_template(self, path) -> None:
        """An .xlsx with the header, one example row and a "Petunjuk" sheet."""
        import openpyxl  # on first use: the GUI should not pay for it at start-up
        from openpyxl.styles import Alignment, Font
        from openpyxl.worksheet.datavalidation import DataValidation
        path = Path(path)
        if _suffix(path) != ".xlsx":
            raise DomainError(ErrorCode.FILE_FORMAT_UNSUPPORTED, field="file", value=path.suffix.lower(),
                              allowed=[".xlsx"])
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Pegawai"
        _sheet(ws, [[TEMPLATE_EXAMPLE[c] for c in COLUMNS]],
               widths={"nama": 28, "jabatan": 34, "unit": 32, "nip": 22})
        for col, values in (("jenis_asn", [a.value for a in AsnType]),
                            ("jenis_jabatan", [k.value for k in PositionKind]),
                            ("jenjang", JENJANG_FUNGSIONAL)):
            letter = openpyxl.utils.get_column_letter(COLUMNS.index(col) + 1)
            dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
            dv.add(f"{letter}2:{letter}2000")
            ws.add_data_validation(dv)
        guide = wb.create_sheet("Petunjuk")
        guide.append(["Kolom", "Keterangan"])
        for cell in guide[1]:
            cell.font = Font(bold=True)
        for col in COLUMNS:
            guide.append([col, GUIDE[col]])
        guide.append([])
        for note in NOTES:
            guide.append(["", note])
        guide.column_dimensions["A"].width = 22
        guide.column_dimensions["B"].width = 100
        for row in guide.iter_rows(min_row=2):
            row[1].alignment = Alignment(wrap_text=True, vertical="top")
        _write_file(path, wb.save)


def _stored_fields(p: Pegawai) -> dict[str, Any]:
    return {"nip": p.nip, "asn_type": p.asn_type.value, "name": p.name, "front_title": p.front_title,
            "back_title": p.back_title, "rank_code": p.rank_code, "position": p.position,
            "position_kind": p.position_kind.value, "jenjang": p.jenjang, "unit_id": p.unit_id}
