"""The CLI's text output writes unit paths like the window and the printed form ("Induk /
Anak", `unit_path_text`); the JSON and `--unit` keep the bare path "Induk/Anak"."""

from __future__ import annotations

from .test_cli import data_dir, demo_db, demo_template, pegawai_with_skp, run, run_json  # noqa: F401


def test_skp_show_and_staff_list_write_the_unit_as_the_window_does(capsys, demo_db):
    pegawai, skp = next((p, s) for p, s in pegawai_with_skp(capsys, demo_db) if "/" in s["unit"])
    code, out, err = run(capsys, "--db", demo_db, "skp", "show", "--nip", pegawai["nip"])
    assert code == 0, err
    assert f"Unit kerja : {skp['unit'].replace('/', ' / ')}" in out
    code, out, err = run(capsys, "--db", demo_db, "staff", "list", "--unit", pegawai["unit"])
    assert code == 0, err
    assert pegawai["unit"].split("/")[0] + " / " in out
    spaced = pegawai["unit"].replace("/", " / ")  # the text form typed back is accepted
    again = run_json(capsys, "--db", demo_db, "staff", "list", "--unit", spaced)
    assert pegawai["nip"] in [p["nip"] for p in again] and "/" in again[0]["unit"]
    assert " / " not in again[0]["unit"]
