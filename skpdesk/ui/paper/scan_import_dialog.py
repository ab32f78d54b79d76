"""Berkas › Impor pindaian tertandatangan… and files dropped on the main window (issue 13): the
plan of an import (documents ready to attach, documents that need a decision, pages without a
readable code), checkboxes to accept changed or incomplete documents, then the import.

The pages are read once, on the database worker with the delayed progress dialog
(`ScanService.plan_import`); Impor attaches from that plan (`ScanService.import_plan`), so
nothing is read twice and what is attached is what was shown. A document whose code is not
recorded here has no checkbox: it can never be attached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from skpdesk.domain.errors import DomainError
from skpdesk.services.paper.scan_actions import document_label
from skpdesk.services.paper.scan_plan import CHANGED, INCOMPLETE, UNKNOWN, ScanPlan

from ..i18n import arg
from ..messages import error_text

CODE_ROLE = Qt.ItemDataRole.UserRole


class ScanImportDialog(QDialog):
    """Build with the files, `start()` reads them; tests use `TaskRunner(synchronous=True)`."""

    def __init__(self, scans, tasks, files: Sequence[str | Path], parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanImportDialog")
        self.setWindowTitle(self.tr("Import signed scans"))
        self._scans, self._tasks = scans, tasks
        self.files = [str(f) for f in files]
        self.plan: ScanPlan | None = None
        self.result = None  # the ScanResult after Impor
        today = today or dt.date.today()
        self.hint = QLabel(self.tr("Reading the pages…"), self)
        self.hint.setObjectName("scanImportHint")
        self.hint.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("scanDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Scan &date:"), self.date_edit)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("scanPlanTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("scanImportButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 440)

    # --- reading
    def start(self) -> None:
        files = list(self.files)
        self._tasks.run_with_progress(
            lambda progress, cancel: self._scans.plan_import(files, progress=progress,
                                                             cancel=cancel),
            self.tr("Reading the scanned pages…"), self.show_plan, self._refused, parent=self,
            on_cancelled=self.reject, owner=self)

    def show_plan(self, plan: ScanPlan) -> None:
        self.plan = plan
        self.tree.clear()
        ready = [d for d in plan.documents if d.ready]
        waiting = [d for d in plan.documents if not d.ready]
        if ready:
            group = self._group(arg(self.tr("Ready to attach (%1)"), len(ready)))
            for d in ready:
                QTreeWidgetItem(group, [self._document_text(d)])
        if waiting:
            group = self._group(arg(self.tr("Needs a decision (%1)"), len(waiting)))
            for d in waiting:
                item = QTreeWidgetItem(group, [self._document_text(d)])
                item.setData(0, CODE_ROLE, d.code)
                if d.known:  # accepting it attaches it anyway, with what was accepted flagged
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                for line in self._problem_lines(d):
                    QTreeWidgetItem(item, [line])
                item.setExpanded(True)
        if plan.stray:
            group = self._group(arg(self.tr("Pages not attached (%1)"), len(plan.stray)))
            for s in plan.stray:
                QTreeWidgetItem(group, [arg(self.tr("%1, page %2: %3"), s.page.file_name,
                                            s.page.page, self._reason(s.reason))])
        self.hint.setText(arg(self.tr("%1 page(s) read from %2 file(s). Documents ready are "
                                      "attached; tick a document that needs a decision to "
                                      "attach it anyway."), plan.page_count, len(plan.files)))
        self.import_button.setEnabled(bool(plan.documents) and any(
            d.known for d in plan.documents))

    def accepted_codes(self) -> set[str]:
        codes = set()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.data(0, CODE_ROLE) and item.checkState(0) == Qt.CheckState.Checked:
                    codes.add(item.data(0, CODE_ROLE))
        return codes

    def set_accepted(self, code: str, accepted: bool = True) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.data(0, CODE_ROLE) == code:
                    item.setCheckState(0, Qt.CheckState.Checked if accepted
                                       else Qt.CheckState.Unchecked)

    # --- importing
    def import_now(self) -> None:
        if self.plan is None:
            return
        plan, accept = self.plan, self.accepted_codes()
        day = self.date_edit.date()
        scanned_on = dt.date(day.year(), day.month(), day.day())
        self.import_button.setEnabled(False)
        self._tasks.run(lambda: self._scans.import_plan(plan, accept=accept,
                                                        scanned_on=scanned_on),
                        self._imported, self._refused, owner=self)

    def _imported(self, outcome) -> None:
        self.result = outcome.value
        attached, skipped = len(self.result.attached), len(self.result.skipped)
        self.hint.setText(arg(self.tr("%1 document(s) attached; %2 left for a decision; %3 "
                                      "page(s) without a readable code."), attached, skipped,
                              len(self.result.plan.stray)))
        self.import_button.setEnabled(False)

    def _refused(self, error: DomainError) -> None:
        self.hint.setText(error_text(error))
        self.hint.setStyleSheet("color: #b00020;")

    # --- texts
    def _group(self, text: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [text])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setExpanded(True)
        return group

    def _document_text(self, d) -> str:
        who = f" — {d.pegawai_name}" if d.pegawai_name else ""
        return arg(self.tr("%1: %2%3, %4 of %5 page(s)"), d.code,
                   document_label(d.kind, d.period), who, len(d.pages), d.expected_pages)

    def _problem_lines(self, d) -> list[str]:
        lines = []
        if UNKNOWN in d.problems:
            lines.append(self.tr("This code was not printed from this database (not synced "
                                 "yet, or another office's paper): it cannot be attached."))
        if INCOMPLETE in d.problems:
            lines.append(arg(self.tr("Missing page(s): %1"), ", ".join(map(str, d.missing))))
        if CHANGED in d.problems:
            lines.append(arg(self.tr("The record changed since printing: %1"), d.change_text))
        return lines

    def _reason(self, reason: str) -> str:
        return {"unreadable": self.tr("no readable QR code"),
                "ambiguous": self.tr("two different QR codes on one page"),
                "mismatch": self.tr("the QR code does not match the recorded print")}.get(
                    reason, reason)


def ask_scan_import(parent: QWidget, scans, tasks, files: Sequence[str | Path]) -> ScanImportDialog:
    """Open the dialog for `files` (modal) and return it once closed."""
    dialog = ScanImportDialog(scans, tasks, files, parent)
    dialog.start()
    dialog.exec()
    return dialog
