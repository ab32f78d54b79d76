"""NIP plausibility: the ages at TMT and the birth year the NIP implies (SKP-REFERENCE 5.1).

A CPNS is at least 18 at TMT and younger than the lowest retirement age (so at most 57); a PPPK
at least 18 and at most 65 in the TMT year; nobody with an 18-digit NIP was born before 1930.
The message says which rule failed. The demo and benchmark generators only make NIPs that pass.
"""

import random
from datetime import date

import pytest

from skpdesk.cli.messages import format_error
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.identifiers import (MAX_AGE_AT_TMT_PNS, MAX_AGE_AT_TMT_PPPK, MIN_AGE_AT_TMT,
                                        MIN_BIRTH_YEAR, parse_nip, validate_nip_for)
from skpdesk.services.demo import DemoService

TODAY = date(2026, 11, 28)


def error_of(nip: str, asn: str = "PNS") -> DomainError:
    with pytest.raises(DomainError) as info:
        validate_nip_for(nip, asn, today=TODAY)
    return info.value


def test_tmt_one_month_after_birth_is_refused_naming_the_age_rule():
    err = error_of("19900115" + "199002" + "1001")  # the case: TMT a month after birth
    assert err.code is ErrorCode.NIP_AGE_AT_TMT
    assert err.params["reason"] == "too_young" and err.params["age"] == 0
    assert format_error(err) == (
        "NIP 199001151990021001 tidak valid: usia pada TMT pengangkatan (199002) baru 0 tahun, "
        "padahal CPNS/PPPK paling muda 18 tahun (lahir 19900115).")


def test_birth_in_1900_is_refused_naming_the_birth_year_rule():
    err = error_of("19000101" + "192001" + "1001")
    assert err.code is ErrorCode.NIP_BIRTH_TOO_EARLY
    assert err.params["min_year"] == MIN_BIRTH_YEAR
    assert "sebelum tahun 1930" in format_error(err)


@pytest.mark.parametrize("birth,tmt,ok", [
    ("20000301", "201803", True),   # 18 on the day of TMT
    ("20000302", "201803", False),  # one day short of 18
    ("19600101", "201701", True),   # 57
    ("19581231", "201701", False),  # 58 on the day of TMT: the lowest BUP
    (f"{MIN_BIRTH_YEAR}0101", f"{MIN_BIRTH_YEAR + 20}01", True),
])
def test_pns_age_bounds(birth, tmt, ok):
    nip = birth + tmt + "1001"
    if ok:
        assert parse_nip(nip, today=TODAY).nip == nip
    else:
        err = error_of(nip)
        assert err.code is ErrorCode.NIP_AGE_AT_TMT
        assert err.params.get("min_age", MIN_AGE_AT_TMT) == MIN_AGE_AT_TMT
        assert err.params.get("max_age", MAX_AGE_AT_TMT_PNS) == MAX_AGE_AT_TMT_PNS


def test_too_old_message_names_the_limit():
    err = error_of("19500101" + "201001" + "1001")
    assert err.params["reason"] == "too_old"
    assert "sudah 60 tahun, lebih dari batas 57 tahun" in format_error(err)


@pytest.mark.parametrize("birth,year,ok", [
    ("20060101", "2024", True),    # 18 in the TMT year
    ("20070101", "2024", False),   # 17
    ("19590101", "2024", True),    # 65
    ("19580101", "2024", False),   # 66
])
def test_pppk_age_bounds(birth, year, ok):
    nip = birth + year + "21" + "1001"
    if ok:
        assert validate_nip_for(nip, "PPPK", today=TODAY) == nip
    else:
        err = error_of(nip, "PPPK")
        assert err.code is ErrorCode.NIP_AGE_AT_TMT
        assert err.params.get("max_age", MAX_AGE_AT_TMT_PPPK) == MAX_AGE_AT_TMT_PPPK


def test_import_names_the_rule_per_row(office, db, tmp_path):
    from skpdesk.domain.errors import ImportRejected
    from skpdesk.services.staff_file_reading import COLUMNS
    from skpdesk.services.staff_files import StaffFilesService
    path = tmp_path / "a.csv"
    path.write_text(",".join(COLUMNS) + "\n"
                    + "199001151990021001,Bayi,,,PNS,III/a,Analis,pelaksana,,Umum,,\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        StaffFilesService(db, "test").import_file(path)
    assert [(p.row, p.column, p.error.code) for p in info.value.problems] == [
        (2, "nip", ErrorCode.NIP_AGE_AT_TMT)]


@pytest.mark.parametrize("seed", [7, 2024])
def test_demo_generator_makes_only_plausible_nips(db, seed):
    # DemoService checks every NIP it makes with parse_nip and raises otherwise; bench/
    # make_large_office.py uses the same generator (seed 7 for the 2,000-pegawai office).
    DemoService(db, "test").fill(employees=300, seed=seed, year=2025)
    with db.reader() as r:
        nips = [p.nip for p in r.people.list() if p.nip]
    assert len(nips) >= 290
    for nip in random.Random(seed).sample(nips, 50):
        parse_nip(nip)
