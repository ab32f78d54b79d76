#!/usr/bin/env bash
# Refresh the application catalogue resources/translations/skpdesk_id.ts from every tr() /
# QCoreApplication.translate() / QT_TRANSLATE_NOOP() call in skpdesk/ui, then build the .qm files.
# New source strings arrive with type="unfinished": write the Indonesian text and remove that
# attribute (or use .venv/bin/pyside6-linguist). tests/ui/test_i18n.py fails until every string
# has a finished translation that keeps its placeholders (%1, %n, {name}).
# qtbase_id.ts (Qt's own buttons and menus) is maintained by hand; lupdate does not touch it.
# Error sentences are not in the .ts: they are in skpdesk/messages (Indonesian and English).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find skpdesk/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate -locations none -no-obsolete -source-language en -target-language id \
  "${sources[@]}" -ts resources/translations/skpdesk_id.ts
.venv/bin/pyside6-lrelease -silent resources/translations/*.ts
