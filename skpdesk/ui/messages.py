"""The sentence a user reads for a `DomainError`: the only place the GUI turns codes into words.

Source sentences are English and go through Qt's translation system (contexts "messages",
"fields" and "message_labels"); the Indonesian text is in resources/translations/skpdesk_id.ts,
so the GUI speaks Indonesian by default. `{name}` placeholders are filled from the error's
params after translation (the translation must keep them; tests/ui/test_i18n.py checks).

How to add a message: add the `ErrorCode` member, its Indonesian sentence in
`skpdesk/cli/messages.py`, its English sentence here (`ERROR_MESSAGES`), run
scripts/update_translations.sh and fill in the Indonesian in skpdesk_id.ts (mark it finished).
tests/ui/test_messages.py fails while a code has no GUI sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import STATUS_LABELS, TRANSITIONS, SkpStatus

from .message_labels import (ACTION_LABELS, ASN_LABELS, FIELD_LABELS, FILE_REASONS, FORM_LABELS,
                             INCOMPLETE_RULES)

ANY_VALUE = object()  # `when` matches a param that is present with any value


@dataclass(frozen=True)
class Msg:
    text: str  # the full sentence (untranslated source), may use any param
    fallback: str  # used when a param of `text` is missing: only {field} (always present)
    when: tuple[tuple[str, Any, str], ...] = dc_field(default=())  # (param, value, text) variants

    def pick(self, params: dict[str, Any]) -> str:
        for key, value, text in self.when:
            if key in params and (value is ANY_VALUE or params[key] == value):
                return text
        return self.text


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


M = Msg  # QT_TRANSLATE_NOOP marks a source for lupdate; `message_for` translates it
ERROR_MESSAGES: dict[ErrorCode, Msg] = {
    # identifiers
    ErrorCode.NIP_REQUIRED: M(
        QT_TRANSLATE_NOOP("messages", "{field} is required."),
        QT_TRANSLATE_NOOP("messages", "{field} is required.")),
    ErrorCode.NIP_NOT_DIGITS: M(
        QT_TRANSLATE_NOOP("messages", "{field} may contain digits only (entered \"{value}\")."),
        QT_TRANSLATE_NOOP("messages", "{field} may contain digits only."),
        when=(
            ("letters_allowed", True,
             QT_TRANSLATE_NOOP("messages", "{field} may contain only letters and digits, without "
                                           "spaces or punctuation (entered \"{value}\").")),
        )),
    ErrorCode.NIP_LENGTH: M(
        QT_TRANSLATE_NOOP("messages", "{field} must have 18 digits ({length} entered)."),
        QT_TRANSLATE_NOOP("messages", "{field} must have 18 digits.")),
    ErrorCode.NIP_BIRTH_DATE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the first 8 digits ({birth})"
                                      " must be a real date of birth (YYYYMMDD)."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: the first 8 digits must be a real "
                                      "date of birth (YYYYMMDD).")),
    ErrorCode.NIP_TMT: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the appointment (TMT) part "
                                      "({tmt}) is not a real year and month."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: the appointment (TMT) part is not a "
                                      "real year and month.")),
    ErrorCode.NIP_TMT_BEFORE_BIRTH: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the appointment (TMT, {tmt})"
                                      " cannot be before the date of birth ({birth})."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: the appointment (TMT) cannot be "
                                      "before the date of birth.")),
    ErrorCode.NIP_SEX_DIGIT: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: digit 15 (sex) must be 1 or "
                                      "2, not {digit}."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: digit 15 (sex) must be 1 or 2.")),
    ErrorCode.NIP_SEQUENCE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the sequence number (last 3 "
                                      "digits) cannot be {sequence}."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: the sequence number (last 3 digits) "
                                      "cannot be 000.")),
    ErrorCode.NIP_PPPK_CODE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not a PPPK number: digit 13 must be 2 "
                                      "(entered {digit})."),
        QT_TRANSLATE_NOOP("messages", "{field} is not a PPPK number: digit 13 must be 2.")),
    ErrorCode.NIP_PPPK_BATCH: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: digit 14 (PPPK intake) "
                                      "cannot be {digit}."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: digit 14 (PPPK intake) cannot be 0.")),
    ErrorCode.NIP_KIND_MISMATCH: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is a {found} number, but this employee is "
                                      "{expected}."),
        QT_TRANSLATE_NOOP("messages", "{field} does not match the employee's ASN type (PNS or "
                                      "PPPK).")),
    ErrorCode.NIP_DUPLICATE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is already used by {name}."),
        QT_TRANSLATE_NOOP("messages", "{field} is already used by another employee."),
        when=(
            ("times", ANY_VALUE,
             QT_TRANSLATE_NOOP("messages", "{field} {value} appears {times} times in the file "
                                           "(rows {rows}).")),
            ("rows", ANY_VALUE,
             QT_TRANSLATE_NOOP("messages", "{field} {value} appears more than once in the file "
                                           "(rows {rows}).")),
            ("count", ANY_VALUE,
             QT_TRANSLATE_NOOP("messages", "There are {count} employees without a NIP named "
                                           "{value}; it is not clear which one is meant.")),
        )),
    ErrorCode.NIP_NOT_ALLOWED: M(
        QT_TRANSLATE_NOOP("messages", "{field} must be left empty for this employee "
                                      "(\"{value}\")."),
        QT_TRANSLATE_NOOP("messages", "{field} must be left empty for this employee.")),
    # generic field rules
    ErrorCode.FIELD_REQUIRED: M(
        QT_TRANSLATE_NOOP("messages", "{field} is required."),
        QT_TRANSLATE_NOOP("messages", "{field} is required.")),
    ErrorCode.FIELD_INVALID_CHOICE: M(
        QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" is not known; valid choices: "
                                      "{allowed}."),
        QT_TRANSLATE_NOOP("messages", "{field} holds a choice that is not known."),
        when=(
            ("reason", "fungsional_only",
             QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" is only filled in for functional "
                                           "positions; leave it empty for other position types.")),
        )),
    ErrorCode.FIELD_TOO_LONG: M(
        QT_TRANSLATE_NOOP("messages", "{field} is too long: at most {max} characters ({length} "
                                      "entered)."),
        QT_TRANSLATE_NOOP("messages", "{field} is too long.")),
    ErrorCode.FIELD_INVALID_DATE: M(
        QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" is not a valid date (format "
                                      "YYYY-MM-DD, e.g. 2025-01-31)."),
        QT_TRANSLATE_NOOP("messages", "{field} is not a valid date (format YYYY-MM-DD).")),
    ErrorCode.FIELD_INVALID_NUMBER: M(
        QT_TRANSLATE_NOOP("messages", "{field} must be a number (entered \"{value}\")."),
        QT_TRANSLATE_NOOP("messages", "{field} must be a valid number."),
        when=(
            ("min", ANY_VALUE,
             QT_TRANSLATE_NOOP("messages", "{field} must be a number from {min} to {max} (entered"
                                           " \"{value}\").")),
        )),
    ErrorCode.RANK_UNKNOWN: M(
        QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" is not known for {asn_type}; valid "
                                      "examples: III/a for PNS, IX for PPPK."),
        QT_TRANSLATE_NOOP("messages", "{field} is not known; valid examples: III/a for PNS, IX "
                                      "for PPPK.")),
    ErrorCode.RANK_NOT_FOR_ASN_TYPE: M(
        QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" does not apply to {asn_type}."),
        QT_TRANSLATE_NOOP("messages", "{field} does not apply to this employee's ASN type."),
        when=(
            ("asn_type", "NON_ASN",
             QT_TRANSLATE_NOOP("messages", "{field} must be left empty for non-ASN (entered "
                                           "\"{value}\").")),
        )),
    ErrorCode.JENJANG_UNKNOWN: M(
        QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" is not known; valid choices: "
                                      "{allowed}."),
        QT_TRANSLATE_NOOP("messages", "{field} is not known.")),
    # office / people
    ErrorCode.OFFICE_EXISTS: M(
        QT_TRANSLATE_NOOP("messages", "The office has already been created in this database; it "
                                      "is set up only once per database."),
        QT_TRANSLATE_NOOP("messages", "The office has already been created in this database.")),
    ErrorCode.OFFICE_MISSING: M(
        QT_TRANSLATE_NOOP("messages", "No office has been created yet in database {path}."),
        QT_TRANSLATE_NOOP("messages", "No office has been created yet in this database."),
        when=(
            ("reason", "no_file",
             QT_TRANSLATE_NOOP("messages", "Database {path} does not exist yet.")),
        )),
    ErrorCode.UNIT_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" was not found."),
        QT_TRANSLATE_NOOP("messages", "{field} was not found.")),
    ErrorCode.PEGAWAI_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "No employee with {field} {value} was found."),
        QT_TRANSLATE_NOOP("messages", "The employee was not found.")),
    ErrorCode.SUPERVISOR_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not in the list of employees."),
        QT_TRANSLATE_NOOP("messages", "{field} is not in the list of employees.")),
    ErrorCode.SUPERVISOR_SELF: M(
        QT_TRANSLATE_NOOP("messages", "{field} cannot be the employee's own NIP."),
        QT_TRANSLATE_NOOP("messages", "{field} cannot be the employee's own NIP.")),
    ErrorCode.SUPERVISOR_CYCLE: M(
        QT_TRANSLATE_NOOP("messages", "{field}: this supervisor makes the chain of supervisors go"
                                      " round in a circle (an employee would supervise their own "
                                      "supervisor)."),
        QT_TRANSLATE_NOOP("messages", "{field}: this supervisor makes the chain of supervisors go"
                                      " round in a circle."),
        when=(
            ("cycle", ANY_VALUE,
             QT_TRANSLATE_NOOP("messages", "{field} {value} makes the chain of supervisors go "
                                           "round in a circle: {cycle}.")),
        )),
    # SKP
    ErrorCode.SKP_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "SKP not found ({value})."),
        QT_TRANSLATE_NOOP("messages", "SKP not found."),
        when=(
            ("field", "tahun",
             QT_TRANSLATE_NOOP("messages", "This employee has no SKP for {value} yet.")),
        )),
    ErrorCode.SKP_EXISTS: M(
        QT_TRANSLATE_NOOP("messages", "This employee already has an SKP for {year} (period "
                                      "{start} to {end}) whose period overlaps."),
        QT_TRANSLATE_NOOP("messages", "This employee already has an SKP whose period overlaps.")),
    ErrorCode.SKP_NOT_ALLOWED_FOR_NON_ASN: M(
        QT_TRANSLATE_NOOP("messages", "{name} is not an ASN (non-ASN), so no SKP is made for "
                                      "them."),
        QT_TRANSLATE_NOOP("messages", "No SKP is made for non-ASN employees.")),
    ErrorCode.SKP_PERIOD_INVALID: M(
        QT_TRANSLATE_NOOP("messages", "The appraisal period {start} to {end} is not valid: the "
                                      "start must come before the end and both must lie in "
                                      "{year}."),
        QT_TRANSLATE_NOOP("messages", "The appraisal period is not valid: the start must come "
                                      "before the end and both must lie in the SKP year.")),
    ErrorCode.SKP_READ_ONLY: M(
        QT_TRANSLATE_NOOP("messages", "An SKP with status {status} cannot be changed; return it "
                                      "or reopen it as Draft first."),
        QT_TRANSLATE_NOOP("messages", "This SKP cannot be changed because it is not a Draft.")),
    ErrorCode.SKP_TRANSITION_NOT_ALLOWED: M(
        QT_TRANSLATE_NOOP("messages", "An SKP with status {status} cannot be {action}; only an "
                                      "SKP with status {source} can be {action}."),
        QT_TRANSLATE_NOOP("messages", "This change of the SKP status is not allowed.")),
    ErrorCode.SKP_NOTE_REQUIRED: M(
        QT_TRANSLATE_NOOP("messages", "{field} is required when an SKP is {action} (the reason is"
                                      " recorded on the SKP and in the journal)."),
        QT_TRANSLATE_NOOP("messages", "{field} is required for this change of status.")),
    ErrorCode.SKP_INCOMPLETE: M(
        QT_TRANSLATE_NOOP("messages", "The SKP is not complete, so it cannot be submitted yet: "
                                      "{problems}."),
        QT_TRANSLATE_NOOP("messages", "The SKP is not complete, so it cannot be submitted yet.")),
    ErrorCode.SKP_NO_PREVIOUS: M(
        QT_TRANSLATE_NOOP("messages", "There is no SKP for {year} to copy."),
        QT_TRANSLATE_NOOP("messages", "There is no SKP of a previous year to copy.")),
    ErrorCode.RHK_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} was not found ({value})."),
        QT_TRANSLATE_NOOP("messages", "RHK not found.")),
    ErrorCode.RHK_IN_USE: M(
        QT_TRANSLATE_NOOP("messages", "This RHK is still intervened by {count} RHK of "
                                      "subordinates; remove those links first."),
        QT_TRANSLATE_NOOP("messages", "This RHK is still intervened by RHK of subordinates.")),
    ErrorCode.RHK_PARENT_NOT_SUPERVISOR: M(
        QT_TRANSLATE_NOOP("messages", "{field} must be a main RHK (RHK Utama) of the direct "
                                      "supervisor's SKP of the same year."),
        QT_TRANSLATE_NOOP("messages", "{field} must be a main RHK (RHK Utama) of the direct "
                                      "supervisor's SKP of the same year.")),
    ErrorCode.RHK_PARENT_FOR_TAMBAHAN: M(
        QT_TRANSLATE_NOOP("messages", "An additional RHK (RHK Tambahan) does not intervene a "
                                      "leader's RHK; leave {field} empty."),
        QT_TRANSLATE_NOOP("messages", "An additional RHK (RHK Tambahan) does not intervene a "
                                      "leader's RHK.")),
    ErrorCode.RHK_PERSPECTIVE_JPT_ONLY: M(
        QT_TRANSLATE_NOOP("messages", "{field} is only filled in on the SKP of a senior executive"
                                      " (JPT)."),
        QT_TRANSLATE_NOOP("messages", "{field} is only filled in on the SKP of a senior executive"
                                      " (JPT).")),
    ErrorCode.INDICATOR_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} was not found ({value})."),
        QT_TRANSLATE_NOOP("messages", "Indicator not found.")),
    ErrorCode.INDICATOR_ASPECT_REQUIRED: M(
        QT_TRANSLATE_NOOP("messages", "{field} must be chosen (Quantity, Quality, Time or Cost) "
                                      "on a quantitative JA/JF SKP."),
        QT_TRANSLATE_NOOP("messages", "{field} must be chosen on a quantitative JA/JF SKP.")),
    ErrorCode.INDICATOR_ASPECT_NOT_ALLOWED: M(
        QT_TRANSLATE_NOOP("messages", "{field} is only filled in on a quantitative JA/JF SKP; "
                                      "this SKP is {form} {approach}."),
        QT_TRANSLATE_NOOP("messages", "{field} is only filled in on a quantitative JA/JF SKP.")),
    ErrorCode.LAMPIRAN_ITEM_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} was not found ({value})."),
        QT_TRANSLATE_NOOP("messages", "Attachment item not found.")),
    ErrorCode.CORE_VALUE_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} (core value) was not found ({value})."),
        QT_TRANSLATE_NOOP("messages", "Work behaviour (core value) not found.")),
    # printed documents
    ErrorCode.PRINT_CODE_UNKNOWN: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not known: this database holds no printed "
                                      "SKP with this code."),
        QT_TRANSLATE_NOOP("messages", "{field} is not known: this database holds no printed SKP "
                                      "with this code."),
        when=(
            ("reason", "format",
             QT_TRANSLATE_NOOP("messages", "{field} \"{value}\" is not an SKP Desk document code "
                                           "(it looks like SKP-XXXXX-XXXXX and is printed in the "
                                           "footer of every page).")),
        )),
    # files and storage
    ErrorCode.IMPORT_INVALID: M(
        QT_TRANSLATE_NOOP("messages", "The staff file was refused: {count} problems found; "
                                      "nothing was saved."),
        QT_TRANSLATE_NOOP("messages", "The staff file was refused; nothing was saved.")),
    ErrorCode.FILE_NOT_FOUND: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path} was not found."),
        QT_TRANSLATE_NOOP("messages", "{field} was not found.")),
    ErrorCode.FILE_FORMAT_UNSUPPORTED: M(
        QT_TRANSLATE_NOOP("messages", "The file format \"{value}\" is not supported; use a "
                                      "{allowed} file."),
        QT_TRANSLATE_NOOP("messages", "The file format is not supported; use an .xlsx or .csv "
                                      "file.")),
    ErrorCode.FILE_UNREADABLE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path} cannot be read: {reason}."),
        QT_TRANSLATE_NOOP("messages", "{field} cannot be read.")),
    ErrorCode.FILE_UNWRITABLE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path} cannot be written ({detail}); check that "
                                      "the folder exists and that no other program has the file "
                                      "open."),
        QT_TRANSLATE_NOOP("messages", "{field} cannot be written; check that the folder exists "
                                      "and that no other program has the file open.")),
    ErrorCode.FILE_COLUMNS_MISSING: M(
        QT_TRANSLATE_NOOP("messages", "Required columns are missing from the file's header row: "
                                      "{missing}."),
        QT_TRANSLATE_NOOP("messages", "Some required columns are missing from the file's header "
                                      "row (row 1).")),
    ErrorCode.DB_NEWER_SCHEMA: M(
        QT_TRANSLATE_NOOP("messages", "Database {path} was made by a newer version of SKP Desk "
                                      "(schema {revision}); update this program before opening "
                                      "it."),
        QT_TRANSLATE_NOOP("messages", "This database was made by a newer version of SKP Desk; "
                                      "update this program.")),
    ErrorCode.DB_UNREADABLE: M(
        QT_TRANSLATE_NOOP("messages", "File {path} is not a readable SKP Desk database (SQLite)."),
        QT_TRANSLATE_NOOP("messages", "This file is not a readable SKP Desk database (SQLite).")),
    ErrorCode.DEMO_NEEDS_EMPTY_DB: M(
        QT_TRANSLATE_NOOP("messages", "Demo data is only created in an empty database, and this "
                                      "database already holds data; choose a new file."),
        QT_TRANSLATE_NOOP("messages", "Demo data is only created in an empty database; choose a "
                                      "new file.")),
    # --- area: database
    ErrorCode.DB_NOT_SKP: M(
        QT_TRANSLATE_NOOP("messages", "File {path} is not an SKP Desk database (it is another "
                                      "program's SQLite file); the file was not changed."),
        QT_TRANSLATE_NOOP("messages", "This file is not an SKP Desk database; the file was not "
                                      "changed."),
        when=(("reason", "empty",
               QT_TRANSLATE_NOOP("messages", "File {path} is empty and holds no SKP Desk "
                                             "database; the file was not changed.")),
              ("reason", "not_sqlite",
               QT_TRANSLATE_NOOP("messages", "File {path} is not an SKP Desk database: it is not "
                                             "SQLite (another kind of file, or its beginning is "
                                             "damaged); the file was not changed.")),
              ("reason", "no_file",
               QT_TRANSLATE_NOOP("messages", "Database {path} does not exist yet.")),
              ("reason", "directory",
               QT_TRANSLATE_NOOP("messages", "{path} is a folder, not an SKP Desk database "
                                             "file.")),
              ("reason", "unreadable",
               QT_TRANSLATE_NOOP("messages", "File {path} cannot be read ({detail}).")))),
    ErrorCode.DB_DAMAGED: M(
        QT_TRANSLATE_NOOP("messages", "Database {path} is damaged: its beginning or its list of "
                                      "tables cannot be read; the file was not changed. Restore it "
                                      "from a backup copy (for example in the backups folder "
                                      "beside it)."),
        QT_TRANSLATE_NOOP("messages", "This database is damaged; the file was not changed. "
                                      "Restore it from a backup copy."),
        # area: journal — damage met while reading or writing (storage/damage.py)
        when=(("detail", ANY_VALUE,
               QT_TRANSLATE_NOOP("messages", "Database {path} is damaged ({detail}); nothing was "
                                             "changed. Run \"skpdesk check\" for details and "
                                             "restore it from a backup copy (for example in the "
                                             "backups folder beside it).")),)),
    ErrorCode.DB_BUSY: M(
        QT_TRANSLATE_NOOP("messages", "Database {path} is locked by another process (not SKP "
                                      "Desk, for example another program that has the file open); "
                                      "nothing was changed. Close that program or wait, then try "
                                      "again."),
        QT_TRANSLATE_NOOP("messages", "The database is locked by another process; nothing was "
                                      "changed. Wait, then try again."),
        when=(("actor", ANY_VALUE,
               QT_TRANSLATE_NOOP("messages", "Database {path} is being written by {actor} "
                                             "(process {pid} on computer {host}) since {since}; "
                                             "nothing was changed. Wait until it finishes, then "
                                             "try again.")),)),
    ErrorCode.DB_DISK_FULL: M(
        QT_TRANSLATE_NOOP("messages", "The disk is full: {path} cannot be written; nothing was "
                                      "changed. Free some disk space, then try again."),
        QT_TRANSLATE_NOOP("messages", "The disk is full; nothing was changed. Free some disk "
                                      "space, then try again.")),
    ErrorCode.DB_FOLDER_UNWRITABLE: M(
        QT_TRANSLATE_NOOP("messages", "Folder {path} cannot be written ({detail}); nothing was "
                                      "changed. Check the folder's permissions or choose another "
                                      "database location."),
        QT_TRANSLATE_NOOP("messages", "The database folder cannot be written; nothing was "
                                      "changed. Check the folder's permissions or choose another "
                                      "location.")),
    ErrorCode.DB_IO_ERROR: M(
        QT_TRANSLATE_NOOP("messages", "The disk failed to read or write {path} (disk full, "
                                      "medium removed, or a damaged disk); nothing was changed. "
                                      "Check the free space and the disk, then try again."),
        QT_TRANSLATE_NOOP("messages", "The disk failed to read or write the database (disk full, "
                                      "medium removed, or a damaged disk); nothing was changed. "
                                      "Check the free space and the disk, then try again.")),
    ErrorCode.DB_BACKUP_FAILED: M(
        QT_TRANSLATE_NOOP("messages", "The backup copy before the schema upgrade cannot be made "
                                      "in {path} ({detail}); the database was not upgraded and "
                                      "not changed. Free some disk space or check the folder's "
                                      "permissions, then open it again."),
        QT_TRANSLATE_NOOP("messages", "The backup copy before the schema upgrade cannot be made; "
                                      "the database was not upgraded and not changed.")),
    ErrorCode.RECORD_CHANGED: M(
        QT_TRANSLATE_NOOP("messages", "The data of pegawai {name} was changed elsewhere since it "
                                      "was opened; this change was not saved. Reload the data, "
                                      "then make the change again."),
        QT_TRANSLATE_NOOP("messages", "This data was changed elsewhere since it was opened; this "
                                      "change was not saved. Reload, then try again."),
        when=(("actor", ANY_VALUE,
               QT_TRANSLATE_NOOP("messages", "The data of pegawai {name} was changed by {actor} "
                                             "since it was opened; this change was not saved. "
                                             "Reload the data, then make the change again.")),)),
    # --- area: printing
    ErrorCode.DB_READ_ONLY: M(
        QT_TRANSLATE_NOOP("messages", "Database {path} can only be read (the file, its folder or "
                                      "its medium cannot be written), so changes cannot be saved; "
                                      "nothing was changed. Check the file's permissions or copy "
                                      "the database to a writable folder."),
        QT_TRANSLATE_NOOP("messages", "The database can only be read, so changes cannot be "
                                      "saved; nothing was changed."),
        when=(
            ("action", "print",
             QT_TRANSLATE_NOOP("messages", "Database {path} can only be read (the file, its "
                                           "folder or its medium cannot be written), so the "
                                           "printed document codes cannot be recorded; no PDF "
                                           "was made. Check the file's permissions or copy the "
                                           "database to a writable folder.")),)),
    ErrorCode.LOGO_TOO_LARGE: M(
        QT_TRANSLATE_NOOP("messages", "The logo file {value} is too large: {size_kb} KB, at most "
                                      "{max_kb} KB."),
        QT_TRANSLATE_NOOP("messages", "The logo file is too large: at most 2 MB.")),
    ErrorCode.LOGO_TOO_MANY_PIXELS: M(
        QT_TRANSLATE_NOOP("messages", "The logo image {value} is {width}×{height} pixels; at most "
                                      "{max_side}×{max_side} pixels (the logo is printed small, "
                                      "1000 pixels are enough)."),
        QT_TRANSLATE_NOOP("messages", "The logo image has too many pixels.")),
    ErrorCode.LOGO_NOT_AN_IMAGE: M(
        QT_TRANSLATE_NOOP("messages", "The logo file {value} is not a complete {format} image: it "
                                      "is damaged or holds other data ({detail})."),
        QT_TRANSLATE_NOOP("messages", "The logo file is not a complete PNG or JPEG image: it is "
                                      "damaged or holds other data.")),
    # input (issue 7: bad input)
    ErrorCode.FIELD_CONTROL_CHARACTER: M(
        QT_TRANSLATE_NOOP("messages", "{field} contains an invisible control character ({char}) "
                                      "at position {position}; control characters and text "
                                      "direction overrides are not allowed."),
        QT_TRANSLATE_NOOP("messages", "{field} contains an invisible control character; control "
                                      "characters and text direction overrides are not "
                                      "allowed.")),
    ErrorCode.NIP_BIRTH_TOO_EARLY: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the birth date ({birth}) is "
                                      "before {min_year}; the 18-digit NIP exists since 2008 and "
                                      "no serving ASN was born before {min_year}."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: the birth date in the NIP is too "
                                      "early.")),
    ErrorCode.NIP_AGE_AT_TMT: M(
        QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the age at appointment "
                                      "({tmt}) would be {age} years, which is not plausible."),
        QT_TRANSLATE_NOOP("messages", "{field} is not valid: the age at appointment is not "
                                      "plausible."),
        when=(
            ("reason", "too_young",
             QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the age at appointment "
                                           "({tmt}) would be only {age} years, but a CPNS/PPPK is "
                                           "at least {min_age} (born {birth}).")),
            ("reason", "too_old",
             QT_TRANSLATE_NOOP("messages", "{field} {value} is not valid: the age at appointment "
                                           "({tmt}) would be {age} years, more than the limit of "
                                           "{max_age} (born {birth}).")),
        )),
    ErrorCode.FILE_TOO_LARGE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path} is too large: {size_bytes}; at most "
                                      "{limit_bytes}."),
        QT_TRANSLATE_NOOP("messages", "{field} is too large to import."),
        when=(
            ("reason", "unpacked",
             QT_TRANSLATE_NOOP("messages", "{field} {path} is too large: the XLSX unpacks to "
                                           "{size_bytes}; at most {limit_bytes}.")),
            ("reason", "part",
             QT_TRANSLATE_NOOP("messages", "{field} {path} is not plausible: part {part} inside "
                                           "the XLSX is {size_bytes}; at most {limit_bytes}.")),
            ("reason", "parts",
             QT_TRANSLATE_NOOP("messages", "{field} {path} is not plausible: the XLSX holds "
                                           "{count} parts; at most {limit}.")),
        )),
    ErrorCode.FILE_TOO_MANY_ROWS: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path} holds more than {limit} data rows "
                                      "(stopped at row {row}); split it into several files."),
        QT_TRANSLATE_NOOP("messages", "{field} holds too many data rows."),
        when=(
            ("reason", "sheet",
             QT_TRANSLATE_NOOP("messages", "{field} {path}: the worksheet goes past row {limit}, "
                                           "Excel's limit.")),
            ("reason", "counted",
             QT_TRANSLATE_NOOP("messages", "{field} {path} holds more than {limit} data rows; "
                                           "split it into several files.")),
        )),
    ErrorCode.FILE_ROW_TOO_WIDE: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path}: row {row} is too wide."),
        QT_TRANSLATE_NOOP("messages", "{field}: a row is too wide."),
        when=(
            ("reason", "columns",
             QT_TRANSLATE_NOOP("messages", "{field} {path}: row {row} has {count} columns; at "
                                           "most {limit}.")),
            ("reason", "chars",
             QT_TRANSLATE_NOOP("messages", "{field} {path}: row {row} is longer than {limit} "
                                           "characters.")),
            ("reason", "cells",
             QT_TRANSLATE_NOOP("messages", "{field} {path}: worksheet row no. {row} has more "
                                           "than {limit} cells.")),
        )),
    ErrorCode.FILE_CELL_TOO_LONG: M(
        QT_TRANSLATE_NOOP("messages", "{field} {path}: the cell in row {row}, column {column} "
                                      "holds {length} characters; at most {limit}."),
        QT_TRANSLATE_NOOP("messages", "{field}: a cell is too long."),
        when=(
            ("column", "",
             QT_TRANSLATE_NOOP("messages", "{field} {path}: the cell starting in row {row} is "
                                           "longer than {limit} characters.")),
        )),
}
del M

GENERIC_ERROR = QT_TRANSLATE_NOOP("messages", "The data is not valid ({code}).")


def _label(table: dict[str, str], context: str, key: Any) -> str:
    source = table.get(key)
    return QCoreApplication.translate(context, source) if source else str(key)


def field_label(key: str | None) -> str:
    """The human name of a field key ("nip_atasan" -> "Supervisor's NIP"), translated."""
    if not key:
        return QCoreApplication.translate("fields", "Field")
    key = str(key)
    source = FIELD_LABELS.get(key) or FIELD_LABELS.get(key.lower())
    if source:
        return QCoreApplication.translate("fields", source)
    return key.replace("_", " ").capitalize()


def _status_label(value: Any) -> str:
    try:
        return STATUS_LABELS[SkpStatus(value)]  # official Indonesian terms, in every language
    except (ValueError, KeyError):
        return str(value)


def _number(n: int) -> str:
    """Digit grouping of the current locale (12.345 in Indonesian)."""
    return QLocale().toString(int(n))


def _join(values: Any) -> str:
    if isinstance(values, (list, tuple, set)):
        return ", ".join(str(v) for v in values)
    return str(values)


def _problem_text(problem: Any) -> str:
    if not isinstance(problem, dict):
        return str(problem)
    rule = str(problem.get("rule", ""))
    template = _label(INCOMPLETE_RULES, "message_labels", rule)
    try:
        return template.format(**problem)
    except (KeyError, IndexError, ValueError):
        return template


def prepare_params(params: dict[str, Any]) -> dict[str, Any]:
    """Params as text a sentence can hold: labels for fields, statuses, actions and lists."""
    values = dict(params)
    values["field"] = field_label(params.get("field"))
    values["field_lower"] = values["field"].lower()
    if "status" in params:
        values["status"] = _status_label(params["status"])
    if "action" in params:
        action = params["action"]
        values["action"] = _label(ACTION_LABELS, "message_labels", action)
        if action in TRANSITIONS:
            values["source"] = STATUS_LABELS[TRANSITIONS[action][0]]
    for key in ("asn_type", "expected", "found"):
        if key in params:
            values[key] = _label(ASN_LABELS, "message_labels", params[key])
    if "form" in params:
        values["form"] = FORM_LABELS.get(params["form"], str(params["form"]))
    for key in ("allowed", "columns", "missing", "rows"):
        if key in params:
            values[key] = _join(params[key])
    if params.get("more"):  # rows listed only in part: "2, 3, 4, … (+9,997)"
        values["rows"] = f"{values.get('rows', '')}, … (+{_number(params['more'])})"
    for key in ("times", "limit", "count", "omitted"):
        if isinstance(params.get(key), int) and not isinstance(params[key], bool):
            values[key] = _number(params[key])
    for key in ("size_bytes", "limit_bytes"):
        if isinstance(params.get(key), int):
            values[key] = QLocale().toString(params[key] / (1024 * 1024), "f", 1) + " MB"
    if isinstance(params.get("problems"), (list, tuple)):
        values["problems"] = "; ".join(_problem_text(p) for p in params["problems"])
    if "cycle" in params:
        cycle = params["cycle"]
        joined = isinstance(cycle, (list, tuple))
        values["cycle"] = " → ".join(map(str, cycle)) if joined else str(cycle)
    if "reason" in params:
        values["reason"] = _label(FILE_REASONS, "message_labels", params["reason"])
    if "path" in params:
        values["path"] = str(params["path"])
    elif "value" in params and params.get("field") in ("file", "berkas"):
        values["path"] = str(params["value"])
    return values


def message_for(code: ErrorCode, params: dict[str, Any] | None = None) -> str:
    """The sentence (in the installed language) for an error code and its params; never raises."""
    params = dict(params or {})
    entry = ERROR_MESSAGES.get(code)
    code_text = getattr(code, "value", str(code))
    generic = _t(GENERIC_ERROR).replace("{code}", code_text)
    if entry is None:
        return generic
    try:
        values = prepare_params(params)
    except Exception:  # noqa: BLE001 - a message must never be the thing that fails
        values = {"field": field_label(None), "field_lower": field_label(None).lower()}
    for source in (entry.pick(params), entry.fallback):
        try:
            return _t(source).format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return generic


def error_text(err: DomainError) -> str:
    """The sentence for a raised `DomainError`."""
    return message_for(err.code, err.params)
