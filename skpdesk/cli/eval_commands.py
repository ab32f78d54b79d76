"""`skpdesk eval ...`: evaluasi kinerja pegawai (issue 12).

    skpdesk eval rate --nip NIP --period P [--hasil R] --perilaku R [--predikat TEXT --reason TEXT]
                      [--note TEXT]
    skpdesk eval show --nip NIP --period P [--json]
    skpdesk eval set --nip NIP --period P
    skpdesk eval reopen --nip NIP --period P --reason TEXT
    skpdesk eval self --nip NIP --period P [--hasil R] [--perilaku R] [--reflection TEXT]
    skpdesk eval note --nip NIP --period P --text TEXT
    skpdesk eval history --nip NIP --period P [--json]
    skpdesk eval list (--supervisor NIP | --unit UNIT) --period P [--json]
    skpdesk eval distribution ...                (cli/distribution_commands.py)

R is diatas, sesuai or dibawah ("Di Atas Ekspektasi" is read too). Writing commands print the
evaluation (or emit it with --json). JSON of an evaluation (a contract): `{"id", "nip", "name",
"period", "revision", "status", "status_label", "rating_hasil_kerja",
"rating_hasil_kerja_label", "rating_perilaku_kerja", "rating_perilaku_kerja_label", "predikat"
(label, "Sangat Baik"), "predikat_code", "predikat_matrix", "predikat_override",
"override_reason", "organisation_predikat" (CLI word or null), "organisation_predikat_label",
"hasil_from_org", "note", "rated_on", "set_on", "final_on", "keberatan_deadline",
"reopen_reason", "self_assessment": {"hasil", "perilaku", "reflection", "on"}, "pegawai",
"penilai", "atasan": {"name", "nip", "pangkat", "jabatan", "unit"}}`. `organisation_predikat` is
the one that applies now while the evaluation is a draft, the one stored with it once
ditetapkan. `history` emits an array of evaluations; `list` an array of `{"nip", "name",
"jabatan", "unit", "skp_id", "evaluation"}` (evaluation null when not rated).
"""

from __future__ import annotations

import argparse
from typing import Any

from skpdesk.domain.dates import tanggal
from skpdesk.domain.evaluation import (EVALUATION_STATUS_LABELS, RATING_LABELS, Evaluation,
                                       EvaluationStatus, OrgPredikat, PersonSnapshot)

from . import distribution_commands
from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext, UsageError
from .output import table
from .period_commands import add_today
from .serialize import nip_text

EPILOG = """contoh:
  skpdesk --as 198503152010011002 eval rate --nip 199001012015032003 --period 2026-TW1 \\
      --hasil diatas --perilaku sesuai --note "Pertahankan"
  skpdesk eval show --nip 199001012015032003 --period 2026-TW1
  skpdesk --as 198503152010011002 eval set --nip 199001012015032003 --period 2026-TW1
  skpdesk --as 198503152010011002 eval reopen --nip 199001012015032003 --period 2026-TW1 \\
      --reason "Salah memilih rating perilaku"
  skpdesk eval list --supervisor 198503152010011002 --period 2026-TW1

Rating: diatas (Di Atas Ekspektasi), sesuai (Sesuai Ekspektasi), dibawah (Di Bawah
Ekspektasi). Predikat mengikuti matriks rating hasil kerja x rating perilaku kerja; predikat
lain (--predikat) memerlukan --reason. Pegawai JPT yang memimpin unitnya mendapat rating hasil
kerja dari predikat kinerja organisasi (skpdesk org-predikat set). Evaluasi yang sudah
ditetapkan tidak dapat diubah; buka kembali dengan alasan (eval reopen) membuat revisi baru."""


def _raw():
    return argparse.RawDescriptionHelpFormatter


def _target(p) -> None:
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai yang dinilai")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="periode, mis. 2026-TW1 atau 2026-AKHIR")
    add_today(p)


def add_parsers(sub, common) -> None:
    ev = sub.add_parser("eval", parents=[common], help="evaluasi kinerja pegawai (penilaian)",
                        description="Evaluasi kinerja pegawai: rating hasil kerja dan perilaku "
                                    "kerja, predikat, penetapan, buka kembali.",
                        epilog=EPILOG, formatter_class=_raw())
    es = ev.add_subparsers(title="perintah eval", dest="eval_command", metavar="PERINTAH",
                           required=True, parser_class=Parser)
    p = es.add_parser("rate", parents=[common], help="isi rating hasil kerja dan perilaku kerja",
                      description="Pejabat penilai mengisi rating (draft).", epilog=EPILOG,
                      formatter_class=_raw())
    _target(p)
    p.add_argument("--hasil", default=None, metavar="RATING",
                   help="rating hasil kerja: diatas, sesuai atau dibawah")
    p.add_argument("--perilaku", default=None, metavar="RATING",
                   help="rating perilaku kerja: diatas, sesuai atau dibawah")
    p.add_argument("--predikat", default=None, metavar="PREDIKAT",
                   help="predikat lain dari hasil matriks (memerlukan --reason)")
    p.add_argument("--reason", type=note_arg, default="", metavar="TEKS",
                   help="alasan predikat yang berbeda dari matriks")
    p.add_argument("--note", type=note_arg, default=None, metavar="TEKS",
                   help="catatan/rekomendasi")
    p.set_defaults(handler=cmd_eval_rate)

    p = es.add_parser("show", parents=[common], help="tampilkan evaluasi yang berlaku")
    _target(p)
    p.set_defaults(handler=cmd_eval_show)

    p = es.add_parser("set", parents=[common], help="tetapkan evaluasi (menjadi tidak dapat diubah)")
    _target(p)
    p.set_defaults(handler=cmd_eval_set)

    p = es.add_parser("reopen", parents=[common], help="buka kembali evaluasi yang ditetapkan",
                      description="Membuat revisi baru (draft); revisi lama menjadi diganti.")
    _target(p)
    p.add_argument("--reason", type=note_arg, required=True, metavar="TEKS",
                   help="alasan membuka kembali")
    p.set_defaults(handler=cmd_eval_reopen)

    p = es.add_parser("self", parents=[common], help="penilaian diri pegawai (masukan)")
    _target(p)
    p.add_argument("--hasil", default=None, metavar="RATING", help="rating hasil kerja sendiri")
    p.add_argument("--perilaku", default=None, metavar="RATING",
                   help="rating perilaku kerja sendiri")
    p.add_argument("--reflection", type=note_arg, default=None, metavar="TEKS",
                   help="refleksi diri")
    p.set_defaults(handler=cmd_eval_self)

    p = es.add_parser("note", parents=[common], help="catatan/rekomendasi pejabat penilai")
    _target(p)
    p.add_argument("--text", type=note_arg, required=True, metavar="TEKS",
                   help="catatan/rekomendasi (kosong: menghapus)")
    p.set_defaults(handler=cmd_eval_note)

    p = es.add_parser("history", parents=[common], help="semua revisi evaluasi")
    _target(p)
    p.set_defaults(handler=cmd_eval_history)

    p = es.add_parser("list", parents=[common], help="evaluasi tim atau unit kerja")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--supervisor", type=text_arg("NIP"), metavar="NIP",
                     help="pegawai yang pejabat penilainya NIP ini")
    who.add_argument("--unit", type=text_arg("unit kerja"), metavar="UNIT",
                     help="pegawai unit kerja ini beserta sub-unitnya")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="periode, mis. 2026-TW1")
    add_today(p)
    p.set_defaults(handler=cmd_eval_list)
    distribution_commands.add_eval_subparsers(es, common)


# --- JSON and text
def _person(snap: PersonSnapshot | None) -> dict[str, Any] | None:
    if snap is None:
        return None
    return {"name": snap.name, "nip": snap.nip, "pangkat": snap.pangkat,
            "jabatan": snap.jabatan, "unit": snap.unit}


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def eval_json(ev: Evaluation, nip: str | None, name: str,
              org_now: OrgPredikat | None = None) -> dict[str, Any]:
    """The contract object of one evaluation revision (module doc)."""
    org = org_now if ev.status is EvaluationStatus.DRAFT else ev.org_predikat
    matrix = ev.matrix_predikat
    return {
        "id": ev.id, "nip": nip, "name": name, "period": ev.period, "revision": ev.revision,
        "status": ev.status.value, "status_label": EVALUATION_STATUS_LABELS[ev.status],
        "rating_hasil_kerja": ev.rating_hasil.value if ev.rating_hasil else None,
        "rating_hasil_kerja_label": RATING_LABELS[ev.rating_hasil] if ev.rating_hasil else None,
        "rating_perilaku_kerja": ev.rating_perilaku.value if ev.rating_perilaku else None,
        "rating_perilaku_kerja_label": (RATING_LABELS[ev.rating_perilaku]
                                        if ev.rating_perilaku else None),
        "predikat": ev.predikat.label if ev.predikat else None,
        "predikat_code": ev.predikat.value if ev.predikat else None,
        "predikat_matrix": matrix.label if matrix else None,
        "predikat_override": ev.predikat_override, "override_reason": ev.override_reason,
        "organisation_predikat": org.value if org else None,
        "organisation_predikat_label": org.label if org else None,
        "hasil_from_org": ev.hasil_from_org, "note": ev.note,
        "rated_on": _iso(ev.rated_on), "set_on": _iso(ev.set_on), "final_on": _iso(ev.final_on),
        "keberatan_deadline": _iso(ev.keberatan_deadline), "reopen_reason": ev.reopen_reason,
        "self_assessment": {"hasil": ev.self_hasil.value if ev.self_hasil else None,
                            "perilaku": ev.self_perilaku.value if ev.self_perilaku else None,
                            "reflection": ev.self_reflection, "on": _iso(ev.self_on)},
        "pegawai": _person(ev.pegawai), "penilai": _person(ev.penilai),
        "atasan": _person(ev.atasan),
    }


def _rating_text(rating) -> str:
    return RATING_LABELS[rating] if rating else "-"


def _print_eval(ctx: CommandContext, ev: Evaluation, org_now: OrgPredikat | None) -> None:
    who = ev.pegawai.name if ev.pegawai else "-"
    nip = ev.pegawai.nip if ev.pegawai and ev.pegawai.nip else "-"
    status = EVALUATION_STATUS_LABELS[ev.status]
    if ev.set_on and ev.status is not EvaluationStatus.DIGANTI:
        status += f" (ditetapkan {tanggal(ev.set_on)}"
        status += (f"; keberatan s.d. {tanggal(ev.keberatan_deadline)})"
                   if ev.status is EvaluationStatus.DITETAPKAN else ")")
    org = org_now if ev.status is EvaluationStatus.DRAFT else ev.org_predikat
    predikat = ev.predikat.label if ev.predikat else "-"
    if ev.predikat_override:
        matrix = ev.matrix_predikat
        predikat += (f" (matriks: {matrix.label if matrix else '-'}; alasan: "
                     f"{ev.override_reason})")
    lines = [f"Evaluasi kinerja {who} ({nip}), periode {ev.period}, revisi {ev.revision}",
             f"  Status: {status}",
             f"  Rating hasil kerja: {_rating_text(ev.rating_hasil)}"
             + (" (dari capaian kinerja organisasi)" if ev.hasil_from_org else ""),
             f"  Rating perilaku kerja: {_rating_text(ev.rating_perilaku)}",
             f"  Predikat: {predikat}",
             f"  Capaian kinerja organisasi: {org.label if org else '-'}"]
    if ev.note:
        lines.append(f"  Catatan/rekomendasi: {ev.note}")
    if ev.reopen_reason:
        lines.append(f"  Alasan revisi: {ev.reopen_reason}")
    if ev.penilai:
        lines.append(f"  Pejabat penilai: {ev.penilai.name} ({ev.penilai.nip or '-'})")
    if ev.atasan:
        lines.append(f"  Atasan pejabat penilai: {ev.atasan.name} ({ev.atasan.nip or '-'})")
    if ev.self_on:
        lines.append(f"  Penilaian diri ({tanggal(ev.self_on)}): hasil "
                     f"{_rating_text(ev.self_hasil)}, perilaku {_rating_text(ev.self_perilaku)}"
                     + (f"; refleksi: {ev.self_reflection}" if ev.self_reflection else ""))
    ctx.print("\n".join(lines))


# --- commands
def _context(ctx: CommandContext):
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    skp = services.evaluations.skp_for(pegawai.id, a.period)
    return services, pegawai, skp


def _show(ctx: CommandContext, services, pegawai, ev: Evaluation, done: str = "") -> int:
    org = services.evaluations.org_predikat_now(pegawai.id, ev.period)
    org_now = org.predikat if org else None
    if ctx.json:
        ctx.emit(eval_json(ev, pegawai.nip, pegawai.full_name, org_now))
    else:
        if done:
            ctx.print(done)
        _print_eval(ctx, ev, org_now)
    return 0


def cmd_eval_rate(ctx: CommandContext) -> int:
    a = ctx.args
    services, pegawai, skp = _context(ctx)
    ev = services.evaluations.rate(skp.id, a.period, hasil=a.hasil, perilaku=a.perilaku,
                                   predikat=a.predikat, reason=a.reason, note=a.note,
                                   today=a.today).value
    return _show(ctx, services, pegawai, ev, "Rating disimpan (draft).")


def cmd_eval_show(ctx: CommandContext) -> int:
    from skpdesk.domain.errors import DomainError, ErrorCode  # noqa: PLC0415
    a = ctx.args
    services, pegawai, skp = _context(ctx)
    ev = services.evaluations.get(skp.id, a.period, today=a.today)
    if ev is None:
        raise DomainError(ErrorCode.EVAL_NOT_FOUND, field="evaluasi",
                          name=f"{pegawai.full_name} ({nip_text(pegawai.nip)})", period=a.period)
    return _show(ctx, services, pegawai, ev)


def cmd_eval_set(ctx: CommandContext) -> int:
    a = ctx.args
    services, pegawai, skp = _context(ctx)
    ev = services.evaluations.set(skp.id, a.period, today=a.today).value
    return _show(ctx, services, pegawai, ev, "Evaluasi kinerja ditetapkan.")


def cmd_eval_reopen(ctx: CommandContext) -> int:
    a = ctx.args
    services, pegawai, skp = _context(ctx)
    ev = services.evaluations.reopen(skp.id, a.period, a.reason, today=a.today).value
    return _show(ctx, services, pegawai, ev,
                 f"Evaluasi kinerja dibuka kembali sebagai revisi {ev.revision} (draft).")


def cmd_eval_self(ctx: CommandContext) -> int:
    a = ctx.args
    if a.hasil is None and a.perilaku is None and a.reflection is None:
        raise UsageError("eval self memerlukan --hasil, --perilaku atau --reflection")
    services, pegawai, skp = _context(ctx)
    ev = services.evaluations.self_assess(skp.id, a.period, hasil=a.hasil, perilaku=a.perilaku,
                                          reflection=a.reflection, today=a.today).value
    return _show(ctx, services, pegawai, ev, "Penilaian diri disimpan.")


def cmd_eval_note(ctx: CommandContext) -> int:
    a = ctx.args
    services, pegawai, skp = _context(ctx)
    ev = services.evaluations.note(skp.id, a.period, a.text, today=a.today).value
    return _show(ctx, services, pegawai, ev, "Catatan/rekomendasi disimpan.")


def cmd_eval_history(ctx: CommandContext) -> int:
    a = ctx.args
    services, pegawai, skp = _context(ctx)
    revisions = services.evaluations.history(skp.id, a.period, today=a.today)
    org = services.evaluations.org_predikat_now(pegawai.id, a.period)
    org_now = org.predikat if org else None
    if ctx.json:
        ctx.emit([eval_json(e, pegawai.nip, pegawai.full_name, org_now) for e in revisions])
        return 0
    if not revisions:
        ctx.print(f"Belum ada evaluasi kinerja {pegawai.full_name} untuk periode {a.period}.")
        return 0
    rows = [[e.revision, EVALUATION_STATUS_LABELS[e.status], _rating_text(e.rating_hasil),
             _rating_text(e.rating_perilaku), e.predikat.label if e.predikat else "-",
             _iso(e.set_on) or "-", e.reopen_reason or "-"] for e in revisions]
    ctx.print(table(["Revisi", "Status", "Hasil kerja", "Perilaku kerja", "Predikat",
                     "Ditetapkan", "Alasan revisi"], rows))
    return 0


def cmd_eval_list(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    if a.supervisor is not None:
        team = services.evaluations.for_period(a.period, penilai_id=ctx.pegawai(a.supervisor).id,
                                               today=a.today)
    else:
        team = services.evaluations.for_period(a.period, unit_id=a.unit, today=a.today)
    if ctx.json:
        ctx.emit([{"nip": m.pegawai.nip, "name": m.pegawai.full_name,
                   "jabatan": m.pegawai.position, "unit": m.pegawai.unit_path,
                   "skp_id": m.skp_id,
                   "evaluation": (eval_json(m.evaluation, m.pegawai.nip, m.pegawai.full_name)
                                  if m.evaluation else None)} for m in team])
        return 0
    rows = []
    for m in team:
        ev = m.evaluation
        rows.append([m.pegawai.full_name, nip_text(m.pegawai.nip),
                     _rating_text(ev.rating_hasil) if ev else "-",
                     _rating_text(ev.rating_perilaku) if ev else "-",
                     ev.predikat.label if ev and ev.predikat else "-",
                     EVALUATION_STATUS_LABELS[ev.status] if ev
                     else ("belum dinilai" if m.skp_id else "tanpa SKP")])
    ctx.print(table(["Nama", "NIP", "Hasil kerja", "Perilaku kerja", "Predikat", "Status"], rows))
    return 0
