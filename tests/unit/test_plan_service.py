"""Rencana aksi and realisasi through `PlanService` on a real database: who may write, which
periods, the kuantitatif-only target, nothing written on a refusal, the SKP's revision left
alone, the rhythm fixed by the first record, the grid, and RHK / indicator deletion guarded."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.errors import ErrorCode
from skpdesk.domain.evidence import EMPTY_CELL
from skpdesk.messages.render import message_for
from skpdesk.storage.tables import EvidenceRow

from .helpers_coaching import YEAR, act, team
from .helpers_plans import refused

APRIL = dt.date(YEAR, 4, 1)   # TW1 still open (batas 10 April), TW2 running


@pytest.fixture
def t(services):
    found = team(services)
    skp = found["skp"]
    for rhk, texts in ((found["rhk1"], ("Jumlah dokumen rancangan", "Ketepatan waktu")),
                       (found["rhk2"], ("Persentase ketersediaan basis data",))):
        for text in texts:
            services.skp.add_indicator(rhk.id, text, aspect="kuantitas", target_value="4",
                                       target_unit="Dokumen")
    found["skp"] = services.skp.get(skp.id)
    found["rhk1"], found["rhk2"] = found["skp"].rhk
    found["ind1"], found["ind2"] = found["rhk1"].indicators
    found["ind3"] = found["rhk2"].indicators[0]
    act(services, found["staff"])
    return found


def test_pegawai_sets_an_action_plan_without_touching_the_skp_revision(services, t):
    skp = t["skp"]
    out = services.plans.set_action_plan(skp.id, t["rhk1"].id, "2026-q1", "Menyusun rancangan",
                                         "1 dokumen", today=APRIL)
    plan = out.value
    assert (plan.period, plan.text, plan.target, plan.updated_on) == \
        ("2026-TW1", "Menyusun rancangan", "1 dokumen", APRIL)
    assert plan.author_id == t["staff"].id and plan.author_name == t["staff"].full_name
    assert out.changes.affects("rencana_aksi", plan.id)
    assert services.skp.get(skp.id).revision == skp.revision
    # the text alone keeps the target; "" removes it
    again = services.plans.set_action_plan(skp.id, t["rhk1"].id, "2026-TW1", "Menyusun draf",
                                           today=APRIL).value
    assert (again.id, again.text, again.target) == (plan.id, "Menyusun draf", "1 dokumen")
    assert services.plans.set_action_plan(skp.id, t["rhk1"].id, "2026-TW1", "Menyusun draf", "",
                                          today=APRIL).value.target == ""
    assert [p.id for p in services.plans.action_plans(skp.id, "2026-Q1")] == [plan.id]
    assert services.plans.action_plans(skp.id, "2026-TW2") == []
    services.plans.clear_action_plan(skp.id, t["rhk1"].id, "2026-TW1", today=APRIL)
    assert services.plans.action_plans(skp.id) == []


def test_action_plan_text_is_required_and_bounded(services, t):
    skp = t["skp"]
    err = refused(services, ErrorCode.FIELD_REQUIRED, lambda: services.plans.set_action_plan(
        skp.id, t["rhk1"].id, "2026-TW1", "   ", today=APRIL))
    assert message_for(err.code, err.params) == "Rencana aksi wajib diisi."
    refused(services, ErrorCode.FIELD_TOO_LONG, lambda: services.plans.set_action_plan(
        skp.id, t["rhk1"].id, "2026-TW1", "x" * 4001, today=APRIL))
    refused(services, ErrorCode.FIELD_TOO_LONG, lambda: services.plans.set_action_plan(
        skp.id, t["rhk1"].id, "2026-TW1", "ok", "9" * 101, today=APRIL))


def test_a_target_only_on_a_kuantitatif_skp(services, t):
    rina_skp = t["rina_skp"]
    act(services, t["rina"])
    services.skp.set_approach(rina_skp.id, "kualitatif")
    err = refused(services, ErrorCode.PLAN_TARGET_NOT_KUANTITATIF,
                  lambda: services.plans.set_action_plan(rina_skp.id, t["rina_rhk"].id,
                                                         "2026-TW1", "Melayani", "10 surat",
                                                         today=APRIL))
    text = message_for(err.code, err.params)
    assert "Target periodik" in text and "kualitatif" in text and "Rina Marlina" in text
    plan = services.plans.set_action_plan(rina_skp.id, t["rina_rhk"].id, "2026-TW1", "Melayani",
                                          today=APRIL).value
    assert plan.target == ""


def test_who_may_write(services, t):
    skp = t["skp"]
    act(services, t["rina"])  # a colleague
    err = refused(services, ErrorCode.EVIDENCE_WRITER_REFUSED,
                  lambda: services.plans.set_realisasi(t["ind1"].id, "2026-TW1", "1 dokumen",
                                                       today=APRIL))
    assert "Rina Marlina" in message_for(err.code, err.params)
    act(services, None)
    refused(services, ErrorCode.ACTING_UNKNOWN,
            lambda: services.plans.set_action_plan(skp.id, t["rhk1"].id, "2026-TW1", "x",
                                                   today=APRIL))
    for writer in ("kabid", "admin", "staff"):  # the penilai, a pengelola kinerja, the pegawai
        act(services, t[writer])
        found = services.plans.set_realisasi(t["ind1"].id, "2026-TW1", f"oleh {writer}",
                                             today=APRIL).value
        assert (found.entered_by_id, found.entered_by_name) == (t[writer].id,
                                                                t[writer].full_name)
    assert [r.value for r in services.plans.realisasi(skp.id)] == ["oleh staff"]


def test_realisasi_set_clear_and_list(services, t):
    skp = t["skp"]
    out = services.plans.set_realisasi(t["ind1"].id, "2026-TW1", "1 dokumen", today=APRIL)
    r = out.value
    assert (r.skp_id, r.rhk_id, r.indicator_id, r.period, r.value, r.entered_on) == \
        (skp.id, t["rhk1"].id, t["ind1"].id, "2026-TW1", "1 dokumen", APRIL)
    assert out.changes.affects("realisasi", r.id)
    services.plans.set_realisasi(t["ind3"].id, "2026-TW2", "99%", today=APRIL)
    assert [x.period for x in services.plans.realisasi(skp.id)] == ["2026-TW1", "2026-TW2"]
    assert [x.value for x in services.plans.realisasi(skp.id, "2026-Q2")] == ["99%"]
    refused(services, ErrorCode.FIELD_REQUIRED,
            lambda: services.plans.set_realisasi(t["ind1"].id, "2026-TW1", "", today=APRIL))
    refused(services, ErrorCode.INDICATOR_NOT_FOUND,
            lambda: services.plans.set_realisasi("nope", "2026-TW1", "x", today=APRIL))
    services.plans.clear_realisasi(t["ind1"].id, "2026-TW1", today=APRIL)
    assert [x.value for x in services.plans.realisasi(skp.id)] == ["99%"]
    # filled again: the same natural id comes back
    assert services.plans.set_realisasi(t["ind1"].id, "2026-TW1", "2", today=APRIL).value.id == r.id


def test_closed_period_is_refused_until_the_office_extends_it(services, t):
    late = dt.date(YEAR, 4, 11)
    err = refused(services, ErrorCode.PERIOD_CLOSED,
                  lambda: services.plans.set_realisasi(t["ind1"].id, "2026-TW1", "1", today=late))
    assert "10 April 2026" in message_for(err.code, err.params)
    refused(services, ErrorCode.PERIOD_CLOSED,
            lambda: services.plans.clear_realisasi(t["ind1"].id, "2026-TW1", today=late))
    act(services, t["admin"])  # the pegawai may not extend their own deadline
    services.periods.set_deadline("2026-TW1", "2026-04-20")
    act(services, t["staff"])
    assert services.plans.set_realisasi(t["ind1"].id, "2026-TW1", "1", today=late).value.value == "1"


def test_written_whatever_the_skp_status(services, t):
    with services.db.unit_of_work("test") as uow:  # approved elsewhere (the workflow is tested there)
        uow.skp.update(t["skp"].id, {"status": "disetujui"})
    revision = services.skp.get(t["skp"].id).revision
    services.plans.set_action_plan(t["skp"].id, t["rhk1"].id, "2026-TW2", "Rapat", today=APRIL)
    services.plans.set_realisasi(t["ind1"].id, "2026-TW2", "1", today=APRIL)
    assert services.skp.get(t["skp"].id).revision == revision


def test_period_of_another_rhythm_or_year_or_unknown_rhk(services, t):
    skp = t["skp"]
    err = refused(services, ErrorCode.PERIOD_UNKNOWN,
                  lambda: services.plans.set_action_plan(skp.id, t["rhk1"].id, "2026-03", "x",
                                                         today=APRIL))
    assert "2026-TW1, 2026-TW2" in message_for(err.code, err.params)
    refused(services, ErrorCode.PERIOD_UNKNOWN,
            lambda: services.plans.set_action_plan(skp.id, t["rhk1"].id, "2027-TW1", "x",
                                                   today=APRIL))
    refused(services, ErrorCode.RHK_NOT_FOUND,
            lambda: services.plans.set_action_plan(skp.id, t["rina_rhk"].id, "2026-TW1", "x",
                                                   today=APRIL))


def test_first_record_fixes_the_rhythm_which_then_is_locked(services, t):
    services.plans.set_action_plan(t["skp"].id, t["rhk1"].id, "2026-TW1", "x", today=APRIL)
    services.plans.set_realisasi(t["ind1"].id, "2026-TW2", "1", today=APRIL)
    services.plans.set_realisasi(t["ind1"].id, "2026-AKHIR", "1", today=APRIL)
    act(services, t["admin"])
    services.office.set_setting("periode.ritme", "bulanan")  # no effect on a fixed year
    assert [i.name for i in services.periods.list(YEAR)][0] == "2026-TW1"
    err = refused(services, ErrorCode.PERIOD_RHYTHM_LOCKED,
                  lambda: services.periods.set_rhythm("semester", YEAR))
    text = message_for(err.code, err.params)
    assert text.startswith("Ritme periode tahun 2026 tidak dapat diubah menjadi Semester: "
                           "sudah ada 2 catatan pada periode ritme Triwulanan (1 rencana aksi, "
                           "1 realisasi, 0 bukti dukung)")
    assert services.periods.set_rhythm("triwulanan", YEAR).value[0].name == "2026-TW1"
    assert services.periods.list(YEAR + 1)[0].name == f"{YEAR + 1}-01"  # the setting rules 2027
    # emptied again, the year may change its rhythm
    services.plans.clear_action_plan(t["skp"].id, t["rhk1"].id, "2026-TW1", today=APRIL)
    services.plans.clear_realisasi(t["ind1"].id, "2026-TW2", today=APRIL)
    assert len(services.periods.set_rhythm("semester", YEAR).value) == 3


def _bukti(services, skp, rhk, period, *, indicator=None, status="menunggu", file_ref="",
           replaces=None) -> str:
    with services.db.unit_of_work("test") as uow:
        return uow.plans._add(
            EvidenceRow, skp_id=skp.id, rhk_id=rhk.id, indikator_id=indicator.id if indicator
            else None, period=period, kind="file" if file_ref else "link", file_ref=file_ref,
            sha256=file_ref[:64], size=3, mime="application/pdf", original_name="a.pdf",
            link="" if file_ref else "https://contoh.go.id", description="", added_on=APRIL,
            added_by_id=None, added_by_name="", replaces_id=replaces, status=status,
            status_reason="", verified_on=None, verified_by_id=None, verified_by_name="").id


def test_grid_has_every_cell_and_counts_current_bukti(services, t, tmp_path):
    skp, rhk1, ind1, ind2 = t["skp"], t["rhk1"], t["ind1"], t["ind2"]
    store = tmp_path / "attachments"
    store.mkdir()
    here, gone = "a" * 64 + ".pdf", "b" * 64 + ".pdf"
    (store / here).write_bytes(b"%PDF")
    services.plans.set_action_plan(skp.id, rhk1.id, "2026-TW1", "Rancangan", "1", today=APRIL)
    services.plans.set_realisasi(ind1.id, "2026-TW1", "1 dokumen", today=APRIL)
    old = _bukti(services, skp, rhk1, "2026-TW1", indicator=ind1, status="ditolak", file_ref=here)
    _bukti(services, skp, rhk1, "2026-TW1", indicator=ind1, file_ref=gone, replaces=old)
    _bukti(services, skp, rhk1, "2026-TW1", status="diterima", file_ref=here)
    _bukti(services, skp, rhk1, "2026-TW1", indicator=ind2, status="ditolak")
    _bukti(services, skp, rhk1, "2026-TW2", status="diterima")

    grid = services.plans.grid(skp.id)
    assert grid.skp.id == skp.id
    assert [p.name for p in grid.periods] == ["2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4",
                                              "2026-AKHIR"]
    rows = [rhk1.id, ind1.id, ind2.id, t["rhk2"].id, t["ind3"].id]
    assert set(grid.cells) == {(r, p.name) for r in rows for p in grid.periods}
    head = grid.cell(rhk1.id, "2026-TW1")
    assert head.plan.text == "Rancangan" and head.realisasi is None
    assert (head.evidence_total, head.evidence_accepted, head.evidence_rejected,
            head.evidence_waiting, head.files_missing) == (3, 1, 1, 1, 1)
    first = grid.cell(ind1.id, "2026-TW1")  # the replaced (ditolak) version is not counted
    assert first.plan is None and first.realisasi.value == "1 dokumen"
    assert (first.evidence_total, first.evidence_waiting, first.files_missing) == (1, 1, 1)
    assert grid.cell(ind2.id, "2026-TW1").evidence_rejected == 1
    assert grid.cell(rhk1.id, "2026-TW2").evidence_accepted == 1
    assert grid.cell(t["ind3"].id, "2026-TW1") == EMPTY_CELL


def test_deleting_an_rhk_or_indicator_with_records_is_refused(services, t):
    skp, rhk1, ind2 = t["skp"], t["rhk1"], t["ind2"]
    services.plans.set_action_plan(skp.id, rhk1.id, "2026-TW1", "Rancangan", today=APRIL)
    services.plans.set_realisasi(ind2.id, "2026-TW1", "tepat", today=APRIL)
    _bukti(services, skp, rhk1, "2026-TW1", indicator=ind2)
    err = refused(services, ErrorCode.RHK_HAS_REALISASI,
                  lambda: services.skp.delete_rhk(rhk1.id))
    assert message_for(err.code, err.params).startswith(
        "RHK A.1 tidak dapat dihapus: masih memiliki 1 rencana aksi, 1 realisasi dan 1 bukti "
        "dukung.")
    err = refused(services, ErrorCode.RHK_HAS_REALISASI,
                  lambda: services.skp.delete_indicator(ind2.id))
    assert message_for(err.code, err.params).startswith(
        "Indikator 2 pada RHK A.1 tidak dapat dihapus: masih memiliki 1 realisasi dan 1 bukti")
    # an indicator without records goes; so does an RHK without any
    services.skp.delete_indicator(t["ind1"].id)
    services.skp.delete_rhk(t["rhk2"].id)
    assert [r.id for r in services.skp.get(skp.id).rhk] == [rhk1.id]
