"""Building the DOKUMEN EVALUASI KINERJA PEGAWAI (§4.4) and the Format Penetapan Predikat Kinerja
(§3.3) as frozen documents (issue 13, helper "evaldoc"; the values and their rules:
`domain.summary_documents`).

Dokumen evaluasi of an SKP and period: the evaluation revision in force (effective status on the
print day), its snapshot of the pegawai, the pejabat penilai and the atasan pejabat penilai;
the capaian kinerja organisasi stored on the evaluation once ditetapkan (a draft shows the one
that applies now, as the Penilaian tab does); the predikat; the catatan/rekomendasi. The place
and date above both signatures (§4.4 (23)) follow the office setting `print.place_date` with
the date it was ditetapkan, else the print date. No evaluation: EVAL_NOT_FOUND naming the
pegawai and the period.

Penetapan of a unit (with its sub-units by default) and period: the active pegawai of the unit
with an SKP of the period (as `DistributionService.check` selects them), each with the predikat
of their evaluation in force (any status, as the distribution check counts: a predikat not yet
ditetapkan is marked so); the counts against the pattern of the unit's capaian kinerja
organisasi (`domain.distribution`), the curve, and the signature of the leader (see `_signer`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from skpdesk.domain.dates import periode_penilaian, tanggal
from skpdesk.domain.distribution import (distribution_chart, rule_bounds, rule_texts,
                                         small_team_notes)
from skpdesk.domain.documents import PlaceDateMode, place_date_line
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.evaluation import (PREDIKAT_AXIS, Evaluation, OrgPredikat, OrgPredikatRecord,
                                       PersonSnapshot)
from skpdesk.domain.identifiers import clean_nip
from skpdesk.domain.people import AsnType, unit_path_text
from skpdesk.domain.periods import PeriodInfo
from skpdesk.domain.settings import OFFICE_SETTINGS
from skpdesk.domain import summary_documents as D
from skpdesk.domain.summary_documents import (DokumenEvaluasiDocument, IdentityBlock,
                                              PenetapanDocument, PenetapanLine, PredikatCount,
                                              RuleLine, SignatureLine)

from ..dialog.feedback import person_text
from ..evidence.periods import resolve_period
from ..office import verify_stored_logo
from . import roles
from .evaluations import apply_effective, skp_for
from .organisation import org_predikat_for, resolve_unit
from .snapshots import person_snapshot, snapshot_of


def _asn_type(uow, person: PersonSnapshot) -> AsnType:
    """PNS, PPPK or non-ASN: from the pegawai record (the type does not change), else from the
    snapshot's number (digit 13 is "2" only in an NI PPPK, SKP-REFERENCE §5.2)."""
    pegawai = uow.people.get(person.id) if person.id else None
    if pegawai is not None:
        return pegawai.asn_type
    digits = clean_nip(person.nip)
    if len(digits) == 18 and digits.isdigit():
        return AsnType.PPPK if digits[12] == "2" else AsnType.PNS
    return AsnType.NON_ASN


def _identity(uow, title: str, person: PersonSnapshot | None, instansi: str) -> IdentityBlock:
    """A §4.4 block: non-PNS NIP and pangkat left empty; a person outside the ASN gets
    "NIP (*opsional)" and the INSTANSI row (§1.2); nobody on record: an empty block."""
    if person is None:
        return IdentityBlock(title, "", "", "", "", "")
    kind = _asn_type(uow, person)
    if kind is AsnType.PNS:
        return IdentityBlock(title, person.name, person.nip, person.pangkat, person.jabatan,
                             person.unit)
    if kind is AsnType.PPPK:
        return IdentityBlock(title, person.name, "", "", person.jabatan, person.unit)
    return IdentityBlock(title, person.name, "", "", person.jabatan, instansi,
                         nip_label=D.NIP_OPTIONAL, unit_label=D.INSTANSI)


def _signature(uow, place_date: str, role: str, person: PersonSnapshot | None) -> SignatureLine:
    """The name under a signature and "NIP. …" for a PNS only (§4.4 (26), (29): non-PNS
    dikosongkan); DOTS for a name nobody recorded."""
    if person is None:
        return SignatureLine(place_date, role, D.DOTS, "")
    pns = _asn_type(uow, person) is AsnType.PNS and person.nip
    return SignatureLine(place_date, role, person.name, f"NIP. {person.nip}" if pns else "")


def _person_line(person: PersonSnapshot | None) -> str:
    if person is None:
        return ""
    return f"{person.name} · NIP {person.nip}" if person.nip else person.name


def _number_for_list(uow, person: PersonSnapshot) -> str:
    """The NIP column of the penetapan list: the NIP or NI PPPK of an ASN, "" otherwise."""
    return person.nip if _asn_type(uow, person) is not AsnType.NON_ASN else ""


class SummaryDocumentService:
    """`Services.summary_documents`."""

    def __init__(self, db, actor: str) -> None:
        self._db = db
        self._actor = actor

    # --- DOKUMEN EVALUASI KINERJA PEGAWAI
    def dokumen_evaluasi(self, skp_id: str, period: str, *,
                         printed_on: dt.date | None = None) -> DokumenEvaluasiDocument:
        """The dokumen evaluasi of the SKP's evaluation in force for `period`."""
        printed_on = printed_on or dt.date.today()
        with self._db.reader() as uow:
            skp = uow.skp.summary(skp_id)
            if skp is None:
                raise DomainError(ErrorCode.SKP_NOT_FOUND, field="skp", value=skp_id)
            info = resolve_period(uow, period, field="periode")
            return self._dokumen(uow, skp, info, printed_on)

    def dokumen_for_pegawai(self, pegawai_id: str, period: str, *,
                            printed_on: dt.date | None = None) -> DokumenEvaluasiDocument:
        """The dokumen evaluasi of the pegawai's SKP of `period` (EVAL_NO_SKP when none)."""
        printed_on = printed_on or dt.date.today()
        with self._db.reader() as uow:
            if uow.people.get(pegawai_id) is None:
                raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field="nip", value=pegawai_id)
            info = resolve_period(uow, period, field="periode")
            skp = uow.skp.summary(skp_for(uow, pegawai_id, info).id)
            return self._dokumen(uow, skp, info, printed_on)

    def _dokumen(self, uow, skp, info: PeriodInfo, printed_on: dt.date
                 ) -> DokumenEvaluasiDocument:
        stored = uow.evaluations.current(skp.id, info.name)
        if stored is None:
            raise DomainError(ErrorCode.EVAL_NOT_FOUND, field="evaluasi",
                              name=person_text(uow, skp.pegawai_id), period=info.label)
        ev = apply_effective(uow, [stored], printed_on)[0]
        final = ev.status.value in D.FINAL_STATUSES
        instansi, city, logo, mode = self._office(uow)
        pegawai = ev.pegawai or person_snapshot(uow, skp.pegawai_id)
        place_date = place_date_line(city, mode, ev.set_on if final and ev.set_on
                                     else printed_on)
        p = info.period
        start, end = max(p.start, skp.period_start), min(p.end, skp.period_end)
        return DokumenEvaluasiDocument(
            record_id=ev.id, skp_id=skp.id, pegawai_id=skp.pegawai_id, revision=ev.revision,
            period=info.name, period_line=D.PERIODE.format(period=p.print_label),
            period_text=periode_penilaian(start, end) if start <= end
            else periode_penilaian(p.start, p.end),
            status=ev.status.value, instansi=instansi, logo_path=logo,
            pegawai=_identity(uow, D.PEGAWAI_YANG_DINILAI, pegawai, instansi),
            penilai=_identity(uow, D.PEJABAT_PENILAI_KINERJA, ev.penilai, instansi),
            atasan=_identity(uow, D.ATASAN_PEJABAT_PENILAI_KINERJA, ev.atasan, instansi),
            org_predikat=self._org_text(uow, ev, final),
            predikat=ev.predikat.label if ev.predikat else "",
            catatan=ev.note or "",
            signatures=(_signature(uow, place_date, D.SIGN_PEGAWAI, pegawai),
                        _signature(uow, place_date, D.SIGN_PENILAI, ev.penilai)),
            set_on=ev.set_on if final else None, printed_on=printed_on,
            person=_person_line(pegawai))

    @staticmethod
    def _org_text(uow, ev: Evaluation, final: bool) -> str:
        """The evaluation's own capaian kinerja organisasi once ditetapkan; a draft shows the
        one that applies to the pegawai's unit now."""
        org: OrgPredikat | None = ev.org_predikat
        if not final:
            unit_id = uow.evaluations.column(ev.id, "unit_id")
            if not unit_id:
                pegawai = uow.people.get(ev.pegawai_id)
                unit_id = pegawai.unit_id if pegawai is not None else None
            record = org_predikat_for(uow, unit_id, ev.period)
            org = record.predikat if record is not None else None
        return org.label.upper() if org is not None else D.ORG_UNSET

    # --- Format Penetapan Predikat Kinerja
    def penetapan(self, unit_id: str, period: str, *, subunits: bool = True,
                  printed_on: dt.date | None = None) -> PenetapanDocument:
        """The penetapan of a unit (an id or a path) and period (module doc)."""
        printed_on = printed_on or dt.date.today()
        with self._db.reader() as uow:
            unit = resolve_unit(uow, unit_id)
            info = resolve_period(uow, period, field="periode")
            p = info.period
            skps = uow.organisation.period_skps(p.year, p.start, p.end)
            in_scope = (set(uow.people.ids_in_unit_tree(unit.id)) if subunits else None)
            people = [x for x in uow.people.list() if x.is_active and x.id in skps
                      and (x.id in in_scope if in_scope is not None else x.unit_id == unit.id)]
            unit_name = unit_path_text(unit.path)
            if not people:
                raise DomainError(ErrorCode.PENETAPAN_NO_PEGAWAI, field="unit",
                                  value=unit_id, unit=unit_name, period=info.label)
            people.sort(key=lambda x: (x.name.casefold(), x.id))
            found = uow.evaluations.for_period(info.name,
                                               skp_ids=[skps[x.id].skp_id for x in people])
            by_skp = {e.skp_id: e for e in apply_effective(uow, found, printed_on)}
            org = org_predikat_for(uow, unit.id, info.name)
            instansi, city, logo, mode = self._office(uow)
            lines, counts, statuses, set_days = [], {x: 0 for x in PREDIKAT_AXIS}, [], []
            for number, pegawai in enumerate(people, start=1):
                ev = by_skp.get(skps[pegawai.id].skp_id)
                snap = (ev.pegawai if ev is not None and ev.pegawai else snapshot_of(pegawai))
                done = ev is not None and ev.status.value in D.FINAL_STATUSES
                statuses.append(ev.status.value if ev is not None else "draft")
                if done and ev.set_on:
                    set_days.append(ev.set_on)
                if ev is not None and ev.predikat is not None:
                    counts[ev.predikat] += 1
                    text = ev.predikat.label + ("" if done else D.NOT_SET_SUFFIX)
                else:
                    text = D.NOT_RATED
                lines.append(PenetapanLine(number, snap.name, _number_for_list(uow, snap),
                                           snap.jabatan, text, done))
            status = ("draft" if org is None or "draft" in statuses
                      else "ditetapkan" if "ditetapkan" in statuses else "final")
            complete = status != "draft"
            if complete:
                set_days.append(org.set_on)
            set_on = max(set_days) if complete and set_days else None
            place_date = place_date_line(city, mode, set_on or printed_on)
            signer = self._signer(uow, unit.id, org)
            role = f"{signer.jabatan}," if signer is not None and signer.jabatan else D.SIGN_LEADER
            rated = sum(counts.values())
            return PenetapanDocument(
                record_id=unit.id, unit_name=unit_name, with_subunits=subunits,
                period=info.name, period_line=D.PERIODE.format(period=p.print_label),
                period_text=periode_penilaian(p.start, p.end), status=status,
                complete=complete, instansi=instansi, logo_path=logo,
                org_predikat=org.predikat.label.upper() if org else D.ORG_UNSET,
                org_note=self._org_note(org, unit.id), org_code=org.predikat.value if org else None,
                lines=tuple(lines),
                counts=tuple(PredikatCount(x.label, counts[x], D.percent_text(counts[x], rated))
                             for x in reversed(PREDIKAT_AXIS)),
                axis_counts=tuple(counts[x] for x in PREDIKAT_AXIS),
                rated=rated, unrated=len(people) - rated,
                rules=self._rules(org, counts, rated),
                notes=self._notes(org, rated, len(people), info),
                signatures=(_signature(uow, place_date, role, signer),),
                set_on=set_on, printed_on=printed_on)

    @staticmethod
    def _org_note(org: OrgPredikatRecord | None, unit_id: str) -> str:
        if org is None:
            return ""
        who = ", ".join(x for x in (org.set_by_name, tanggal(org.set_on)) if x)
        own = "" if org.unit_id == unit_id else f"; berlaku dari {unit_path_text(org.unit_path)}"
        return f"ditetapkan oleh {who}{own}" if org.set_by_name else f"ditetapkan {who}{own}"

    @staticmethod
    def _rules(org: OrgPredikatRecord | None, counts, rated: int) -> tuple[RuleLine, ...]:
        """Each rule of the pattern with the unit's count and verdict; none without a pattern.
        With nobody rated there is nothing to check: the verdict is "-"."""
        if org is None:
            return ()
        broken = {v.rule for v in distribution_chart(org.predikat, counts).violations}
        result = []
        for bound, sentence in zip(rule_bounds(org.predikat, rated), rule_texts(org.predikat)):
            count = sum(counts[x] for x in bound.predikat)
            if not rated:
                verdict = "-"
            elif bound.waived:
                verdict = D.RULE_WAIVED
            else:
                verdict = D.RULE_BROKEN if bound.rule in broken else D.RULE_HOLDS
            result.append(RuleLine(sentence, count,
                                   D.requirement_text(bound.required_min, bound.required_max)
                                   if rated else "-", verdict, bound.rule in broken))
        return tuple(result)

    @staticmethod
    def _notes(org: OrgPredikatRecord | None, rated: int, listed: int,
               info: PeriodInfo) -> tuple[str, ...]:
        notes = [] if org is None else list(small_team_notes(org.predikat, rated))
        if org is None:
            notes.append(D.NO_PATTERN)
        if listed > rated:
            notes.append(f"{listed - rated} dari {listed} pegawai belum mempunyai predikat untuk "
                         f"{info.label}; pola diperiksa terhadap {rated} pegawai yang sudah "
                         f"dinilai.")
        return tuple(notes)

    @staticmethod
    def _signer(uow, unit_id: str, org: OrgPredikatRecord | None) -> PersonSnapshot | None:
        """Who signs: the leader who set the capaian kinerja organisasi (when a leader above
        the unit it was set for, not a pengelola kinerja recording it), else the nearest
        leader above the unit (its head's atasan), else the head of the unit itself (the top
        of the office has nobody above it in the data), else nobody (a name left blank)."""
        if org is not None and org.set_by_id and org.set_by_id in roles.leaders_above(
                uow, org.unit_id):
            return person_snapshot(uow, org.set_by_id)
        leaders = roles.leaders_above(uow, unit_id)
        if leaders:
            return person_snapshot(uow, leaders[0])
        head = roles.unit_head(uow, unit_id)
        return snapshot_of(head) if head is not None else None

    # --- office
    def _office(self, uow) -> tuple[str, str, str | None, PlaceDateMode]:
        """(instansi name, city, verified logo path or None, place/date mode)."""
        instansi = uow.office.instansi()
        if instansi is None:
            raise DomainError(ErrorCode.OFFICE_MISSING)
        logo = None
        if instansi.logo_path:  # verified as read back (a damaged logo is left off)
            found, _problem = verify_stored_logo(Path(self._db.path).parent,
                                                 instansi.logo_path)
            logo = str(found) if found is not None else None
        value = uow.office.settings().get("print.place_date",
                                          OFFICE_SETTINGS["print.place_date"].default)
        try:
            mode = PlaceDateMode(value)
        except ValueError:  # a value from a newer version: the default
            mode = PlaceDateMode(OFFICE_SETTINGS["print.place_date"].default)
        return instansi.name, instansi.city, logo, mode

