"""File › Synchronisation… ("Sinkronisasi"): send, receive, identity and peers, and on the
central copy the dashboard of laptops.

The dialog is not modal (the queue and the team list stay usable beside it) and is built with
narrow dependencies: a `SyncBackend` (the services of the open database), the `SyncState`
(conflicts and badges), the `TaskRunner` and the QSettings. On opening it reads this replica's
identity and peers on the database worker; after an import it refreshes the conflicts (the
queue and the badges) and tells every view what changed (`AppEvents`), and after an import,
export or peer change it reads the peers again (the dashboard's dates).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from skpdesk.domain.changes import Changes

from ..events import AppEvents
from ..i18n import arg
from ..tasks import TaskRunner
from .dashboard_page import DashboardPage
from .export_page import ExportPage
from .identity_page import IdentityPage
from .import_page import ImportPage
from .sync_backend import ImportResult, IdentityInfo, PeerRow, SyncBackend
from .sync_state import SyncState

PAGE_EXPORT, PAGE_IMPORT, PAGE_IDENTITY, PAGE_DASHBOARD = range(4)
# The synced tables (what an import may change when the report does not say per table).
SYNCED_TABLES = ("instansi", "unit_kerja", "pegawai", "core_value", "skp", "rhk", "indikator",
                 "perilaku_kerja", "lampiran_item", "office_setting", "printed_document")


class SyncDialog(QDialog):
    review_requested = Signal()  # "Review the conflicts…": the owner shows the queue

    def __init__(self, backend: SyncBackend, state: SyncState, tasks: TaskRunner,
                 settings: QSettings, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.state = state
        self.tasks = tasks
        self.events = events
        self.identity: IdentityInfo | None = None
        self.peers: list[PeerRow] = []
        self.central = False
        self.loaded = False
        self.setObjectName("SyncDialog")
        self.setWindowTitle(self.tr("Synchronisation"))

        self.header_label = QLabel(self.tr("Reading this computer's identity…"), self)
        self.header_label.setObjectName("syncHeader")
        self.header_label.setWordWrap(True)
        self.export_page = ExportPage(backend, tasks, settings, self)
        self.import_page = ImportPage(backend, tasks, settings, self)
        self.identity_page = IdentityPage(backend, tasks, settings, self)
        self.dashboard_page = DashboardPage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.export_page, self.tr("&Send"))
        self.tabs.addTab(self.import_page, self.tr("&Receive"))
        self.tabs.addTab(self.identity_page, self.tr("Identity and &peers"))
        self.tabs.addTab(self.dashboard_page, self.tr("&Laptops"))
        self.tabs.setTabVisible(PAGE_DASHBOARD, False)  # shown on the central copy only
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.import_page.imported.connect(self._imported)
        self.import_page.review_requested.connect(self.review_requested)
        self.export_page.exported.connect(lambda _r: self.reload())
        self.identity_page.peers_changed.connect(self.reload)
        self.resize(820, 560)
        self.reload()

    # --- reading
    def reload(self) -> None:
        """Read the identity and the peers again (on the worker)."""
        backend = self.backend

        def read() -> tuple[IdentityInfo, list[PeerRow], bool, int]:
            peers = backend.peers()
            return backend.identity(), peers, backend.this_is_central(peers), \
                backend.missing_attachment_count()

        self.tasks.run(read, self._loaded, self._load_failed, owner=self)

    def _loaded(self, result: tuple[IdentityInfo, list[PeerRow], bool, int]) -> None:
        identity, peers, central, missing = result
        self.identity, self.peers, self.central = identity, peers, central
        self.loaded = True
        role = self.tr("the office's central copy") if central else self.tr("a laptop")
        self.header_label.setText(arg(self.tr("This computer: %1 (%2), fingerprint %3."),
                                      identity.name, role, identity.fingerprint))
        for page in (self.export_page, self.identity_page):
            page.set_identity(identity)
            page.set_peers(peers)
        self.dashboard_page.set_peers(peers, missing)
        self.tabs.setTabVisible(PAGE_DASHBOARD, central)

    def _load_failed(self, error) -> None:
        from ..messages import error_text  # noqa: PLC0415 - only on this rare path
        self.header_label.setText(error_text(error))

    # --- after an import
    def _imported(self, result: ImportResult) -> None:
        self.state.refresh()
        if self.events is not None:
            changes = result_changes(result)
            if changes:
                self.events.changes_applied.emit(changes, self)
        self.reload()

    def busy(self) -> bool:
        return any(page.busy for page in (self.export_page, self.import_page,
                                          self.identity_page))

    def reject(self) -> None:
        if not self.busy():  # never closed while the worker still writes for it
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy():
            event.ignore()
            return
        super().closeEvent(event)


def result_changes(result: ImportResult) -> Changes:
    """What an import changed, for the views: every table that received operations (ids are
    not known per row: `"*"` makes `changes.affects(table)` true, which is what views test;
    without per-table counts, every synced table once an operation was applied)."""
    built = Changes()
    per_entity = {k: n for k, n in (result.report.per_entity or {}).items() if n}
    if not per_entity and result.report.operations:
        per_entity = dict.fromkeys(SYNCED_TABLES, 1)
    for entity in per_entity:
        built.add(entity, "*")
    return built
