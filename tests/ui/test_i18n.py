"""Translations: every GUI string has a finished Indonesian translation that keeps its
placeholders; the built .qm files load; Qt's own buttons and menus speak Indonesian too; error
sentences (skpdesk.messages, not the .ts) follow the installed language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QTextEdit

import skpdesk.ui
from skpdesk.ui import i18n
from skpdesk.ui.resources import TRANSLATIONS_DIR

LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
UI_DIR = Path(skpdesk.ui.__file__).parent
CATALOGS = sorted(TRANSLATIONS_DIR.glob("*.ts"))
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[A-Za-z_][A-Za-z0-9_]*\}")


def messages(path: Path):
    """(context, source, comment) -> (numerus, translation element) of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = (message.get("numerus") == "yes", message.find("translation"))
    return found


def texts(translation: ET.Element) -> list[str]:
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(scope="module")
def source_strings(tmp_path_factory):
    """Every string the GUI code marks for translation, collected by lupdate itself."""
    out = tmp_path_factory.mktemp("lupdate") / "collected_id.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run([str(LUPDATE), "-locations", "none", "-silent", *sources, "-ts", str(out)],
                   check=True, capture_output=True)
    return messages(out)


def test_every_gui_string_has_a_finished_indonesian_translation(source_strings):
    assert len(source_strings) > 100
    committed = messages(TRANSLATIONS_DIR / "skpdesk_id.ts")
    problems = []
    for key, (numerus, _) in source_strings.items():
        if key not in committed:
            problems.append(("missing", key))
            continue
        committed_numerus, translation = committed[key]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((translation.get("type"), key))
        elif committed_numerus != numerus or not all(texts(translation)):
            problems.append(("empty", key))
    assert problems == [], "run scripts/update_translations.sh and translate: %s" % problems


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_mnemonics(catalog):
    for (context, source, _), (_, translation) in messages(catalog).items():
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        for text in texts(translation):
            assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source)), \
                (context, source, text)
            has_mnemonic = re.search(r"&[^&\s;]", source.replace("&&", "")) is not None
            if has_mnemonic and "&" in source:
                assert re.search(r"&[^&\s]", text.replace("&&", "")), (context, source, text)


def test_catalogs_are_indonesian_and_parse():
    names = {p.name for p in CATALOGS}
    assert {"skpdesk_id.ts", "qtbase_id.ts"} <= names
    for path in CATALOGS:
        assert ET.parse(path).getroot().get("language", "").startswith("id")


@pytest.mark.parametrize("catalog, context, source, expected", [
    ("skpdesk", "MainWindow", "&File", "&Berkas"),
    ("skpdesk", "BehaviourView", "Expectation for %1", "Ekspektasi untuk %1"),
    ("qtbase", "QPlatformTheme", "Cancel", "Batal"),
])
def test_built_qm_files_load(catalog, context, source, expected):
    qm = i18n.catalog_path(catalog, "id")
    assert qm.is_file(), "scripts/setup.sh builds it (tests/ui/conftest.py too)"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate(context, source) == expected


def test_a_missing_qm_falls_back_to_the_ts(tmp_path, qapp):
    shutil.copy(TRANSLATIONS_DIR / "skpdesk_id.ts", tmp_path)
    translators = i18n.install_translators("id", app=qapp, folder=tmp_path)
    try:
        assert [type(t).__name__ for t in translators] == ["TsTranslator"]
        assert QCoreApplication.translate("MainWindow", "&File") == "&Berkas"
        assert QCoreApplication.translate(
            "TeamModel", "%n employee(s) in this unit and its sub-units", "", 3) == \
            "3 pegawai di unit ini dan sub-unitnya"
        assert QCoreApplication.translate("MainWindow", "not in the catalogue") == \
            "not in the catalogue"
    finally:
        for translator in i18n.install_translators("en", translators, app=qapp):
            qapp.removeTranslator(translator)  # English plurals: not left for the next tests


def test_indonesian_is_the_default_whatever_the_system_locale(tmp_path):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.configured_language(settings) == "id"
    settings.setValue("ui/language", "fr")
    assert i18n.configured_language(settings) == "id"
    i18n.set_configured_language(settings, "en")
    assert i18n.configured_language(settings) == "en"
    with pytest.raises(ValueError):
        i18n.set_configured_language(settings, "fr")


def test_qt_standard_buttons_and_menus_speak_indonesian(qtbot, language):
    language("id")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    texts_ = {buttons.button(b).text().replace("&", "") for b in (
        QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Close)}
    assert texts_ == {"OK", "Batal", "Simpan", "Tutup"}
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    for widget in (QLineEdit(), QTextEdit()):
        qtbot.addWidget(widget)
        widget.setPlainText("x") if isinstance(widget, QTextEdit) else widget.setText("x")
        menu = widget.createStandardContextMenu()
        labels = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        assert {"&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus",
                "Pilih Semua"} <= set(labels), labels
        menu.deleteLater()


def test_english_uses_the_source_strings(language):
    language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_error_sentences_are_not_in_the_qt_catalogue():
    """They live in skpdesk.messages (both languages); a copy in the .ts would drift."""
    contexts = {key[0] for key in messages(TRANSLATIONS_DIR / "skpdesk_id.ts")}
    assert not contexts & {"messages", "fields", "message_labels"}


def test_error_sentences_follow_the_installed_language(language):
    from skpdesk.domain.errors import DomainError, ErrorCode
    from skpdesk.ui.messages import error_text

    error = DomainError(ErrorCode.NIP_LENGTH, field="nip", length=17)
    language("id")
    assert error_text(error) == "NIP harus 18 digit (terisi 17 digit)."
    language("en")
    assert error_text(error) == "NIP must have 18 digits (17 entered)."
