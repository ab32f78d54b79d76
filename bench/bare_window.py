#!/usr/bin/env python3
"""The yardstick of the start-up benchmark: a bare PySide6 window, started like SKP Desk.

QApplication + QMainWindow with a QLabel, the same size as SKP Desk's first window, shown; one
event-loop turn later (`QTimer.singleShot(0)`, exactly like the app's smoke hook) it prints
"window-shown <ms>" (ms since this script started) and exits 0. `bench/bench_startup.py` runs
it next to `python -m skpdesk` and measures both from the parent, before the process starts.

    QT_QPA_PLATFORM=offscreen python bench/bare_window.py
"""

import time

STARTED_AT = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def _shown(app: QApplication) -> None:
    sys.stdout.write(f"window-shown {(time.perf_counter() - STARTED_AT) * 1000:.0f}\n")
    sys.stdout.flush()
    app.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1100, 700)  # MainWindow's default size
    window.show()
    QTimer.singleShot(0, lambda: _shown(app))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
