from datetime import date

import pytest

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.identifiers import NipInfo, clean_nip, format_nip, parse_nip, validate_nip_for

TODAY = date(2026, 11, 28)
PNS = "196503071995011001"
PPPK = "200012312024211001"
PPPK_REAL = "199105252023211031"


def parse_error(text: str) -> DomainError:
    with pytest.raises(DomainError) as info:
        parse_nip(text, today=TODAY)
    assert info.value.params["field"] == "nip"
    return info.value


def validate_error(text: str, asn_type: str) -> DomainError:
    with pytest.raises(DomainError) as info:
        validate_nip_for(text, asn_type, today=TODAY)
    assert info.value.params["field"] == "nip"
    return info.value


# --- valid -----------------------------------------------------------------


def test_valid_pns():
    assert parse_nip(PNS, today=TODAY) == NipInfo(
        nip=PNS,
        kind="PNS",
        birth_date=date(1965, 3, 7),
        tmt=date(1995, 1, 1),
        sex="L",
        sequence=1,
        batch=None,
    )


def test_valid_pppk():
    assert parse_nip(PPPK, today=TODAY) == NipInfo(
        nip=PPPK,
        kind="PPPK",
        birth_date=date(2000, 12, 31),
        tmt=date(2024, 1, 1),
        sex="L",
        sequence=1,
        batch=1,
    )


def test_valid_pppk_real_example():
    info = parse_nip(PPPK_REAL, today=TODAY)
    assert (info.kind, info.birth_date, info.tmt) == ("PPPK", date(1991, 5, 25), date(2023, 1, 1))
    assert (info.batch, info.sex, info.sequence) == (1, "L", 31)


def test_valid_pns_woman():
    assert parse_nip("197001011998032005", today=TODAY).sex == "P"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("19650307 199501 1 001", PNS),
        ("  NIP. 19650307 199501 1 001  ", PNS),
        ("nip 19650307.199501.1.001", PNS),
        ("NIP: 19650307-199501-1-001", PNS),
        ("NIPPPK 200012312024211001", PPPK),
        ("NI PPPK 20001231 2024 21 1 001", PPPK),
        ("ni pppk. 199105252023211031", PPPK_REAL),
    ],
)
def test_grouped_and_prefixed_input(text, expected):
    assert clean_nip(text) == expected
    assert parse_nip(text, today=TODAY).nip == expected


def test_format_nip():
    assert format_nip(PNS) == "19650307 199501 1 001"
    assert format_nip(PPPK) == "20001231 2024 21 1 001"
    assert format_nip("NRP12345") == "NRP12345"


# --- cleaning / shape errors -----------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "NIP.", " - . "])
def test_empty(text):
    assert parse_error(text).code is ErrorCode.NIP_REQUIRED


def test_letters():
    err = parse_error("19650307199501100A")
    assert err.code is ErrorCode.NIP_NOT_DIGITS
    assert err.params["value"] == "19650307199501100A"


def test_non_ascii_digits_rejected():
    assert parse_error("١٩٦٥٠٣٠٧١٩٩٥٠١١٠٠١").code is ErrorCode.NIP_NOT_DIGITS


@pytest.mark.parametrize("text, length", [(PNS[:-1], 17), (PNS + "1", 19)])
def test_wrong_length(text, length):
    err = parse_error(text)
    assert err.code is ErrorCode.NIP_LENGTH
    assert err.params["length"] == length
    assert err.params["value"] == text


# --- structural errors -----------------------------------------------------


@pytest.mark.parametrize(
    "birth",
    [
        "19650230",  # 30 February
        "19651307",  # month 13
        "19650007",  # month 00
        "20261129",  # tomorrow
    ],
)
def test_invalid_birth_date(birth):
    err = parse_error(birth + "1995011001")
    assert err.code is ErrorCode.NIP_BIRTH_DATE
    assert err.params["birth"] == birth


def test_invalid_birth_date_pppk():
    err = parse_error("20000230" + "2024211001")
    assert err.code is ErrorCode.NIP_BIRTH_DATE
    assert err.params["birth"] == "20000230"


@pytest.mark.parametrize("tmt", ["199500", "199513", "194912", "202801"])
def test_invalid_tmt_pns(tmt):
    err = parse_error("19300307" + tmt + "1001")
    assert err.code is ErrorCode.NIP_TMT
    assert err.params["tmt"] == tmt


def test_tmt_next_year_allowed():
    assert parse_nip("20000307" + "202701" + "1001", today=TODAY).tmt == date(2027, 1, 1)


@pytest.mark.parametrize("tmt", ["196501", "196503"])
def test_tmt_before_birth_pns(tmt):
    err = parse_error("19650307" + tmt + "1001")
    assert err.code is ErrorCode.NIP_TMT_BEFORE_BIRTH
    assert err.params["tmt"] == tmt
    assert err.params["birth"] == "19650307"


def test_tmt_invalid_pppk():
    err = parse_error("20001231" + "2028" + "211001")
    assert err.code is ErrorCode.NIP_TMT
    assert err.params["tmt"] == "2028"


def test_tmt_before_birth_pppk():
    err = parse_error("20001231" + "2000" + "211001")
    assert err.code is ErrorCode.NIP_TMT_BEFORE_BIRTH
    assert err.params["tmt"] == "2000"


@pytest.mark.parametrize(
    "nip", [PNS[:14] + "0001", PNS[:14] + "3001", PPPK[:14] + "0001", PPPK[:14] + "3001"]
)
def test_sex_digit(nip):
    err = parse_error(nip)
    assert err.code is ErrorCode.NIP_SEX_DIGIT
    assert err.params["digit"] == nip[14]


@pytest.mark.parametrize("nip", [PNS[:15] + "000", PPPK[:15] + "000"])
def test_sequence_000(nip):
    err = parse_error(nip)
    assert err.code is ErrorCode.NIP_SEQUENCE
    assert err.params["sequence"] == "000"


def test_pppk_batch_zero():
    err = parse_error("20001231" + "2024" + "20" + "1001")
    assert err.code is ErrorCode.NIP_PPPK_BATCH
    assert err.params["digit"] == "0"


def test_pppk_batch_nine():
    assert parse_nip("20001231" + "2024" + "29" + "2001", today=TODAY).batch == 9


# --- validate_nip_for ------------------------------------------------------


def test_validate_returns_cleaned_nip():
    assert validate_nip_for("NIP. 19650307 199501 1 001", "PNS", today=TODAY) == PNS
    assert validate_nip_for(PPPK_REAL, "PPPK", today=TODAY) == PPPK_REAL


@pytest.mark.parametrize("asn_type", ["PNS", "PPPK"])
def test_validate_required_for_asn(asn_type):
    assert validate_error("  ", asn_type).code is ErrorCode.NIP_REQUIRED


def test_kind_mismatch_pns_nip_for_pppk():
    err = validate_error(PNS, "PPPK")
    assert err.code is ErrorCode.NIP_KIND_MISMATCH
    assert (err.params["expected"], err.params["found"]) == ("PPPK", "PNS")


def test_kind_mismatch_pppk_nip_for_pns():
    err = validate_error(PPPK, "PNS")
    assert err.code is ErrorCode.NIP_KIND_MISMATCH
    assert (err.params["expected"], err.params["found"]) == ("PNS", "PPPK")


def test_pppk_code_digit():
    err = validate_error("20001231" + "2024" + "31" + "1001", "PPPK")
    assert err.code is ErrorCode.NIP_PPPK_CODE
    assert err.params["digit"] == "3"


def test_validate_runs_structural_rules():
    assert validate_error(PNS[:15] + "000", "PNS").code is ErrorCode.NIP_SEQUENCE
    assert validate_error(PPPK[:13] + "0" + PPPK[14:], "PPPK").code is ErrorCode.NIP_PPPK_BATCH


@pytest.mark.parametrize("text", ["", "   "])
def test_non_asn_empty_allowed(text):
    assert validate_nip_for(text, "NON_ASN", today=TODAY) is None


@pytest.mark.parametrize(
    "text, expected",
    [(" NRP12345 ", "NRP12345"), (PNS, PNS), ("3201010101900001", "3201010101900001")],
)
def test_non_asn_identifier_kept_opaque(text, expected):
    assert validate_nip_for(text, "NON_ASN", today=TODAY) == expected


def test_non_asn_identifier_too_long():
    err = validate_error("A" * 31, "NON_ASN")
    assert err.code is ErrorCode.FIELD_TOO_LONG
    assert err.params["max"] == 30


@pytest.mark.parametrize("text", ["NRP 123", "12-34", "NRP/123"])
def test_non_asn_identifier_bad_characters(text):
    assert validate_error(text, "NON_ASN").code is ErrorCode.NIP_NOT_DIGITS


def test_unknown_asn_type():
    with pytest.raises(ValueError):
        validate_nip_for(PNS, "HONORER", today=TODAY)
