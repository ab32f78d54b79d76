"""One-off: dump every error sentence of the two old catalogues (before they were merged) into
tests/fixtures/messages/golden.json, so tests/unit/test_message_golden.py can prove the merged
catalogue says exactly the same. Ran once on the commit before the merge; kept for the record
in git history (it imports the old modules, which no longer exist)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from skpdesk.cli import messages as cli  # noqa: E402
from skpdesk.cli.check_messages import CHECK_MESSAGES, check_message  # noqa: E402
from skpdesk.domain.errors import ErrorCode  # noqa: E402
from skpdesk.ui import i18n, messages as gui  # noqa: E402
from skpdesk.ui import message_labels  # noqa: E402
from tests.unit.test_messages import CHECK_PARAMS, FULL_PARAMS  # noqa: E402

# Params that reach the number and size formatting, the labels and the partial row lists.
NUMBERS = dict(FULL_PARAMS, times=12345, limit=10000, count=2500, more=9997, omitted=1200,
               size_bytes=13_369_344, limit_bytes=10_485_760, row=70001, part="xl/sheet1.xml",
               column="B", length=40000, size_kb=2600, max_kb=2048, width=4000, height=3000,
               max_side=1000, format="PNG", char="U+202E", position=4, min_year=1940, age=15,
               min_age=18, max_age=60, letters_allowed=True)
NON_ASN = dict(FULL_PARAMS, asn_type="NON_ASN", expected="NON_ASN", found="PPPK",
               action="submit", status="disetujui", form="ja_jf", reason="corrupt",
               problems=[{"rule": "indicator_without_aspect", "rhk": "B.1", "indicator": 2}])
OTHER = dict(FULL_PARAMS, field="rhk_intervensi", action="approve", status="draft",
             reason="os_error", form="bogus", asn_type="XYZ")
REOPEN = dict(FULL_PARAMS, field="catatan", action="reopen", status="dikembalikan",
              reason="no_file", cycle="A → B")


BASES = {"full": FULL_PARAMS, "numbers": NUMBERS, "non_asn": NON_ASN, "other": OTHER,
         "reopen": REOPEN, "field_only": {"field": "nip"}, "empty": {},
         "odd": {"field": "catatan", "problems": "not a list", "allowed": "x"},
         "none_value": {"field": "rhk_intervensi", "value": None}}


def variants(code: ErrorCode) -> dict[str, list]:
    """Case name -> [base params, param set to pick the `when` variant, its value]."""
    found = {}
    for index, (key, value, _) in enumerate(cli.ERROR_MESSAGES[code].when):
        for base_name in ("full", "numbers"):
            found[f"when{index}_{base_name}"] = [base_name, key,
                                                 True if value is cli.ANY_VALUE else value]
    return found


def cases(code: ErrorCode) -> dict[str, dict]:
    found = dict(BASES)
    for name, (base, key, value) in variants(code).items():
        found[name] = dict(BASES[base], **{key: value})
    return found


def jsonable(params: dict) -> dict:
    return json.loads(json.dumps(params, ensure_ascii=False))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    out: dict = {"bases": jsonable(BASES), "variants": {}, "cli_id": {}, "gui_id": {}, "gui_en": {}, "check_id": {},
                 "fields": {"cli_id": {}, "gui_id": {}, "gui_en": {}}}
    installed: list = []
    for code in ErrorCode:
        out["variants"][code.value] = jsonable(variants(code))
        out["cli_id"][code.value] = {name: cli.message_for(code, p)
                                     for name, p in cases(code).items()}
    keys = [None, "jenis_sesuatu", *message_labels.FIELD_LABELS]
    out["fields"]["cli_id"] = {str(k): cli.field_label(k) for k in keys}
    for language in ("id", "en"):
        installed = i18n.install_translators(language, installed, app=app)
        assert i18n.QLocale().name().startswith(language)
        out[f"gui_{language}"] = {
            code.value: {name: gui.message_for(code, p) for name, p in cases(code).items()}
            for code in ErrorCode}
        out["fields"][f"gui_{language}"] = {str(k): gui.field_label(k) for k in keys}
    out["check_id"] = {code: check_message(code, CHECK_PARAMS) for code in sorted(CHECK_MESSAGES)}
    out["check_id"].update({f"{code}/empty": check_message(code, {}) for code in CHECK_MESSAGES})
    target = ROOT / "tests" / "fixtures" / "messages" / "golden.json"
    target.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(target, sum(len(v) for v in out["cli_id"].values()), "cases per language")


if __name__ == "__main__":
    main()
