"""Domain errors: a code plus parameters, never a sentence.

The CLI and the GUI turn codes into sentences from one catalogue, `skpdesk.messages`
(Indonesian and English). How to add one: add a member to `ErrorCode`, raise
`DomainError(ErrorCode.X, field=..., ...)`, then add its sentences (`Text(id=..., en=...)`) to
the `skpdesk/messages/errors_*.py` module of its area (a test fails when one is missing).
"""

from __future__ import annotations

import enum
from typing import Any


class ErrorCode(enum.Enum):
    # identifiers (NIP / NI PPPK)
    NIP_REQUIRED = "nip_required"
    NIP_NOT_DIGITS = "nip_not_digits"
    NIP_LENGTH = "nip_length"
    NIP_BIRTH_DATE = "nip_birth_date"
    NIP_TMT = "nip_tmt"
    NIP_TMT_BEFORE_BIRTH = "nip_tmt_before_birth"
    NIP_SEX_DIGIT = "nip_sex_digit"
    NIP_SEQUENCE = "nip_sequence"
    NIP_PPPK_CODE = "nip_pppk_code"
    NIP_PPPK_BATCH = "nip_pppk_batch"
    NIP_KIND_MISMATCH = "nip_kind_mismatch"
    NIP_DUPLICATE = "nip_duplicate"
    NIP_NOT_ALLOWED = "nip_not_allowed"
    # generic field rules
    FIELD_REQUIRED = "field_required"
    FIELD_INVALID_CHOICE = "field_invalid_choice"
    FIELD_TOO_LONG = "field_too_long"
    FIELD_INVALID_DATE = "field_invalid_date"
    FIELD_INVALID_NUMBER = "field_invalid_number"
    RANK_UNKNOWN = "rank_unknown"
    RANK_NOT_FOR_ASN_TYPE = "rank_not_for_asn_type"
    JENJANG_UNKNOWN = "jenjang_unknown"
    # office / people
    OFFICE_EXISTS = "office_exists"
    OFFICE_MISSING = "office_missing"
    UNIT_NOT_FOUND = "unit_not_found"
    PEGAWAI_NOT_FOUND = "pegawai_not_found"
    SUPERVISOR_NOT_FOUND = "supervisor_not_found"
    SUPERVISOR_SELF = "supervisor_self"
    SUPERVISOR_CYCLE = "supervisor_cycle"
    # SKP
    SKP_NOT_FOUND = "skp_not_found"
    SKP_EXISTS = "skp_exists"
    SKP_NOT_ALLOWED_FOR_NON_ASN = "skp_not_allowed_for_non_asn"
    SKP_PERIOD_INVALID = "skp_period_invalid"
    SKP_READ_ONLY = "skp_read_only"
    SKP_TRANSITION_NOT_ALLOWED = "skp_transition_not_allowed"
    SKP_NOTE_REQUIRED = "skp_note_required"
    SKP_INCOMPLETE = "skp_incomplete"
    SKP_NO_PREVIOUS = "skp_no_previous"
    RHK_NOT_FOUND = "rhk_not_found"
    RHK_IN_USE = "rhk_in_use"
    RHK_PARENT_NOT_SUPERVISOR = "rhk_parent_not_supervisor"
    RHK_PARENT_FOR_TAMBAHAN = "rhk_parent_for_tambahan"
    RHK_PERSPECTIVE_JPT_ONLY = "rhk_perspective_jpt_only"
    INDICATOR_NOT_FOUND = "indicator_not_found"
    INDICATOR_ASPECT_REQUIRED = "indicator_aspect_required"
    INDICATOR_ASPECT_NOT_ALLOWED = "indicator_aspect_not_allowed"
    LAMPIRAN_ITEM_NOT_FOUND = "lampiran_item_not_found"
    CORE_VALUE_NOT_FOUND = "core_value_not_found"
    # printed documents
    PRINT_CODE_UNKNOWN = "print_code_unknown"
    # files and storage
    IMPORT_INVALID = "import_invalid"
    FILE_NOT_FOUND = "file_not_found"
    FILE_FORMAT_UNSUPPORTED = "file_format_unsupported"
    FILE_UNREADABLE = "file_unreadable"
    FILE_UNWRITABLE = "file_unwritable"
    FILE_COLUMNS_MISSING = "file_columns_missing"
    DB_NEWER_SCHEMA = "db_newer_schema"
    DB_UNREADABLE = "db_unreadable"
    DEMO_NEEDS_EMPTY_DB = "demo_needs_empty_db"
    # --- area: database (opening the file, the write lock, faults of the disk, stale edits)
    DB_NOT_SKP = "db_not_skp"
    DB_DAMAGED = "db_damaged"
    DB_BUSY = "db_busy"
    DB_DISK_FULL = "db_disk_full"
    DB_READ_ONLY = "db_read_only"
    DB_FOLDER_UNWRITABLE = "db_folder_unwritable"
    DB_IO_ERROR = "db_io_error"
    DB_BACKUP_FAILED = "db_backup_failed"
    RECORD_CHANGED = "record_changed"
    # --- area: printing (office logos)
    LOGO_TOO_LARGE = "logo_too_large"
    LOGO_TOO_MANY_PIXELS = "logo_too_many_pixels"
    LOGO_NOT_AN_IMAGE = "logo_not_an_image"
    # --- area: input (issue 7, bad input: file limits, control characters, NIP plausibility)
    FIELD_CONTROL_CHARACTER = "field_control_character"
    NIP_BIRTH_TOO_EARLY = "nip_birth_too_early"
    NIP_AGE_AT_TMT = "nip_age_at_tmt"
    FILE_TOO_LARGE = "file_too_large"
    FILE_TOO_MANY_ROWS = "file_too_many_rows"
    FILE_ROW_TOO_WIDE = "file_row_too_wide"
    FILE_CELL_TOO_LONG = "file_cell_too_long"
    # sync: engine (operations, merge, conflicts)
    SYNC_OP_INVALID = "sync_op_invalid"
    SYNC_OP_MISMATCH = "sync_op_mismatch"
    SYNC_CONFLICT_NOT_FOUND = "sync_conflict_not_found"
    SYNC_RESOLVE_VALUE_REQUIRED = "sync_resolve_value_required"
    SYNC_RESOLVE_NOT_ALLOWED = "sync_resolve_not_allowed"
    SYNC_RESOLVE_SKP_NOT_DRAFT = "sync_resolve_skp_not_draft"
    SYNC_DUPLICATE_HAS_DEPENDENTS = "sync_duplicate_has_dependents"
    # --- sync: bundles (replicas, peers, .skpid and .skpbundle files; skpdesk.sync)
    SYNC_IDENTITY_INVALID = "sync_identity_invalid"
    SYNC_PEER_NOT_FOUND = "sync_peer_not_found"
    SYNC_PEER_AMBIGUOUS = "sync_peer_ambiguous"
    SYNC_PEER_IS_SELF = "sync_peer_is_self"
    SYNC_PEER_KEY_CHANGED = "sync_peer_key_changed"
    SYNC_PEER_REVOKED = "sync_peer_revoked"
    SYNC_NO_PEERS = "sync_no_peers"
    SYNC_BUNDLE_REJECTED = "sync_bundle_rejected"
    SYNC_JOIN_OTHER_OFFICE = "sync_join_other_office"
    SYNC_JOIN_NOT_CENTRAL = "sync_join_not_central"
    SYNC_NOT_JOINED = "sync_not_joined"
    SYNC_COUNT_MISMATCH = "sync_count_mismatch"
    SYNC_NO_OFFICE_TO_SEED = "sync_no_office_to_seed"
    # --- area: acting (issue 9: who is acting, the workflow's role rule; domain.acting)
    ACTING_UNKNOWN = "acting_unknown"
    ACTING_ROLE_REFUSED = "acting_role_refused"
    ACTING_REASON_REQUIRED = "acting_reason_required"
    # --- area: search (issue 10: full-text search over dialog notes, umpan balik ...)
    SEARCH_QUERY_TOO_SHORT = "search_query_too_short"
    SEARCH_QUERY_TOO_LONG = "search_query_too_long"
    # --- area: coaching (issue 10: umpan balik berkelanjutan, B.1.8, B.1.9; helper "coaching")
    FEEDBACK_NOT_FOUND = "feedback_not_found"
    FEEDBACK_TARGET_REQUIRED = "feedback_target_required"
    FEEDBACK_RHK_NOT_IN_SKP = "feedback_rhk_not_in_skp"
    FEEDBACK_PERIOD_INVALID = "feedback_period_invalid"
    FEEDBACK_ROLE_REFUSED = "feedback_role_refused"
    COACHING_SCALE_INVALID = "coaching_scale_invalid"
    COACHING_ANSWER_COUNT = "coaching_answer_count"
    COACHING_ANSWER_INVALID = "coaching_answer_invalid"
    COACHING_COMPETENCY_INVALID = "coaching_competency_invalid"
    COACHING_NOT_BIMBINGAN = "coaching_not_bimbingan"
    COACHING_NOT_PARTICIPANT = "coaching_not_participant"
    COACHING_ROLE_REFUSED = "coaching_role_refused"
    COACHING_NOT_FOUND = "coaching_not_found"
    # --- area: dialogs (issue 10: dialog kinerja, tindak lanjut, record ids; services.dialogs)
    DIALOG_NOT_FOUND = "dialog_not_found"
    DIALOG_CLOSED = "dialog_closed"
    DIALOG_NOT_CLOSED = "dialog_not_closed"
    DIALOG_CONFIDENTIAL = "dialog_confidential"
    DIALOG_NOT_ALLOWED = "dialog_not_allowed"
    DIALOG_TIME_INVALID = "dialog_time_invalid"
    DIALOG_LEADER_TWICE = "dialog_leader_twice"
    DIALOG_TOPIC_NOT_PARTICIPANT = "dialog_topic_not_participant"
    FOLLOW_UP_NOT_FOUND = "follow_up_not_found"
    FOLLOW_UP_TARGET_BOTH = "follow_up_target_both"
    FOLLOW_UP_DUE_BEFORE_DIALOG = "follow_up_due_before_dialog"
    FOLLOW_UP_NOT_CARRIED = "follow_up_not_carried"
    FOLLOW_UP_NOT_ALLOWED = "follow_up_not_allowed"
    RECORD_ID_NOT_FOUND = "record_id_not_found"
    RECORD_ID_AMBIGUOUS = "record_id_ambiguous"
    RECORD_ID_TOO_SHORT = "record_id_too_short"
    # --- area: periods (issue 11: rhythm, batas pengisian, rencana aksi, realisasi; helper "plans")
    PERIOD_UNKNOWN = "period_unknown"
    PERIOD_OUTSIDE_SKP = "period_outside_skp"
    PERIOD_CLOSED = "period_closed"
    PERIOD_RHYTHM_LOCKED = "period_rhythm_locked"
    PERIOD_DEADLINE_INVALID = "period_deadline_invalid"
    PLAN_TARGET_NOT_KUANTITATIF = "plan_target_not_kuantitatif"
    RHK_HAS_REALISASI = "rhk_has_realisasi"
    PERIOD_ADMIN_REQUIRED = "period_admin_required"
    # --- area: evidence (issue 11: bukti dukung files and verification; helper "evidence")
    EVIDENCE_WRITER_REFUSED = "evidence_writer_refused"
    EVIDENCE_VERIFIER_REFUSED = "evidence_verifier_refused"
    EVIDENCE_NOT_FOUND = "evidence_not_found"
    EVIDENCE_TOO_MANY_FILES = "evidence_too_many_files"
    EVIDENCE_FILE_EMPTY = "evidence_file_empty"
    EVIDENCE_FILE_UNREADABLE = "evidence_file_unreadable"
    EVIDENCE_FILE_TOO_LARGE = "evidence_file_too_large"
    EVIDENCE_TYPE_UNSUPPORTED = "evidence_type_unsupported"
    EVIDENCE_RHK_NOT_IN_SKP = "evidence_rhk_not_in_skp"
    EVIDENCE_INDICATOR_NOT_IN_RHK = "evidence_indicator_not_in_rhk"
    EVIDENCE_NOT_CURRENT = "evidence_not_current"
    EVIDENCE_ALREADY_ACCEPTED = "evidence_already_accepted"
    EVIDENCE_REASON_REQUIRED = "evidence_reason_required"
    EVIDENCE_NOT_A_FILE = "evidence_not_a_file"
    EVIDENCE_FILE_WAITING = "evidence_file_waiting"
    EVIDENCE_FILE_TAMPERED = "evidence_file_tampered"
    EVIDENCE_EXPORT_EXISTS = "evidence_export_exists"
    # --- area: evaluation (issue 12: ratings, predikat, states, snapshots; helper "evaluation")
    RATING_INVALID = "rating_invalid"
    PREDIKAT_INVALID = "predikat_invalid"
    EVAL_NOT_FOUND = "eval_not_found"
    EVAL_NO_SKP = "eval_no_skp"
    EVAL_SKP_NOT_APPROVED = "eval_skp_not_approved"
    EVAL_PERIOD_NOT_STARTED = "eval_period_not_started"
    EVAL_RATER_REFUSED = "eval_rater_refused"
    EVAL_SELF_REFUSED = "eval_self_refused"
    EVAL_RATING_REQUIRED = "eval_rating_required"
    EVAL_OVERRIDE_REASON_REQUIRED = "eval_override_reason_required"
    EVAL_JPT_NEEDS_ORG_PREDIKAT = "eval_jpt_needs_org_predikat"
    EVAL_JPT_HASIL_FROM_ORG = "eval_jpt_hasil_from_org"
    EVAL_READ_ONLY = "eval_read_only"
    EVAL_INCOMPLETE = "eval_incomplete"
    EVAL_NOT_SET = "eval_not_set"
    EVAL_REOPEN_REASON_REQUIRED = "eval_reopen_reason_required"
    EVAL_KEBERATAN_OPEN = "eval_keberatan_open"
    EVAL_FINAL_BY_KEBERATAN = "eval_final_by_keberatan"

    # --- area: organisation (issue 12: predikat organisasi, distribution, advisory; "orgdist")
    ORG_PREDIKAT_INVALID = "org_predikat_invalid"
    ORG_PREDIKAT_REFUSED = "org_predikat_refused"
    ORG_PREDIKAT_NOT_SET = "org_predikat_not_set"
    DISTRIBUTION_SCOPE_REQUIRED = "distribution_scope_required"
    ADVISORY_SOURCE_INVALID = "advisory_source_invalid"
    ADVISORY_EMPTY = "advisory_empty"
    ADVISORY_SELF_REFUSED = "advisory_self_refused"
    ADVISORY_DELETE_REFUSED = "advisory_delete_refused"
    ADVISORY_NOT_FOUND = "advisory_not_found"
    ADVISORY_NO_SKP = "advisory_no_skp"

    # --- area: keberatan (issue 12: keberatan, angka kredit; helper "keberatan")
    KEBERATAN_NOT_FOUND = "keberatan_not_found"
    KEBERATAN_FILER_REFUSED = "keberatan_filer_refused"
    KEBERATAN_DECIDER_REFUSED = "keberatan_decider_refused"
    KEBERATAN_NOT_SET = "keberatan_not_set"
    KEBERATAN_FINAL = "keberatan_final"
    KEBERATAN_EXISTS = "keberatan_exists"
    KEBERATAN_TOO_LATE = "keberatan_too_late"
    KEBERATAN_NO_ATASAN = "keberatan_no_atasan"
    KEBERATAN_DECIDED = "keberatan_decided"
    KEBERATAN_NOT_CURRENT = "keberatan_not_current"
    KEBERATAN_CHANGE_SAME = "keberatan_change_same"
    KEBERATAN_KEEP_WITH_RATINGS = "keberatan_keep_with_ratings"
    AK_NO_JENJANG = "ak_no_jenjang"
    AK_NOT_FUNGSIONAL = "ak_not_fungsional"
    AK_MONTHS_INVALID = "ak_months_invalid"

    # --- area: printmarks (issue 13: page marks: QR code, KONSEP, footer, check-print status; helper "marks")
    # (add codes here)

    # --- area: skpprint (issue 13: the printed SKP's fidelity, combined PDFs (bookmarks, duplex); helper "skpfix")
    # (add codes here)

    # --- area: evalform (issue 13: the EVALUASI KINERJA PEGAWAI form; helper "evalform")
    EVALFORM_NO_EVALUATION = "evalform_no_evaluation"

    # --- area: evaldoc (issue 13: DOKUMEN EVALUASI and Format Penetapan Predikat Kinerja; helper "evaldoc")
    PENETAPAN_NO_PEGAWAI = "penetapan_no_pegawai"

    # --- area: evalprint (issue 13: batch printing of the evaluation forms; helper "evalprint")
    # (add codes here)

    # --- area: scan (issue 13: scan-back of signed paper; helper "scan")
    # (add codes here)

    # --- area: signature (issue 13: digital signatures (PAdES, pyHanko); helper "pades")
    SIGN_KEY_UNREADABLE = "sign_key_unreadable"
    SIGN_PASSWORD_WRONG = "sign_password_wrong"
    SIGN_PASSWORD_REQUIRED = "sign_password_required"
    SIGN_PDF_INVALID = "sign_pdf_invalid"
    SIGN_PDF_NO_CODE = "sign_pdf_no_code"
    SIGN_PDF_MANY_CODES = "sign_pdf_many_codes"
    SIGN_PDF_CODE_MISMATCH = "sign_pdf_code_mismatch"
    SIGN_CERT_UNREADABLE = "sign_cert_unreadable"


class DomainError(Exception):
    """A rule was broken. `code` says which; `params` name the field and the values involved."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        super().__init__(f"{code.value}: {params}")
        self.code = code
        self.params = params


class ImportRejected(DomainError):
    """A staff file failed validation; `problems` lists the (row, column, error) found, the
    first ones by row when there are more than a report shows (`omitted` counts the rest)."""

    def __init__(self, problems: list["RowProblem"], total: int | None = None) -> None:
        total = len(problems) if total is None else total
        super().__init__(ErrorCode.IMPORT_INVALID, count=total)
        self.problems = problems
        # Problems found but not listed (a report lists at most a bounded number of them):
        # shown as "... dan N masalah lain".
        self.omitted = total - len(problems)


class RowProblem:
    """One broken rule in one row and column of an imported file (row 1 is the header)."""

    __slots__ = ("row", "column", "error")

    def __init__(self, row: int, column: str, error: DomainError) -> None:
        self.row = row
        self.column = column
        self.error = error

    def __repr__(self) -> str:
        return f"RowProblem(row={self.row}, column={self.column!r}, code={self.error.code.value})"
