"""Turn an error code and its params into one sentence, in Indonesian ("id") or English ("en").

The params are first made readable (`prepare_params`): field keys become labels, statuses,
actions, ASN types and reasons their words, lists are joined, counts and sizes get the digit
grouping of the language (12.345 and 12,5 MB in Indonesian; 12,345 and 12.5 MB in English).
No Qt here: the CLI and the GUI call the same functions, only the language differs.
`check_message` does the same for the findings of `skpdesk check` (`check_findings`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skpdesk.domain.errors import ErrorCode
from skpdesk.domain.skp import STATUS_LABELS, TRANSITIONS, SkpStatus

from .catalogue import ERROR_MESSAGES
from .check_findings import (ATTACHMENT_RECORD, ATTACHMENT_RECORDS, CHAIN_REASONS, CHECK_MESSAGES,
                             GENERIC_FINDING, LOGO_REASONS, MORE_RECORDS, NIP_NOT_CLEAN,
                             SECTION_LABELS)
from .entry import Text
from .labels import (ACTION_LABELS, ASN_LABELS, FIELD_FALLBACK, FIELD_LABELS, FILE_REASONS,
                     FORM_LABELS, GENERIC_ERROR, INCOMPLETE_RULES)

DEFAULT_LANGUAGE = "id"


def field_label(key: str | None, lang: str = DEFAULT_LANGUAGE,
                overrides: Mapping[str, str] | None = None) -> str:
    """The human name of a field key ("nip_atasan" -> "NIP atasan" / "Supervisor's NIP").

    `overrides` are a front end's own labels for some keys (the CLI names its options)."""
    if not key:
        return FIELD_FALLBACK.get(lang)
    key = str(key)
    if overrides:
        found = overrides.get(key) or overrides.get(key.lower())
        if found:
            return found
    text = FIELD_LABELS.get(key) or FIELD_LABELS.get(key.lower())
    return text.get(lang) if text else key.replace("_", " ").capitalize()


def _label(table: Mapping[str, Text], key: Any, lang: str) -> str:
    text = table.get(key)
    return text.get(lang) if text else str(key)


def _status_label(value: Any) -> str:
    try:
        return STATUS_LABELS[SkpStatus(value)]  # official Indonesian terms, in every language
    except (ValueError, KeyError):
        return str(value)


def thousands(n: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """12345 -> "12.345" in Indonesian, "12,345" in English."""
    grouped = f"{n:,}"
    return grouped if lang == "en" else grouped.replace(",", ".")


def megabytes(n: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """Bytes as megabytes with one decimal: "12,5 MB" in Indonesian, "12.5 MB" in English."""
    text = f"{n / (1024 * 1024):,.1f}"
    if lang != "en":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return text + " MB"


def join_values(values: Any) -> str:
    if isinstance(values, (list, tuple, set)):
        return ", ".join(str(v) for v in values)
    return str(values)


def _problem_text(problem: Any, lang: str) -> str:
    if not isinstance(problem, dict):
        return str(problem)
    template = _label(INCOMPLETE_RULES, str(problem.get("rule", "")), lang)
    try:
        return template.format(**problem)
    except (KeyError, IndexError, ValueError):
        return template


def prepare_params(params: dict[str, Any], lang: str = DEFAULT_LANGUAGE,
                   field_labels: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Params as text a sentence can hold: labels for fields, statuses, actions and lists."""
    values = dict(params)
    values["field"] = field_label(params.get("field"), lang, field_labels)
    values["field_lower"] = values["field"].lower()
    if "status" in params:
        values["status"] = _status_label(params["status"])
    if "action" in params:
        action = params["action"]
        values["action"] = _label(ACTION_LABELS, action, lang)
        if action in TRANSITIONS:
            values["source"] = STATUS_LABELS[TRANSITIONS[action][0]]
    for key in ("asn_type", "expected", "found"):
        if key in params:
            values[key] = _label(ASN_LABELS, params[key], lang)
    if "form" in params:
        values["form"] = FORM_LABELS.get(params["form"], str(params["form"]))
    for key in ("allowed", "columns", "missing", "rows"):
        if key in params:
            values[key] = join_values(params[key])
    if params.get("more"):  # rows listed only in part: "2, 3, 4, … (+9.997)"
        values["rows"] = f"{values.get('rows', '')}, … (+{thousands(params['more'], lang)})"
    for key in ("times", "limit", "count", "omitted"):
        if isinstance(params.get(key), int) and not isinstance(params[key], bool):
            values[key] = thousands(params[key], lang)
    for key in ("size_bytes", "limit_bytes"):
        if isinstance(params.get(key), int):
            values[key] = megabytes(params[key], lang)
    if isinstance(params.get("problems"), (list, tuple)):
        values["problems"] = "; ".join(_problem_text(p, lang) for p in params["problems"])
    if "cycle" in params:
        cycle = params["cycle"]
        values["cycle"] = " → ".join(map(str, cycle)) if isinstance(cycle, (list, tuple)) \
            else str(cycle)
    if "reason" in params:
        values["reason"] = _label(FILE_REASONS, params["reason"], lang)
    if "path" in params:
        values["path"] = str(params["path"])
    elif "value" in params and params.get("field") in ("file", "berkas"):
        values["path"] = str(params["value"])
    return values


def message_for(code: ErrorCode, params: dict[str, Any] | None = None,
                lang: str = DEFAULT_LANGUAGE,
                field_labels: Mapping[str, str] | None = None) -> str:
    """The sentence for an error code and its params in `lang`; never raises."""
    params = dict(params or {})
    entry = ERROR_MESSAGES.get(code)
    generic = GENERIC_ERROR.get(lang).replace("{code}", getattr(code, "value", str(code)))
    if entry is None:
        return generic
    try:
        values = prepare_params(params, lang, field_labels)
    except Exception:  # noqa: BLE001 - a message must never be the thing that fails
        fallback = field_label(None, lang)
        values = {"field": fallback, "field_lower": fallback.lower()}
    for text in (entry.pick(params), entry.fallback):
        try:
            return text.get(lang).format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return generic


def _logo_reason(params: dict[str, Any], lang: str,
                 field_labels: Mapping[str, str] | None) -> str:
    reason = str(params.get("reason"))
    if reason in LOGO_REASONS:
        return LOGO_REASONS[reason].get(lang)
    try:  # an image rule of `set_logo`: its own sentence
        return message_for(ErrorCode(reason), {**params, "field": "logo",
                                               "value": params.get("path", "")},
                           lang, field_labels)
    except ValueError:
        return f"{reason}."


def _nip_reason(params: dict[str, Any], lang: str,
                field_labels: Mapping[str, str] | None) -> str:
    reason = params.get("reason")
    if reason == "not_clean":
        return NIP_NOT_CLEAN.get(lang) + "."
    try:  # a NIP rule of the domain: its own sentence
        nip = str(params.get("nip") or "")
        return message_for(ErrorCode(reason), {"field": "nip", "value": nip, "length": len(nip)},
                           lang, field_labels)
    except ValueError:
        return f"{reason}."


def _records_text(params: dict[str, Any], lang: str) -> str:
    """The records using an attachment: 'bukti dukung "a.pdf" Ani (NIP …) periode 2026-TW1, …'."""
    records = params.get("records")
    if not isinstance(records, (list, tuple)):
        return str(records)
    parts = []
    for record in records:
        if not isinstance(record, dict):
            parts.append(str(record))
            continue
        text = ATTACHMENT_RECORDS.get(str(record.get("table")), ATTACHMENT_RECORD).get(lang)
        values = {k: ("-" if v is None else v) for k, v in record.items()}
        try:
            parts.append(text.format_map(values))
        except (KeyError, IndexError, ValueError):
            parts.append(ATTACHMENT_RECORD.get(lang).format_map(
                {"id": record.get("id"), "table": record.get("table")}))
    count = params.get("count")
    if isinstance(count, int) and count > len(parts):
        parts.append(MORE_RECORDS.get(lang).format(count=thousands(count - len(parts), lang)))
    return ", ".join(parts)


def _check_values(code: str, params: dict[str, Any], lang: str,
                  field_labels: Mapping[str, str] | None) -> dict[str, Any]:
    values = prepare_params(params, lang, field_labels)
    values["nip"] = params.get("nip") or "-"
    if "names" in params:
        names = params["names"]
        if code == "supervisor_cycle" and isinstance(names, (list, tuple)) and names:
            values["names"] = " → ".join(str(n) for n in [*names, names[0]])
        else:
            values["names"] = join_values(names)
    if "fields" in params:
        values["fields"] = join_values(params["fields"])
    if code == "journal_chain_broken":
        reason = params.get("reason")
        text = CHAIN_REASONS.get(reason)
        values["reason"] = text.get(lang) if text else f"{reason}."
        values["seq"] = params.get("seq") if params.get("seq") is not None else "?"
    if code == "logo_unusable":
        values["reason"] = _logo_reason(params, lang, field_labels)
    if "section" in params:
        values["section"] = _label(SECTION_LABELS, params["section"], lang)
    if code == "nip_invalid":
        values["reason"] = _nip_reason(params, lang, field_labels)
    if "records" in params:
        values["records"] = _records_text(params, lang)
    size = params.get("size_bytes")
    if code == "attachment_unused" and isinstance(size, int) and size < 1024 * 1024:
        values["size_bytes"] = f"{thousands(-(-size // 1024), lang)} KB"  # not "0,0 MB"
    return values


def check_message(code: str, params: dict[str, Any] | None = None,
                  lang: str = DEFAULT_LANGUAGE,
                  field_labels: Mapping[str, str] | None = None) -> str:
    """The sentence for one `skpdesk check` finding (a code of `skpdesk.services.integrity`)
    in `lang`; never raises."""
    params = dict(params or {})
    entry = CHECK_MESSAGES.get(code)
    generic = GENERIC_FINDING.get(lang).replace("{code}", str(code))
    if entry is None:
        return generic
    try:
        values = _check_values(code, params, lang, field_labels)
    except Exception:  # noqa: BLE001 - a message must never be the thing that fails
        fallback = field_label(None, lang, field_labels)
        values = {"field": fallback, "field_lower": fallback.lower()}
    for text in (entry.pick(params), entry.fallback):
        try:
            return text.get(lang).format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return generic
