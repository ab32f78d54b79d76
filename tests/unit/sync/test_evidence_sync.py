"""Issue 11's five tables on replicas (a central copy a, laptops b and c): periods, rencana aksi,
realisasi and bukti dukung travel as operations; a cell filled on two laptops meets as one row
(natural ids) with a VALUE conflict; a bukti whose file has not come reads "menunggu lampiran".

Operations travel with `operations_since` / `apply` (no files: the bundle tests carry those,
tests/cli/test_evidence_sync_flow.py), as the other replica tests do.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from skpdesk.domain.evidence import EvidenceStatus
from skpdesk.domain.ids import natural_id
from skpdesk.domain.sync import ConflictKind

from ..helpers_coaching import act
from ..helpers_evidence import TODAY, evidence_team, pdf_bytes, png_bytes, write
from ..helpers_evidence_rows import set_deadline, set_period_year, set_plan, set_realisasi
from .replicas import DAY_MS, Replica, converge, exchange


@pytest.fixture
def office(tmp_path):
    a = Replica(tmp_path / "a", "a")
    b = Replica(tmp_path / "b", "b", skew_ms=-DAY_MS)
    c = Replica(tmp_path / "c", "c", skew_ms=DAY_MS)
    t = evidence_team(a.s)
    converge(a, b, c, rounds=1)
    yield (a, b, c), t
    for r in (a, b, c):
        r.close()


def _same_everywhere(*replicas):
    rows = [r.rows() for r in replicas]
    assert all(x == rows[0] for x in rows[1:])
    views = [r.conflict_view() for r in replicas]
    assert all(v == views[0] for v in views[1:])
    return views[0]


def _check(r):
    return r.s.integrity.run(2026, today=dt.date(2026, 6, 1))


def _conflicts(r, entity):
    return [c for c in r.s.sync.conflicts() if c.entity == entity]


def test_the_five_tables_travel_and_check_clean_on_every_replica(office, tmp_path):
    (a, b, c), t = office
    set_period_year(b.db, 2026, "triwulanan")
    set_deadline(b.db, "2026-TW1", dt.date(2026, 4, 20))
    set_plan(b.db, t["skp"].id, t["rhk1"].id, "2026-TW1", "Menyusun rancangan", "1")
    set_realisasi(b.db, t["skp"].id, t["rhk1"].id, t["ind1"].id, "2026-TW1", "1 dokumen")
    act(b.s, t["staff"])
    [bukti] = b.s.evidence.add_files(t["skp"].id, t["rhk1"].id, "2026-TW1",
                                     [write(tmp_path, "rancangan.pdf", pdf_bytes())],
                                     indicator_id=t["ind1"].id, today=TODAY).value
    act(b.s, t["kabid"])
    b.s.evidence.verify(bukti.id, True, today=TODAY)
    converge(a, b, c)
    assert _same_everywhere(a, b, c) == []
    for table in ("periode_tahun", "batas_periode", "rencana_aksi", "realisasi", "bukti_dukung"):
        assert len(a.rows()[table]) == 1, table
    seen = c.s.evidence.get(bukti.id)
    assert seen.status is EvidenceStatus.DITERIMA and seen.verified_by_id == t["kabid"].id
    for r in (a, b, c):  # a and c hold no file: they wait, which is no error
        report = _check(r)
        assert report.ok, report.errors
    assert _attachment_codes(_check(b)) == []
    assert _attachment_codes(_check(a)) == _attachment_codes(_check(c)) == ["attachment_missing"]


def _attachment_codes(report) -> list[str]:
    return [f.code for f in (*report.errors, *report.warnings) if f.code.startswith("attachment")]


def test_a_bukti_whose_file_has_not_come_waits_and_becomes_available(office, tmp_path):
    (a, b, _), t = office
    act(b.s, t["staff"])
    [bukti] = b.s.evidence.add_files(t["skp"].id, t["rhk1"].id, "2026-TW1",
                                     [write(tmp_path, "foto.png", png_bytes())],
                                     today=TODAY).value
    exchange(b, a)  # the row, not its file
    waiting = a.s.evidence.get(bukti.id)
    assert waiting.available is False and a.s.evidence.file_path(waiting) is None
    assert a.s.sync.missing_attachments() == [bukti.sha256]
    report = _check(a)
    assert report.ok, report.errors  # waiting is not an error ...
    [finding] = [f for f in report.warnings if f.code == "attachment_missing"]
    assert finding.message_params["waiting"] is True  # ... but "menunggu lampiran"
    # the file arrives (a bundle writes it into the store under its name)
    a.s.evidence.store_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(b.s.evidence.file_path(bukti), a.s.evidence.store_dir / bukti.file_ref)
    assert a.s.evidence.get(bukti.id).available is True
    assert a.s.sync.missing_attachments() == []
    report = _check(a)
    assert report.ok and not [f for f in report.warnings if f.code.startswith("attachment")]


def test_a_file_lost_where_the_row_was_added_is_an_error_not_waiting(office, tmp_path):
    (_, b, _), t = office
    act(b.s, t["staff"])
    [bukti] = b.s.evidence.add_files(t["skp"].id, t["rhk1"].id, "2026-TW1",
                                     [write(tmp_path, "foto.png", png_bytes())],
                                     today=TODAY).value
    b.s.evidence.file_path(bukti).unlink()
    [finding] = [f for f in _check(b).errors if f.code == "attachment_missing"]
    assert finding.message_params["waiting"] is False


WHERE = "RHK 1, SKP 2026 Agus Santoso"


@pytest.mark.parametrize("table, write_b, write_c, field, values, label", [
    ("rencana_aksi",
     lambda r, t: set_plan(r.db, t["skp"].id, t["rhk1"].id, "2026-TW1", "Rancangan dari B", "1"),
     lambda r, t: set_plan(r.db, t["skp"].id, t["rhk1"].id, "2026-TW1", "Rancangan dari C", "1"),
     "text", ["Rancangan dari B", "Rancangan dari C"],
     f"Rencana aksi Triwulan I 2026, {WHERE}: teks"),
    ("realisasi",
     lambda r, t: set_realisasi(r.db, t["skp"].id, t["rhk1"].id, t["ind1"].id, "2026-TW1", "1"),
     lambda r, t: set_realisasi(r.db, t["skp"].id, t["rhk1"].id, t["ind1"].id, "2026-TW1", "2"),
     "value", ["1", "2"], f"Realisasi Triwulan I 2026, Indikator 1, {WHERE}: realisasi"),
    ("periode_tahun",
     lambda r, t: set_period_year(r.db, 2026, "bulanan"),
     lambda r, t: set_period_year(r.db, 2026, "semester"),
     "rhythm", ["bulanan", "semester"], "Ritme periode 2026: ritme"),
    ("batas_periode",
     lambda r, t: set_deadline(r.db, "2026-TW1", dt.date(2026, 4, 15)),
     lambda r, t: set_deadline(r.db, "2026-TW1", dt.date(2026, 4, 30)),
     "deadline", ["2026-04-15", "2026-04-30"], "Batas pengisian Triwulan I 2026: batas pengisian"),
])
def test_one_cell_filled_on_two_laptops_is_one_row_with_a_value_conflict(
        office, table, write_b, write_c, field, values, label):
    (a, b, c), t = office
    made = {write_b(b, t), write_c(c, t)}
    assert len(made) == 1  # both laptops computed the same natural id
    converge(a, b, c)
    view = _same_everywhere(a, b, c)
    assert len(a.rows()[table]) == 1
    [conflict] = _conflicts(a, table)
    assert conflict.kind is ConflictKind.VALUE and conflict.field == field
    assert sorted(str(s.value) for s in conflict.sides) == values
    assert conflict.label == label  # the queue names the cell in the users' words
    assert [v[0] for v in view] == [conflict.id]
    for r in (a, b, c):
        assert _check(r).ok, _check(r).errors


def test_the_same_value_typed_on_two_laptops_is_no_conflict(office):
    (a, b, c), t = office
    ids = {set_plan(r.db, t["skp"].id, t["rhk1"].id, "2026-TW2", "Uji coba", "1") for r in (b, c)}
    converge(a, b, c)
    assert _same_everywhere(a, b, c) == []
    assert ids == {natural_id(f"{t['rhk1'].id}/aksi/2026-TW2")}
    assert len(a.rows()["rencana_aksi"]) == 1


def test_accepted_on_one_laptop_and_rejected_on_another_is_one_conflict(office, tmp_path):
    (a, b, c), t = office
    act(a.s, t["staff"])
    [bukti] = a.s.evidence.add_files(t["skp"].id, t["rhk1"].id, "2026-TW1",
                                     [write(tmp_path, "a.pdf", pdf_bytes())], today=TODAY).value
    converge(a, b, c)
    for r, accept in ((b, True), (c, False)):
        act(r.s, t["kabid"])
        r.s.evidence.verify(bukti.id, accept, "" if accept else "Tidak terbaca", today=TODAY)
    converge(a, b, c)
    _same_everywhere(a, b, c)
    status = [x for x in _conflicts(a, "bukti_dukung") if x.field == "status"]
    assert len(status) == 1
    assert sorted(s.value for s in status[0].sides) == ["diterima", "ditolak"]
    assert status[0].label == f'Bukti dukung "a.pdf" Triwulan I 2026, {WHERE}: verifikasi'


def test_one_bukti_replaced_on_two_laptops_keeps_both_versions(office, tmp_path):
    (a, b, c), t = office
    act(a.s, t["staff"])
    [old] = a.s.evidence.add_files(t["skp"].id, t["rhk1"].id, "2026-TW1",
                                   [write(tmp_path, "a.pdf", pdf_bytes())], today=TODAY).value
    converge(a, b, c)
    new = {}
    for r in (b, c):
        act(r.s, t["staff"])
        new[r.name] = r.s.evidence.replace(old.id, pdf_bytes(f"versi {r.name}"),
                                           original_name=f"{r.name}.pdf", today=TODAY).value
    converge(a, b, c)
    _same_everywhere(a, b, c)
    rows = a.rows()["bukti_dukung"]
    assert len(rows) == 3  # nothing is lost: both versions name the one they replace
    assert {e.replaces_id for e in new.values()} == {old.id}
    for r in (a, b, c):
        assert {e.id for e in r.s.evidence.for_skp(t["skp"].id)} == {e.id for e in new.values()}
