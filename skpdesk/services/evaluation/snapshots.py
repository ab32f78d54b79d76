"""Person snapshots of an evaluation (issue 12): the pegawai, the pejabat penilai and the atasan
pejabat penilai as they were when the evaluation was written.

Names, ranks, positions and units change (a promotion, a move, a new supervisor); a ditetapkan
evaluation must keep showing and printing who it was about and who signed it then. The draft's
snapshot is refreshed on every write and one last time when it is ditetapkan, then frozen.
The texts are the printed form's: titled name, NIP grouped as printed, pangkat "Penata Muda
(III/a)" (`domain.ranks` label, as `skp_document.person_block`), jabatan with its jenjang, unit
path "A / B".
"""

from __future__ import annotations

from skpdesk.domain.evaluation import PersonSnapshot
from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.people import Pegawai, position_with_jenjang, unit_path_text
from skpdesk.domain.ranks import rank_for_code


def snapshot_of(pegawai: Pegawai) -> PersonSnapshot:
    rank = rank_for_code(pegawai.rank_code, pegawai.asn_type.value)
    return PersonSnapshot(
        id=pegawai.id, name=pegawai.full_name, nip=format_nip(pegawai.nip or ""),
        pangkat=rank.label if rank else "",
        jabatan=position_with_jenjang(pegawai.position or "", pegawai.jenjang),
        unit=unit_path_text(pegawai.unit_path), jenjang=pegawai.jenjang or "",
        position_kind=pegawai.position_kind.value if pegawai.position_kind else "")


def person_snapshot(uow, pegawai_id: str | None) -> PersonSnapshot | None:
    """The snapshot of the pegawai `pegawai_id` now, None for nobody (or an unknown id)."""
    pegawai = uow.people.get(pegawai_id) if pegawai_id else None
    return snapshot_of(pegawai) if pegawai is not None else None
