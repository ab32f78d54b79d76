"""`skpdesk print coaching-feedback|competency|dialog`: the bimbingan forms and the catatan dialog
kinerja to PDF.

    skpdesk print coaching-feedback ID [--nip NIP] --out FILE.pdf   (FORMAT B.1.8)
    skpdesk print competency ID [--nip NIP] --out FILE.pdf          (FORMAT B.1.9)
    skpdesk print dialog ID [--nip NIP] --out FILE.pdf              (catatan dialog kinerja)
    skpdesk print umpan-balik --nip NIP --period P [--out FILE.pdf] (umpan balik periode, issue 11)

ID is the dialog's id or a unique prefix; --nip the participant (a team dialog). A confidential
dialog prints only for its readers (the acting pegawai). The document code in the footer is
recorded on the pegawai's SKP of the dialog's year; without such an SKP the PDF is printed and
the command says that its code is not recorded. These names are a contract.
"""

from __future__ import annotations

from pathlib import Path

from .arg_types import text_arg
from .command_context import CommandContext

KINDS = {
    "coaching-feedback": ("b18", "Umpan Balik Pelaksanaan Bimbingan Kinerja (B.1.8)",
                          "cetak Format B.1.8 (umpan balik pegawai atas bimbingan)"),
    "competency": ("b19", "Evaluasi Kompetensi Pegawai (B.1.9)",
                   "cetak Format B.1.9 (evaluasi kompetensi setelah bimbingan)"),
    "dialog": ("dialog", "Catatan dialog kinerja", "cetak catatan dialog kinerja"),
}


def add_form_parsers(ps, common) -> None:
    """Register the three forms under `print` (`ps`: its subparsers)."""
    for name, (kind, title, help_text) in KINDS.items():
        p = ps.add_parser(name, parents=[common], help=help_text,
                          description=f"Mencetak {title} suatu dialog ke PDF. Dialog rahasia "
                                      "hanya dapat dicetak oleh pesertanya, pemimpinnya dan "
                                      "penulisnya.")
        p.add_argument("dialog", type=text_arg("id dialog"), metavar="ID",
                       help="id dialog (atau awalannya, paling sedikit 8 karakter)")
        p.add_argument("--nip", default=None, type=text_arg("NIP"), metavar="NIP",
                       help="NIP pegawai peserta (bila pesertanya lebih dari satu)")
        p.add_argument("--out", required=True, type=text_arg("berkas PDF"), metavar="BERKAS.pdf",
                       help="berkas PDF yang ditulis")
        p.set_defaults(handler=cmd_print_form, form_kind=kind, form_title=title)
    p = ps.add_parser(
        "umpan-balik", parents=[common], help="cetak halaman umpan balik satu periode",
        description="Mencetak halaman UMPAN BALIK satu periode ke PDF: tabel hasil kerja SKP "
                    "dengan realisasi berdasarkan bukti dukung dan umpan balik berkelanjutan "
                    "periode itu, serta lampiran daftar bukti dukung (nama berkas, awalan "
                    "SHA-256, status verifikasi).")
    p.add_argument("--nip", required=True, type=text_arg("NIP"), metavar="NIP",
                   help="NIP pegawai (SKP-nya pada tahun periode itu)")
    p.add_argument("--period", required=True, type=text_arg("periode"), metavar="PERIODE",
                   help="periode, mis. 2026-TW1, 2026-S1, 2026-03, 2026-AKHIR")
    p.add_argument("--out", default=None, type=text_arg("berkas PDF"), metavar="BERKAS.pdf",
                   help="berkas PDF yang ditulis (bawaan: <NIP>_<nama>_UmpanBalik_<periode>.pdf "
                        "di folder kerja)")
    p.set_defaults(handler=cmd_print_feedback_page)


def cmd_print_form(ctx: CommandContext) -> int:
    from skpdesk.reports.form_printing import print_form_document  # ReportLab: only when printing

    a = ctx.args
    services = ctx.services()
    dialog_id = services.coaching.resolve_dialog_id(a.dialog)
    pegawai_id = ctx.pegawai(a.nip).id if a.nip else None
    build = {"b18": services.coaching_document.b18, "b19": services.coaching_document.b19,
             "dialog": services.coaching_document.dialog_note}[a.form_kind]
    doc = build(dialog_id, pegawai_id)
    printed = print_form_document(services, doc, Path(a.out).expanduser())
    note = None if doc.skp_id else (
        f"kode dokumen tidak dicatat: {doc.pegawai.name} tidak memiliki SKP tahun "
        f"{doc.form_date.year} (skpdesk check-print tidak akan mengenalinya)")
    if ctx.json:
        ctx.emit({"ok": True, "kind": printed.kind, "dialog_id": dialog_id,
                  "pegawai": {"name": doc.pegawai.name, "nip": doc.pegawai.nip},
                  "file": str(printed.path), "pages": printed.pages, "code": printed.code,
                  "recorded": printed.recorded, "skp_id": printed.skp_id,
                  "warnings": [note] if note else []})
        return 0
    ctx.print(f"{a.form_title} {doc.pegawai.name} dicetak ke {printed.path}: {printed.pages} "
              f"halaman, kode dokumen {printed.code}.")
    if note:
        ctx.warn(f"Peringatan: {note}.")
    return 0


def cmd_print_feedback_page(ctx: CommandContext) -> int:
    from skpdesk.reports.feedback_page_pdf import file_name, print_feedback_page  # ReportLab

    a = ctx.args
    services = ctx.services()
    pegawai = ctx.pegawai(a.nip)
    doc = services.feedback_page.for_pegawai(pegawai.id, a.period)
    out = Path(a.out).expanduser() if a.out else Path.cwd() / file_name(pegawai, doc.period)
    pages, outcome = print_feedback_page(services.feedback_page.record_print, doc, out)
    if ctx.json:
        ctx.emit({"ok": True, "kind": doc.kind, "period": doc.period, "skp_id": doc.skp_id,
                  "pegawai": {"name": doc.pegawai.name, "nip": doc.pegawai.nip},
                  "file": str(out), "pages": pages, "code": doc.code,
                  "recorded": bool(outcome.value), "evidence": len(doc.evidence)})
        return 0
    ctx.print(f"Umpan balik {doc.period_label.title()} {doc.year} {doc.pegawai.name} dicetak ke "
              f"{out}: {pages} halaman, {len(doc.evidence)} bukti dukung di lampiran, kode "
              f"dokumen {doc.code}.")
    return 0
