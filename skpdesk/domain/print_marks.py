"""What every printed page carries so that a loose sheet can be identified (issue 13): the QR
code in the footer (document code, record, revision, page), the name and NIP of the pegawai on
continuation pages, the document's status and the diagonal "KONSEP" mark on a copy that is not
final.

Every printable document (the SKP, the evaluation forms, the bimbingan forms, the catatan dialog,
the umpan balik page, the distribution sheet) exposes a `marks: PageMarks`; the page furniture of
`skpdesk.reports` draws it and nothing else decides what goes into the footer.

The QR payload is a contract shared by printing and scan-back (`services.scans`):

    SKPDESK1/<code>/<kind>/<record_id>/<revision>/<page>/<total>

e.g. "SKPDESK1/SKP-7M2QK-9XD4A/evaluasi/6f1c…/2/1/3". `kind` is `printed_document.kind`
("skp", "evaluasi", "dokumen_evaluasi", "penetapan", "b18", …); `record_id` is the record the
paper belongs to (the SKP, the evaluasi revision row, the unit for a penetapan). None of the
fields may contain "/" (codes, kinds and ids never do).
"""

from __future__ import annotations

from dataclasses import dataclass

QR_PREFIX = "SKPDESK1"
KONSEP = "KONSEP"


@dataclass(frozen=True)
class PageMarks:
    code: str              # the document code, "SKP-7M2QK-9XD4A"
    kind: str              # printed_document.kind
    record_id: str         # the record the paper belongs to
    revision: int          # the record's revision the copy was made from
    final: bool            # False: "KONSEP" diagonally on every page
    status_text: str = ""  # in the footer: "Status: Draft", "Status: Disetujui 12 Januari 2026"
    date_text: str = ""    # in the footer: "ditetapkan 12 Januari 2026" / "dicetak 30 Nov…"
    person: str = ""       # on continuation pages: "Siti Aminah, S.Kom. · NIP 1985…"; "" none

    def qr_payload(self, page: int, total: int) -> str:
        return qr_payload(self.code, self.kind, self.record_id, self.revision, page, total)


STATUS_TEXT = "Status: {label}"  # the footer's status, "Status: Draft"
PRINTED_ON = "dicetak {date}"
SET_ON = "ditetapkan {date}"


def person_text(name: str, nip_label: str = "NIP", nip: str = "") -> str:
    """The continuation pages' line: "Siti Aminah, S.Kom. · NIP 198501012010012001" (only the
    name when the person has no number, e.g. "-")."""
    nip = (nip or "").strip()
    if not nip or nip == "-":
        return name
    return f"{name} · {nip_label} {nip}"


@dataclass(frozen=True)
class QrMark:
    """A decoded page code."""

    code: str
    kind: str
    record_id: str
    revision: int
    page: int
    total: int


def qr_payload(code: str, kind: str, record_id: str, revision: int, page: int, total: int) -> str:
    for name, value in (("code", code), ("kind", kind), ("record_id", record_id)):
        if not value or "/" in value:
            raise ValueError(f"{name} {value!r} cannot go into a page code")
    return f"{QR_PREFIX}/{code}/{kind}/{record_id}/{int(revision)}/{int(page)}/{int(total)}"


def parse_qr_payload(text: str) -> QrMark | None:
    """The mark in a decoded QR text, or None when it is not one of ours (or is damaged)."""
    parts = (text or "").strip().split("/")
    if len(parts) != 7 or parts[0] != QR_PREFIX:
        return None
    _, code, kind, record_id, revision, page, total = parts
    try:
        rev, number, count = int(revision), int(page), int(total)
    except ValueError:
        return None
    if not code or not kind or not record_id or rev < 0 or not 1 <= number <= count:
        return None
    return QrMark(code, kind, record_id, rev, number, count)
