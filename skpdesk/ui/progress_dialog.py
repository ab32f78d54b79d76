"""A progress dialog that appears only when a job takes a while (Anki `progress.py`: ~0.5 s).

`DelayedProgress` is driven by `TaskRunner.run_with_progress`: it starts a timer when the job
starts; if the job is still running when the timer fires, a window-modal QProgressDialog opens
with the job's label and a Cancel button that cancels the job's `CancelToken`. Quick jobs never
flash a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from skpdesk.services.progress import CancelToken

DEFAULT_DELAY_MS = 500


class DelayedProgress(QObject):
    def __init__(self, label: str, token: CancelToken, parent_widget: QWidget | None = None,
                 delay_ms: int = DEFAULT_DELAY_MS) -> None:
        super().__init__(parent_widget)
        self._label = label
        self._token = token
        self._parent_widget = parent_widget
        self._done = 0
        self._total = 0
        self.dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, delay_ms))
        self._timer.timeout.connect(self._show)

    def start(self) -> None:
        self._timer.start()

    def update(self, done: int, total: int) -> None:
        self._done, self._total = max(0, done), max(0, total)
        if self.dialog is not None:
            self._apply()

    def finish(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _show(self) -> None:
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(self.tr("SKP Desk"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        self.dialog = dialog
        self._apply()
        dialog.show()

    def _apply(self) -> None:
        assert self.dialog is not None
        self.dialog.setMaximum(self._total)  # 0: "busy" indicator until a total is known
        self.dialog.setValue(min(self._done, self._total) if self._total else 0)

    def _cancel(self) -> None:
        # QProgressDialog hides itself on Cancel; the job stops at its next check of the token.
        self._token.cancel()
