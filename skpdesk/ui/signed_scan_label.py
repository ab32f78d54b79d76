""""Ditandatangani, pindaian tanggal …" under a record (issue 13): the newest signed scan of the
record (`ScanService.latest_scan`, read on the database worker) with a button that opens it.

Shared by the SKP tab (kind "skp", the SKP's id) and the Penilaian tab (kinds "evaluasi" and
"dokumen_evaluasi", the evaluation revision's id), so it lives beside the other widgets those
tabs share rather than in `ui.paper`. Hidden while the record has no scan. It re-reads when a
signed scan was written (`AppEvents`), so an import elsewhere in the window shows at once.

Buka gives the viewer a read-only copy made after the SHA-256 check (`ScanService.viewer_copy`),
never the store's own file. `open_url` replaces `QDesktopServices.openUrl` in tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from skpdesk.domain.errors import DomainError

from .i18n import arg, date_text
from .messages import error_text

SCAN_TABLE = "signed_scan"


class SignedScanLabel(QWidget):
    def __init__(self, scans, tasks, kinds: Sequence[str], events=None,
                 parent: QWidget | None = None, *,
                 open_url: Callable[[QUrl], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedScanLabel")
        self._scans, self._tasks, self._kinds = scans, tasks, tuple(kinds)
        self._open_url = open_url or QDesktopServices.openUrl
        self._record_id: str | None = None
        self.scan = None
        self.label = QLabel(self)
        self.label.setObjectName("signedScanText")
        self.open_button = QPushButton(self.tr("Open scan"), self)
        self.open_button.setObjectName("openSignedScan")
        self.open_button.clicked.connect(self.open_scan)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.setVisible(False)
        if events is not None:
            events.changes_applied.connect(self._on_changes)

    def show_record(self, record_id: str | None) -> None:
        """Show the newest scan of `record_id` (None: nothing), read on the database worker."""
        self._record_id = record_id
        if not record_id or self._scans is None:
            self._show(record_id, None)
            return
        scans, kinds = self._scans, self._kinds

        def read():
            found = [s for kind in kinds if (s := scans.latest_scan(record_id, kind)) is not None]
            found.sort(key=lambda s: (s.scanned_on, s.created_at), reverse=True)
            return found[0] if found else None

        self._tasks.run(read, lambda scan: self._show(record_id, scan), owner=self)

    def _show(self, record_id: str | None, scan) -> None:
        if record_id != self._record_id:
            return  # an older read, answered after the tab moved on
        self.scan = scan
        if scan is None:
            self.setVisible(False)
            return
        self.label.setText(arg(self.tr("Signed, scanned on %1"), date_text(scan.scanned_on)))
        self.label.setToolTip(scan.code)
        self.open_button.setEnabled(True)
        self.setVisible(True)

    def open_scan(self) -> None:
        scan = self.scan
        if scan is None:
            return

        def opened(path) -> None:
            if not self._open_url(QUrl.fromLocalFile(str(path))):
                self.label.setText(arg(self.tr("No program on this computer opens %1."),
                                       f"{scan.code}.pdf"))

        def refused(error: DomainError) -> None:
            self.label.setText(error_text(error))
            self.open_button.setEnabled(False)

        self._tasks.run(lambda: self._scans.viewer_copy(scan), on_success=opened,
                        on_failure=refused, owner=self)

    def _on_changes(self, changes, _initiator) -> None:
        if changes.affects(SCAN_TABLE):
            self.show_record(self._record_id)
