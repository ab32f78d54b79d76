"""A small team with SKPs and dialogs for the umpan balik / B.1.8 / B.1.9 tests.

Kepala Dinas -> Kepala Bidang (pejabat penilai) -> Agus (fungsional) and Rina (pelaksana);
Wahyu is a pengelola kinerja. Dialogs are written with `DialogService` when the services have
it (helper A's branch), else straight through a unit of work (journaled like any write).
"""

from __future__ import annotations

import datetime as dt
import json

from skpdesk.domain.dialog import DialogKind
from skpdesk.storage.tables import DialogParticipantRow, DialogRow

from .helpers_office import NIP_KABID, NIP_STAFF, person, three_levels

YEAR = 2026
NIP_RINA = "199203102019022001"
NIP_ADMIN = "198807072012121002"
STAFF_RHK_1 = "Tersusunnya dokumen rancangan aplikasi layanan perizinan daring"
STAFF_RHK_2 = "Terpeliharanya basis data aplikasi kepegawaian"


def team(services):
    """The office and people above; SKPs of the staff for YEAR. Returns a dict of values."""
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    head, kabid, staff = three_levels(services)
    rina = services.staff.add(person("Rina Marlina", NIP_RINA, rank="II/c", unit="Dinas/Bidang Aplikasi Informatika",
                                     supervisor=NIP_KABID)).value
    admin = services.staff.add(person("Wahyu Pratama", NIP_ADMIN, rank="III/c",
                                      position="Analis Kinerja", unit="Dinas/Sekretariat")).value
    services.office.set_setting("roles.pengelola_kinerja", NIP_ADMIN)
    skp = services.skp.create(staff.id, YEAR).value
    rhk1 = services.skp.add_rhk(skp.id, STAFF_RHK_1).value
    rhk2 = services.skp.add_rhk(skp.id, STAFF_RHK_2).value
    rina_skp = services.skp.create(rina.id, YEAR).value
    rina_rhk = services.skp.add_rhk(rina_skp.id, "Terlaksananya layanan administrasi").value
    values = services.office.core_values()
    return dict(head=head, kabid=kabid, staff=staff, rina=rina, admin=admin, skp=skp, rhk1=rhk1,
                rhk2=rhk2, rina_skp=rina_skp, rina_rhk=rina_rhk, values=values)


def make_dialog(services, participants, *, kind=DialogKind.COACHING, held_on=dt.date(YEAR, 3, 10),
                led_by=None, author=None, confidential=None, notes="Catatan bimbingan",
                agenda=("Capaian triwulan I",), led_by_name="", led_by_role="") -> str:
    """A dialog kinerja (draft); returns its id."""
    kind = DialogKind(kind)
    confidential = kind is DialogKind.KONSELING if confidential is None else confidential
    dialogs = getattr(services, "dialogs", None)
    if dialogs is not None:  # helper A's service, once merged
        from skpdesk.services.dialog.dialogs import DialogInput
        before = services.db.acting_override
        services.acting.act_as_id(author.id if author else None)
        try:
            return dialogs.add(DialogInput(
                held_on=held_on, kind=kind, participant_ids=tuple(p.id for p in participants),
                led_by_id=led_by.id if led_by else None, led_by_name=led_by_name,
                led_by_role=led_by_role, agenda=tuple(agenda), notes=notes,
                confidential=confidential)).value.id
        finally:
            services.acting.act_as_id(before)
    with services.db.unit_of_work("test") as uow:
        row = uow.coaching._add(
            DialogRow, held_on=held_on, start_time="09:00", duration_min=60, place="Ruang rapat",
            online=0, kind=kind.value, led_by_id=led_by.id if led_by else None,
            led_by_name=led_by_name, led_by_role=led_by_role, agenda=json.dumps(list(agenda)),
            notes=notes, confidential=int(confidential), author_id=author.id if author else None,
            author_name=author.full_name if author else "", closed_at=None, closed_by="")
        for p in participants:
            uow.coaching._add(DialogParticipantRow, dialog_id=row.id, pegawai_id=p.id)
        return row.id


def act(services, pegawai):
    services.acting.act_as_id(pegawai.id if pegawai is not None else None)


__all__ = ["NIP_ADMIN", "NIP_KABID", "NIP_RINA", "NIP_STAFF", "YEAR", "act", "make_dialog", "team"]
