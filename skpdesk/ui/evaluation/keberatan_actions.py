"""Penilaian > "Keberatan menunggu keputusan saya…" and the routing of "Perlu tindakan" items of
kind "keberatan" (issue 12): both open `decide_keberatan` for the atasan pejabat penilai.

The list shows the DIAJUKAN keberatan whose atasan is the acting pegawai ("Saya adalah"); the
same ones are in "Perlu tindakan" (`services.evaluation.eval_actions`), the list is for who
keeps that pane closed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from skpdesk.domain.dates import tanggal
from skpdesk.domain.errors import DomainError
from skpdesk.domain.evaluation import Keberatan

from ..i18n import arg
from ..messages import error_text
from .keberatan_dialogs import decide_keberatan, period_label

ID_ROLE = Qt.ItemDataRole.UserRole


class WaitingKeberatanDialog(QDialog):
    """The keberatan waiting for my decision; Enter or a double click opens one."""

    def __init__(self, services, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingKeberatanDialog")
        self.setWindowTitle(self.tr("Objections waiting for my decision"))
        self._services, self._tasks = services, tasks
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("waitingKeberatanList")
        self.list.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("&Open…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._open(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            waiting: list[Keberatan] = self._services.keberatan.waiting_for_me()
        except DomainError as error:
            self.hint.setText(error_text(error))
            waiting = []
        else:
            self.hint.setText(self.tr("No objection waits for your decision.") if not waiting
                              else self.tr("Double-click an objection to decide it."))
        for keberatan in waiting:
            name = self._services.staff.get(keberatan.pegawai_id).full_name
            text = arg(self.tr("%1 — %2, filed on %3"), name, period_label(keberatan.period),
                       tanggal(keberatan.filed_on))
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, keberatan.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(bool(self.list.count()))

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if decide_keberatan(self, self._services, self._tasks, item.data(ID_ROLE)):
            self.reload()


def install_keberatan_actions(window, services, tasks) -> None:
    """Penilaian > Keberatan menunggu keputusan saya…, and `window.keberatan_opener`."""
    if getattr(services, "keberatan", None) is None:
        return  # services without the keberatan (some tests)

    def open_keberatan(keberatan_id: str) -> None:
        decide_keberatan(window, services, tasks, keberatan_id)

    def open_list() -> None:
        dialog = WaitingKeberatanDialog(services, tasks, window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    window.keberatan_opener = open_keberatan
    action = QAction(QCoreApplication.translate(
        "KeberatanActions", "Objections &waiting for my decision…"), window)
    action.setObjectName("waitingKeberatanAction")
    action.triggered.connect(open_list)
    window.evaluation_menu.addAction(action)
    window.waiting_keberatan_action = action
