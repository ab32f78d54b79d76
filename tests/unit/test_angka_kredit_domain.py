"""Angka kredit (SKP-REFERENCE §3.5): the conversion table, the koefisien of every jenjang and
both worked examples of the reference (18,75 and 2,08; 20,83 accumulated)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from skpdesk.cli.messages import message_for
from skpdesk.domain import angka_kredit as ak
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import Predikat
from skpdesk.domain.people import JENJANG_FUNGSIONAL

PERCENT = {Predikat.SANGAT_BAIK: 150, Predikat.BAIK: 100, Predikat.BUTUH_PERBAIKAN: 75,
           Predikat.KURANG: 50, Predikat.SANGAT_KURANG: 25}
KOEF = {"Ahli Pertama": "12.5", "Ahli Muda": "25.0", "Ahli Madya": "37.5", "Ahli Utama": "50.0",
        "Pemula": "3.75", "Terampil": "5.0", "Mahir": "12.5", "Penyelia": "25.0"}

# The whole table, worked out by hand from §3.5 (annual, 12 months), two decimals half up.
EXPECTED = {
    ("Ahli Pertama", Predikat.SANGAT_BAIK): "18.75", ("Ahli Pertama", Predikat.BAIK): "12.50",
    ("Ahli Pertama", Predikat.BUTUH_PERBAIKAN): "9.38", ("Ahli Pertama", Predikat.KURANG): "6.25",
    ("Ahli Pertama", Predikat.SANGAT_KURANG): "3.13",
    ("Ahli Muda", Predikat.SANGAT_BAIK): "37.50", ("Ahli Muda", Predikat.BAIK): "25.00",
    ("Ahli Muda", Predikat.BUTUH_PERBAIKAN): "18.75", ("Ahli Muda", Predikat.KURANG): "12.50",
    ("Ahli Muda", Predikat.SANGAT_KURANG): "6.25",
    ("Ahli Madya", Predikat.SANGAT_BAIK): "56.25", ("Ahli Madya", Predikat.BAIK): "37.50",
    ("Ahli Madya", Predikat.BUTUH_PERBAIKAN): "28.13", ("Ahli Madya", Predikat.KURANG): "18.75",
    ("Ahli Madya", Predikat.SANGAT_KURANG): "9.38",
    ("Ahli Utama", Predikat.SANGAT_BAIK): "75.00", ("Ahli Utama", Predikat.BAIK): "50.00",
    ("Ahli Utama", Predikat.BUTUH_PERBAIKAN): "37.50", ("Ahli Utama", Predikat.KURANG): "25.00",
    ("Ahli Utama", Predikat.SANGAT_KURANG): "12.50",
    ("Pemula", Predikat.SANGAT_BAIK): "5.63", ("Pemula", Predikat.BAIK): "3.75",
    ("Pemula", Predikat.BUTUH_PERBAIKAN): "2.81", ("Pemula", Predikat.KURANG): "1.88",
    ("Pemula", Predikat.SANGAT_KURANG): "0.94",
    ("Terampil", Predikat.SANGAT_BAIK): "7.50", ("Terampil", Predikat.BAIK): "5.00",
    ("Terampil", Predikat.BUTUH_PERBAIKAN): "3.75", ("Terampil", Predikat.KURANG): "2.50",
    ("Terampil", Predikat.SANGAT_KURANG): "1.25",
    ("Mahir", Predikat.SANGAT_BAIK): "18.75", ("Mahir", Predikat.BAIK): "12.50",
    ("Mahir", Predikat.BUTUH_PERBAIKAN): "9.38", ("Mahir", Predikat.KURANG): "6.25",
    ("Mahir", Predikat.SANGAT_KURANG): "3.13",
    ("Penyelia", Predikat.SANGAT_BAIK): "37.50", ("Penyelia", Predikat.BAIK): "25.00",
    ("Penyelia", Predikat.BUTUH_PERBAIKAN): "18.75", ("Penyelia", Predikat.KURANG): "12.50",
    ("Penyelia", Predikat.SANGAT_KURANG): "6.25",
}


def test_tables_are_the_reference():
    assert {p: int(v) for p, v in ak.PERCENTAGE.items()} == PERCENT
    assert list(ak.KOEFISIEN) == list(JENJANG_FUNGSIONAL)
    assert {k: str(v) for k, v in ak.KOEFISIEN.items()} == KOEF


@pytest.mark.parametrize(("jenjang", "predikat"), sorted(EXPECTED, key=str))
def test_every_jenjang_and_predikat(jenjang, predikat):
    value = ak.angka_kredit(predikat, jenjang)
    assert value == Decimal(EXPECTED[(jenjang, predikat)])
    assert value.as_tuple().exponent == -2
    # the formula itself: 12/12 × % × koefisien, before rounding within half a cent
    exact = Decimal(PERCENT[predikat]) / 100 * Decimal(KOEF[jenjang])
    assert abs(value - exact) <= Decimal("0.005")


def test_worked_example_annual_ahli_pertama_sangat_baik():
    assert ak.angka_kredit(Predikat.SANGAT_BAIK, "Ahli Pertama") == Decimal("18.75")


def test_worked_example_two_months_baik():
    # "Angka Kredit = 2/12 × 100% × 12,5 = 2,08"
    assert ak.angka_kredit(Predikat.BAIK, "Ahli Pertama", months=2) == Decimal("2.08")


def test_worked_example_accumulation_sums_the_rounded_items():
    items = [ak.angka_kredit(Predikat.SANGAT_BAIK, "Ahli Pertama"),
             ak.angka_kredit(Predikat.BAIK, "Ahli Pertama", months=2)]
    assert ak.accumulate(items) == Decimal("20.83")
    # unrounded 18.75 + 2.0833 would also give 20.83; three two-month items show the choice:
    # 3 × 2.08 = 6.24, not round(6.25) of the exact sum
    assert ak.accumulate([ak.angka_kredit(Predikat.BAIK, "Ahli Pertama", months=2)] * 3) \
        == Decimal("6.24")


def test_half_up_rounding():
    # 1/12 × 75% × 12,5 = 0.78125 -> 0.78; 3/12 × 25% × 3,75 = 0.234375 -> 0.23;
    # 6/12 × 75% × 12,5 = 4.6875 -> 4.69 (the half goes up)
    assert ak.angka_kredit(Predikat.BUTUH_PERBAIKAN, "Ahli Pertama", 1) == Decimal("0.78")
    assert ak.angka_kredit(Predikat.SANGAT_KURANG, "Pemula", 3) == Decimal("0.23")
    assert ak.angka_kredit(Predikat.BUTUH_PERBAIKAN, "Ahli Pertama", 6) == Decimal("4.69")
    assert ak.round_ak(Decimal("0.125")) == Decimal("0.13")


def test_jenjang_is_read_in_any_case():
    assert ak.koefisien_of("  ahli   MUDA ") == Decimal("25.0")
    assert ak.jenjang_name("penyelia") == "Penyelia"
    assert ak.jenjang_name("Kepala Seksi") is None


@pytest.mark.parametrize("jenjang", ["", None, "Ahli", "Kepala Seksi"])
def test_unknown_jenjang_is_refused(jenjang):
    with pytest.raises(DomainError) as err:
        ak.angka_kredit(Predikat.BAIK, jenjang)
    assert err.value.code is ErrorCode.AK_NO_JENJANG
    text = message_for(err.value.code, err.value.params)
    assert text.startswith("Jenjang jabatan fungsional") and "Ahli Pertama" in text


@pytest.mark.parametrize("months", [0, 13, -1, True])
def test_months_outside_a_year_are_refused(months):
    with pytest.raises(DomainError) as err:
        ak.angka_kredit(Predikat.BAIK, "Ahli Muda", months)
    assert err.value.code is ErrorCode.AK_MONTHS_INVALID
    assert "1 sampai 12" in message_for(err.value.code, err.value.params)


def test_item_carries_the_factors_used():
    item = ak.ak_item("2026-TW1", Predikat.BAIK, "ahli pertama", 3, provisional=True)
    assert (item.percentage, item.koefisien, item.months, item.value, item.jenjang) == \
        (Decimal("100"), Decimal("12.5"), 3, Decimal("3.13"), "Ahli Pertama")
    assert item.provisional


def test_the_doc_holds_the_tables_of_the_code():
    from pathlib import Path
    doc = (Path(__file__).parents[2] / "docs" / "angka-kredit.md").read_text(encoding="utf-8")
    for predikat, percent in ak.PERCENTAGE.items():
        label = predikat.label.split("/")[0]
        assert any(line.startswith(f"| {label}") and line.rstrip().endswith(f"| {percent} |")
                   for line in doc.splitlines()), predikat
    for jenjang, koef in ak.KOEFISIEN.items():
        assert f"| {jenjang} | {koef} |" in doc, jenjang
