"""LAMPIRAN SASARAN KINERJA PEGAWAI: the three numbered lists DUKUNGAN SUMBER DAYA, SKEMA
PERTANGGUNGJAWABAN and KONSEKUENSI (SKP-REFERENCE §1.5).

In each list: Insert adds an item, F2 (or a double click) edits it, Delete removes it and
Ctrl+Up / Ctrl+Down move it; every edit is one command on the SKP's undo stack.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from skpdesk.domain.skp import LAMPIRAN_LABELS, LampiranItem, LampiranSection, Skp

from .editor_host import SkpEditorHost
from .form_dialog import FormDialog, TextDialog
from .skp_commands import (AddLampiranCommand, DeleteLampiranCommand, EditLampiranCommand,
                           MoveLampiranCommand)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LampiranSectionWidget(QWidget):
    def __init__(self, host: SkpEditorHost, section: LampiranSection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.section = section
        self._items: list[LampiranItem] = []
        self._read_only = True
        title = QLabel(LAMPIRAN_LABELS[section], self)  # the official heading, as printed
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName(f"lampiran_{section.value}")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(LAMPIRAN_LABELS[section])
        title.setBuddy(self.list)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_item())
        self.list.currentRowChanged.connect(lambda _row: self._update_actions())

        self.add_action = self._action(self.tr("&Add item…"), [Qt.Key.Key_Insert], self.add_item)
        self.edit_action = self._action(self.tr("&Edit…"), [Qt.Key.Key_F2], self.edit_item)
        self.delete_action = self._action(self.tr("&Delete"), [Qt.Key.Key_Delete],
                                          self.delete_item)
        self.up_action = self._action(self.tr("Move &up"), ["Ctrl+Up"], lambda: self.move_item(-1))
        self.down_action = self._action(self.tr("Move do&wn"), ["Ctrl+Down"],
                                        lambda: self.move_item(1))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action in (("add", self.add_action), ("edit", self.edit_action),
                            ("delete", self.delete_action), ("up", self.up_action),
                            ("down", self.down_action)):
            button = QPushButton(action.text().replace("&", ""), self)
            button.setObjectName(f"lampiran_{section.value}_{key}")
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _action(self, text: str, keys: list, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.list.addAction(action)
        return action

    # --- showing
    def set_skp(self, skp: Skp | None) -> None:
        current = self.current_item()
        self._items = skp.lampiran_of(self.section) if skp else []
        self._read_only = skp is None or skp.read_only
        self.list.clear()
        for item in self._items:
            row = QListWidgetItem(f"{item.position}. {item.text}")
            row.setData(ITEM_ID_ROLE, item.id)
            row.setToolTip(item.text)
            self.list.addItem(row)
        if current is not None and skp is not None:
            self.select(self._host.command_context.ids.resolve(current.id))
        self._update_actions()

    def select(self, item_id: str | None) -> None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                self.list.setCurrentRow(row)
                return

    def current_item(self) -> LampiranItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def texts(self) -> list[str]:
        return [i.text for i in self._items]

    def _update_actions(self) -> None:
        editable = not self._read_only
        item = self.current_item()
        self.add_action.setEnabled(editable)
        self.edit_action.setEnabled(editable and item is not None)
        self.delete_action.setEnabled(editable and item is not None)
        self.up_action.setEnabled(editable and item is not None and item.position > 1)
        self.down_action.setEnabled(editable and item is not None
                                    and item.position < len(self._items))
        for key, action in (("add", self.add_action), ("edit", self.edit_action),
                            ("delete", self.delete_action), ("up", self.up_action),
                            ("down", self.down_action)):
            self.buttons[key].setEnabled(action.isEnabled())

    # --- editing
    def add_item(self) -> None:
        skp = self._host.skp
        if self._read_only or skp is None:
            return
        label = LAMPIRAN_LABELS[self.section]
        dialog = TextDialog(self.tr("Add attachment item"), self.tr("&Item"), context=label,
                            parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            command = AddLampiranCommand(self._host.command_context, skp.id, self.section,
                                         values["text"], self.tr("Add attachment item"))
            self._host.execute(command, dlg, lambda: self.select(
                self._host.command_context.ids.resolve(command.item_id)))

        self._host.open_dialog(dialog, submit)

    def edit_item(self) -> None:
        item = self.current_item()
        if self._read_only or item is None:
            return
        dialog = TextDialog(self.tr("Edit attachment item"), self.tr("&Item"), item.text,
                            context=LAMPIRAN_LABELS[self.section], parent=self)

        def submit(values: dict, dlg: FormDialog) -> None:
            if values["text"] == item.text:
                dlg.succeeded()
                return
            self._host.execute(EditLampiranCommand(self._host.command_context, item,
                                                   values["text"], self.tr("Edit attachment item")),
                               dlg)

        self._host.open_dialog(dialog, submit)

    def delete_item(self) -> None:
        item = self.current_item()
        if self._read_only or item is None:
            return
        self._host.execute(DeleteLampiranCommand(self._host.command_context, item,
                                                 self.tr("Delete attachment item")))

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if self._read_only or item is None:
            return
        target = item.position + step
        if not 1 <= target <= len(self._items):
            return
        command = MoveLampiranCommand(self._host.command_context, item.id, item.position, target,
                                      self.tr("Move attachment item"))
        self._host.execute(command, select=lambda: self.select(item.id))


class LampiranView(QWidget):
    def __init__(self, host: SkpEditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: dict[LampiranSection, LampiranSectionWidget] = {}
        layout = QVBoxLayout(self)
        for section in LampiranSection:
            widget = LampiranSectionWidget(host, section, self)
            self.sections[section] = widget
            layout.addWidget(widget, 1)

    def set_skp(self, skp: Skp | None) -> None:
        for widget in self.sections.values():
            widget.set_skp(skp)
