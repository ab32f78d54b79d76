"""Error sentences of DOKUMEN EVALUASI and Format Penetapan Predikat Kinerja (issue 13).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text  # noqa: F401

EVALDOC: dict[ErrorCode, Msg] = {
}
