"""Error sentences of batch printing of the evaluation forms (issue 13).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text  # noqa: F401

EVALPRINT: dict[ErrorCode, Msg] = {
}
