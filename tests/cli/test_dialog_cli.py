"""`skpdesk dialog ...` and `skpdesk followup ...` (issue 10): the contract names, `--json`
keys, closing and addenda, carry-over, confidentiality for a third pegawai in list/show/
followup list, ids by prefix, and bad input (exit 1 naming the field, or 2 for usage; the
journal unchanged either way)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, person, three_levels

YEAR = 2026
NIP_OTHER = "199203102019032004"
DIALOG_KEYS = {"id", "date", "time", "duration_min", "place", "online", "kind", "kind_label",
               "participants", "led_by", "agenda", "notes", "rhk", "core_values", "follow_ups",
               "addenda", "confidential", "redacted", "status", "closed_at", "author"}
FOLLOW_UP_KEYS = {"id", "dialog_id", "text", "owner", "due", "status", "status_note",
                  "status_on", "overdue", "redacted"}


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def team_db(tmp_path):
    """Kepala Dinas -> Kabid -> two staff; the first staff has an SKP with two RHK; "Saya
    adalah": the Kabid (their pejabat penilai)."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    services = Services.build(db, "setup")
    services.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    _, _, staff = three_levels(services)
    services.staff.add(person("Rina Wulandari", NIP_OTHER, unit="Dinas/Bidang Aplikasi Informatika",
                              supervisor=NIP_KABID))
    skp = services.skp.create(staff.id, YEAR).value
    services.skp.add_rhk(skp.id, "Modul aplikasi terbangun")
    services.skp.add_rhk(skp.id, "Server terpelihara")
    services.skp.add_rhk(skp.id, "Narasumber bimtek", kind="tambahan")
    services.acting.set_me(NIP_KABID)
    db.close()
    return path


def unique_prefix(target: str, *others: str) -> str:
    """The shortest prefix (8 characters at least) of `target` that none of `others` shares."""
    return target[:max(8, 1 + max(next(i for i in range(36) if target[i] != o[i]) for o in others))]


def add(capsys, db, *extra, nip=NIP_STAFF, kind="coaching", date=f"{YEAR}-03-02"):
    return ok(capsys, db, "dialog", "add", "--nip", nip, "--kind", kind, "--date", date, *extra)


def test_add_show_list_with_every_option(capsys, team_db, tmp_path):
    notes = tmp_path / "catatan.txt"
    notes.write_text("Modul A terlambat karena server.\nDisepakati percepatan.", encoding="utf-8")
    d = add(capsys, team_db, "--nip", NIP_OTHER, "--time", "9:30", "--duration", "45",
            "--place", "Ruang rapat", "--agenda", "Capaian triwulan I", "--agenda", "Kendala",
            "--notes-file", notes, "--rhk", "2", "--rhk", "B.1", "--value", "1",
            "--followup", "Selesaikan modul A", "--due", f"{YEAR}-03-31",
            "--followup", "Siapkan server", "--owner", NIP_KABID, "--due", f"{YEAR}-03-15")
    assert set(d) == DIALOG_KEYS
    assert (d["date"], d["time"], d["duration_min"], d["place"], d["online"], d["kind"]) == \
        (f"{YEAR}-03-02", "09:30", 45, "Ruang rapat", False, "coaching")
    assert d["kind_label"] == "Bimbingan kinerja: coaching"
    assert [p["nip"] for p in d["participants"]] == [NIP_STAFF, NIP_OTHER]
    assert d["led_by"]["nip"] == NIP_KABID and d["author"]["nip"] == NIP_KABID
    assert d["agenda"] == ["Capaian triwulan I", "Kendala"]
    assert d["notes"] == "Modul A terlambat karena server.\nDisepakati percepatan."
    assert [r["label"] for r in d["rhk"]] == ["RHK 2: Server terpelihara",
                                             "RHK Tambahan 1: Narasumber bimtek"]
    assert [v["label"] for v in d["core_values"]] == ["Berorientasi Pelayanan"]
    assert (d["status"], d["closed_at"], d["confidential"], d["redacted"]) == \
        ("draft", None, False, False)
    first, second = d["follow_ups"]
    assert set(first) == FOLLOW_UP_KEYS
    assert (first["text"], first["owner"]["nip"], first["due"], first["status"]) == \
        ("Selesaikan modul A", NIP_STAFF, f"{YEAR}-03-31", "open")
    assert second["owner"]["nip"] == NIP_KABID

    shown = ok(capsys, team_db, "dialog", "show", d["id"])
    assert shown == d
    assert [x["id"] for x in ok(capsys, team_db, "dialog", "list", "--nip", NIP_OTHER)] == [d["id"]]
    assert ok(capsys, team_db, "dialog", "list", "--nip", NIP_STAFF, "--year", YEAR - 1) == []
    code, out, _ = run(capsys, "--db", team_db, "dialog", "show", d["id"])
    assert code == 0 and "Modul A terlambat" in out and "Selesaikan modul A" in out
    code, out, _ = run(capsys, "--db", team_db, "dialog", "list", "--nip", NIP_STAFF)
    assert code == 0 and d["id"] in out and "Bimbingan kinerja: coaching" in out


def test_external_leader_and_online(capsys, team_db):
    d = add(capsys, team_db, "--online", "--led-by-name", "Drs. Hadi", "--led-by-role",
            "Widyaiswara BPSDM")
    assert d["online"] and d["place"] == "daring"
    assert d["led_by"] == {"id": None, "nip": None, "name": "Drs. Hadi",
                           "role": "Widyaiswara BPSDM"}
    d = add(capsys, team_db, "--led-by", NIP_HEAD)
    assert d["led_by"]["nip"] == NIP_HEAD


def test_close_makes_read_only_and_addenda_keep_history(capsys, team_db):
    d = add(capsys, team_db, "--notes", "Asli", "--followup", "A", "--due", f"{YEAR}-03-31")
    closed = ok(capsys, team_db, "dialog", "close", d["id"])
    assert closed["status"] == "closed" and closed["closed_at"]
    err = refused(capsys, team_db, "dialog", "close", d["id"])
    assert "sudah ditutup" in err and "dialog addendum" in err
    a1 = ok(capsys, team_db, "dialog", "addendum", d["id"], "--text", "Koreksi pertama")
    a2 = ok(capsys, team_db, "--as", NIP_STAFF, "dialog", "addendum", d["id"],
            "--text", "Tambahan pegawai")
    assert [x["text"] for x in a2["addenda"]] == ["Koreksi pertama", "Tambahan pegawai"]
    assert [x["author"]["nip"] for x in a2["addenda"]] == [NIP_KABID, NIP_STAFF]
    assert a2["notes"] == "Asli" and len(a1["addenda"]) == 1
    # The follow-up's status may still change.
    fu = d["follow_ups"][0]["id"]
    done = ok(capsys, team_db, "followup", "done", fu, "--note", "Sudah")
    assert (done["status"], done["status_note"]) == ("done", "Sudah")


def test_addendum_refused_on_a_draft(capsys, team_db):
    d = add(capsys, team_db)
    err = refused(capsys, team_db, "dialog", "addendum", d["id"], "--text", "x")
    assert "masih draf" in err and "dialog close" in err


def test_open_follow_ups_carry_over_and_close_in_the_next_dialog(capsys, team_db):
    first = add(capsys, team_db, "--date", f"{YEAR}-02-01",
                "--followup", "A", "--due", f"{YEAR}-02-20",
                "--followup", "B", "--due", f"{YEAR}-02-25")
    ok(capsys, team_db, "dialog", "close", first["id"])
    a, b = (f["id"] for f in first["follow_ups"])
    second = add(capsys, team_db, "--date", f"{YEAR}-03-01")
    listed = ok(capsys, team_db, "followup", "list", "--nip", NIP_STAFF, "--open")
    assert [f["text"] for f in listed] == ["A", "B"]
    closed = ok(capsys, team_db, "dialog", "close", unique_prefix(second["id"], first["id"]),
                "--done", unique_prefix(a, b), "--drop", b)
    assert closed["status"] == "closed"
    statuses = {f["id"]: f for f in ok(capsys, team_db, "followup", "list", "--nip", NIP_STAFF)}
    assert (statuses[a]["status"], statuses[b]["status"]) == ("done", "dropped")
    assert statuses[a]["status_on"] == f"{YEAR}-03-01"
    assert ok(capsys, team_db, "followup", "list", "--nip", NIP_STAFF, "--open") == []


def test_followup_list_overdue(capsys, team_db):
    today = dt.date.today()
    past = (today - dt.timedelta(days=30)).isoformat()
    d = add(capsys, team_db, "--date", past,
            "--followup", "Lewat", "--due", (today - dt.timedelta(days=1)).isoformat(),
            "--followup", "Hari ini", "--due", today.isoformat(),
            "--followup", "Sudah", "--due", (today - dt.timedelta(days=2)).isoformat())
    ok(capsys, team_db, "followup", "drop", d["follow_ups"][2]["id"])
    overdue = ok(capsys, team_db, "followup", "list", "--overdue")
    assert [(f["text"], f["overdue"]) for f in overdue] == [("Lewat", True)]
    everything = ok(capsys, team_db, "followup", "list")
    assert {f["text"]: f["overdue"] for f in everything} == \
        {"Lewat": True, "Hari ini": False, "Sudah": False}
    code, out, _ = run(capsys, "--db", team_db, "followup", "list", "--overdue")
    assert code == 0 and "lewat batas" in out


def test_confidential_dialog_is_invisible_to_a_third_pegawai(capsys, team_db):
    d = add(capsys, team_db, "--kind", "konseling", "--notes", "Masalah keluarga",
            "--agenda", "Beban kerja", "--followup", "Cuti seminggu", "--due", f"{YEAR}-03-31")
    assert d["confidential"]
    ok(capsys, team_db, "dialog", "close", d["id"])
    ok(capsys, team_db, "dialog", "addendum", d["id"], "--text", "Rahasia adendum")
    for who in (["--as", NIP_HEAD], ["--as", NIP_OTHER]):
        shown = ok(capsys, team_db, *who, "dialog", "show", d["id"])
        assert shown["redacted"] and shown["confidential"] and shown["date"] == f"{YEAR}-03-02"
        assert [p["nip"] for p in shown["participants"]] == [NIP_STAFF]
        assert (shown["kind"], shown["notes"], shown["agenda"], shown["follow_ups"],
                shown["addenda"], shown["led_by"], shown["author"], shown["status"]) == \
            (None, "", [], [], [], None, None, None)
        listed = ok(capsys, team_db, *who, "dialog", "list", "--nip", NIP_STAFF)
        assert listed == [shown]
        [fu] = ok(capsys, team_db, *who, "followup", "list", "--nip", NIP_STAFF)
        assert fu["redacted"] and fu["text"] == "" and fu["owner"]["nip"] == NIP_STAFF
        everything = json.dumps(ok(capsys, team_db, *who, "dialog", "list", "--nip", NIP_STAFF)) + \
            json.dumps(ok(capsys, team_db, *who, "followup", "list")) + \
            json.dumps(ok(capsys, team_db, *who, "journal", "--limit", "1000"))
        for secret in ("Masalah keluarga", "Beban kerja", "Cuti seminggu", "Rahasia adendum"):
            assert secret not in everything
        for args in (["dialog", "show", d["id"]], ["dialog", "list", "--nip", NIP_STAFF],
                     ["followup", "list"], ["journal", "--limit", "1000"]):
            code, out, _ = run(capsys, "--db", team_db, *who, *args)
            assert code == 0 and "Masalah keluarga" not in out and "Cuti seminggu" not in out
        err = refused(capsys, team_db, *who, "dialog", "addendum", d["id"], "--text", "x")
        assert "rahasia" in err
    # Its participant reads everything.
    mine = ok(capsys, team_db, "--as", NIP_STAFF, "dialog", "show", d["id"])
    assert mine["notes"] == "Masalah keluarga" and len(mine["addenda"]) == 1


def test_konseling_may_be_not_confidential(capsys, team_db):
    assert not add(capsys, team_db, "--kind", "konseling", "--not-confidential")["confidential"]
    assert add(capsys, team_db, "--kind", "pemantauan", "--confidential")["confidential"]


def test_ids_by_prefix(capsys, team_db):
    d = add(capsys, team_db)
    other = add(capsys, team_db)
    common = next(i for i in range(36) if d["id"][i] != other["id"][i])
    assert ok(capsys, team_db, "dialog", "show", d["id"][:max(common + 1, 8)])["id"] == d["id"]
    err = refused(capsys, team_db, "dialog", "show", d["id"][:5])
    assert "terlalu pendek" in err and "ID dialog" in err
    err = refused(capsys, team_db, "dialog", "show", "ffffffff")
    assert "tidak ditemukan" in err
    if common >= 8:
        err = refused(capsys, team_db, "dialog", "show", d["id"][:8])
        assert "lebih dari satu" in err


@pytest.mark.parametrize("extra, expect", [
    (["--kind", "rapat"], "Jenis dialog (--kind)"),
    (["--date", "2026-02-30"], "Tanggal dialog (--date)"),
    (["--date", "30-03-2026"], "Tanggal dialog (--date)"),
    (["--time", "25:00"], "Jam mulai (--time)"),
    (["--place", "x" * 201], "Tempat (--place)"),
    (["--led-by", "199001012015032099"], "NIP pemimpin dialog (--led-by)"),
    (["--agenda", " "], "Agenda (--agenda)"),
    (["--notes", "a\x07b"], "Catatan dialog (--notes)"),
    (["--rhk", "9"], "RHK yang dibahas (--rhk)"),
    (["--rhk", "x"], "RHK yang dibahas (--rhk)"),
    (["--followup", "A"], "Batas waktu tindak lanjut (--due)"),
    (["--followup", "A", "--due", "2026-13-01"], "Batas waktu tindak lanjut (--due)"),
    (["--followup", "A", "--due", "2026-01-01"], "Batas waktu tindak lanjut (--due)"),
    (["--followup", "A", "--owner", "199001012015032099", "--due", "2026-03-31"],
     "NIP penanggung jawab (--owner)"),
    (["--followup", " ", "--due", "2026-03-31"], "Tindak lanjut (--followup)"),
    (["--nip", "199001012015032099"], "NIP"),
])
def test_bad_input_exits_1_naming_the_option_and_writes_nothing(capsys, team_db, extra, expect):
    args = ["dialog", "add", "--nip", NIP_STAFF, "--date", f"{YEAR}-03-02"]
    if "--kind" not in extra:
        args += ["--kind", "coaching"]
    err = refused(capsys, team_db, *args, *extra)
    assert expect in err, err


def test_rhk_needs_the_skp_of_the_year(capsys, team_db):
    err = refused(capsys, team_db, "dialog", "add", "--nip", NIP_OTHER, "--kind", "coaching",
                  "--date", f"{YEAR}-03-02", "--rhk", "1")
    assert "skp create" in err


@pytest.mark.parametrize("extra", [
    ["--duration", "0"], ["--duration", "abc"], ["--value", "8"], ["--place", "x", "--online"],
    ["--led-by", NIP_HEAD, "--led-by-name", "X"], ["--led-by-role", "Widyaiswara"],
    ["--notes", "a", "--notes-file", "x.txt"], ["--confidential", "--not-confidential"],
    ["--owner", NIP_STAFF], ["--due", "2026-03-31"],
])
def test_bad_usage_exits_2_and_writes_nothing(capsys, team_db, extra):
    refused(capsys, team_db, "dialog", "add", "--nip", NIP_STAFF, "--kind", "coaching",
            "--date", f"{YEAR}-03-02", *extra, code=2)


def test_notes_file_problems(capsys, team_db, tmp_path):
    err = refused(capsys, team_db, "dialog", "add", "--nip", NIP_STAFF, "--kind", "coaching",
                  "--notes-file", tmp_path / "tidak-ada.txt")
    assert "tidak-ada.txt" in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Catatan r\xe9sum\xe9".encode("latin-1"))
    err = refused(capsys, team_db, "dialog", "add", "--nip", NIP_STAFF, "--kind", "coaching",
                  "--notes-file", latin)
    assert "UTF-8" in err


def test_nobody_acting_cannot_write(capsys, team_db):
    ok(capsys, team_db, "me", "--clear")
    err = refused(capsys, team_db, "dialog", "add", "--nip", NIP_STAFF, "--kind", "coaching")
    assert "me --set" in err


def test_close_refuses_follow_ups_that_do_not_carry_over(capsys, team_db):
    d = add(capsys, team_db, "--followup", "Sendiri", "--due", f"{YEAR}-03-31")
    err = refused(capsys, team_db, "dialog", "close", d["id"], "--done", d["follow_ups"][0]["id"])
    assert "dialog ini sendiri" in err
    refused(capsys, team_db, "dialog", "close", d["id"], "--done", d["follow_ups"][0]["id"],
            "--drop", d["follow_ups"][0]["id"], code=2)
    assert ok(capsys, team_db, "dialog", "show", d["id"])["status"] == "draft"


def test_followup_status_refusals(capsys, team_db):
    d = add(capsys, team_db, "--followup", "A", "--due", f"{YEAR}-03-31")
    fu = d["follow_ups"][0]["id"]
    err = refused(capsys, team_db, "--as", NIP_OTHER, "followup", "done", fu)
    assert "hanya dapat diubah" in err
    refused(capsys, team_db, "followup", "done", "01234567")
    refused(capsys, team_db, "followup", "finish", fu, code=2)
    dropped = ok(capsys, team_db, "--as", NIP_STAFF, "followup", "drop", fu, "--note", "Batal")
    assert (dropped["status"], dropped["status_note"]) == ("dropped", "Batal")


@pytest.mark.parametrize("args, code, expect", [
    (["dialog", "addendum", "{id}", "--text", " "], 1, "Teks adendum (--text)"),
    (["dialog", "addendum", "{id}"], 2, "--text"),
    (["dialog", "show", " "], 2, "ID dialog"),
    (["dialog", "close", "{id}", "--done", "1234"], 1, "terlalu pendek"),
    (["dialog", "close", "{id}", "--drop", "ffffffff-ffff"], 1, "tidak ditemukan"),
    (["dialog", "list", "--nip", NIP_STAFF, "--year", "1999"], 2, "tahun"),
    (["dialog", "list", "--nip", "199001012015032099"], 1, "tidak ditemukan"),
    (["dialog", "list"], 2, "--nip"),
    (["dialog", "add", "--kind", "coaching"], 2, "--nip"),
    (["dialog", "add", "--nip", NIP_STAFF], 2, "--kind"),
    (["followup", "done", "{fu}", "--note", "a\x1bb"], 1, "Catatan (--note)"),
    (["followup", "drop", "zzzzzzzz"], 1, "terlalu pendek"),
    (["followup", "list", "--open", "--overdue"], 2, "--overdue"),
    (["followup", "list", "--nip", "199001012015032099"], 1, "tidak ditemukan"),
])
def test_bad_input_of_the_other_commands_writes_nothing(capsys, team_db, args, code, expect):
    d = add(capsys, team_db, "--followup", "A", "--due", f"{YEAR}-03-31")
    filled = [a.replace("{id}", d["id"]).replace("{fu}", d["follow_ups"][0]["id"]) for a in args]
    err = refused(capsys, team_db, *filled, code=code)
    assert expect in err, err
