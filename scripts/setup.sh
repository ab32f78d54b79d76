#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine (Python 3.11+) for SKP Desk: Qt's system libraries,
# a virtual environment in .venv and the package with its test extras. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v python3 >/dev/null || need_apt+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3-venv)
# Libraries Qt loads even when it draws offscreen (libEGL, libxkbcommon, fontconfig, GL, dbus).
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libGL.so.1 libdbus-1.so.3; do
  if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then
    case "$lib" in
      libEGL.so.1) need_apt+=(libegl1) ;;
      libxkbcommon.so.0) need_apt+=(libxkbcommon0) ;;
      libfontconfig.so.1) need_apt+=(libfontconfig1) ;;
      libGL.so.1) need_apt+=(libgl1) ;;
      libdbus-1.so.3) need_apt+=(libdbus-1-3) ;;
    esac
  fi
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing system packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.skpdesk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  touch "$stamp"
fi
# The GUI's translations: build the .qm files next to the committed .ts files (not committed).
.venv/bin/pyside6-lrelease -silent resources/translations/*.ts
