"""Operations (journal entries) in wire form: `ops.jsonl` encoding, decoding and checks.

Wire form (design §1): one JSON object per line with the journal's columns; the text fields
(`fields`, `base`, `ctx`, `vv`, `person`) travel as the exact stored strings, so every entry's own hash
(`domain.journal_chain.entry_hash`) verifies on the receiver. Lines are sorted by
(device_id, seq); consecutive entries of one device must also link (`prev_hash` = the previous
entry's `hash`), so a bundle cannot splice in an entry whose hash was recomputed alone.
"""

from __future__ import annotations

import json
from typing import Any

from skpdesk.domain.journal_chain import entry_hash
from skpdesk.services.progress import CancelToken

REQUIRED = ("id", "device_id", "seq", "hlc", "actor", "entity", "entity_id", "op", "fields", "at",
            "prev_hash", "hash")
OPTIONAL = ("base", "ctx", "vv", "person")  # person (who was acting): written only when set
OPS = ("insert", "update", "delete", "resolve")


class BadOperation(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


def own_hash(op: dict[str, Any]) -> str:
    content = {k: op[k] for k in REQUIRED if k not in ("prev_hash", "hash")}
    for key in OPTIONAL:  # hashed only when set, so pre-sync entries verify
        content[key] = op.get(key)
    return entry_hash(op["prev_hash"], **content)


def encode_ops(ops: list[dict], *, cancel: CancelToken | None = None) -> bytes:
    lines = []
    for n, op in enumerate(ops):
        if cancel and n % 10_000 == 0:
            cancel.raise_if_cancelled()
        line = {k: op.get(k) for k in (*REQUIRED, *OPTIONAL)}
        if line["person"] is None:
            del line["person"]  # entries nobody signed travel exactly as before schema 0008
        lines.append(json.dumps(line, ensure_ascii=False, separators=(",", ":")))
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8", "surrogatepass")


_TEXT = ("id", "device_id", "hlc", "actor", "entity", "entity_id", "op", "fields", "at",
         "prev_hash", "hash")


def _check_shape(op: Any, line: int) -> dict:
    # The common case in one pass (100,000 operations are checked per large bundle); the slow
    # path below only runs to say what is wrong.
    if type(op) is dict and all(type(op.get(k)) is str for k in _TEXT) \
            and type(op.get("seq")) is int and op["seq"] >= 1 and op["op"] in OPS \
            and all(op.get(k) is None or type(op[k]) is str for k in OPTIONAL):
        return op
    if not isinstance(op, dict):
        raise BadOperation(line, "bukan objek")
    for key in REQUIRED:
        if key not in op:
            raise BadOperation(line, f"tanpa {key}")
    for key in _TEXT:
        if not isinstance(op[key], str):
            raise BadOperation(line, f"{key} bukan teks")
    if not isinstance(op["seq"], int) or isinstance(op["seq"], bool) or op["seq"] < 1:
        raise BadOperation(line, "seq tidak sah")
    if op["op"] not in OPS:
        raise BadOperation(line, f"op {op['op'][:20]!r} tidak dikenal")
    for key in OPTIONAL:
        if op.get(key) is not None and not isinstance(op[key], str):
            raise BadOperation(line, f"{key} bukan teks")
    return op  # pragma: no cover - the fast path accepts whatever gets here


def decode_ops(data: bytes, *, cancel: CancelToken | None = None) -> list[dict]:
    """The operations of an `ops.jsonl`, each checked: shape, own hash, order, chain links."""
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        raise BadOperation(0, "bukan UTF-8") from None
    ops: list[dict] = []
    previous: dict | None = None
    for line, raw in enumerate(text.splitlines(), start=1):
        if cancel and line % 10_000 == 0:
            cancel.raise_if_cancelled()
        if not raw:
            raise BadOperation(line, "baris kosong")
        try:
            op = _check_shape(json.loads(raw), line)
        except json.JSONDecodeError:
            raise BadOperation(line, "bukan JSON") from None
        if own_hash(op) != op["hash"]:
            raise BadOperation(line, "hash tidak cocok")
        if previous is not None:
            key, last = (op["device_id"], op["seq"]), (previous["device_id"], previous["seq"])
            if key <= last:
                raise BadOperation(line, "urutan (perangkat, seq) salah atau ganda")
            if key[0] == last[0] and key[1] == last[1] + 1 and op["prev_hash"] != previous["hash"]:
                raise BadOperation(line, "tidak tersambung ke perubahan sebelumnya")
        op.setdefault("person", None)  # left out on the wire when unset (encode_ops)
        ops.append(op)
        previous = op
    return ops
