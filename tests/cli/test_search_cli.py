"""The command-line contract of issue 10 for `skpdesk search TEXT [--limit N]`, `skpdesk
reminders` (both with `--json`) and `check --repair` (rebuilds the search index)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from skpdesk.domain.dialog import DialogKind
from skpdesk.services.context import Services
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import journal_total, ok, run
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, person, three_levels

TODAY = dt.date(2026, 6, 15)
NIP_OTHER = "199202022016031004"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def office_db(tmp_path):
    """Kabid held a public pemantauan with the staff (a follow-up overdue on TODAY) and the
    head a confidential konseling with the other pegawai."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    s = Services.build(db, "setup")
    s.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    head, kabid, staff = three_levels(s)
    other = s.staff.add(person("Budi Hartono", NIP_OTHER, unit="Dinas/Bidang Aplikasi "
                               "Informatika", supervisor=NIP_KABID)).value
    s.acting.act_as(NIP_KABID)
    public = s.dialogs.add(DialogInput(
        held_on=dt.date(2026, 5, 1), kind=DialogKind.PEMANTAUAN, participant_ids=(staff.id,),
        notes="Kualítas pelayanan loket membaik",
        follow_ups=(FollowUpInput("Rapikan arsip pelayanan", staff.id, dt.date(2026, 6, 1)),)
    )).value
    s.acting.act_as(NIP_HEAD)
    secret = s.dialogs.add(DialogInput(
        held_on=dt.date(2026, 5, 2), kind=DialogKind.KONSELING, participant_ids=(other.id,),
        led_by_id=head.id, notes="Pelayanan terganggu masalah pribadi")).value
    db.close()
    return path, public, secret


def test_search_json_finds_with_diacritics_and_prefix(capsys, office_db):
    path, public, secret = office_db
    answer = ok(capsys, path, "--as", NIP_STAFF, "search", "kualitas pelayan")
    assert answer["count"] == 1
    [hit] = answer["hits"]
    assert (hit["entity"], hit["record_id"], hit["dialog_id"]) == ("dialog_kinerja", public.id,
                                                                  public.id)
    assert hit["pegawai"]["nip"] == NIP_STAFF and hit["date"] == "2026-05-01"
    assert "«Kualítas»" in hit["snippet"] and "«pelayanan»" in hit["snippet"]
    assert hit["title"] == "Pemantauan kinerja"


def test_search_confidential_only_for_readers(capsys, office_db):
    path, public, secret = office_db
    ids = lambda nip: {h["record_id"] for h in ok(capsys, path, "--as", nip, "search",
                                                  "pelayanan")["hits"]}  # noqa: E731
    follow_up = public.follow_ups[0].id
    assert ids(NIP_OTHER) == {public.id, follow_up, secret.id}
    assert ids(NIP_HEAD) == {public.id, follow_up, secret.id}
    assert ids(NIP_STAFF) == {public.id, follow_up}
    assert ids(NIP_KABID) == {public.id, follow_up}
    answer = ok(capsys, path, "search", "pribadi")    # nobody acting: public records only
    assert answer == {"query": "pribadi", "count": 0, "hits": []}


def test_search_text_output_and_limit(capsys, office_db):
    path, public, secret = office_db
    code, out, err = run(capsys, "--db", path, "--as", NIP_KABID, "search", "pelayanan",
                         "--limit", "1")
    assert code == 0, err
    assert "«pelayanan»" in out and "1 hasil" in out and "--limit" in out
    code, out, err = run(capsys, "--db", path, "search", "tidakada")
    assert code == 0 and "Tidak ada catatan" in out


@pytest.mark.parametrize("args, code, text", [
    (["search", "a"], 1, "terlalu pendek"),
    (["search", "  "], 1, "terlalu pendek"),
    (["search", " ".join(f"kata{i}" for i in range(11))], 1, "terlalu panjang"),
    (["search", "kinerja", "--limit", "0"], 2, "jumlah hasil"),
    (["search", "kinerja", "--limit", "x"], 2, "jumlah hasil"),
    (["search"], 2, "TEKS"),
    (["reminders", "--today", "15-06-2026"], 2, "TTTT-BB-HH"),
])
def test_bad_input_is_a_clear_error_and_writes_nothing(capsys, office_db, args, code, text):
    path, public, secret = office_db
    before = journal_total(capsys, path)
    got, out, err = run(capsys, "--db", path, *args)
    assert got == code
    assert text in err
    assert journal_total(capsys, path) == before


def test_search_error_json_names_the_field(capsys, office_db):
    path, public, secret = office_db
    code, out, err = run(capsys, "--db", path, "search", "x", "--json")
    assert code == 1
    assert '"search_query_too_short"' in out and '"kata_cari"' in out


def test_reminders_json_and_text(capsys, office_db):
    path, public, secret = office_db
    answer = ok(capsys, path, "--as", NIP_KABID, "reminders", "--today", TODAY.isoformat())
    assert answer["office_wide"] is False and answer["today"] == "2026-06-15"
    overdue = [r for r in answer["reminders"] if r["rule"] == "followup_overdue"]
    assert overdue == [{
        "rule": "followup_overdue", "title": "Rapikan arsip pelayanan",
        "detail": overdue[0]["detail"], "due": "2026-06-01",
        "pegawai": {"id": public.participants[0].pegawai_id, "nip": NIP_STAFF,
                    "name": "Agus Santoso"},
        "record_ids": [public.follow_ups[0].id], "redacted": False,
        "target": {"kind": "dialog", "pegawai_id": public.participants[0].pegawai_id,
                   "skp_id": None, "dialog_id": public.id}}]
    assert "terlambat 14 hari" in overdue[0]["detail"]
    rules = {r["rule"] for r in answer["reminders"]}
    assert rules == {"followup_overdue", "skp_not_approved"}
    code, out, err = run(capsys, "--db", path, "--as", NIP_KABID, "reminders", "--today",
                         TODAY.isoformat())
    assert code == 0, err
    assert "Tindak lanjut melewati batas waktu (1):" in out
    assert "Rapikan arsip pelayanan" in out and "seluruh kantor" not in out


def test_reminders_office_wide_when_nobody_acts(capsys, office_db):
    path, public, secret = office_db
    answer = ok(capsys, path, "reminders", "--today", TODAY.isoformat())
    assert answer["office_wide"] is True
    code, out, err = run(capsys, "--db", path, "reminders", "--today", TODAY.isoformat())
    assert code == 0 and "seluruh kantor" in out


def test_check_repair_rebuilds_the_search_index(capsys, office_db):
    path, public, secret = office_db
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM search_index")
    conn.commit()
    conn.close()
    assert ok(capsys, path, "--as", NIP_KABID, "search", "pelayanan")["count"] == 0
    code, out, err = run(capsys, "--db", path, "check", "--repair")
    assert "Indeks pencarian dibangun ulang: 3 catatan." in out
    assert ok(capsys, path, "--as", NIP_KABID, "search", "pelayanan")["count"] == 2
