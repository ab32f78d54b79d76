"""`skpdesk office show|set`: the instansi's name, city and logo."""

import json

from skpdesk.app import main


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_office_show_and_set(capsys, tmp_path):
    db = str(tmp_path / "x.sqlite")
    assert _run(capsys, "--db", db, "init", "--instansi", "Dinas Contoh", "--city", "Wonosari")[0] == 0
    code, out, _ = _run(capsys, "--db", db, "office", "show", "--json")
    assert code == 0 and json.loads(out)["instansi"]["city"] == "Wonosari"
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (8, 8), (0, 90, 0)).save(logo)
    code, out, _ = _run(capsys, "--db", db, "office", "set", "--city", "Gunungkidul",
                        "--logo", str(logo), "--json")
    shown = json.loads(out)["instansi"]
    assert code == 0 and shown["city"] == "Gunungkidul" and shown["logo"].endswith(".png")
    assert (tmp_path / shown["logo"]).is_file()


def test_office_set_with_a_bad_logo_changes_nothing(capsys, tmp_path):
    db = str(tmp_path / "x.sqlite")
    _run(capsys, "--db", db, "init", "--instansi", "Dinas Contoh", "--city", "Wonosari")
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a")
    code, _, err = _run(capsys, "--db", db, "office", "set", "--city", "Lain", "--logo", str(bad))
    assert code == 1 and "tidak didukung" in err
    code, out, _ = _run(capsys, "--db", db, "office", "show", "--json")
    assert json.loads(out)["instansi"] == {**json.loads(out)["instansi"], "city": "Wonosari", "logo": None}
    code, _, err = _run(capsys, "--db", db, "office", "set")
    assert code == 2 and "--instansi" in err
