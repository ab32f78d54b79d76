"""docs/penilaian-distribusi.md holds the small-team table (people each rule requires for teams
of 1 to 10, per organisation predicate). It is generated from `domain.distribution` so it cannot
go stale: this test compares the document's table with the code.

To rewrite the table after a change of the rules:
    .venv/bin/python -m tests.unit.test_distribution_doc
"""

from __future__ import annotations

from pathlib import Path

from skpdesk.domain.distribution import RuleBound, rule_bounds
from skpdesk.domain.evaluation import ORG_PREDIKAT_ORDER

DOC = Path(__file__).resolve().parents[2] / "docs" / "penilaian-distribusi.md"
BEGIN = "<!-- tabel-tim-kecil: awal (dibuat oleh tests/unit/test_distribution_doc.py) -->"
END = "<!-- tabel-tim-kecil: akhir -->"
SIZES = range(1, 11)


def _cell(bound: RuleBound) -> str:
    if bound.waived:
        return "dibebaskan"
    low, high = bound.required_min, bound.required_max
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}–{high}"
    if low is not None:
        return f"≥ {low}"
    return "0" if high == 0 else f"≤ {high}"


def small_team_table() -> str:
    parts = []
    for org in ORG_PREDIKAT_ORDER:
        bounds = {n: rule_bounds(org, n) for n in SIZES}
        heads = [b.wording.replace("|", "\\|") for b in bounds[1]]
        parts.append(f"**Predikat organisasi {org.label}** (jumlah orang)\n")
        parts.append("| n | " + " | ".join(heads) + " |")
        parts.append("|---|" + "---|" * len(heads))
        for n in SIZES:
            parts.append(f"| {n} | " + " | ".join(_cell(b) for b in bounds[n]) + " |")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def _doc_table(text: str) -> str:
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip() + "\n"


def test_the_documents_small_team_table_is_the_codes():
    assert _doc_table(DOC.read_text(encoding="utf-8")) == small_team_table(), (
        "docs/penilaian-distribusi.md is stale: run .venv/bin/python -m "
        "tests.unit.test_distribution_doc")


def test_the_document_quotes_every_rules_wording():
    text = DOC.read_text(encoding="utf-8")
    for org in ORG_PREDIKAT_ORDER:
        for bound in rule_bounds(org, 10):
            assert bound.wording in text, bound.wording


if __name__ == "__main__":
    content = DOC.read_text(encoding="utf-8")
    head, rest = content.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    DOC.write_text(f"{head}{BEGIN}\n\n{small_team_table()}\n{END}{tail}", encoding="utf-8")
    print(f"wrote {DOC}")
