"""Languages of the GUI: Bahasa Indonesia by default whatever the system locale, English on request.

Source strings in `skpdesk/ui` are English (`self.tr(...)`, `QCoreApplication.translate(ctx,
...)`). Indonesian comes from two committed catalogues in resources/translations/:

- `skpdesk_id.ts`: every string of the application (kept up to date with
  scripts/update_translations.sh, which runs pyside6-lupdate over skpdesk/ui);
- `qtbase_id.ts`: Qt's own standard texts (dialog buttons, message boxes, text-field context
  menus, file dialog), which Qt does not ship in Indonesian.

scripts/setup.sh (and the GUI tests) build the `.qm` files next to them with pyside6-lrelease;
the `.qm` files are not committed. Should a `.qm` be missing (a checkout that never ran the
set-up), the `.ts` is read directly so the program still speaks Indonesian.

The language is the QSettings value `ui/language` ("id" or "en"); it applies when the program
starts (the settings dialog says so). Error sentences are not in these catalogues: they come
from `skpdesk.messages` (both languages) in the language `current_language()` reports.

English needs no catalogue except for plurals: `EnglishPlurals` turns "%n employee(s)" into
"1 employee" / "40 employees". The domain's `*_LABELS` are the Indonesian words of the printed
form; `status_label`, `aspect_label`, `position_kind_label` and `date_text` give the window's
language instead (an English window showed "Diajukan", "Kuantitas", "1 Januari 2026").
Official terms (SKP, RHK, the lampiran headings, the JPT perspektif) stay as printed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QTranslator

from skpdesk.domain.dates import tanggal
from skpdesk.domain.people import PositionKind
from skpdesk.domain.skp import Aspect, SkpStatus

from .resources import TRANSLATIONS_DIR
from .ui_settings import KEY_LANGUAGE, read_str

log = logging.getLogger("skpdesk.ui.i18n")

DEFAULT_LANGUAGE = "id"
# code -> the language's name in that language (shown as is in the language chooser)
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
CATALOGS = ("skpdesk", "qtbase")  # resources/translations/<catalog>_<language>.ts
SOURCE_LANGUAGE = "en"  # the source strings need no catalogue
# The language installed last: error sentences (skpdesk.messages) follow it. Until the program
# installs one, the widgets show their English sources, and so do the errors.
_current_language = SOURCE_LANGUAGE


_ARG = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill Qt-style placeholders %1..%9 in one pass (QString.arg for Python strings).

    Use it on translated text: `arg(self.tr("Database: %1"), path)`. Never build the text
    with an f-string inside tr(), or lupdate cannot collect it.
    """
    def replace(match: re.Match) -> str:
        position = int(match.group(1)) - 1
        return str(values[position]) if position < len(values) else match.group(0)

    return _ARG.sub(replace, text)


def current_language() -> str:
    """The language the window runs in ("id" or "en"), as `install_translators` set it."""
    return _current_language


def configured_language(settings: QSettings) -> str:
    """The language chosen in the settings, or Indonesian."""
    value = read_str(settings, KEY_LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_configured_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings.setValue(KEY_LANGUAGE, language)
    settings.sync()


def catalog_path(catalog: str, language: str, suffix: str = ".qm",
                 folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{catalog}_{language}{suffix}"


class TsTranslator(QTranslator):
    """Translates from a `.ts` file read with ElementTree (the fallback when no `.qm` is built)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self._table: dict[tuple[str, str, str], str] = read_ts(path)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        found = self._table.get((str(context), str(source_text), disambiguation or ""))
        return found if found else None  # None: "not translated here", Qt keeps the source

    def isEmpty(self) -> bool:
        return not self._table


def read_ts(path: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) -> translation of every finished message (first plural form)."""
    table: dict[tuple[str, str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                   "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text:
                table[(name, message.findtext("source") or "", message.findtext("comment") or "")] = text
    return table


def load_catalog(catalog: str, language: str, folder: Path = TRANSLATIONS_DIR) -> QTranslator | None:
    """The translator of one catalogue: the built `.qm`, else the `.ts`, else None (logged)."""
    qm = catalog_path(catalog, language, ".qm", folder)
    ts = catalog_path(catalog, language, ".ts", folder)
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s", qm)
    if ts.is_file():
        log.info("%s is missing or older than %s; reading the .ts (run scripts/setup.sh)", qm.name,
                 ts.name)
        try:
            return TsTranslator(ts)
        except ET.ParseError:
            log.exception("broken translation file %s", ts)
            return None
    log.warning("no translation %s for language %s in %s", catalog, language, folder)
    return None


def install_translators(language: str, previous: list[QTranslator] | tuple = (),
                        app: QCoreApplication | None = None,
                        folder: Path = TRANSLATIONS_DIR) -> list[QTranslator]:
    """Replace the translators installed earlier (`previous`) with those of `language`.

    Returns the new translators; keep the list (a translator that is garbage-collected stops
    translating) and pass it back as `previous` on the next switch. Widgets built afterwards
    use the new language.
    """
    app = app or QCoreApplication.instance()
    for translator in previous:
        app.removeTranslator(translator)
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    global _current_language
    _current_language = language
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
                       if language == "id" else QLocale(QLocale.Language.English,
                                                        QLocale.Country.UnitedStates))
    installed: list[QTranslator] = []
    if language == SOURCE_LANGUAGE:
        plurals = EnglishPlurals()
        if app.installTranslator(plurals):
            installed.append(plurals)
        return installed
    for catalog in CATALOGS:
        translator = load_catalog(catalog, language, folder)
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    return installed


_PLURAL = re.compile(r"(\w)\((s|es)\)")


class EnglishPlurals(QTranslator):
    """The English of the numerus source strings: "%n employee(s)" with n = 1 reads "%n
    employee", otherwise "%n employees" (Qt fills %n after the translator answered)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if n is None or n < 0 or "(" not in str(source_text):
            return None  # not a plural: Qt keeps the source
        keep = 1 if n == 1 else 2
        return _PLURAL.sub(lambda m: "".join(m.group(i) for i in range(1, keep + 1)),
                           str(source_text))

    def isEmpty(self) -> bool:
        return False


def status_label(status: SkpStatus) -> str:
    """The SKP status in the window's language (Indonesian: as `STATUS_LABELS`)."""
    labels = {SkpStatus.DRAFT: QCoreApplication.translate("DomainLabels", "Draft"),
              SkpStatus.DIAJUKAN: QCoreApplication.translate("DomainLabels", "Submitted"),
              SkpStatus.DISETUJUI: QCoreApplication.translate("DomainLabels", "Approved")}
    return labels[SkpStatus(status)]


def aspect_label(aspect: Aspect) -> str:
    """The aspek of an indicator in the window's language (Indonesian: as `ASPECT_LABELS`)."""
    labels = {Aspect.KUANTITAS: QCoreApplication.translate("DomainLabels", "Quantity"),
              Aspect.KUALITAS: QCoreApplication.translate("DomainLabels", "Quality"),
              Aspect.WAKTU: QCoreApplication.translate("DomainLabels", "Time"),
              Aspect.BIAYA: QCoreApplication.translate("DomainLabels", "Cost")}
    return labels[Aspect(aspect)]


def position_kind_label(kind: PositionKind) -> str:
    """The jenis jabatan in the window's language (Indonesian: as `POSITION_KIND_LABELS`)."""
    labels = {
        PositionKind.JPT: QCoreApplication.translate("DomainLabels", "Senior executive (JPT)"),
        PositionKind.ADMINISTRATOR: QCoreApplication.translate("DomainLabels", "Administrator"),
        PositionKind.PENGAWAS: QCoreApplication.translate("DomainLabels", "Supervisory (pengawas)"),
        PositionKind.PELAKSANA: QCoreApplication.translate("DomainLabels", "Staff (pelaksana)"),
        PositionKind.FUNGSIONAL: QCoreApplication.translate("DomainLabels", "Functional"),
    }
    return labels[PositionKind(kind)]


def date_text(day: dt.date) -> str:
    """"1 Januari 2026" in Indonesian (as printed), "1 January 2026" in English."""
    if _current_language == "id":
        return tanggal(day)
    return QLocale(QLocale.Language.English).toString(QDate(day.year, day.month, day.day),
                                                      "d MMMM yyyy")
