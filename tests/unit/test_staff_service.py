"""Pegawai rules: field validation naming the field, NIP duplicates, supervisor chains, appraiser."""

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_PPPK, NIP_STAFF, person, three_levels


def _err(fn):
    with pytest.raises(DomainError) as err:
        fn()
    return err.value


def test_each_own_field_is_checked_and_named(office):
    cases = [
        (dict(name=""), ErrorCode.FIELD_REQUIRED, "nama"),
        (dict(position=""), ErrorCode.FIELD_REQUIRED, "jabatan"),
        (dict(unit=""), ErrorCode.FIELD_REQUIRED, "unit"),
        (dict(kind="direktur"), ErrorCode.FIELD_INVALID_CHOICE, "jenis_jabatan"),
        (dict(asn="HONORER"), ErrorCode.FIELD_INVALID_CHOICE, "jenis_asn"),
        (dict(rank="V/a"), ErrorCode.RANK_UNKNOWN, "golongan"),
        (dict(rank="IX"), ErrorCode.RANK_NOT_FOR_ASN_TYPE, "golongan"),
        (dict(nip="19700101200003100"), ErrorCode.NIP_LENGTH, "nip"),
        (dict(nip=NIP_PPPK), ErrorCode.NIP_KIND_MISMATCH, "nip"),
        (dict(kind="fungsional"), ErrorCode.FIELD_REQUIRED, "jenjang"),
        (dict(kind="fungsional", jenjang="Ahli Super"), ErrorCode.JENJANG_UNKNOWN, "jenjang"),
    ]
    for override, code, field in cases:
        args = dict(name="Agus", nip=NIP_STAFF, asn="PNS", rank="III/a", position="Staf",
                    kind="pelaksana", jenjang=None, unit="Dinas")
        args.update(override)
        name = args.pop("name")
        nip = args.pop("nip")
        err = _err(lambda: office.staff.add(person(name, nip, **args)))
        assert (err.code, err.params["field"]) == (code, field), override
    assert office.staff.count() == 0


def test_pppk_rank_and_label(office):
    p = office.staff.add(person("Rina", NIP_PPPK, asn="PPPK", rank="Golongan IX")).value
    assert p.rank_code == "IX"


def test_duplicate_nip_is_refused(office):
    office.staff.add(person("Agus", NIP_STAFF))
    err = _err(lambda: office.staff.add(person("Agus Lain", NIP_STAFF)))
    assert err.code is ErrorCode.NIP_DUPLICATE and err.params["name"] == "Agus"


def test_unknown_supervisor_is_refused(office):
    err = _err(lambda: office.staff.add(person("Agus", NIP_STAFF, supervisor=NIP_HEAD)))
    assert (err.code, err.params["field"]) == (ErrorCode.SUPERVISOR_NOT_FOUND, "nip_atasan")
    assert office.staff.count() == 0


def test_supervisor_chain_may_not_form_a_cycle(office):
    head, kabid, staff = three_levels(office)
    err = _err(lambda: office.staff.set_supervisor(head.id, staff.id))
    assert err.code is ErrorCode.SUPERVISOR_CYCLE
    err = _err(lambda: office.staff.set_supervisor(head.id, head.id))
    assert err.code is ErrorCode.SUPERVISOR_SELF
    assert office.staff.get(head.id).supervisor_id is None


def test_appraiser_is_derived_from_the_chain_and_can_be_overridden(office):
    head, kabid, staff = three_levels(office)
    assert office.staff.appraiser_of(staff).id == head.id
    assert office.staff.appraiser_of(kabid) is None
    other = office.staff.add(person("Sekretaris", "198001012005011004", rank="IV/b",
                                    position="Sekretaris", kind="administrator")).value
    inp = person("Agus Santoso", NIP_STAFF, rank="III/b", position="Pranata Komputer Ahli Pertama",
                 kind="fungsional", jenjang="Ahli Pertama", unit="Dinas/Bidang Aplikasi Informatika",
                 supervisor=NIP_KABID)
    inp = type(inp)(**{**inp.__dict__, "appraiser_nip": other.nip})
    updated = office.staff.update(staff, inp).value
    assert office.staff.appraiser_of(updated).id == other.id


def test_list_filters_in_sql_by_name_nip_and_unit(office):
    three_levels(office)
    assert [p.name for p in office.staff.list(search="dewi")] == ["Dewi Lestari"]
    assert [p.name for p in office.staff.list(search=NIP_STAFF[:8])] == ["Agus Santoso"]
    names = [p.name for p in office.staff.list(unit_path="Dinas/Bidang Aplikasi Informatika")]
    assert names == ["Agus Santoso", "Dewi Lestari"]
    err = _err(lambda: office.staff.list(unit_path="Tidak Ada"))
    assert err.code is ErrorCode.UNIT_NOT_FOUND


def test_office_is_created_once(office):
    err = _err(lambda: office.office.init_office("Lagi", "Kota"))
    assert err.code is ErrorCode.OFFICE_EXISTS
    err = _err(lambda: office.office.update_instansi(city=""))
    assert (err.code, err.params["field"]) == (ErrorCode.FIELD_REQUIRED, "kota")


def test_core_values_are_editable_per_office(office):
    value = office.office.core_values()[0]
    changed = office.office.update_core_value(value.id, value.name, ["Satu", "Dua", "Tiga"]).value
    assert changed.guides == ("Satu", "Dua", "Tiga")
    err = _err(lambda: office.office.update_core_value(value.id, value.name, ["Satu"]))
    assert err.params["field"] == "panduan"


def test_logo_is_stored_by_content_and_bad_files_are_refused(office, db, tmp_path):
    png = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (8, 8), (0, 90, 0)).save(png)
    inst = office.office.set_logo(png).value
    assert inst.logo_path.startswith("attachments/") and inst.logo_path.endswith(".png")
    assert (db.path.parent / inst.logo_path).read_bytes() == png.read_bytes()
    text = tmp_path / "logo.txt"
    text.write_text("bukan gambar")
    err = _err(lambda: office.office.set_logo(text))
    assert (err.code, err.params["field"]) == (ErrorCode.FILE_FORMAT_UNSUPPORTED, "logo")
    err = _err(lambda: office.office.set_logo(tmp_path / "tidak-ada.png"))
    assert err.code is ErrorCode.FILE_NOT_FOUND
    assert office.office.instansi().logo_path == inst.logo_path


def test_office_settings_have_defaults_and_validated_values(office, db):
    settings = office.office.settings()
    assert settings["print.intervened_label"] == "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI"
    changed = office.office.set_setting("print.intervened_label",
                                        "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI").value
    assert changed["print.intervened_label"] == "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
    err = _err(lambda: office.office.set_setting("print.place_date", "sembarang"))
    assert (err.code, err.params["field"]) == (ErrorCode.FIELD_INVALID_CHOICE, "nilai")
    err = _err(lambda: office.office.set_setting("tidak.ada", "x"))
    assert err.params["field"] == "pengaturan"
    with db.reader() as r:
        (entry,) = [e for e in r.journal.all() if e.entity == "office_setting"]
    assert entry.op == "insert"


def test_pages_counts_and_unit_counts_come_from_sql(office):
    head, kabid, staff = three_levels(office)
    office.staff.add(person("Ani Rahayu", "199203042019032004", unit="Dinas/Sekretariat",
                            supervisor=NIP_HEAD))
    everyone = [p.name for p in office.staff.list()]
    pages = [p.name for offset in range(0, 4, 2) for p in office.staff.list(limit=2, offset=offset)]
    assert pages == everyone == sorted(everyone)
    assert office.staff.count() == 4
    assert office.staff.count(search="NI RA") == 1  # "Ani Rahayu": any case, across words
    assert office.staff.count(supervisor_id=head.id) == 2
    assert [p.name for p in office.staff.list(supervisor_id=head.id, limit=1, offset=1)] == ["Dewi Lestari"]
    counts = {unit.path: n for unit, n in office.staff.unit_counts()}
    assert counts == {"Dinas": 1, "Dinas/Bidang Aplikasi Informatika": 2, "Dinas/Sekretariat": 1}
    [(unit, n)] = office.staff.unit_counts(search="santoso")
    assert (unit.path, n) == ("Dinas/Bidang Aplikasi Informatika", 1)
    assert office.staff.count(unit_id=unit.id) == 2
    assert [p.name for p in office.staff.list(unit_id=unit.id, search="dewi")] == ["Dewi Lestari"]
    assert office.staff.unit_counts(search="tidak ada") == []


def test_search_matches_a_nip_typed_with_spaces_and_treats_wildcards_literally(office):
    three_levels(office)
    spaced = f"{NIP_STAFF[:8]} {NIP_STAFF[8:14]} {NIP_STAFF[14]} {NIP_STAFF[15:]}"
    assert [p.name for p in office.staff.list(search=spaced)] == ["Agus Santoso"]
    assert office.staff.count(search="%") == 0
    assert office.staff.count(search="_") == 0
    assert office.staff.count(search="   ") == 3
