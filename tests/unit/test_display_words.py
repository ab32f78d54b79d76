"""How people, positions, numbers and units are written (issue 9, defects): "NI PPPK", the
jenjang said once, names always with titles, and one unit path format in every view (one domain
function, used by the window, the CLI and the printed form)."""

from __future__ import annotations

import pytest

from skpdesk.domain.documents import NIPPPK
from skpdesk.domain.people import position_with_jenjang, titled_name, unit_path_text

from .helpers_office import three_levels


def test_the_official_term_is_ni_pppk():
    assert NIPPPK == "NI PPPK"


@pytest.mark.parametrize("position, jenjang, expected", [
    ("Pranata Komputer", "Ahli Pertama", "Pranata Komputer Ahli Pertama"),
    ("Pranata Komputer Ahli Pertama", "Ahli Pertama", "Pranata Komputer Ahli Pertama"),
    ("pranata komputer ahli pertama", "Ahli Pertama", "pranata komputer ahli pertama"),
    ("Kepala Bidang", None, "Kepala Bidang"),
])
def test_the_jenjang_is_said_once(position, jenjang, expected):
    assert position_with_jenjang(position, jenjang) == expected


def test_unit_paths_have_one_format():
    assert unit_path_text("Dinas/Bidang Aplikasi Informatika") == \
        "Dinas / Bidang Aplikasi Informatika"
    assert unit_path_text(" Dinas /  Bidang ") == "Dinas / Bidang"  # typed back: same
    assert unit_path_text("Sekretariat") == "Sekretariat" and unit_path_text("") == ""


def test_titled_name():
    assert titled_name("Siti Aminah", "Dr.", "S.Kom., M.T.") == "Dr. Siti Aminah, S.Kom., M.T."
    assert titled_name("Siti Aminah", "", None) == "Siti Aminah"


@pytest.fixture
def titled(office):
    head, kabid, staff = three_levels(office)
    office.staff.edit(kabid, {"gelar_depan": "Dr.", "gelar_belakang": "S.Kom., M.T."})
    return office, head, office.staff.get(kabid.id), staff


def test_the_atasan_is_named_with_titles(titled):
    office, _head, kabid, staff = titled
    assert kabid.full_name == "Dr. Dewi Lestari, S.Kom., M.T."
    assert office.staff.get(staff.id).supervisor_name == kabid.full_name


def test_the_cascade_and_the_matrix_name_people_with_titles(titled):
    office, head, kabid, staff = titled
    top = office.skp.create(head.id, 2026).value
    top_rhk = office.skp.add_rhk(top.id, "Sasaran Kepala Dinas", perspective="penerima_layanan").value
    mid = office.skp.create(kabid.id, 2026).value
    office.skp.add_rhk(mid.id, "Sasaran Kabid", parent_rhk_id=top_rhk.id)
    tree = office.cascade.tree(2026)
    names = {n["pegawai_name"] for n in _walk(office.cascade.to_json(tree))}
    assert kabid.full_name in names and "Dewi Lestari" not in names
    matrix = office.cascade.matrix(head.id, 2026)
    assert [name for _id, name, _nip in matrix.columns] == [kabid.full_name]


def _walk(data):
    stack = list(data.get("roots", [])) + list(data.get("problems", []))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.get("children", []))
