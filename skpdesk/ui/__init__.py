"""The PySide6 desktop application: windows, dialogs and Qt models over the same services the CLI
uses. Only this package (and the composition root `skpdesk.app`) imports PySide6; it adds no
business rule of its own. Start reading at `shell.gui_app.run_gui`.

Grouped by feature; a feature package imports only the shared modules here, never another
feature (checked by import-linter, pyproject.toml); `shell` assembles them:

- `shell/`: start-up, the welcome and main windows, the office/identity/settings dialogs.
- `team/`: the team list on the left and the pegawai's Profile tab.
- `skp/`: the SKP workspace tab (RHK, behaviour, lampiran editors, their undo commands).
- `cascade/`: View › Cascade (the cascade tree and Matriks Peran Hasil).
- `staff_import/`: File › Import employees.
- `printing/`: File › Print SKP and Print all in unit.
- `sync/`: File › Synchronisation (bundles, identity and peers, the central copy's dashboard of
  laptops), View › Needs review (the sync conflict queue), Welcome › Join the office.
- here, shared by all of them: `tasks` (the database worker) with `progress_dialog` and
  `error_dialogs`, `events`, `i18n`, `messages` (over `skpdesk.messages`), `ui_settings`,
  `resources`, and `sync_marks` (which rows have a sync conflict: the team list and the SKP tab
  mark them, the sync feature fills it).
"""
