"""Choose one pegawai by part of the name or NIP (participants of a team dialog, a leader who is
not the pejabat penilai). The list is searched in SQL a page at a time (`StaffService.list`
with a limit), so a 2,000-pegawai office never fills a widget with every row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from skpdesk.domain.people import Pegawai
from skpdesk.services.staff import StaffService

from ..i18n import arg

LIMIT = 50


def person_text(pegawai: Pegawai) -> str:
    return f"{pegawai.full_name} ({pegawai.nip})" if pegawai.nip else pegawai.full_name


class PegawaiPicker(QDialog):
    def __init__(self, staff: StaffService, parent: QWidget | None = None, *,
                 exclude: set[str] | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("PegawaiPicker")
        self.setWindowTitle(title or self.tr("Choose an employee"))
        self._staff = staff
        self._exclude = exclude or set()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("pickerSearch")
        self.search_edit.setPlaceholderText(self.tr("part of the name or NIP"))
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.search_edit)
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        self.more_label = QLabel(self)
        self.more_label.setObjectName("pickerMore")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_label)
        layout.addWidget(self.buttons)
        self.search_edit.textChanged.connect(self.search)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._update_ok)
        self.resize(480, 420)
        self.search("")

    def search(self, text: str) -> None:
        found = self._staff.list(search=text.strip() or None, limit=LIMIT + 1)
        found = [p for p in found if p.id not in self._exclude]
        self.list.clear()
        for pegawai in found[:LIMIT]:
            item = QListWidgetItem(person_text(pegawai), self.list)
            item.setData(Qt.ItemDataRole.UserRole, pegawai.id)
        self.more_label.setText(arg(self.tr("Only the first %1 are listed: type more of the "
                                            "name or NIP."), LIMIT) if len(found) > LIMIT else "")
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_ok()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.selected_id() is not None)

    @classmethod
    def ask(cls, staff: StaffService, parent: QWidget | None = None, **kwargs) -> str | None:
        dialog = cls(staff, parent, **kwargs)
        try:
            return dialog.selected_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
