"""Error sentences of the full-text search (issue 10, `services.search`).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
Params: `field` ("teks"), `min` (letters a query needs), `max` (most words / characters),
`length` (what was typed).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

SEARCH: dict[ErrorCode, Msg] = {
    ErrorCode.SEARCH_QUERY_TOO_SHORT: Msg(
        Text(id="Kata yang dicari terlalu pendek: ketik paling sedikit satu kata dengan {min} "
                "huruf atau angka atau lebih (kata yang lebih pendek diabaikan).",
             en="The search text is too short: type at least one word of {min} or more letters "
                "or digits (shorter words are ignored)."),
        Text(id="Kata yang dicari terlalu pendek ({field}).",
             en="The search text is too short ({field}).")),
    ErrorCode.SEARCH_QUERY_TOO_LONG: Msg(
        Text(id="Kata yang dicari terlalu panjang: paling banyak {max} kata atau 200 karakter "
                "(tertulis {length}).",
             en="The search text is too long: at most {max} words or 200 characters "
                "({length} typed)."),
        Text(id="Kata yang dicari terlalu panjang ({field}).",
             en="The search text is too long ({field}).")),
}
