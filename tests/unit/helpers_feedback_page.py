"""Rencana aksi, realisasi, umpan balik and bukti dukung on the print office
(`helpers_print.build_print_office`) for the umpan balik page tests."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from .helpers_print import YEAR

TODAY = dt.date(YEAR, 3, 20)  # Triwulan I is open (batas 10 April)
PLAN_TEXT = "Menyusun rancangan modul pendaftaran izin daring"
REALISASI_TEXT = "1 dokumen rancangan modul pendaftaran selesai"
FEEDBACK_MARCH = "Rancangan sudah sesuai kebutuhan, lengkapi diagram alurnya"
FEEDBACK_APRIL = "Percepat uji coba modul bersama bidang perizinan"
REJECT_REASON = "Pindaian buram, tanda tangan tidak terbaca"


def act(services, pegawai) -> None:
    services.acting.act_as_id(pegawai.id if pegawai is not None else None)


def set_plan(services, skp_id: str, rhk_id: str, period: str, text: str, target: str = "") -> None:
    services.plans.set_action_plan(skp_id, rhk_id, period, text, target or None, today=TODAY)


def set_realisasi(services, indicator_id: str, period: str, value: str) -> None:
    services.plans.set_realisasi(indicator_id, period, value, today=TODAY)


def png_bytes(color=(30, 120, 200)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(buf, "PNG")
    return buf.getvalue()


def pdf_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (60, 80), (250, 250, 250)).save(buf, "PDF")
    return buf.getvalue()


def fill_staff_tw1(services, po, tmp_path):
    """On the staff's JF kuantitatif SKP: rencana aksi and realisasi for TW1 on RHK A.1, umpan
    balik for March and April, a PNG (rejected, with a reason), a PDF (accepted) and a link."""
    skp = services.skp.get(po.staff_skp)
    rhk = skp.rhk_of(skp.rhk[0].kind)[0]
    first, second = rhk.indicators[0], rhk.indicators[1]
    act(services, po.staff)
    set_plan(services, skp.id, rhk.id, "2026-TW1", PLAN_TEXT, "1 Dokumen")
    set_realisasi(services, first.id, "2026-TW1", REALISASI_TEXT)
    png = tmp_path / "foto-rapat.png"
    png.write_bytes(png_bytes())
    pdf = tmp_path / "laporan-tw1.pdf"
    pdf.write_bytes(pdf_bytes())
    added = services.evidence.add_files(skp.id, rhk.id, "2026-TW1", [png, pdf],
                                        indicator_id=first.id, description="Rapat desain",
                                        today=TODAY).value
    link = services.evidence.add_link(skp.id, rhk.id, "2026-TW1", "https://arsip.contoh.go.id/42",
                                      today=TODAY).value
    act(services, po.kabid)
    services.evidence.verify(added[0].id, False, REJECT_REASON, today=TODAY)
    services.evidence.verify(added[1].id, True, today=TODAY)
    services.feedback.add(skp.id, rhk_id=rhk.id, period="2026-03", text=FEEDBACK_MARCH,
                          given_on=dt.date(YEAR, 3, 25))
    services.feedback.add(skp.id, rhk_id=rhk.id, period="2026-04", text=FEEDBACK_APRIL,
                          given_on=dt.date(YEAR, 4, 20))
    act(services, None)
    return dict(skp=skp, rhk=rhk, first=first, second=second, png=added[0], pdf=added[1],
                link=link)
