"""The dokumen evaluasi and the penetapan printed from the demo office (a year of penilaian written
through the services by the people themselves, PPPK staff among them): every evaluation's
dokumen is one page with its pegawai and predikat; the penetapan of each unit whose capaian
kinerja organisasi is set lists every pegawai with an SKP of the period, counts as the
distribution check does, and is signed by the leader who set that predikat."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain import summary_documents as D
from skpdesk.domain.people import AsnType
from skpdesk.reports.eval_summary_pdf import render_dokumen_evaluasi
from skpdesk.reports.penetapan_pdf import render_penetapan
from skpdesk.services.context import Services
from skpdesk.storage.database import Database

from .helpers_print import flat, pdf_pages_text

YEAR = 2025           # a past year: the demo's "today" is fixed (20 December)
PERIOD = f"{YEAR}-TW3"
DAY = dt.date(YEAR, 12, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = Database(tmp_path_factory.mktemp("demo_summary") / "skpdesk.sqlite")
    services = Services.build(db, "demo")
    services.demo.fill(seed=7, year=YEAR)
    yield services
    db.close()


def org_units(demo):
    records = demo.org_predikat.list(PERIOD)
    assert records, "the demo sets the capaian kinerja organisasi of its teams' units"
    return records


def test_every_dokumen_of_the_demo_is_one_page_with_its_pegawai(demo, tmp_path):
    rated = [e for record in org_units(demo)
             for e in demo.evaluations.for_period(PERIOD, unit_id=record.unit_id, today=DAY)
             if e.evaluation is not None]
    assert rated
    for item in rated:
        doc = demo.summary_documents.dokumen_evaluasi(item.skp_id, PERIOD, printed_on=DAY)
        # ditetapkan in October: final once the window passed, not while a keberatan waits
        assert doc.final and doc.status in ("ditetapkan", "final")
        out = tmp_path / f"{item.pegawai.id}.pdf"
        assert render_dokumen_evaluasi(doc, out) == 1
        text = flat(pdf_pages_text(out)[0])
        assert item.pegawai.full_name in text
        assert doc.predikat and doc.predikat.upper() in text
        assert doc.org_predikat != D.ORG_UNSET and doc.org_predikat in text
        if item.pegawai.asn_type is AsnType.PPPK:
            assert doc.pegawai.nip == "" and doc.signatures[0].id_line == ""


def test_the_penetapan_of_each_unit_with_a_capaian_kinerja_organisasi(demo, tmp_path):
    for record in org_units(demo):
        doc = demo.summary_documents.penetapan(record.unit_id, PERIOD, printed_on=DAY)
        check = demo.distribution.check(unit_id=record.unit_id, period=PERIOD)
        assert len(doc.lines) == len(check.pegawai_ids)
        assert doc.axis_counts == check.chart.counts and doc.unrated == check.unrated
        assert doc.org_predikat == record.predikat.label.upper()
        assert sum(r.broken for r in doc.rules) == len(check.violations)
        signer = doc.signatures[0]
        assert signer.name == record.set_by_name and signer.id_line.startswith("NIP. ")
        out = tmp_path / f"{record.unit_id}.pdf"
        pages = render_penetapan(doc, out)
        texts = [flat(t) for t in pdf_pages_text(out)]
        assert len(texts) == pages
        whole = " ".join(texts)
        for line in doc.lines:
            assert line.name in whole and line.predikat.split(" (")[0] in whole
        assert D.PENETAPAN_TITLE in texts[0] and record.set_by_name in texts[-1]
