"""The layering rule: only ui/app import PySide6, only storage SQLAlchemy, only reports ReportLab."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold():
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_runs_without_qt_or_reportlab_loaded():
    code = ("import sys, skpdesk.services.context, skpdesk.cli, skpdesk.domain.cascade;"
            "bad = [m for m in ('PySide6', 'reportlab') if m in sys.modules];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_uses_only_the_standard_library():
    code = ("import sys, pkgutil, importlib, skpdesk.domain as d;"
            "[importlib.import_module('skpdesk.domain.' + m.name) for m in pkgutil.iter_modules(d.__path__)];"
            "bad = [m for m in ('sqlalchemy', 'alembic', 'PySide6', 'reportlab', 'openpyxl') if m in sys.modules];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
