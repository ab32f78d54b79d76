"""Domain values as plain JSON objects for `--json` output (stable keys, English names)."""

from __future__ import annotations

from typing import Any

from skpdesk.domain.identifiers import format_nip
from skpdesk.domain.journal import JournalEntry
from skpdesk.domain.people import Pegawai
from skpdesk.domain.ranks import rank_for_code
from skpdesk.domain.skp import Indicator, LampiranSection, Rhk, Skp


def pegawai_json(p: Pegawai) -> dict[str, Any]:
    rank = rank_for_code(p.rank_code, p.asn_type.value)
    return {
        "id": p.id,
        "nip": p.nip,
        "name": p.name,
        "full_name": p.full_name,
        "front_title": p.front_title,
        "back_title": p.back_title,
        "asn_type": p.asn_type.value,
        "rank": p.rank_code,
        "rank_label": rank.label if rank else None,
        "position": p.position,
        "position_kind": p.position_kind.value,
        "jenjang": p.jenjang,
        "unit": p.unit_path,
        "supervisor_id": p.supervisor_id,
        "supervisor_nip": p.supervisor_nip,
        "supervisor_name": p.supervisor_name,
        "appraiser_override_id": p.appraiser_override_id,
        "employment_status": p.employment_status.value,
        "status_since": p.status_since.isoformat() if p.status_since else None,
    }


def indicator_json(i: Indicator) -> dict[str, Any]:
    return {"id": i.id, "rhk_id": i.rhk_id, "position": i.position,
            "aspect": i.aspect.value if i.aspect else None, "text": i.text,
            "target_value": i.target_value, "target_unit": i.target_unit, "target": i.target}


def rhk_json(r: Rhk) -> dict[str, Any]:
    return {
        "id": r.id,
        "kind": r.kind.value,
        "position": r.position,
        "text": r.text,
        "parent_rhk_id": r.parent_rhk_id,
        "parent_rhk_text": r.parent_rhk_text,
        "perspective": r.perspective.value if r.perspective else None,
        "assignment_from": r.assignment_from,
        "indicators": [indicator_json(i) for i in r.indicators],
    }


def skp_json(skp: Skp, pegawai: Pegawai) -> dict[str, Any]:
    return {
        "id": skp.id,
        "pegawai_id": skp.pegawai_id,
        "nip": pegawai.nip,
        "name": pegawai.name,
        "full_name": pegawai.full_name,
        "year": skp.year,
        "period_start": skp.period_start.isoformat(),
        "period_end": skp.period_end.isoformat(),
        "approach": skp.approach.value,
        "form": skp.form.value,
        "position": skp.position,
        "unit": skp.unit_path,
        "appraiser_id": skp.appraiser_id,
        "status": skp.status.value,
        "status_note": skp.status_note,
        "revision": skp.revision,
        "updated_at": skp.updated_at,
        "rhk": [rhk_json(r) for r in skp.rhk],
        "behaviours": [{"id": b.id, "number": b.core_value.number, "value": b.core_value.name,
                        "guides": list(b.core_value.guides), "expectation": b.expectation}
                       for b in sorted(skp.behaviours, key=lambda b: b.core_value.number)],
        "lampiran": {section.value: [i.text for i in skp.lampiran_of(section)]
                     for section in LampiranSection},
        # The same items with their ids, for `skp lampiran remove`.
        "lampiran_items": [{"id": i.id, "section": i.section.value, "position": i.position,
                            "text": i.text} for i in skp.lampiran],
    }


def journal_json(e: JournalEntry) -> dict[str, Any]:
    return {"id": e.id, "at": e.at, "actor": e.actor, "device_id": e.device_id, "seq": e.seq,
            "hlc": e.hlc, "entity": e.entity, "entity_id": e.entity_id, "op": e.op,
            "fields": e.fields, "person": e.person}


def nip_text(nip: str | None) -> str:
    return format_nip(nip) if nip else "-"
