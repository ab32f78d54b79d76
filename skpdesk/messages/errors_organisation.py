"""Error sentences of the predikat kinerja organisasi, the distribution check and the advisory
inputs (issue 12, `services.evaluation.organisation`, `distribution`, `advisory`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

ORGANISATION: dict[ErrorCode, Msg] = {
    ErrorCode.ORG_PREDIKAT_INVALID: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilih istimewa, baik, butuh-perbaikan, "
                "kurang atau sangat-kurang.",
             en="{field} \"{value}\" is not known; choose istimewa, baik, butuh-perbaikan, "
                "kurang or sangat-kurang."),
        Text(id="{field} bukan predikat kinerja organisasi.",
             en="{field} is not an organisation performance predicate.")),
}
