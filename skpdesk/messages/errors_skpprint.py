"""Error sentences of the printed SKP's fidelity, combined PDFs (bookmarks, duplex) (issue 13).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text  # noqa: F401

SKPPRINT: dict[ErrorCode, Msg] = {
}
