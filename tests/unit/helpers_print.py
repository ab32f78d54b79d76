"""A small office with one SKP of every printed variant, built through the services.

Kepala Dinas (JPT, kuantitatif 2026 and kualitatif 2025) -> Kepala Bidang (JA kuantitatif)
-> a fungsional PNS (JF kuantitatif, with Tambahan, ekspektasi and lampiran) and a PPPK
(JF kualitatif).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pypdf

from skpdesk.domain.people import Pegawai

from .helpers_office import NIP_HEAD, NIP_KABID, NIP_PPPK, NIP_STAFF, person

YEAR = 2026
UNIT = "Dinas Komunikasi dan Informatika/Bidang Aplikasi Informatika"

HEAD_RHK = "Meningkatnya kualitas layanan informasi publik yang terintegrasi"
HEAD_IKI = [("Indeks kepuasan masyarakat terhadap layanan informasi publik", "85", "Indeks"),
            ("Persentase perangkat daerah yang terhubung jaringan intra pemerintah", "90", "Persen")]
HEAD_TAMBAHAN = "Terlaksananya koordinasi penanganan aduan masyarakat lintas perangkat daerah"
KABID_RHK = "Tersedianya aplikasi layanan publik yang andal dan terintegrasi"
STAFF_RHK = "Tersusunnya dokumen rancangan aplikasi layanan perizinan daring"
STAFF_IKI = [("kuantitas", "Jumlah dokumen rancangan aplikasi yang disusun", "4", "Dokumen"),
             ("kualitas", "Persentase dokumen rancangan yang diterima tanpa revisi mayor", "100", "%"),
             ("waktu", "Ketepatan waktu penyelesaian dokumen rancangan", "12", "Bulan")]
STAFF_RHK_2 = "Terpeliharanya basis data aplikasi kepegawaian perangkat daerah"
STAFF_IKI_2 = [("kuantitas", "Jumlah laporan pemeliharaan basis data", "12", "Laporan"),
               ("waktu", "Ketepatan waktu pelaporan pemeliharaan", "12", "Bulan")]
STAFF_TAMBAHAN = "Terlaksananya pendampingan teknis bagi operator aplikasi di kecamatan"
STAFF_TAMBAHAN_IKI = ("kuantitas", "Jumlah kecamatan yang didampingi", "18", "Kecamatan")
PPPK_RHK = "Terkelolanya layanan bantuan teknis aplikasi bagi pengguna internal"
PPPK_IKI = ["Layanan bantuan teknis sebanyak 120 tiket diselesaikan sesuai standar dan diterima "
            "atasan tepat waktu",
            "Laporan bulanan layanan bantuan teknis tersusun lengkap setiap bulan"]
EXPECTATION = "Menanggapi permintaan layanan dari perangkat daerah paling lambat satu hari kerja"
LAMPIRAN = {"dukungan_sumber_daya": ["Perangkat komputer dan akses server pengembangan",
                                     "Anggaran pelatihan pengembangan aplikasi"],
            "skema_pertanggungjawaban": ["Laporan triwulan", "Bukti kerja dalam bentuk laporan"],
            "konsekuensi": ["Bila target tercapai sesuai rencana maka akan mendapat apresiasi dari "
                            "atasan langsung"]}


@dataclass
class PrintOffice:
    head: Pegawai
    kabid: Pegawai
    staff: Pegawai
    pppk: Pegawai
    head_skp: str  # JPT kuantitatif, 2026
    head_kual_skp: str  # JPT kualitatif, 2025
    kabid_skp: str  # JA kuantitatif
    staff_skp: str  # JF kuantitatif, complete
    pppk_skp: str  # JF kualitatif


def build_print_office(services) -> PrintOffice:
    add = services.staff.add
    head = add(dataclasses.replace(
        person("Bambang Sutrisno", NIP_HEAD, rank="IV/c", position="Kepala Dinas Komunikasi dan "
               "Informatika", kind="jpt", unit="Dinas Komunikasi dan Informatika"),
        front_title="Dr.", back_title="S.Kom., M.T.")).value
    kabid = add(dataclasses.replace(
        person("Dewi Lestari", NIP_KABID, rank="IV/a", position="Kepala Bidang Aplikasi Informatika",
               kind="administrator", unit=UNIT, supervisor=NIP_HEAD), back_title="S.T.")).value
    staff = add(dataclasses.replace(
        person("Agus Santoso", NIP_STAFF, rank="III/b", position="Pranata Komputer Ahli Pertama",
               kind="fungsional", jenjang="Ahli Pertama", unit=UNIT, supervisor=NIP_KABID),
        back_title="S.Kom.")).value
    pppk = add(person("Rina Marlina", NIP_PPPK, asn="PPPK", rank="IX",
                      position="Pranata Komputer Ahli Pertama", kind="fungsional",
                      jenjang="Ahli Pertama", unit=UNIT, supervisor=NIP_KABID)).value
    skp = services.skp

    head_skp = skp.create(head.id, YEAR).value.id
    head_rhk = skp.add_rhk(head_skp, HEAD_RHK, perspective="penerima_layanan",
                           assignment_from="Bupati Contoh").value
    for text, value, unit in HEAD_IKI:
        skp.add_indicator(head_rhk.id, text, target_value=value, target_unit=unit)
    tambahan = skp.add_rhk(head_skp, HEAD_TAMBAHAN, kind="tambahan", perspective="proses_bisnis").value
    skp.add_indicator(tambahan.id, "Jumlah rapat koordinasi aduan", target_value="4",
                      target_unit="Kali")

    head_kual_skp = skp.create(head.id, YEAR - 1, approach="kualitatif").value.id
    rhk = skp.add_rhk(head_kual_skp, HEAD_RHK, perspective="anggaran").value
    skp.add_indicator(rhk.id, "Layanan informasi publik terintegrasi dinilai baik oleh masyarakat")

    kabid_skp = skp.create(kabid.id, YEAR).value.id
    kabid_rhk = skp.add_rhk(kabid_skp, KABID_RHK, parent_rhk_id=head_rhk.id).value
    skp.add_indicator(kabid_rhk.id, "Jumlah aplikasi layanan publik yang beroperasi",
                      aspect="kuantitas", target_value="5", target_unit="Aplikasi")

    staff_skp = skp.create(staff.id, YEAR).value.id
    for text, rows in ((STAFF_RHK, STAFF_IKI), (STAFF_RHK_2, STAFF_IKI_2)):
        r = skp.add_rhk(staff_skp, text, parent_rhk_id=kabid_rhk.id).value
        for aspect, iki, value, unit in rows:
            skp.add_indicator(r.id, iki, aspect=aspect, target_value=value, target_unit=unit)
    r = skp.add_rhk(staff_skp, STAFF_TAMBAHAN, kind="tambahan").value
    aspect, iki, value, unit = STAFF_TAMBAHAN_IKI
    skp.add_indicator(r.id, iki, aspect=aspect, target_value=value, target_unit=unit)
    first_value = services.office.core_values()[0]
    skp.set_expectation(staff_skp, first_value.id, EXPECTATION)
    for section, items in LAMPIRAN.items():
        for item in items:
            skp.add_lampiran(staff_skp, section, item)

    pppk_skp = skp.create(pppk.id, YEAR, approach="kualitatif").value.id
    r = skp.add_rhk(pppk_skp, PPPK_RHK, parent_rhk_id=kabid_rhk.id).value
    for text in PPPK_IKI:
        skp.add_indicator(r.id, text)
    return PrintOffice(head, kabid, staff, pppk, head_skp, head_kual_skp, kabid_skp, staff_skp,
                       pppk_skp)


def pdf_pages_text(path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    """Extracted text with every run of blanks and line breaks made one space."""
    return " ".join(text.split())
