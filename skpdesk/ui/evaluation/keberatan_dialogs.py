"""Keberatan forms (issue 12, SKP-REFERENCE §2.5): the pegawai files an objection to a ditetapkan
evaluation; the atasan pejabat penilai records the explanations and decides.

- `file_keberatan(parent, services, tasks, evaluation) -> bool`: the ratings objected to, the last
  day to file (14 days after ditetapkan), and the required reasons.
- `decide_keberatan(parent, services, tasks, keberatan_id) -> bool`: the evaluation, the
  pegawai's reasons, the explanations asked of the pejabat penilai and of the pegawai (saved with
  "Simpan penjelasan", any number of times while it waits), the decision Tetap / Ubah (new
  ratings with the predikat shown live from the matrix; a JPT leader's hasil stays the
  organisation's), the required note, and a confirmation that the decision is final.

The dialogs judge nothing themselves: every rule (who may, the deadline, a reason or a note
required) is the service's, whose refusal is shown inside the dialog; nothing is written then.
Both functions return True when something was written (the caller refreshes).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from skpdesk.domain.dates import tanggal
from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import (MAX_NOTE, MAX_REASON, RATING_LABELS, Evaluation,
                                       Keberatan, KeberatanStatus, Rating, predikat_of)
from skpdesk.domain.periods import parse_period_name

from ..field_errors import error_label
from ..i18n import arg
from ..messages import error_text


def period_label(name: str) -> str:
    period = parse_period_name(name)
    return period.label if period is not None else name


def _rating(value: Rating | None) -> str:
    return RATING_LABELS[value] if value is not None else "—"


def _limited_edit(parent: QWidget, name: str, max_len: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    # the service refuses longer text with a sentence; cut what would only be refused
    edit.textChanged.connect(lambda: _cut(edit, max_len))
    return edit


def _cut(edit: QPlainTextEdit, max_len: int) -> None:
    text = edit.toPlainText()
    if len(text) > max_len:
        edit.setPlainText(text[:max_len])


def _evaluation_form(parent: QWidget, evaluation: Evaluation) -> QGroupBox:
    """The evaluation objected to, as it was ditetapkan (names from its snapshot)."""
    box = QGroupBox(QCoreApplication.translate("KeberatanDialogs", "Evaluation"), parent)
    form = QFormLayout(box)
    pegawai = evaluation.pegawai
    penilai = evaluation.penilai
    if pegawai is not None:
        form.addRow(QCoreApplication.translate("KeberatanDialogs", "Employee:"), QLabel(
            f"{html.escape(pegawai.name)}<br>{html.escape(pegawai.nip)}", box))
    form.addRow(QCoreApplication.translate("KeberatanDialogs", "Period:"),
                QLabel(period_label(evaluation.period), box))
    if penilai is not None:
        form.addRow(QCoreApplication.translate("KeberatanDialogs", "Appraiser:"),
                    QLabel(html.escape(penilai.name), box))
    hasil = QLabel(_rating(evaluation.rating_hasil), box)
    hasil.setObjectName("objectedHasil")
    form.addRow(QCoreApplication.translate("KeberatanDialogs", "Work results rating:"), hasil)
    perilaku = QLabel(_rating(evaluation.rating_perilaku), box)
    perilaku.setObjectName("objectedPerilaku")
    form.addRow(QCoreApplication.translate("KeberatanDialogs", "Work behaviour rating:"), perilaku)
    predikat = QLabel(f"<b>{evaluation.predikat.label}</b>" if evaluation.predikat else "—",
                      box)
    predikat.setObjectName("objectedPredikat")
    form.addRow(QCoreApplication.translate("KeberatanDialogs", "Predicate:"), predikat)
    if evaluation.set_on is not None:
        form.addRow(QCoreApplication.translate("KeberatanDialogs", "Set on:"),
                    QLabel(tanggal(evaluation.set_on), box))
    if evaluation.note:
        note = QLabel(html.escape(evaluation.note), box)
        note.setWordWrap(True)
        form.addRow(QCoreApplication.translate("KeberatanDialogs", "Note:"), note)
    return box


class FileKeberatanDialog(QDialog):
    """"Ajukan keberatan": the pegawai's reasons against a ditetapkan evaluation."""

    def __init__(self, services, tasks, evaluation: Evaluation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileKeberatanDialog")
        self.setWindowTitle(self.tr("File an objection"))
        self._services, self._tasks, self.evaluation = services, tasks, evaluation
        self.busy = False
        self.filed = None
        intro = QLabel(self.tr("An objection goes to the appraiser's superior (atasan pejabat "
                               "penilai kinerja), who asks for explanations and decides. The "
                               "decision is final."), self)
        intro.setWordWrap(True)
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("keberatanDeadline")
        deadline = evaluation.keberatan_deadline
        if deadline is not None:
            self.deadline_label.setText(arg(self.tr("Last day to file: <b>%1</b>"),
                                            tanggal(deadline)))
        self.reason_edit = _limited_edit(self, "keberatanReason", MAX_REASON)
        reason_label = QLabel(self.tr("&Reasons for the objection:"), self)
        reason_label.setBuddy(self.reason_edit)
        self.error = error_label(self, "fileKeberatanError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.file_button = self.buttons.addButton(self.tr("File objection"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button.setObjectName("fileKeberatanButton")
        self.buttons.accepted.connect(self._file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(_evaluation_form(self, evaluation))
        layout.addWidget(self.deadline_label)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        self.resize(520, 480)

    def _file(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.error.setVisible(False)
        evaluation, reason = self.evaluation, self.reason_edit.toPlainText().strip()
        self._tasks.run(
            lambda: self._services.keberatan.file(evaluation.skp_id, evaluation.period, reason),
            self._filed, self._refused, owner=self)

    def _filed(self, outcome) -> None:
        self.busy = False
        self.filed = outcome.value
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.setVisible(True)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class DecideKeberatanDialog(QDialog):
    """"Putuskan keberatan": the atasan pejabat penilai's explanations and final decision."""

    def __init__(self, services, tasks, keberatan: Keberatan, evaluation: Evaluation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decideKeberatanDialog")
        self.setWindowTitle(self.tr("Decide an objection"))
        self._services, self._tasks = services, tasks
        self.keberatan, self.evaluation = keberatan, evaluation
        self.busy = False
        self.decided = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes: QPushButton | None = None
        waiting = keberatan.status is KeberatanStatus.DIAJUKAN

        reasons = QGroupBox(arg(self.tr("Objection filed on %1"), tanggal(keberatan.filed_on)),
                            self)
        reason_text = QLabel(html.escape(keberatan.reason).replace("\n", "<br>"), reasons)
        reason_text.setObjectName("keberatanReasonText")
        reason_text.setWordWrap(True)
        QVBoxLayout(reasons).addWidget(reason_text)

        explain = QGroupBox(self.tr("Explanations (asked of the appraiser and of the employee)"),
                            self)
        self.penilai_edit = _limited_edit(explain, "penilaiExplanation", MAX_NOTE)
        self.penilai_edit.setPlainText(keberatan.penilai_explanation)
        self.pegawai_edit = _limited_edit(explain, "pegawaiExplanation", MAX_NOTE)
        self.pegawai_edit.setPlainText(keberatan.pegawai_explanation)
        self.save_explanations_button = QPushButton(self.tr("Save explanations"), explain)
        self.save_explanations_button.setObjectName("saveExplanations")
        self.save_explanations_button.clicked.connect(self._save_explanations)
        self.explain_status = QLabel(explain)
        self.explain_status.setObjectName("explainStatus")
        explain_form = QFormLayout(explain)
        explain_form.addRow(self.tr("Appraiser's explanation:"), self.penilai_edit)
        explain_form.addRow(self.tr("Employee's explanation:"), self.pegawai_edit)
        row = QHBoxLayout()
        row.addWidget(self.save_explanations_button)
        row.addWidget(self.explain_status, 1)
        explain_form.addRow(row)

        decision = QGroupBox(self.tr("Decision"), self)
        self.keep_radio = QRadioButton(self.tr("&Keep the ratings"), decision)
        self.keep_radio.setObjectName("decideKeep")
        self.change_radio = QRadioButton(self.tr("C&hange the ratings"), decision)
        self.change_radio.setObjectName("decideChange")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_radio)
        self.choice.addButton(self.change_radio)
        self.keep_radio.setChecked(True)
        self.hasil_combo = self._rating_combo(decision, "newHasil", evaluation.rating_hasil)
        self.perilaku_combo = self._rating_combo(decision, "newPerilaku",
                                                 evaluation.rating_perilaku)
        self.predikat_label = QLabel(decision)
        self.predikat_label.setObjectName("newPredikat")
        self.jpt_hint = QLabel(self.tr("Set by the organisation's performance (JPT rule)."),
                               decision)
        self.jpt_hint.setVisible(evaluation.hasil_from_org)
        self.note_edit = _limited_edit(decision, "decisionNote", MAX_NOTE)
        form = QFormLayout(decision)
        choices = QHBoxLayout()
        choices.addWidget(self.keep_radio)
        choices.addWidget(self.change_radio)
        choices.addStretch(1)
        form.addRow(choices)
        form.addRow(self.tr("New work results rating:"), self.hasil_combo)
        form.addRow("", self.jpt_hint)
        form.addRow(self.tr("New work behaviour rating:"), self.perilaku_combo)
        form.addRow(self.tr("Predicate:"), self.predikat_label)
        form.addRow(self.tr("Decision note:"), self.note_edit)
        for widget in (self.keep_radio, self.change_radio):
            widget.toggled.connect(self._update_choice)
        for combo in (self.hasil_combo, self.perilaku_combo):
            combo.currentIndexChanged.connect(self._update_predikat)

        self.error = error_label(self, "decideKeberatanError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.decide_button = self.buttons.addButton(self.tr("Decide…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.decide_button.setObjectName("decideButton")
        self.buttons.accepted.connect(self._ask_confirmation)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(_evaluation_form(self, evaluation), 1)
        top.addWidget(reasons, 1)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(decision)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("decidedStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if not waiting:
            self._show_decided()
        self._update_choice()
        self.resize(760, 640)

    def _rating_combo(self, parent: QWidget, name: str, current: Rating | None) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        for rating in (Rating.DIATAS, Rating.SESUAI, Rating.DIBAWAH):
            combo.addItem(RATING_LABELS[rating], rating)
        combo.setCurrentIndex(max(0, combo.findData(current or Rating.SESUAI)))
        return combo

    # --- live state
    def new_ratings(self) -> tuple[Rating, Rating]:
        return self.hasil_combo.currentData(), self.perilaku_combo.currentData()

    def _update_choice(self) -> None:
        change = self.change_radio.isChecked() and self.decide_button.isEnabled()
        self.hasil_combo.setEnabled(change and not self.evaluation.hasil_from_org)
        self.perilaku_combo.setEnabled(change)
        self._update_predikat()

    def _update_predikat(self) -> None:
        if self.change_radio.isChecked():
            hasil, perilaku = self.new_ratings()
            self.predikat_label.setText(f"<b>{predikat_of(hasil, perilaku).label}</b>")
        else:
            predikat = self.evaluation.predikat
            self.predikat_label.setText(f"<b>{predikat.label}</b>" if predikat else "—")

    def _show_decided(self) -> None:
        """A decided keberatan is read-only: what was decided, by whom, when."""
        k = self.keberatan
        for widget in (self.penilai_edit, self.pegawai_edit):
            widget.setReadOnly(True)
        self.note_edit.setPlainText(k.decision_note)
        self.note_edit.setReadOnly(True)
        for widget in (self.save_explanations_button, self.keep_radio, self.change_radio,
                       self.decide_button):
            widget.setEnabled(False)
        if k.decision is not None and k.decision.value == "ubah":
            self.change_radio.setChecked(True)
            for combo, value in ((self.hasil_combo, k.new_hasil),
                                 (self.perilaku_combo, k.new_perilaku)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
        self.status_label.setText(arg(self.tr("Decided on %1 by %2. The decision is final."),
                                      tanggal(k.decided_on) if k.decided_on else "—",
                                      k.decided_by_name or "—"))

    # --- explanations
    def _save_explanations(self) -> None:
        if self.busy:
            return
        self._start()
        kid = self.keberatan.id
        penilai = self.penilai_edit.toPlainText().strip()
        pegawai = self.pegawai_edit.toPlainText().strip()
        self._tasks.run(
            lambda: self._services.keberatan.explain(kid, penilai=penilai, pegawai=pegawai),
            self._explained, self._refused, owner=self)

    def _explained(self, outcome) -> None:
        self._stop()
        self.keberatan = outcome.value
        self.explain_status.setText(self.tr("Explanations saved."))

    # --- decision
    def _ask_confirmation(self) -> None:
        if self.busy:
            return
        if self.change_radio.isChecked():
            hasil, perilaku = self.new_ratings()
            what = arg(self.tr("The ratings become %1 / %2 (predicate %3)."),
                       RATING_LABELS[hasil], RATING_LABELS[perilaku],
                       predikat_of(hasil, perilaku).label)
        else:
            what = self.tr("The ratings stay as they were set.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Decide an objection"),
                          self.tr("The decision is final and cannot be changed afterwards."),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmDecision")
        box.setInformativeText(what)
        self.confirm_yes = box.addButton(self.tr("Decide"), QMessageBox.ButtonRole.AcceptRole)
        box.accepted.connect(self._decide)
        box.finished.connect(self._confirm_closed)
        self.confirm_box = box
        box.open()

    def _confirm_closed(self, _result: int) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is not None:
            box.deleteLater()

    def _decide(self) -> None:
        if self.busy:
            return
        self._start()
        kid = self.keberatan.id
        keep = self.keep_radio.isChecked()
        hasil, perilaku = (None, None) if keep else self.new_ratings()
        if self.evaluation.hasil_from_org:
            hasil = None  # the service gives a JPT leader's hasil from the organisation
        note = self.note_edit.toPlainText().strip()
        self._tasks.run(
            lambda: self._services.keberatan.decide(kid, keep=keep, hasil=hasil,
                                                    perilaku=perilaku, note=note),
            self._decided, self._refused, owner=self)

    def _decided(self, outcome) -> None:
        self._stop()
        self.decided = outcome.value
        self.accept()

    # --- plumbing
    def _start(self) -> None:
        self.busy = True
        self.error.setVisible(False)
        self.explain_status.clear()
        self.buttons.setEnabled(False)
        self.save_explanations_button.setEnabled(False)

    def _stop(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.save_explanations_button.setEnabled(True)

    def _refused(self, error: DomainError) -> None:
        self._stop()
        self.error.setText(error_text(error))
        self.error.setVisible(True)

    def reject(self) -> None:
        if not self.busy:
            super().reject()


def file_keberatan(parent: QWidget | None, services, tasks, evaluation: Evaluation) -> bool:
    """The pegawai files a keberatan against `evaluation` (modal); True when it was filed."""
    dialog = FileKeberatanDialog(services, tasks, evaluation, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.filed is not None
    finally:
        dialog.deleteLater()


def decide_keberatan(parent: QWidget | None, services, tasks, keberatan_id: str) -> bool:
    """The atasan pejabat penilai explains and decides keberatan `keberatan_id` (modal); True
    when something was written (explanations or the decision)."""
    view = services.keberatan.view(keberatan_id)
    dialog = DecideKeberatanDialog(services, tasks, view.keberatan, view.evaluation, parent)
    try:
        dialog.exec()
        return dialog.decided is not None or dialog.keberatan is not view.keberatan
    finally:
        dialog.deleteLater()
