"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from skpdesk.services.context import Services


def kepala_dinas(services: Services):
    """The head of the demo office (a supervisor with direct reports)."""
    [head] = [p for p in services.staff.list() if p.position.startswith("Kepala Dinas")]
    return head
