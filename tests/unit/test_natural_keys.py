"""Natural keys for sync: deterministic ids, no UNIQUE constraint to crash a merge, and reads
that stay deterministic when two rows share one key (lowest id wins).

Duplicates are made the way sync makes them: rows of one natural key written with their own
ids through a unit of work (`helpers_sync_rows.add_row`), never raw SQL. Services must still
refuse such duplicates on local writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.ids import (behaviour_key_id, core_value_key_id, pegawai_key_id,
                                setting_key_id, skp_key_id, unit_key_id)
from skpdesk.domain.people import PegawaiInput
from skpdesk.services.context import Services
from skpdesk.services.staff_files import COLUMNS
from skpdesk.storage.database import Database
from skpdesk.storage.tables import (BehaviourRow, CoreValueRow, InstansiRow, OfficeSettingRow,
                                    PegawaiRow, PrintedDocumentRow, SkpRow, UnitRow)

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, person, three_levels
from .helpers_sync_rows import add_row, column_values, count_rows, row_fields, update_row

YEAR = 2026
OTHER_NIP = "199203042019031004"


# --- deterministic ids

def test_office_rows_get_ids_derived_from_their_natural_keys(office):
    services = office
    instansi = services.office.instansi()
    values = services.office.core_values()
    assert [v.id for v in values] == [core_value_key_id(instansi.id, n) for n in range(1, 8)]
    services.office.set_setting("print.place_date", "blank")
    assert list(column_values(services.db, "office_setting", "id", "key")) == [
        setting_key_id(instansi.id, "print.place_date")]


def test_units_pegawai_skp_and_behaviours_get_ids_derived_from_their_keys(office):
    services = office
    instansi = services.office.instansi()
    head, kabid, _ = three_levels(services)
    units = {u.path: u for u in services.office.units()}
    assert units["Dinas"].id == unit_key_id(instansi.id, "Dinas")
    assert units["Dinas/Bidang Aplikasi Informatika"].id == unit_key_id(
        units["Dinas"].id, "Bidang Aplikasi Informatika")
    assert head.id == pegawai_key_id(instansi.id, NIP_HEAD)
    assert kabid.id == pegawai_key_id(instansi.id, NIP_KABID)
    skp = services.skp.create(kabid.id, YEAR).value
    assert skp.id == skp_key_id(kabid.id, f"{YEAR}-01-01")
    assert sorted(b.id for b in skp.behaviours) == sorted(
        behaviour_key_id(skp.id, v.id) for v in services.office.core_values())


def test_a_pegawai_without_nip_gets_a_new_id(office):
    bupati = office.staff.add(PegawaiInput(name="H. Sutrisno", asn_type="NON_ASN", position="Bupati",
                                           position_kind="jpt", unit_path="Pemerintah Kabupaten")).value
    assert bupati.id[14] == "7"  # a UUIDv7, not derived from anything


def _replica_of(services, tmp_path, name: str) -> Services:
    """A second database holding the same office row (as a seed would give it), nothing else."""
    instansi = services.office.instansi()
    other = Database(tmp_path / name)
    with other.unit_of_work("seed") as uow:
        add_row(uow, InstansiRow, row_id=instansi.id, name=instansi.name, city=instansi.city,
                logo_path=None)
    return Services.build(other, "laptop")


def test_two_replicas_of_one_office_create_the_same_rows_with_the_same_ids(office, tmp_path):
    """The same NIP, unit path, SKP and settings typed on two laptops before they sync: one
    row each after the merge (field conflicts at worst), not two that fork."""
    central = office
    laptop = _replica_of(central, tmp_path, "laptop.sqlite")
    with laptop.db.unit_of_work("seed") as uow:
        from skpdesk.domain.berakhlak import CORE_VALUES
        for number, (value, guides) in enumerate(CORE_VALUES, start=1):
            uow.office.add_core_value(number, value, guides)
    try:
        assert [v.id for v in laptop.office.core_values()] == \
            [v.id for v in central.office.core_values()]
        made = []
        for services in (central, laptop):
            head, kabid, staff = three_levels(services)
            skp = services.skp.create(staff.id, YEAR).value
            services.office.set_setting("print.place_date", "blank")
            made.append(([p.id for p in (head, kabid, staff)], sorted(u.id for u in services.office.units()),
                         skp.id, sorted(b.id for b in skp.behaviours)))
        assert made[0] == made[1]
    finally:
        laptop.db.close()


def test_a_key_id_held_by_another_row_falls_back_to_a_new_id(office):
    """A renamed unit keeps its id; a new unit with the old name cannot take it. Same for a
    changed NIP."""
    services = office
    head, kabid, staff = three_levels(services)
    old_unit = next(u for u in services.office.units() if u.path == "Dinas/Bidang Aplikasi Informatika")
    # The unit row is renamed, as a rename from another laptop arrives.
    with services.db.unit_of_work("sync") as uow:
        update_row(uow, UnitRow, old_unit.id, name="Bidang Aptika")
    moved = services.staff.update(staff, person("Agus Santoso", NIP_STAFF, rank="III/b",
                                                position="Pranata Komputer Ahli Pertama",
                                                kind="fungsional", jenjang="Ahli Pertama",
                                                unit="Dinas/Bidang Aplikasi Informatika",
                                                supervisor=NIP_KABID)).value
    assert moved.unit_id != old_unit.id
    assert moved.unit_path == "Dinas/Bidang Aplikasi Informatika"
    # A changed NIP keeps the row's id; a new pegawai with the old NIP gets a fresh one.
    renumbered = services.staff.update(head, person("Bambang Sutrisno", OTHER_NIP, rank="IV/c",
                                                    position="Kepala Dinas", kind="jpt")).value
    assert renumbered.id == head.id
    newcomer = services.staff.add(person("Budi Hartono", NIP_HEAD)).value
    assert newcomer.id != head.id and newcomer.nip == NIP_HEAD


# --- the schema no longer refuses a second row of a natural key

def test_the_schema_holds_two_rows_of_every_natural_key(office):
    services = office
    head, kabid, staff = three_levels(services)
    skp = services.skp.create(staff.id, YEAR).value
    with services.db.unit_of_work("sync") as uow:
        add_row(uow, PegawaiRow, **row_fields(uow, PegawaiRow, head.id, name="Bambang S."))
        add_row(uow, SkpRow, **row_fields(uow, SkpRow, skp.id))
        add_row(uow, BehaviourRow, **row_fields(uow, BehaviourRow, skp.behaviours[0].id))
        add_row(uow, CoreValueRow, **row_fields(uow, CoreValueRow, skp.behaviours[0].core_value.id))
        add_row(uow, OfficeSettingRow, key="print.place_date", value="blank")
        add_row(uow, OfficeSettingRow, key="print.place_date", value="city_blank")
        add_row(uow, PrintedDocumentRow, code="ABCD-1234", kind="skp", skp_id=skp.id, revision=1,
                content_hash="0" * 64)
        add_row(uow, PrintedDocumentRow, code="ABCD-1234", kind="skp", skp_id=skp.id, revision=1,
                content_hash="0" * 64)
    conn = sqlite3.connect(services.db.path)
    try:
        sql = " ".join(r[0] or "" for r in conn.execute("SELECT sql FROM sqlite_master"))
        assert "UNIQUE" not in sql.replace('UNIQUE (device_id, seq)', '')
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"ix_pegawai_nip", "ix_skp_pegawai_id_period_start", "ix_core_value_number",
                "ix_perilaku_kerja_skp_id_core_value_id", "ix_office_setting_key",
                "ix_printed_document_code"} <= indexes
    finally:
        conn.close()


# --- every read of a natural key is deterministic with duplicates present

def _duplicate(services, row_cls, source_id: str, **changes) -> str:
    with services.db.unit_of_work("sync") as uow:
        return add_row(uow, row_cls, **row_fields(uow, row_cls, source_id, **changes))


def test_reads_by_nip_pick_the_lowest_id_and_local_writes_refuse_the_nip(office, tmp_path):
    services = office
    head, kabid, staff = three_levels(services)
    twin = _duplicate(services, PegawaiRow, staff.id, name="Agus Santosa")
    lowest = min(twin, staff.id)
    assert services.staff.by_nip(NIP_STAFF).id == lowest
    assert len(services.staff.list(search=NIP_STAFF)) == 2
    with pytest.raises(DomainError) as err:
        services.staff.add(person("Orang Lain", NIP_STAFF))
    assert err.value.code is ErrorCode.NIP_DUPLICATE
    with pytest.raises(DomainError) as err:
        services.staff.update(kabid, person("Dewi Lestari", NIP_STAFF, rank="IV/a",
                                            position="Kepala Bidang Aplikasi Informatika",
                                            kind="administrator", supervisor=NIP_HEAD))
    assert err.value.code is ErrorCode.NIP_DUPLICATE
    # A staff file naming the NIP updates the row every read picks.
    path = tmp_path / "staff.csv"
    row = {"nip": NIP_STAFF, "nama": "Agus Santoso Baru", "gelar_depan": "", "gelar_belakang": "",
           "jenis_asn": "PNS", "golongan": "III/b", "jabatan": "Pranata Komputer Ahli Pertama",
           "jenis_jabatan": "fungsional", "jenjang": "Ahli Pertama",
           "unit": "Dinas/Bidang Aplikasi Informatika", "nip_atasan": NIP_KABID,
           "nip_atasan_penilai": ""}
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow(row)
    report = services.staff_files.import_file(path)
    assert (report.created, report.updated) == (0, 1)
    assert services.staff.get(lowest).name == "Agus Santoso Baru"
    # The appraiser chain resolves through by_nip without MultipleResultsFound.
    services.staff.add(person("Rina Wati", OTHER_NIP, supervisor=NIP_STAFF))
    assert services.staff.by_nip(OTHER_NIP).supervisor_id == lowest
    assert services.integrity.run(YEAR) is not None


def test_sibling_units_of_one_name_resolve_to_the_lowest_id(office):
    services = office
    three_levels(services)
    unit = next(u for u in services.office.units() if u.path == "Dinas/Bidang Aplikasi Informatika")
    twin = _duplicate(services, UnitRow, unit.id)
    lowest = min(twin, unit.id)
    newcomer = services.staff.add(person("Rina Wati", OTHER_NIP,
                                         unit="Dinas/Bidang Aplikasi Informatika")).value
    assert newcomer.unit_id == lowest
    paths = [u for u in services.office.units() if u.path == "Dinas/Bidang Aplikasi Informatika"]
    assert [u.id for u in paths] == sorted([unit.id, twin])
    listed = services.staff.list(unit_path="Dinas/Bidang Aplikasi Informatika")
    assert [p.id for p in listed if p.unit_id == lowest]


def test_two_skps_of_one_period_read_as_the_lowest_id_and_a_second_create_is_refused(office):
    services = office
    head, kabid, staff = three_levels(services)
    skp = services.skp.create(staff.id, YEAR).value
    twin = _duplicate(services, SkpRow, skp.id)
    lowest = min(twin, skp.id)
    assert services.skp.find(staff.id, YEAR).id == lowest
    assert services.skp.for_pegawai(staff.id, YEAR).id == lowest
    with pytest.raises(DomainError) as err:
        services.skp.create(staff.id, YEAR)
    assert err.value.code is ErrorCode.SKP_EXISTS
    assert services.cascade.tree(YEAR) is not None
    assert services.integrity.run(YEAR) is not None


def test_two_behaviour_rows_of_one_value_write_and_read_the_lowest_id(office):
    services = office
    _, _, staff = three_levels(services)
    skp = services.skp.create(staff.id, YEAR).value
    first = skp.behaviours[0]
    twin = _duplicate(services, BehaviourRow, first.id)
    lowest = min(twin, first.id)
    after = services.skp.set_expectation(skp.id, first.core_value.id, "Melayani dengan senyum").value
    same_value = [b for b in after.behaviours if b.core_value.id == first.core_value.id]
    assert {b.id: b.expectation for b in same_value}[lowest] == "Melayani dengan senyum"
    assert len(same_value) == 2  # both rows stay visible until the conflict is resolved


def test_two_settings_of_one_key_read_and_write_the_lowest_id(office):
    services = office
    with services.db.unit_of_work("sync") as uow:
        ids = [add_row(uow, OfficeSettingRow, key="print.place_date", value=v)
               for v in ("blank", "city_blank")]
    lowest_value = dict(zip(ids, ("blank", "city_blank")))[min(ids)]
    assert services.office.settings()["print.place_date"] == lowest_value
    services.office.set_setting("print.place_date", "city_date")
    assert services.office.settings()["print.place_date"] == "city_date"
    stored = column_values(services.db, "office_setting", "id", "value")
    assert stored[min(ids)] == "city_date" and stored[max(ids)] != "city_date"


def test_two_core_values_of_one_number_list_once_and_new_skps_use_the_lowest(office):
    services = office
    values = services.office.core_values()
    twin = _duplicate(services, CoreValueRow, values[0].id, name="Berorientasi Pelayanan (laptop)")
    lowest = min(twin, values[0].id)
    listed = services.office.core_values()
    assert [v.number for v in listed] == list(range(1, 8))
    assert listed[0].id == lowest
    _, _, staff = three_levels(services)
    skp = services.skp.create(staff.id, YEAR).value
    assert len(skp.behaviours) == 7
    assert lowest in {b.core_value.id for b in skp.behaviours}


def test_a_printed_code_held_twice_is_checked_against_the_lowest_id(office):
    services = office
    _, _, staff = three_levels(services)
    skp = services.skp.create(staff.id, YEAR).value
    doc = services.skp_document.build(skp.id, printed_on=dt.date(YEAR, 3, 1))
    assert services.skp_document.record_print(doc).value is True
    with services.db.unit_of_work("sync") as uow:
        add_row(uow, PrintedDocumentRow, code=doc.code, kind="skp", skp_id=skp.id, revision=99,
                content_hash="f" * 64)
    check = services.skp_document.check_print(doc.code)
    assert check.skp_id == skp.id
    assert services.skp_document.record_print(doc).value is False  # known code: not recorded again


def test_local_writes_still_keep_one_row_per_key(office):
    services = office
    _, _, staff = three_levels(services)
    services.office.set_setting("print.place_date", "blank")
    services.office.set_setting("print.place_date", "city_blank")
    with pytest.raises(DomainError) as err:
        services.office.init_office("Dinas Lain", "Wonosari")
    assert err.value.code is ErrorCode.OFFICE_EXISTS
    skp = services.skp.create(staff.id, YEAR).value
    services.skp.set_expectation(skp.id, skp.behaviours[0].core_value.id, "a")
    services.skp.set_expectation(skp.id, skp.behaviours[0].core_value.id, "b")
    assert count_rows(services.db, "office_setting") == 1
    assert count_rows(services.db, "perilaku_kerja", skp_id=skp.id) == 7
    assert count_rows(services.db, "core_value") == 7
