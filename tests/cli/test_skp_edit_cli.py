"""`skp rhk|indicator|behaviour|lampiran` on the command line: the window's SKP edits for
scripts (the sync tests drive replicas with them). Same services and journal; a refused edit
exits 1 with the Indonesian message naming the field and writes nothing; bad usage exits 2."""

from __future__ import annotations

import json

import pytest

from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.cli.helpers_commands import ok, refused, run
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, NIP_STAFF, three_levels

YEAR = 2026
UNKNOWN_ID = "01890000-0000-7000-8000-000000000000"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def team_db(tmp_path):
    """Kepala Dinas -> Kepala Bidang -> a fungsional (JA/JF, kuantitatif), each with a draft SKP."""
    path = tmp_path / "office.sqlite"
    db = Database(path)
    services = Services.build(db, "setup")
    services.office.init_office("Dinas Kominfo Kabupaten Contoh", "Wonosari")
    for pegawai in three_levels(services):
        services.skp.create(pegawai.id, YEAR)
    db.close()
    return path


def show(capsys, db, nip=NIP_STAFF):
    return ok(capsys, db, "skp", "show", "--nip", nip, "--year", YEAR)


def add_rhk(capsys, db, text, *extra, nip=NIP_STAFF):
    return ok(capsys, db, "skp", "rhk", "add", "--nip", nip, "--year", YEAR, "--text", text, *extra)


def test_rhk_add_edit_move_remove(capsys, team_db):
    first = add_rhk(capsys, team_db, "Tersedianya aplikasi layanan publik")
    assert first["position"] == 1 and first["kind"] == "utama" and first["skp_id"]
    second = add_rhk(capsys, team_db, "Terlaksananya pemeliharaan server")
    extra = add_rhk(capsys, team_db, "Narasumber bimtek", "--kind", "tambahan")
    assert (second["position"], extra["kind"], extra["position"]) == (2, "tambahan", 1)

    edited = ok(capsys, team_db, "skp", "rhk", "edit", first["id"], "--text", "Aplikasi tersedia")
    assert edited["text"] == "Aplikasi tersedia" and edited["id"] == first["id"]

    moved = ok(capsys, team_db, "skp", "rhk", "move", second["id"], "--position", "1")
    assert [r["id"] for r in moved["rhk"] if r["kind"] == "utama"] == [second["id"], first["id"]]
    assert moved["moved"] == second["id"]

    removed = ok(capsys, team_db, "skp", "rhk", "remove", second["id"])
    assert removed["removed"] == second["id"]
    assert [(r["id"], r["position"]) for r in removed["rhk"]] == [(first["id"], 1), (extra["id"], 1)]
    assert [(r["id"], r["text"]) for r in show(capsys, team_db)["rhk"]] == [
        (first["id"], "Aplikasi tersedia"), (extra["id"], "Narasumber bimtek")]


def test_rhk_edits_are_journaled_like_the_window(capsys, team_db):
    rhk = add_rhk(capsys, team_db, "Tersedianya aplikasi")
    ok(capsys, team_db, "skp", "rhk", "edit", rhk["id"], "--text", "Aplikasi tersedia")
    entries = ok(capsys, team_db, "journal", "--limit", "5")["entries"]
    mine = [e for e in entries if e["entity"] == "rhk" and e["entity_id"] == rhk["id"]]
    assert [e["op"] for e in mine] == ["update", "insert"]
    assert mine[0]["fields"]["text"] == ["Tersedianya aplikasi", "Aplikasi tersedia"]


def test_rhk_parent_is_the_supervisor_rhk(capsys, team_db):
    boss = add_rhk(capsys, team_db, "Meningkatnya layanan digital", nip=NIP_KABID)
    linked = add_rhk(capsys, team_db, "Tersedianya aplikasi", "--parent", boss["id"])
    assert linked["parent_rhk_id"] == boss["id"]
    assert linked["parent_rhk_text"] == "Meningkatnya layanan digital"
    cleared = ok(capsys, team_db, "skp", "rhk", "edit", linked["id"], "--no-parent")
    assert cleared["parent_rhk_id"] is None
    # The Kepala Dinas's RHK is not the atasan's (Kepala Bidang's) own: refused, naming the field.
    top = add_rhk(capsys, team_db, "Visi daerah tercapai", "--perspective", "penerima_layanan",
                  nip=NIP_HEAD)
    err = refused(capsys, team_db, "skp", "rhk", "add", "--nip", NIP_STAFF, "--year", YEAR,
                  "--text", "X", "--parent", top["id"])
    assert "harus RHK Utama dari SKP atasan langsung" in err
    err = refused(capsys, team_db, "skp", "rhk", "add", "--nip", NIP_STAFF, "--year", YEAR,
                  "--text", "X", "--kind", "tambahan", "--parent", boss["id"])
    assert "RHK Tambahan tidak mengintervensi" in err


def test_rhk_bad_input(capsys, team_db):
    err = refused(capsys, team_db, "skp", "rhk", "add", "--nip", NIP_STAFF, "--year", YEAR,
                  "--text", "X", "--kind", "lainnya")
    assert "Jenis RHK" in err and "lainnya" in err and "utama" in err
    err = refused(capsys, team_db, "skp", "rhk", "add", "--nip", NIP_STAFF, "--year", YEAR,
                  "--text", "   ")
    assert "(RHK) wajib diisi" in err
    err = refused(capsys, team_db, "skp", "rhk", "add", "--nip", NIP_STAFF, "--year", YEAR,
                  "--text", "X", "--perspective", "anggaran")
    assert "Perspektif" in err  # JPT only
    err = refused(capsys, team_db, "skp", "rhk", "edit", UNKNOWN_ID, "--text", "X")
    assert UNKNOWN_ID in err
    refused(capsys, team_db, "skp", "rhk", "remove", UNKNOWN_ID)
    refused(capsys, team_db, "skp", "rhk", "move", UNKNOWN_ID, "--position", "1")
    rhk = add_rhk(capsys, team_db, "Tersedianya aplikasi")
    err = refused(capsys, team_db, "skp", "rhk", "edit", rhk["id"], code=2)
    assert "tidak ada yang diubah" in err
    err = refused(capsys, team_db, "skp", "rhk", "move", rhk["id"], "--position", "0", code=2)
    assert "posisi" in err
    refused(capsys, team_db, "skp", "rhk", "move", rhk["id"], "--position", "dua", code=2)
    refused(capsys, team_db, "skp", "rhk", "add", "--nip", NIP_STAFF, code=2)  # no --text


def test_a_refused_rhk_edit_in_json_names_the_field(capsys, team_db):
    code, out, _ = run(capsys, "--db", team_db, "skp", "rhk", "add", "--nip", NIP_STAFF,
                       "--year", YEAR, "--text", "X", "--kind", "lainnya", "--json")
    answer = json.loads(out)
    assert code == 1 and answer["ok"] is False
    assert answer["error"]["field"] == "jenis_rhk"
    assert answer["error"]["code"] == "field_invalid_choice"


def test_indicator_add_edit_remove(capsys, team_db):
    rhk = add_rhk(capsys, team_db, "Tersedianya aplikasi")
    first = ok(capsys, team_db, "skp", "indicator", "add", "--rhk", rhk["id"], "--text",
               "Jumlah aplikasi", "--aspect", "kuantitas", "--target", "2", "--unit", "Aplikasi")
    assert (first["aspect"], first["target_value"], first["target_unit"], first["position"]) == \
        ("kuantitas", "2", "Aplikasi", 1)
    assert first["rhk"]["id"] == rhk["id"] and first["rhk_id"] == rhk["id"]
    second = ok(capsys, team_db, "skp", "indicator", "add", "--rhk", rhk["id"], "--text",
                "Waktu penyelesaian", "--aspect", "waktu", "--target", "12", "--unit", "bulan")
    assert second["position"] == 2
    edited = ok(capsys, team_db, "skp", "indicator", "edit", first["id"], "--target", "3")
    assert (edited["id"], edited["target_value"], edited["text"]) == (first["id"], "3", "Jumlah aplikasi")
    removed = ok(capsys, team_db, "skp", "indicator", "remove", first["id"])
    assert removed["removed"] == first["id"]
    assert [(i["id"], i["position"]) for i in removed["indicators"]] == [(second["id"], 1)]


def test_indicator_bad_input(capsys, team_db):
    rhk = add_rhk(capsys, team_db, "Tersedianya aplikasi")
    err = refused(capsys, team_db, "skp", "indicator", "add", "--rhk", rhk["id"], "--text", "X")
    assert "Aspek" in err  # required on a kuantitatif JA/JF SKP
    err = refused(capsys, team_db, "skp", "indicator", "add", "--rhk", rhk["id"], "--text", "X",
                  "--aspect", "kecepatan")
    assert "Aspek" in err and "kecepatan" in err
    refused(capsys, team_db, "skp", "indicator", "add", "--rhk", UNKNOWN_ID, "--text", "X",
            "--aspect", "waktu")
    err = refused(capsys, team_db, "skp", "indicator", "edit", UNKNOWN_ID, "--text", "X")
    assert "Indikator" in err and UNKNOWN_ID in err
    refused(capsys, team_db, "skp", "indicator", "remove", UNKNOWN_ID)
    refused(capsys, team_db, "skp", "indicator", "edit", UNKNOWN_ID, code=2)


def test_behaviour_set_by_number_or_name(capsys, team_db):
    one = ok(capsys, team_db, "skp", "behaviour", "set", "--nip", NIP_STAFF, "--year", YEAR,
             "--value", "1", "--text", "Melayani dengan ramah")
    assert (one["number"], one["expectation"]) == (1, "Melayani dengan ramah")
    named = ok(capsys, team_db, "skp", "behaviour", "set", "--nip", NIP_STAFF, "--year", YEAR,
               "--value", "akuntabel", "--text", "Laporan tepat waktu")
    assert named["number"] == 2
    behaviours = {b["number"]: b for b in show(capsys, team_db)["behaviours"]}
    assert behaviours[1]["expectation"] == "Melayani dengan ramah"
    assert behaviours[2]["id"] == named["id"]
    cleared = ok(capsys, team_db, "skp", "behaviour", "set", "--nip", NIP_STAFF, "--year", YEAR,
                 "--value", "1", "--text", "")
    assert cleared["expectation"] == ""
    err = refused(capsys, team_db, "skp", "behaviour", "set", "--nip", NIP_STAFF, "--year", YEAR,
                  "--value", "9", "--text", "X")
    assert "Perilaku kerja" in err and "9" in err


def test_lampiran_add_and_remove(capsys, team_db):
    item = ok(capsys, team_db, "skp", "lampiran", "add", "--nip", NIP_STAFF, "--year", YEAR,
              "--section", "dukungan_sumber_daya", "--text", "Laptop dan akses internet")
    assert (item["section"], item["position"], item["text"]) == \
        ("dukungan_sumber_daya", 1, "Laptop dan akses internet")
    listed = show(capsys, team_db)
    assert listed["lampiran_items"] == [{"id": item["id"], "section": "dukungan_sumber_daya",
                                         "position": 1, "text": "Laptop dan akses internet"}]
    assert listed["lampiran"]["dukungan_sumber_daya"] == ["Laptop dan akses internet"]
    after = ok(capsys, team_db, "skp", "lampiran", "remove", item["id"])
    assert after["removed"] == item["id"] and after["lampiran_items"] == []
    err = refused(capsys, team_db, "skp", "lampiran", "add", "--nip", NIP_STAFF, "--year", YEAR,
                  "--section", "anggaran", "--text", "X")
    assert "Bagian lampiran" in err and "anggaran" in err
    refused(capsys, team_db, "skp", "lampiran", "remove", UNKNOWN_ID)


def test_edits_of_a_submitted_skp_are_refused(capsys, team_db):
    rhk = add_rhk(capsys, team_db, "Tersedianya aplikasi")
    ok(capsys, team_db, "skp", "indicator", "add", "--rhk", rhk["id"], "--text", "Jumlah aplikasi",
       "--aspect", "kuantitas", "--target", "2", "--unit", "Aplikasi")
    ok(capsys, team_db, "--as", NIP_STAFF, "skp", "submit", "--nip", NIP_STAFF, "--year", YEAR)
    for args in (("skp", "rhk", "add", "--nip", NIP_STAFF, "--year", YEAR, "--text", "X"),
                 ("skp", "rhk", "edit", rhk["id"], "--text", "X"),
                 ("skp", "rhk", "remove", rhk["id"]),
                 ("skp", "indicator", "add", "--rhk", rhk["id"], "--text", "X", "--aspect", "waktu"),
                 ("skp", "behaviour", "set", "--nip", NIP_STAFF, "--year", YEAR, "--value", "1",
                  "--text", "X"),
                 ("skp", "lampiran", "add", "--nip", NIP_STAFF, "--year", YEAR, "--section",
                  "konsekuensi", "--text", "X")):
        err = refused(capsys, team_db, *args)
        assert "Diajukan" in err or "diajukan" in err, err


def test_text_output_names_what_was_done(capsys, team_db):
    code, out, err = run(capsys, "--db", team_db, "skp", "rhk", "add", "--nip", NIP_STAFF,
                         "--year", YEAR, "--text", "Tersedianya aplikasi")
    assert code == 0, err
    assert out.startswith("RHK A.1 ditambahkan (id ")
