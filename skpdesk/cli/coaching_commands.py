"""`skpdesk coaching feedback|competency|show`: the bimbingan kinerja forms B.1.8 and B.1.9.

    skpdesk coaching feedback ID --answers 1,2,... [--nip NIP] [--comment N=TEXT]...
    skpdesk coaching competency ID --item "NAME=VALUE:REASON"... [--nip NIP]
    skpdesk coaching show ID [--nip NIP]

ID is the dialog's id (or a unique prefix of 8 or more characters); --nip the participant the
form is for (needed only for a team dialog). Answers are the nine B.1.8 responses in statement
order: the number on the office's scale (1 = the first label, `coaching.b18_scale`) or the
label itself. These names are a contract that scripts rely on.
"""

from __future__ import annotations

import argparse

from skpdesk.domain.dialog import B18_STATEMENTS, CompetencyItem

from .arg_types import Parser, text_arg
from .coaching_json import coaching_feedback_json, competency_json
from .command_context import CommandContext, UsageError

EPILOG = """contoh:
  skpdesk --as 199001012015032003 coaching feedback 0193a1b2 --answers 1,1,2,1,2,1,1,2,1 \\
      --comment 2="Masukan sangat membantu"
  skpdesk --as 198503152010011002 coaching competency 0193a1b2 \\
      --item "Kerja sama=4:Aktif membantu rekan satu tim" --item "Inisiatif=3:Masih menunggu arahan"
  skpdesk coaching show 0193a1b2 --json"""


def add_parsers(sub, common) -> None:
    co = sub.add_parser("coaching", parents=[common], help="bimbingan kinerja: B.1.8 dan B.1.9",
                        description="Formulir bimbingan kinerja: umpan balik pegawai atas "
                                    "bimbingan (Format B.1.8) dan evaluasi kompetensi sebagai "
                                    "tindak lanjutnya (Format B.1.9).",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    cs = co.add_subparsers(title="perintah coaching", dest="coaching_command", metavar="PERINTAH",
                           required=True, parser_class=Parser)

    def dialog_and_nip(p) -> None:
        p.add_argument("dialog", type=text_arg("id dialog"), metavar="ID",
                       help="id dialog bimbingan (atau awalannya, paling sedikit 8 karakter)")
        p.add_argument("--nip", default=None, type=text_arg("NIP"), metavar="NIP",
                       help="NIP pegawai yang dibimbing (wajib bila pesertanya lebih dari satu)")

    p = cs.add_parser("feedback", parents=[common], help="isi Format B.1.8",
                      description="Menyimpan jawaban pegawai atas sembilan pernyataan Format "
                                  "B.1.8 (jawaban kedua menggantikan yang pertama).")
    dialog_and_nip(p)
    p.add_argument("--answers", required=True, metavar="1,2,...",
                   help="sembilan jawaban dipisah koma: nomor pada skala (1 = label pertama) "
                        "atau labelnya")
    p.add_argument("--comment", action="append", default=[], metavar="N=TEKS",
                   help="komentar untuk pernyataan N (1-9); boleh berulang")
    p.add_argument("--date", default=None, metavar="TTTT-BB-HH",
                   help="tanggal pengisian (bawaan: hari ini)")
    p.set_defaults(handler=cmd_coaching_feedback)

    p = cs.add_parser("competency", parents=[common], help="isi Format B.1.9",
                      description="Menyimpan evaluasi kompetensi pegawai sebagai tindak lanjut "
                                  "bimbingan: tiap kompetensi dengan nilai 1-5 dan alasannya.")
    dialog_and_nip(p)
    p.add_argument("--item", action="append", required=True, metavar="\"NAMA=NILAI:ALASAN\"",
                   help="satu kompetensi, mis. \"Kerja sama=4:Aktif membantu rekan\"; boleh berulang")
    p.add_argument("--date", default=None, metavar="TTTT-BB-HH",
                   help="tanggal evaluasi (bawaan: hari ini)")
    p.set_defaults(handler=cmd_coaching_competency)

    p = cs.add_parser("show", parents=[common], help="tampilkan B.1.8 dan B.1.9 suatu dialog",
                      description="Menampilkan Format B.1.8 dan B.1.9 yang berlaku pada suatu "
                                  "dialog bimbingan (dialog rahasia hanya untuk pembacanya).")
    dialog_and_nip(p)
    p.set_defaults(handler=cmd_coaching_show)


def parse_answers(text: str) -> list[str]:
    parts = [" ".join(p.split()) for p in (text or "").split(",")]
    if not any(parts):
        raise UsageError("--answers memerlukan sembilan jawaban dipisah koma, mis. 1,1,2,1,2,1,1,2,1")
    return parts


def parse_comments(values: list[str]) -> list[str]:
    comments = [""] * len(B18_STATEMENTS)
    for value in values:
        number, sep, text = value.partition("=")
        if not sep or not number.strip().isdigit() or \
                not 1 <= int(number) <= len(B18_STATEMENTS):
            raise UsageError(f"--comment harus berbentuk N=TEKS dengan N 1 sampai "
                             f"{len(B18_STATEMENTS)} (tertulis '{value}')")
        comments[int(number) - 1] = text.strip()
    return comments


def parse_item(value: str) -> CompetencyItem:
    """ "Kerja sama=4:Aktif membantu" -> CompetencyItem; the value's range is the service's."""
    name, sep, rest = value.partition("=")
    number, sep2, reason = rest.partition(":")
    if not sep or not sep2:
        raise UsageError(f"--item harus berbentuk \"NAMA=NILAI:ALASAN\", mis. \"Kerja sama=4:"
                         f"Aktif membantu rekan\" (tertulis '{value}')")
    number = number.strip()
    return CompetencyItem(name.strip(), int(number) if number.isdigit() else number, reason.strip())


def _participant(ctx: CommandContext) -> str | None:
    return ctx.pegawai(ctx.args.nip).id if ctx.args.nip else None


def cmd_coaching_feedback(ctx: CommandContext) -> int:
    a = ctx.args
    answers = parse_answers(a.answers)
    comments = parse_comments(a.comment)
    services = ctx.services()
    dialog_id = services.coaching.resolve_dialog_id(a.dialog)
    b18 = services.coaching.record_feedback(dialog_id, _participant(ctx), answers, comments,
                                            answered_on=a.date).value
    if ctx.json:
        ctx.emit(coaching_feedback_json(b18))
    else:
        ctx.print(f"Umpan balik bimbingan (B.1.8) {b18.pegawai.name} disimpan (id {b18.id}).")
        _print_b18(ctx, b18)
    return 0


def cmd_coaching_competency(ctx: CommandContext) -> int:
    a = ctx.args
    items = [parse_item(v) for v in a.item]
    services = ctx.services()
    dialog_id = services.coaching.resolve_dialog_id(a.dialog)
    b19 = services.coaching.record_competency(dialog_id, _participant(ctx), items,
                                              evaluated_on=a.date).value
    if ctx.json:
        ctx.emit(competency_json(b19))
    else:
        ctx.print(f"Evaluasi kompetensi (B.1.9) {b19.pegawai.name} disimpan (id {b19.id}).")
        _print_b19(ctx, b19)
    return 0


def cmd_coaching_show(ctx: CommandContext) -> int:
    services = ctx.services()
    dialog_id = services.coaching.resolve_dialog_id(ctx.args.dialog)
    pegawai_id = _participant(ctx)
    b18 = services.coaching.feedback_of(dialog_id, pegawai_id)
    b19 = services.coaching.competency_of(dialog_id, pegawai_id)
    if ctx.json:
        ctx.emit({"dialog_id": dialog_id, "b18": coaching_feedback_json(b18),
                  "b19": competency_json(b19)})
        return 0
    ctx.print(f"Dialog {dialog_id}")
    if b18 is None:
        ctx.print("Format B.1.8: belum diisi.")
    else:
        ctx.print(f"Format B.1.8 ({b18.pegawai.name}, {b18.answered_on.isoformat()}):")
        _print_b18(ctx, b18)
    if b19 is None:
        ctx.print("Format B.1.9: belum diisi.")
    else:
        ctx.print(f"Format B.1.9 ({b19.pegawai.name}, {b19.evaluated_on.isoformat()}):")
        _print_b19(ctx, b19)
    return 0


def _print_b18(ctx: CommandContext, b18) -> None:
    for answer in b18.answers:
        ctx.print(f"  {answer.statement}: {answer.response}")
        if answer.comment:
            ctx.print(f"      komentar: {answer.comment}")


def _print_b19(ctx: CommandContext, b19) -> None:
    for number, item in enumerate(b19.items, start=1):
        ctx.print(f"  {number}. {item.name}: {item.value} ({item.reason})")
    if b19.evaluator is not None:
        ctx.print(f"  dievaluasi oleh {b19.evaluator.name}")
