"""Error sentences of periods, rencana aksi and realisasi (issue 11, `services.evidence.periods`
and `services.evidence.plans`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

PERIOD: dict[ErrorCode, Msg] = {
}
