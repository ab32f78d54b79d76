"""Times of sync events as people read them: "29 Nov 2026 13:45" and "3 hari yang lalu".

The journal and the bundles store ISO 8601 times (UTC with an offset, or naive meaning UTC);
they are shown in this computer's local time, in the window's locale.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def parse_iso(text: str | None) -> dt.datetime | None:
    """An aware datetime from an ISO string (naive = UTC), None when empty or unreadable."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def when_text(text: str | None) -> str:
    """The local date and time of an ISO time ("" when unknown; the text itself if unreadable)."""
    value = parse_iso(text)
    if value is None:
        return str(text or "")
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def ago_text(text: str | None, now: dt.datetime | None = None) -> str:
    """How long ago an ISO time was, in whole units ("2 hours ago"); "" when unknown."""
    value = parse_iso(text)
    if value is None:
        return ""
    now = now or dt.datetime.now(dt.timezone.utc)
    seconds = max(0, int((now - value).total_seconds()))

    # (no floor-division operator here: lupdate's Python reader takes it for a comment)
    minutes, hours, days = int(seconds / 60), int(seconds / 3600), int(seconds / 86400)
    if seconds < 60:
        return QCoreApplication.translate("when_text", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("when_text", "%n minute(s) ago", "", minutes)
    if seconds < 86400:
        return QCoreApplication.translate("when_text", "%n hour(s) ago", "", hours)
    return QCoreApplication.translate("when_text", "%n day(s) ago", "", days)


def days_since(text: str | None, now: dt.datetime | None = None) -> int | None:
    value = parse_iso(text)
    if value is None:
        return None
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0, (now - value).days)
