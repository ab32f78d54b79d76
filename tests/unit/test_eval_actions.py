""""Perlu tindakan" sources of issue 12: `evaluation_due` (ended periods whose evaluation is not
ditetapkan yet, up to 30 days after the batas; boundaries) and `keberatan_decide`."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.services.action_items import ACTION_SOURCES, ActionTarget
from skpdesk.services.evaluation.eval_actions import (
    DUE_KEY, DUE_LABEL, KEBERATAN_KEY, KEBERATAN_LABEL, EvaluationDueSource,
    KeberatanWaitingSource)
from skpdesk.storage.tables import SkpRow

from .helpers_coaching import YEAR, act, team


def approve(services, t, skp):
    """Mark the SKP disetujui (its workflow is issue 4's; here only the status matters)."""
    with services.db.unit_of_work("test") as uow:
        uow.organisation._s.get(SkpRow, skp.id).status = "disetujui"


@pytest.fixture
def t(services):
    found = team(services)
    approve(services, found, found["skp"])
    return found


def store_keberatan(services, evaluation, filed_on):
    """A keberatan row as the keberatan service files it."""
    with services.db.unit_of_work("test") as uow:
        return uow.keberatan.add(evaluation.id, dict(
            skp_id=evaluation.skp_id, pegawai_id=evaluation.pegawai_id, period=evaluation.period,
            filed_on=filed_on, reason="Rating perilaku tidak sesuai bukti",
            atasan_id=evaluation.atasan.id, atasan_name=evaluation.atasan.name))


def items(services, me, today, year=YEAR):
    with services.db.reader() as uow:
        return EvaluationDueSource(today=lambda: today).items(uow, me.id, year)


def test_registered_under_their_keys_and_labels():
    keys = {s.key: s.label for s in ACTION_SOURCES}
    assert keys[DUE_KEY] == DUE_LABEL == "Evaluasi kinerja belum ditetapkan"
    assert keys[KEBERATAN_KEY] == KEBERATAN_LABEL == "Keberatan menunggu keputusan saya"


@pytest.mark.parametrize("today, expected", [
    (dt.date(YEAR, 3, 31), None),                       # TW1 not ended yet
    (dt.date(YEAR, 4, 1), "batas 10 April 2026"),       # ended: due
    (dt.date(YEAR, 4, 10), "batas 10 April 2026"),      # the batas itself
    (dt.date(YEAR, 4, 11), "batas 10 April 2026 (terlambat)"),
    (dt.date(YEAR, 5, 10), "batas 10 April 2026 (terlambat)"),   # 30 days after the batas
    (dt.date(YEAR, 5, 11), None),                       # 31 days after: no longer chased
])
def test_boundaries(services, t, today, expected):
    found = items(services, t["kabid"], today)
    if expected is None:
        assert found == []
    else:
        assert [(i.source, i.title, i.detail) for i in found] == [
            (DUE_KEY, t["staff"].full_name, f"Triwulan I 2026: belum dinilai; {expected}")]
        assert found[0].target == ActionTarget("evaluation", t["staff"].id,
                                               skp_id=t["skp"].id, period="2026-TW1")


def test_only_the_pejabat_penilai_and_only_approved_skp(services, t):
    today = dt.date(YEAR, 4, 5)
    # Rina's SKP is a draft: not evaluable, not listed; Agus is listed for the kabid only
    assert [i.title for i in items(services, t["kabid"], today)] == [t["staff"].full_name]
    assert items(services, t["staff"], today) == []
    assert items(services, t["head"], today) == []
    approve(services, t, t["rina_skp"])
    assert [i.title for i in items(services, t["kabid"], today)] == sorted(
        [t["staff"].full_name, t["rina"].full_name])


def test_draft_is_still_due_ditetapkan_and_final_are_not(services, t):
    today = dt.date(YEAR, 4, 5)
    skp = t["skp"]
    act(services, t["kabid"])
    services.evaluations.rate(skp.id, "2026-TW1", hasil="sesuai", perilaku="sesuai", today=today)
    assert [i.detail for i in items(services, t["kabid"], today)] == [
        "Triwulan I 2026: draft, belum ditetapkan; batas 10 April 2026"]
    services.evaluations.set(skp.id, "2026-TW1", today=today)
    assert items(services, t["kabid"], today) == []
    # reopened: revision 1 diganti, revision 2 a draft -> due again; set again -> not
    services.evaluations.reopen(skp.id, "2026-TW1", "Salah pilih rating", today=today)
    assert [i.detail for i in items(services, t["kabid"], today)] == [
        "Triwulan I 2026: draft, belum ditetapkan; batas 10 April 2026"]
    services.evaluations.set(skp.id, "2026-TW1", today=today)
    assert items(services, t["kabid"], today) == []
    # the keberatan window passing (final, derived) changes nothing
    assert items(services, t["kabid"], dt.date(YEAR, 4, 30)) == []


def test_keberatan_waiting_for_the_atasan(services, t):
    today = dt.date(YEAR, 4, 5)
    skp = t["skp"]
    act(services, t["kabid"])
    services.evaluations.rate(skp.id, "2026-TW1", hasil="sesuai", perilaku="dibawah", today=today)
    evaluation = services.evaluations.set(skp.id, "2026-TW1", today=today).value
    assert evaluation.atasan is not None and evaluation.atasan.id == t["head"].id
    store_keberatan(services, evaluation, dt.date(YEAR, 4, 8))
    with services.db.reader() as uow:
        mine = KeberatanWaitingSource().items(uow, t["head"].id, YEAR)
        # any year: a waiting keberatan is not hidden by the year selector
        assert KeberatanWaitingSource().items(uow, t["head"].id, YEAR + 1) == mine
        assert KeberatanWaitingSource().items(uow, t["kabid"].id, YEAR) == []
    assert [(i.source, i.title, i.detail) for i in mine] == [
        (KEBERATAN_KEY, t["staff"].full_name, "Triwulan I 2026: keberatan diajukan 8 April 2026")]
    kid = mine[0].target.keberatan_id
    assert mine[0].target == ActionTarget("keberatan", t["staff"].id, skp_id=skp.id,
                                          period="2026-TW1", keberatan_id=kid)
    with services.db.unit_of_work("test") as uow:
        uow.keberatan.update(kid, {"status": "diputuskan"})
    with services.db.reader() as uow:
        assert KeberatanWaitingSource().items(uow, t["head"].id, YEAR) == []


def test_previous_years_akhir_falls_due_in_january(services, t):
    # in January 2027 with 2027 selected, 2026's TW4 and Akhir are due (batas 10 January)
    found = items(services, t["kabid"], dt.date(YEAR + 1, 1, 5), year=YEAR + 1)
    assert [i.detail for i in found] == [
        "Triwulan IV 2026: belum dinilai; batas 10 Januari 2027",
        "Akhir 2026: belum dinilai; batas 10 Januari 2027"]
