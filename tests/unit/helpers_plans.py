"""Shared steps of the issue 11 service tests (periods, rencana aksi, realisasi)."""

from __future__ import annotations

import pytest

from skpdesk.domain.errors import DomainError


def refused(services, code, call) -> DomainError:
    """Run `call`, which must fail with `code` and write nothing (the journal stays)."""
    before = services.journal.count()
    with pytest.raises(DomainError) as info:
        call()
    assert info.value.code is code, info.value.params
    assert services.journal.count() == before
    return info.value
