"""Application-wide Qt signals of the GUI (one instance, made by `gui_app` and passed down).

`changes_applied(changes, initiator)` is emitted on the GUI thread after a service write
succeeded: `changes` is the `skpdesk.domain.changes.Changes` the service returned (which
tables and ids changed), `initiator` the object that asked for the write (or None), so a view
can skip its own echo. Views refresh only when `changes.affects("pegawai", their_id)` etc.
`TaskRunner` emits it for every job whose result carries `.changes` (an `Outcome`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    changes_applied = Signal(object, object)  # (Changes, initiator or None)
