"""An office for batch printing of the evaluation forms (issue 13).

`helpers_team_eval.rated_team` for TW1 (Kepala Bidang rates Agus "Baik" and Rina "Sangat Baik";
the Kepala Dinas sets the Bidang's predikat kinerja organisasi), then:
- Agus's evaluation is ditetapkan (a final document), Rina's stays a draft (KONSEP);
- the Kepala Bidang has an approved SKP but no evaluation (no_evaluation);
- the Kepala Dinas and Wahyu (Sekretariat) have no SKP (no_skp);
- Sari (Bidang) has an SKP still in draft (skp_not_approved);
- a Non-ASN tenaga pendukung in the Sekretariat (not_asn).
Units in path order: Dinas, Dinas/Bidang Aplikasi Informatika, Dinas/Sekretariat.
"""

from __future__ import annotations

from skpdesk.domain.evaluation import Predikat
from skpdesk.domain.people import PegawaiInput

from .helpers_office import NIP_KABID, person
from .helpers_team_eval import MAY, TW1, UNIT, YEAR, act, rated_team

NIP_DRAFT = "199607072021022001"


def eval_print_office(services):
    t = rated_team(services, [Predikat.BAIK, Predikat.SANGAT_BAIK])
    act(services, t["kabid"])
    services.evaluations.set(t["skp"].id, TW1, today=MAY)
    sari = services.staff.add(person("Sari Dewi", NIP_DRAFT, rank="II/c", unit=UNIT,
                                     supervisor=NIP_KABID)).value
    services.skp.create(sari.id, YEAR)
    services.staff.add(PegawaiInput(name="Joko Susilo", asn_type="NON_ASN", nip=None, rank=None,
                                    position="Tenaga Pendukung", position_kind="pelaksana",
                                    jenjang=None, unit_path="Dinas/Sekretariat",
                                    supervisor_nip=None))
    t["sari"] = sari
    return t


__all__ = ["MAY", "NIP_DRAFT", "TW1", "UNIT", "YEAR", "eval_print_office"]
