"""What kind of file a bukti dukung is, read from its content (magic bytes), never from its name.

A scanner, a phone or a shared folder may hand over anything; the name alone would let an
`.exe` renamed `laporan.pdf` into the store. So the content decides (`recognise`), and the
name may only disagree with it where that does not matter: a JPEG named `.png` is still an
image and is stored as `.jpg`. A name whose extension is not one of the accepted types
(`foto.pdf.exe`, `data.txt` holding a PDF, an OLE `.msi`) is refused.

- PDF: "%PDF-" within the first KiB (as readers accept it);
- JPEG: FF D8 FF; PNG: its 8-byte signature;
- OLE2 (D0 CF 11 E0 ...): .doc/.xls/.ppt; OLE itself cannot say which without parsing its
  directory, so the name's extension chooses, and an OLE file without one of those is refused;
- zip: Office Open XML by its members ([Content_Types].xml with word/, xl/ or ppt/), and
  OpenDocument by its first member `mimetype`, which the format stores uncompressed at the
  start of the file so its value is in the head.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import PurePath

from skpdesk.domain.evidence import FILE_TYPES

HEAD_BYTES = 4096  # enough for every signature above, the ODF `mimetype` member included

_PNG = b"\x89PNG\r\n\x1a\n"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_ODF = {b"application/vnd.oasis.opendocument.text": "odt",
        b"application/vnd.oasis.opendocument.spreadsheet": "ods",
        b"application/vnd.oasis.opendocument.presentation": "odp"}
_OOXML = (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx"))

# Extensions a name may carry for each type (lower case, with the dot).
EXTENSIONS: dict[str, tuple[str, ...]] = {name: (ext,) for name, (_mime, ext) in FILE_TYPES.items()}
EXTENSIONS["jpeg"] = (".jpg", ".jpeg", ".jpe", ".jfif")
# Which names may hold which content without mattering: the same family of documents.
_FAMILY = {"pdf": "pdf", "jpeg": "image", "png": "image",
           "docx": "office", "xlsx": "office", "pptx": "office", "doc": "office",
           "xls": "office", "ppt": "office", "odt": "office", "ods": "office", "odp": "office"}
_BY_EXTENSION = {ext: name for name, exts in EXTENSIONS.items() for ext in exts}
TYPE_LABELS = {"pdf": "PDF", "jpeg": "JPEG", "png": "PNG", "docx": "Word", "doc": "Word",
               "xlsx": "Excel", "xls": "Excel", "pptx": "PowerPoint", "ppt": "PowerPoint",
               "odt": "OpenDocument", "ods": "OpenDocument", "odp": "OpenDocument"}


def needs_zip_names(head: bytes) -> bool:
    return head.startswith(_ZIP)


def zip_member_names(path_or_file) -> set[str] | None:
    """The member names of a zip (a path or a binary file object); None when it is no zip."""
    try:
        with zipfile.ZipFile(path_or_file) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def recognise(head: bytes, zip_names: set[str] | None, name: str = "") -> str | None:
    """The FILE_TYPES key of a content, or None when it is none of the accepted types.

    `head`: the first HEAD_BYTES of the file; `zip_names`: its member names when it is a zip
    (`zip_member_names`); `name`: the original file name (only used to tell OLE kinds apart).
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(_PNG):
        return "png"
    if head.startswith(_OLE):
        kind = _BY_EXTENSION.get(extension_of(name))
        return kind if kind in ("doc", "xls", "ppt") else None
    if head.startswith(_ZIP):
        return _zip_kind(head, zip_names)
    return None


def _zip_kind(head: bytes, names: set[str] | None) -> str | None:
    # ODF: local header (30 bytes) + "mimetype" + its stored value.
    if head[30:38] == b"mimetype":
        for mime, kind in _ODF.items():
            if head[38:38 + len(mime)] == mime:
                return kind
        return None
    if not names or "[Content_Types].xml" not in names:
        return None
    for prefix, kind in _OOXML:
        if any(n.startswith(prefix) for n in names):
            return kind
    return None


_SUFFIX = re.compile(r"^\.[a-z0-9]{1,5}$")


def extension_of(name: str) -> str:
    """".pdf" of "Laporan.PDF"; "" when the name has none ("Laporan Jan. 2026" has none)."""
    suffix = PurePath(name or "").suffix.lower()
    return suffix if _SUFFIX.match(suffix) else ""


def name_conflict(kind: str, name: str) -> bool:
    """Whether `name`'s extension says something other than content `kind` in a way that
    matters: an extension that is no accepted type, or one of another family (a PDF named
    `.docx`). No extension at all (a pasted screenshot, a scanner's "scan0001") is fine."""
    ext = extension_of(name)
    if not ext:
        return False
    claimed = _BY_EXTENSION.get(ext)
    if claimed is None:
        return True
    return _FAMILY[claimed] != _FAMILY[kind]
