"""`skpdesk print skp ...`, `skpdesk check-print CODE` and `office set --setting KEY=VALUE`."""

from __future__ import annotations

import io
import json
import os
import signal
from pathlib import Path

import pypdf
import pytest

from skpdesk.app import main
from skpdesk.cli import print_commands
from skpdesk.services.context import Services
from skpdesk.storage.database import Database
from tests.unit.helpers_office import NIP_HEAD, NIP_KABID, NIP_PPPK, NIP_STAFF, person
from tests.unit.helpers_print import UNIT, YEAR, build_print_office, flat

NIP_NO_SKP = "199203102019032001"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db(tmp_path):
    """The print office (every printed variant) plus a pegawai of the unit without an SKP."""
    path = tmp_path / "kantor.sqlite"
    database = Database(path)
    services = Services.build(database, "test")
    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    build_print_office(services)
    services.staff.add(person("Sri Wahyuni", NIP_NO_SKP, unit=UNIT, supervisor=NIP_KABID))
    database.close()
    return path


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *args):
    code, out, err = run(capsys, *args, "--json")
    return code, json.loads(out), err


def pages(path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def text_of(path) -> str:
    return flat(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages))


# --- one pegawai
def test_print_one_skp_to_a_file(capsys, db, out):
    target = out / "agus.pdf"
    code, stdout, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--year", YEAR,
                            "--out", target)
    assert code == 0, err
    assert target.is_file() and pages(target) == 3
    assert "dicetak ke" in stdout and "3 halaman" in stdout and "Agus Santoso" in stdout
    printed_code = stdout.split("kode dokumen ")[1].split(" ")[0]
    assert printed_code in text_of(target)
    assert sorted(p.name for p in out.iterdir()) == ["agus.pdf"]

    code, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--out", target)
    assert code == 0 and shown["ok"] and shown["files"] == [str(target)]
    [printed] = shown["printed"]
    assert printed["code"] == printed_code and printed["pages"] == 3 and printed["nip"] == NIP_STAFF


def test_print_one_without_an_skp_is_a_clear_error(capsys, db, out):
    code, _, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_NO_SKP, "--out", out / "x.pdf")
    assert code == 1 and f"SKP tahun {YEAR} belum ada" in err
    assert list(out.iterdir()) == []


def test_print_into_a_missing_folder(capsys, db, tmp_path):
    code, _, err = run(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF,
                       "--out", tmp_path / "tidak-ada" / "x.pdf")
    assert code == 1 and "tidak dapat ditulis" in err


# --- batches
def test_print_a_unit_one_file_each_and_report_the_missing(capsys, db, out):
    code, stdout, err = run(capsys, "--db", db, "print", "skp", "--unit", UNIT, "--out-dir", out)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == sorted([
        f"{NIP_STAFF}_agus-santoso_SKP_{YEAR}.pdf", f"{NIP_KABID}_dewi-lestari_SKP_{YEAR}.pdf",
        f"{NIP_PPPK}_rina-marlina_SKP_{YEAR}.pdf"])
    assert f"Dicetak : 3 SKP, 9 halaman, 3 berkas di {out}" in stdout
    assert f"Tanpa SKP {YEAR}: 1 pegawai" in stdout and "Sri Wahyuni" in stdout
    assert "Mencetak SKP" in err and "100%" in err  # plain progress lines: stderr is no terminal
    assert "\r" not in err


def test_print_a_unit_as_json(capsys, db, out):
    code, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--unit", "Dinas Komunikasi dan "
                              "Informatika", "--no-subunits", "--out-dir", out / "baru")
    assert code == 0 and shown["ok"] and shown["unit"] == "Dinas Komunikasi dan Informatika"
    assert [p["nip"] for p in shown["printed"]] == [NIP_HEAD]
    assert shown["missing_skp"] == [] and shown["failed"] == [] and not shown["cancelled"]
    assert shown["files"] == [str(out / "baru" / f"{NIP_HEAD}_bambang-sutrisno_SKP_{YEAR}.pdf")]
    assert shown["pages"] == pages(shown["files"][0])


def test_a_batch_counts_the_skps_that_are_not_final(capsys, db, out):
    # Issue 13: batch printing says how many documents carry KONSEP (not approved yet)
    code, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--all", "--out-dir", out / "k")
    database = Database(db)
    try:
        s = Services.build(database, "test")
        statuses = {p["skp_id"]: s.skp.get(p["skp_id"]).status.value for p in shown["printed"]}
    finally:
        database.close()
    not_final = sum(1 for status in statuses.values() if status != "disetujui")
    assert code == 0 and not_final > 0 and shown["konsep"] == not_final
    assert [p["final"] for p in shown["printed"]] == [statuses[p["skp_id"]] == "disetujui"
                                                      for p in shown["printed"]]
    code, stdout, _ = run(capsys, "--db", db, "print", "skp", "--all", "--out-dir", out / "k2")
    assert code == 0 and f"  {not_final} SKP belum final (KONSEP: belum disetujui)" in stdout


def test_print_all_into_one_combined_file(capsys, db, out):
    target = out / "semua.pdf"
    code, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--all", "--combined", target)
    assert code == 0 and shown["combined"] == str(target) and shown["files"] == [str(target)]
    assert len(shown["printed"]) == 4 and shown["pages"] == pages(target) == 12
    assert [m["nip"] for m in shown["missing_skp"]] == [NIP_NO_SKP]
    text = text_of(target)
    assert all(p["code"] in text for p in shown["printed"])

    code, stdout, _ = run(capsys, "--db", db, "print", "skp", "--all", "--year", YEAR - 1,
                          "--combined", target)
    assert code == 0 and f"Dicetak : 1 SKP, {pages(target)} halaman, dalam satu berkas" in stdout
    assert f"Tanpa SKP {YEAR - 1}: 4 pegawai" in stdout


def test_print_combined_for_duplex(capsys, db, out):
    """Issue 13: --duplex pads each document of a combined file to an even page count."""
    plain, padded = out / "semua.pdf", out / "duplex.pdf"
    assert run_json(capsys, "--db", db, "print", "skp", "--all", "--combined", plain)[0] == 0
    code, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--all", "--combined", padded,
                              "--duplex")
    counts = [p["pages"] for p in shown["printed"]]
    assert code == 0 and pages(plain) == sum(counts)
    assert pages(padded) == sum(c + c % 2 for c in counts) > pages(plain)
    titles = [item.title for item in pypdf.PdfReader(str(padded)).outline]
    assert titles == [f"{p['name']} – {p['nip']}" for p in shown["printed"]]


def test_print_with_worker_processes(capsys, db, out):
    code, shown, err = run_json(capsys, "--db", db, "print", "skp", "--all", "--out-dir", out,
                                "--processes", "2")
    assert code == 0, err
    assert len(shown["printed"]) == 4 and len(list(out.iterdir())) == 4


def test_unknown_unit(capsys, db, out):
    code, _, err = run(capsys, "--db", db, "print", "skp", "--unit", "Bidang Entah", "--out-dir", out)
    assert code == 1 and "Unit kerja \"Bidang Entah\" tidak ditemukan" in err


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to oneself is POSIX")
def test_ctrl_c_stops_after_the_current_document_and_keeps_the_files(capsys, db, out, monkeypatch):
    real = print_commands.ProgressBar.__call__
    calls = []

    def progress(self, done, total):
        calls.append(done)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # the handler cancels the token
        real(self, done, total)

    monkeypatch.setattr(print_commands.ProgressBar, "__call__", progress)
    previous = signal.getsignal(signal.SIGINT)
    code, stdout, err = run(capsys, "--db", db, "print", "skp", "--all", "--out-dir", out)
    assert code == 130
    assert "Membatalkan" in err and "Dibatalkan" in stdout
    assert len(list(out.iterdir())) == 1 and "Dicetak : 1 SKP" in stdout
    assert signal.getsignal(signal.SIGINT) is previous


def test_progress_bar_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    bar = print_commands.ProgressBar(stream, label="Mencetak")
    for done in range(0, 11):
        bar(done, 10)
    bar(10, 10)
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") == 11 and text.endswith("] 100%\n") and "█" * 30 in text


@pytest.mark.parametrize("args, message", [
    (["--nip", NIP_STAFF, "--all", "--out", "x.pdf"], "not allowed with argument"),
    (["--nip", NIP_STAFF], "--nip memerlukan --out"),
    (["--all"], "memerlukan --out-dir"),
    (["--unit", UNIT, "--out", "x.pdf"], "--out hanya untuk satu pegawai"),
    (["--all", "--out-dir", "a", "--combined", "b.pdf"], "not allowed with argument"),
    (["--all", "--no-subunits", "--out-dir", "a"], "--no-subunits hanya berlaku"),
    (["--out", "x.pdf"], "one of the arguments --nip --unit --all is required"),
    (["--all", "--out-dir", "a", "--processes", "0"], "jumlah proses harus dari 1"),
    (["--all", "--out-dir", "a", "--duplex"], "--duplex hanya berlaku bersama --combined"),
    (["--nip", NIP_STAFF, "--out", "x.pdf", "--duplex"], "--duplex hanya berlaku bersama"),
])
def test_bad_arguments_are_usage_errors(capsys, db, tmp_path, args, message):
    code, _, err = run(capsys, "--db", db, "print", "skp", *args)
    assert code == 2 and message in err
    assert not (tmp_path / "a").exists() and not Path("x.pdf").exists()


# --- check-print
def test_check_print_says_which_skp_and_whether_it_changed(capsys, db, out):
    code, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--nip", NIP_STAFF, "--out",
                              out / "agus.pdf")
    printed = shown["printed"][0]
    code, stdout, _ = run(capsys, "--db", db, "check-print", printed["code"])
    assert code == 0
    assert f"Kode dokumen : {printed['code']}" in stdout
    assert f"tahun {YEAR}, Agus Santoso, S.Kom." in stdout
    assert f"revisi {printed['revision']}" in stdout and "TIDAK BERUBAH" in stdout

    database = Database(db)
    services = Services.build(database, "test")
    services.skp.add_lampiran(printed["skp_id"], "konsekuensi", "Teguran bila target tidak tercapai")
    database.close()

    typed = printed["code"].lower().replace("-", " ")  # as typed from paper
    code, stdout, _ = run(capsys, "--db", db, "check-print", typed)
    assert code == 0 and "BERUBAH" in stdout and "TIDAK BERUBAH" not in stdout
    assert f"revisi {printed['revision']} → {printed['revision'] + 1}" in stdout
    code, shown, _ = run_json(capsys, "--db", db, "check-print", printed["code"])
    assert shown["changed"] is True and shown["skp_id"] == printed["skp_id"]
    assert shown["printed_revision"] == printed["revision"]
    assert shown["current_revision"] == printed["revision"] + 1
    assert shown["pegawai"]["nip"] == NIP_STAFF


def test_check_print_after_a_settings_change(capsys, db, out):
    _, shown, _ = run_json(capsys, "--db", db, "print", "skp", "--nip", NIP_KABID, "--out", out / "k.pdf")
    assert run(capsys, "--db", db, "office", "set", "--setting", "print.place_date=blank")[0] == 0
    code, stdout, _ = run(capsys, "--db", db, "check-print", shown["printed"][0]["code"])
    assert code == 0 and "BERUBAH" in stdout and "pengaturan instansi" in stdout


@pytest.mark.parametrize("code_text, message", [
    ("SKP-00000-00000", "Kode dokumen SKP-00000-00000 tidak dikenal"),
    ("bukan kode", "bukan kode dokumen SKP Desk"),
])
def test_check_print_of_an_unknown_code(capsys, db, code_text, message):
    code, stdout, err = run(capsys, "--db", db, "check-print", code_text)
    assert code == 1 and message in err and stdout == ""
    code, shown, _ = run_json(capsys, "--db", db, "check-print", code_text)
    assert code == 1 and shown["error"]["code"] == "print_code_unknown"


# --- office settings used by the printout
def test_office_set_setting_changes_the_printout(capsys, db, out):
    code, shown, _ = run_json(capsys, "--db", db, "office", "show")
    assert shown["settings"] == {"print.intervened_label": "RENCANA HASIL KERJA ATASAN YANG "
                                                           "DIINTERVENSI",
                                 "print.pppk_golongan": "kosongkan",  # issue 13
                                 "print.place_date": "city_date",
                                 "roles.pengelola_kinerja": "",
                                 # issue 10 (schema 0009): bimbingan and dialog settings
                                 "coaching.b18_scale": "Sangat Setuju;Setuju;Tidak Setuju;"
                                                       "Sangat Tidak Setuju",
                                 "dialog.cadence_days": "92",
                                 # issue 11 (schema 0010): periods and bukti dukung
                                 "periode.ritme": "triwulanan",
                                 "evidence.max_size_mb": "25"}
    code, stdout, err = run(capsys, "--db", db, "office", "set", "--setting",
                            "print.intervened_label=RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
                            "--setting", "print.place_date=city_blank")
    assert code == 0, err
    assert "Pengaturan diubah: print.place_date = city_blank" in stdout
    code, stdout, _ = run(capsys, "--db", db, "office", "show")
    assert "print.place_date = city_blank" in stdout and "pilihan: city_date" in stdout
    target = out / "dewi.pdf"
    assert run(capsys, "--db", db, "print", "skp", "--nip", NIP_KABID, "--out", target)[0] == 0
    text = text_of(target)
    assert "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI" in text and "Wonosari, ....." in text


@pytest.mark.parametrize("setting, code_expected, message", [
    ("print.warna=merah", 1, "Pengaturan \"print.warna\" tidak dikenal"),
    ("print.place_date=besok", 1, "Nilai pengaturan \"besok\" tidak dikenal"),
    ("print.place_date", 2, "KUNCI=NILAI"),
])
def test_office_set_setting_refuses_bad_values(capsys, db, setting, code_expected, message):
    code, _, err = run(capsys, "--db", db, "office", "set", "--setting", "print.place_date=blank",
                       "--setting", setting)
    assert code == code_expected and message in err
    _, shown, _ = run_json(capsys, "--db", db, "office", "show")
    assert shown["settings"]["print.place_date"] == "city_date"  # nothing was changed
