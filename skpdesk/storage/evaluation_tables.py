"""Tables of the penilaian (issue 12, schema 0011): evaluations, the predikat kinerja organisasi,
keberatan and advisory inputs. Values and rules: `skpdesk.domain.evaluation`.

All four are field-mergeable (MUTABLE) and none has an `owner`: they are written after the SKP
was approved, so the SKP's workflow epoch must not freeze them. Natural keys get derived ids
(`domain.ids.natural_id`), so the same evaluation written on two laptops meets as one row with
field conflicts, never as two rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from skpdesk.domain.sync import MergeClass, SyncRule

from .table_base import Base, Syncable


class OrgPredikatRow(Syncable, Base):
    """The predikat kinerja organisasi of a unit for a period (id
    natural_id("<unit_id>/predikat/<period>")), set by the leader above the unit."""

    __tablename__ = "predikat_organisasi"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("unit_id", "period"),
                        required_parents={"unit_id": "unit_kerja"},
                        optional_parents={"set_by_id": "pegawai"})
    __table_args__ = (Index("ix_predikat_organisasi_unit_id_period", "unit_id", "period"),)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit_kerja.id"))
    period: Mapped[str] = mapped_column(String(12))
    predikat: Mapped[str] = mapped_column(String(20))                  # OrgPredikat value
    set_on: Mapped[dt.date] = mapped_column(Date)
    set_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    set_by_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class EvaluationRow(Syncable, Base):
    """One revision of the evaluation of an SKP for a period (id
    natural_id("<skp_id>/evaluasi/<period>/<revision>")). The newest revision is in force; an
    older one has status "diganti". `snapshot` is JSON {"pegawai", "penilai", "atasan"} of
    `domain.evaluation.PersonSnapshot.as_dict()`, frozen when the evaluation is ditetapkan.
    `unit_id`, `penilai_id` and `atasan_id` are the snapshot's, kept as columns for queries
    (a unit's or a supervisor's evaluations, keberatan waiting for an atasan)."""

    __tablename__ = "evaluasi"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("skp_id", "period", "revision"),
                        required_parents={"skp_id": "skp", "pegawai_id": "pegawai"},
                        optional_parents={"penilai_id": "pegawai", "atasan_id": "pegawai",
                                          "unit_id": "unit_kerja"})
    __table_args__ = (Index("ix_evaluasi_skp_id_period", "skp_id", "period"),
                      Index("ix_evaluasi_penilai_id_period", "penilai_id", "period"),
                      Index("ix_evaluasi_unit_id_period", "unit_id", "period"))
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"))
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"), index=True)
    period: Mapped[str] = mapped_column(String(12))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="draft")    # EvaluationStatus
    rating_hasil: Mapped[str] = mapped_column(String(10), default="")   # Rating value or ""
    rating_perilaku: Mapped[str] = mapped_column(String(10), default="")
    predikat: Mapped[str] = mapped_column(String(20), default="")       # Predikat value or ""
    predikat_override: Mapped[int] = mapped_column(Integer, default=0)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    org_predikat: Mapped[str] = mapped_column(String(20), default="")   # OrgPredikat or ""
    hasil_from_org: Mapped[int] = mapped_column(Integer, default=0)     # the JPT rule
    note: Mapped[str] = mapped_column(Text, default="")                 # catatan/rekomendasi
    snapshot: Mapped[str] = mapped_column(Text, default="{}")
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("unit_kerja.id"))
    penilai_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    atasan_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"), index=True)
    rated_on: Mapped[dt.date | None] = mapped_column(Date)
    rated_by_name: Mapped[str] = mapped_column(String(200), default="")
    set_on: Mapped[dt.date | None] = mapped_column(Date)                # ditetapkan
    final_on: Mapped[dt.date | None] = mapped_column(Date)              # keberatan decided
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    self_hasil: Mapped[str] = mapped_column(String(10), default="")     # self-assessment
    self_perilaku: Mapped[str] = mapped_column(String(10), default="")
    self_reflection: Mapped[str] = mapped_column(Text, default="")
    self_on: Mapped[dt.date | None] = mapped_column(Date)


class KeberatanRow(Syncable, Base):
    """A keberatan against a ditetapkan evaluation revision (id
    natural_id("<evaluasi_id>/keberatan"): one per revision), decided by the atasan pejabat
    penilai. A "change" decision writes a new, final evaluation revision
    (`result_evaluasi_id`)."""

    __tablename__ = "keberatan"
    __sync__ = SyncRule(MergeClass.MUTABLE, natural_key=("evaluasi_id",),
                        required_parents={"evaluasi_id": "evaluasi", "skp_id": "skp",
                                          "pegawai_id": "pegawai"},
                        optional_parents={"atasan_id": "pegawai", "filed_by_id": "pegawai",
                                          "decided_by_id": "pegawai",
                                          "result_evaluasi_id": "evaluasi"})
    __table_args__ = (Index("ix_keberatan_atasan_id_status", "atasan_id", "status"),)
    evaluasi_id: Mapped[str] = mapped_column(ForeignKey("evaluasi.id"), index=True)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"))
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"))
    period: Mapped[str] = mapped_column(String(12))
    filed_on: Mapped[dt.date] = mapped_column(Date)
    filed_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    filed_by_name: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    atasan_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    atasan_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="diajukan")  # KeberatanStatus
    penilai_explanation: Mapped[str] = mapped_column(Text, default="")
    penilai_explained_on: Mapped[dt.date | None] = mapped_column(Date)
    pegawai_explanation: Mapped[str] = mapped_column(Text, default="")
    pegawai_explained_on: Mapped[dt.date | None] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(10), default="")        # KeberatanDecision
    new_hasil: Mapped[str] = mapped_column(String(10), default="")
    new_perilaku: Mapped[str] = mapped_column(String(10), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    decided_by_name: Mapped[str] = mapped_column(String(200), default="")
    result_evaluasi_id: Mapped[str | None] = mapped_column(ForeignKey("evaluasi.id"))


class AdvisoryInputRow(Syncable, Base):
    """One advisory answer about a pegawai for a period from a colleague, a member of their
    staff or a service recipient. Who answered is not stored (answers are shown only in
    aggregate); `recorded_by_*` is who typed it in."""

    __tablename__ = "masukan_penilaian"
    __sync__ = SyncRule(MergeClass.MUTABLE,
                        required_parents={"skp_id": "skp", "pegawai_id": "pegawai"},
                        optional_parents={"recorded_by_id": "pegawai"})
    __table_args__ = (Index("ix_masukan_penilaian_skp_id_period", "skp_id", "period"),)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"))
    pegawai_id: Mapped[str] = mapped_column(ForeignKey("pegawai.id"))
    period: Mapped[str] = mapped_column(String(12))
    source: Mapped[str] = mapped_column(String(20))                      # AdvisorySource
    rating: Mapped[str] = mapped_column(String(10), default="")          # Rating value or ""
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("pegawai.id"))
    recorded_by_name: Mapped[str] = mapped_column(String(200), default="")
