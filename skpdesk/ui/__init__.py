"""The PySide6 desktop application: windows, dialogs and Qt models over the same services the CLI
uses. Only this package (and the composition root `skpdesk.app`) imports PySide6; it adds no
business rule of its own. Start reading at `gui_app.run_gui`.
"""
