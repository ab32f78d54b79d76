"""Mark a pegawai as no longer active (pensiun, mutasi keluar) or active again.

Nothing is deleted (`StaffService.set_employment_status`): the row, the SKPs and the journal
stay. A pegawai who leaves while subordinates still report to them, or with an SKP not yet
approved, is not refused: after the save the dialog lists them (`warnings_text`), so the
supervisor can move the subordinates with "Move employee".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.domain.people import EmploymentStatus, Pegawai
from skpdesk.services.staff import StaffService, StatusChange

from ..field_errors import BusyDialogMixin, error_label
from ..i18n import arg
from ..messages import error_text
from ..tasks import TaskRunner


class EmploymentStatusDialog(BusyDialogMixin, QDialog):
    def __init__(self, staff: StaffService, tasks: TaskRunner, pegawai: Pegawai,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff = staff
        self.tasks = tasks
        self.pegawai = pegawai
        self.busy = False
        self.result_change: StatusChange | None = None
        self.setObjectName("EmploymentStatusDialog")
        self.setWindowTitle(self.tr("Employment status"))

        intro = QLabel(arg(self.tr(
            "%1 stays in the database with every SKP and the change history; an employee who is "
            "no longer active is left out of the team and the to-do lists."), pegawai.full_name),
            self)
        intro.setWordWrap(True)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("field_status_kepegawaian")
        for status, label in ((EmploymentStatus.AKTIF, self.tr("Active")),
                              (EmploymentStatus.PENSIUN, self.tr("Retired (pensiun)")),
                              (EmploymentStatus.MUTASI_KELUAR,
                               self.tr("Transferred out (mutasi keluar)"))):
            self.status_combo.addItem(label, status.value)
        current = pegawai.employment_status
        if current is EmploymentStatus.AKTIF:  # the usual reason to open it: someone leaves
            current = EmploymentStatus.PENSIUN
        self.status_combo.setCurrentIndex(self.status_combo.findData(current.value))
        self.since_edit = QDateEdit(self)
        self.since_edit.setObjectName("field_sejak")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd-MM-yyyy")
        since = pegawai.status_since if not pegawai.is_active and pegawai.status_since \
            else dt.date.today()
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.error_label = error_label(self, "generalError")

        form = QFormLayout()
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        since_label = QLabel(self.tr("S&ince:"), self)
        since_label.setBuddy(self.since_edit)
        form.addRow(status_label, self.status_combo)
        form.addRow(since_label, self.since_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> tuple[str, dt.date]:
        d = self.since_edit.date()
        return self.status_combo.currentData(), dt.date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        if self.busy:
            return
        status, since = self.chosen()
        pegawai_id = self.pegawai.id
        self.busy = True
        self.buttons.setEnabled(False)
        self.tasks.run(lambda: self._staff.set_employment_status(pegawai_id, status, since),
                       self._done, self._failed, on_done=self._idle, initiator=self)

    def _idle(self) -> None:
        self.busy = False
        self.buttons.setEnabled(True)

    def _done(self, outcome) -> None:
        self.result_change = outcome.value
        super().accept()

    def _failed(self, error: DomainError) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.setVisible(True)

    @classmethod
    def ask(cls, staff: StaffService, tasks: TaskRunner, pegawai: Pegawai,
            parent: QWidget | None = None) -> StatusChange | None:
        dialog = cls(staff, tasks, pegawai, parent)
        try:
            dialog.exec()
            return dialog.result_change
        finally:
            dialog.deleteLater()


def warnings_text(change: StatusChange) -> str:
    """What still hangs on a pegawai who left, as one paragraph ("" when nothing does)."""
    if not change.warnings:
        return ""
    parts = []
    if change.active_subordinates:
        names = ", ".join(p.full_name for p in change.active_subordinates[:5])
        if len(change.active_subordinates) > 5:
            names += ", …"
        parts.append(arg(QCoreApplication.translate(
            "EmploymentStatusDialog", "Direct reports still active: %1. Move them to another "
                                      "supervisor (Employee > Move employee)."), names))
    if change.open_skps:
        years = ", ".join(str(s.year) for s in change.open_skps)
        parts.append(arg(QCoreApplication.translate(
            "EmploymentStatusDialog", "SKP not yet approved: %1."), years))
    return "\n".join(parts)
