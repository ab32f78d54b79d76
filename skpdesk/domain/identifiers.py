"""NIP (PNS) and NI PPPK: cleaning, structural validation and display grouping.

Both are 18 digits starting with the birth date; digit 13 is '2' only for PPPK.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from skpdesk.domain.errors import DomainError, ErrorCode

NIP_LENGTH = 18
NON_ASN_MAX_LENGTH = 30

# Plausibility of the dates inside a NIP (SKP-REFERENCE 5.1 calls "TMT - lahir >= 18 tahun" a
# soft check). The bounds are wide on purpose: a NIP is issued by BKN and cannot be corrected
# by the user, so a rule here must never refuse a real one.
# - MIN_AGE_AT_TMT: a CPNS is at least 18 when appointed (PP 11/2017 Pasal 23: "usia paling
#   rendah 18 tahun" when applying; TMT CPNS comes after that). Applied to PPPK too, whose
#   minimum (20, PP 49/2018) is higher, so 18 never refuses a real NI PPPK.
# - MAX_AGE_AT_TMT: nobody is appointed at or past 58, the lowest batas usia pensiun (BUP). The
#   oldest real CPNS were honorer K2 appointed up to 2014, at most 46 on 1 January 2006
#   (PP 48/2005, PP 56/2012), so about 55. PPPK may apply until one year before the jabatan's
#   BUP, at most 65 (JF Ahli Utama), so their limit is 65; their TMT has only a year, so the age
#   is counted in whole years (TMT year - birth year).
# - MIN_BIRTH_YEAR: the 18-digit NIP exists since 2008 (NIP lama had 9 digits). The oldest ASN
#   still serving then had a BUP of at most 70 (profesor), so was born in 1938 or later; 1930
#   leaves a margin.
MIN_AGE_AT_TMT = 18
MAX_AGE_AT_TMT_PNS = 57
MAX_AGE_AT_TMT_PPPK = 65
MIN_BIRTH_YEAR = 1930

_PREFIX = re.compile(r"^(?:NI\s*PPPK|NIPPPK|NIP)\s*\.?\s*:?\s*", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s.\-]+")
_DIGITS = re.compile(r"[0-9]+")
_NON_ASN_ID = re.compile(r"[0-9A-Za-z]+")


@dataclass(frozen=True)
class NipInfo:
    nip: str
    kind: str  # 'PNS' or 'PPPK'
    birth_date: datetime.date
    tmt: datetime.date  # PNS: first of the TMT month; PPPK: 1 January of the TMT year
    sex: str  # 'L' or 'P'
    sequence: int
    batch: int | None  # PPPK angkatan; None for PNS


def clean_nip(text: str) -> str:
    """Drop surrounding blanks, a leading NIP / NIP. / NIPPPK / NI PPPK label and group separators.

    Only normalises; it does not validate (see `parse_nip`).
    """
    text = _PREFIX.sub("", (text or "").strip())
    return _SEPARATORS.sub("", text)


def _error(code: ErrorCode, nip: str, **details: object) -> DomainError:
    return DomainError(code, field="nip", value=nip, **details)


def _checked_digits(text: str) -> str:
    nip = clean_nip(text)
    if not nip:
        raise _error(ErrorCode.NIP_REQUIRED, nip)
    if not _DIGITS.fullmatch(nip):
        raise _error(ErrorCode.NIP_NOT_DIGITS, nip)
    if len(nip) != NIP_LENGTH:
        raise _error(ErrorCode.NIP_LENGTH, nip, length=len(nip))
    return nip


def _kind_of(nip: str) -> str:
    # A PNS TMT month starts with '0' or '1', so '2' at digit 13 can only be the PPPK code.
    return "PPPK" if nip[12] == "2" else "PNS"


def _birth_date(nip: str, today: datetime.date) -> datetime.date:
    digits = nip[:8]
    try:
        birth = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise _error(ErrorCode.NIP_BIRTH_DATE, nip, birth=digits) from None
    if birth > today:
        raise _error(ErrorCode.NIP_BIRTH_DATE, nip, birth=digits)
    if birth.year < MIN_BIRTH_YEAR:
        raise _error(ErrorCode.NIP_BIRTH_TOO_EARLY, nip, birth=digits, min_year=MIN_BIRTH_YEAR)
    return birth


def _years_between(birth: datetime.date, later: datetime.date) -> int:
    """Completed years from `birth` to `later` (age on that day)."""
    return later.year - birth.year - ((later.month, later.day) < (birth.month, birth.day))


def _check_age_at_tmt(nip: str, age: int, max_age: int, tmt_digits: str) -> None:
    if age < MIN_AGE_AT_TMT:
        raise _error(ErrorCode.NIP_AGE_AT_TMT, nip, birth=nip[:8], tmt=tmt_digits, age=age,
                     min_age=MIN_AGE_AT_TMT, reason="too_young")
    if age > max_age:
        raise _error(ErrorCode.NIP_AGE_AT_TMT, nip, birth=nip[:8], tmt=tmt_digits, age=age,
                     max_age=max_age, reason="too_old")


def _sex_and_sequence(nip: str) -> tuple[str, int]:
    digit = nip[14]
    if digit not in "12":
        raise _error(ErrorCode.NIP_SEX_DIGIT, nip, digit=digit)
    sequence = nip[15:]
    if sequence == "000":
        raise _error(ErrorCode.NIP_SEQUENCE, nip, sequence=sequence)
    return ("L" if digit == "1" else "P"), int(sequence)


def _parse_pns(nip: str, today: datetime.date) -> NipInfo:
    birth = _birth_date(nip, today)
    tmt_digits = nip[8:14]
    year, month = int(tmt_digits[:4]), int(tmt_digits[4:])
    if not 1 <= month <= 12 or not 1950 <= year <= today.year + 1:
        raise _error(ErrorCode.NIP_TMT, nip, tmt=tmt_digits)
    tmt = datetime.date(year, month, 1)
    if tmt <= birth:
        raise _error(ErrorCode.NIP_TMT_BEFORE_BIRTH, nip, birth=nip[:8], tmt=tmt_digits)
    _check_age_at_tmt(nip, _years_between(birth, tmt), MAX_AGE_AT_TMT_PNS, tmt_digits)
    sex, sequence = _sex_and_sequence(nip)
    return NipInfo(nip, "PNS", birth, tmt, sex, sequence, None)


def _parse_pppk(nip: str, today: datetime.date) -> NipInfo:
    if nip[12] != "2":
        raise _error(ErrorCode.NIP_PPPK_CODE, nip, digit=nip[12])
    birth = _birth_date(nip, today)
    tmt_digits = nip[8:12]
    year = int(tmt_digits)
    if year > today.year + 1:
        raise _error(ErrorCode.NIP_TMT, nip, tmt=tmt_digits)
    if year <= birth.year:
        raise _error(ErrorCode.NIP_TMT_BEFORE_BIRTH, nip, birth=nip[:8], tmt=tmt_digits)
    _check_age_at_tmt(nip, year - birth.year, MAX_AGE_AT_TMT_PPPK, tmt_digits)
    if nip[13] == "0":
        raise _error(ErrorCode.NIP_PPPK_BATCH, nip, digit=nip[13])
    sex, sequence = _sex_and_sequence(nip)
    return NipInfo(nip, "PPPK", birth, datetime.date(year, 1, 1), sex, sequence, int(nip[13]))


def parse_nip(text: str, *, today: datetime.date | None = None) -> NipInfo:
    """Validate a NIP PNS or NI PPPK, kind taken from digit 13; DomainError on the first broken rule."""
    nip = _checked_digits(text)
    today = today or datetime.date.today()
    return _parse_pppk(nip, today) if _kind_of(nip) == "PPPK" else _parse_pns(nip, today)


def validate_nip_for(text: str, asn_type: str, *, today: datetime.date | None = None) -> str | None:
    """Check the identifier of a person of `asn_type` ('PNS', 'PPPK' or 'NON_ASN'); return it cleaned.

    PNS / PPPK: the NIP is required and must be of that kind. The kind is read from digit 13
    before the date rules, so a NIP of the other kind gives NIP_KIND_MISMATCH; for PPPK a
    digit 13 that fits neither kind gives NIP_PPPK_CODE.
    NON_ASN (e.g. a Bupati or Menteri, "NIP (*opsional)"): empty returns None. Anything else is
    kept as an opaque identifier (some offices record an NRP or NIK), stripped only, and must be
    1-30 ASCII letters or digits: longer gives FIELD_TOO_LONG, other characters NIP_NOT_DIGITS
    (with letters_allowed=True).
    """
    if asn_type == "NON_ASN":
        value = (text or "").strip()
        if not value:
            return None
        if len(value) > NON_ASN_MAX_LENGTH:
            raise _error(ErrorCode.FIELD_TOO_LONG, value, max=NON_ASN_MAX_LENGTH, length=len(value))
        if not _NON_ASN_ID.fullmatch(value):
            raise _error(ErrorCode.NIP_NOT_DIGITS, value, letters_allowed=True)
        return value
    if asn_type not in ("PNS", "PPPK"):
        raise ValueError(f"unknown asn_type: {asn_type!r}")
    nip = _checked_digits(text)
    today = today or datetime.date.today()
    if asn_type == "PPPK":
        if nip[12] in "01":
            raise _error(ErrorCode.NIP_KIND_MISMATCH, nip, expected="PPPK", found="PNS")
        return _parse_pppk(nip, today).nip
    if _kind_of(nip) == "PPPK":
        raise _error(ErrorCode.NIP_KIND_MISMATCH, nip, expected="PNS", found="PPPK")
    return _parse_pns(nip, today).nip


def format_nip(nip: str) -> str:
    """Group a NIP for display: PNS "19650307 199501 1 001", PPPK "20001231 2024 21 1 001".

    Anything that is not 18 digits (e.g. a non-ASN identifier) is returned stripped, ungrouped.
    """
    digits = clean_nip(nip)
    if len(digits) != NIP_LENGTH or not _DIGITS.fullmatch(digits):
        return (nip or "").strip()
    if _kind_of(digits) == "PPPK":
        parts = (digits[:8], digits[8:12], digits[12:14], digits[14], digits[15:])
    else:
        parts = (digits[:8], digits[8:14], digits[14], digits[15:])
    return " ".join(parts)
