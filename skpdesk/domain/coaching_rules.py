"""Rules of umpan balik berkelanjutan and bimbingan kinerja that need no database (stdlib only).

- the B.1.8 response scale (office setting `coaching.b18_scale`): 2..7 distinct, non-empty labels
  separated by ";", best first; an answer is a label or its number (1 = the first label);
- the dialog cadence (office setting `dialog.cadence_days`): a whole number of days 7..366;
- B.1.9 items: a name, a value 1..5 and the reason for it;
"""

from __future__ import annotations

from .dialog import (COMPETENCY_MAX, COMPETENCY_MIN, DEFAULT_AGREEMENT_SCALE,
                     DEFAULT_DIALOG_CADENCE_DAYS, CompetencyItem)
from .errors import DomainError, ErrorCode

SCALE_SEPARATOR = ";"
SCALE_MIN_LABELS, SCALE_MAX_LABELS = 2, 7
SCALE_LABEL_MAX_LEN = 40
CADENCE_MIN_DAYS, CADENCE_MAX_DAYS = 7, 366
COMPETENCY_NAME_MAX_LEN = 200
COMPETENCY_REASON_MAX_LEN = 2000
MAX_COMPETENCY_ITEMS = 30
COMMENT_MAX_LEN = 1000
FEEDBACK_TEXT_MAX_LEN = 4000


def checked_scale(text: str, field: str = "skala_b18") -> tuple[str, ...]:
    """The labels of a scale setting, or the DomainError naming the broken rule."""
    labels = [" ".join(part.split()) for part in (text or "").split(SCALE_SEPARATOR)]
    if any(not label for label in labels):
        raise DomainError(ErrorCode.COACHING_SCALE_INVALID, field=field, value=text or "",
                          reason="empty_label")
    if not SCALE_MIN_LABELS <= len(labels) <= SCALE_MAX_LABELS:
        raise DomainError(ErrorCode.COACHING_SCALE_INVALID, field=field, value=text or "",
                          reason="count", count=len(labels), min=SCALE_MIN_LABELS,
                          max=SCALE_MAX_LABELS)
    folded = [label.casefold() for label in labels]
    if len(set(folded)) != len(folded):
        twice = next(label for i, label in enumerate(labels) if folded[i] in folded[:i])
        raise DomainError(ErrorCode.COACHING_SCALE_INVALID, field=field, value=text or "",
                          reason="duplicate", label=twice)
    long = next((label for label in labels if len(label) > SCALE_LABEL_MAX_LEN), None)
    if long is not None:
        raise DomainError(ErrorCode.COACHING_SCALE_INVALID, field=field, value=text or "",
                          reason="too_long", label=long, max=SCALE_LABEL_MAX_LEN)
    return tuple(labels)


def scale_text(labels) -> str:
    """The setting's stored form of a scale: labels joined by ";"."""
    return SCALE_SEPARATOR.join(labels)


def scale_or_default(text: str | None) -> tuple[str, ...]:
    """The scale of a stored setting; a value that breaks the rules (written by an older
    version or arriving by sync) falls back to the default rather than stopping the forms."""
    try:
        return checked_scale(text or "")
    except DomainError:
        return DEFAULT_AGREEMENT_SCALE


def checked_cadence(text, field: str = "siklus_dialog") -> int:
    raw = str(text if text is not None else "").strip()
    try:
        days = int(raw)
    except ValueError:
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=field, value=raw,
                          min=CADENCE_MIN_DAYS, max=CADENCE_MAX_DAYS) from None
    if not CADENCE_MIN_DAYS <= days <= CADENCE_MAX_DAYS:
        raise DomainError(ErrorCode.FIELD_INVALID_NUMBER, field=field, value=raw,
                          min=CADENCE_MIN_DAYS, max=CADENCE_MAX_DAYS)
    return days


def cadence_or_default(text: str | None) -> int:
    try:
        return checked_cadence(text)
    except DomainError:
        return DEFAULT_DIALOG_CADENCE_DAYS


def response_label(value, scale: tuple[str, ...], number: int) -> str:
    """The label of one B.1.8 answer given as its number on the scale (1 = the first label)
    or as the label itself (any case); `number` is the statement (1..9) for the message."""
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, int):
        index = value
    else:
        raw = " ".join(str(value or "").split())
        if not raw:
            raise DomainError(ErrorCode.COACHING_ANSWER_INVALID, field="jawaban", number=number,
                              value=raw, allowed=_allowed(scale))
        if raw.isdigit():
            index = int(raw)
        else:
            found = next((label for label in scale if label.casefold() == raw.casefold()), None)
            if found is None:
                raise DomainError(ErrorCode.COACHING_ANSWER_INVALID, field="jawaban",
                                  number=number, value=raw, allowed=_allowed(scale))
            return found
    if not 1 <= index <= len(scale):
        raise DomainError(ErrorCode.COACHING_ANSWER_INVALID, field="jawaban", number=number,
                          value=str(value), allowed=_allowed(scale))
    return scale[index - 1]


def _allowed(scale: tuple[str, ...]) -> list[str]:
    return [f"{i} = {label}" for i, label in enumerate(scale, start=1)]


def checked_competency(item: CompetencyItem, number: int) -> CompetencyItem:
    """One B.1.9 row with its name and reason trimmed, or the DomainError naming the rule
    (`number` is the row, for the message)."""
    name = " ".join((item.name or "").split())
    reason = (item.reason or "").strip()
    if not name:
        raise DomainError(ErrorCode.COACHING_COMPETENCY_INVALID, field="kompetensi",
                          number=number, reason="name_required")
    if len(name) > COMPETENCY_NAME_MAX_LEN:
        raise DomainError(ErrorCode.FIELD_TOO_LONG, field="kompetensi",
                          max=COMPETENCY_NAME_MAX_LEN, length=len(name))
    value = item.value
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or \
            not COMPETENCY_MIN <= value <= COMPETENCY_MAX:
        raise DomainError(ErrorCode.COACHING_COMPETENCY_INVALID, field="nilai_kompetensi",
                          number=number, name=name, value=str(item.value),
                          reason="value", min=COMPETENCY_MIN, max=COMPETENCY_MAX)
    if not reason:
        raise DomainError(ErrorCode.COACHING_COMPETENCY_INVALID, field="alasan_nilai",
                          number=number, name=name, reason="reason_required")
    if len(reason) > COMPETENCY_REASON_MAX_LEN:
        raise DomainError(ErrorCode.FIELD_TOO_LONG, field="alasan_nilai",
                          max=COMPETENCY_REASON_MAX_LEN, length=len(reason))
    return CompetencyItem(name, value, reason)

