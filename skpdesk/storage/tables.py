"""ORM tables. Every syncable table mixes in `Syncable` (UUIDv7 id, timestamps, device, HLC).

Natural keys (a NIP, an SKP's pegawai and period, a setting's key, ...) carry plain indexes, not
UNIQUE constraints: two replicas may each create a row of one key before they sync, and the
merge must keep both rather than fail (schema 0005). Services refuse such duplicates on local
writes, and repositories read the lowest id of a key (`repositories/office.py`).

How to add a table: declare it here (or, for a feature with several tables, in a module of its
own like `evaluation_tables.py`, listed in SYNCABLE_TABLES below), add an Alembic revision under `migrations/versions/`,
and a repository method that maps rows to `skpdesk.domain` values.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from skpdesk.domain.journal_chain import GENESIS
from skpdesk.domain.sync import MergeClass, SyncRule

# The declarative base lives in `table_base` so that feature modules (`evaluation_tables`) can
# declare their tables without importing this module; the names stay importable from here.
from .table_base import LOCAL, NAMING, Base, Syncable  # noqa: F401 - re-exported
from .paper_tables import SignedScanRow  # noqa: E402,F401 - re-exported (schema 0012)
from .evaluation_tables import (AdvisoryInputRow, EvaluationRow, KeberatanRow,
                                OrgPredikatRow)


class InstansiRow(Syncable, Base):
    __tablename__ = "instansi"
    __sync__ = SyncRule(MergeClass.MUTABLE, attachments=("logo_path",))
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    logo_path: Mapped[str | None] = mapped_column(String(500))


class UnitRow(Syncable, Base):
    __tablename__ = "unit_kerja"
    __sync__ = SyncRule(MergeClass.MUTABLE, optional_parents={"parent_id": "unit_kerja"})
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("unit_kerja.id"), index=True)


class PegawaiRow(Syncable, Base):
    __tablename__ = "pegawai"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("nip",),
                        required_parents={"unit_id": "unit_kerja"},
                        optional_parents={"supervisor_id": "pegawai",
                                          "appraiser_override_id": "pegawai"})
    nip: Mapped[str | None] = mapped_column(String(30), index=True)
    asn_type: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200), index=True)
    front_title: Mapped[str] = mapped_column(String(50), default="")
    back_title: Mapped[str] = mapped_column(String(100), default="")
    rank_code: Mapped[str | None] = mapped_column(String(10))
    position: Mapped[str] = mapped_column(String(300))
    position_kind: Mapped[str] = mapped_column(String(20))
    jenjang: Mapped[str | None] = mapped_column(String(30))
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit_kerja.id"), index=True)
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    appraiser_override_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    # No longer active (pensiun, mutasi keluar): the row and its history stay, only the status
    # and the date it took effect change (schema 0008; "aktif" for everyone before).
    employment_status: Mapped[str] = mapped_column(String(20), default="aktif",
                                                   server_default="aktif")
    status_since: Mapped[dt.date | None] = mapped_column(Date)


class CoreValueRow(Syncable, Base):
    __tablename__ = "core_value"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("number",))
    number: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(100))
    guide_1: Mapped[str] = mapped_column(Text)
    guide_2: Mapped[str] = mapped_column(Text)
    guide_3: Mapped[str] = mapped_column(Text)


class SkpRow(Syncable, Base):
    __tablename__ = "skp"
    __sync__ = SyncRule(MergeClass.WORKFLOW, natural_key=("pegawai_id", "period_start"),
                        required_parents={"pegawai_id": "pegawai"},
                        optional_parents={"appraiser_id": "pegawai"}, owner="self")
    __table_args__ = (Index("ix_skp_pegawai_id_period_start", "pegawai_id", "period_start"),
                      Index("ix_skp_year_pegawai", "year", "pegawai_id"))
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"))
    appraiser_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    year: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    approach: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(10))
    position: Mapped[str] = mapped_column(String(300))
    unit_path: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20))
    status_note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # Workflow epoch: a return or reopen starts a new one (sync: content frozen per epoch).
    epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RhkRow(Syncable, Base):
    __tablename__ = "rhk"
    __sync__ = SyncRule(MergeClass.MUTABLE, required_parents={"skp_id": "skp"},
                        optional_parents={"parent_rhk_id": "rhk"}, owner="skp_id")
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    parent_rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"), index=True)
    perspective: Mapped[str | None] = mapped_column(String(30))
    assignment_from: Mapped[str] = mapped_column(String(200), default="")


class IndicatorRow(Syncable, Base):
    __tablename__ = "indikator"
    __sync__ = SyncRule(MergeClass.MUTABLE, required_parents={"rhk_id": "rhk"}, owner="rhk_id")
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    aspect: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    target_value: Mapped[str] = mapped_column(String(100), default="")
    target_unit: Mapped[str] = mapped_column(String(100), default="")


class BehaviourRow(Syncable, Base):
    __tablename__ = "perilaku_kerja"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("skp_id", "core_value_id"),
                        required_parents={"skp_id": "skp", "core_value_id": "core_value"},
                        owner="skp_id")
    __table_args__ = (Index("ix_perilaku_kerja_skp_id_core_value_id", "skp_id", "core_value_id"),)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    core_value_id: Mapped[str] = mapped_column(ForeignKey("core_value.id"))
    expectation: Mapped[str] = mapped_column(Text, default="")


class LampiranRow(Syncable, Base):
    __tablename__ = "lampiran_item"
    __sync__ = SyncRule(MergeClass.MUTABLE, required_parents={"skp_id": "skp"}, owner="skp_id")
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    section: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class OfficeSettingRow(Syncable, Base):
    __tablename__ = "office_setting"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("key",))
    key: Mapped[str] = mapped_column(String(100), index=True)
    value: Mapped[str] = mapped_column(Text)


class ReplicaNameRow(Syncable, Base):
    """The human name of a replica ("Laptop Bu Ratna"), keyed by its device id. Synced, so a
    laptop names the other laptops in its conflict queue, not only the peers it pinned."""

    __tablename__ = "replica_name"
    __sync__ = SyncRule(MergeClass.MUTABLE)
    name: Mapped[str] = mapped_column(String(100))


class PrintedDocumentRow(Syncable, Base):
    """A printed copy: its short code leads back to the record and revision it was made from."""

    __tablename__ = "printed_document"
    # Append-only facts never conflict: a code recorded twice is read as its lowest id.
    __sync__ = SyncRule(MergeClass.APPEND_ONLY, optional_parents={"skp_id": "skp",
                                                                  "pegawai_id": "pegawai"})
    code: Mapped[str] = mapped_column(String(20), index=True)
    # "skp", "umpan_balik", "b18", "b19", "dialog", "distribusi"; issue 13: "evaluasi",
    # "dokumen_evaluasi", "penetapan"
    kind: Mapped[str] = mapped_column(String(20))
    # The SKP the copy belongs to; None only for a unit's form (penetapan, schema 0012)
    skp_id: Mapped[str | None] = mapped_column(ForeignKey("skp.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    # Schema 0012 (issue 13). `record_id`: the record the paper belongs to, as in the page's QR
    # code (the SKP, the evaluasi revision row, the unit of a penetapan); "" on older rows, read
    # as `skp_id`. `status`: the record's status when printed (SkpStatus / EvaluationStatus
    # value; "" on older rows). `pages`: the page count of the copy (None on older rows).
    record_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    period: Mapped[str] = mapped_column(String(12), default="")
    status: Mapped[str] = mapped_column(String(20), default="")
    pages: Mapped[int | None] = mapped_column(Integer)
    pegawai_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)



# ---- dialog kinerja, bimbingan, umpan balik, tindak lanjut (schema 0009, issue 10) ----------
# Merge classes (docs/sync-merge.md §4): a dialog and its participants/topics are mutable while
# the dialog is a draft (services refuse edits once `closed_at` is set; corrections are addenda);
# addenda, umpan balik and the B.1.8/B.1.9 answers are append-only facts (a correction is a new
# row naming the one it `supersedes_id`); tindak lanjut are action items (mutable).

class DialogRow(Syncable, Base):
    __tablename__ = "dialog_kinerja"
    __sync__ = SyncRule(MergeClass.MUTABLE,
                        optional_parents={"led_by_id": "pegawai", "author_id": "pegawai"})
    __table_args__ = (Index("ix_dialog_kinerja_held_on", "held_on"),)
    held_on: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")       # "HH:MM"
    duration_min: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    online: Mapped[int] = mapped_column(Integer, default=0)               # "daring"
    kind: Mapped[str] = mapped_column(String(30))                        # domain.dialog.DialogKind
    # Who led it: the pejabat penilai or another pegawai (`led_by_id`), or an external "pihak
    # lain yang diberikan penugasan khusus" by name and role only.
    led_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    led_by_name: Mapped[str] = mapped_column(String(200), default="")
    led_by_role: Mapped[str] = mapped_column(String(200), default="")
    agenda: Mapped[str] = mapped_column(Text, default="[]")              # JSON list of str
    notes: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[int] = mapped_column(Integer, default=0)
    # Who wrote it (the acting pegawai when created): with the participants, the only readers of
    # a confidential dialog. The name is a snapshot for the record.
    author_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    closed_at: Mapped[str | None] = mapped_column(String(32))             # None: draft
    closed_by: Mapped[str] = mapped_column(String(200), default="")


class DialogParticipantRow(Syncable, Base):
    """A pegawai taking part in a dialog (one, or several for a team dialog)."""

    __tablename__ = "dialog_peserta"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("dialog_id", "pegawai_id"),
                        required_parents={"dialog_id": "dialog_kinerja", "pegawai_id": "pegawai"})
    __table_args__ = (Index("ix_dialog_peserta_dialog_id_pegawai_id", "dialog_id", "pegawai_id"),)
    dialog_id: Mapped[str] = mapped_column(ForeignKey("dialog_kinerja.id"))
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)


class DialogTopicRow(Syncable, Base):
    """An RHK or a core value discussed in a dialog (one of the two ids)."""

    __tablename__ = "dialog_topik"
    __sync__ = SyncRule(MergeClass.MUTABLE, required_parents={"dialog_id": "dialog_kinerja"},
                        optional_parents={"rhk_id": "rhk", "core_value_id": "core_value"})
    dialog_id: Mapped[str] = mapped_column(ForeignKey("dialog_kinerja.id"), index=True)
    rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"))
    core_value_id: Mapped[str | None] = mapped_column(ForeignKey("core_value.id"))


class DialogAddendumRow(Syncable, Base):
    """A correction or addition to a closed dialog, with its own date and author."""

    __tablename__ = "dialog_adendum"
    __sync__ = SyncRule(MergeClass.APPEND_ONLY, required_parents={"dialog_id": "dialog_kinerja"},
                        optional_parents={"author_id": "pegawai"})
    dialog_id: Mapped[str] = mapped_column(ForeignKey("dialog_kinerja.id"), index=True)
    written_at: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)


class FollowUpRow(Syncable, Base):
    """Tindak lanjut agreed in a dialog: an action item with an owner and a due date."""

    __tablename__ = "tindak_lanjut"
    __sync__ = SyncRule(MergeClass.MUTABLE,
                        required_parents={"dialog_id": "dialog_kinerja", "owner_id": "pegawai"},
                        optional_parents={"rhk_id": "rhk", "core_value_id": "core_value",
                                          "closed_in_dialog_id": "dialog_kinerja"})
    __table_args__ = (Index("ix_tindak_lanjut_owner_status_due", "owner_id", "status", "due_on"),)
    dialog_id: Mapped[str] = mapped_column(ForeignKey("dialog_kinerja.id"), index=True)
    owner_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")       # FollowUpStatus
    status_note: Mapped[str] = mapped_column(Text, default="")
    status_on: Mapped[dt.date | None] = mapped_column(Date)
    rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"))
    core_value_id: Mapped[str | None] = mapped_column(ForeignKey("core_value.id"))
    # The later dialog in which it was closed (carried over and settled there), if any.
    closed_in_dialog_id: Mapped[str | None] = mapped_column(ForeignKey("dialog_kinerja.id"))


class FeedbackRow(Syncable, Base):
    """Umpan balik berkelanjutan: the pimpinan's dated feedback on one RHK or one core value of an
    SKP for a period (append-only; a correction is a new row superseding the old one)."""

    __tablename__ = "umpan_balik"
    __sync__ = SyncRule(MergeClass.APPEND_ONLY, required_parents={"skp_id": "skp"},
                        optional_parents={"rhk_id": "rhk", "core_value_id": "core_value",
                                          "dialog_id": "dialog_kinerja", "author_id": "pegawai",
                                          "supersedes_id": "umpan_balik"})
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"))
    core_value_id: Mapped[str | None] = mapped_column(ForeignKey("core_value.id"))
    period: Mapped[str] = mapped_column(String(10))       # "2026-03" | "2026-Q1"
    # What the feedback was on, as worded when given ("RHK 1: ...", "Akuntabel"): the RHK may be
    # revised or deleted later, and the feedback must still say what it was about.
    target_label: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")
    dialog_id: Mapped[str | None] = mapped_column(ForeignKey("dialog_kinerja.id"))
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("umpan_balik.id"))


class CoachingFeedbackRow(Syncable, Base):
    """B.1.8 Umpan Balik Pelaksanaan Bimbingan Kinerja: one pegawai's answers after a bimbingan.
    `answers` is JSON [{"number", "statement" (verbatim), "response", "comment"}]; `scale` the
    JSON list of response labels in force when answered (the office may change the setting)."""

    __tablename__ = "umpan_balik_bimbingan"
    __sync__ = SyncRule(MergeClass.APPEND_ONLY,
                        required_parents={"dialog_id": "dialog_kinerja", "pegawai_id": "pegawai"},
                        optional_parents={"supersedes_id": "umpan_balik_bimbingan"})
    dialog_id: Mapped[str] = mapped_column(ForeignKey("dialog_kinerja.id"), index=True)
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"))
    answered_on: Mapped[dt.date] = mapped_column(Date)
    scale: Mapped[str] = mapped_column(Text)
    answers: Mapped[str] = mapped_column(Text)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("umpan_balik_bimbingan.id"))


class CompetencyEvaluationRow(Syncable, Base):
    """B.1.9 Evaluasi Kompetensi Pegawai sebagai Tindak Lanjut Bimbingan Kinerja. `items` is JSON
    [{"name", "value" (1-5), "reason"}]."""

    __tablename__ = "evaluasi_kompetensi"
    __sync__ = SyncRule(MergeClass.APPEND_ONLY,
                        required_parents={"dialog_id": "dialog_kinerja", "pegawai_id": "pegawai"},
                        optional_parents={"evaluator_id": "pegawai",
                                          "supersedes_id": "evaluasi_kompetensi"})
    dialog_id: Mapped[str] = mapped_column(ForeignKey("dialog_kinerja.id"), index=True)
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"))
    evaluator_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    evaluator_name: Mapped[str] = mapped_column(String(200), default="")
    evaluator_role: Mapped[str] = mapped_column(String(200), default="")
    evaluated_on: Mapped[dt.date] = mapped_column(Date)
    items: Mapped[str] = mapped_column(Text)
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("evaluasi_kompetensi.id"))


# ---- periods, rencana aksi, realisasi, bukti dukung (schema 0010, issue 11) -----------------
# Merge classes (docs/sync-merge.md §4): all mutable (field last-writer, conflicts shown). None has
# an `owner`: they are written all year long, after the SKP is approved, so the SKP's workflow
# epoch must not freeze them. Natural keys get derived ids (domain.ids.natural_id) so two laptops
# filling the same cell write the same row and meet as a value conflict, not a duplicate.

class PeriodYearRow(Syncable, Base):
    """The periodic rhythm chosen for one year (domain.periods; id natural_id("periode/<year>"))."""

    __tablename__ = "periode_tahun"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("year",))
    year: Mapped[int] = mapped_column(Integer, index=True)
    rhythm: Mapped[str] = mapped_column(String(20))                        # domain.periods.Rhythm


class PeriodDeadlineRow(Syncable, Base):
    """A batas pengisian set by the office for one period (id natural_id("batas/<period>"));
    periods without a row use the default (domain.periods.default_deadline)."""

    __tablename__ = "batas_periode"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("period",))
    period: Mapped[str] = mapped_column(String(12), index=True)          # "2026-TW1"
    deadline: Mapped[dt.date] = mapped_column(Date)


class ActionPlanRow(Syncable, Base):
    """Rencana aksi of one RHK in one period (id natural_id("<rhk_id>/aksi/<period>"))."""

    __tablename__ = "rencana_aksi"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("rhk_id", "period"),
                        required_parents={"skp_id": "skp", "rhk_id": "rhk"},
                        optional_parents={"author_id": "pegawai"})
    __table_args__ = (Index("ix_rencana_aksi_rhk_id_period", "rhk_id", "period"),)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"))
    period: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(String(100), default="")         # periodic target
    updated_on: Mapped[dt.date] = mapped_column(Date)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    author_name: Mapped[str] = mapped_column(String(200), default="")


class RealisasiRow(Syncable, Base):
    """Realisasi of one indicator in one period (id natural_id("<indikator_id>/realisasi/<period>")).
    `entered_by_*`: the pegawai, or the pejabat penilai / a pengelola kinerja entering it for them."""

    __tablename__ = "realisasi"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("indikator_id", "period"),
                        required_parents={"skp_id": "skp", "rhk_id": "rhk",
                                          "indikator_id": "indikator"},
                        optional_parents={"entered_by_id": "pegawai"})
    __table_args__ = (Index("ix_realisasi_indikator_id_period", "indikator_id", "period"),)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"))
    indikator_id: Mapped[str] = mapped_column(ForeignKey("indikator.id"))
    period: Mapped[str] = mapped_column(String(12))
    value: Mapped[str] = mapped_column(Text, default="")
    entered_on: Mapped[dt.date] = mapped_column(Date)
    entered_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    entered_by_name: Mapped[str] = mapped_column(String(200), default="")


class EvidenceRow(Syncable, Base):
    """A bukti dukung: a file in `attachments/` (`file_ref` = "<sha256><ext>", content-addressed,
    carried by sync bundles) or a link/reference text, on an RHK and period, or on one
    indicator's realisasi of the period (`indikator_id`). The file columns never change after
    the row is written; a new version is a new row whose `replaces_id` names the old one. The
    verification columns are the pejabat penilai's (diterima/ditolak with a reason)."""

    __tablename__ = "bukti_dukung"
    __sync__ = SyncRule(MergeClass.MUTABLE, required_parents={"skp_id": "skp", "rhk_id": "rhk"},
                        optional_parents={"indikator_id": "indikator",
                                          "replaces_id": "bukti_dukung",
                                          "added_by_id": "pegawai", "verified_by_id": "pegawai"},
                        attachments=("file_ref",))
    __table_args__ = (Index("ix_bukti_dukung_skp_id_period", "skp_id", "period"),
                      Index("ix_bukti_dukung_status", "status"))
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"))
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"), index=True)
    indikator_id: Mapped[str | None] = mapped_column(ForeignKey("indikator.id"))
    period: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(10))                         # "file" | "link"
    file_ref: Mapped[str] = mapped_column(String(80), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    mime: Mapped[str] = mapped_column(String(120), default="")
    original_name: Mapped[str] = mapped_column(String(255), default="")
    link: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    added_on: Mapped[dt.date] = mapped_column(Date)
    added_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    added_by_name: Mapped[str] = mapped_column(String(200), default="")
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("bukti_dukung.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="menunggu")   # EvidenceStatus
    status_reason: Mapped[str] = mapped_column(Text, default="")
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    verified_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    verified_by_name: Mapped[str] = mapped_column(String(200), default="")


class JournalRow(Base):
    """One change to one row: the audit trail and, later, the source of sync bundles."""

    __tablename__ = "journal"
    __sync__ = LOCAL  # the operation log itself: its entries travel in bundles verbatim
    __table_args__ = (UniqueConstraint("device_id", "seq"),
                      Index("ix_journal_entity", "entity", "entity_id"))
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    actor: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    fields: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}
    at: Mapped[str] = mapped_column(String(32))
    # Hash chain per device (`domain.journal_chain`): makes edited or deleted entries evident.
    # Nullable only so that the upgrade adds them in place; every entry written has both.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    # Sync (canonical JSON text, NULL on entries written before sync): `base` {field: [op_ref]}
    # = the heads this write replaced; `ctx` {"skp", "epoch"} for SKP content; `vv` {device:
    # seq} = what the writer had seen, on SKP workflow entries.
    base: Mapped[str | None] = mapped_column(Text)
    ctx: Mapped[str | None] = mapped_column(Text)
    vv: Mapped[str | None] = mapped_column(Text)
    # Who was acting (schema 0008): canonical JSON {"nip", "name"} of the pegawai using the app,
    # plus {"on_behalf_of": {"nip", "name"}, "reason"} when a pengelola kinerja acts "atas
    # nama" another; NULL when nobody said who they are. `actor` keeps the OS user@host.
    person: Mapped[str | None] = mapped_column(Text)


class LocalStateRow(Base):
    """This replica's own state (never synced): device id, clock and journal sequence."""

    __tablename__ = "local_state"
    __sync__ = LOCAL
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(24))
    next_seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    # Hash of this device's newest journal entry: deleting the tail of the chain is evident.
    journal_head: Mapped[str | None] = mapped_column(String(64), default=GENESIS)
    # Fingerprint of the machine this replica runs on (`storage.replica`): a file copied to
    # another machine is a clone and takes a new device id before it writes (sync, issue 8).
    machine_id: Mapped[str | None] = mapped_column(String(64))
    # The device id this replica had before it took a new one (clone or restored copy), and
    # why ("clone" | "restored"); kept so the front ends can say so once (peers must re-pin it).
    previous_device_id: Mapped[str | None] = mapped_column(String(36))
    device_change_reason: Mapped[str | None] = mapped_column(String(20))
    # "Saya adalah": the pegawai using this database (schema 0008); per database, never synced,
    # so opening another office's file does not carry the choice over.
    acting_pegawai_id: Mapped[str | None] = mapped_column(String(36))


class SyncIdentityRow(Base):
    """This replica's name and private keys (never synced; one row, id 1). Made on first use,
    removed when the replica takes a new device id (its keys go with the old identity)."""

    __tablename__ = "sync_identity"
    __sync__ = LOCAL
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))  # whose keys these are
    name: Mapped[str] = mapped_column(String(100))
    sign_key: Mapped[str] = mapped_column(String(64))  # Ed25519 private key, raw, base64
    enc_key: Mapped[str] = mapped_column(String(64))   # X25519 private key, raw, base64
    created_at: Mapped[str] = mapped_column(String(32))


class SyncPeerRow(Base):
    """A pinned peer replica (never synced): its public keys and what we know it holds."""

    __tablename__ = "sync_peer"
    __sync__ = LOCAL
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    sign_pub: Mapped[str] = mapped_column(String(64))
    enc_pub: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(19))
    office_id: Mapped[str | None] = mapped_column(String(36))
    is_central: Mapped[int] = mapped_column(Integer, default=0)
    pinned_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32))
    # The version vector the peer declared in its newest bundle (`peer_state`), the HLC that
    # bundle was made at (an older bundle arriving late does not move it back), and the
    # attachments it said it was waiting for.
    acked_vv: Mapped[str] = mapped_column(Text, default="{}")
    acked_hlc: Mapped[str | None] = mapped_column(String(24))
    missing_attachments: Mapped[str] = mapped_column(Text, default="[]")
    last_sent_bundle: Mapped[str | None] = mapped_column(String(36))
    last_sent_at: Mapped[str | None] = mapped_column(String(32))
    last_received_bundle: Mapped[str | None] = mapped_column(String(36))
    last_received_at: Mapped[str | None] = mapped_column(String(32))


class SyncBundleRow(Base):
    """A bundle written for or imported from a peer (never synced). Imported ids make a
    second import of the same file a refusal that changes nothing."""

    __tablename__ = "sync_bundle"
    __sync__ = LOCAL
    __table_args__ = (Index("ix_sync_bundle_peer", "peer_id", "direction"),)
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    kind: Mapped[str] = mapped_column(String(10))      # "changes" | "seed"
    peer_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(32))
    op_count: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text, default="{}")


class SyncRowRow(Base):
    """Derived cache (LOCAL, recomputable from the journal): per synced row, its field heads
    (so a local write computes its `base` without replaying the row's history) and its SKP."""

    __tablename__ = "sync_row"
    __sync__ = LOCAL
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    skp_id: Mapped[str | None] = mapped_column(String(36), index=True)
    heads: Mapped[str] = mapped_column(Text)  # JSON {field: [op_ref, ...]}


class SyncRefRow(Base):
    """Derived cache (LOCAL): the references of materialised rows, also of absent ones, so a
    parent coming back (or going) recomputes the rows that point at it."""

    __tablename__ = "sync_ref"
    __sync__ = LOCAL
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    column: Mapped[str] = mapped_column(String(40), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(36), index=True)


class SyncConflictRow(Base):
    """Derived cache (LOCAL, never synced): the open conflicts, rewritten for the rows each
    materialisation touches, so listing and badges are cheap."""

    __tablename__ = "sync_conflict"
    __sync__ = LOCAL
    id: Mapped[str] = mapped_column(String(12), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(40))
    opened_hlc: Mapped[str] = mapped_column(String(24))
    current: Mapped[str] = mapped_column(Text)  # JSON: the provisional value shown everywhere
    sides: Mapped[str] = mapped_column(Text)    # JSON list of {value, device_id, actor, at, hlc, op}
    row: Mapped[str] = mapped_column(Text)      # JSON: the row's merged values (for its label)


SYNCABLE_TABLES = [InstansiRow, UnitRow, PegawaiRow, CoreValueRow, SkpRow, RhkRow, IndicatorRow,
                   BehaviourRow, LampiranRow, OfficeSettingRow, PrintedDocumentRow, SignedScanRow,
                   ReplicaNameRow, DialogRow, DialogParticipantRow, DialogTopicRow,
                   DialogAddendumRow, FollowUpRow, FeedbackRow, CoachingFeedbackRow,
                   CompetencyEvaluationRow, PeriodYearRow, PeriodDeadlineRow, ActionPlanRow,
                   RealisasiRow, EvidenceRow, OrgPredikatRow, EvaluationRow, KeberatanRow,
                   AdvisoryInputRow]
