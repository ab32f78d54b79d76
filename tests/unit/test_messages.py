"""Every error code has its sentence in Indonesian and English (one catalogue,
`skpdesk.messages`) with the same placeholders; the CLI's Indonesian formats; every
`skpdesk check` finding has its sentence in both languages too, with the same placeholders."""

import inspect
import re
from collections import Counter

import pytest

from skpdesk.cli.check_messages import check_message
from skpdesk.cli.messages import field_label, format_error, message_for
from skpdesk.domain.errors import DomainError, ErrorCode, ImportRejected, RowProblem
from skpdesk.messages import (ANY_VALUE, CHECK_MESSAGES, ERROR_MESSAGES, LANGUAGES, Text,
                              catalogue, check_findings, labels, render)
from skpdesk.services import integrity
from skpdesk.services.evidence import attachment_check

FIELD_LABELS = {key: text.id for key, text in labels.FIELD_LABELS.items()}
GENERIC_ERROR = labels.GENERIC_ERROR.id
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")

# Representative params: everything any raise site passes, so each template can be filled.
FULL_PARAMS = {
    "field": "nip", "value": "19850315201001100", "length": 17, "birth": "19851315",
    "tmt": "201013", "digit": "3", "sequence": "000", "expected": "PNS", "found": "PPPK",
    "name": "Budi Santoso", "allowed": ["PNS", "PPPK", "NON_ASN"], "max": 200, "min": 2000,
    "asn_type": "PNS", "path": "/tmp/pegawai.xlsx", "revision": "0099", "year": 2025,
    "start": "2025-01-01", "end": "2025-12-31", "status": "diajukan", "action": "return",
    "problems": [{"rule": "no_utama_rhk"}, {"rule": "rhk_without_indicator", "rhk": "A.1"},
                 {"rule": "indicator_without_target", "rhk": "A.2", "indicator": 1}],
    "count": 3, "form": "jpt", "approach": "kualitatif", "reason": "encoding",
    "missing": ["nip", "nama"], "rows": [2, 5], "cycle": ["A", "B", "A"],
    "detail": "No space left on device", "actor": "sari@kantor-pc", "host": "kantor-pc",
    "pid": 4242, "since": "29-11-2026 10:15:00",
}


def test_every_error_code_has_a_message():
    missing = [code for code in ErrorCode if code not in ERROR_MESSAGES]
    assert missing == []


def test_every_code_lives_in_exactly_one_area():
    assert sum(len(area) for area in catalogue.AREAS.values()) == len(ERROR_MESSAGES)


def _texts(entry):
    yield "text", entry.text
    yield "fallback", entry.fallback
    for key, value, text in entry.when:
        yield f"when {key}={value!r}", text


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_sentence_in_every_language_with_the_same_placeholders(code):
    for where, text in _texts(ERROR_MESSAGES[code]):
        assert isinstance(text, Text), (code, where)
        sentences = {lang: text.get(lang) for lang in LANGUAGES}
        assert all(s.strip() for s in sentences.values()), (code, where, sentences)
        assert sentences["id"] != sentences["en"] or not re.search(r"[a-z]{4}", sentences["id"])
        found = {lang: Counter(PLACEHOLDER.findall(s)) for lang, s in sentences.items()}
        assert found["id"] == found["en"], (code, where, sentences)


def test_labels_exist_in_both_languages_with_the_same_placeholders():
    for table in (labels.FIELD_LABELS, labels.FILE_REASONS, labels.ASN_LABELS,
                  labels.ACTION_LABELS, labels.INCOMPLETE_RULES):
        for key, text in table.items():
            assert text.id and text.en, key
            assert Counter(PLACEHOLDER.findall(text.id)) == Counter(PLACEHOLDER.findall(text.en))


@pytest.mark.parametrize("code", list(ErrorCode))
def test_english_formats_with_full_params(code):
    text = render.message_for(code, FULL_PARAMS, "en")
    assert text and "{" not in text and "not valid (" not in text
    assert text[0].isupper() and text.rstrip().endswith((".", ")"))
    for key, value, _ in ERROR_MESSAGES[code].when:
        params = dict(FULL_PARAMS, **{key: True if value is ANY_VALUE else value})
        assert "{" not in render.message_for(code, params, "en")


def test_numbers_follow_the_language():
    params = {"field": "file", "path": "a.xlsx", "size_bytes": 13_369_344,
              "limit_bytes": 10_485_760, "reason": "parts", "count": 12345, "limit": 10000}
    assert "12.345 bagian; paling banyak 10.000" in render.message_for(
        ErrorCode.FILE_TOO_LARGE, params, "id")
    assert "12,345 parts; at most 10,000" in render.message_for(
        ErrorCode.FILE_TOO_LARGE, params, "en")
    del params["reason"]
    assert "12,8 MB; paling besar 10,0 MB" in render.message_for(ErrorCode.FILE_TOO_LARGE, params)
    assert "12.8 MB; at most 10.0 MB" in render.message_for(ErrorCode.FILE_TOO_LARGE, params, "en")


@pytest.mark.parametrize("code", list(ErrorCode))
def test_message_formats_with_full_params(code):
    text = message_for(code, FULL_PARAMS)
    assert text and "{" not in text and text != GENERIC_ERROR.format(code=code.value)
    assert text[0].isupper() and text.rstrip().endswith((".", ")"))


@pytest.mark.parametrize("code", list(ErrorCode))
def test_message_never_raises_without_params(code):
    for params in ({}, {"field": "nip"}, {"field": "rhk_intervensi", "value": None},
                   {"field": "catatan", "problems": "not a list", "allowed": "x"}):
        text = message_for(code, params)
        assert text and "{" not in text


@pytest.mark.parametrize("code", list(ErrorCode))
def test_variants_format_too(code):
    entry = ERROR_MESSAGES[code]
    for key, value, _ in entry.when:
        params = dict(FULL_PARAMS)
        params[key] = True if value is ANY_VALUE else value
        text = message_for(code, params)
        assert "{" not in text and "Data tidak sah" not in text


def test_field_labels_are_human():
    for key, label in {"nip": "NIP", "nama": "Nama", "golongan": "Golongan", "jabatan": "Jabatan",
                       "unit": "Unit kerja", "nip_atasan": "NIP atasan", "catatan": "Catatan",
                       "tahun": "Tahun", "rhk_intervensi": "RHK pimpinan yang diintervensi",
                       "aspek": "Aspek"}.items():
        assert FIELD_LABELS[key] == label
    assert field_label("jenis_sesuatu") == "Jenis sesuatu"
    assert field_label(None) == "Isian"
    assert field_label("limit") == "Jumlah entri (--limit)"  # the CLI names its option
    assert render.field_label("limit") == "Jumlah entri"
    assert render.field_label("nip_atasan", "en") == "Supervisor's NIP"


def test_examples_name_field_and_rule():
    assert message_for(ErrorCode.NIP_LENGTH, {"field": "nip", "length": 17}) == \
        "NIP harus 18 digit (terisi 17 digit)."
    assert message_for(ErrorCode.FIELD_REQUIRED, {"field": "nip_atasan"}) == "NIP atasan wajib diisi."
    text = message_for(ErrorCode.SKP_NOTE_REQUIRED, {"field": "catatan", "action": "reopen"})
    assert text.startswith("Catatan wajib diisi") and "dibuka kembali" in text
    text = message_for(ErrorCode.SKP_TRANSITION_NOT_ALLOWED,
                       {"field": "status", "action": "approve", "status": "draft"})
    assert text == ("SKP berstatus Draft tidak dapat disetujui; hanya SKP berstatus Diajukan yang "
                    "dapat disetujui.")
    text = message_for(ErrorCode.SKP_INCOMPLETE, {"problems": [{"rule": "rhk_without_indicator",
                                                                "rhk": "A.1"}]})
    assert "RHK A.1 belum memiliki indikator" in text
    text = message_for(ErrorCode.FIELD_INVALID_NUMBER, {"field": "tahun", "value": "abc"})
    assert text == "Tahun harus berupa angka (tertulis \"abc\")."
    text = message_for(ErrorCode.FIELD_INVALID_NUMBER,
                       {"field": "tahun", "value": "1999", "min": 2000, "max": 2100})
    assert "2000 sampai 2100" in text


def test_format_error_and_import_rejected():
    err = DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value="199001012015032099")
    assert format_error(err) == "Pegawai dengan NIP 199001012015032099 tidak ditemukan."
    rejected = ImportRejected([RowProblem(2, "nip", err)])
    assert "1 masalah" in format_error(rejected)


def test_unknown_code_gets_generic_text():
    assert message_for("bogus", {}) .startswith("Data tidak sah")  # type: ignore[arg-type]


def _finding_codes() -> set[str]:
    source = inspect.getsource(integrity)
    codes = set(re.findall(r'CheckFinding\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'AttachmentFinding\(\s*"([a-z_]+)"',
                            inspect.getsource(attachment_check)))
    codes |= set(re.findall(r'"(cascade_[a-z_]+)"', source))
    return codes


def test_every_check_finding_has_a_message():
    codes = _finding_codes()
    assert len(codes) >= 10  # the regex still finds the codes
    assert codes - set(CHECK_MESSAGES) == set()


CHECK_PARAMS = {
    "detail": "row 3 missing from index", "table": "pegawai", "rowid": "7", "device_id": "dev-1",
    "ids": ["a", "b"], "names": ["Ani", "Budi"], "name": "Ani", "nip": "199001012015032003",
    "asn_type": "PNS", "reason": "nip_length", "year": 2025, "skp_id": "s1", "rhk": "A.1",
    "indicator": 2, "form": "jpt", "approach": "kualitatif", "field": "perspektif",
    "status": "disetujui", "problems": [{"rule": "no_utama_rhk"}], "text": "Meningkatnya layanan",
    "entity": "pegawai", "entity_id": "0190-abc", "change": "update", "fields": ["name", "hlc"],
    "journaled_rows": 12, "column": "asn_type", "value": "XYZ", "expected": "NON_ASN, PNS, PPPK",
    "seq": 5, "section": "skp", "code": "unjournaled_row", "count": 7,
    "char": "U+202E RIGHT-TO-LEFT OVERRIDE", "position": 4, "path": "attachments/ab.png",
    "file": "ab12.pdf", "size_bytes": 1_500_000, "records": [
        {"table": "bukti_dukung", "id": "e1", "original_name": "laporan.pdf",
         "period": "2026-TW1", "nip": "199001012015032003", "name": "Ani"},
        {"table": "other", "id": "x1"}],
}


@pytest.mark.parametrize("code", sorted(CHECK_MESSAGES))
def test_check_messages_format(code):
    full = check_message(code, CHECK_PARAMS)
    assert "{" not in full and not full.startswith("Temuan pemeriksaan")
    assert "{" not in check_message(code, {})


def test_nip_invalid_reason_is_worded():
    text = check_message("nip_invalid", dict(CHECK_PARAMS, reason="nip_sequence"))
    assert "nomor urut" in text
    assert "bentuk baku" in check_message("nip_invalid", dict(CHECK_PARAMS, reason="not_clean"))
    assert "{" not in check_message("nip_invalid", dict(CHECK_PARAMS, reason="weird"))


def _same_placeholders_in_every_language(text, where):
    assert isinstance(text, Text), where
    sentences = {lang: text.get(lang) for lang in LANGUAGES}
    assert all(s.strip() for s in sentences.values()), (where, sentences)
    found = {lang: Counter(PLACEHOLDER.findall(s)) for lang, s in sentences.items()}
    assert found["id"] == found["en"], (where, sentences)
    return sentences


@pytest.mark.parametrize("code", sorted(CHECK_MESSAGES))
def test_every_check_finding_in_both_languages_with_the_same_placeholders(code):
    for where, text in _texts(CHECK_MESSAGES[code]):
        sentences = _same_placeholders_in_every_language(text, (code, where))
        assert sentences["id"] != sentences["en"], (code, where)


def test_check_finding_labels_in_both_languages_with_the_same_placeholders():
    for name, table in (("chain", check_findings.CHAIN_REASONS),
                        ("logo", check_findings.LOGO_REASONS),
                        ("records", check_findings.ATTACHMENT_RECORDS),
                        ("section", check_findings.SECTION_LABELS)):
        for key, text in table.items():
            _same_placeholders_in_every_language(text, (name, key))
    for text in (check_findings.NIP_NOT_CLEAN, check_findings.GENERIC_FINDING,
                 check_findings.ATTACHMENT_RECORD, check_findings.MORE_RECORDS,
                 check_findings.QUARANTINE_MOVED, check_findings.QUARANTINE_NONE,
                 check_findings.QUARANTINE_KEPT_RECENT, check_findings.QUARANTINE_FAILED):
        _same_placeholders_in_every_language(text, text.id)


@pytest.mark.parametrize("code", sorted(CHECK_MESSAGES))
def test_check_findings_format_in_english(code):
    full = render.check_message(code, CHECK_PARAMS, "en")
    assert "{" not in full and not full.startswith("Check finding")
    assert full != render.check_message(code, CHECK_PARAMS, "id")
    empty = render.check_message(code, {}, "en")
    assert "{" not in empty and not empty.startswith("Check finding")
    for key, value, _ in CHECK_MESSAGES[code].when:
        params = dict(CHECK_PARAMS, **{key: True if value is ANY_VALUE else value})
        text = render.check_message(code, params, "en")
        assert "{" not in text and text != full, (code, key)


@pytest.mark.parametrize("code", sorted(CHECK_MESSAGES))
def test_cli_check_message_is_the_catalogue_in_indonesian(code):
    for params in (CHECK_PARAMS, {}):
        assert check_message(code, params) == render.check_message(code, params)


def test_check_finding_inserts_follow_the_language():
    params = dict(CHECK_PARAMS, reason="not_clean")
    assert "standard form" in render.check_message("nip_invalid", params, "en")
    params = dict(CHECK_PARAMS, reason="nip_length")  # an ErrorCode: its own English sentence
    assert render.check_message("nip_invalid", params, "en").endswith(
        ": " + render.message_for(ErrorCode.NIP_LENGTH,
                                  {"field": "nip", "value": params["nip"], "length": 18}, "en"))
    params = dict(CHECK_PARAMS, reason="truncated")
    assert render.check_message("journal_chain_broken", params, "en").endswith(
        ": " + check_findings.CHAIN_REASONS["truncated"].en)
    params = dict(CHECK_PARAMS, reason="hash_mismatch")
    assert check_findings.LOGO_REASONS["hash_mismatch"].en in render.check_message(
        "logo_unusable", params, "en")
    assert "check of the database file part" in render.check_message(
        "check_incomplete", dict(CHECK_PARAMS, section="database"), "en")
    assert "there is no main RHK" in render.check_message("skp_incomplete", CHECK_PARAMS, "en")


def test_unknown_check_finding_gets_generic_text_in_each_language():
    assert check_message("bogus") == "Temuan pemeriksaan: bogus."
    assert render.check_message("bogus", {}, "en") == "Check finding: bogus."
