"""Pangkat/golongan ruang of PNS (I/a–IV/e) and PPPK golongan (I–XVII); SKP-REFERENCE §5.3–5.4."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import DomainError, ErrorCode


@dataclass(frozen=True)
class Rank:
    code: str  # "III/a" for PNS, "IX" for PPPK: the value stored and imported
    asn_type: str  # "PNS" or "PPPK"
    pangkat: str  # empty for PPPK (they have no pangkat)
    order: int  # for sorting from lowest to highest

    @property
    def label(self) -> str:
        """The printed form: "Penata Muda, III/a" for PNS, "Golongan IX" for PPPK."""
        if self.asn_type == "PNS":
            return f"{self.pangkat}, {self.code}"
        return f"Golongan {self.code}"


_PNS = [
    ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
          "XV", "XVI", "XVII"]

RANKS: dict[str, Rank] = {}
for _i, (_code, _pangkat) in enumerate(_PNS):
    RANKS[_code] = Rank(_code, "PNS", _pangkat, _i)
for _i, _roman in enumerate(_ROMAN):
    # PPPK codes are looked up with a "PPPK:" key because "I".."IV" alone are ambiguous to a reader.
    RANKS["PPPK:" + _roman] = Rank(_roman, "PPPK", "", 100 + _i)

PNS_RANK_CODES = [code for code, _ in _PNS]
PPPK_GRADE_CODES = list(_ROMAN)


def parse_rank(text: str | None, asn_type: str, *, field: str = "golongan") -> Rank | None:
    """The rank for a golongan as typed ("III/a", "iii/a", "III a", "IX", "Golongan IX").

    NON_ASN has no rank (None). PNS and PPPK must give one of their own codes.
    """
    raw = (text or "").strip()
    if asn_type == "NON_ASN":
        if raw:
            raise DomainError(ErrorCode.RANK_NOT_FOR_ASN_TYPE, field=field, value=raw, asn_type=asn_type)
        return None
    if not raw:
        raise DomainError(ErrorCode.FIELD_REQUIRED, field=field)
    norm = raw.upper().replace("GOLONGAN", "").strip().replace(" ", "/").replace(".", "/")
    if asn_type == "PNS":
        if "/" in norm:
            roman, ruang = norm.split("/", 1)
            key = f"{roman}/{ruang.lower()}"
            if key in RANKS:
                return RANKS[key]
        if "PPPK:" + norm in RANKS:
            raise DomainError(ErrorCode.RANK_NOT_FOR_ASN_TYPE, field=field, value=raw, asn_type=asn_type)
        raise DomainError(ErrorCode.RANK_UNKNOWN, field=field, value=raw, asn_type=asn_type)
    if "PPPK:" + norm in RANKS:
        return RANKS["PPPK:" + norm]
    if "/" in norm:
        raise DomainError(ErrorCode.RANK_NOT_FOR_ASN_TYPE, field=field, value=raw, asn_type=asn_type)
    raise DomainError(ErrorCode.RANK_UNKNOWN, field=field, value=raw, asn_type=asn_type)


def rank_for_code(code: str | None, asn_type: str) -> Rank | None:
    """Look up a stored code (already validated)."""
    if not code:
        return None
    return RANKS.get(code if asn_type == "PNS" else "PPPK:" + code)
