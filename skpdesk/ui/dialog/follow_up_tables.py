"""The two follow-up tables of the dialog editor.

`FollowUpTable`: the follow-ups agreed in this dialog (text, owner, due date, RHK or core value),
one row of editors each; rows read from the database keep their id so a save can tell added,
changed and removed rows apart.

`EarlierFollowUpsTable`: the open follow-ups of EARLIER dialogs with these pegawai (carried over,
issue 10): text, owner, due date, the dialog they came from, and per row what this dialog does
with it: leave open, done or dropped, with a note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHeaderView, QLineEdit, QTableWidget,
                               QTableWidgetItem, QWidget)

from skpdesk.domain.dialog import FollowUp, FollowUpStatus

from .timeline_model import date_text

FU_TEXT, FU_OWNER, FU_DUE, FU_LINK = range(4)
EARLIER_TEXT, EARLIER_OWNER, EARLIER_DUE, EARLIER_ACTION, EARLIER_NOTE = range(5)
DEFAULT_DUE_DAYS = 14
DATE_FORMAT = "dd-MM-yyyy"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class FollowUpRow:
    """One row of `FollowUpTable` as the form holds it (`id` None: not saved yet)."""

    id: str | None
    text: str
    owner_id: str | None
    due_on: dt.date
    rhk_id: str | None
    core_value_id: str | None


class FollowUpTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("followUpTable")
        self.setHorizontalHeaderLabels([self.tr("Follow-up"), self.tr("Owner"), self.tr("Due"),
                                        self.tr("RHK / core value")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(FU_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (FU_OWNER, FU_DUE, FU_LINK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self._ids: list[str | None] = []
        self._owners: list[tuple[str, str]] = []   # (pegawai id, name)
        self._links: list[tuple[str, str | None, str | None]] = []  # (label, rhk id, value id)
        self.removed_ids: list[str] = []
        self.originals: dict[str, FollowUpRow] = {}
        self.today = dt.date.today()

    # --- choices
    def set_owner_choices(self, owners: list[tuple[str, str]]) -> None:
        """Who may own a follow-up (the participants, the leader): every row's combo follows,
        keeping its choice when it is still offered."""
        self._owners = list(owners)
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, FU_OWNER)
            current = combo.currentData()
            self._fill_owner(combo, current)

    def set_link_choices(self, links: list[tuple[str, str | None, str | None]]) -> None:
        self._links = [("—", None, None), *links]
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, FU_LINK)
            current = combo.currentData()
            self._fill_link(combo, current)

    def _fill_owner(self, combo: QComboBox, current: str | None, current_name: str = "") -> None:
        combo.clear()
        for pegawai_id, name in self._owners:
            combo.addItem(name, pegawai_id)
        if current and combo.findData(current) < 0 and current_name:
            # a stored owner who is no longer a participant stays as stored
            combo.addItem(current_name, current)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)

    def _fill_link(self, combo: QComboBox, current) -> None:
        combo.clear()
        for label, rhk_id, value_id in self._links:
            combo.addItem(label, (rhk_id, value_id))
        if current is not None and combo.findData(current) < 0:
            # a stored link outside today's choices (another year's SKP) stays as stored
            combo.addItem("RHK" if current[0] else "—", current)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(index, 0))

    # --- rows
    def add_row(self, text: str = "", owner_id: str | None = None, due_on: dt.date | None = None,
                rhk_id: str | None = None, core_value_id: str | None = None,
                follow_up_id: str | None = None, owner_name: str = "") -> int:
        row = self.rowCount()
        self.insertRow(row)
        self._ids.append(follow_up_id)
        edit = QLineEdit(text, self)
        edit.setObjectName(f"followUpText{row}")
        edit.setMaxLength(1000)
        owner = QComboBox(self)
        self._fill_owner(owner, owner_id, owner_name)
        due = QDateEdit(self)
        due.setCalendarPopup(True)
        due.setDisplayFormat(DATE_FORMAT)
        due.setDate(qdate(due_on or self.today + dt.timedelta(days=DEFAULT_DUE_DAYS)))
        link = QComboBox(self)
        self._fill_link(link, (rhk_id, core_value_id) if (rhk_id or core_value_id) else None)
        for column, widget in ((FU_TEXT, edit), (FU_OWNER, owner), (FU_DUE, due), (FU_LINK, link)):
            self.setCellWidget(row, column, widget)
        if follow_up_id is not None:
            self.originals[follow_up_id] = self.row_value(row)
        return row

    def add_follow_up(self, follow_up: FollowUp) -> None:
        self.add_row(follow_up.text, follow_up.owner.pegawai_id, follow_up.due_on,
                     follow_up.rhk_id, follow_up.core_value_id, follow_up.id,
                     owner_name=follow_up.owner.name)

    def clear_rows(self) -> None:
        self.setRowCount(0)
        self._ids.clear()
        self.originals.clear()
        self.removed_ids.clear()

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            follow_up_id = self._ids.pop(row)
            if follow_up_id is not None:
                self.removed_ids.append(follow_up_id)
            self.removeRow(row)

    def row_value(self, row: int) -> FollowUpRow:
        link = self.cellWidget(row, FU_LINK).currentData() or (None, None)
        return FollowUpRow(self._ids[row], self.cellWidget(row, FU_TEXT).text().strip(),
                           self.cellWidget(row, FU_OWNER).currentData(),
                           pydate(self.cellWidget(row, FU_DUE).date()), link[0], link[1])

    def rows(self) -> list[FollowUpRow]:
        return [self.row_value(row) for row in range(self.rowCount())]

    def set_read_only(self, read_only: bool) -> None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                widget = self.cellWidget(row, column)
                if isinstance(widget, QLineEdit):
                    widget.setReadOnly(read_only)
                elif widget is not None:
                    widget.setEnabled(not read_only)


class EarlierFollowUpsTable(QTableWidget):
    """Open follow-ups of earlier dialogs; the Action column says what this dialog does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("earlierFollowUps")
        self.setHorizontalHeaderLabels([self.tr("Follow-up"), self.tr("Owner"), self.tr("Due"),
                                        self.tr("Action"), self.tr("Note")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(EARLIER_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (EARLIER_OWNER, EARLIER_DUE, EARLIER_ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self._follow_ups: list[FollowUp] = []

    def set_follow_ups(self, follow_ups: list[FollowUp]) -> None:
        self.setRowCount(0)
        self._follow_ups = list(follow_ups)
        for row, follow_up in enumerate(self._follow_ups):
            self.insertRow(row)
            text = self.tr("(confidential)") if follow_up.redacted else follow_up.text
            for column, value in ((EARLIER_TEXT, text), (EARLIER_OWNER, follow_up.owner.name),
                                  (EARLIER_DUE, date_text(follow_up.due_on))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, follow_up.id)
                self.setItem(row, column, item)
            action = QComboBox(self)
            action.setObjectName(f"earlierAction{row}")
            action.addItem(self.tr("Leave open"), None)
            action.addItem(self.tr("Done"), FollowUpStatus.DONE.value)
            action.addItem(self.tr("Dropped"), FollowUpStatus.DROPPED.value)
            self.setCellWidget(row, EARLIER_ACTION, action)
            note = QLineEdit(self)
            note.setObjectName(f"earlierNote{row}")
            note.setMaxLength(1000)
            self.setCellWidget(row, EARLIER_NOTE, note)

    def follow_up_ids(self) -> list[str]:
        return [f.id for f in self._follow_ups]

    def set_action(self, follow_up_id: str, status: str | None, note: str = "") -> None:
        row = self.follow_up_ids().index(follow_up_id)
        combo = self.cellWidget(row, EARLIER_ACTION)
        combo.setCurrentIndex(combo.findData(status))
        self.cellWidget(row, EARLIER_NOTE).setText(note)

    def chosen(self) -> dict[str, tuple[str, str]]:
        """{follow-up id: (status, note)} of the rows settled here (the service's
        `close_follow_ups` argument)."""
        result = {}
        for row, follow_up in enumerate(self._follow_ups):
            status = self.cellWidget(row, EARLIER_ACTION).currentData()
            if status:
                result[follow_up.id] = (status, self.cellWidget(row, EARLIER_NOTE).text().strip())
        return result

    def set_read_only(self, read_only: bool) -> None:
        for row in range(self.rowCount()):
            self.cellWidget(row, EARLIER_ACTION).setEnabled(not read_only)
            self.cellWidget(row, EARLIER_NOTE).setReadOnly(read_only)
