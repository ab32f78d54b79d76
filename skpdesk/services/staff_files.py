"""Staff files: read, import, export a CSV/XLSX of pegawai, and write the XLSX template.

An import is all or nothing: every row is validated (own fields via `validate_pegawai`, then
NIPs and supervisors across the file and the database) before one unit of work writes it.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from skpdesk.domain.changes import Changes
from skpdesk.domain.errors import DomainError, ErrorCode, ImportRejected, RowProblem
from skpdesk.domain.identifiers import clean_nip
from skpdesk.domain.people import JENJANG_FUNGSIONAL, AsnType, Pegawai, PegawaiInput, PositionKind
from skpdesk.domain.ranks import PNS_RANK_CODES, PPPK_GRADE_CODES

from .staff import row_fields, validate_pegawai, would_cycle

COLUMNS = ["nip", "nama", "gelar_depan", "gelar_belakang", "jenis_asn", "golongan", "jabatan",
           "jenis_jabatan", "jenjang", "unit", "nip_atasan", "nip_atasan_penilai"]
FORMATS = (".csv", ".xlsx")
CSV_DELIMITERS = (",", ";", "\t")
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


@dataclass
class _Entry:
    """One validated file row and where it lands: `node` is an existing id or "row:<n>"."""

    row: int
    checked: dict[str, Any]
    unit_path: str
    nip: str | None
    name: str
    existing: Pegawai | None = None
    node: str = ""
    sup: str | None = None
    appr: str | None = None


def _file_error(code: ErrorCode, path: Path, **params: Any) -> DomainError:
    return DomainError(code, field="file", value=str(path), **params)


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(ErrorCode.FILE_FORMAT_UNSUPPORTED, field="file", value=suffix,
                          allowed=list(FORMATS))
    return suffix


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # repr gives the digits Excel shows (15 significant): an 18-digit NIP typed as a number
        # comes back as "...000" and fails NIP_SEQUENCE instead of turning into another NIP.
        return str(int(Decimal(repr(value))))
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def _norm_path(path: str) -> str:
    return "/".join(p.strip() for p in (path or "").split("/") if p.strip())


def _table_rows(table: list[tuple[int, list[str]]]) -> list[tuple[int, dict[str, str]]]:
    """Map numbered raw rows to COLUMNS dicts; the first non-blank row is the header."""
    table = [(n, cells) for n, cells in table if any(c.strip() for c in cells)]
    header = [c.strip().lower() for c in table[0][1]] if table else []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise DomainError(ErrorCode.FILE_COLUMNS_MISSING, field="header", missing=missing)
    index = {c: header.index(c) for c in COLUMNS}
    return [(n, {c: (cells[i].strip() if i < len(cells) else "") for c, i in index.items()})
            for n, cells in table[1:]]


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise _file_error(ErrorCode.FILE_UNREADABLE, path, reason="encoding") from err
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(CSV_DELIMITERS, key=first.count)  # ties keep ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, line = [], 1
    try:
        for cells in reader:
            rows.append((line, cells))  # number of the line the record starts on
            line = reader.line_num + 1
    except csv.Error as err:
        raise _file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt", detail=str(err)) from err
    return rows


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    import openpyxl  # on first use: the GUI should not pay for it at start-up
    # openpyxl raises many kinds of errors on a damaged file; all mean "unreadable" here.
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001
        raise _file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt", detail=repr(err)) from err
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()  # some writers store a wrong <dimension>; read what is there
        return [(n, [_cell_text(v) for v in cells])
                for n, cells in enumerate(ws.iter_rows(values_only=True), start=1)]
    except Exception as err:  # noqa: BLE001
        raise _file_error(ErrorCode.FILE_UNREADABLE, path, reason="corrupt", detail=repr(err)) from err
    finally:
        wb.close()


def _atomic_write(path: Path, write: Callable[[Any], None]) -> None:
    """Write via a temp file in the same directory, so a crash never leaves half a file."""
    if not path.parent.is_dir():
        raise _file_error(ErrorCode.FILE_NOT_FOUND, path.parent)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private (0600); an export is an ordinary file
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        # e.g. the folder is missing or the file is open in Excel on Windows
        raise _file_error(ErrorCode.FILE_UNWRITABLE, path, detail=err.strerror or str(err)) from err
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


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
    for values in rows:
        ws.append(values)
        for i, col in enumerate(COLUMNS):
            if col in TEXT_COLUMNS:
                ws.cell(ws.max_row, i + 1).number_format = "@"
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
            raise _file_error(ErrorCode.FILE_NOT_FOUND, path)
        try:
            table = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
        except OSError as err:
            raise _file_error(ErrorCode.FILE_UNREADABLE, path, reason="os_error", detail=str(err)) from err
        return _table_rows(table)

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
        plan = _plan(rows, people)
        created = updated = 0
        with self._db.unit_of_work(self._actor) as uow:
            current = uow.people.list()
            if current != people:  # someone wrote since validation: validate against the latest
                plan = _plan(rows, current)
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

        rows = [[p.nip or "", p.name, p.front_title, p.back_title, p.asn_type.value,
                 p.rank_code or "", p.position, p.position_kind.value, p.jenjang or "", p.unit_path,
                 ref(p.supervisor_id), ref(p.appraiser_override_id)]
                for p in sorted(people, key=lambda p: (p.unit_path.casefold(), p.name.casefold(),
                                                       p.nip or ""))]
        if suffix == ".csv":
            buf = io.StringIO(newline="")
            writer = csv.writer(buf, delimiter=EXPORT_CSV_DELIMITER)
            writer.writerow(COLUMNS)
            writer.writerows(rows)
            data = buf.getvalue().encode("utf-8-sig")
            _atomic_write(path, lambda f: f.write(data))
            return
        import openpyxl  # on first use: the GUI should not pay for it at start-up
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Pegawai"
        _sheet(ws, rows)
        _atomic_write(path, wb.save)

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
        _atomic_write(path, wb.save)


def _stored_fields(p: Pegawai) -> dict[str, Any]:
    return {"nip": p.nip, "asn_type": p.asn_type.value, "name": p.name, "front_title": p.front_title,
            "back_title": p.back_title, "rank_code": p.rank_code, "position": p.position,
            "position_kind": p.position_kind.value, "jenjang": p.jenjang, "unit_id": p.unit_id}


def _plan(rows: list[tuple[int, dict[str, str]]], people: list[Pegawai]) -> list[_Entry]:
    """Validate the file against the database; raise ImportRejected listing every problem."""
    problems: list[RowProblem] = []

    def bad(row: int, err: DomainError) -> None:
        problems.append(RowProblem(row, err.params.get("field", ""), err))

    entries: list[_Entry] = []
    for n, raw in rows:
        checked, errors = validate_pegawai(PegawaiInput(
            name=raw["nama"], asn_type=raw["jenis_asn"], nip=raw["nip"], front_title=raw["gelar_depan"],
            back_title=raw["gelar_belakang"], rank=raw["golongan"], position=raw["jabatan"],
            position_kind=raw["jenis_jabatan"], jenjang=raw["jenjang"], unit_path=raw["unit"],
            supervisor_nip=raw["nip_atasan"], appraiser_nip=raw["nip_atasan_penilai"]))
        for err in errors:
            bad(n, err)
        unit = checked.get("unit_path") or _norm_path(raw["unit"])
        # A broken NIP still identifies its row, so references to it do not add noise.
        nip = checked.get("nip") or clean_nip(raw["nip"]) or None
        entries.append(_Entry(n, checked, unit, nip, " ".join(raw["nama"].split())))

    by_nip = {p.nip: p for p in people if p.nip}
    nameless_db: dict[str, list[Pegawai]] = defaultdict(list)
    for p in people:
        if not p.nip:
            nameless_db[p.name].append(p)
    # Same NIP twice, or two NIP-less rows with one name: the file does not say who is who.
    groups: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
    for e in entries:
        if e.nip or e.checked.get("asn_type") is AsnType.NON_ASN:
            groups[("nip", e.nip) if e.nip else ("nama", e.name)].append(e)
    for (column, value), same in groups.items():
        for e in same if len(same) > 1 else ():
            bad(e.row, DomainError(ErrorCode.NIP_DUPLICATE, field=column, value=value,
                                   rows=[x.row for x in same]))

    nip_nodes: dict[str, str] = {nip: p.id for nip, p in by_nip.items()}
    name_nodes: dict[str, set[str]] = defaultdict(set)
    for name, ps in nameless_db.items():
        name_nodes[name].update(p.id for p in ps)
    labels = {p.id: p.nip or p.name for p in people}
    for e in entries:
        if e.nip:
            e.existing = by_nip.get(e.nip)
        elif e.checked.get("asn_type") is AsnType.NON_ASN:
            found = nameless_db.get(e.name, [])
            if len(found) > 1:
                bad(e.row, DomainError(ErrorCode.NIP_DUPLICATE, field="nama", value=e.name,
                                       count=len(found)))
            e.existing = found[0] if len(found) == 1 else None
        e.node = e.existing.id if e.existing else f"row:{e.row}"
        labels[e.node] = e.nip or e.name
        if e.nip:
            nip_nodes.setdefault(e.nip, e.node)
        else:
            name_nodes[e.name].add(e.node)

    supervisors = {p.id: p.supervisor_id for p in people}
    raw_by_row = dict(rows)
    for e in entries:
        for column in ("nip_atasan", "nip_atasan_penilai"):
            value = raw_by_row[e.row][column].strip()
            if not value:
                continue
            node = nip_nodes.get(value) or nip_nodes.get(clean_nip(value))
            if node is None:  # a NIP-less NON_ASN atasan may be named instead
                named = name_nodes.get(" ".join(value.split()), set())
                node = next(iter(named)) if len(named) == 1 else None
            if node is None:
                bad(e.row, DomainError(ErrorCode.SUPERVISOR_NOT_FOUND, field=column, value=value))
            elif node == e.node:
                bad(e.row, DomainError(ErrorCode.SUPERVISOR_SELF, field=column, value=value))
            elif column == "nip_atasan":
                e.sup = node
            else:
                e.appr = node
        supervisors[e.node] = e.sup
    # Cycles are judged on the final graph: the database as it is, overlaid with the file.
    for e in entries:
        if e.sup and would_cycle(supervisors, e.node, e.sup):
            chain, current = [e.node], supervisors.get(e.node)
            while current is not None and current not in chain:
                chain.append(current)
                current = supervisors.get(current)
            bad(e.row, DomainError(ErrorCode.SUPERVISOR_CYCLE, field="nip_atasan",
                                   value=labels.get(e.sup, ""), cycle=[labels.get(c, c) for c in chain]))
    if problems:
        order = {c: i for i, c in enumerate(COLUMNS)}
        problems.sort(key=lambda p: (p.row, order.get(p.column, len(order))))
        raise ImportRejected(problems)
    return entries
