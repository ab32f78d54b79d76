"""The rating panel of the Penilaian tab (issue 12; SKP-REFERENCE §3.1-§3.2): what the pejabat
penilai decides for one pegawai and period.

- Rating hasil kerja and rating perilaku kerja: three choices each (the official words "Di
  Atas / Sesuai / Di Bawah Ekspektasi", not translated: they are printed so).
- The predikat follows LIVE from the §3.2 matrix (`domain.evaluation.predikat_of`) as the
  choices change; nothing is saved for that.
- "Predikat lain…" sets another predikat; the service then wants a reason (the panel asks for
  it too, so the user sees the rule before saving).
- The JPT rule (a JPT who leads the organisation): the hasil choice is locked to the rating that
  follows from the capaian kinerja organisasi and says so.
- Catatan/rekomendasi, the status line, and the buttons the tab connects (Simpan, Tetapkan,
  Buka kembali…, Riwayat, the keberatan buttons).

The panel holds no services: the tab fills it (`show_evaluation`) and reads what the user chose
(`choice()`); every write is the tab's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import (EVALUATION_STATUS_LABELS, PREDIKAT_AXIS, RATING_LABELS,
                                       Evaluation, EvaluationStatus, OrgPredikat, Predikat,
                                       Rating, keberatan_deadline, predikat_of)

from ..field_errors import error_label
from ..i18n import arg, date_text
from ..messages import error_text

# Highest first, as the form reads (Di Atas, Sesuai, Di Bawah).
RATING_ORDER = (Rating.DIATAS, Rating.SESUAI, Rating.DIBAWAH)
# The `field` of a refusal -> the error line it is shown on (labels.py "area: penilaian").
FIELD_HASIL = "rating_hasil_kerja"
FIELD_PERILAKU = "rating_perilaku_kerja"
FIELD_PREDIKAT = "predikat"
FIELD_REASON = "alasan_predikat"
FIELD_NOTE = "catatan_rekomendasi"
PANEL_FIELDS = (FIELD_HASIL, FIELD_PERILAKU, FIELD_PREDIKAT, FIELD_REASON, FIELD_NOTE)


class RatingChoice(QWidget):
    """Three radio buttons for one rating; `rating()` is None until one is chosen."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Rating, QRadioButton] = {}
        for rating in RATING_ORDER:
            button = QRadioButton(RATING_LABELS[rating], self)
            button.setObjectName(f"{name}_{rating.value}")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[rating] = button
        self.group.buttonToggled.connect(lambda _b, checked: checked and self.changed.emit())

    def rating(self) -> Rating | None:
        return next((r for r, b in self.buttons.items() if b.isChecked()), None)

    def set_rating(self, rating: Rating | None) -> None:
        # An exclusive group keeps one button checked: clearing needs the group switched off.
        self.group.setExclusive(False)
        for value, button in self.buttons.items():
            button.setChecked(value is rating)
        self.group.setExclusive(True)
        self.changed.emit()

    def choose(self, rating: Rating) -> None:
        """What a click does (the tests use it)."""
        self.buttons[Rating(rating)].click()

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked)


class RatingPanel(QWidget):
    """The right side of the Penilaian tab. Buttons are public; the tab connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        self._read_only = True
        self._jpt_rating: Rating | None = None
        layout = QVBoxLayout(self)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("evalStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        box = QGroupBox(self.tr("Assessment by the pejabat penilai"), self)
        form = QFormLayout(box)
        self.errors: dict[str, QLabel] = {key: error_label(box, f"{key}Error")
                                          for key in PANEL_FIELDS}
        self.hasil = RatingChoice("ratingHasil", box)
        self.jpt_label = QLabel(box)
        self.jpt_label.setObjectName("jptHasilNote")
        self.jpt_label.setWordWrap(True)
        self.jpt_label.setVisible(False)
        form.addRow(self.tr("Rating hasil kerja:"),
                    _stack(box, self.hasil, self.jpt_label, self.errors[FIELD_HASIL]))
        self.perilaku = RatingChoice("ratingPerilaku", box)
        form.addRow(self.tr("Rating perilaku kerja:"),
                    _stack(box, self.perilaku, self.errors[FIELD_PERILAKU]))

        self.predikat_label = QLabel(box)
        self.predikat_label.setObjectName("livePredikat")
        self.predikat_label.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Predikat kinerja:"), self.predikat_label)

        self.override_check = QCheckBox(self.tr("Another predikat…"), box)
        self.override_check.setObjectName("overrideCheck")
        self.override_combo = QComboBox(box)
        self.override_combo.setObjectName("overridePredikat")
        for predikat in reversed(PREDIKAT_AXIS):  # Sangat Baik first, as the form reads
            self.override_combo.addItem(predikat.label, predikat.value)  # Qt keeps str
        self.override_reason = QPlainTextEdit(box)
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setPlaceholderText(self.tr("Why another predikat (required)"))
        self.override_reason.setMaximumHeight(60)
        override = QWidget(box)
        row = QHBoxLayout(override)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.override_check)
        row.addWidget(self.override_combo, 1)
        form.addRow("", _stack(box, override, self.errors[FIELD_PREDIKAT], self.override_reason,
                               self.errors[FIELD_REASON]))

        self.note_edit = QPlainTextEdit(box)
        self.note_edit.setObjectName("evalNote")
        self.note_edit.setMaximumHeight(90)
        form.addRow(self.tr("Notes/recommendation:"),
                    _stack(box, self.note_edit, self.errors[FIELD_NOTE]))
        layout.addWidget(box)

        self.general_error = error_label(self, "evalError")
        layout.addWidget(self.general_error)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Sa&ve"), self)
        self.save_button.setObjectName("evalSave")
        self.set_button = QPushButton(self.tr("Se&t (tetapkan)…"), self)
        self.set_button.setObjectName("evalSet")
        self.reopen_button = QPushButton(self.tr("Re&open…"), self)
        self.reopen_button.setObjectName("evalReopen")
        self.history_button = QPushButton(self.tr("Hi&story"), self)
        self.history_button.setObjectName("evalHistory")
        for button in (self.save_button, self.set_button, self.reopen_button,
                       self.history_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        keberatan = QHBoxLayout()
        self.file_keberatan_button = QPushButton(self.tr("File an objection (keberatan)…"), self)
        self.file_keberatan_button.setObjectName("fileKeberatan")
        self.decide_keberatan_button = QPushButton(self.tr("Decide the objection…"), self)
        self.decide_keberatan_button.setObjectName("decideKeberatan")
        keberatan.addWidget(self.file_keberatan_button)
        keberatan.addWidget(self.decide_keberatan_button)
        layout.addLayout(keberatan)

        self.hasil.changed.connect(self.update_predikat)
        self.perilaku.changed.connect(self.update_predikat)
        self.override_check.toggled.connect(self._override_toggled)
        self.override_combo.currentIndexChanged.connect(self.update_predikat)
        self._override_state()

    # --- what the user chose
    def choice(self) -> dict:
        """The keyword arguments of `EvaluationService.rate` the panel holds: hasil (None for
        the JPT rule: the service takes it from the organisation), perilaku, predikat (None
        unless another one is chosen), reason, note."""
        override = self.override_check.isChecked()
        return {"hasil": None if self._jpt_rating is not None else self.hasil.rating(),
                "perilaku": self.perilaku.rating(),
                "predikat": self.chosen_predikat() if override else None,
                "reason": self.override_reason.toPlainText().strip() if override else "",
                "note": self.note_edit.toPlainText().strip()}

    def matrix_predikat(self) -> Predikat | None:
        hasil, perilaku = self.hasil.rating(), self.perilaku.rating()
        if hasil is None or perilaku is None:
            return None
        return predikat_of(hasil, perilaku)

    def shown_predikat(self) -> Predikat | None:
        """The predikat the panel shows: the chosen other one, else the matrix's."""
        if self.override_check.isChecked():
            return self.chosen_predikat()
        return self.matrix_predikat()

    def chosen_predikat(self) -> Predikat:
        """The predikat of the "Predikat lain…" box."""
        return Predikat(self.override_combo.currentData())

    def choose_predikat(self, predikat: Predikat) -> None:
        self.override_combo.setCurrentIndex(self.override_combo.findData(Predikat(predikat).value))

    def update_predikat(self) -> None:
        matrix = self.matrix_predikat()
        if self.override_check.isChecked():
            chosen = self.chosen_predikat()
            text = chosen.label if matrix is None or chosen is matrix else arg(
                self.tr("%1 (the matrix gives %2)"), chosen.label, matrix.label)
        elif matrix is None:
            text = self.tr("— (choose both ratings)")
        else:
            text = matrix.label
        self.predikat_label.setText(text)

    def _override_toggled(self, on: bool) -> None:
        """The user ticked "Predikat lain…": start from the matrix's result (they move away
        from it on purpose)."""
        matrix = self.matrix_predikat()
        if on and matrix is not None:
            self.choose_predikat(matrix)
        self._override_state()

    def _override_state(self) -> None:
        on = self.override_check.isChecked()
        editable = on and not self._read_only
        self.override_combo.setEnabled(editable)
        self.override_reason.setVisible(on)
        self.override_reason.setReadOnly(not editable)
        self.update_predikat()

    # --- filling
    def show_evaluation(self, evaluation: Evaluation | None, *, may_rate: bool,
                        jpt_rating: Rating | None = None,
                        org_predikat: OrgPredikat | None = None, jpt_rule: bool = False,
                        today: dt.date | None = None) -> None:
        """Show `evaluation` (None: not rated yet). Editable only when `may_rate` and it is a
        draft (or does not exist). `jpt_rule`: the hasil comes from the organisation
        (`jpt_rating`, None when the organisation has no predikat yet)."""
        self.clear_errors()
        read_only = not may_rate or (evaluation is not None and evaluation.read_only)
        self._read_only = read_only
        self._jpt_rating = jpt_rating if jpt_rule else None
        hasil = evaluation.rating_hasil if evaluation is not None else None
        if jpt_rule and jpt_rating is not None and (evaluation is None or not evaluation.read_only):
            hasil = jpt_rating  # the organisation's result as it stands now
        self.hasil.set_rating(hasil)
        self.perilaku.set_rating(evaluation.rating_perilaku if evaluation is not None else None)
        override = evaluation is not None and evaluation.predikat_override
        self.override_check.blockSignals(True)
        self.override_check.setChecked(override)
        self.override_check.blockSignals(False)
        if override and evaluation.predikat is not None:
            self.choose_predikat(evaluation.predikat)
        self.override_reason.setPlainText(evaluation.override_reason if override else "")
        self.note_edit.setPlainText(evaluation.note if evaluation is not None else "")

        self.hasil.set_locked(read_only or jpt_rule)
        self.perilaku.set_locked(read_only)
        self.override_check.setEnabled(not read_only)
        self.note_edit.setReadOnly(read_only)
        self._override_state()
        self.jpt_label.setVisible(jpt_rule)
        if jpt_rule:
            org = evaluation.org_predikat if evaluation is not None and evaluation.read_only \
                else org_predikat
            self.jpt_label.setText(
                arg(self.tr("From the capaian kinerja organisasi: %1"), org.label)
                if org is not None else
                self.tr("The capaian kinerja organisasi is not set yet: it gives the rating "
                        "hasil kerja of a JPT who leads the organisation."))
        self.status_label.setText(status_text(evaluation, today))
        self.save_button.setEnabled(not read_only)
        self.set_button.setEnabled(not read_only and evaluation is not None)
        # a final evaluation stored so was decided on a keberatan: that decision is final
        self.reopen_button.setEnabled(may_rate and evaluation is not None
                                      and evaluation.status in (EvaluationStatus.DITETAPKAN,
                                                                EvaluationStatus.FINAL)
                                      and evaluation.stored_status is not EvaluationStatus.FINAL)
        self.history_button.setEnabled(evaluation is not None)
        self.update_predikat()

    @property
    def read_only(self) -> bool:
        return self._read_only

    # --- refusals
    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.setVisible(False)

    def show_error(self, error: DomainError) -> None:
        """The catalogue's sentence under the field it names, else on the panel's error line."""
        self.clear_errors()
        label = self.errors.get(str(error.params.get("field", "")), self.general_error)
        if label is self.errors.get(FIELD_REASON):
            self.override_reason.setVisible(True)
        label.setText(error_text(error))
        label.setVisible(True)

    def error_text_of(self, key: str) -> str:
        label = self.errors.get(key, self.general_error)
        return "" if label.isHidden() else label.text()


def status_text(evaluation: Evaluation | None, today: dt.date | None = None) -> str:
    """"Draft", "Ditetapkan 2 Mei 2026; keberatan until 16 Mei 2026", "Final"…"""
    if evaluation is None:
        return QCoreApplication.translate("RatingPanel", "Not rated yet.")
    status = evaluation.status
    if status is EvaluationStatus.DRAFT:
        text = QCoreApplication.translate("RatingPanel", "Status: Draft")
    elif status is EvaluationStatus.DITETAPKAN and evaluation.set_on is not None:
        text = arg(QCoreApplication.translate(
            "RatingPanel", "Status: Ditetapkan %1; an objection (keberatan) may be filed until "
            "%2"), date_text(evaluation.set_on), date_text(keberatan_deadline(evaluation.set_on)))
    elif status is EvaluationStatus.FINAL and evaluation.final_on is not None:
        text = arg(QCoreApplication.translate("RatingPanel", "Status: Final (since %1)"),
                   date_text(evaluation.final_on))
    else:
        text = arg(QCoreApplication.translate("RatingPanel", "Status: %1"),
                   EVALUATION_STATUS_LABELS[status])
    if evaluation.revision > 1:
        text = arg(QCoreApplication.translate("RatingPanel", "%1 (revision %2)"), text,
                   evaluation.revision)
    return text


def _stack(parent: QWidget, *widgets: QWidget) -> QWidget:
    cell = QWidget(parent)
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    for widget in widgets:
        box.addWidget(widget)
    return cell
