"""JSON shapes (`--json`) of umpan balik, B.1.8 and B.1.9: English snake_case keys, ISO dates."""

from __future__ import annotations

from typing import Any

from skpdesk.domain.dialog import (CoachingFeedback, CompetencyEvaluation, Feedback, PersonRef,
                                   period_label)


def person_json(p: PersonRef | None, *, role: bool = False) -> dict[str, Any] | None:
    if p is None:
        return None
    value = {"id": p.pegawai_id, "nip": p.nip, "name": p.name}
    if role:
        value["role"] = p.role
    return value


def feedback_json(f: Feedback) -> dict[str, Any]:
    return {"id": f.id, "skp_id": f.skp_id, "pegawai_id": f.pegawai_id,
            "target": "rhk" if f.rhk_id else "core_value", "rhk_id": f.rhk_id,
            "core_value_id": f.core_value_id, "target_label": f.target_label,
            "period": f.period, "period_label": period_label(f.period),
            "date": f.given_on.isoformat(), "text": f.text, "author": person_json(f.author),
            "dialog_id": f.dialog_id, "supersedes_id": f.supersedes_id}


def coaching_feedback_json(b: CoachingFeedback | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"id": b.id, "dialog_id": b.dialog_id, "pegawai": person_json(b.pegawai),
            "date": b.answered_on.isoformat(), "scale": list(b.scale),
            "answers": [{"number": a.number, "statement": a.statement, "response": a.response,
                         "comment": a.comment} for a in b.answers],
            "supersedes_id": b.supersedes_id}


def competency_json(e: CompetencyEvaluation | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {"id": e.id, "dialog_id": e.dialog_id, "pegawai": person_json(e.pegawai),
            "evaluator": person_json(e.evaluator, role=True), "date": e.evaluated_on.isoformat(),
            "items": [{"name": i.name, "value": i.value, "reason": i.reason} for i in e.items],
            "supersedes_id": e.supersedes_id}
