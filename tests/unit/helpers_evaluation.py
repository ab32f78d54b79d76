"""A team with approved SKPs for the issue 12 evaluation tests.

`helpers_coaching.team` (Kepala Dinas (JPT) -> Kepala Bidang (pejabat penilai) -> Agus and
Rina; Wahyu pengelola kinerja) with one indicator per RHK and both SKPs disetujui, plus the
Kepala Dinas's own SKP (a JPT who heads the office: the JPT rule) approved by nobody above
(they have no atasan, so it is written straight through the repository).
"""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.skp import SkpStatus

from .helpers_coaching import YEAR, act, team

MAY = dt.date(YEAR, 5, 2)      # TW1 ended, TW2 running
TW1 = f"{YEAR}-TW1"


def approve(services, skp_id, pegawai, penilai):
    act(services, pegawai)
    services.skp.submit(skp_id)
    act(services, penilai)
    services.skp.approve(skp_id)


def eval_team(services):
    t = team(services)
    for rhk in (t["rhk1"], t["rhk2"], t["rina_rhk"]):
        services.skp.add_indicator(rhk.id, "Jumlah dokumen", aspect="kuantitas",
                                   target_value="4", target_unit="Dokumen")
    approve(services, t["skp"].id, t["staff"], t["kabid"])
    approve(services, t["rina_skp"].id, t["rina"], t["kabid"])
    kabid_skp = services.skp.create(t["kabid"].id, YEAR).value
    rhk = services.skp.add_rhk(kabid_skp.id, "Terlaksananya pengembangan aplikasi").value
    services.skp.add_indicator(rhk.id, "Jumlah aplikasi", aspect="kuantitas", target_value="2",
                               target_unit="Aplikasi")
    approve(services, kabid_skp.id, t["kabid"], t["head"])
    t["kabid_skp"] = services.skp.get(kabid_skp.id)
    t["skp"] = services.skp.get(t["skp"].id)
    t["rina_skp"] = services.skp.get(t["rina_skp"].id)
    act(services, t["kabid"])
    return t


def head_skp(services, t):
    """The Kepala Dinas's SKP, disetujui (nobody above them: set through a unit of work)."""
    skp = services.skp.create(t["head"].id, YEAR).value
    with services.db.unit_of_work("test") as uow:
        uow.skp.update(skp.id, {"status": SkpStatus.DISETUJUI.value})
    return services.skp.get(skp.id)


__all__ = ["MAY", "TW1", "YEAR", "act", "approve", "eval_team", "head_skp"]
