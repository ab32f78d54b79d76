"""`skpdesk keberatan ...`: keberatan atas evaluasi kinerja (issue 12; SKP-REFERENCE §2.5).

    skpdesk keberatan file --nip NIP --period P --reason TEXT        (the pegawai)
    skpdesk keberatan explain ID [--penilai TEXT] [--pegawai TEXT]    (the atasan)
    skpdesk keberatan decide ID --keep|--change [--hasil R] [--perilaku R] --note TEXT
    skpdesk keberatan show ID [--json]
    skpdesk keberatan list [--waiting] [--json]

ID is the full id or its first 8 or more characters. JSON of a keberatan (object; `list` an
array of them): `{"id", "evaluation_id", "nip", "name", "period", "revision", "status"
("diajukan"/"diputuskan"), "status_label", "filed_on", "deadline", "reason", "filed_by",
"atasan": {"id", "name"}, "explanations": {"penilai": {"text", "on"}, "pegawai": {"text",
"on"}}, "decision" ("tetap"/"ubah"/null), "decision_label", "new_rating_hasil_kerja",
"new_rating_perilaku_kerja" (rating words or null), "decision_note", "decided_on",
"decided_by", "result_evaluation_id", "evaluation" (the revision objected to, as `eval show`),
"result" (the revision an "ubah" decision wrote, or null)}`. Dates ISO.
"""

from __future__ import annotations

import argparse
from typing import Any

from skpdesk.domain.dates import tanggal
from skpdesk.domain.evaluation import KEBERATAN_DECISION_LABELS, RATING_LABELS, KeberatanStatus
from skpdesk.services.evaluation.keberatan import KeberatanView

from .arg_types import Parser, note_arg, text_arg
from .command_context import CommandContext, UsageError
from .eval_commands import eval_json
from .output import table
from .period_commands import add_today
from .serialize import nip_text

STATUS_LABELS = {KeberatanStatus.DIAJUKAN: "Menunggu keputusan",
                 KeberatanStatus.DIPUTUSKAN: "Diputuskan"}

EPILOG = """contoh:
  skpdesk --as 199001012015032003 keberatan file --nip 199001012015032003 --period 2026-TW1 \\
      --reason "Realisasi triwulan I belum dipertimbangkan"
  skpdesk keberatan list --waiting --as 197001012000031001
  skpdesk --as 197001012000031001 keberatan explain 0193a1b2 \\
      --penilai "Bukti dukung belum lengkap saat penilaian" --pegawai "Bukti sudah diunggah"
  skpdesk --as 197001012000031001 keberatan decide 0193a1b2 --change --hasil diatas \\
      --perilaku sesuai --note "Bukti dukung menunjukkan target terlampaui"

Keberatan diajukan oleh pegawai yang dinilai paling lambat 14 hari sejak evaluasi ditetapkan,
kepada atasan pejabat penilai kinerja yang tercatat pada evaluasi. Atasan meminta penjelasan
pejabat penilai dan pegawai (explain) lalu memutuskan: --keep (penilaian tetap) atau --change
(rating baru; predikat mengikuti matriks; menjadi revisi baru). Keputusan bersifat final."""


def _raw():
    return argparse.RawDescriptionHelpFormatter


def add_parsers(sub, common) -> None:
    kb = sub.add_parser("keberatan", parents=[common], help="keberatan atas evaluasi kinerja",
                        description="Keberatan pegawai atas evaluasi kinerja yang ditetapkan, "
                                    "penjelasan dan keputusan atasan pejabat penilai.",
                        epilog=EPILOG, formatter_class=_raw())
    ks = kb.add_subparsers(title="perintah keberatan", dest="keberatan_command",
                           metavar="PERINTAH", required=True, parser_class=Parser)
    p = ks.add_parser("file", parents=[common], help="ajukan keberatan (pegawai yang dinilai)",
                      epilog=EPILOG, formatter_class=_raw())
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai yang dinilai")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="periode, mis. 2026-TW1 atau 2026-AKHIR")
    p.add_argument("--reason", required=True, type=note_arg, metavar="TEKS",
                   help="alasan keberatan")
    add_today(p)
    p.set_defaults(handler=cmd_keberatan_file)

    p = ks.add_parser("explain", parents=[common],
                      help="catat penjelasan pejabat penilai dan pegawai (atasan)")
    _id_arg(p)
    p.add_argument("--penilai", type=note_arg, default=None, metavar="TEKS",
                   help="penjelasan pejabat penilai kinerja")
    p.add_argument("--pegawai", type=note_arg, default=None, metavar="TEKS",
                   help="penjelasan pegawai yang dinilai")
    add_today(p)
    p.set_defaults(handler=cmd_keberatan_explain)

    p = ks.add_parser("decide", parents=[common], help="putuskan keberatan (atasan; final)",
                      epilog=EPILOG, formatter_class=_raw())
    _id_arg(p)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", dest="keep", action="store_true", default=None,
                     help="penilaian tetap")
    how.add_argument("--change", dest="keep", action="store_false",
                     help="ubah rating (revisi baru yang final)")
    p.add_argument("--hasil", default=None, metavar="RATING",
                   help="rating hasil kerja baru: diatas, sesuai atau dibawah")
    p.add_argument("--perilaku", default=None, metavar="RATING",
                   help="rating perilaku kerja baru: diatas, sesuai atau dibawah")
    p.add_argument("--note", required=True, type=note_arg, metavar="TEKS",
                   help="catatan keputusan")
    add_today(p)
    p.set_defaults(handler=cmd_keberatan_decide)

    p = ks.add_parser("show", parents=[common], help="tampilkan keberatan")
    _id_arg(p)
    add_today(p)
    p.set_defaults(handler=cmd_keberatan_show)

    p = ks.add_parser("list", parents=[common], help="daftar keberatan")
    p.add_argument("--waiting", action="store_true",
                   help="hanya yang menunggu keputusan saya (pegawai yang bertindak, --as)")
    add_today(p)
    p.set_defaults(handler=cmd_keberatan_list)


def _id_arg(p) -> None:
    p.add_argument("id", type=text_arg("ID keberatan"), metavar="ID",
                   help="ID keberatan (lengkap atau 8 karakter pertama atau lebih)")


# --- JSON and text
def _iso(day) -> str | None:
    return day.isoformat() if day else None


def keberatan_json(view: KeberatanView) -> dict[str, Any]:
    """The contract object of one keberatan (module doc)."""
    k = view.keberatan
    ev, result = view.evaluation, view.result
    return {
        "id": k.id, "evaluation_id": k.evaluation_id, "nip": view.pegawai_nip or None,
        "name": view.pegawai_name, "period": k.period,
        "revision": ev.revision if ev else None, "status": k.status.value,
        "status_label": STATUS_LABELS[k.status], "filed_on": _iso(k.filed_on),
        "deadline": _iso(view.deadline), "reason": k.reason, "filed_by": k.filed_by_name,
        "atasan": {"id": k.atasan_id, "name": k.atasan_name},
        "explanations": {
            "penilai": {"text": k.penilai_explanation, "on": _iso(k.penilai_explained_on)},
            "pegawai": {"text": k.pegawai_explanation, "on": _iso(k.pegawai_explained_on)}},
        "decision": k.decision.value if k.decision else None,
        "decision_label": KEBERATAN_DECISION_LABELS[k.decision] if k.decision else None,
        "new_rating_hasil_kerja": k.new_hasil.value if k.new_hasil else None,
        "new_rating_perilaku_kerja": k.new_perilaku.value if k.new_perilaku else None,
        "decision_note": k.decision_note, "decided_on": _iso(k.decided_on),
        "decided_by": k.decided_by_name or None,
        "result_evaluation_id": k.result_evaluation_id,
        "evaluation": _eval(view, ev), "result": _eval(view, result),
    }


def _eval(view: KeberatanView, ev) -> dict[str, Any] | None:
    return eval_json(ev, view.pegawai_nip or None, view.pegawai_name) if ev else None


def _rating(rating) -> str:
    return RATING_LABELS[rating] if rating else "-"


def _print(ctx: CommandContext, view: KeberatanView, done: str = "") -> None:
    k, ev = view.keberatan, view.evaluation
    if done:
        ctx.print(done)
    lines = [f"Keberatan {k.id}",
             f"  Pegawai: {view.pegawai_name} ({nip_text(view.pegawai_nip)}), periode {k.period}"
             + (f", revisi {ev.revision}" if ev else ""),
             f"  Status: {STATUS_LABELS[k.status]}",
             f"  Diajukan: {tanggal(k.filed_on)}"
             + (f" (batas {tanggal(view.deadline)})" if view.deadline else ""),
             f"  Alasan: {k.reason}",
             f"  Atasan pejabat penilai: {k.atasan_name or '-'}"]
    if ev is not None:
        lines.append(f"  Penilaian yang diajukan keberatan: hasil kerja {_rating(ev.rating_hasil)}"
                     f", perilaku kerja {_rating(ev.rating_perilaku)}, predikat "
                     f"{ev.predikat.label if ev.predikat else '-'}")
    if k.penilai_explanation:
        lines.append(f"  Penjelasan pejabat penilai ({tanggal(k.penilai_explained_on)}): "
                     f"{k.penilai_explanation}")
    if k.pegawai_explanation:
        lines.append(f"  Penjelasan pegawai ({tanggal(k.pegawai_explained_on)}): "
                     f"{k.pegawai_explanation}")
    if k.decision is not None:
        lines.append(f"  Keputusan ({tanggal(k.decided_on)}, {k.decided_by_name or '-'}): "
                     f"{KEBERATAN_DECISION_LABELS[k.decision]}; {k.decision_note}")
        if view.result is not None:
            r = view.result
            lines.append(f"  Revisi {r.revision} (final): hasil kerja {_rating(r.rating_hasil)}"
                         f", perilaku kerja {_rating(r.rating_perilaku)}, predikat "
                         f"{r.predikat.label if r.predikat else '-'}")
    ctx.print("\n".join(lines))


def _answer(ctx: CommandContext, view: KeberatanView, done: str = "") -> int:
    if ctx.json:
        ctx.emit(keberatan_json(view))
    else:
        _print(ctx, view, done)
    return 0


# --- commands
def cmd_keberatan_file(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    skp = services.evaluations.skp_for(pegawai.id, a.period)
    k = services.keberatan.file(skp.id, a.period, a.reason, today=a.today).value
    view = services.keberatan.view(k.id, today=a.today)
    return _answer(ctx, view, f"Keberatan diajukan kepada {k.atasan_name}.")


def cmd_keberatan_explain(ctx: CommandContext) -> int:
    a = ctx.args
    if a.penilai is None and a.pegawai is None:
        raise UsageError("keberatan explain memerlukan --penilai atau --pegawai")
    services = ctx.services()
    kid = services.keberatan.resolve(a.id)
    services.keberatan.explain(kid, penilai=a.penilai, pegawai=a.pegawai, today=a.today)
    return _answer(ctx, services.keberatan.view(kid, today=a.today), "Penjelasan dicatat.")


def cmd_keberatan_decide(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    kid = services.keberatan.resolve(a.id)
    services.keberatan.decide(kid, keep=bool(a.keep), hasil=a.hasil, perilaku=a.perilaku,
                                  note=a.note, today=a.today).value
    done = ("Keberatan diputuskan: penilaian tetap; evaluasi menjadi final." if a.keep else
            "Keberatan diputuskan: penilaian diubah; revisi baru final.")
    return _answer(ctx, services.keberatan.view(kid, today=a.today), done)


def cmd_keberatan_show(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    kid = services.keberatan.resolve(a.id)
    return _answer(ctx, services.keberatan.view(kid, today=a.today))


def cmd_keberatan_list(ctx: CommandContext) -> int:
    a = ctx.args
    services = ctx.services()
    found = services.keberatan.waiting_for_me() if a.waiting else services.keberatan.list()
    views = services.keberatan.views(found, today=a.today)
    if ctx.json:
        ctx.emit([keberatan_json(v) for v in views])
        return 0
    if not views:
        ctx.print("Tidak ada keberatan yang menunggu keputusan Anda." if a.waiting
                  else "Belum ada keberatan.")
        return 0
    rows = [[v.keberatan.id[:8], v.pegawai_name, nip_text(v.pegawai_nip), v.keberatan.period,
             v.keberatan.filed_on.isoformat(), STATUS_LABELS[v.keberatan.status],
             v.keberatan.atasan_name or "-"] for v in views]
    ctx.print(table(["ID", "Nama", "NIP", "Periode", "Diajukan", "Status", "Atasan"], rows))
    return 0
