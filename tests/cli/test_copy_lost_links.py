"""`skpdesk skp copy-from-last-year` says which RHK lost the atasan's RHK they intervened
(issue 9): in the text output and as `lost_links` in the JSON, instead of leaving them silently
empty."""

from __future__ import annotations

from .test_cli import YEAR, data_dir, demo_db, demo_template, pegawai_with_skp, run, run_json  # noqa: F401


def _linked(capsys, db):
    """A staff member whose SKP of this year has an Utama RHK that intervenes the atasan's."""
    for pegawai, skp in pegawai_with_skp(capsys, db):
        linked = [r for r in skp["rhk"] if r["kind"] == "utama" and r.get("parent_rhk_id")]
        if linked:
            return pegawai, skp, linked
    raise AssertionError("the demo office has no linked RHK")


def test_the_text_names_each_rhk_that_lost_its_link(capsys, demo_db):
    pegawai, _skp, linked = _linked(capsys, demo_db)
    code, out, err = run(capsys, "--db", demo_db, "skp", "copy-from-last-year",
                         "--nip", pegawai["nip"], "--year", YEAR + 1)
    assert code == 0, err
    text = " ".join(out.split())  # long lines are wrapped
    assert f"{len(linked)} RHK kehilangan RHK atasan yang diintervensi" in text
    assert text.count(f"atasan belum punya SKP tahun {YEAR + 1}") == len(linked)
    assert all(" ".join(r["text"].split()) in text for r in linked)


def test_the_json_lists_the_lost_links(capsys, demo_db):
    pegawai, _skp, linked = _linked(capsys, demo_db)
    copy = run_json(capsys, "--db", demo_db, "skp", "copy-from-last-year",
                    "--nip", pegawai["nip"], "--year", YEAR + 1)
    assert copy["year"] == YEAR + 1 and copy["status"] == "draft"
    assert [(x["kind"], x["text"], x["reason"]) for x in copy["lost_links"]] == [
        ("utama", r["text"], "no_supervisor_skp") for r in linked]
    assert all(x["parent_text"] for x in copy["lost_links"])
