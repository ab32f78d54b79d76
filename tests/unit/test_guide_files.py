"""The user guide (docs/panduan/): every screenshot it shows exists, every link between its pages
resolves, every page is reachable from the index, and the package ships all of it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "panduan"
INDEX = GUIDE / "README.md"
# [text](target) and ![alt](target), without a title part; <img src="..."> as well
LINK = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
IMG_TAG = re.compile(r"<img\s[^>]*src=\"([^\"]+)\"", re.IGNORECASE)
FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def links(page: Path) -> list[tuple[bool, str]]:
    """(is_image, target) of every link of a page, code blocks left out."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    found = [(bang == "!", target) for bang, target in LINK.findall(text)]
    found += [(True, target) for target in IMG_TAG.findall(text)]
    return found


def local(target: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE)


def anchors(page: Path) -> set[str]:
    """GitHub-style anchors of a page's headings."""
    result = set()
    for line in FENCE.sub("", page.read_text(encoding="utf-8")).splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            result.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return result


def test_the_guide_has_an_index_and_pages():
    assert INDEX.is_file()
    assert INDEX.read_text(encoding="utf-8").startswith("# Panduan SKP Desk\n")
    assert len(pages()) >= 8
    for page in pages():
        assert page.read_text(encoding="utf-8").startswith("# "), page.name


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_every_image_the_guide_shows_exists(page):
    images = [t for is_image, t in links(page) if is_image]
    for target in images:
        assert local(target), f"{page.name}: {target} is not a file of the guide"
        path = (page.parent / unquote(target)).resolve()
        assert path.is_file(), f"{page.name}: missing image {target}"
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{page.name}: {target} is no PNG"
        assert path.is_relative_to(GUIDE), f"{page.name}: {target} is outside docs/panduan"


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_every_link_between_pages_resolves(page):
    for is_image, target in links(page):
        if is_image or not local(target):
            continue
        name, _, fragment = target.partition("#")
        path = (page.parent / unquote(name)).resolve() if name else page
        assert path.exists(), f"{page.name}: link to missing {target}"
        if fragment and path.suffix == ".md":
            assert fragment in anchors(path), f"{page.name}: no heading #{fragment} in {name}"


def test_every_page_and_every_screenshot_is_used():
    linked_pages = {(GUIDE / t.partition("#")[0]).resolve() for is_image, t in links(INDEX)
                    if not is_image and local(t) and t.endswith(".md")}
    assert set(pages()) - {INDEX} <= linked_pages, "a page is missing from the index's contents"
    shown = {(page.parent / unquote(t)).resolve() for page in pages()
             for is_image, t in links(page) if is_image}
    unused = sorted(p.name for p in (GUIDE / "images").glob("*.png") if p.resolve() not in shown)
    assert not unused, f"screenshots no page shows: {unused}"


def test_the_readme_screenshot_exists():
    readme = ROOT / "README.md"
    for is_image, target in links(readme):
        if is_image and local(target):
            assert (ROOT / target).is_file(), target


def test_the_package_ships_the_guide(tmp_path):
    """Build the package's files (setuptools' build_py, as a wheel build does) from a copy of the
    sources and find every guide file in skpdesk/panduan/, where the window looks first."""
    source = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    source.mkdir()
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "skpdesk", source / "skpdesk", ignore=ignore)
    shutil.copytree(GUIDE, source / "docs" / "panduan", ignore=ignore)
    build = tmp_path / "build"
    result = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib",
                             str(build)], cwd=source, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    shipped = build / "skpdesk" / "panduan"
    expected = sorted(p.relative_to(GUIDE) for p in GUIDE.rglob("*")
                      if p.is_file() and p.suffix in (".md", ".png"))
    assert expected and sorted(p.relative_to(shipped) for p in shipped.rglob("*")
                               if p.is_file()) == expected
    assert (build / "skpdesk" / "ui" / "shell" / "help_window.py").is_file()



def test_every_screenshot_is_made_by_the_screenshot_script():
    """One command regenerates them all: each PNG of the guide is a shot of scripts/screenshot.py
    (the script is loaded without running it: Qt is imported only when it takes shots)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("screenshot_script",
                                                  ROOT / "scripts" / "screenshot.py")
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script  # its dataclasses look their module up there
    try:
        spec.loader.exec_module(script)
    finally:
        del sys.modules[spec.name]
    assert script.GUIDE_IMAGES == GUIDE / "images"
    assert script.DEFAULT_OUT == ROOT / "docs" / "images" / "main-window.png"
    images = sorted(p.stem for p in (GUIDE / "images").glob("*.png"))
    assert images == sorted(script.SHOTS)
