""""Perlu tindakan" source `realisasi_due`: periods whose batas pengisian is within 7 days with
indicators still without realisasi, for me and the pegawai I am pejabat penilai of; its
boundaries (8 days before, 7 days before, on the day, the day after)."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.services.action_items import ACTION_SOURCES, ActionTarget
from skpdesk.services.evidence.plan_actions import KEY, LABEL, RealisasiDueSource

from .helpers_coaching import YEAR, act, team


@pytest.fixture
def t(services):
    found = team(services)
    for rhk, texts in ((found["rhk1"], ("Jumlah dokumen", "Ketepatan waktu")),
                       (found["rhk2"], ("Ketersediaan", "Keamanan", "Cadangan"))):
        for text in texts:
            services.skp.add_indicator(rhk.id, text, aspect="kuantitas", target_value="1",
                                       target_unit="Dokumen")
    found["skp"] = services.skp.get(found["skp"].id)
    return found


def items(services, me, today):
    with services.db.reader() as uow:
        return RealisasiDueSource(today=lambda: today).items(uow, me.id, YEAR)


def test_registered_under_its_key_and_label():
    found = [s for s in ACTION_SOURCES if s.key == KEY]
    assert len(found) == 1 and found[0].label == LABEL == \
        "Realisasi belum lengkap menjelang batas pengisian"


@pytest.mark.parametrize("today, expected", [
    (dt.date(YEAR, 4, 2), False),    # 8 days before the batas (10 April)
    (dt.date(YEAR, 4, 3), True),     # 7 days before
    (dt.date(YEAR, 4, 10), True),    # the batas itself
    (dt.date(YEAR, 4, 11), False),   # closed: no longer chased
])
def test_boundaries(services, t, today, expected):
    assert bool(items(services, t["kabid"], today)) is expected


def test_penilai_sees_the_team_pegawai_sees_themselves(services, t):
    skp, rhk1, rhk2 = t["skp"], *t["skp"].rhk
    act(services, t["staff"])
    for ind in rhk1.indicators:
        services.plans.set_realisasi(ind.id, "2026-TW1", "1", today=dt.date(YEAR, 4, 1))
    today = dt.date(YEAR, 4, 5)
    found = items(services, t["kabid"], today)
    # Agus: 3 of 5 missing (RHK 1 complete); Rina's SKP has an RHK without indicators: nothing
    assert [(i.source, i.title, i.detail) for i in found] == [
        (KEY, t["staff"].full_name,
         "Triwulan I 2026: 3 dari 5 indikator belum ada realisasi; batas 10 April 2026")]
    assert found[0].target == ActionTarget("evidence", t["staff"].id, skp_id=skp.id,
                                           rhk_id=rhk2.id, period="2026-TW1")
    assert [i.title for i in items(services, t["staff"], today)] == [t["staff"].full_name]
    assert items(services, t["rina"], today) == []
    assert items(services, t["head"], today) == []  # the kabid's atasan is not Agus' penilai


def test_complete_period_and_extended_deadline(services, t):
    act(services, t["staff"])
    for rhk in t["skp"].rhk:
        for ind in rhk.indicators:
            services.plans.set_realisasi(ind.id, "2026-TW1", "1", today=dt.date(YEAR, 4, 1))
    assert items(services, t["kabid"], dt.date(YEAR, 4, 5)) == []
    # TW2 closes on 10 July by default; the office moved it to 20 July
    act(services, t["admin"])
    services.periods.set_deadline("2026-TW2", "2026-07-20")
    assert items(services, t["kabid"], dt.date(YEAR, 7, 5)) == []
    found = items(services, t["kabid"], dt.date(YEAR, 7, 13))
    assert [i.detail for i in found] == [
        "Triwulan II 2026: 5 dari 5 indikator belum ada realisasi; batas 20 Juli 2026"]
    assert found[0].target.rhk_id == t["skp"].rhk[0].id


def test_collected_through_action_items(services, t):
    groups = {g.key: g for g in services.actions.collect(t["kabid"].id, YEAR)}
    assert KEY in groups and groups[KEY].label == LABEL
