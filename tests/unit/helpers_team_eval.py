"""A pejabat penilai's team with predikat for the distribution view, sheet and chart tests.

`helpers_evaluation.eval_team` (Kepala Dinas -> Kepala Bidang (pejabat penilai) -> Agus and
Rina, SKPs disetujui) plus extra pelaksana under the Kepala Bidang so a team has `size`
members; each is rated for TW1 by the Kepala Bidang through `EvaluationService.rate` with the
ratings that give the wanted predikat, and the Kepala Dinas (the leader above the Bidang) sets
the Bidang's predikat kinerja organisasi.
"""

from __future__ import annotations

from skpdesk.domain.evaluation import OrgPredikat, Predikat, Rating

from .helpers_evaluation import MAY, TW1, YEAR, act, approve, eval_team
from .helpers_office import NIP_KABID, person

UNIT = "Dinas/Bidang Aplikasi Informatika"
RATINGS = {Predikat.SANGAT_BAIK: (Rating.DIATAS, Rating.DIATAS),
           Predikat.BAIK: (Rating.SESUAI, Rating.SESUAI),
           Predikat.BUTUH_PERBAIKAN: (Rating.DIBAWAH, Rating.SESUAI),
           Predikat.KURANG: (Rating.SESUAI, Rating.DIBAWAH),
           Predikat.SANGAT_KURANG: (Rating.DIBAWAH, Rating.DIBAWAH)}


def extra_member(services, t, number: int):
    """Pelaksana number `number` (1..) under the Kepala Bidang with an approved SKP."""
    nip = f"19950{number % 10}012020121{number:03d}"
    member = services.staff.add(person(f"Pegawai Uji {number}", nip, rank="II/c", unit=UNIT,
                                       supervisor=NIP_KABID)).value
    skp = services.skp.create(member.id, YEAR).value
    rhk = services.skp.add_rhk(skp.id, f"Terlaksananya tugas uji {number}").value
    services.skp.add_indicator(rhk.id, "Jumlah laporan", aspect="kuantitas", target_value="4",
                               target_unit="Laporan")
    approve(services, skp.id, member, t["kabid"])
    return member, services.skp.get(skp.id)


def rated_team(services, predikats, org: OrgPredikat | None = OrgPredikat.BAIK,
               period: str = TW1):
    """The team with one member per item of `predikats` (a Predikat, or None: not rated);
    returns eval_team's dict with "members" [(pegawai, skp)] in that order."""
    t = eval_team(services)
    members = [(t["staff"], t["skp"]), (t["rina"], t["rina_skp"])]
    for number in range(1, len(predikats) - 1):
        members.append(extra_member(services, t, number))
    members = members[:len(predikats)]
    act(services, t["kabid"])
    for (_pegawai, skp), predikat in zip(members, predikats):
        if predikat is not None:
            hasil, perilaku = RATINGS[predikat]
            services.evaluations.rate(skp.id, period, hasil=hasil, perilaku=perilaku, today=MAY)
    if org is not None:
        act(services, t["head"])
        services.org_predikat.set(t["kabid"].unit_id, period, org, today=MAY)
    act(services, t["kabid"])
    t["members"] = members
    return t


__all__ = ["MAY", "RATINGS", "TW1", "UNIT", "YEAR", "extra_member", "rated_team"]
