"""Packaging beyond pyproject.toml: the user guide's folder is a package of the distribution.

The guide is edited where people read it, in docs/panduan/ (markdown and screenshots), and the
window shows the same files (F1, skpdesk/ui/shell/help_window.py). pyproject.toml cannot map a
package to a folder outside the package tree while discovering the others, so this file does:
docs/panduan/ is installed as skpdesk/panduan/ (its files are listed as package data in
pyproject.toml). Everything else stays in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

GUIDE_PACKAGE = "skpdesk.panduan"

setup(packages=[*find_namespace_packages(include=["skpdesk*"]), GUIDE_PACKAGE],
      package_dir={GUIDE_PACKAGE: "docs/panduan"})
