"""Error sentences of keberatan and angka kredit (issue 12, `services.evaluation.keberatan`,
`services.evaluation.angka_kredit`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

KEBERATAN: dict[ErrorCode, Msg] = {
    ErrorCode.KEBERATAN_NOT_FOUND: Msg(
        Text(id="{field}: keberatan \"{value}\" tidak ditemukan.",
             en="{field}: objection \"{value}\" was not found."),
        Text(id="{field}: keberatan tidak ditemukan.", en="{field}: objection not found.")),
}
