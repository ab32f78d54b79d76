"""`skpdesk dialog add|list|show|close|addendum`: dialog kinerja for scripts (issue 10).

The same service as the window (`services.dialogs`): one unit of work per command, so a refused
input writes nothing; confidential dialogs are shown redacted to anyone but their participants,
leader and writer (`--as NIP` or `skpdesk me`). Ids are printed whole; commands accept the whole
id or its first 8+ characters. These names and the JSON keys are a contract scripts rely on.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from skpdesk.domain.dialog import (DIALOG_KIND_LABELS, FOLLOW_UP_STATUS_LABELS, Dialog,
                                   DialogKind, FollowUp, PersonRef)
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.domain.skp import RhkKind
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput

from .arg_types import count_arg, note_arg, text_arg, year_arg
from .command_context import CommandContext, UsageError
from .output import indent, table
from .serialize import nip_text

KINDS = ", ".join(k.value for k in DialogKind)
MAX_NOTES_FILE_BYTES = 1024 * 1024  # far above the 20,000 characters a note may hold
duration_arg = count_arg(1, 24 * 60, "durasi (menit)")


class FollowUpPart(argparse.Action):
    """`--followup TEXT [--owner NIP] [--due D]`, repeated: each --followup starts a follow-up,
    the --owner and --due after it belong to it (the order on the command line pairs them)."""

    def __call__(self, parser, namespace, value, option_string=None):
        parts = list(getattr(namespace, "follow_ups", None) or [])
        key = self.dest
        if key == "followup":
            parts.append({"followup": value})
        elif not parts:
            parser.error(f"{option_string} harus sesudah --followup yang dimaksud")
        elif key in parts[-1]:
            parser.error(f"{option_string} disebut dua kali untuk tindak lanjut "
                         f"\"{parts[-1]['followup']}\"")
        else:
            parts[-1][key] = value
        namespace.follow_ups = parts


def add_parsers(sub, common) -> None:
    p = sub.add_parser("dialog", parents=[common], help="dialog kinerja: catat, tutup, adendum",
                       description="Dialog kinerja (penetapan ekspektasi, pemantauan, bimbingan: "
                                   "coaching/mentoring/konseling, umpan balik) dengan tindak "
                                   "lanjutnya. Dialog adalah draf sampai ditutup; setelah itu "
                                   "hanya dapat ditambah adendum. Dialog rahasia (konseling, "
                                   "bawaan) hanya dapat dibaca peserta, pemimpin dan penulisnya.")
    ds = p.add_subparsers(title="perintah dialog", dest="dialog_command", metavar="PERINTAH",
                          required=True)

    a = ds.add_parser("add", parents=[common], help="catat dialog kinerja baru (draf)",
                      description="Mencatat dialog kinerja sebagai draf. Penulisnya pegawai yang "
                                  "sedang bertindak (skpdesk me / --as NIP). --followup, --owner "
                                  "dan --due berpasangan menurut urutan (tanpa --owner: pegawai "
                                  "pertama).")
    a.add_argument("--nip", dest="nips", action="append", required=True, type=text_arg("NIP"),
                   metavar="NIP", help="NIP pegawai peserta (ulangi untuk dialog tim)")
    a.add_argument("--kind", required=True, metavar="JENIS", help=f"jenis dialog: {KINDS}")
    a.add_argument("--date", default=None, metavar="TANGGAL",
                   help="tanggal dialog TTTT-BB-HH (bawaan: hari ini)")
    a.add_argument("--time", default="", metavar="JJ:MM", help="jam mulai")
    a.add_argument("--duration", type=duration_arg, default=None, metavar="MENIT",
                   help="lama dialog dalam menit")
    where = a.add_mutually_exclusive_group()
    where.add_argument("--place", default="", type=note_arg, metavar="TEKS", help="tempat")
    where.add_argument("--online", action="store_true", help="dialog daring")
    leader = a.add_mutually_exclusive_group()
    leader.add_argument("--led-by", default=None, type=text_arg("NIP"), metavar="NIP",
                        help="NIP pegawai yang memimpin (bawaan: pejabat penilai pegawai pertama)")
    leader.add_argument("--led-by-name", default="", type=note_arg, metavar="TEKS",
                        help="nama pihak lain yang diberikan penugasan khusus")
    a.add_argument("--led-by-role", default="", type=note_arg, metavar="TEKS",
                   help="peran pihak lain itu (bersama --led-by-name)")
    a.add_argument("--agenda", action="append", default=[], type=note_arg, metavar="TEKS",
                   help="butir agenda (ulangi)")
    notes = a.add_mutually_exclusive_group()
    notes.add_argument("--notes", default="", type=note_arg, metavar="TEKS", help="catatan dialog")
    notes.add_argument("--notes-file", default=None, metavar="BERKAS",
                       help="catatan dialog dari berkas teks UTF-8")
    a.add_argument("--rhk", action="append", default=[], type=text_arg("nomor RHK"), metavar="N",
                   help="nomor RHK yang dibahas pada SKP pegawai pertama tahun dialog (1 atau "
                        "A.1 = RHK Utama 1, B.1 = RHK Tambahan 1; ulangi)")
    a.add_argument("--value", action="append", default=[], type=count_arg(1, 7, "nomor nilai"),
                   metavar="NOMOR", help="nomor nilai perilaku kerja (BerAKHLAK 1-7) yang dibahas")
    a.set_defaults(follow_ups=None)
    a.add_argument("--followup", action=FollowUpPart, type=note_arg, metavar="TEKS",
                   help="tindak lanjut yang disepakati (ulangi; --owner dan --due sesudahnya "
                        "milik tindak lanjut ini)")
    a.add_argument("--owner", action=FollowUpPart, type=text_arg("NIP"), metavar="NIP",
                   help="NIP penanggung jawab tindak lanjut sebelumnya (bawaan: pegawai pertama)")
    a.add_argument("--due", action=FollowUpPart, metavar="TANGGAL",
                   help="batas waktu tindak lanjut sebelumnya TTTT-BB-HH (wajib)")
    secret = a.add_mutually_exclusive_group()
    secret.add_argument("--confidential", dest="confidential", action="store_const", const=True,
                        default=None, help="rahasia (bawaan untuk konseling)")
    secret.add_argument("--not-confidential", dest="confidential", action="store_const",
                        const=False, help="tidak rahasia (juga untuk konseling)")
    a.set_defaults(handler=cmd_add)

    ls = ds.add_parser("list", parents=[common], help="dialog seorang pegawai, terbaru dulu",
                       description="Dialog kinerja yang diikuti seorang pegawai, terbaru dulu. "
                                   "Dialog rahasia tampil tanpa isi bagi selain peserta, "
                                   "pemimpin dan penulisnya.")
    ls.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP", help="NIP pegawai")
    ls.add_argument("--year", type=year_arg, default=None, metavar="TAHUN",
                    help="hanya dialog tahun ini (bawaan: semua)")
    ls.set_defaults(handler=cmd_list)

    sh = ds.add_parser("show", parents=[common], help="tampilkan satu dialog",
                       description="Menampilkan satu dialog dengan agenda, catatan, tindak lanjut "
                                   "dan adendumnya (rahasia: hanya tanggal dan peserta bagi "
                                   "selain peserta, pemimpin dan penulisnya).")
    _id_arg(sh)
    sh.set_defaults(handler=cmd_show)

    cl = ds.add_parser("close", parents=[common], help="tutup dialog (tidak dapat diubah lagi)",
                       description="Menutup dialog: isinya tidak dapat diubah lagi, koreksi "
                                   "menjadi adendum. --done/--drop menyelesaikan atau "
                                   "membatalkan tindak lanjut terbuka dari dialog sebelumnya "
                                   "dengan pegawai yang sama dalam dialog ini.")
    _id_arg(cl)
    cl.add_argument("--done", action="append", default=[], type=text_arg("ID tindak lanjut"),
                    metavar="ID_TINDAK_LANJUT", help="tindak lanjut sebelumnya yang selesai")
    cl.add_argument("--drop", action="append", default=[], type=text_arg("ID tindak lanjut"),
                    metavar="ID_TINDAK_LANJUT", help="tindak lanjut sebelumnya yang dibatalkan")
    cl.set_defaults(handler=cmd_close)

    ad = ds.add_parser("addendum", parents=[common], help="tambah adendum pada dialog tertutup",
                       description="Menambah adendum (koreksi atau tambahan dengan tanggal dan "
                                   "penulisnya sendiri) pada dialog yang sudah ditutup.")
    _id_arg(ad)
    ad.add_argument("--text", required=True, type=note_arg, metavar="TEKS", help="teks adendum")
    ad.set_defaults(handler=cmd_addendum)


def _id_arg(p) -> None:
    p.add_argument("dialog_id", type=text_arg("ID dialog"), metavar="ID",
                   help="id dialog (lengkap atau 8 karakter awal atau lebih)")


# ---- JSON ------------------------------------------------------------------------------------

def person_json(p: PersonRef | None) -> dict[str, Any] | None:
    return None if p is None else {"id": p.pegawai_id, "nip": p.nip, "name": p.name}


def follow_up_json(f: FollowUp, today: dt.date) -> dict[str, Any]:
    overdue = f.status.value == "open" and f.due_on is not None and f.due_on < today
    return {"id": f.id, "dialog_id": f.dialog_id, "text": f.text, "owner": person_json(f.owner),
            "due": f.due_on.isoformat() if f.due_on else None, "status": f.status.value,
            "status_note": f.status_note,
            "status_on": f.status_on.isoformat() if f.status_on else None,
            "overdue": overdue, "redacted": f.redacted}


def dialog_json(d: Dialog, today: dt.date | None = None) -> dict[str, Any]:
    today = today or dt.date.today()
    led = person_json(d.led_by)
    if led is not None:
        led["role"] = d.led_by.role
    return {
        "id": d.id, "date": d.held_on.isoformat(), "time": d.start_time or None,
        "duration_min": d.duration_min, "place": d.place, "online": d.online,
        "kind": d.kind.value if d.kind else None,
        "kind_label": DIALOG_KIND_LABELS.get(d.kind) if d.kind else None,
        "participants": [person_json(p) for p in d.participants], "led_by": led,
        "agenda": list(d.agenda), "notes": d.notes,
        "rhk": [{"id": t.rhk_id, "label": t.label} for t in d.topics if t.rhk_id],
        "core_values": [{"id": t.core_value_id, "label": t.label}
                        for t in d.topics if t.core_value_id],
        "follow_ups": [follow_up_json(f, today) for f in d.follow_ups],
        "addenda": [{"id": a.id, "at": a.written_at,
                     "author": person_json(a.author), "text": a.text} for a in d.addenda],
        "confidential": d.confidential, "redacted": d.redacted,
        # Redacted: not even whether it is closed ("a dialog took place, on this date").
        "status": None if d.redacted else ("draft" if d.is_draft else "closed"),
        "closed_at": d.closed_at, "author": person_json(d.author),
    }


# ---- text --------------------------------------------------------------------------------------

def day(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "-"


def person_text(p: PersonRef | None) -> str:
    if p is None:
        return "-"
    if p.pegawai_id is None:
        return f"{p.name} ({p.role})" if p.role else p.name
    return f"{p.name} ({nip_text(p.nip)})" if p.nip else p.name


def follow_up_rows(items: list[FollowUp], today: dt.date) -> list[list[str]]:
    rows = []
    for f in items:
        status = FOLLOW_UP_STATUS_LABELS[f.status]
        if f.status.value == "open" and f.due_on is not None and f.due_on < today:
            status += " (lewat batas)"
        rows.append([f.id, day(f.due_on), status, f.owner.name,
                     "(rahasia)" if f.redacted else f.text])
    return rows


def show_text(ctx: CommandContext, d: Dialog) -> None:
    ctx.print(f"Dialog kinerja {d.id}")
    ctx.print(f"Tanggal    : {day(d.held_on)}")
    ctx.print(f"Peserta    : {'; '.join(person_text(p) for p in d.participants)}")
    if d.redacted:
        ctx.print("Rahasia    : ya. Isi dialog ini hanya dapat dibaca oleh peserta, pemimpin "
                  "dialog dan penulisnya.")
        return
    when = d.start_time + (f" ({d.duration_min} menit)" if d.duration_min else "")
    ctx.print(f"Jam        : {when or '-'}")
    ctx.print(f"Tempat     : {d.place or '-'}")
    ctx.print(f"Jenis      : {DIALOG_KIND_LABELS.get(d.kind, '-') if d.kind else '-'}")
    ctx.print(f"Dipimpin   : {person_text(d.led_by)}")
    ctx.print(f"Rahasia    : {'ya' if d.confidential else 'tidak'}")
    ctx.print(f"Penulis    : {person_text(d.author)}")
    ctx.print(f"Status     : {'draf' if d.is_draft else 'ditutup ' + d.closed_at[:19].replace('T', ' ') + ' oleh ' + d.closed_by}")
    if d.agenda:
        ctx.print("Agenda:")
        for n, item in enumerate(d.agenda, 1):
            ctx.print(f"  {n}. {item}")
    if d.topics:
        ctx.print("Dibahas:")
        for t in d.topics:
            ctx.print(f"  - {t.label}")
    if d.notes:
        ctx.print("Catatan:")
        ctx.print(indent(d.notes, "  "))
    if d.follow_ups:
        ctx.print("Tindak lanjut:")
        ctx.print(indent(table(["ID", "Batas", "Status", "Penanggung jawab", "Tindak lanjut"],
                               follow_up_rows(list(d.follow_ups), dt.date.today()),
                               max_widths=[None, None, None, 40, 60]), "  "))
    for a in d.addenda:
        ctx.print(f"Adendum {a.written_at[:19].replace('T', ' ')} oleh {person_text(a.author)}:")
        ctx.print(indent(a.text, "  "))


# ---- handlers ----------------------------------------------------------------------------------

def _notes(ctx: CommandContext) -> str:
    if ctx.args.notes_file is None:
        return ctx.args.notes
    path = ctx.existing_file(ctx.args.notes_file)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_NOTES_FILE_BYTES + 1)
    except OSError as error:
        raise DomainError(ErrorCode.FILE_UNREADABLE, field="berkas", path=str(path),
                          reason="os_error") from error
    if len(data) > MAX_NOTES_FILE_BYTES:
        raise DomainError(ErrorCode.FILE_TOO_LARGE, field="berkas", path=str(path),
                          size_bytes=path.stat().st_size, limit_bytes=MAX_NOTES_FILE_BYTES)
    try:
        return data.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        raise DomainError(ErrorCode.FILE_UNREADABLE, field="berkas", path=str(path),
                          reason="encoding") from None


def _pegawai_id(ctx: CommandContext, nip: str, field: str) -> str:
    try:
        return ctx.pegawai(nip).id
    except DomainError as error:
        if error.code is ErrorCode.PEGAWAI_NOT_FOUND:
            raise DomainError(ErrorCode.PEGAWAI_NOT_FOUND, field=field, value=nip) from None
        raise


def rhk_id_by_number(skp, text: str, field: str = "rhk_dibahas") -> str:
    """The id of RHK "N" / "A.N" (Utama N) or "B.N" (Tambahan N) of an SKP."""
    raw = text.strip().upper()
    kind = RhkKind.UTAMA
    if raw[:2] in ("A.", "B."):
        kind = RhkKind.UTAMA if raw[0] == "A" else RhkKind.TAMBAHAN
        raw = raw[2:]
    for rhk in skp.rhk_of(kind) if raw.isdigit() else ():
        if rhk.position == int(raw):
            return rhk.id
    raise DomainError(ErrorCode.RHK_NOT_FOUND, field=field, value=text)


def core_value_id_by_number(services, number: int, field: str = "nilai_dibahas") -> str:
    for value in services.office.core_values():
        if value.number == number:
            return value.id
    raise DomainError(ErrorCode.CORE_VALUE_NOT_FOUND, field=field, value=str(number))


def _follow_ups(ctx: CommandContext, first_id: str) -> tuple[FollowUpInput, ...]:
    found = []
    for part in ctx.args.follow_ups or ():
        owner = _pegawai_id(ctx, part["owner"], "nip_penanggung_jawab") \
            if part.get("owner") else first_id
        if not part.get("due"):
            raise DomainError(ErrorCode.FIELD_REQUIRED, field="batas_waktu")
        found.append(FollowUpInput(text=part["followup"], owner_id=owner, due_on=part["due"]))
    return tuple(found)


def cmd_add(ctx: CommandContext) -> int:
    args = ctx.args
    if args.led_by_role and not args.led_by_name:
        raise UsageError("--led-by-role hanya bersama --led-by-name")
    notes = _notes(ctx)  # a missing file is reported before the database opens
    services = ctx.services()
    participants = tuple(_pegawai_id(ctx, nip, "nip") for nip in args.nips)
    held_on = args.date if args.date is not None else dt.date.today()
    rhk_ids: list[str] = []
    if args.rhk:
        try:
            year = dt.date.fromisoformat(str(held_on).strip()).year
        except ValueError:
            raise DomainError(ErrorCode.FIELD_INVALID_DATE, field="tanggal_dialog",
                              value=str(held_on)) from None
        skp = services.skp.find(participants[0], year)
        if skp is None:
            raise DomainError(ErrorCode.SKP_NOT_FOUND, field="tahun", value=str(year))
        rhk_ids = [rhk_id_by_number(skp, text) for text in args.rhk]
    values = [core_value_id_by_number(services, n) for n in args.value]
    led_by = _pegawai_id(ctx, args.led_by, "nip_pemimpin") if args.led_by else None
    inp = DialogInput(held_on=held_on, kind=args.kind, participant_ids=participants,
                      start_time=args.time, duration_min=args.duration, place=args.place,
                      online=args.online, led_by_id=led_by, led_by_name=args.led_by_name,
                      led_by_role=args.led_by_role, agenda=tuple(args.agenda), notes=notes,
                      rhk_ids=tuple(rhk_ids), core_value_ids=tuple(values),
                      confidential=args.confidential,
                      follow_ups=_follow_ups(ctx, participants[0]))
    dialog = services.dialogs.add(inp).value
    if ctx.json:
        ctx.emit(dialog_json(dialog))
        return 0
    ctx.print(f"Dialog kinerja dicatat sebagai draf: {dialog.id}")
    show_text(ctx, dialog)
    return 0


def cmd_list(ctx: CommandContext) -> int:
    services = ctx.services()
    pegawai = ctx.pegawai(ctx.args.nip)
    dialogs = services.dialogs.for_pegawai(pegawai.id, ctx.args.year)
    if ctx.json:
        today = dt.date.today()
        ctx.emit([dialog_json(d, today) for d in dialogs])
        return 0
    if not dialogs:
        ctx.print(f"Belum ada dialog kinerja dengan {pegawai.full_name}.")
        return 0
    rows = [[d.id, day(d.held_on),
             "(rahasia)" if d.redacted else DIALOG_KIND_LABELS.get(d.kind, "-"),
             "; ".join(p.name for p in d.participants),
             "-" if d.redacted else ("draf" if d.is_draft else "ditutup"),
             "ya" if d.confidential else ""] for d in dialogs]
    ctx.print(table(["ID", "Tanggal", "Jenis", "Peserta", "Status", "Rahasia"], rows,
                    max_widths=[None, None, 40, 50, None, None]))
    return 0


def cmd_show(ctx: CommandContext) -> int:
    services = ctx.services()
    dialog = services.dialogs.get(services.dialogs.resolve_id(ctx.args.dialog_id))
    if ctx.json:
        ctx.emit(dialog_json(dialog))
        return 0
    show_text(ctx, dialog)
    return 0


def cmd_close(ctx: CommandContext) -> int:
    args = ctx.args
    services = ctx.services()
    dialog_id = services.dialogs.resolve_id(args.dialog_id)
    settle: dict[str, tuple[str, str]] = {}
    for status, typed in [("done", t) for t in args.done] + [("dropped", t) for t in args.drop]:
        follow_up_id = services.dialogs.resolve_follow_up_id(typed)
        if follow_up_id in settle:
            raise UsageError(f"tindak lanjut {typed} disebut lebih dari sekali (--done/--drop)")
        settle[follow_up_id] = (status, "")
    dialog = services.dialogs.close(dialog_id, settle).value
    if ctx.json:
        ctx.emit(dialog_json(dialog))
        return 0
    ctx.print(f"Dialog kinerja {dialog.id} ditutup; isinya tidak dapat diubah lagi (koreksi: "
              "skpdesk dialog addendum ID --text ...).")
    if settle:
        ctx.print(f"Tindak lanjut sebelumnya yang diselesaikan dalam dialog ini: {len(settle)}.")
    return 0


def cmd_addendum(ctx: CommandContext) -> int:
    services = ctx.services()
    dialog_id = services.dialogs.resolve_id(ctx.args.dialog_id)
    dialog = services.dialogs.add_addendum(dialog_id, ctx.args.text).value
    if ctx.json:
        ctx.emit(dialog_json(dialog))
        return 0
    ctx.print(f"Adendum ditambahkan pada dialog kinerja {dialog.id}.")
    return 0
