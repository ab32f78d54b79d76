"""The rating panel of the Penilaian tab (issue 12) on its own: the predikat follows the §3.2
matrix live as the two ratings are clicked (nothing saved), "Predikat lain…" shows the chosen
one next to the matrix's, the JPT rule locks the hasil choice, and a ditetapkan evaluation is
read-only."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.evaluation import (MATRIX, Evaluation, EvaluationStatus, OrgPredikat,
                                       Predikat, Rating)
from skpdesk.ui.evaluation.rating_panel import RatingPanel, status_text


def evaluation(**changes) -> Evaluation:
    base = dict(id="e1", skp_id="s1", pegawai_id="p1", period="2026-TW1", revision=1,
                status=EvaluationStatus.DRAFT, rating_hasil=Rating.SESUAI,
                rating_perilaku=Rating.SESUAI, predikat=Predikat.BAIK, predikat_override=False,
                override_reason="", org_predikat=None, hasil_from_org=False, note="catatan",
                pegawai=None, penilai=None, atasan=None, rated_on=dt.date(2026, 4, 2),
                set_on=None, final_on=None, reopen_reason="")
    base.update(changes)
    return Evaluation(**base)


@pytest.fixture
def panel(qtbot):
    widget = RatingPanel()
    qtbot.addWidget(widget)
    widget.show_evaluation(None, may_rate=True)
    return widget


@pytest.mark.parametrize(("hasil", "perilaku"), list(MATRIX))
def test_every_matrix_cell_shows_its_predikat_live(panel, hasil, perilaku):
    panel.hasil.choose(hasil)
    assert panel.predikat_label.text().startswith("—")  # one rating is not a predikat yet
    panel.perilaku.choose(perilaku)
    assert panel.predikat_label.text() == MATRIX[(hasil, perilaku)].label
    assert panel.choice()["predikat"] is None


def test_another_predikat_is_shown_beside_the_matrix_and_asks_a_reason(panel):
    panel.hasil.choose(Rating.DIATAS)
    panel.perilaku.choose(Rating.SESUAI)
    assert panel.override_reason.isHidden()
    panel.override_check.click()
    assert panel.chosen_predikat() is Predikat.BAIK  # starts from the matrix
    assert not panel.override_reason.isHidden()
    panel.choose_predikat(Predikat.SANGAT_BAIK)
    assert panel.predikat_label.text() == "Sangat Baik (the matrix gives Baik)"
    panel.override_reason.setPlainText("  Kinerja luar biasa  ")
    choice = panel.choice()
    assert choice["predikat"] is Predikat.SANGAT_BAIK and choice["reason"] == "Kinerja luar biasa"
    panel.override_check.click()
    assert panel.choice()["predikat"] is None and panel.predikat_label.text() == "Baik"


def test_the_jpt_rule_locks_the_hasil_choice(panel):
    panel.show_evaluation(None, may_rate=True, jpt_rule=True, jpt_rating=Rating.SESUAI,
                          org_predikat=OrgPredikat.BAIK)
    assert panel.hasil.rating() is Rating.SESUAI
    assert not any(b.isEnabled() for b in panel.hasil.buttons.values())
    assert panel.jpt_label.text() == "From the capaian kinerja organisasi: Baik"
    panel.perilaku.choose(Rating.DIATAS)
    assert panel.predikat_label.text() == "Baik"
    assert panel.choice()["hasil"] is None  # the service takes it from the organisation


def test_a_ditetapkan_evaluation_is_read_only(panel):
    panel.show_evaluation(evaluation(status=EvaluationStatus.DITETAPKAN,
                                     set_on=dt.date(2026, 4, 3)), may_rate=True)
    assert panel.read_only
    assert not panel.save_button.isEnabled() and not panel.set_button.isEnabled()
    assert panel.reopen_button.isEnabled()
    assert not any(b.isEnabled() for b in panel.perilaku.buttons.values())
    assert panel.note_edit.isReadOnly() and not panel.override_check.isEnabled()
    assert "17 April 2026" in panel.status_label.text()  # 14 days after 3 April


def test_who_may_not_rate_sees_a_draft_read_only(panel):
    panel.show_evaluation(evaluation(), may_rate=False)
    assert panel.read_only and not panel.save_button.isEnabled()
    assert not panel.reopen_button.isEnabled()
    assert panel.predikat_label.text() == "Baik"


def test_status_lines(language):
    language("en")  # English dates ("1 May"): an earlier test may have left Indonesian behind
    assert status_text(None) == "Not rated yet."
    assert status_text(evaluation()) == "Status: Draft"
    final = evaluation(status=EvaluationStatus.FINAL, final_on=dt.date(2026, 5, 1), revision=2)
    assert status_text(final) == "Status: Final (since 1 May 2026) (revision 2)"
