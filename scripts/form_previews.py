#!/usr/bin/env python3
"""Render the bimbingan forms and the umpan balik page to PNG previews for the documentation
(docs/dialog-forms.md, docs/panduan/11-rencana-aksi-dan-bukti.md).

    python scripts/form_previews.py                 # writes docs/img/b18.png, b19.png,
                                                    # catatan-dialog.png, umpan-balik.png,
                                                    # distribusi.png (issue 12)
    python scripts/form_previews.py --scale 2 --keep-pdf /tmp/previews
    python scripts/form_previews.py --only evaluation   # the issue 13 forms below only

Builds a small office in a temporary database through the services (a Kepala Bidang coaching a
Pranata Komputer), records a B.1.8 and a B.1.9, prints the two forms and the catatan dialog
kinerja through the same code as `skpdesk print coaching-feedback|competency|dialog` (with a
fixed print date; only the document code in the footer differs from run to run, as the records
get new ids); then gives the RHK two indicators, a rencana aksi, realisasi, umpan balik and three
bukti dukung for Triwulan I and prints the umpan balik page as `skpdesk print umpan-balik` does;
last it rates a team of three for Triwulan I (all Baik, the organisation Baik) and prints its
distribution sheet as `skpdesk print distribusi` does.
Issue 13 (`evaluation_previews`): in a second database, the demo office (seed 7, 2026) with
every SKP approved and every pegawai with a pejabat penilai rated and ditetapkan for Triwulan III
(the Kepala Dinas, a JPT who leads the office, after the Bupati set the office's predikat
kinerja organisasi): evaluasi-ja-jf-kuantitatif.png, evaluasi-kualitatif.png, evaluasi-jpt.png,
dokumen-evaluasi.png, penetapan.png (a unit with its own predikat kinerja organisasi), and
konsep-skp.png (page 1 of a Draft SKP printed before the approvals: the KONSEP mark, the QR code
and the footer with its status).
It rasterises page 1 of each with pypdfium2 (a dependency of SKP Desk since issue 11). Each PNG is written under a temporary name and renamed when
complete.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

YEAR = 2026
PRINTED_ON = dt.date(2026, 3, 20)
RATED_ON = dt.date(2026, 4, 14)  # Triwulan I rated and its distribution printed
OUT_DIR = ROOT / "docs" / "img"
NIP_HEAD, NIP_KABID, NIP_STAFF = "197001012000031001", "198503152010011002", "199001012015032003"


def build_office(services):
    """The office, three people, the staff's SKP and one closed coaching dialog; its id."""
    from skpdesk.domain.dialog import CompetencyItem
    from skpdesk.domain.people import PegawaiInput
    from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput

    services.office.init_office("Dinas Komunikasi dan Informatika Kabupaten Contoh", "Wonosari")
    unit = "Dinas Komunikasi dan Informatika/Bidang Aplikasi Informatika"

    def add(name, nip, rank, position, kind, unit_path, supervisor=None, **extra):
        return services.staff.add(PegawaiInput(
            name=name, asn_type="PNS", nip=nip, rank=rank, position=position, position_kind=kind,
            unit_path=unit_path, supervisor_nip=supervisor, **extra)).value

    add("Bambang Sutrisno", NIP_HEAD, "IV/c", "Kepala Dinas", "jpt",
        "Dinas Komunikasi dan Informatika", front_title="Drs.", back_title="M.Si.")
    kabid = add("Dewi Lestari", NIP_KABID, "IV/a", "Kepala Bidang Aplikasi Informatika",
                "administrator", unit, NIP_HEAD, back_title="S.Kom., M.T.")
    staff = add("Agus Santoso", NIP_STAFF, "III/b", "Pranata Komputer", "fungsional", unit,
                NIP_KABID, jenjang="Ahli Pertama", back_title="S.Kom.")
    skp = services.skp.create(staff.id, YEAR).value
    rhk = services.skp.add_rhk(skp.id, "Tersusunnya dokumen rancangan aplikasi layanan "
                                       "perizinan daring").value
    services.acting.act_as_id(kabid.id)
    dialog = services.dialogs.add(DialogInput(
        held_on=dt.date(YEAR, 3, 10), kind="coaching", participant_ids=(staff.id,),
        start_time="09:00", duration_min=60, place="Ruang Bidang Aplikasi Informatika",
        agenda=("Capaian rancangan modul perizinan", "Kendala integrasi basis data"),
        notes="Rancangan modul perizinan 80% selesai; integrasi dengan basis data kependudukan "
              "menunggu akses dari Disdukcapil.",
        rhk_ids=(rhk.id,), follow_ups=(
            FollowUpInput("Ajukan permohonan akses basis data ke Disdukcapil", staff.id,
                          dt.date(YEAR, 3, 24), rhk_id=rhk.id),
            FollowUpInput("Uji coba modul bersama dua OPD pengguna", staff.id,
                          dt.date(YEAR, 4, 15), rhk_id=rhk.id)))).value
    services.dialogs.close(dialog.id)
    services.acting.act_as_id(staff.id)
    services.coaching.record_feedback(
        dialog.id, staff.id, [1, 1, 2, 1, 2, 1, 1, 2, 1],
        comments=["", "", "", "", "", "Pertanyaan pimpinan membantu saya menemukan solusi sendiri",
                  "", "", ""], answered_on=dt.date(YEAR, 3, 12))
    services.acting.act_as_id(kabid.id)
    services.coaching.record_competency(dialog.id, staff.id, [
        CompetencyItem("Analisis kebutuhan sistem", 4, "Mampu menguraikan kebutuhan layanan "
                                                       "perizinan menjadi rancangan modul"),
        CompetencyItem("Komunikasi dengan pengguna", 3, "Perlu lebih aktif meminta masukan OPD "
                                                        "pengguna sejak awal"),
        CompetencyItem("Manajemen waktu", 3, "Target rancangan tercapai, tetapi integrasi data "
                                             "terlambat dua minggu")], evaluated_on=dt.date(YEAR, 3, 13))
    return dialog.id


def fill_period(services) -> str:
    """Triwulan I of the staff's SKP: indicators, rencana aksi, realisasi, umpan balik and
    bukti dukung (a PDF accepted, a photo rejected and replaced, a link); the SKP id."""
    from skpdesk.services.evidence.demo_evidence import photo_png, report_pdf

    staff, kabid = services.staff.by_nip(NIP_STAFF), services.staff.by_nip(NIP_KABID)
    skp = services.skp.find(staff.id, YEAR)
    rhk = skp.rhk[0]
    first = services.skp.add_indicator(rhk.id, "Jumlah dokumen rancangan modul yang disusun",
                                       aspect="kuantitas", target_value="4",
                                       target_unit="Dokumen").value.indicators[-1]
    second = services.skp.add_indicator(rhk.id, "Persentase rancangan yang disetujui tanpa "
                                        "revisi mayor", aspect="kualitas", target_value="100",
                                        target_unit="%").value.indicators[-1]
    day = dt.date(YEAR, 3, 27)
    services.acting.act_as_id(staff.id)
    services.plans.set_action_plan(skp.id, rhk.id, f"{YEAR}-TW1", "Menyusun rancangan modul "
                                   "pendaftaran dan verifikasi izin", "1 Dokumen", today=day)
    services.plans.set_realisasi(first.id, f"{YEAR}-TW1", "1 dokumen rancangan modul "
                                 "pendaftaran selesai", today=day)
    services.plans.set_realisasi(second.id, f"{YEAR}-TW1", "100 % (disetujui 25 Maret)",
                                 today=day)
    report = services.evidence.add_bytes(
        skp.id, rhk.id, f"{YEAR}-TW1", report_pdf("Laporan Triwulan I - Agus", [rhk.text[:60]], 1),
        "laporan-tw1.pdf", indicator_id=first.id, description="Laporan kegiatan Triwulan I",
        today=day).value
    photo = services.evidence.add_bytes(
        skp.id, rhk.id, f"{YEAR}-TW1", photo_png("Uji coba modul", 2), "foto-uji-coba.png",
        description="Dokumentasi uji coba", today=day).value
    services.evidence.add_link(skp.id, rhk.id, f"{YEAR}-TW1",
                               "https://sipd.contoh.go.id/dokumen/rancangan-perizinan",
                               description="Dokumen di server bersama", today=day)
    services.acting.act_as_id(kabid.id)
    services.evidence.verify(report.id, True, today=dt.date(YEAR, 3, 30))
    services.evidence.verify(photo.id, False, "Foto tidak memuat tanggal kegiatan",
                             today=dt.date(YEAR, 3, 30))
    services.feedback.add(skp.id, rhk_id=rhk.id, period=f"{YEAR}-03",
                          text="Rancangan sudah sesuai kebutuhan OPD; lengkapi diagram alur "
                               "verifikasi sebelum uji coba.", given_on=dt.date(YEAR, 3, 31))
    services.acting.act_as_id(staff.id)
    services.evidence.replace(photo.id, photo_png("Uji coba modul 26-03", 3, dated=True),
                              original_name="foto-uji-coba-bertanggal.png",
                              today=dt.date(YEAR, 4, 2))
    return skp.id


def rate_team(services) -> str:
    """Two more pelaksana under the Kepala Bidang; the three SKPs approved and every member
    rated Baik for Triwulan I; the Kepala Dinas sets the Bidang's predikat kinerja organisasi
    Baik: the distribution of an unbalanced team (its "harus ada" warning). The Kepala Bidang's
    id (the sheet's scope)."""
    from skpdesk.domain.people import PegawaiInput

    kabid, head = services.staff.by_nip(NIP_KABID), services.staff.by_nip(NIP_HEAD)
    unit = kabid.unit_path
    skps = [services.skp.find(services.staff.by_nip(NIP_STAFF).id, YEAR).id]
    for number, name in ((1, "Rina Marlina"), (2, "Yusuf Hidayat")):
        member = services.staff.add(PegawaiInput(
            name=name, asn_type="PNS", nip=f"1992031020190{number}2001", rank="II/c",
            position="Pengadministrasi Umum", position_kind="pelaksana", unit_path=unit,
            supervisor_nip=NIP_KABID)).value
        skp = services.skp.create(member.id, YEAR).value
        rhk = services.skp.add_rhk(skp.id, "Terlaksananya layanan administrasi bidang").value
        services.skp.add_indicator(rhk.id, "Jumlah surat yang diproses", aspect="kuantitas",
                                   target_value="40", target_unit="Surat")
        skps.append(skp.id)
    for skp_id in skps:
        owner = services.skp.get(skp_id).pegawai_id
        services.acting.act_as_id(owner)
        services.skp.submit(skp_id)
        services.acting.act_as_id(kabid.id)
        services.skp.approve(skp_id)
        services.evaluations.rate(skp_id, f"{YEAR}-TW1", hasil="sesuai", perilaku="sesuai",
                                  today=RATED_ON)
    services.acting.act_as_id(head.id)
    services.org_predikat.set(kabid.unit_id, f"{YEAR}-TW1", "baik", today=RATED_ON)
    return kabid.id


def _save_png(pdfium, pdf: Path, target: Path, scale: float, index: int = 0) -> None:
    document = pdfium.PdfDocument(str(pdf))
    try:
        image = document[index].render(scale=scale).to_pil()
    finally:
        document.close()
    temp = target.with_name(f".{target.name}.tmp")
    image.save(temp, format="PNG", optimize=True)
    os.replace(temp, target)
    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")


def rate_office(services, period: str) -> dict:
    """Approve every SKP of the demo year and rate + set every pegawai with a pejabat penilai for
    `period` (a JPT who leads a unit after its predikat kinerja organisasi is set by the leader
    above). Returns {"kuantitatif", "kualitatif", "jpt"}: an skp id of each kind, rated."""
    from skpdesk.domain.errors import DomainError
    from skpdesk.domain.skp import Approach, SkpForm, SkpStatus
    from skpdesk.services.evaluation import roles
    from skpdesk.services.evidence.periods import resolve_period

    with services.db.unit_of_work("form-previews") as uow:
        today = resolve_period(uow, period).period.end + dt.timedelta(days=3)
        skps = [uow.skp.load(s.id) for s in uow.skp.list_for_year(YEAR)]
        for skp in skps:
            if skp.status is not SkpStatus.DISETUJUI:
                uow.skp.update(skp.id, {"status": SkpStatus.DISETUJUI.value})
    chosen: dict[str, str] = {}
    pending = list(skps)
    for _ in range(2):  # a JPT's unit predikat may need a second pass
        later = []
        for skp in pending:
            with services.db.reader() as uow:
                penilai = roles.penilai_id(uow, skp)
                unit = roles.leads_unit(uow, uow.people.get(skp.pegawai_id))
            if penilai is None:
                continue
            services.acting.act_as_id(penilai)
            try:
                if skp.form is SkpForm.JPT and unit is not None:
                    services.org_predikat.set(unit, period, "baik", today=today)
                services.evaluations.rate(skp.id, period, hasil="sesuai", perilaku="diatas",
                                          note="Pertahankan kinerja; lengkapi bukti dukung "
                                               "triwulan berikutnya tepat waktu.", today=today)
                services.evaluations.set(skp.id, period, today=today)
            except DomainError:
                later.append(skp)
                continue
            key = ("jpt" if skp.form is SkpForm.JPT else
                   "kualitatif" if skp.approach is Approach.KUALITATIF else "kuantitatif")
            chosen.setdefault(key, skp.id)
        pending = later
    services.acting.act_as_id(None)
    return chosen


def evaluation_previews(pdfium, out_dir: Path, pdf_dir: Path, scale: float, tmp: Path) -> None:
    from skpdesk.reports.eval_pdf import render_evaluasi
    from skpdesk.reports.eval_summary_pdf import render_dokumen_evaluasi
    from skpdesk.reports.penetapan_pdf import render_penetapan
    from skpdesk.reports.skp_pdf import render_skp
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    period = f"{YEAR}-TW3"
    printed = dt.date(YEAR, 10, 6)
    db = Database(tmp / "demo-rated.sqlite")
    try:
        services = Services.build(db, "form-previews")
        services.demo.fill(employees=40, seed=7, year=YEAR)
        with db.reader() as uow:
            draft = next(s for s in uow.skp.list_for_year(YEAR) if s.status.value == "draft")
        konsep = services.skp_document.build(draft.id, printed_on=printed)
        render_skp(konsep, pdf_dir / "konsep-skp.pdf")
        _save_png(pdfium, pdf_dir / "konsep-skp.pdf", out_dir / "konsep-skp.png", scale)
        chosen = rate_office(services, period)
        names = {"kuantitatif": "evaluasi-ja-jf-kuantitatif", "kualitatif": "evaluasi-kualitatif",
                 "jpt": "evaluasi-jpt"}
        for key, name in names.items():
            if key not in chosen:
                print(f"no {key} evaluation in the demo: {name}.png not made", file=sys.stderr)
                continue
            doc = services.evaluasi_documents.build(chosen[key], period, printed_on=printed)
            render_evaluasi(doc, pdf_dir / f"{name}.pdf")
            _save_png(pdfium, pdf_dir / f"{name}.pdf", out_dir / f"{name}.png", scale)
        doc = services.summary_documents.dokumen_evaluasi(chosen["kuantitatif"], period,
                                                          printed_on=printed)
        render_dokumen_evaluasi(doc, pdf_dir / "dokumen-evaluasi.pdf")
        _save_png(pdfium, pdf_dir / "dokumen-evaluasi.pdf", out_dir / "dokumen-evaluasi.png",
                  scale)
        with db.reader() as uow:
            units = sorted(uow.office.units(), key=lambda u: (-u.path.count("/"), u.path))
        unit = next(u for u in units if services.org_predikat.get(u.id, period) is not None)
        doc = services.summary_documents.penetapan(unit.id, period, printed_on=printed)
        render_penetapan(doc, pdf_dir / "penetapan.pdf")
        _save_png(pdfium, pdf_dir / "penetapan.pdf", out_dir / "penetapan.png", scale)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.5, help="pixels per PDF point (1.5 ≈ 108 dpi)")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    parser.add_argument("--keep-pdf", type=Path, default=None, help="also keep the PDFs here")
    parser.add_argument("--only", choices=["evaluation"], default=None,
                        help="only the issue 13 evaluation forms and the KONSEP preview")
    args = parser.parse_args(argv)
    try:
        import pypdfium2 as pdfium
    except ImportError:
        print("pypdfium2 is missing: pip install pypdfium2 (or pip install -e '.[docs]')",
              file=sys.stderr)
        return 1

    from skpdesk.reports.distribution_pdf import render_distribution
    from skpdesk.reports.feedback_page_pdf import print_feedback_page
    from skpdesk.reports.form_printing import print_form_document
    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database

    args.out_dir.mkdir(parents=True, exist_ok=True)
    if args.only == "evaluation":
        with tempfile.TemporaryDirectory() as tmp:
            pdf_dir = args.keep_pdf or Path(tmp)
            pdf_dir.mkdir(parents=True, exist_ok=True)
            evaluation_previews(pdfium, args.out_dir, pdf_dir, args.scale, Path(tmp))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "previews.sqlite")
        try:
            services = Services.build(db, "form-previews")
            dialog_id = build_office(services)
            docs = {"b18": services.coaching_document.b18(dialog_id, printed_on=PRINTED_ON),
                    "b19": services.coaching_document.b19(dialog_id, printed_on=PRINTED_ON),
                    "catatan-dialog": services.coaching_document.dialog_note(
                        dialog_id, printed_on=PRINTED_ON)}
            pdf_dir = args.keep_pdf or Path(tmp)
            pdf_dir.mkdir(parents=True, exist_ok=True)
            for name, doc in docs.items():
                pdf = pdf_dir / f"{name}.pdf"
                print_form_document(services, doc, pdf)
                page = pdfium.PdfDocument(str(pdf))[0]
                image = page.render(scale=args.scale).to_pil()
                target = args.out_dir / f"{name}.png"
                temp = target.with_name(f".{target.name}.tmp")
                image.save(temp, format="PNG", optimize=True)
                os.replace(temp, target)
                print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
            skp_id = fill_period(services)
            doc = services.feedback_page.build(skp_id, f"{YEAR}-TW1", printed_on=PRINTED_ON
                                               + dt.timedelta(days=20))
            pdf = pdf_dir / "umpan-balik.pdf"
            print_feedback_page(services.feedback_page.record_print, doc, pdf)
            pages = pdfium.PdfDocument(str(pdf))
            for target, index, scale in ((args.out_dir / "umpan-balik.png", 0, args.scale),
                                         (args.out_dir / "umpan-balik-lampiran.png", 1,
                                          args.scale)):
                image = pages[index].render(scale=scale).to_pil()
                temp = target.with_name(f".{target.name}.tmp")
                image.save(temp, format="PNG", optimize=True)
                os.replace(temp, target)
                print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
            result = services.distribution.check(supervisor_id=rate_team(services),
                                                 period=f"{YEAR}-TW1")
            pdf = pdf_dir / "distribusi.pdf"
            render_distribution(result, pdf, instansi=services.office.instansi().name,
                                printed_on=RATED_ON)
            target = args.out_dir / "distribusi.png"
            image = pdfium.PdfDocument(str(pdf))[0].render(scale=args.scale).to_pil()
            temp = target.with_name(f".{target.name}.tmp")
            image.save(temp, format="PNG", optimize=True)
            os.replace(temp, target)
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
        finally:
            db.close()
        evaluation_previews(pdfium, args.out_dir, pdf_dir, args.scale, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
