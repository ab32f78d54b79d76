"""`skpdesk skp history ID [--json]` and `--nip`: steps and changes since the last approval."""

from __future__ import annotations

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, run
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, three_levels


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def approved_then_reopened(tmp_path):
    path = tmp_path / "office.sqlite"
    db = Database(path)
    services = Services.build(db, "setup")
    services.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    head, kabid, _ = three_levels(services)
    services.acting.act_as(head.nip)  # the Kabid's pejabat penilai
    skp = services.skp.create(kabid.id, 2026).value
    rhk = services.skp.add_rhk(skp.id, "Tersedianya layanan").value
    services.skp.add_indicator(rhk.id, "Jumlah layanan", aspect="kuantitas", target_value="2",
                               target_unit="layanan")
    services.skp.submit(skp.id, "mohon")
    services.skp.approve(skp.id)
    services.skp.reopen(skp.id, "ubah target")
    services.skp.update_rhk(rhk.id, text="Tersedianya layanan terpadu")
    db.close()
    return path, skp.id


def test_history_json_and_text(capsys, approved_then_reopened):
    path, skp_id = approved_then_reopened
    data = ok(capsys, path, "skp", "history", skp_id)
    assert [s["action"] for s in data["steps"]] == ["create", "submit", "approve", "reopen"]
    submitted = data["steps"][1]
    assert submitted["note"] == "mohon" and submitted["who"]["os_user"] == "setup"
    assert submitted["who"]["nip"] == NIP_HEAD and submitted["who"]["name"] == "Bambang Sutrisno"
    assert [(c["entity"], c["change"]) for c in data["changes_since_approval"]] == [("rhk", "changed")]
    assert ok(capsys, path, "skp", "history", "--nip", NIP_KABID, "--year", "2026") == data
    code, out, _err = run(capsys, "--db", path, "skp", "history", skp_id)
    assert code == 0
    assert "Dibuka kembali" in out and "teks: Tersedianya layanan → Tersedianya layanan terpadu" in out


def test_history_of_an_unknown_skp_or_without_id_is_refused(capsys, approved_then_reopened):
    path, _ = approved_then_reopened
    code, _out, err = run(capsys, "--db", path, "skp", "history", "tidak-ada")
    assert code == 1 and "SKP" in err
    code, _out, _err = run(capsys, "--db", path, "skp", "history")
    assert code == 2
