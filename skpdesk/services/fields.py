"""Checks of raw field values shared by services: each failure names the field and the rule."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TypeVar

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.text_rules import check_text_chars

E = TypeVar("E", bound=enum.Enum)


def text(value: str | None, field: str, *, max_len: int, required: bool = True) -> str:
    check_text_chars(value, field)  # before collapsing: the position counts in what was typed
    cleaned = " ".join((value or "").split()) if max_len <= 300 else (value or "").strip()
    if required and not cleaned:
        raise DomainError(ErrorCode.FIELD_REQUIRED, field=field)
    if len(cleaned) > max_len:
        raise DomainError(ErrorCode.FIELD_TOO_LONG, field=field, max=max_len, length=len(cleaned))
    return cleaned


def choice(value, enum_cls: type[E], field: str, *, required: bool = True) -> E | None:
    if isinstance(value, enum_cls):
        return value
    raw = (value or "").strip() if isinstance(value, str) or value is None else value
    if raw in ("", None):
        if required:
            raise DomainError(ErrorCode.FIELD_REQUIRED, field=field)
        return None
    for member in enum_cls:
        if str(raw).lower() in (str(member.value).lower(), member.name.lower()):
            return member
    raise DomainError(ErrorCode.FIELD_INVALID_CHOICE, field=field, value=str(raw),
                      allowed=[m.value for m in enum_cls])


def date(value: str | dt.date, field: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise DomainError(ErrorCode.FIELD_INVALID_DATE, field=field, value=str(value)) from None


def year(value, field: str = "year") -> int:
    try:
        y = int(value)
    except (TypeError, ValueError):
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=field, value=str(value)) from None
    if not 2000 <= y <= 2100:
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=field, value=str(value), min=2000, max=2100)
    return y
