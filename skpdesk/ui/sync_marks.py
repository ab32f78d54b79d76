"""The sync conflict marks the views show (shared: the team list, the SKP tab, the sync feature).

One `SyncMarks` per open database (made by `shell.gui_app`, passed to the views that mark
rows). It holds a `ConflictMarks` value (which rows, SKPs and pegawai carry an open sync
conflict); the sync feature (`sync/sync_actions.py`) computes it on the database worker and
sets it after start-up, after each import and each resolution. Views read it in `data()` (no
database access) and repaint on `changed`. A view that offers "review" asks for the queue with
`request_review(entity_id)`; the sync feature answers by showing "Perlu ditinjau".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from skpdesk.services.sync_marks import ConflictMarks


class SyncMarks(QObject):
    changed = Signal()
    review_requested = Signal(object)  # an entity id (a pegawai, an SKP) or None: the whole queue

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks = ConflictMarks()

    @property
    def marks(self) -> ConflictMarks:
        return self._marks

    def set_marks(self, marks: ConflictMarks) -> None:
        if marks != self._marks:
            self._marks = marks
            self.changed.emit()

    def pegawai_has_conflict(self, pegawai_id: str | None) -> bool:
        return self._marks.has_pegawai(pegawai_id)

    def skp_has_conflict(self, skp_id: str | None) -> bool:
        return self._marks.has_skp(skp_id)

    def row_has_conflict(self, entity_id: str | None) -> bool:
        return bool(entity_id) and entity_id in self._marks.entity_ids

    def request_review(self, entity_id: str | None = None) -> None:
        self.review_requested.emit(entity_id)
