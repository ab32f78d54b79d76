"""Entry of the two bimbingan forms of a dialog (`Services.coaching`):

- `B18Dialog`: FORMAT B.1.8 "Umpan Balik Pelaksanaan Bimbingan Kinerja", the pegawai's answers:
  the nine statements verbatim under their three subjects, one response per statement from the
  office's scale (setting `coaching.b18_scale`) and an optional comment each.
- `B19Dialog`: FORMAT B.1.9 "Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan
  Kinerja": competency rows (name, value 1–5, reason), by the leader/pejabat penilai.

Who may answer, the scale, the values and required reasons are the service's rules; a refusal is
shown in the dialog and nothing is written. An earlier answer is loaded and a new save
supersedes it (append-only, the service keeps the history).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from skpdesk.domain.dialog import (B18_SUBJECTS, B19_TITLE, B18_TITLE, COMPETENCY_MAX,
                                   COMPETENCY_MIN, CompetencyItem, Dialog)
from skpdesk.domain.errors import DomainError
from skpdesk.services.outcome import Outcome

from ..field_errors import BusyDialogMixin, FieldErrorsMixin, error_label
from ..messages import error_text
from ..tasks import TaskRunner

B18_STATEMENT, B18_RESPONSE, B18_COMMENT = range(3)
B19_NAME, B19_VALUE, B19_REASON = range(3)


class _CoachingForm(FieldErrorsMixin, BusyDialogMixin, QDialog):
    """What both forms share: the pegawai (a participant) chosen at the top, save on the worker,
    a refusal shown in the dialog."""

    def __init__(self, services, tasks: TaskRunner, dialog: Dialog, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.tasks = tasks
        self.dialog = dialog
        self.busy = False
        self.saved_value = None
        self.fields = {}
        self.errors = {}
        self.setWindowTitle(title)
        self.pegawai_combo = QComboBox(self)
        self.pegawai_combo.setObjectName("field_pegawai_id")
        for person in dialog.participants:
            self.pegawai_combo.addItem(person.name, person.pegawai_id)
        self.fields["pegawai_id"] = self.pegawai_combo
        self.form = QFormLayout()
        # translate() with its own context: tr() in a base class looks the text up under the
        # subclass's name
        self._row(self.form, QCoreApplication.translate("CoachingForm", "&Employee:"),
                  "pegawai_id")
        self.general_error = error_label(self, "generalError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.pegawai_combo.currentIndexChanged.connect(lambda _i: self.load())

    def pegawai_id(self) -> str | None:
        return self.pegawai_combo.currentData()

    def set_pegawai(self, pegawai_id: str) -> None:
        self.pegawai_combo.setCurrentIndex(self.pegawai_combo.findData(pegawai_id))

    def _finish_layout(self, table: QWidget, intro: str) -> None:
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(label)
        layout.addWidget(table, 1)
        self.extra_layout = QHBoxLayout()
        layout.addLayout(self.extra_layout)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _run(self, work) -> None:
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.tasks.run(work, self._saved, self._refused, on_done=self._done, owner=self)

    def _saved(self, outcome: Outcome) -> None:
        self.saved_value = outcome.value
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.show_error(error)

    def _done(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    def _read_earlier(self, read):
        """An earlier answer of the chosen pegawai, or None (also when the reader may not see
        it: the refusal is then shown)."""
        pegawai_id = self.pegawai_id()
        if pegawai_id is None:
            return None
        try:
            return read(self.dialog.id, pegawai_id)
        except DomainError as error:
            self.general_error.setText(error_text(error))
            self.general_error.setVisible(True)
            return None

    def load(self) -> None:
        raise NotImplementedError


class B18Dialog(_CoachingForm):
    def __init__(self, services, tasks: TaskRunner, dialog: Dialog,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, tasks, dialog, B18_TITLE.capitalize(), parent)
        self.setObjectName("B18Dialog")
        self.scale = tuple(services.coaching.scale())
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("b18Table")
        self.table.setHorizontalHeaderLabels([self.tr("Statement"), self.tr("Response"),
                                              self.tr("Comment")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(B18_STATEMENT,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(B18_RESPONSE,
                                                           QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(B18_COMMENT, 220)
        self._statement_rows: list[int] = []
        for subject, statements in B18_SUBJECTS:
            row = self.table.rowCount()
            self.table.insertRow(row)
            heading = QTableWidgetItem(subject)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, B18_STATEMENT, heading)
            self.table.setSpan(row, 0, 1, 3)
            for statement in statements:
                row = self.table.rowCount()
                self.table.insertRow(row)
                item = QTableWidgetItem(statement)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(statement)
                self.table.setItem(row, B18_STATEMENT, item)
                combo = QComboBox(self.table)
                combo.addItem("—", "")
                for label in self.scale:
                    combo.addItem(label, label)
                self.table.setCellWidget(row, B18_RESPONSE, combo)
                comment = QLineEdit(self.table)
                comment.setMaxLength(1000)
                self.table.setCellWidget(row, B18_COMMENT, comment)
                self._statement_rows.append(row)
        self.fields["jawaban"] = self.fields["komentar"] = self.table
        self.errors["jawaban"] = error_label(self, "error_jawaban")
        self.errors["komentar"] = self.errors["jawaban"]  # one line under the table
        self._finish_layout(self.table, self.tr(
            "The employee's answers after the coaching session: one response per statement, "
            "a comment where useful."))
        self.layout().insertWidget(3, self.errors["jawaban"])
        self.resize(900, 560)
        self.load()

    def set_answer(self, number: int, response: str, comment: str = "") -> None:
        """Statement `number` (1..9): its response label and comment."""
        row = self._statement_rows[number - 1]
        combo = self.table.cellWidget(row, B18_RESPONSE)
        combo.setCurrentIndex(max(combo.findData(response), 0))
        self.table.cellWidget(row, B18_COMMENT).setText(comment)

    def responses(self) -> list[str]:
        return [self.table.cellWidget(r, B18_RESPONSE).currentData() or ""
                for r in self._statement_rows]

    def comments(self) -> list[str]:
        return [self.table.cellWidget(r, B18_COMMENT).text().strip() for r in self._statement_rows]

    def load(self) -> None:
        earlier = self._read_earlier(self._services.coaching.feedback_of)
        for number in range(1, len(self._statement_rows) + 1):
            self.set_answer(number, "", "")
        if earlier is not None:
            for answer in earlier.answers:
                self.set_answer(answer.number, answer.response, answer.comment)

    def save(self) -> None:
        coaching, dialog_id, pegawai_id = self._services.coaching, self.dialog.id, self.pegawai_id()
        responses, comments = self.responses(), self.comments()
        self._run(lambda: coaching.record_feedback(dialog_id, pegawai_id, responses,
                                                   comments=comments))


class B19Dialog(_CoachingForm):
    def __init__(self, services, tasks: TaskRunner, dialog: Dialog,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, tasks, dialog, B19_TITLE.capitalize(), parent)
        self.setObjectName("B19Dialog")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("b19Table")
        self.table.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Value (1-5)"),
                                              self.tr("Reason for the value")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(B19_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(B19_REASON, QHeaderView.ResizeMode.Stretch)
        self.errors["kompetensi"] = error_label(self, "error_kompetensi")
        for key in ("kompetensi", "nilai_kompetensi", "alasan_nilai"):  # one line under the rows
            self.fields[key] = self.table
            self.errors[key] = self.errors["kompetensi"]
        self._finish_layout(self.table, self.tr(
            "The competencies evaluated after the coaching session, each with a value from 1 to "
            "5 and the reason for it."))
        self.layout().insertWidget(3, self.errors["kompetensi"])
        self.add_button = QPushButton(self.tr("&Add competency"), self)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button = QPushButton(self.tr("&Remove competency"), self)
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.extra_layout.addWidget(self.add_button)
        self.extra_layout.addWidget(self.remove_button)
        self.extra_layout.addStretch(1)
        self.resize(820, 480)
        self.load()

    def add_item(self, name: str = "", value: int = COMPETENCY_MIN, reason: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_edit = QLineEdit(name, self.table)
        name_edit.setMaxLength(300)
        spin = QSpinBox(self.table)
        spin.setRange(COMPETENCY_MIN, COMPETENCY_MAX)
        spin.setValue(value)
        reason_edit = QLineEdit(reason, self.table)
        reason_edit.setMaxLength(1000)
        self.table.setCellWidget(row, B19_NAME, name_edit)
        self.table.setCellWidget(row, B19_VALUE, spin)
        self.table.setCellWidget(row, B19_REASON, reason_edit)
        return row

    def items(self) -> list[CompetencyItem]:
        return [CompetencyItem(self.table.cellWidget(r, B19_NAME).text().strip(),
                               self.table.cellWidget(r, B19_VALUE).value(),
                               self.table.cellWidget(r, B19_REASON).text().strip())
                for r in range(self.table.rowCount())]

    def load(self) -> None:
        earlier = self._read_earlier(self._services.coaching.competency_of)
        self.table.setRowCount(0)
        for item in (earlier.items if earlier is not None else ()):
            self.add_item(item.name, item.value, item.reason)
        if self.table.rowCount() == 0:
            self.add_item()

    def save(self) -> None:
        coaching, dialog_id, pegawai_id = self._services.coaching, self.dialog.id, self.pegawai_id()
        items = self.items()
        self._run(lambda: coaching.record_competency(dialog_id, pegawai_id, items))
