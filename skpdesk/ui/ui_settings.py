"""Per-machine GUI state in QSettings (mechanism 10): the keys, and save/restore helpers.

Office settings live in the database (`OfficeService`); what lives here belongs to this laptop
only: window geometry, splitter and column layout, the language, the last folder, and who the
supervisor using this laptop is (`identity/pegawai_id`).

Every window receives the QSettings to use in its constructor; tests pass one on an ini file in
tmp_path, never the user's real settings. `gui_app.make_settings` picks the real one: the native
store of organisation "SKP Desk" / application "skpdesk", or `settings.ini` in SKPDESK_DATA_DIR
when that variable is set (portable installs, the end-to-end tests).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

KEY_LANGUAGE = "ui/language"  # "id" (default) or "en"
KEY_IDENTITY = "identity/pegawai_id"  # the pegawai id of the supervisor using this laptop
KEY_LAST_FOLDER = "files/last_folder"  # before issue 9: one folder for every file dialog

# The last folder of each kind of file dialog (issue 9: a PDF saved in one folder no longer
# moves the "open database" dialog there). Keys: "files/last_folder/<purpose>".
FOLDER_DATABASE = "database"
FOLDER_STAFF_IMPORT = "staff_import"
FOLDER_STAFF_EXPORT = "staff_export"
FOLDER_PRINT = "print"
FOLDER_LOGO = "logo"
FOLDER_PURPOSES = (FOLDER_DATABASE, FOLDER_STAFF_IMPORT, FOLDER_STAFF_EXPORT, FOLDER_PRINT,
                   FOLDER_LOGO)
# Sync's dialogs kept their own folders already (`sync/identity_folder`, `sync/import_folder`,
# `sync/export_folder` in ui/sync).


def read_str(settings: QSettings, key: str, default: str | None = None) -> str | None:
    value = settings.value(key)
    if value is None or value == "":
        return default
    return str(value)


def identity(settings: QSettings) -> str | None:
    """The pegawai id the user said they are ("I am…"), or None."""
    return read_str(settings, KEY_IDENTITY)


def set_identity(settings: QSettings, pegawai_id: str | None) -> None:
    if pegawai_id:
        settings.setValue(KEY_IDENTITY, pegawai_id)
    else:
        settings.remove(KEY_IDENTITY)
    settings.sync()


def folder_key(purpose: str) -> str:
    if purpose not in FOLDER_PURPOSES:
        raise ValueError(f"unknown folder purpose {purpose!r}")
    return f"{KEY_LAST_FOLDER}/{purpose}"


def last_folder(settings: QSettings | None, purpose: str, default: str | None = None) -> str:
    """The folder the last file dialog of `purpose` used, if it still exists; else the one
    folder older releases kept for every dialog, then `default` (the home folder)."""
    fallback = default if default is not None else str(Path.home())
    if settings is None:
        return fallback
    for key in (folder_key(purpose), KEY_LAST_FOLDER):
        stored = read_str(settings, key)
        if stored and Path(stored).is_dir():
            return stored
    return fallback


def remember_folder(settings: QSettings | None, purpose: str, folder: str | Path) -> None:
    """Keep `folder` for the next file dialog of `purpose` (a folder, not a file)."""
    if settings is not None:
        settings.setValue(folder_key(purpose), str(Path(folder).expanduser()))


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


def save_geometry(settings: QSettings, key: str, widget: QWidget) -> None:
    settings.setValue(f"{key}/geometry", widget.saveGeometry())


def restore_geometry(settings: QSettings, key: str, widget: QWidget) -> bool:
    state = _bytes(settings, f"{key}/geometry")
    return bool(state) and widget.restoreGeometry(state)


def save_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    settings.setValue(f"{key}/splitter", splitter.saveState())


def restore_splitter(settings: QSettings, key: str, splitter: QSplitter) -> bool:
    state = _bytes(settings, f"{key}/splitter")
    return bool(state) and splitter.restoreState(state)


def save_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    """Column widths and order of a table or tree header."""
    settings.setValue(f"{key}/header", header.saveState())


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> bool:
    state = _bytes(settings, f"{key}/header")
    return bool(state) and header.restoreState(state)
