"""Alt-letter mnemonics of a window as it is shown now, and the clashes among them.

Qt gives every `&X` in a button, a tab, a group box, a label with a buddy and a menu-bar title
an Alt+X shortcut that works anywhere in the window (Qt::WindowShortcut) while the widget is
visible and enabled (Qt ignores the shortcut of a hidden or disabled widget). Two of them on one
letter in one window at one time make Alt+X cycle between them instead of acting: a clash. So
the buttons of exclusive states (Ajukan for a Draft, Setujui for a submitted SKP) may share a
letter, and the walk must visit each state with its buttons enabled. The items of one menu are their own scope (Alt is not needed there), so they
are checked menu by menu. A label with `&` but no buddy shows the ampersand itself ("&Folder:").
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar,
                               QWidget)

MNEMONIC = re.compile(r"&([^&\s;])")


def mnemonic(text: str) -> str | None:
    """The letter after the first single `&` ("&&" is a literal ampersand), casefolded."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _where(widget: QWidget) -> str:
    return type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")


def _texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, where) of everything with a mnemonic that is visible in `window` now."""
    texts: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        texts += [(a.text(), "menu bar") for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            texts.append((widget.text(), _where(widget)))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append((widget.text(), _where(widget)))
        elif isinstance(widget, QGroupBox):
            texts.append((widget.title(), _where(widget)))
        elif isinstance(widget, QTabBar):
            texts += [(widget.tabText(i), _where(widget)) for i in range(widget.count())
                      if widget.isTabVisible(i)]
    return texts


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts sharing it, for every letter used more than once in `window`."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, where in _texts(window):
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{text!r} ({where})")
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Menu title -> its clashes, for every menu of `window` (sub-menus included)."""
    found: dict[str, dict[str, list[str]]] = {}
    for menu in window.findChildren(QMenu):
        by_letter: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            if letter:
                by_letter[letter].append(action.text())
        bad = {k: v for k, v in by_letter.items() if len(v) > 1}
        if bad:
            found[menu.title()] = bad
    return found


def literal_ampersands(window: QWidget) -> list[str]:
    """Plain-text labels that show an `&` meant as a mnemonic (no buddy to give it to)."""
    return [f"{w.text()!r} ({_where(w)})" for w in window.findChildren(QLabel)
            if w.window() is window and w.isVisible() and w.buddy() is None
            and w.textFormat() is not Qt.TextFormat.RichText and not GuiQt.mightBeRichText(w.text())
            and mnemonic(w.text())]


def mnemonic_problems(window: QWidget) -> dict[str, object]:
    """Empty when `window` has no clash (its own widgets and each of its menus) and no label
    showing a literal mnemonic ampersand."""
    problems: dict[str, object] = {}
    if found := clashes(window):
        problems["window"] = found
    if found := menu_clashes(window):
        problems["menus"] = found
    if found := literal_ampersands(window):
        problems["literal &"] = found
    return problems
