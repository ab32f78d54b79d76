"""The cascade (intervensi) tree, the Matriks Peran Hasil and their JSON shapes."""

from types import SimpleNamespace

import pytest

from skpdesk.domain.cascade import CascadeProblem, CascadeRow, build_cascade, build_matrix
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.cascade import CascadeService, matrix_to_json, to_json

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_PPPK, NIP_STAFF, person

YEAR = 2025


# --- a small office: Bambang (JPT) -> Dewi (Kabid) -> Agus (fungsional), Citra (PPPK)

def build_office(services):
    add = services.staff.add
    head = add(person("Bambang Sutrisno", NIP_HEAD, rank="IV/c", position="Kepala Dinas",
                      kind="jpt")).value
    kabid = add(person("Dewi Lestari", NIP_KABID, rank="IV/a", position="Kepala Bidang Aptika",
                       kind="administrator", unit="Dinas/Aptika", supervisor=NIP_HEAD)).value
    staff = add(person("Agus Santoso", NIP_STAFF, rank="III/b", position="Pranata Komputer",
                       kind="fungsional", jenjang="Ahli Pertama", unit="Dinas/Aptika",
                       supervisor=NIP_KABID)).value
    pppk = add(person("Citra Ayu", NIP_PPPK, asn="PPPK", rank="IX", position="Pengelola Data",
                      unit="Dinas/Aptika", supervisor=NIP_KABID)).value
    return SimpleNamespace(head=head, kabid=kabid, staff=staff, pppk=pppk)


def new_skp(services, pegawai, year=YEAR):
    return services.skp.create(pegawai.id, year).value.id


def new_rhk(services, skp_id, text, parent=None, kind="utama"):
    return services.skp.add_rhk(skp_id, text, kind=kind, parent_rhk_id=parent).value.id


@pytest.fixture
def cascade(db):
    return CascadeService(db, "test")


@pytest.fixture
def linked(office):
    """Three levels linked: H1 <- K1 <- S1, K2 <- P1; P2 intervenes nothing (orphan)."""
    o = build_office(office)
    o.skp = SimpleNamespace(head=new_skp(office, o.head), kabid=new_skp(office, o.kabid),
                            staff=new_skp(office, o.staff), pppk=new_skp(office, o.pppk))
    o.h1 = new_rhk(office, o.skp.head, "Meningkatnya layanan digital")
    o.k1 = new_rhk(office, o.skp.kabid, "Tersedianya aplikasi layanan", o.h1)
    o.k2 = new_rhk(office, o.skp.kabid, "Tersedianya data terpadu", o.h1)
    o.s1 = new_rhk(office, o.skp.staff, "Aplikasi perizinan dibangun", o.k1)
    o.s2 = new_rhk(office, o.skp.staff, "Aplikasi pengaduan dipelihara", o.k1)
    o.p1 = new_rhk(office, o.skp.pppk, "Data sektoral dimutakhirkan", o.k2)
    o.p2 = new_rhk(office, o.skp.pppk, "Arsip digital dirapikan")
    o.tambahan = new_rhk(office, o.skp.staff, "Panitia HUT", kind="tambahan")
    return o


def ids(nodes):
    return [n.row.rhk_id for n in nodes]


# --- tree

def test_tree_links_children_under_parents_across_three_levels(cascade, linked):
    tree = cascade.tree(YEAR)
    h1 = tree.roots[0]
    assert h1.row.rhk_id == linked.h1 and h1.problem is None
    assert ids(h1.children) == [linked.k1, linked.k2]
    assert ids(h1.children[0].children) == [linked.s1, linked.s2]
    assert ids(h1.children[1].children) == [linked.p1]
    depths = {n.row.rhk_id: d for n, d in tree.walk()}
    assert depths[linked.s1] == 2 and depths[linked.k2] == 1


def test_orphan_is_flagged_and_kept_as_a_root(cascade, linked):
    tree = cascade.tree(YEAR)
    assert ids(tree.problems) == [linked.p2]
    assert tree.problems[0].problem is CascadeProblem.ORPHAN
    assert linked.p2 in ids(tree.roots)


def test_top_leader_and_pegawai_whose_supervisor_has_no_skp_are_not_orphans(office, cascade):
    o = build_office(office)
    h1 = new_rhk(office, new_skp(office, o.head), "RHK pimpinan")
    tree = cascade.tree(YEAR)
    assert ids(tree.roots) == [h1] and tree.problems == []
    # Agus's supervisor (Dewi) has no SKP this year: his RHK is a plain root, not an orphan.
    s1 = new_rhk(office, new_skp(office, o.staff), "RHK staf")
    tree = cascade.tree(YEAR)
    assert set(ids(tree.roots)) == {h1, s1} and tree.problems == []


def test_moving_a_subordinate_makes_the_link_parent_outside(office, cascade, linked):
    office.staff.set_supervisor(linked.staff.id, linked.head.id)
    tree = cascade.tree(YEAR)
    outside = [n for n in tree.problems if n.problem is CascadeProblem.PARENT_OUTSIDE]
    assert ids(outside) == [linked.s1, linked.s2]
    h1 = next(n for n in tree.roots if n.row.rhk_id == linked.h1)
    assert ids(h1.children[0].children) == []  # no longer under K1
    assert ids(tree.roots) == [linked.s1, linked.s2, linked.h1, linked.p2]  # roots by owner name


def test_tambahan_rhk_are_not_in_the_cascade(cascade, linked):
    assert linked.tambahan not in [n.row.rhk_id for n, _ in cascade.tree(YEAR).walk()]


def test_other_year_is_separate(cascade, linked):
    assert cascade.tree(YEAR + 1).roots == []


def test_supervisor_filter_keeps_own_subtrees_and_subordinate_problems(office, cascade, linked):
    # An orphan outside Dewi's chain must not show up in her view.
    other = office.staff.add(person("Eko Prasetyo", "199001012015031004", unit="Dinas/Umum",
                                    supervisor=NIP_HEAD)).value
    e1 = new_rhk(office, new_skp(office, other), "Surat keluar diarsipkan")
    tree = cascade.tree(YEAR, supervisor_id=linked.kabid.id)
    assert ids(tree.roots) == [linked.k1, linked.k2, linked.p2]
    assert ids(tree.roots[0].children) == [linked.s1, linked.s2]
    assert ids(tree.problems) == [linked.p2]
    assert e1 in ids(cascade.tree(YEAR).problems)
    staff_view = cascade.tree(YEAR, supervisor_id=linked.staff.id)
    assert ids(staff_view.roots) == [linked.s1, linked.s2] and staff_view.problems == []


def test_supervisor_filter_unknown_pegawai(cascade, linked):
    with pytest.raises(DomainError) as info:
        cascade.tree(YEAR, supervisor_id="nobody")
    assert info.value.code is ErrorCode.PEGAWAI_NOT_FOUND


def test_problems_only_is_a_flat_list(office, cascade, linked):
    office.staff.set_supervisor(linked.staff.id, linked.head.id)
    tree = cascade.tree(YEAR, problems_only=True)
    assert ids(tree.roots) == ids(tree.problems)
    assert set(ids(tree.roots)) == {linked.s1, linked.s2, linked.p2}
    assert all(n.children == [] and n.problem is not None for n in tree.roots)
    mine = cascade.tree(YEAR, supervisor_id=linked.kabid.id, problems_only=True)
    assert ids(mine.roots) == [linked.p2]


def test_year_is_validated(cascade):
    with pytest.raises(DomainError) as info:
        cascade.tree(1850)
    assert info.value.code is ErrorCode.FIELD_INVALID_NUMBER


# --- matrix

def test_matrix_cells_columns_and_unlinked(cascade, linked):
    m = cascade.matrix(linked.kabid.id, YEAR)
    assert [r.rhk_id for r in m.rows] == [linked.k1, linked.k2]
    assert [c[0] for c in m.columns] == [linked.staff.id, linked.pppk.id]  # by name
    assert m.columns[1] == (linked.pppk.id, "Citra Ayu", NIP_PPPK)
    assert m.cells[(linked.k1, linked.staff.id)] == ["Aplikasi perizinan dibangun",
                                                     "Aplikasi pengaduan dipelihara"]
    assert m.cells[(linked.k2, linked.pppk.id)] == ["Data sektoral dimutakhirkan"]
    assert (linked.k1, linked.pppk.id) not in m.cells
    assert m.unlinked == {linked.pppk.id: ["Arsip digital dirapikan"]}


def test_matrix_without_supervisor_skp(office, cascade, linked):
    with pytest.raises(DomainError) as info:
        cascade.matrix(linked.kabid.id, YEAR + 1)
    assert info.value.code is ErrorCode.SKP_NOT_FOUND
    with pytest.raises(DomainError) as info:
        cascade.matrix("nobody", YEAR)
    assert info.value.code is ErrorCode.PEGAWAI_NOT_FOUND


def test_matrix_column_for_subordinate_without_skp(office, cascade):
    o = build_office(office)
    k1 = new_rhk(office, new_skp(office, o.kabid), "RHK kabid")
    m = cascade.matrix(o.kabid.id, YEAR)
    assert [r.rhk_id for r in m.rows] == [k1]
    assert len(m.columns) == 2 and m.cells == {} and m.unlinked == {}


# --- JSON

def test_tree_json_shape(cascade, linked):
    data = to_json(cascade.tree(YEAR))
    root = data["roots"][0]
    assert set(root) == {"rhk_id", "skp_id", "kind", "order", "text", "pegawai_id", "pegawai_name",
                         "nip", "position", "parent_rhk_id", "problem", "children"}
    assert root["rhk_id"] == linked.h1 and root["kind"] == "utama" and root["problem"] is None
    assert root["pegawai_name"] == "Bambang Sutrisno" and root["nip"] == NIP_HEAD
    assert root["position"] == "Kepala Dinas" and root["skp_id"] == linked.skp.head
    assert root["children"][0]["children"][0]["rhk_id"] == linked.s1
    assert root["children"][0]["children"][0]["parent_rhk_id"] == linked.k1
    assert data["problems"] == [{k: v for k, v in data["roots"][-1].items() if k != "children"}]
    assert data["problems"][0]["problem"] == "orphan"
    assert CascadeService.to_json(cascade.tree(YEAR)) == data


def test_matrix_json_shape(cascade, linked):
    data = matrix_to_json(cascade.matrix(linked.kabid.id, YEAR))
    assert data["supervisor_id"] == linked.kabid.id
    assert data["columns"] == [
        {"pegawai_id": linked.staff.id, "name": "Agus Santoso", "nip": NIP_STAFF},
        {"pegawai_id": linked.pppk.id, "name": "Citra Ayu", "nip": NIP_PPPK}]
    assert data["rows"][0] == {"rhk_id": linked.k1, "order": 1, "text": "Tersedianya aplikasi layanan",
                               "cells": [["Aplikasi perizinan dibangun", "Aplikasi pengaduan dipelihara"],
                                         []]}
    assert data["rows"][1]["cells"] == [[], ["Data sektoral dimutakhirkan"]]
    assert data["unlinked"] == [{"pegawai_id": linked.pppk.id, "name": "Citra Ayu", "nip": NIP_PPPK,
                                 "texts": ["Arsip digital dirapikan"]}]


# --- pure domain functions

def row(rhk_id, pegawai, supervisor, parent=None, *, name=None, kind="utama", order=1, skp=None):
    return CascadeRow(rhk_id, skp or f"skp-{pegawai}", pegawai, name or pegawai, None, "Jabatan",
                      supervisor, kind, f"teks {rhk_id}", parent, order)


def test_rhk_loop_from_a_supervisor_loop_is_cut_not_lost():
    # a supervises b, b supervises a (only possible through a side-door write), RHK linked both ways.
    rows = [row("ra", "a", "b", "rb"), row("rb", "b", "a", "ra"), row("rc", "c", "a", "ra")]
    tree = build_cascade(rows, {"a", "b", "c"})
    seen = [n.row.rhk_id for n, _ in tree.walk()]
    assert sorted(seen) == ["ra", "rb", "rc"]
    assert ids(tree.roots) == ["ra"] and tree.roots[0].problem is CascadeProblem.PARENT_OUTSIDE
    assert ids(tree.roots[0].children) == ["rb", "rc"]


def test_self_loop_is_cut():
    tree = build_cascade([row("ra", "a", "a", "ra")], {"a"})
    assert ids(tree.roots) == ["ra"] and ids(tree.problems) == ["ra"]
    assert tree.roots[0].children == []


def test_pegawai_with_the_same_name_are_not_interleaved():
    rows = [row("x2", "p1", None, name="Sri", order=2), row("y1", "p2", None, name="Sri", order=1),
            row("x1", "p1", None, name="Sri", order=1), row("y2", "p2", None, name="Sri", order=2)]
    assert ids(build_cascade(rows, set()).roots) == ["x1", "x2", "y1", "y2"]


def test_parent_that_is_a_tambahan_rhk_is_outside():
    rows = [row("t", "a", None, kind="tambahan"), row("u", "a", None), row("c", "b", "a", "t")]
    tree = build_cascade(rows, {"a", "b"})
    assert ids(tree.problems) == ["c"] and tree.problems[0].problem is CascadeProblem.PARENT_OUTSIDE


def test_matrix_ignores_links_to_supervisor_tambahan_rows():
    sup = [row("u", "a", None), row("t", "a", None, kind="tambahan", order=1)]
    m = build_matrix("a", sup, [("b", "B", None)], [row("c", "b", "a", "t"), row("d", "b", "a", "u")])
    assert [r.rhk_id for r in m.rows] == ["u"]
    assert m.cells == {("u", "b"): ["teks d"]} and m.unlinked == {"b": ["teks c"]}
