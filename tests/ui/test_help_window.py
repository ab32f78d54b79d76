"""The guide inside the app: F1 and Bantuan > Panduan open it on its first page, with its
screenshots, its table of contents and search, following links between its pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument

from skpdesk.ui.shell import gui_app
from skpdesk.ui.shell.help_window import (INDEX_PAGE, HelpWindow, guide_dir, guide_pages,
                                          install_help, page_title)


def main_window(qtbot, services, settings, tasks, events):
    window = gui_app.make_main_window(services, settings, tasks=tasks, events=events,
                                      db_path=services.db.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_f1_opens_the_guide_on_its_first_heading(qtbot, demo, qsettings, tasks, events, language):
    language("id")
    window = main_window(qtbot, demo, qsettings, tasks, events)
    assert window.help_launcher.window is None  # built on first use, not at start-up
    qtbot.keyClick(window.team_panel.tree, Qt.Key.Key_F1)
    help_window = window.help_launcher.window
    assert help_window is not None and help_window.isVisible()
    root = guide_dir()
    assert help_window.current_page() == root / INDEX_PAGE
    heading = page_title(root / INDEX_PAGE)
    assert heading == "Panduan SKP Desk"
    assert help_window.browser.document().toPlainText().startswith(heading)
    assert help_window.windowTitle() == heading  # "Panduan SKP Desk"
    # the index page shows its screenshot: the image was loaded, not a broken-image box
    document = help_window.browser.document()
    images = [name for name in _image_names(document)]
    assert images
    for name in images:
        resource = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert resource is not None and not resource.isNull(), name
    # F1 again shows the same window; closing the main window closes it
    qtbot.keyClick(window.team_panel.tree, Qt.Key.Key_F1)
    assert window.help_launcher.window is help_window
    window.close()
    assert not help_window.isVisible()


def test_bantuan_menu_has_panduan_first_with_f1(qtbot, demo, qsettings, tasks, events, language):
    language("id")
    window = main_window(qtbot, demo, qsettings, tasks, events)
    first = window.help_menu.actions()[0]
    assert first is window.help_launcher.action
    assert first.text() == "&Panduan"
    assert first.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    first.trigger()
    assert window.help_launcher.window.isVisible()


def test_the_welcome_screen_has_f1_too(qtbot, tmp_path, qsettings, tasks, events):
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    db = Database(tmp_path / "kosong.sqlite")
    try:
        services = Services.build(db, "test")
        window = gui_app.make_start_window(services, qsettings, tasks=tasks, events=events)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert window.help_launcher.window.isVisible()
        window.close()
    finally:
        db.close()


def test_contents_list_every_page_and_links_move_between_pages(qtbot, qsettings):
    root = guide_dir()
    help_window = HelpWindow(root, qsettings)
    qtbot.addWidget(help_window)
    help_window.show()
    pages = guide_pages(root)
    assert help_window.visible_titles() == [p.title for p in pages]
    assert len(pages) > 5
    # a link of the index page to another page of the guide opens it in the window
    second = pages[1]
    help_window._follow(QUrl(second.path.name))
    assert help_window.current_page() == second.path
    assert help_window.contents.currentItem().text() == second.title
    qtbot.keyClick(help_window.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert help_window.current_page() == pages[0].path  # Alt+Left: back to the index
    assert help_window.contents.currentItem().text() == pages[0].title
    # choosing a page in the contents opens it
    help_window.contents.setCurrentRow(len(pages) - 1)
    assert help_window.current_page() == pages[-1].path


def test_a_link_outside_the_installed_guide_says_so(qtbot, tmp_path):
    (tmp_path / INDEX_PAGE).write_text("# Coba\n\n[jauh](../tidak-ada.md)\n", encoding="utf-8")
    help_window = HelpWindow(tmp_path)
    qtbot.addWidget(help_window)
    help_window.show()
    help_window._follow(QUrl("../tidak-ada.md"))
    assert help_window.current_page() == tmp_path / INDEX_PAGE
    assert help_window.note.isVisibleTo(help_window)
    assert "tidak-ada.md" in help_window.note.text()


def test_search_keeps_the_pages_that_hold_the_words(qtbot):
    root = guide_dir()
    help_window = HelpWindow(root)
    qtbot.addWidget(help_window)
    help_window.show()
    qtbot.keyClicks(help_window.search_edit, "Kaskade")
    titles = help_window.visible_titles()
    expected = [p.title for p in guide_pages(root) if "kaskade" in p.text().casefold()]
    assert titles == expected and 0 < len(titles) < len(guide_pages(root))
    assert help_window.browser.textCursor().selectedText().casefold() == "kaskade"
    help_window.search_edit.setText("kata-yang-tidak-ada-di-panduan")
    assert help_window.visible_titles() == []
    help_window.search_edit.clear()
    assert len(help_window.visible_titles()) == len(guide_pages(root))


def test_a_missing_guide_is_said_not_crashed(qtbot, tmp_path):
    help_window = HelpWindow(tmp_path / "tidak-ada")
    qtbot.addWidget(help_window)
    help_window.show()
    assert help_window.visible_titles() == []
    assert help_window.browser.document().toPlainText()


def test_install_help_without_a_menu_still_has_f1(qtbot):
    from PySide6.QtWidgets import QWidget
    widget = QWidget()
    qtbot.addWidget(widget)
    launcher = install_help(widget)
    assert launcher.action in widget.actions()


def _image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


def test_guide_dir_is_the_source_folder_in_a_checkout():
    root = guide_dir()
    assert root is not None
    assert root == Path(__file__).resolve().parents[2] / "docs" / "panduan"
