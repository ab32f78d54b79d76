"""Rows as tall as their wrapped text, re-measured after the columns change width.

Qt measures a row of a view without uniform row heights while it paints it, and the header
applies a pending column resize lazily, the first time a width is asked for; that may be in the
middle of a paint (`WrappingDelegate.sizeHint` asks for the column's width). The views must
therefore never re-lay out their rows *synchronously* from `QHeaderView.sectionResized`: a
`QTreeView` that is asked to lay out its rows while `drawTree` walks them rebuilds the row list
under the painter's feet and dereferences a freed index (the SIGSEGV in
`QTreeViewPrivate::viewIndex` of issue 7, when an SKP with other visible columns replaced a
shown one). `relayout_after_column_resize` runs the re-measuring on the next turn of the event
loop instead, once per burst of resizes.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QStyledItemDelegate,
                               QStyleOptionViewItem)

MIN_TEXT_WIDTH = 40
CELL_PADDING = 10


class WrappingDelegate(QStyledItemDelegate):
    """A cell as tall as its text wrapped in the column's current width (long RHK and IKI).

    `skip_columns` are measured as one line (e.g. a short number column)."""

    def __init__(self, view: QAbstractItemView, skip_columns: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self._view = view
        self._skip = set(skip_columns)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data()
        if not text or index.column() in self._skip:
            return hint
        width = max(self._view.columnWidth(index.column()) - CELL_PADDING, MIN_TEXT_WIDTH)
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000),
                                               int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


def relayout_after_column_resize(header: QHeaderView, relayout: Callable[[], None]) -> QTimer:
    """Call `relayout()` on the next turn of the event loop after the header's sections were
    resized (coalesced: once for any number of resized sections). Never from inside a paint.

    Returns the timer (a child of the header, so it goes with it)."""
    timer = QTimer(header)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(relayout)
    header.sectionResized.connect(lambda *_: timer.start())
    return timer
